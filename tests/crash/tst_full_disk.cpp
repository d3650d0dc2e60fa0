// A full disk (issue 16): real small tmpfs mounts (the test runs as root, as
// CI does; it fails, never skips, when mounting is refused) hold
//   - the database while the real supernova-cli imports into it: the import
//     fails with an error that says the disk is full and names the database,
//     and the database is exactly as before (and takes the import once there
//     is room again);
//   - the files a report or an export writes: each fails naming the file and
//     the full disk, and no empty or partial file is left behind;
//   - writeFileAtomically itself, with a write small enough to sit in a
//     buffer until the end (Qt's QSaveFile used to lose that error).
#include "core/model/FileOutput.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;

namespace {

constexpr int kWait = 300000;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a command to the end; exit -1 when it crashed or did not finish.
Run run(const QString &program, const QStringList &args, const QString &home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(kWait)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Writes zeros into `file` until the disk refuses, leaving `keepFree` bytes.
bool fill(const QString &file, qint64 keepFree)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return false;
    if (keepFree > 0) {
        // Grow by the size the mount reports free, less what must stay.
        const QString dir = QFileInfo(file).absolutePath();
        Run df = run(QStringLiteral("df"), {QStringLiteral("--output=avail"), QStringLiteral("-B1"), dir},
                     QDir::tempPath());
        const qint64 avail = df.out.split(QLatin1Char('\n')).value(1).trimmed().toLongLong();
        const QByteArray zeros(64 * 1024, '\0');
        for (qint64 left = avail - keepFree; left > 0; left -= zeros.size())
            if (f.write(zeros.constData(), std::min<qint64>(left, zeros.size())) <= 0)
                break;
        return true;
    }
    const QByteArray zeros(4096, '\0');
    while (f.write(zeros) > 0) {
    }
    // The last few bytes a page could not take.
    while (f.write("\0", 1) == 1) {
    }
    return true;
}

qint64 scalar(const QString &dbFile, const QString &sql)
{
    const QString name = QStringLiteral("check-%1").arg(reinterpret_cast<quintptr>(&sql));
    qint64 v = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbFile);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                v = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return v;
}

QString integrity(const QString &dbFile)
{
    const QString name = QStringLiteral("integrity");
    QString v;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbFile);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                v = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return v;
}

// Every file under `dir` but `except`.
QStringList filesUnder(const QString &dir, const QString &except)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        if (QFileInfo(f).fileName() != except)
            out << f;
    }
    return out;
}

} // namespace

