// supernova-cli sync against the real team server (in this process, wss on
// loopback, pinned self-signed certificate): login keeps the token in the
// keychain only, share + push, kill -9 of a push in the middle of its replay
// then push again (nothing lost, nothing applied twice), pull on a second
// database, conflicts and resolve, logout. Runs inside dbus-run-session with
// gnome-keyring (label keychain), as installer/test.sh runs ctest.
#include "core/secrets/SecretStore.h"
#include "core/workspace/LedgerService.h"
#include "core/workspace/RunService.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/SyncService.h"
#include "core/workspace/WatchlistService.h"
#include "tests/sync/SyncTestSupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

constexpr int kWait = 60000;
const QString kBook = QStringLiteral("Kill book");
constexpr int kLines = 300;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out.toUtf8()).array(); }
};

} // namespace

class TstSyncCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TeamServer m_server;
    QString m_dbA, m_dbB;
    std::unique_ptr<Workspace> m_a, m_b;
    QStringList m_outputs;

    QString cli() const { return qEnvironmentVariable("SUPERNOVA_CLI_BIN"); }

    QStringList base(const QString &db) const
    {
        return {QStringLiteral("--db"), QStringLiteral("sqlite://") + db};
    }

    // Runs the CLI without blocking this thread: the server answers from it.
    Run run(const QString &db, const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(cli(), base(db) + args);
        Run r;
        if (!p.waitForStarted(kWait))
            return r;
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        (void)QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, kWait * 2);
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        m_outputs << r.out << r.err;
        return r;
    }

    Run login(const QString &db, const QString &user)
    {
        return run(db,
                   {QStringLiteral("sync"), QStringLiteral("login"), QStringLiteral("--server"),
                    m_server.url().toString(), QStringLiteral("--user"), user, QStringLiteral("--workspace"),
                    kTeam, QStringLiteral("--fingerprint"), m_server.fingerprint(),
                    QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                   kTeamPassword.toUtf8() + "\n");
    }

    static qint64 pending(const Workspace &w) { return SyncService(w).pendingCount().valueOr(-1); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(cli()).isExecutable(), "SUPERNOVA_CLI_BIN is not set: run through ctest");
        QString why;
        QVERIFY2(m_server.setUp(m_dir.path(), &why), qPrintable(why));
        QVERIFY(m_server.start());
        QDir().mkpath(m_dir.filePath(QStringLiteral("a")));
        QDir().mkpath(m_dir.filePath(QStringLiteral("b")));
        m_dbA = m_dir.filePath(QStringLiteral("a/supernova.sqlite"));
        m_dbB = m_dir.filePath(QStringLiteral("b/supernova.sqlite"));
        auto a = Workspace::open(QStringLiteral("sqlite://") + m_dbA);
        REQUIRE_OK(a);
        m_a = std::move(a).value();
        auto b = Workspace::open(QStringLiteral("sqlite://") + m_dbB);
        REQUIRE_OK(b);
        m_b = std::move(b).value();
    }

    void cleanupTestCase()
    {
        for (const QString &user : {QStringLiteral("alice"), QStringLiteral("bob")})
            SecretStore().removeBlocking(sync::SyncClient::tokenKey(m_server.url(), user)).ok();
        m_a.reset();
        m_b.reset();
        m_server.stop();
    }

    void loginNeedsTheRightCertificateAndPassword()
    {
        // Without the fingerprint the self-signed certificate is not trusted,
        // and the error shows what to pin.
        Run untrusted = run(m_dbA,
                            {QStringLiteral("sync"), QStringLiteral("login"), QStringLiteral("--server"),
                             m_server.url().toString(), QStringLiteral("--user"), QStringLiteral("alice"),
                             QStringLiteral("--workspace"), kTeam, QStringLiteral("--password-stdin"),
                             QStringLiteral("--timeout"), QStringLiteral("20")},
                            kTeamPassword.toUtf8() + "\n");
        QCOMPARE(untrusted.exitCode, 1);
        QVERIFY2(untrusted.err.contains(m_server.fingerprint()), qPrintable(untrusted.err));
        QVERIFY(untrusted.err.contains(QLatin1String("--fingerprint")));
        Run wrong = run(m_dbA,
                        {QStringLiteral("sync"), QStringLiteral("login"), QStringLiteral("--server"),
                         m_server.url().toString(), QStringLiteral("--user"), QStringLiteral("alice"),
                         QStringLiteral("--workspace"), kTeam, QStringLiteral("--fingerprint"),
                         m_server.fingerprint(), QStringLiteral("--password-stdin")},
                        "not the password\n");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(QLatin1String("refused")), qPrintable(wrong.err));
        // Not signed in: push says so.
        Run push = run(m_dbA, {QStringLiteral("sync"), QStringLiteral("push")});
        QCOMPARE(push.exitCode, 1);
        QVERIFY2(push.err.contains(QLatin1String("sync login")), qPrintable(push.err));

        Run ok = login(m_dbA, QStringLiteral("alice"));
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QCOMPARE(ok.json().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
        Run okB = login(m_dbB, QStringLiteral("bob"));
        QVERIFY2(okB.exitCode == 0, qPrintable(okB.err));
    }

    void killedMidReplayLosesNothingAndAppliesNothingTwice()
    {
        LedgerService ledger(*m_a);
        auto id = ledger.createPortfolio(kBook, QStringLiteral("USD"));
        REQUIRE_OK(id);
        std::vector<PortfolioTransaction> lines;
        for (int i = 0; i < kLines; ++i) {
            PortfolioTransaction t;
            t.time = 1'704'067'200'000LL + i * 86'400'000LL;
            t.type = QStringLiteral("deposit");
            t.amount = Decimal::fromRaw((100 + i) * 1'000'000LL);
            t.note = QStringLiteral("deposit %1").arg(i);
            lines.push_back(t);
        }
        REQUIRE_OK(ledger.add(*id, lines));
        Run share = run(m_dbA, {QStringLiteral("sync"), QStringLiteral("share"), QStringLiteral("portfolio"),
                                kBook, QStringLiteral("--json")});
        QVERIFY2(share.exitCode == 0, qPrintable(share.err));
        QCOMPARE(share.json().value(QStringLiteral("pending")).toInteger(), kLines + 1);

        // A slow push, killed with SIGKILL once part of the outbox is acknowledged.
        QProcess push;
        push.start(cli(), base(m_dbA) + QStringList{QStringLiteral("sync"), QStringLiteral("push"),
                                                    QStringLiteral("--rate"), QStringLiteral("60")});
        QVERIFY(push.waitForStarted(kWait));
        QVERIFY(QTest::qWaitFor(
            [&] { return pending(*m_a) < kLines - 100 || push.state() == QProcess::NotRunning; }, kWait));
        QCOMPARE(push.state(), QProcess::Running);
        push.kill();
        QVERIFY(push.waitForFinished(kWait));
        const qint64 left = pending(*m_a);
        qInfo("killed with %lld of %d items waiting", static_cast<long long>(left), kLines + 1);
        QVERIFY(left > 0 && left < kLines);

        Run again = run(m_dbA, {QStringLiteral("sync"), QStringLiteral("push"), QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(again.json().value(QStringLiteral("pending")).toInteger(), 0);
        QCOMPARE(again.json().value(QStringLiteral("conflicts")).toInteger(), 0);
        QCOMPARE(pending(*m_a), 0);

        Run pull = run(m_dbB, {QStringLiteral("sync"), QStringLiteral("pull"), QStringLiteral("--json")});
        QVERIFY2(pull.exitCode == 0, qPrintable(pull.err));
        // Every line arrives once: B's ledger is A's, line for line, and B
        // applies exactly one event per line and the portfolio. A put in
        // flight at the kill is sent again after the restart; the server
        // acknowledges it at the revision it already has (docs/protocol.md,
        // put) instead of storing it again, so nothing is applied twice.
        QCOMPARE(pull.json().value(QStringLiteral("applied")).toInteger(), kLines + 1);
        QCOMPARE(ledgerOf(*m_b, kBook).size(), std::size_t(kLines));
        QCOMPARE(ledgerOf(*m_b, kBook), ledgerOf(*m_a, kBook));
        // Pulling again applies nothing: every event is already here.
        Run twice = run(m_dbB, {QStringLiteral("sync"), QStringLiteral("pull"), QStringLiteral("--json")});
        QCOMPARE(twice.json().value(QStringLiteral("applied")).toInteger(), 0);
    }

    void conflictsAreListedAndResolved()
    {
        auto editNote = [](const Workspace &w, int index, const QString &note) -> Result<void> {
            LedgerService l(w);
            auto p = l.portfolioByName(kBook);
            if (!p)
                return p.error();
            auto lines = l.transactions(p->id);
            if (!lines)
                return lines.error();
            PortfolioTransaction t = lines->at(index);
            t.note = note;
            return l.update(t);
        };
        REQUIRE_OK(editNote(*m_b, 7, QStringLiteral("bob was here")));
        Run pushB = run(m_dbB, {QStringLiteral("sync"), QStringLiteral("push"), QStringLiteral("--json")});
        QVERIFY2(pushB.exitCode == 0, qPrintable(pushB.err));
        REQUIRE_OK(editNote(*m_a, 7, QStringLiteral("alice was here")));
        Run pushA = run(m_dbA, {QStringLiteral("sync"), QStringLiteral("push"), QStringLiteral("--json")});
        QVERIFY2(pushA.exitCode == 0, qPrintable(pushA.err));
        QCOMPARE(pushA.json().value(QStringLiteral("conflicts")).toInteger(), 1);

        Run list =
            run(m_dbA, {QStringLiteral("sync"), QStringLiteral("conflicts"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.array().size(), 1);
        const QJsonObject c = list.array().first().toObject();
        QCOMPARE(c.value(QStringLiteral("mine")).toObject().value(QStringLiteral("note")).toString(),
                 QStringLiteral("alice was here"));
        QCOMPARE(c.value(QStringLiteral("theirs")).toObject().value(QStringLiteral("note")).toString(),
                 QStringLiteral("bob was here"));
        Run text = run(m_dbA, {QStringLiteral("sync"), QStringLiteral("conflicts")});
        QVERIFY(text.out.contains(QLatin1String("alice was here")) &&
                text.out.contains(QLatin1String("bob was here")));

        Run bad = run(m_dbA, {QStringLiteral("sync"), QStringLiteral("resolve"), QStringLiteral("999999"),
                              QStringLiteral("--mine")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QLatin1String("no sync conflict 999999")), qPrintable(bad.err));
        Run resolve = run(m_dbA, {QStringLiteral("sync"), QStringLiteral("resolve"),
                                  QString::number(c.value(QStringLiteral("id")).toInteger()),
                                  QStringLiteral("--mine")});
        QVERIFY2(resolve.exitCode == 0, qPrintable(resolve.err));
        Run push = run(m_dbA, {QStringLiteral("sync"), QStringLiteral("push"), QStringLiteral("--json")});
        QVERIFY2(push.exitCode == 0, qPrintable(push.err));
        QCOMPARE(push.json().value(QStringLiteral("conflicts")).toInteger(), 0);
        Run pull = run(m_dbB, {QStringLiteral("sync"), QStringLiteral("pull"), QStringLiteral("--json")});
        QVERIFY2(pull.exitCode == 0, qPrintable(pull.err));
        QCOMPARE(ledgerOf(*m_b, kBook), ledgerOf(*m_a, kBook));

        Run status = run(m_dbA, {QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(status.json().value(QStringLiteral("pending")).toInteger(), 0);
        QCOMPARE(status.json().value(QStringLiteral("conflicts")).toInteger(), 0);
        QCOMPARE(status.json().value(QStringLiteral("shared")).toArray().size(), 1);
    }

    void watchlistsAndRunsAreSharedFromTheCli()
    {
        // Both databases hold the sample instruments (a watchlist member is one).
        REQUIRE_OK(SampleData(*m_a).load());
        REQUIRE_OK(SampleData(*m_b).load());
        BacktestRun saved;
        saved.name = QStringLiteral("CLI run");
        saved.strategy = QStringLiteral("sma_cross");
        saved.params = QStringLiteral("{\"fast\":5,\"slow\":20}");
        saved.results = QStringLiteral("{\"metrics\":{\"trades\":12}}");
        auto runId = RunService(*m_a).save(saved);
        REQUIRE_OK(runId);
        const QString list = QString::fromLatin1(SampleData::kWatchlistName);

        Run both = run(m_dbA, {QStringLiteral("sync"), QStringLiteral("share"), QStringLiteral("--watchlist"),
                               list, QStringLiteral("--run"), QString::number(*runId)});
        QCOMPARE(both.exitCode, 2);
        QVERIFY2(both.err.contains(QLatin1String("one at a time")), qPrintable(both.err));
        Run notAnId = run(m_dbA, {QStringLiteral("sync"), QStringLiteral("share"), QStringLiteral("--run"),
                                  QStringLiteral("x1")});
        QCOMPARE(notAnId.exitCode, 2);
        QVERIFY2(notAnId.err.contains(QLatin1String("'x1'")), qPrintable(notAnId.err));
        Run missing = run(m_dbA, {QStringLiteral("sync"), QStringLiteral("share"),
                                  QStringLiteral("--watchlist"), QStringLiteral("Nope")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QLatin1String("no watchlist named 'Nope'")), qPrintable(missing.err));

        Run shareList = run(m_dbA, {QStringLiteral("sync"), QStringLiteral("share"),
                                    QStringLiteral("--watchlist"), list, QStringLiteral("--json")});
        QVERIFY2(shareList.exitCode == 0, qPrintable(shareList.err));
        QVERIFY(
            shareList.json().value(QStringLiteral("entity_id")).toString().startsWith(QLatin1String("wl-")));
        Run shareRun = run(m_dbA, {QStringLiteral("sync"), QStringLiteral("share"), QStringLiteral("run"),
                                   QString::number(*runId)});
        QVERIFY2(shareRun.exitCode == 0, qPrintable(shareRun.err));
        QVERIFY2(shareRun.out.contains(QLatin1String("shared run 'CLI run'")), qPrintable(shareRun.out));
        Run again =
            run(m_dbA, {QStringLiteral("sync"), QStringLiteral("share"), QStringLiteral("watchlist"), list});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("already shared")), qPrintable(again.err));

        Run push = run(m_dbA, {QStringLiteral("sync"), QStringLiteral("push"), QStringLiteral("--json")});
        QVERIFY2(push.exitCode == 0, qPrintable(push.err));
        QCOMPARE(push.json().value(QStringLiteral("sent")).toInteger(), 2);
        Run pull = run(m_dbB, {QStringLiteral("sync"), QStringLiteral("pull"), QStringLiteral("--json")});
        QVERIFY2(pull.exitCode == 0, qPrintable(pull.err));
        QCOMPARE(pull.json().value(QStringLiteral("applied")).toInteger(), 2);
        QStringList symbolsA, symbolsB;
        const auto listsA = WatchlistService(*m_a).list();
        const auto listsB = WatchlistService(*m_b).list();
        REQUIRE_OK(listsA);
        REQUIRE_OK(listsB);
        for (const Watchlist &w : *listsA)
            if (w.name == list)
                symbolsA = w.symbols;
        for (const Watchlist &w : *listsB)
            if (w.name == list + QStringLiteral(" (team)"))
                symbolsB = w.symbols;
        QVERIFY(!symbolsA.isEmpty());
        QCOMPARE(symbolsB, symbolsA);
        bool runArrived = false;
        const auto runsB = RunService(*m_b).list();
        REQUIRE_OK(runsB);
        for (const BacktestRun &r : *runsB)
            if (r.name == QLatin1String("CLI run"))
                runArrived = RunService(*m_b).load(r.id)->results.contains(QLatin1String("\"trades\":12"));
        QVERIFY(runArrived);
        Run status = run(m_dbA, {QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.json().value(QStringLiteral("shared")).toArray().size(), 3);

        // A note from B on its copy of the list reaches A's list.
        Run note = run(m_dbB, {QStringLiteral("sync"), QStringLiteral("note"), QStringLiteral("add"),
                               QStringLiteral("--watchlist"), list + QStringLiteral(" (team)"),
                               QStringLiteral("Add NVDA?")});
        QVERIFY2(note.exitCode == 0, qPrintable(note.err));
        Run unshared = run(m_dbB, {QStringLiteral("sync"), QStringLiteral("note"), QStringLiteral("add"),
                                   QStringLiteral("--watchlist"), list, QStringLiteral("private")});
        QCOMPARE(unshared.exitCode, 1);
        QVERIFY2(unshared.err.contains(QLatin1String("share this watchlist first")),
                 qPrintable(unshared.err));
        Run pushB = run(m_dbB, {QStringLiteral("sync"), QStringLiteral("push"), QStringLiteral("--json")});
        QVERIFY2(pushB.exitCode == 0, qPrintable(pushB.err));
        Run pullA = run(m_dbA, {QStringLiteral("sync"), QStringLiteral("pull"), QStringLiteral("--json")});
        QVERIFY2(pullA.exitCode == 0, qPrintable(pullA.err));
        Run notes = run(m_dbA, {QStringLiteral("sync"), QStringLiteral("note"), QStringLiteral("list"),
                                QStringLiteral("--watchlist"), list, QStringLiteral("--json")});
        QVERIFY2(notes.exitCode == 0, qPrintable(notes.err));
        QCOMPARE(notes.array().size(), 1);
        QCOMPARE(notes.array().first().toObject().value(QStringLiteral("author")).toString(),
                 QStringLiteral("bob"));
        QCOMPARE(notes.array().first().toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Add NVDA?"));
    }

    void noTokenInAnyFileOrOutputAndLogoutDeletesIt()
    {
        QStringList secrets{kTeamPassword};
        for (const QString &user : {QStringLiteral("alice"), QStringLiteral("bob")}) {
            auto stored = SecretStore().getBlocking(sync::SyncClient::tokenKey(m_server.url(), user));
            REQUIRE_OK(stored);
            const QJsonObject t = QJsonDocument::fromJson(stored->toUtf8()).object();
            secrets << t.value(QStringLiteral("access_token")).toString()
                    << t.value(QStringLiteral("refresh_token")).toString();
        }
        for (const QString &sub : {QStringLiteral("a"), QStringLiteral("b")}) {
            QDirIterator it(m_dir.filePath(sub), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray bytes = f.readAll();
                for (const QString &s : secrets)
                    QVERIFY2(!bytes.contains(s.toUtf8()), qPrintable(f.fileName()));
            }
        }
        for (const QString &output : m_outputs)
            for (const QString &s : secrets)
                QVERIFY(!output.contains(s));

        Run out = run(m_dbA, {QStringLiteral("sync"), QStringLiteral("logout"), QStringLiteral("--json")});
        QVERIFY2(out.exitCode == 0, qPrintable(out.err));
        auto gone =
            SecretStore().getBlocking(sync::SyncClient::tokenKey(m_server.url(), QStringLiteral("alice")));
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
        Run push = run(m_dbA, {QStringLiteral("sync"), QStringLiteral("push")});
        QCOMPARE(push.exitCode, 1);
        QVERIFY2(push.err.contains(QLatin1String("sync login")), qPrintable(push.err));
    }
};

QTEST_GUILESS_MAIN(TstSyncCli)
#include "tst_synccli.moc"
