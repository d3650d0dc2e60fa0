// Crash safety (issue 16): the real supernova-cli, the real desktop app
// (offscreen) and a real ledger editor are SIGKILLed at random moments while
// they write, and after every kill the SQLite database must be intact
// (PRAGMA integrity_check, foreign_key_check), hold no partial change (an
// import is all there or not at all, a two-line edit is never half there, a
// saved run is whole, the sync outbox still covers every unsent line), and
// the app must start normally on it (a CLI read command, the desktop window).
//
// SUPERNOVA_CRASH_TRIALS sets the kills per scenario (default 3, the CI run;
// docs/hardening.md has the figures of 100); SUPERNOVA_CRASH_SEED the seed of
// the kill moments (default 16), so a failing run can be repeated.
// The sync scenario logs in to a team server in this process (wss on
// loopback) and keeps the token in the keychain: label keychain, run inside
// dbus-run-session with gnome-keyring as installer/test.sh does.
#include "core/secrets/SecretStore.h"
#include "core/storage/Database.h"
#include "core/workspace/LedgerService.h"
#include "core/workspace/RunService.h"
#include "core/workspace/SyncService.h"
#include "core/workspace/Workspace.h"
#include "tests/sync/SyncTestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;
using namespace sn::test;

namespace {

#define REQUIRE_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto &r_ = (expr);                                                                             \
        QVERIFY2(r_.ok(), r_.ok() ? "" : r_.error().toString().c_str());                                     \
    } while (false)

constexpr int kWait = 300000;
constexpr qint64 kBigRows = 1'000'000;
constexpr int kImportLines = 20000;
constexpr int kEditBaseLines = 200;
constexpr int kSyncBatch = 60;
const QString kBigSymbol = QStringLiteral("CRASH1M");
const QString kImportBook = QStringLiteral("Import book");
const QString kEditBook = QStringLiteral("Edit book");
const QString kSyncBook = QStringLiteral("Sync book");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 ms = 0;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// How the kills of one scenario fell: killed while running, or the process
// had already finished at the chosen moment (then it must have succeeded).
struct Tally
{
    int killed = 0;
    int finished = 0;
};

// Plain SQL on the file, without the app's code: what the next start finds.
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(QRandomGenerator::global()->generate64()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~RawDb()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QStringList column(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        QStringList out;
        if (!q.exec(sql))
            return {QStringLiteral("query failed: %1: %2").arg(sql, q.lastError().text())};
        while (q.next())
            out << q.value(0).toString();
        return out;
    }
    qint64 number(const QString &sql) const
    {
        const QStringList c = column(sql);
        bool ok = false;
        const qint64 v = c.value(0).toLongLong(&ok);
        return ok ? v : -1;
    }

private:
    QString m_name;
    QString m_error;
    bool m_open = false;
};

bool copyFresh(const QString &from, const QString &to)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(to + suffix);
    return QFile::copy(from, to);
}

} // namespace

class TstCrashSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_trials = 3;
    quint32 m_seed = 16;
    QRandomGenerator m_rng;
    QStringList m_figures;

    static QString bin(const char *var) { return qEnvironmentVariable(var); }
    static QStringList db(const QString &path)
    {
        return {QStringLiteral("--db"), QStringLiteral("sqlite://") + path};
    }

    // XDG folders under `root`, so nothing reaches the real home.
    static QProcessEnvironment environment(const QString &root)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/cache"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

    // Runs to the end, keeping this thread's event loop turning (the team
    // server of the sync scenario answers from it).
    Run run(const QString &program, const QStringList &args, const QByteArray &input = {},
            const QString &root = {})
    {
        QProcess p;
        p.setProcessEnvironment(environment(root.isEmpty() ? m_dir.path() : root));
        QElapsedTimer t;
        t.start();
        p.start(program, args);
        Run r;
        if (!p.waitForStarted(kWait))
            return r;
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        (void)QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, kWait);
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
        }
        r.ms = t.elapsed();
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // Starts the program and SIGKILLs it `delayMs` later unless it has ended
    // by then. Returns true when it was killed; a run that ended must have
    // ended well (*failure says otherwise).
    bool killAfter(const QString &program, const QStringList &args, qint64 delayMs, QString *failure,
                   const QString &root = {})
    {
        QProcess p;
        p.setProcessEnvironment(environment(root.isEmpty() ? m_dir.path() : root));
        p.start(program, args);
        if (!p.waitForStarted(kWait)) {
            *failure = QStringLiteral("did not start: %1").arg(p.errorString());
            return false;
        }
        p.closeWriteChannel();
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < delayMs && p.state() != QProcess::NotRunning)
            QTest::qWait(static_cast<int>(std::min<qint64>(5, delayMs - t.elapsed() + 1)));
        if (p.state() != QProcess::NotRunning) {
            p.kill(); // SIGKILL
            p.waitForFinished(kWait);
            return true;
        }
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            *failure = QStringLiteral("ended on its own with exit %1: %2")
                           .arg(p.exitCode())
                           .arg(QString::fromUtf8(p.readAllStandardError()));
        return false;
    }

    qint64 moment(qint64 spanMs)
    {
        return static_cast<qint64>(m_rng.bounded(static_cast<quint32>(spanMs + 1)));
    }

    // What every scenario checks first: the file opens, SQLite finds nothing
    // wrong with it and no row points at a row that is gone.
    static QString storageProblems(const RawDb &raw)
    {
        if (!raw.isOpen())
            return QStringLiteral("the database does not open: %1").arg(raw.error());
        const QStringList integrity = raw.column(QStringLiteral("PRAGMA integrity_check"));
        if (integrity != QStringList{QStringLiteral("ok")})
            return QStringLiteral("integrity_check: %1").arg(integrity.join(QStringLiteral("; ")));
        const QStringList orphans = raw.column(QStringLiteral("PRAGMA foreign_key_check"));
        if (!orphans.isEmpty())
            return QStringLiteral("foreign_key_check: rows of %1 point at rows that are gone")
                .arg(orphans.join(QStringLiteral(", ")));
        return {};
    }

    void record(const char *scenario, const Tally &t, qint64 spanMs)
    {
        const QString line =
            QStringLiteral("%1: %2 trials, %3 killed mid-way, %4 had finished; kill moments in 0..%5 ms")
                .arg(QString::fromLatin1(scenario))
                .arg(t.killed + t.finished)
                .arg(t.killed)
                .arg(t.finished)
                .arg(spanMs);
        m_figures << line;
        qInfo("%s", qPrintable(line));
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A migrated, empty database made by the CLI itself.
    bool makeBase(const QString &file, bool withSample)
    {
        Run made = run(bin("SUPERNOVA_CLI_BIN"),
                       db(file) + QStringList{QStringLiteral("db"), QStringLiteral("migrate")});
        if (made.exitCode != 0) {
            qWarning("db migrate: %s", qPrintable(made.err));
            return false;
        }
        if (withSample) {
            Run sample = run(bin("SUPERNOVA_CLI_BIN"),
                             db(file) + QStringList{QStringLiteral("sample"), QStringLiteral("load")});
            if (sample.exitCode != 0) {
                qWarning("sample load: %s", qPrintable(sample.err));
                return false;
            }
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *var : {"SUPERNOVA_CLI_BIN", "SUPERNOVA_DESKTOP_BIN", "SUPERNOVA_CRASH_EDITOR_BIN"})
            QVERIFY2(
                QFileInfo(bin(var)).isExecutable(),
                qPrintable(QStringLiteral("%1 is not set: run through ctest").arg(QString::fromLatin1(var))));
        bool ok = false;
        const int trials = qEnvironmentVariableIntValue("SUPERNOVA_CRASH_TRIALS", &ok);
        if (ok && trials > 0)
            m_trials = trials;
        const int seed = qEnvironmentVariableIntValue("SUPERNOVA_CRASH_SEED", &ok);
        if (ok)
            m_seed = static_cast<quint32>(seed);
        m_rng.seed(m_seed);
        qInfo("%d trials per scenario, seed %u", m_trials, m_seed);
    }

    void cleanupTestCase()
    {
        for (const QString &line : std::as_const(m_figures))
            qInfo("%s", qPrintable(line));
    }

    // 1. A 1,000,000-row bar import (one file, one instrument): after a kill
    // the instrument and all its bars are there, or neither.
    void barImportIsAllOrNothing()
    {
        const QString csv = path(QStringLiteral("big.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray chunk = "timestamp,open,high,low,close,volume\n";
            const qint64 start = 1'577'836'800'000LL; // 2020-01-01, one bar a minute
            for (qint64 i = 0; i < kBigRows; ++i) {
                const double c = 100.0 + static_cast<double>(i % 1000) / 100.0;
                chunk += QByteArray::number(start + i * 60'000LL) + ',' + QByteArray::number(c, 'f', 2) +
                         ',' + QByteArray::number(c + 0.5, 'f', 2) + ',' +
                         QByteArray::number(c - 0.5, 'f', 2) + ',' + QByteArray::number(c + 0.1, 'f', 2) +
                         ",1000\n";
                if (chunk.size() > (1 << 20)) {
                    QVERIFY(f.write(chunk) == chunk.size());
                    chunk.clear();
                }
            }
            QVERIFY(f.write(chunk) == chunk.size());
        }
        const QString base = path(QStringLiteral("bars-base.sqlite"));
        const QString trial = path(QStringLiteral("bars.sqlite"));
        QVERIFY(makeBase(base, false));
        const QStringList import{QStringLiteral("import"), csv, QStringLiteral("--symbol"), kBigSymbol};

        // The whole import once: how long it takes, and what "all" is.
        QVERIFY(copyFresh(base, trial));
        Run full = run(bin("SUPERNOVA_CLI_BIN"), db(trial) + import);
        QVERIFY2(full.exitCode == 0, qPrintable(full.err));
        {
            RawDb raw(trial);
            QCOMPARE(raw.number(QStringLiteral("SELECT count(*) FROM bars")), kBigRows);
        }
        const qint64 span = full.ms + full.ms / 10;
        qInfo("the full import took %lld ms", static_cast<long long>(full.ms));

        Tally tally;
        for (int i = 0; i < m_trials; ++i) {
            QVERIFY(copyFresh(base, trial));
            QString failure;
            const qint64 at = moment(span);
            (killAfter(bin("SUPERNOVA_CLI_BIN"), db(trial) + import, at, &failure) ? tally.killed
                                                                                   : tally.finished)++;
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            {
                RawDb raw(trial);
                const QString problem = storageProblems(raw);
                QVERIFY2(
                    problem.isEmpty(),
                    qPrintable(QStringLiteral("trial %1 (kill at %2 ms): %3").arg(i).arg(at).arg(problem)));
                const qint64 bars = raw.number(QStringLiteral("SELECT count(*) FROM bars"));
                const qint64 instruments = raw.number(
                    QStringLiteral("SELECT count(*) FROM instruments WHERE symbol = '%1'").arg(kBigSymbol));
                QVERIFY2((bars == 0 && instruments == 0) || (bars == kBigRows && instruments == 1),
                         qPrintable(QStringLiteral("trial %1 (kill at %2 ms): %3 bars, %4 instruments")
                                        .arg(i)
                                        .arg(at)
                                        .arg(bars)
                                        .arg(instruments)));
            }
            Run after = run(bin("SUPERNOVA_CLI_BIN"),
                            db(trial) + QStringList{QStringLiteral("instruments"), QStringLiteral("--json")});
            QVERIFY2(after.exitCode == 0, qPrintable(after.err));
        }
        record("1M-row bar import (supernova-cli import)", tally, span);
    }

    // 2. A transactions import of 20,000 lines into an existing portfolio:
    // every line or none, and the ledger still replays.
    void transactionImportIsAllOrNothing()
    {
        const QString csv = path(QStringLiteral("transactions.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray text = "date,type,amount,note\n";
            const QDate first(2001, 1, 1);
            for (int i = 0; i < kImportLines; ++i)
                text += first.addDays(i).toString(Qt::ISODate).toUtf8() +
                        (i % 2 ? ",withdrawal,40," : ",deposit,100,") + "line " + QByteArray::number(i) +
                        '\n';
            QVERIFY(f.write(text) == text.size());
        }
        const QString base = path(QStringLiteral("tx-base.sqlite"));
        const QString trial = path(QStringLiteral("tx.sqlite"));
        QVERIFY(makeBase(base, false));
        Run created =
            run(bin("SUPERNOVA_CLI_BIN"),
                db(base) + QStringList{QStringLiteral("portfolio"), QStringLiteral("create"), kImportBook});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QStringList import{QStringLiteral("portfolio"), QStringLiteral("import"), kImportBook, csv};

        QVERIFY(copyFresh(base, trial));
        Run full = run(bin("SUPERNOVA_CLI_BIN"), db(trial) + import);
        QVERIFY2(full.exitCode == 0, qPrintable(full.err));
        {
            RawDb raw(trial);
            QCOMPARE(raw.number(QStringLiteral("SELECT count(*) FROM transactions")), qint64(kImportLines));
        }
        const qint64 span = full.ms + full.ms / 10;
        qInfo("the full import took %lld ms", static_cast<long long>(full.ms));

        Tally tally;
        for (int i = 0; i < m_trials; ++i) {
            QVERIFY(copyFresh(base, trial));
            QString failure;
            const qint64 at = moment(span);
            (killAfter(bin("SUPERNOVA_CLI_BIN"), db(trial) + import, at, &failure) ? tally.killed
                                                                                   : tally.finished)++;
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            {
                RawDb raw(trial);
                const QString problem = storageProblems(raw);
                QVERIFY2(
                    problem.isEmpty(),
                    qPrintable(QStringLiteral("trial %1 (kill at %2 ms): %3").arg(i).arg(at).arg(problem)));
                const qint64 lines = raw.number(QStringLiteral("SELECT count(*) FROM transactions"));
                QVERIFY2(lines == 0 || lines == kImportLines,
                         qPrintable(
                             QStringLiteral("trial %1 (kill at %2 ms): %3 lines").arg(i).arg(at).arg(lines)));
                QCOMPARE(raw.number(QStringLiteral("SELECT count(*) FROM portfolios")), qint64(1));
            }
            {
                auto w = Workspace::open(QStringLiteral("sqlite://") + trial);
                REQUIRE_OK(w);
                LedgerService ledger(*w.value());
                auto p = ledger.portfolioByName(kImportBook);
                REQUIRE_OK(p);
                REQUIRE_OK(ledger.verify(p->id));
            }
            // `portfolio show` refuses an empty ledger (exit 1), so list the portfolios.
            Run after = run(bin("SUPERNOVA_CLI_BIN"),
                            db(trial) + QStringList{QStringLiteral("portfolio"), QStringLiteral("list"),
                                                    QStringLiteral("--json")});
            QVERIFY2(after.exitCode == 0, qPrintable(after.err));
        }
        record("20,000-line transactions import (supernova-cli portfolio import)", tally, span);
    }

    // 3. In-place ledger edits through LedgerService (what the Portfolio grid
    // calls), killed while editing without pause: the edits so far are kept,
    // a pair added or removed together is never half there, and the ledger
    // replays. One database for all trials, so the edits pile up.
    void ledgerEditsAreNeverHalfApplied()
    {
        const QString file = path(QStringLiteral("edits.sqlite"));
        QVERIFY(makeBase(file, false));
        {
            auto w = Workspace::open(QStringLiteral("sqlite://") + file);
            REQUIRE_OK(w);
            LedgerService ledger(*w.value());
            auto id = ledger.createPortfolio(kEditBook, QStringLiteral("USD"));
            REQUIRE_OK(id);
            std::vector<PortfolioTransaction> lines;
            for (int i = 0; i < kEditBaseLines; ++i) {
                PortfolioTransaction t;
                t.time = 1'704'067'200'000LL + i * 86'400'000LL;
                t.type = QStringLiteral("deposit");
                t.amount = Decimal::fromRaw(1000 * 1'000'000LL);
                t.note = QStringLiteral("base %1").arg(i);
                lines.push_back(t);
            }
            REQUIRE_OK(ledger.add(*id, lines));
        }
        const QString url = QStringLiteral("sqlite://") + file;
        // 300 edits once: the pace of the editor.
        Run paced = run(bin("SUPERNOVA_CRASH_EDITOR_BIN"), {url, kEditBook, QStringLiteral("300")});
        QVERIFY2(paced.exitCode == 0, qPrintable(paced.err));
        const qint64 span = paced.ms;
        qInfo("300 edits took %lld ms", static_cast<long long>(paced.ms));

        Tally tally;
        for (int i = 0; i < m_trials; ++i) {
            QString failure;
            const qint64 at = moment(span);
            (killAfter(bin("SUPERNOVA_CRASH_EDITOR_BIN"), {url, kEditBook}, at, &failure) ? tally.killed
                                                                                          : tally.finished)++;
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            {
                RawDb raw(file);
                const QString problem = storageProblems(raw);
                QVERIFY2(
                    problem.isEmpty(),
                    qPrintable(QStringLiteral("trial %1 (kill at %2 ms): %3").arg(i).arg(at).arg(problem)));
                // A pair's two lines share "pair N": count them per N.
                const QStringList counts = raw.column(QStringLiteral(
                    "SELECT rtrim(rtrim(note, 'inout'), ' ') || ':' || count(*) FROM transactions"
                    " WHERE note LIKE 'pair %' GROUP BY rtrim(rtrim(note, 'inout'), ' ')"));
                for (const QString &c : counts)
                    QVERIFY2(c.endsWith(QLatin1String(":2")),
                             qPrintable(QStringLiteral("trial %1 (kill at %2 ms): half a pair: %3")
                                            .arg(i)
                                            .arg(at)
                                            .arg(c)));
                QCOMPARE(raw.number(QStringLiteral(
                             "SELECT count(*) FROM transactions WHERE note NOT LIKE 'pair %'")),
                         qint64(kEditBaseLines));
            }
            {
                auto w = Workspace::open(url);
                REQUIRE_OK(w);
                LedgerService ledger(*w.value());
                auto p = ledger.portfolioByName(kEditBook);
                REQUIRE_OK(p);
                REQUIRE_OK(ledger.verify(p->id));
            }
            Run after =
                run(bin("SUPERNOVA_CLI_BIN"),
                    db(file) + QStringList{QStringLiteral("portfolio"), QStringLiteral("show"), kEditBook});
            QVERIFY2(after.exitCode == 0, qPrintable(after.err));
        }
        record("in-place ledger edits (LedgerService, crash_ledger_editor)", tally, span);
    }

    // 4. `backtest --save`: a saved run is whole (it loads, its results are
    // a JSON object with metrics) or absent; never two for one command.
    void savedBacktestRunIsWholeOrAbsent()
    {
        const QString file = path(QStringLiteral("runs.sqlite"));
        QVERIFY(makeBase(file, true));
        auto args = [&](const QString &name) {
            return db(file) + QStringList{QStringLiteral("backtest"),
                                          QStringLiteral("--symbol"),
                                          QStringLiteral("AAPL"),
                                          QStringLiteral("--strategy"),
                                          QStringLiteral("sma_cross"),
                                          QStringLiteral("--param"),
                                          QStringLiteral("fast=10"),
                                          QStringLiteral("--param"),
                                          QStringLiteral("slow=30"),
                                          QStringLiteral("--save"),
                                          name};
        };
        Run full = run(bin("SUPERNOVA_CLI_BIN"), args(QStringLiteral("paced")));
        QVERIFY2(full.exitCode == 0, qPrintable(full.err));
        const qint64 span = full.ms + full.ms / 10;

        Tally tally;
        for (int i = 0; i < m_trials; ++i) {
            const QString name = QStringLiteral("crash run %1").arg(i);
            QString failure;
            const qint64 at = moment(span);
            (killAfter(bin("SUPERNOVA_CLI_BIN"), args(name), at, &failure) ? tally.killed : tally.finished)++;
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            {
                RawDb raw(file);
                const QString problem = storageProblems(raw);
                QVERIFY2(
                    problem.isEmpty(),
                    qPrintable(QStringLiteral("trial %1 (kill at %2 ms): %3").arg(i).arg(at).arg(problem)));
                QVERIFY(raw.number(QStringLiteral("SELECT count(*) FROM backtest_runs WHERE name = '%1'")
                                       .arg(name)) <= 1);
            }
            auto w = Workspace::open(QStringLiteral("sqlite://") + file);
            REQUIRE_OK(w);
            RunService runs(*w.value());
            auto list = runs.list();
            REQUIRE_OK(list);
            for (const BacktestRun &r : list.value()) {
                auto loaded = runs.load(r.id);
                REQUIRE_OK(loaded);
            }
            Run after = run(bin("SUPERNOVA_CLI_BIN"),
                            db(file) + QStringList{QStringLiteral("runs"), QStringLiteral("list"),
                                                   QStringLiteral("--json")});
            QVERIFY2(after.exitCode == 0, qPrintable(after.err));
        }
        record("saving a backtest run (supernova-cli backtest --save)", tally, span);
    }

    // 5. `sync push` replaying the outbox to a real team server (wss on
    // loopback), killed mid-replay: after every kill each line of the shared
    // portfolio is either acknowledged or still in the outbox; at the end a
    // push completes and a second database pulls exactly the same ledger.
    void syncReplayLosesNothing()
    {
        TeamServer server;
        QString why;
        QVERIFY(QDir().mkpath(path(QStringLiteral("server"))));
        QVERIFY2(server.setUp(path(QStringLiteral("server")), &why), qPrintable(why));
        QVERIFY(server.start());
        const QString fileA = path(QStringLiteral("sync-a.sqlite"));
        const QString fileB = path(QStringLiteral("sync-b.sqlite"));
        QVERIFY(makeBase(fileA, false));
        QVERIFY(makeBase(fileB, false));
        const QString cli = bin("SUPERNOVA_CLI_BIN");
        auto login = [&](const QString &file) {
            return run(cli,
                       db(file) + QStringList{QStringLiteral("sync"), QStringLiteral("login"),
                                              QStringLiteral("--server"), server.url().toString(),
                                              QStringLiteral("--user"), QStringLiteral("alice"),
                                              QStringLiteral("--workspace"), kTeam,
                                              QStringLiteral("--fingerprint"), server.fingerprint(),
                                              QStringLiteral("--password-stdin")},
                       kTeamPassword.toUtf8() + "\n");
        };
        Run inA = login(fileA);
        QVERIFY2(inA.exitCode == 0, qPrintable(inA.err));

        auto a = Workspace::open(QStringLiteral("sqlite://") + fileA);
        REQUIRE_OK(a);
        LedgerService ledger(*a.value());
        auto book = ledger.createPortfolio(kSyncBook, QStringLiteral("USD"));
        REQUIRE_OK(book);
        int added = 0;
        auto addBatch = [&]() -> Result<std::vector<qint64>> {
            std::vector<PortfolioTransaction> lines;
            for (int i = 0; i < kSyncBatch; ++i, ++added) {
                PortfolioTransaction t;
                t.time = 1'704'067'200'000LL + added * 3'600'000LL;
                t.type = QStringLiteral("deposit");
                t.amount = Decimal::fromRaw((100 + added) * 1'000'000LL);
                t.note = QStringLiteral("sync %1").arg(added);
                lines.push_back(t);
            }
            return ledger.add(*book, lines);
        };
        REQUIRE_OK(addBatch());
        Run share = run(cli, db(fileA) + QStringList{QStringLiteral("sync"), QStringLiteral("share"),
                                                     QStringLiteral("portfolio"), kSyncBook});
        QVERIFY2(share.exitCode == 0, qPrintable(share.err));
        // The rate limit stretches the replay so the kills land inside it.
        const QStringList push{QStringLiteral("sync"), QStringLiteral("push"), QStringLiteral("--rate"),
                               QStringLiteral("100")};
        Run paced = run(cli, db(fileA) + push);
        QVERIFY2(paced.exitCode == 0, qPrintable(paced.err));
        QCOMPARE(SyncService(*a.value()).pendingCount().valueOr(-1), qint64(0));
        const qint64 span = paced.ms + paced.ms / 10;

        Tally tally;
        for (int i = 0; i < m_trials; ++i) {
            REQUIRE_OK(addBatch());
            QString failure;
            const qint64 at = moment(span);
            (killAfter(cli, db(fileA) + push, at, &failure) ? tally.killed : tally.finished)++;
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            RawDb raw(fileA);
            const QString problem = storageProblems(raw);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(QStringLiteral("trial %1 (kill at %2 ms): %3").arg(i).arg(at).arg(problem)));
            // Every line is mapped to a server entity; one the server has not
            // acknowledged (rev 0) is still waiting in the outbox.
            QCOMPARE(raw.number(QStringLiteral(
                         "SELECT count(*) FROM transactions t LEFT JOIN sync_shared s"
                         " ON s.entity = 'transaction' AND s.local_id = t.id WHERE s.local_id IS NULL")),
                     qint64(0));
            const QStringList unsent =
                raw.column(QStringLiteral("SELECT s.entity_id FROM sync_shared s LEFT JOIN sync_outbox o"
                                          " ON o.workspace = s.workspace AND o.entity_id = s.entity_id WHERE "
                                          "s.rev = 0 AND o.seq IS NULL"));
            QVERIFY2(unsent.isEmpty(),
                     qPrintable(QStringLiteral("trial %1 (kill at %2 ms): never acknowledged and not in "
                                               "the outbox: %3")
                                    .arg(i)
                                    .arg(at)
                                    .arg(unsent.join(QStringLiteral(", ")))));
            const QStringList strays =
                raw.column(QStringLiteral("SELECT o.entity_id FROM sync_outbox o LEFT JOIN sync_shared s"
                                          " ON s.workspace = o.workspace AND s.entity_id = o.entity_id WHERE "
                                          "o.op = 'put' AND s.local_id IS NULL"));
            QVERIFY2(
                strays.isEmpty(),
                qPrintable(
                    QStringLiteral("outbox puts of nothing: %1").arg(strays.join(QStringLiteral(", ")))));
            Run status = run(cli, db(fileA) + QStringList{QStringLiteral("sync"), QStringLiteral("status")});
            QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        }
        record("sync outbox replay (supernova-cli sync push)", tally, span);

        Run rest = run(cli, db(fileA) + QStringList{QStringLiteral("sync"), QStringLiteral("push"),
                                                    QStringLiteral("--json")});
        QVERIFY2(rest.exitCode == 0, qPrintable(rest.err));
        QCOMPARE(rest.json().value(QStringLiteral("pending")).toInteger(), 0);
        QCOMPARE(rest.json().value(QStringLiteral("conflicts")).toInteger(), 0);
        Run inB = login(fileB);
        QVERIFY2(inB.exitCode == 0, qPrintable(inB.err));
        Run pull = run(cli, db(fileB) + QStringList{QStringLiteral("sync"), QStringLiteral("pull"),
                                                    QStringLiteral("--json")});
        QVERIFY2(pull.exitCode == 0, qPrintable(pull.err));
        auto b = Workspace::open(QStringLiteral("sqlite://") + fileB);
        REQUIRE_OK(b);
        QCOMPARE(ledgerOf(*b.value(), kSyncBook).size(), std::size_t(added));
        QCOMPARE(ledgerOf(*b.value(), kSyncBook), ledgerOf(*a.value(), kSyncBook));
        SecretStore().removeBlocking(sync::SyncClient::tokenKey(server.url(), QStringLiteral("alice"))).ok();
        server.stop();
    }

    // 6. The desktop app (offscreen) on its first start creates its database
    // and loads the sample data from the GUI (a background job, one
    // transaction). Killed at any moment: the file is intact, the sample
    // data is all there or none of it, and the app starts again and shows
    // its window.
    void desktopFirstStartSampleLoad()
    {
        const QString desktop = bin("SUPERNOVA_DESKTOP_BIN");
        const QStringList probe{QStringLiteral("--exit-after-show")};
        auto fileIn = [](const QString &root) -> QString {
            return root + QStringLiteral("/data/SuperNova/SuperNova/supernova.sqlite");
        };
        const QString reference = path(QStringLiteral("desktop-reference"));
        Run full = run(desktop, probe, {}, reference);
        QVERIFY2(full.exitCode == 0, qPrintable(full.err));
        QVERIFY2(full.out.contains(QLatin1String("dashboard populated")), qPrintable(full.out));
        const QString counts = QStringLiteral(
            "SELECT (SELECT count(*) FROM instruments) || '/' || (SELECT count(*) FROM bars) || '/'"
            " || (SELECT count(*) FROM portfolios) || '/' || (SELECT count(*) FROM transactions) || '/'"
            " || (SELECT count(*) FROM watchlists) || '/' || (SELECT count(*) FROM watchlist_members)");
        QString loaded;
        {
            RawDb raw(fileIn(reference));
            loaded = raw.column(counts).value(0);
        }
        QVERIFY2(!loaded.startsWith(QLatin1String("0/")), qPrintable(loaded));
        const QString none = QStringLiteral("0/0/0/0/0/0");
        const qint64 span = full.ms + full.ms / 10;

        Tally tally;
        int emptyAfterRestart = 0;
        for (int i = 0; i < m_trials; ++i) {
            const QString root = path(QStringLiteral("desktop-%1").arg(i));
            QString failure;
            const qint64 at = moment(span);
            (killAfter(desktop, {}, at, &failure, root) ? tally.killed : tally.finished)++;
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            if (QFileInfo::exists(fileIn(root))) {
                RawDb raw(fileIn(root));
                const QString problem = storageProblems(raw);
                QVERIFY2(
                    problem.isEmpty(),
                    qPrintable(QStringLiteral("trial %1 (kill at %2 ms): %3").arg(i).arg(at).arg(problem)));
                const QString state = raw.column(counts).value(0);
                // Before its tables exist the file has none to count: also "none".
                QVERIFY2(state == loaded || state == none || state.startsWith(QLatin1String("query failed")),
                         qPrintable(
                             QStringLiteral("trial %1 (kill at %2 ms): sample data half there: %3 (all: %4)")
                                 .arg(i)
                                 .arg(at)
                                 .arg(state, loaded)));
            }
            Run again = run(desktop, probe, {}, root);
            QVERIFY2(again.exitCode == 0, qPrintable(again.err));
            QVERIFY2(again.out.contains(QLatin1String("main window shown")), qPrintable(again.out));
            RawDb raw(fileIn(root));
            const QString state = raw.column(counts).value(0);
            QVERIFY2(state == loaded || state == none, qPrintable(state));
            if (state == none)
                ++emptyAfterRestart;
        }
        record("desktop first start loading the sample data (supernova, offscreen)", tally, span);
        m_figures
            << QStringLiteral("  of these, %1 restarted without the sample data").arg(emptyAfterRestart);
    }
};

// Qt Test stops a test function after 5 minutes; 100 trials of the 1M-row
// import take longer, so the watchdog gets two hours unless told otherwise.
int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "7200000");
    QCoreApplication app(argc, argv);
    TstCrashSafety test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_crash_safety.moc"
