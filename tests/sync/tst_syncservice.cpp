// The local side of team sync without a network (SyncJournal, SyncService,
// SyncRepository), on SQLite and, as tst_syncservice_postgres, on the
// `postgres` fixture's server: outbox rows commit with the change or not at
// all, remote events apply through the guarded ledger write without echoing,
// acks, conflicts and their resolution.
#include "core/storage/Database.h"
#include "core/workspace/LedgerService.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/SyncService.h"
#include "core/workspace/Workspace.h"
#include "tests/testutils/TestPaths.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;

namespace {

#define REQUIRE_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto &r_ = (expr);                                                                             \
        QVERIFY2(r_.ok(), r_.ok() ? "" : r_.error().toString().c_str());                                     \
    } while (false)

const QString kWs = QStringLiteral("Research");

} // namespace

class TstSyncService : public QObject
{
    Q_OBJECT

    bool m_postgres = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_portfolio = 0;
    QString m_portfolioEntity;

    std::vector<PortfolioTransaction> lines() const
    {
        auto l = LedgerService(*m_ws).transactions(m_portfolio);
        return l ? l.value() : std::vector<PortfolioTransaction>{};
    }
    SyncService sync() const { return SyncService(*m_ws); }
    qint64 pending() const { return sync().pendingCount().valueOr(-1); }

    // Everything waiting acknowledged at consecutive revisions from `rev`.
    void ackAll(qint64 rev)
    {
        auto items = sync().outgoing(0, 100000);
        QVERIFY(items.ok());
        for (const SyncOutgoing &o : items.value())
            QVERIFY(sync().acknowledged(o, rev++).ok());
        QCOMPARE(pending(), 0);
    }

    SyncOutgoing only()
    {
        auto items = sync().outgoing(0, 10);
        return items && items->size() == 1 ? items->front() : SyncOutgoing{};
    }

private slots:
    void initTestCase()
    {
        m_postgres = qEnvironmentVariable("SUPERNOVA_TEST_ENGINE") == QLatin1String("postgresql");
        if (m_postgres)
            QVERIFY2(!test::postgresUrl().isEmpty(), "SUPERNOVA_TEST_PG_URL is not set: run through ctest");
        qInfo("engine: %s", m_postgres ? "postgresql" : "sqlite");
    }

    void init()
    {
        m_ws.reset();
        QString url;
        if (m_postgres) {
            url = test::postgresUrl();
            auto db = Database::open(url);
            REQUIRE_OK(db);
            QSqlQuery q(*(*db)->connection());
            QVERIFY(q.exec(QStringLiteral("DROP SCHEMA public CASCADE")));
            QVERIFY(q.exec(QStringLiteral("CREATE SCHEMA public")));
        } else {
            m_dir = std::make_unique<QTemporaryDir>();
            url = QStringLiteral("sqlite://") + m_dir->path() + QStringLiteral("/sync.sqlite");
        }
        auto ws = Workspace::open(url);
        REQUIRE_OK(ws);
        m_ws = std::move(ws).value();
        REQUIRE_OK(SampleData(*m_ws).load());
        auto p = LedgerService(*m_ws).portfolioByName(QString::fromLatin1(SampleData::kPortfolioName));
        REQUIRE_OK(p);
        m_portfolio = p->id;
    }

    void cleanupTestCase()
    {
        if (m_postgres && m_ws) {
            m_ws.reset();
            auto db = Database::open(test::postgresUrl());
            if (db) {
                QSqlQuery q(*(*db)->connection());
                q.exec(QStringLiteral("DROP SCHEMA public CASCADE"));
                q.exec(QStringLiteral("CREATE SCHEMA public"));
            }
        }
    }

    void aChangeToAnUnsharedPortfolioQueuesNothing()
    {
        PortfolioTransaction t = lines().front();
        t.note = QStringLiteral("private");
        REQUIRE_OK(LedgerService(*m_ws).update(t));
        QCOMPARE(pending(), 0);
    }

