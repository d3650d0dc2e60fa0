// Team sync end to end: the real team server in this process (TLS on
// loopback with a generated certificate, pinned by the clients), three
// analysts with their own SQLite workspaces and SyncClients, tokens in a real
// keychain (Secret Service; run by ctest inside dbus-run-session with
// gnome-keyring, as installer/test.sh does).
#include "core/common/Log.h"
#include "core/secrets/SecretStore.h"
#include "core/workspace/LedgerService.h"
#include "core/workspace/SyncService.h"
#include "tests/sync/SyncTestSupport.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;
using namespace sn::test;
using sn::sync::SyncClient;
using sn::sync::SyncState;

namespace {

#define REQUIRE_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto &r_ = (expr);                                                                             \
        QVERIFY2(r_.ok(), r_.ok() ? "" : r_.error().toString().c_str());                                     \
    } while (false)

const QString kBook = QStringLiteral("Team book");
constexpr int kWait = 30000;
constexpr qint64 kDay = 86'400'000;
constexpr qint64 kStart = 1'704'067'200'000; // 2024-01-01

qint64 pending(const Workspace &w)
{
    return SyncService(w).pendingCount().valueOr(-1);
}

qint64 conflictCount(const Workspace &w)
{
    auto c = SyncService(w).conflicts();
    return c ? static_cast<qint64>(c->size()) : -1;
}

qint64 lineCount(const Workspace &w, const QString &portfolio)
{
    return static_cast<qint64>(ledgerOf(w, portfolio).size());
}

} // namespace

