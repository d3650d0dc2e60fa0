// The real supernova-cli binary on the reproductions: a file of
// deposits (or shares) that would wrap the exact sums, and --db naming a file
// that is not ours. Both must fail with exit 1 and change nothing.
#include "tests/testutils/CliRunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <random>

namespace {

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestCliGuards : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    using Run = sn::test::CliRun;

    Run cliOn(const QString &db, const QStringList &args)
    {
        return sn::test::runCli(QStringLiteral(SUPERNOVA_CLI_BINARY),
                                QStringList{QStringLiteral("--db"), db} + args,
                                m_dir.filePath(QStringLiteral("xdg-data")), 120000);
    }
    Run portfolio(const QStringList &args)
    {
        return cliOn(m_db, QStringList{QStringLiteral("portfolio")} + args);
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return f.fileName();
    }

    // The transactions of portfolio `name` as exported, so "unchanged" is checked on content.
    QString exported(const QString &name)
    {
        const QString out = m_dir.filePath(QStringLiteral("export-%1.csv").arg(name));
        QFile::remove(out);
        Run r = portfolio({QStringLiteral("export"), name, out});
        if (r.code != 0) {
            qWarning("export: %s", qPrintable(r.err));
            return {};
        }
        QFile f(out);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    int transactionCount(const QString &name)
    {
        Run r = portfolio({QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &p : QJsonDocument::fromJson(r.out.toUtf8()).array())
            if (p[QStringLiteral("name")].toString() == name)
                return p[QStringLiteral("transactions")].toInt();
        return -1;
    }

    // Refused with exit 1 and the messages, the file byte for byte as it was
    // and nothing created beside it.
    void expectForeignRefused(const QString &path, const QStringList &expected)
    {
        const QByteArray before = sha256Of(path);
        QVERIFY(!before.isEmpty());
        Run r = cliOn(QStringLiteral("sqlite://") + path, {QStringLiteral("instruments")});
        QCOMPARE(r.code, 1);
        for (const QString &e : expected)
            QVERIFY2(r.err.contains(e), qPrintable(r.err + QStringLiteral("\n  lacks: ") + e));
        QVERIFY2(r.err.contains(QLatin1String("choose another file or an empty one")), qPrintable(r.err));
        QCOMPARE(sha256Of(path), before);
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            QVERIFY2(!QFileInfo::exists(path + QLatin1String(suffix)), suffix);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("guards.sqlite"));
        Run r = cliOn(m_db, {QStringLiteral("sample"), QStringLiteral("load")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(portfolio({QStringLiteral("create"), QStringLiteral("Big")}).code, 0);
        const QString seed = writeFile(QStringLiteral("seed.csv"), "date,type,symbol,quantity,price,amount\n"
                                                                   "2014-01-02,deposit,,,,1000\n");
        r = portfolio({QStringLiteral("import"), QStringLiteral("Big"), seed});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    // Two deposits of 5e12 in one file: the cash would wrap (it showed 0.00).
    void twoHugeDepositsAreRefused()
    {
        const QString before = exported(QStringLiteral("Big"));
        QVERIFY(!before.isEmpty());
        const QString file =
            writeFile(QStringLiteral("deposits.csv"), "date,type,symbol,quantity,price,amount\n"
                                                      "2014-01-03,deposit,,,,5000000000000\n"
                                                      "2014-01-03,deposit,,,,5000000000000\n");
        Run r = portfolio({QStringLiteral("import"), QStringLiteral("Big"), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("deposits.csv:3: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("field 'amount': amount too large")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("nothing imported")), qPrintable(r.err));
        QCOMPARE(transactionCount(QStringLiteral("Big")), 1);
        QCOMPARE(exported(QStringLiteral("Big")), before);
        // And the portfolio still reads.
        QCOMPARE(portfolio({QStringLiteral("show"), QStringLiteral("Big")}).code, 0);
    }

    // Two transfers of 5e12 shares: the quantity held would wrap (it showed 0).
    void twoHugeShareTransfersAreRefused()
    {
        const QString before = exported(QStringLiteral("Big"));
        const QString file =
            writeFile(QStringLiteral("shares.csv"), "date,type,symbol,quantity,price\n"
                                                    "2014-01-03,transfer_in,AAPL,5000000000000,0\n"
                                                    "2014-01-06,transfer_in,AAPL,5000000000000,0\n");
        Run r = portfolio({QStringLiteral("import"), QStringLiteral("Big"), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("shares.csv:3: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("field 'quantity': amount too large")), qPrintable(r.err));
        QCOMPARE(transactionCount(QStringLiteral("Big")), 1);
        QCOMPARE(exported(QStringLiteral("Big")), before);
    }

    // --db naming someone else's SQLite file: refused, the file untouched
    // (before, it was switched to WAL and given a schema_version table).
    void foreignSqliteFileIsRefusedUnchanged()
    {
        const QString path = m_dir.filePath(QStringLiteral("foreign.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO customers (name) VALUES ('Grace')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        expectForeignRefused(
            path, {QStringLiteral("error: '") + path + QStringLiteral("' is not a SuperNova database"),
                   QStringLiteral("it holds tables customers, invoices (another application's?)")});
    }

    void filesThatAreNotSqliteAreRefusedUnchanged()
    {
        const QString text = writeFile(QStringLiteral("notes.txt"), "these are my notes, not a database\n");
        expectForeignRefused(
            text, {QStringLiteral("is not a SuperNova database: it is not an SQLite database file")});
        QByteArray random(4096, '\0');
        std::mt19937 rng(5);
        for (char &c : random)
            c = static_cast<char>(rng() & 0xff);
        const QString noise = writeFile(QStringLiteral("noise.bin"), random);
        expectForeignRefused(noise, {QStringLiteral("is not a SuperNova database")});
    }

    // A new file still becomes a workspace.
    void newFileStillWorks()
    {
        const QString path = m_dir.filePath(QStringLiteral("fresh/new.sqlite"));
        Run r = cliOn(QStringLiteral("sqlite://") + path, {QStringLiteral("instruments")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(path));
        r = cliOn(QStringLiteral("sqlite://") + path, {QStringLiteral("instruments")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliGuards)
#include "tst_cli_guards.moc"