    void sharingQueuesThePortfolioThenEveryLine()
    {
        auto id = sync().sharePortfolio(m_portfolio, kWs);
        REQUIRE_OK(id);
        QVERIFY(id->startsWith(QLatin1String("pf-")));
        const auto ledger = lines();
        QCOMPARE(pending(), qint64(ledger.size() + 1));
        auto items = sync().outgoing(0, 1000);
        REQUIRE_OK(items);
        QCOMPARE(items->front().entity, QStringLiteral("portfolio"));
        QCOMPARE(items->front().data.value(QStringLiteral("name")).toString(),
                 QString::fromLatin1(SampleData::kPortfolioName));
        bool sawSymbol = false;
        for (std::size_t i = 1; i < items->size(); ++i) {
            const SyncOutgoing &o = items->at(i);
            QCOMPARE(o.entity, QStringLiteral("transaction"));
            QCOMPARE(o.baseRev, 0);
            QCOMPARE(o.data.value(QStringLiteral("portfolio")).toString(), *id);
            QVERIFY(o.seq > items->at(i - 1).seq);
            sawSymbol |= o.data.value(QStringLiteral("symbol")).toString() == QLatin1String("AAPL");
        }
        QVERIFY(sawSymbol);
        auto twice = sync().sharePortfolio(m_portfolio, QStringLiteral("Other"));
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, ErrorCode::AlreadyExists);
    }

    void aRefusedLedgerChangeLeavesNoOutboxRow()
    {
        REQUIRE_OK(sync().sharePortfolio(m_portfolio, kWs));
        ackAll(1);
        PortfolioTransaction sell;
        for (const PortfolioTransaction &l : lines())
            if (l.type == QLatin1String("sell"))
                sell = l;
        QVERIFY(sell.id != 0);
        sell.quantity = Decimal::fromRaw(1'000'000'000'000LL); // far beyond the holding
        QVERIFY(!LedgerService(*m_ws).update(sell));
        QCOMPARE(pending(), 0);
    }

    void editsCoalesceAndAnOldAckKeepsTheNewerEdit()
    {
        REQUIRE_OK(sync().sharePortfolio(m_portfolio, kWs));
        ackAll(1);
        PortfolioTransaction t = lines().front();
        t.note = QStringLiteral("first");
        REQUIRE_OK(LedgerService(*m_ws).update(t));
        const SyncOutgoing sent = only();
        QCOMPARE(sent.data.value(QStringLiteral("note")).toString(), QStringLiteral("first"));
        QVERIFY(sent.baseRev > 0);
        t.note = QStringLiteral("second");
        REQUIRE_OK(LedgerService(*m_ws).update(t));
        QCOMPARE(pending(), 1);
        // The ack of "first" arrives after "second" was written.
        REQUIRE_OK(sync().acknowledged(sent, 500));
        const SyncOutgoing next = only();
        QCOMPARE(next.data.value(QStringLiteral("note")).toString(), QStringLiteral("second"));
        QCOMPARE(next.baseRev, 500);
        REQUIRE_OK(sync().acknowledged(next, 501));
        QCOMPARE(pending(), 0);
    }

    void aLostAckIsRecognisedByItsData()
    {
        REQUIRE_OK(sync().sharePortfolio(m_portfolio, kWs));
        ackAll(1);
        PortfolioTransaction t = lines().front();
        t.note = QStringLiteral("sent, ack lost");
        REQUIRE_OK(LedgerService(*m_ws).update(t));
        const SyncOutgoing sent = only();
        REQUIRE_OK(sync().markSent({sent}));
        // The connection drops before the ack; a newer edit is made offline.
        t.note = QStringLiteral("newer");
        REQUIRE_OK(LedgerService(*m_ws).update(t));
        // Catch-up shows the server took the first send at rev 700: not a
        // conflict, the newer edit goes out on top of it.
        SyncRemoteEvent echo{kWs,   sent.entity, sent.entityId,           700,
                             false, sent.data,   QStringLiteral("alice"), 0};
        QCOMPARE(sync().applyRemote({echo}).valueOr(-1), 0);
        QCOMPARE(lines().front().note, QStringLiteral("newer"));
        SyncOutgoing next = only();
        QCOMPARE(next.baseRev, 700);
        QCOMPARE(next.data.value(QStringLiteral("note")).toString(), QStringLiteral("newer"));
        // The same through a conflict answer (the event was not in the
        // catch-up): sent at 700, lost again, answered with the server's copy.
        REQUIRE_OK(sync().markSent({next}));
        t.note = QStringLiteral("newest");
        REQUIRE_OK(LedgerService(*m_ws).update(t));
        SyncOutgoing newest = only();
        REQUIRE_OK(sync().conflicted(newest, 701, next.data));
        QCOMPARE(sync().conflicts()->size(), std::size_t(0));
        QCOMPARE(only().baseRev, 701);
        // A genuinely different server copy is still a conflict.
        QJsonObject other = next.data;
        other.insert(QStringLiteral("note"), QStringLiteral("someone else"));
        REQUIRE_OK(sync().conflicted(only(), 702, other));
        QCOMPARE(sync().conflicts()->size(), std::size_t(1));
    }

    void aDeleteWaitsForItsAckWithTheRevisionItIsBasedOn()
    {
        REQUIRE_OK(sync().sharePortfolio(m_portfolio, kWs));
        ackAll(10);
        // The last line (a deposit or a dividend) can go without breaking the ledger.
        const PortfolioTransaction last = lines().back();
        REQUIRE_OK(LedgerService(*m_ws).remove(m_portfolio, {last.id}));
        const SyncOutgoing del = only();
        QVERIFY(del.remove);
        QVERIFY(del.baseRev >= 10);
        REQUIRE_OK(sync().acknowledged(del, 100));
        QCOMPARE(pending(), 0);
    }

    void remoteLinesApplyThroughTheLedgerAndDoNotEcho()
    {
        auto pfId = sync().sharePortfolio(m_portfolio, kWs);
        REQUIRE_OK(pfId);
        ackAll(1);
        const std::size_t before = lines().size();
        QSignalSpy announced(&m_ws->changes(), &ChangeHub::changed);
        SyncRemoteEvent e{kWs,
                          QStringLiteral("transaction"),
                          QStringLiteral("tx-remote-1"),
                          1000,
                          false,
                          QJsonObject{{QStringLiteral("portfolio"), *pfId},
                                      {QStringLiteral("time"), qint64(1'546'300'800'000LL)},
                                      {QStringLiteral("type"), QStringLiteral("deposit")},
                                      {QStringLiteral("amount"), QStringLiteral("1234.5")},
                                      {QStringLiteral("currency"), QStringLiteral("USD")},
                                      {QStringLiteral("note"), QStringLiteral("from bob")}},
                          QStringLiteral("bob"),
                          0};
        auto applied = sync().applyRemote({e});
        REQUIRE_OK(applied);
        QCOMPARE(*applied, 1);
        QCOMPARE(lines().size(), before + 1);
        QCOMPARE(pending(), 0);
        QVERIFY(!announced.isEmpty());
        // The same event again (a replayed batch, our echo): nothing.
        QCOMPARE(sync().applyRemote({e}).valueOr(-1), 0);
        QCOMPARE(lines().size(), before + 1);
        // A newer version updates the same line.
        e.rev = 1001;
        e.data.insert(QStringLiteral("note"), QStringLiteral("from bob, edited"));
        QCOMPARE(sync().applyRemote({e}).valueOr(-1), 1);
        QCOMPARE(lines().size(), before + 1);
        bool edited = false;
        for (const PortfolioTransaction &l : lines())
            edited |= l.note == QLatin1String("from bob, edited");
        QVERIFY(edited);
        // And a deletion removes it.
        e.rev = 1002;
        e.deleted = true;
        e.data = {};
        QCOMPARE(sync().applyRemote({e}).valueOr(-1), 1);
        QCOMPARE(lines().size(), before);
        QCOMPARE(pending(), 0);
    }

    void aRemoteChangeThatCannotApplyIsKeptAsAConflict()
    {
        auto pfId = sync().sharePortfolio(m_portfolio, kWs);
        REQUIRE_OK(pfId);
        ackAll(1);
        const std::size_t before = lines().size();
        SyncRemoteEvent e{kWs,
                          QStringLiteral("transaction"),
                          QStringLiteral("tx-nope"),
                          2000,
                          false,
                          QJsonObject{{QStringLiteral("portfolio"), *pfId},
                                      {QStringLiteral("time"), qint64(1'546'300'800'000LL)},
                                      {QStringLiteral("type"), QStringLiteral("buy")},
                                      {QStringLiteral("symbol"), QStringLiteral("NOPE")},
                                      {QStringLiteral("quantity"), QStringLiteral("1")},
                                      {QStringLiteral("price"), QStringLiteral("10")},
                                      {QStringLiteral("currency"), QStringLiteral("USD")}},
                          QStringLiteral("bob"),
                          0};
        REQUIRE_OK(sync().applyRemote({e}));
        QCOMPARE(lines().size(), before);
        auto conflicts = sync().conflicts();
        REQUIRE_OK(conflicts);
        QCOMPARE(conflicts->size(), std::size_t(1));
        QVERIFY2(
            conflicts->front().reason.contains(QLatin1String("instrument 'NOPE' is not in this database")),
            qPrintable(conflicts->front().reason));
        QVERIFY(conflicts->front().theirs.has_value());
        QVERIFY(!conflicts->front().mine.has_value());
    }

    void conflictsKeepBothVersionsUntilResolved()
    {
        REQUIRE_OK(sync().sharePortfolio(m_portfolio, kWs));
        ackAll(1);
        auto ledger = lines();
        // Line 0: a replay of data the server already has counts as an ack.
        PortfolioTransaction a = ledger.at(0);
        a.note = QStringLiteral("same on both");
        REQUIRE_OK(LedgerService(*m_ws).update(a));
        SyncOutgoing sentA = only();
        REQUIRE_OK(sync().conflicted(sentA, 300, sentA.data));
        QCOMPARE(pending(), 0);
        QCOMPARE(sync().conflicts()->size(), std::size_t(0));

        // Line 1: both changed: kept as a conflict, theirs applied on request.
        PortfolioTransaction b = ledger.at(1);
        b.note = QStringLiteral("mine");
        REQUIRE_OK(LedgerService(*m_ws).update(b));
        SyncOutgoing sentB = only();
        QJsonObject theirs = sentB.data;
        theirs.insert(QStringLiteral("note"), QStringLiteral("theirs"));
        REQUIRE_OK(sync().conflicted(sentB, 301, theirs));
        QCOMPARE(pending(), 0);
        auto conflicts = sync().conflicts();
        REQUIRE_OK(conflicts);
        QCOMPARE(conflicts->size(), std::size_t(1));
        QCOMPARE(conflicts->front().mine->value(QStringLiteral("note")).toString(), QStringLiteral("mine"));
        QCOMPARE(conflicts->front().theirs->value(QStringLiteral("note")).toString(),
                 QStringLiteral("theirs"));
        // A remote event on it while unresolved updates "theirs", the line stays mine.
        SyncRemoteEvent later{kWs,   sentB.entity, sentB.entityId,        305,
                              false, theirs,       QStringLiteral("bob"), 0};
        later.data.insert(QStringLiteral("note"), QStringLiteral("theirs, later"));
        QCOMPARE(sync().applyRemote({later}).valueOr(-1), 0);
        conflicts = sync().conflicts();
        QCOMPARE(conflicts->front().serverRev, 305);
        QCOMPARE(lines().at(1).note, QStringLiteral("mine"));
        REQUIRE_OK(sync().resolve(conflicts->front().id, SyncService::Resolution::TakeTheirs));
        QCOMPARE(lines().at(1).note, QStringLiteral("theirs, later"));
        QCOMPARE(pending(), 0);
        QCOMPARE(sync().conflicts()->size(), std::size_t(0));

        // Line 2: keep mine: queued on top of the server's revision.
        PortfolioTransaction c = ledger.at(2);
        c.note = QStringLiteral("keep me");
        REQUIRE_OK(LedgerService(*m_ws).update(c));
        SyncOutgoing sentC = only();
        QJsonObject other = sentC.data;
        other.insert(QStringLiteral("note"), QStringLiteral("not me"));
        REQUIRE_OK(sync().conflicted(sentC, 400, other));
        REQUIRE_OK(sync().resolve(sync().conflicts()->front().id, SyncService::Resolution::KeepMine));
        const SyncOutgoing again = only();
        QCOMPARE(again.baseRev, 400);
        QCOMPARE(again.data.value(QStringLiteral("note")).toString(), QStringLiteral("keep me"));
        QCOMPARE(sync().resolve(987654, SyncService::Resolution::KeepMine).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TstSyncService)
#include "tst_syncservice.moc"