class TstSyncClient : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TeamServer m_server;
    QString m_service;
    Analyst m_a, m_b, m_c;
    QStringList m_problems;

    bool makeAnalyst(Analyst &who, const QString &user)
    {
        who.user = user;
        who.dir = m_dir.filePath(user);
        QDir().mkpath(who.dir);
        auto ws =
            Workspace::open(QStringLiteral("sqlite://") + who.dir + QStringLiteral("/supernova.sqlite"));
        if (!ws)
            return false;
        who.workspace = std::move(ws).value();
        who.client = std::make_unique<SyncClient>(*who.workspace, who.options(m_server, m_service));
        connect(who.client.get(), &SyncClient::problem, this,
                [this, user](const QString &code, const QString &m) {
                    m_problems << user + QStringLiteral(": ") + code + QStringLiteral(": ") + m;
                });
        return true;
    }

    bool online(const Analyst &who) const { return who.client->state() == SyncState::Online; }

    QStringList problemsOf(const QString &user, const QString &code) const
    {
        QStringList out;
        for (const QString &p : m_problems)
            if (p.startsWith(user + QStringLiteral(": ") + code))
                out << p;
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Everything the clients log goes to a file we search for tokens.
        log::setLevel(log::Level::Debug);
        QVERIFY(log::addRotatingFileSink(m_dir.filePath(QStringLiteral("logs/supernova.log")).toStdString()));
        m_service = QStringLiteral("SuperNova-synctest-%1").arg(QCoreApplication::applicationPid());
        QString why;
        QVERIFY2(m_server.setUp(m_dir.path(), &why), qPrintable(why));
        QVERIFY(m_server.start());
        QVERIFY(makeAnalyst(m_a, QStringLiteral("alice")));
        QVERIFY(makeAnalyst(m_b, QStringLiteral("bob")));
        QVERIFY(makeAnalyst(m_c, QStringLiteral("carol")));
        for (Analyst *who : {&m_a, &m_b, &m_c}) {
            QSignalSpy loggedIn(who->client.get(), &SyncClient::loggedIn);
            who->client->login(kTeamPassword);
            QVERIFY2(loggedIn.wait(kWait), qPrintable(m_problems.join(QLatin1Char('\n'))));
            QCOMPARE(loggedIn.first().first().toString(), who->user);
            QTRY_VERIFY_WITH_TIMEOUT(online(*who), kWait);
        }
        QCOMPARE(m_a.client->role(), QStringLiteral("admin"));
        QCOMPARE(m_c.client->role(), QStringLiteral("viewer"));
    }

    void cleanupTestCase()
    {
        for (Analyst *who : {&m_a, &m_b, &m_c}) {
            if (who->client) {
                SecretStore(m_service).removeBlocking(SyncClient::tokenKey(m_server.url(), who->user)).ok();
                who->client.reset();
            }
        }
        m_server.stop();
    }

    void aSharedPortfolioReachesB()
    {
        LedgerService ledger(*m_a.workspace);
        auto id = ledger.createPortfolio(kBook, QStringLiteral("USD"));
        REQUIRE_OK(id);
        std::vector<PortfolioTransaction> lines;
        for (int i = 0; i < 100; ++i) {
            PortfolioTransaction t;
            t.time = kStart + i * kDay;
            t.type = QStringLiteral("deposit");
            t.amount = Decimal::fromRaw((1000 + i) * 1'000'000LL);
            t.note = QStringLiteral("line %1").arg(i);
            lines.push_back(t);
        }
        REQUIRE_OK(ledger.add(*id, lines));
        // Not shared yet: nothing queued.
        QCOMPARE(pending(*m_a.workspace), 0);
        auto shared = SyncService(*m_a.workspace).sharePortfolio(*id, kTeam);
        REQUIRE_OK(shared);
        QCOMPARE(pending(*m_a.workspace), 101);
        // Sharing twice is refused with the workspace named.
        auto again = SyncService(*m_a.workspace).sharePortfolio(*id, kTeam);
        QVERIFY(!again);
        QVERIFY(QString::fromStdString(again.error().message).contains(kTeam));

        QTRY_COMPARE_WITH_TIMEOUT(pending(*m_a.workspace), 0, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(lineCount(*m_b.workspace, kBook), 100, kWait);
        QCOMPARE(ledgerOf(*m_b.workspace, kBook), ledgerOf(*m_a.workspace, kBook));
        // B applied remote events: none of them came back into B's outbox.
        QCOMPARE(pending(*m_b.workspace), 0);
        QTRY_COMPARE_WITH_TIMEOUT(lineCount(*m_c.workspace, kBook), 100, kWait);
    }

    void anEditOnAAppearsOnB()
    {
        LedgerService ledger(*m_a.workspace);
        auto p = ledger.portfolioByName(kBook);
        REQUIRE_OK(p);
        auto lines = ledger.transactions(p->id);
        REQUIRE_OK(lines);
        PortfolioTransaction t = lines->at(10);
        t.note = QStringLiteral("edited on A");
        QElapsedTimer clock;
        clock.start();
        REQUIRE_OK(ledger.update(t));
        auto seenOnB = [&] {
            for (const LineKey &k : ledgerOf(*m_b.workspace, kBook))
                if (k.note == QLatin1String("edited on A"))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(seenOnB(), kWait);
        // The 1 s target is a speed figure (docs/performance.md), not a
        // pass/fail limit on a shared CI machine; recorded here.
        qInfo("edit on A visible on B after %lld ms", static_cast<long long>(clock.elapsed()));
        QCOMPARE(ledgerOf(*m_b.workspace, kBook), ledgerOf(*m_a.workspace, kBook));
    }

    void offlineEditsMergeAndConflictsKeepBothVersions()
    {
        m_a.client->stop();
        QCOMPARE(m_a.client->state(), SyncState::Offline);
        LedgerService ledgerA(*m_a.workspace);
        auto pa = ledgerA.portfolioByName(kBook);
        REQUIRE_OK(pa);
        auto linesA = ledgerA.transactions(pa->id);
        REQUIRE_OK(linesA);
        QCOMPARE(linesA->size(), std::size_t(100));
        // A, offline, edits all 100 lines.
        for (PortfolioTransaction t : linesA.value()) {
            t.amount = Decimal::fromRaw(t.amount.raw() + 1'000'000);
            REQUIRE_OK(ledgerA.update(t));
        }
        QCOMPARE(pending(*m_a.workspace), 100);

        // Meanwhile B edits 5 of the same lines (the first five days).
        LedgerService ledgerB(*m_b.workspace);
        auto pb = ledgerB.portfolioByName(kBook);
        REQUIRE_OK(pb);
        auto linesB = ledgerB.transactions(pb->id);
        REQUIRE_OK(linesB);
        for (int i = 0; i < 5; ++i) {
            PortfolioTransaction t = linesB->at(i);
            t.note = QStringLiteral("bob's note %1").arg(i);
            REQUIRE_OK(ledgerB.update(t));
        }
        QTRY_COMPARE_WITH_TIMEOUT(pending(*m_b.workspace), 0, kWait);

        // A comes back: 95 merge, 5 conflict, none lost.
        m_a.client->start();
        QTRY_VERIFY_WITH_TIMEOUT(online(m_a), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(pending(*m_a.workspace), 0, kWait);
        QCOMPARE(conflictCount(*m_a.workspace), 5);
        QCOMPARE(conflictCount(*m_b.workspace), 0);
        auto conflicts = SyncService(*m_a.workspace).conflicts();
        REQUIRE_OK(conflicts);
        for (const SyncConflictInfo &c : conflicts.value()) {
            QCOMPARE(c.entity, QStringLiteral("transaction"));
            QVERIFY(c.mine && c.theirs);
            QVERIFY(
                c.theirs->value(QStringLiteral("note")).toString().startsWith(QLatin1String("bob's note")));
            QVERIFY(
                !c.mine->value(QStringLiteral("note")).toString().startsWith(QLatin1String("bob's note")));
            QVERIFY(c.mine->value(QStringLiteral("amount")) != c.theirs->value(QStringLiteral("amount")));
        }
        // B has A's 95 merged edits; its own 5 stand.
        auto bPlusOne = [&] {
            int raised = 0;
            const auto a = ledgerOf(*m_a.workspace, kBook);
            const auto b = ledgerOf(*m_b.workspace, kBook);
            for (const LineKey &k : b)
                for (const LineKey &m : a)
                    raised += k.time == m.time && k.amount == m.amount && k.note == m.note;
            return raised;
        };
        QTRY_COMPARE_WITH_TIMEOUT(bPlusOne(), 95, kWait);
        QCOMPARE(lineCount(*m_a.workspace, kBook), 100);
        QCOMPARE(lineCount(*m_b.workspace, kBook), 100);

        // Resolution: keep mine on three, take theirs on two.
        for (std::size_t i = 0; i < conflicts->size(); ++i)
            REQUIRE_OK(SyncService(*m_a.workspace)
                           .resolve(conflicts->at(i).id, i < 3 ? SyncService::Resolution::KeepMine
                                                               : SyncService::Resolution::TakeTheirs));
        QCOMPARE(conflictCount(*m_a.workspace), 0);
        QTRY_COMPARE_WITH_TIMEOUT(pending(*m_a.workspace), 0, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(ledgerOf(*m_b.workspace, kBook), ledgerOf(*m_a.workspace, kBook), kWait);
        int bobs = 0;
        for (const LineKey &k : ledgerOf(*m_a.workspace, kBook))
            bobs += k.note.startsWith(QLatin1String("bob's note"));
        QCOMPARE(bobs, 2);
        QCOMPARE(pending(*m_b.workspace), 0);
        QTRY_COMPARE_WITH_TIMEOUT(ledgerOf(*m_c.workspace, kBook), ledgerOf(*m_a.workspace, kBook), kWait);
    }

    void aViewersWriteIsRefusedAndSaysWhy()
    {
        LedgerService ledger(*m_c.workspace);
        auto id = ledger.createPortfolio(QStringLiteral("Carol's ideas"), QStringLiteral("USD"));
        REQUIRE_OK(id);
        REQUIRE_OK(SyncService(*m_c.workspace).sharePortfolio(*id, kTeam));
        QTRY_VERIFY_WITH_TIMEOUT(!problemsOf(QStringLiteral("carol"), QStringLiteral("forbidden")).isEmpty(),
                                 kWait);
        const QString said = problemsOf(QStringLiteral("carol"), QStringLiteral("forbidden")).first();
        QVERIFY2(said.contains(QLatin1String("does not allow writing")), qPrintable(said));
        // Nothing is lost: the change stays queued, with the reason.
        auto waiting = SyncService(*m_c.workspace).outgoing(0, 10);
        REQUIRE_OK(waiting);
        QCOMPARE(waiting->size(), std::size_t(1));
        QVERIFY(waiting->front().lastError.contains(QLatin1String("does not allow writing")));
        // And nobody else got it.
        QTest::qWait(300);
        QCOMPARE(lineCount(*m_a.workspace, QStringLiteral("Carol's ideas")), 0);
        QVERIFY(!LedgerService(*m_a.workspace).portfolioByName(QStringLiteral("Carol's ideas")));
    }

    void bothClientsResumeAfterAServerRestart()
    {
        QVERIFY(online(m_a) && online(m_b));
        m_server.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!online(m_a) && !online(m_b), kWait);
        // An edit while the server is down waits in A's outbox.
        LedgerService ledger(*m_a.workspace);
        auto p = ledger.portfolioByName(kBook);
        REQUIRE_OK(p);
        auto lines = ledger.transactions(p->id);
        REQUIRE_OK(lines);
        PortfolioTransaction t = lines->at(50);
        t.note = QStringLiteral("written while the server was down");
        REQUIRE_OK(ledger.update(t));
        QCOMPARE(pending(*m_a.workspace), 1);
        QVERIFY(m_server.start());
        QTRY_VERIFY_WITH_TIMEOUT(online(m_a) && online(m_b), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(pending(*m_a.workspace), 0, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(ledgerOf(*m_b.workspace, kBook), ledgerOf(*m_a.workspace, kBook), kWait);
    }

    void anotherCertificateOrPlainWsIsRefused()
    {
        // A certificate that is not the pinned one: refused, with both named.
        auto o = m_b.options(m_server, m_service);
        o.pinnedSha256 = QString(o.pinnedSha256)
                             .replace(0, 2,
                                      o.pinnedSha256.startsWith(QLatin1String("00")) ? QStringLiteral("11")
                                                                                     : QStringLiteral("00"));
        SyncClient wrongPin(*m_b.workspace, o);
        QSignalSpy problems(&wrongPin, &SyncClient::problem);
        wrongPin.start();
        QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), kWait);
        QCOMPARE(problems.first().at(0).toString(), QStringLiteral("tls"));
        const QString said = problems.first().at(1).toString();
        QVERIFY2(said.contains(QLatin1String("not the pinned one")) && said.contains(m_server.fingerprint()),
                 qPrintable(said));
        // The state comes over from the worker thread in its own signal, which
        // may arrive after the problem's: wait for it rather than read it once.
        QTRY_COMPARE_WITH_TIMEOUT(wrongPin.state(), SyncState::Offline, kWait);
        wrongPin.stop();

        // ws:// only to loopback, and only when allowed.
        auto plain = m_b.options(m_server, m_service);
        plain.url = QUrl(QStringLiteral("ws://192.0.2.1:%1").arg(m_server.port()));
        plain.allowInsecureLoopback = true;
        SyncClient insecure(*m_b.workspace, plain);
        QSignalSpy refused(&insecure, &SyncClient::problem);
        insecure.start();
        QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), kWait);
        QCOMPARE(refused.first().at(0).toString(), QStringLiteral("tls"));
        QVERIFY(refused.first().at(1).toString().contains(QLatin1String("not encrypted")));
        insecure.stop();
    }

    void theTokenIsNeverInAFileOrALog()
    {
        log::flush();
        QStringList secrets{kTeamPassword};
        for (const Analyst *who : {&m_a, &m_b, &m_c}) {
            auto stored = SecretStore(m_service).getBlocking(SyncClient::tokenKey(m_server.url(), who->user));
            REQUIRE_OK(stored);
            const QJsonObject t = QJsonDocument::fromJson(stored->toUtf8()).object();
            QVERIFY(!t.value(QStringLiteral("access_token")).toString().isEmpty());
            QVERIFY(!t.value(QStringLiteral("refresh_token")).toString().isEmpty());
            secrets << t.value(QStringLiteral("access_token")).toString()
                    << t.value(QStringLiteral("refresh_token")).toString();
        }
        // Every client's data folder (database, WAL, journal) and the log.
        int files = 0;
        for (const QString &sub : {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"),
                                   QStringLiteral("logs")}) {
            QDirIterator it(m_dir.filePath(sub), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray bytes = f.readAll();
                ++files;
                for (const QString &s : secrets)
                    QVERIFY2(!bytes.contains(s.toUtf8()),
                             qPrintable(f.fileName() + QStringLiteral(" holds a secret")));
            }
        }
        QVERIFY(files >= 4);
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("logs/supernova.log"))).size() > 0);
    }

    void signingOutDeletesTheToken()
    {
        QSignalSpy out(m_c.client.get(), &SyncClient::signedOut);
        m_c.client->logout();
        QVERIFY(out.wait(kWait));
        auto stored =
            SecretStore(m_service).getBlocking(SyncClient::tokenKey(m_server.url(), QStringLiteral("carol")));
        QVERIFY(!stored);
        QCOMPARE(stored.error().code, ErrorCode::NotFound);
        // Starting again says to sign in.
        m_problems.clear();
        m_c.client->start();
        QTRY_VERIFY_WITH_TIMEOUT(!problemsOf(QStringLiteral("carol"), QStringLiteral("signed_out")).isEmpty(),
                                 kWait);
    }
};

QTEST_GUILESS_MAIN(TstSyncClient)
#include "tst_syncclient.moc"