class TstFullDisk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_mounts;
    QString m_cli;

    // A tmpfs of `size` (e.g. "8m") at <temp>/<name>.
    QString mountTmpfs(const QString &name, const QString &size)
    {
        const QString at = m_dir.filePath(name);
        if (!QDir().mkpath(at))
            return {};
        Run m = run(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=") + size, QStringLiteral("tmpfs"), at},
                    m_dir.path());
        if (m.exitCode != 0) {
            qWarning("mount -t tmpfs at %s failed (%s): this test needs root (CI runs as root)",
                     qPrintable(at), qPrintable(m.err.trimmed()));
            return {};
        }
        m_mounts << at;
        return at;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cli = qEnvironmentVariable("SUPERNOVA_CLI_BIN");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), "SUPERNOVA_CLI_BIN is not set: run through ctest");
    }

    void cleanupTestCase()
    {
        for (const QString &at : std::as_const(m_mounts))
            run(QStringLiteral("umount"), {at}, m_dir.path());
    }

    // The library call every file output goes through.
    void writeFileAtomicallyFailsOnAFullDiskAndLeavesNothing()
    {
        const QString at = mountTmpfs(QStringLiteral("unit"), QStringLiteral("1m"));
        QVERIFY(!at.isEmpty());
        QVERIFY(fill(at + QStringLiteral("/filler"), 0));
        for (const qsizetype size : {qsizetype(100), qsizetype(20 * 1024), qsizetype(2 * 1024 * 1024)}) {
            const QString target = at + QStringLiteral("/out-%1.txt").arg(size);
            auto written = writeFileAtomically(target, QByteArray(size, 'x'));
            QVERIFY2(!written,
                     qPrintable(QStringLiteral("%1 bytes reported as written to a full disk").arg(size)));
            const QString text = QString::fromStdString(written.error().toString());
            QVERIFY2(text.contains(target), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("No space left on device")), qPrintable(text));
            QVERIFY2(filesUnder(at, QStringLiteral("filler")).isEmpty(),
                     qPrintable(filesUnder(at, QStringLiteral("filler")).join(QStringLiteral(", "))));
        }
    }

    // Reports in every format and a transactions export, onto a full disk.
    void reportsAndExportsToAFullDiskFailAndLeaveNothing()
    {
        const QString db = m_dir.filePath(QStringLiteral("reports.sqlite"));
        const QStringList base{QStringLiteral("--db"), QStringLiteral("sqlite://") + db};
        Run sample =
            run(m_cli, base + QStringList{QStringLiteral("sample"), QStringLiteral("load")}, m_dir.path());
        QVERIFY2(sample.exitCode == 0, qPrintable(sample.err));
        const QString at = mountTmpfs(QStringLiteral("out"), QStringLiteral("1m"));
        QVERIFY(!at.isEmpty());
        QVERIFY(fill(at + QStringLiteral("/filler"), 0));

        for (const QString &ext : {QStringLiteral("md"), QStringLiteral("json"), QStringLiteral("csv"),
                                   QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("xlsx")}) {
            const QString target = at + QStringLiteral("/report.") + ext;
            Run r = run(m_cli,
                        base + QStringList{QStringLiteral("report"), QStringLiteral("backtest"),
                                           QStringLiteral("--symbol"), QStringLiteral("AAPL"),
                                           QStringLiteral("--strategy"), QStringLiteral("sma_cross"),
                                           QStringLiteral("--param"), QStringLiteral("fast=10"),
                                           QStringLiteral("--param"), QStringLiteral("slow=30"),
                                           QStringLiteral("-o"), target},
                        m_dir.path());
            QVERIFY2(
                r.exitCode == 1,
                qPrintable(QStringLiteral("%1: exit %2: %3%4").arg(ext).arg(r.exitCode).arg(r.out, r.err)));
            QVERIFY2(r.err.contains(at) && r.err.contains(QLatin1String("No space left on device")),
                     qPrintable(QStringLiteral("%1: %2").arg(ext, r.err)));
            QVERIFY2(filesUnder(at, QStringLiteral("filler")).isEmpty(),
                     qPrintable(
                         QStringLiteral("%1: left behind: %2")
                             .arg(ext, filesUnder(at, QStringLiteral("filler")).join(QStringLiteral(", ")))));
        }

        const QString exported = at + QStringLiteral("/transactions.csv");
        Run e = run(m_cli,
                    base + QStringList{QStringLiteral("portfolio"), QStringLiteral("export"),
                                       QStringLiteral("Sample portfolio"), exported},
                    m_dir.path());
        QVERIFY2(e.exitCode == 1,
                 qPrintable(QStringLiteral("exit %1: %2%3").arg(e.exitCode).arg(e.out, e.err)));
        QVERIFY2(e.err.contains(exported) && e.err.contains(QLatin1String("No space left on device")),
                 qPrintable(e.err));
        QVERIFY(!QFileInfo::exists(exported));
    }

    // The database on a disk that fills up during a bar import.
    void importOntoAFullDiskSaysSoAndChangesNothing()
    {
        const QString at = mountTmpfs(QStringLiteral("db"), QStringLiteral("4m"));
        QVERIFY(!at.isEmpty());
        const QString db = at + QStringLiteral("/supernova.sqlite");
        const QStringList base{QStringLiteral("--db"), QStringLiteral("sqlite://") + db};
        Run sample =
            run(m_cli, base + QStringList{QStringLiteral("sample"), QStringLiteral("load")}, m_dir.path());
        QVERIFY2(sample.exitCode == 0, qPrintable(sample.err));
        const qint64 barsBefore = scalar(db, QStringLiteral("SELECT count(*) FROM bars"));
        const qint64 instrumentsBefore = scalar(db, QStringLiteral("SELECT count(*) FROM instruments"));
        QVERIFY(barsBefore > 0);

        // 100,000 minute bars: several MB in the database, more than is left.
        const QString csv = m_dir.filePath(QStringLiteral("bars.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray text = "timestamp,open,high,low,close,volume\n";
            for (qint64 i = 0; i < 100'000; ++i)
                text += QByteArray::number(1'577'836'800'000LL + i * 60'000LL) + ",10,11,9,10.5,100\n";
            QVERIFY(f.write(text) == text.size());
        }
        QVERIFY(fill(at + QStringLiteral("/filler"), 512 * 1024));
        const QStringList import{QStringLiteral("import"), csv, QStringLiteral("--symbol"),
                                 QStringLiteral("FULLDISK")};
        Run full = run(m_cli, base + import, m_dir.path());
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains(QLatin1String("disk")) && full.err.contains(QLatin1String("full")),
                 qPrintable(full.err));
        QVERIFY2(full.err.contains(db), qPrintable(full.err));
        QVERIFY2(!full.err.contains(QLatin1String("locked")) && !full.err.contains(QLatin1String("damaged")),
                 qPrintable(full.err));

        QCOMPARE(integrity(db), QStringLiteral("ok"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM bars")), barsBefore);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM instruments")), instrumentsBefore);
        Run list = run(m_cli, base + QStringList{QStringLiteral("instruments")}, m_dir.path());
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));

        // With room again the same import goes through: nothing was left stuck.
        QVERIFY(QFile::remove(at + QStringLiteral("/filler")));
        Run roomy = run(QStringLiteral("mount"),
                        {QStringLiteral("-o"), QStringLiteral("remount,size=64m"), at}, m_dir.path());
        QVERIFY2(roomy.exitCode == 0, qPrintable(roomy.err));
        Run again = run(m_cli, base + import, m_dir.path());
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM bars")), barsBefore + 100'000);
    }
};

QTEST_GUILESS_MAIN(TstFullDisk)
#include "tst_full_disk.moc"
