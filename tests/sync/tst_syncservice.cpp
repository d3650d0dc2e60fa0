// The local side of team sync without a network (SyncJournal, SyncService,
// SyncRepository), on SQLite and, as tst_syncservice_postgres, on the
// `postgres` fixture's server: outbox rows commit with the change or not at
// all, remote events apply through the guarded ledger write without echoing,
// acks, conflicts and their resolution.
#include "core/storage/Database.h"
#include "core/workspace/LedgerService.h"
#include "core/workspace/NoteService.h"
#include "core/workspace/RunService.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/SyncService.h"
#include "core/workspace/SyncSettings.h"
#include "core/workspace/WatchlistService.h"
#include "core/workspace/Workspace.h"
#include "tests/testutils/TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

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

    qint64 sampleWatchlist() const
    {
        auto lists = WatchlistService(*m_ws).list();
        if (lists)
            for (const Watchlist &w : lists.value())
                if (w.name == QLatin1String(SampleData::kWatchlistName))
                    return w.id;
        return 0;
    }

    BacktestRun aRun(const QString &name) const
    {
        BacktestRun run;
        run.name = name;
        run.strategy = QStringLiteral("sma_cross");
        run.createdAt = 1'700'000'000'000;
        run.params = QStringLiteral("{\"fast\":10,\"slow\":30}");
        run.inputs = QStringLiteral("{\"symbol\":\"AAPL\",\"interval\":\"1d\"}");
        run.results = QStringLiteral("{\"metrics\":{\"cagr\":\"0.12\"},\"equity\":[1,2,3]}");
        return run;
    }

    // Changes announced on the workspace's hub while `work` runs.
    ChangeSet announcedBy(const std::function<void()> &work)
    {
        ChangeSet seen;
        auto c = QObject::connect(&m_ws->changes(), &ChangeHub::changed,
                                  [&](const ChangeSet &changes) { seen += changes; });
        work();
        QObject::disconnect(c);
        return seen;
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

    void aSharedWatchlistQueuesEveryEditInItsTransaction()
    {
        const qint64 list = sampleWatchlist();
        QVERIFY(list > 0);
        WatchlistService lists(*m_ws);
        // Not shared: edits queue nothing.
        REQUIRE_OK(lists.removeSymbol(list, QStringLiteral("IBM")));
        QCOMPARE(pending(), 0);
        auto id = sync().shareWatchlist(list, kWs);
        REQUIRE_OK(id);
        QVERIFY(id->startsWith(QLatin1String("wl-")));
        SyncOutgoing put = only();
        QCOMPARE(put.entity, QStringLiteral("watchlist"));
        QCOMPARE(put.data.value(QStringLiteral("name")).toString(),
                 QString::fromLatin1(SampleData::kWatchlistName));
        QCOMPARE(put.data.value(QStringLiteral("symbols")).toArray().first().toString(),
                 QStringLiteral("AAPL"));
        QVERIFY(!put.data.value(QStringLiteral("symbols")).toArray().contains(QStringLiteral("IBM")));
        auto again = sync().shareWatchlist(list, kWs);
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
        QVERIFY(QString::fromStdString(again.error().message).contains(kWs));
        auto item = sync().sharedItem(QStringLiteral("watchlist"), list);
        REQUIRE_OK(item);
        QVERIFY(item->has_value());
        QCOMPARE((*item)->entityId, *id);
        ackAll(10);

        // Each edit through WatchlistService: one outbox row with the whole list.
        REQUIRE_OK(lists.addSymbol(list, QStringLiteral("ibm")));
        SyncOutgoing added = only();
        QCOMPARE(added.baseRev, 10);
        QCOMPARE(added.data.value(QStringLiteral("symbols")).toArray().last().toString(),
                 QStringLiteral("IBM"));
        REQUIRE_OK(
            lists.reorder(list, {QStringLiteral("IBM"), QStringLiteral("AAPL"), QStringLiteral("MSFT"),
                                 QStringLiteral("AMZN"), QStringLiteral("GOOG"), QStringLiteral("^GSPC")}));
        REQUIRE_OK(lists.rename(list, QStringLiteral("Tech")));
        SyncOutgoing coalesced = only();
        QCOMPARE(coalesced.data.value(QStringLiteral("name")).toString(), QStringLiteral("Tech"));
        QCOMPARE(coalesced.data.value(QStringLiteral("symbols")).toArray().first().toString(),
                 QStringLiteral("IBM"));
        // A refused edit (a symbol not stored) leaves the row as it was.
        QVERIFY(!lists.addSymbol(list, QStringLiteral("NOPE")));
        QCOMPARE(only().edit, coalesced.edit);
        ackAll(11);
        REQUIRE_OK(lists.remove(list));
        SyncOutgoing removed = only();
        QVERIFY(removed.remove);
        QCOMPARE(removed.entityId, *id);
        QCOMPARE(removed.baseRev, 11);
        auto shared = sync().shared(kWs);
        REQUIRE_OK(shared);
        QCOMPARE(shared->size(), std::size_t(0)); // a tombstone until acknowledged
        ackAll(12);
    }

    void remoteWatchlistsApplyThroughTheServiceAndDoNotEcho()
    {
        QJsonObject data{
            {QStringLiteral("name"), QString::fromLatin1(SampleData::kWatchlistName)},
            {QStringLiteral("symbols"), QJsonArray{QStringLiteral("MSFT"), QStringLiteral("aapl")}}};
        SyncRemoteEvent e{kWs,
                          QStringLiteral("watchlist"),
                          QStringLiteral("wl-remote-1"),
                          50,
                          false,
                          data,
                          QStringLiteral("bob"),
                          0};
        int applied = -1;
        const ChangeSet changes = announcedBy([&] { applied = sync().applyRemote({e}).valueOr(-1); });
        QCOMPARE(applied, 1);
        QVERIFY(touches(changes, {Change::Entity::Watchlist}));
        QCOMPARE(pending(), 0);
        // The local list of the same name stays; the team's gets a suffix.
        auto lists = WatchlistService(*m_ws).list();
        REQUIRE_OK(lists);
        QCOMPARE(lists->size(), std::size_t(2));
        const QString teamName = QString::fromLatin1(SampleData::kWatchlistName) + QStringLiteral(" (team)");
        qint64 id = 0;
        for (const Watchlist &w : lists.value())
            if (w.name == teamName) {
                id = w.id;
                QCOMPARE(w.symbols, (QStringList{QStringLiteral("MSFT"), QStringLiteral("AAPL")}));
            }
        QVERIFY(id > 0);
        QCOMPARE(sync().applyRemote({e}).valueOr(-1), 0); // already here

        e.rev = 51;
        e.data.insert(QStringLiteral("symbols"),
                      QJsonArray{QStringLiteral("GOOG"), QStringLiteral("AAPL"), QStringLiteral("MSFT")});
        e.data.insert(QStringLiteral("name"), QStringLiteral("Team picks"));
        QCOMPARE(sync().applyRemote({e}).valueOr(-1), 1);
        auto changed = WatchlistService(*m_ws).find(id);
        REQUIRE_OK(changed);
        QCOMPARE(changed->name, QStringLiteral("Team picks"));
        QCOMPARE(changed->symbols,
                 (QStringList{QStringLiteral("GOOG"), QStringLiteral("AAPL"), QStringLiteral("MSFT")}));
        QCOMPARE(pending(), 0);

        // A symbol this database does not hold: a conflict naming it, nothing half-applied.
        e.rev = 52;
        e.data.insert(QStringLiteral("symbols"), QJsonArray{QStringLiteral("AAPL"), QStringLiteral("ZZZZ")});
        QCOMPARE(sync().applyRemote({e}).valueOr(-1), 0);
        auto conflicts = sync().conflicts();
        REQUIRE_OK(conflicts);
        QCOMPARE(conflicts->size(), std::size_t(1));
        QVERIFY2(
            conflicts->front().reason.contains(QLatin1String("instrument 'ZZZZ' is not in this database")),
            qPrintable(conflicts->front().reason));
        QCOMPARE(conflicts->front().mine->value(QStringLiteral("name")).toString(),
                 QStringLiteral("Team picks"));
        QCOMPARE(WatchlistService(*m_ws).find(id)->symbols.size(), 3);
        REQUIRE_OK(sync().resolve(conflicts->front().id, SyncService::Resolution::KeepMine));
        QCOMPARE(only().baseRev, 52);
        QCOMPARE(only().data.value(QStringLiteral("symbols")).toArray().size(), 3);
        ackAll(53);

        // Deleted on the server: gone here too, announced.
        SyncRemoteEvent gone{kWs,
                             QStringLiteral("watchlist"),
                             QStringLiteral("wl-remote-1"),
                             60,
                             true,
                             {},
                             QStringLiteral("bob"),
                             0};
        QCOMPARE(sync().applyRemote({gone}).valueOr(-1), 1);
        QCOMPARE(WatchlistService(*m_ws).find(id).error().code, ErrorCode::NotFound);
        QCOMPARE(pending(), 0);
    }

    void aSharedRunTravelsWholeAndItsRenameFollows()
    {
        RunService runs(*m_ws);
        auto local = runs.save(aRun(QStringLiteral("SMA 10/30")));
        REQUIRE_OK(local);
        QCOMPARE(pending(), 0);
        REQUIRE_OK(runs.rename(*local, QStringLiteral("SMA 10/30 (AAPL)")));
        QCOMPARE(pending(), 0);
        auto id = sync().shareRun(*local, kWs);
        REQUIRE_OK(id);
        QVERIFY(id->startsWith(QLatin1String("run-")));
        SyncOutgoing put = only();
        QCOMPARE(put.entity, QStringLiteral("backtest_run"));
        QCOMPARE(put.data.value(QStringLiteral("name")).toString(), QStringLiteral("SMA 10/30 (AAPL)"));
        QCOMPARE(put.data.value(QStringLiteral("params")).toObject().value(QStringLiteral("slow")).toInt(),
                 30);
        QCOMPARE(put.data.value(QStringLiteral("results"))
                     .toObject()
                     .value(QStringLiteral("equity"))
                     .toArray()
                     .size(),
                 3);
        QCOMPARE(sync().shareRun(987654, kWs).error().code, ErrorCode::NotFound);
        ackAll(20);
        REQUIRE_OK(runs.rename(*local, QStringLiteral("Keeper")));
        QCOMPARE(only().data.value(QStringLiteral("name")).toString(), QStringLiteral("Keeper"));
        ackAll(21);
        REQUIRE_OK(runs.remove(*local));
        QVERIFY(only().remove);
        ackAll(22);

        // The same run arriving from the team: saved here whole, then renamed, then removed.
        SyncRemoteEvent e{kWs,
                          QStringLiteral("backtest_run"),
                          QStringLiteral("run-remote-1"),
                          70,
                          false,
                          put.data,
                          QStringLiteral("bob"),
                          0};
        QCOMPARE(sync().applyRemote({e}).valueOr(-1), 1);
        auto all = runs.list();
        REQUIRE_OK(all);
        QCOMPARE(all->size(), std::size_t(1));
        auto arrived = runs.load(all->front().id);
        REQUIRE_OK(arrived);
        QCOMPARE(arrived->name, QStringLiteral("SMA 10/30 (AAPL)"));
        QCOMPARE(arrived->createdAt, 1'700'000'000'000);
        QCOMPARE(QJsonDocument::fromJson(arrived->results.toUtf8()),
                 QJsonDocument::fromJson(aRun({}).results.toUtf8()));
        QCOMPARE(pending(), 0);
        e.rev = 71;
        e.data.insert(QStringLiteral("name"), QStringLiteral("Bob's keeper"));
        QCOMPARE(sync().applyRemote({e}).valueOr(-1), 1);
        QCOMPARE(runs.load(arrived->id)->name, QStringLiteral("Bob's keeper"));
        // A remote run without a strategy is refused by name and kept as a conflict.
        SyncRemoteEvent bad{kWs,
                            QStringLiteral("backtest_run"),
                            QStringLiteral("run-remote-2"),
                            72,
                            false,
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("broken")}},
                            QStringLiteral("bob"),
                            0};
        QCOMPARE(sync().applyRemote({bad}).valueOr(-1), 0);
        QVERIFY(sync().conflicts()->front().reason.contains(QLatin1String("field 'strategy' is empty")));
        SyncRemoteEvent gone{kWs,
                             QStringLiteral("backtest_run"),
                             QStringLiteral("run-remote-1"),
                             73,
                             true,
                             {},
                             QStringLiteral("bob"),
                             0};
        QCOMPARE(sync().applyRemote({gone}).valueOr(-1), 1);
        QCOMPARE(runs.list()->size(), std::size_t(0));
        QCOMPARE(pending(), 0);
    }

    void keepBothTakesTheirsAndAddsMineAsANewSharedLine()
    {
        REQUIRE_OK(sync().sharePortfolio(m_portfolio, kWs));
        ackAll(1);
        const std::size_t before = lines().size();
        PortfolioTransaction first = lines().at(0);
        first.note = QStringLiteral("mine");
        REQUIRE_OK(LedgerService(*m_ws).update(first));
        const SyncOutgoing sent = only();
        QJsonObject theirs = sent.data;
        theirs.insert(QStringLiteral("note"), QStringLiteral("theirs"));
        REQUIRE_OK(sync().conflicted(sent, 500, theirs));
        auto conflicts = sync().conflicts();
        REQUIRE_OK(conflicts);
        QCOMPARE(conflicts->size(), std::size_t(1));
        QVERIFY(SyncService::canKeepBoth(conflicts->front()));
        REQUIRE_OK(sync().resolve(conflicts->front().id, SyncService::Resolution::KeepBoth));
        QCOMPARE(sync().conflicts()->size(), std::size_t(0));
        const auto after = lines();
        QCOMPARE(after.size(), before + 1);
        int mine = 0, theirsSeen = 0;
        for (const PortfolioTransaction &t : after) {
            mine += t.note == QLatin1String("mine") ? 1 : 0;
            theirsSeen += t.note == QLatin1String("theirs") ? 1 : 0;
        }
        QCOMPARE(mine, 1);
        QCOMPARE(theirsSeen, 1);
        // Theirs is what the old entity holds (no send); mine goes out as a new line.
        const SyncOutgoing added = only();
        QVERIFY(added.entityId != sent.entityId);
        QCOMPARE(added.baseRev, 0);
        QCOMPARE(added.data.value(QStringLiteral("note")).toString(), QStringLiteral("mine"));
        QCOMPARE(added.data.value(QStringLiteral("portfolio")), sent.data.value(QStringLiteral("portfolio")));

        // Not for a version that is gone on one side.
        SyncRemoteEvent e{kWs,
                          QStringLiteral("transaction"),
                          QStringLiteral("tx-unknown-portfolio"),
                          600,
                          false,
                          QJsonObject{{QStringLiteral("portfolio"), QStringLiteral("pf-elsewhere")},
                                      {QStringLiteral("time"), qint64(1'700'000'000'000)},
                                      {QStringLiteral("type"), QStringLiteral("deposit")},
                                      {QStringLiteral("amount"), QStringLiteral("5")}},
                          QStringLiteral("bob"),
                          0};
        REQUIRE_OK(sync().applyRemote({e}));
        conflicts = sync().conflicts();
        QCOMPARE(conflicts->size(), std::size_t(1));
        QVERIFY(!SyncService::canKeepBoth(conflicts->front()));
        auto refused = sync().resolve(conflicts->front().id, SyncService::Resolution::KeepBoth);
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
        QVERIFY(QString::fromStdString(refused.error().message).contains(QLatin1String("cannot keep both")));
        QCOMPARE(sync().conflicts()->size(), std::size_t(1));
    }

    void notesAreOnSharedItemsSignedAndSyncedBothWays()
    {
        NoteService notes(*m_ws);
        // No team user yet: the error says how to sign in.
        auto unsigned_ = notes.add(QStringLiteral("portfolio"), m_portfolio, QStringLiteral("hello"));
        QVERIFY(!unsigned_);
        QVERIFY(QString::fromStdString(unsigned_.error().message).contains(QLatin1String("sign in")));
        REQUIRE_OK(writeSyncConnection(
            *m_ws, SyncConnection{
                       QStringLiteral("wss://team.example:8765"), QStringLiteral("alice"), kWs, {}, false}));
        // Not shared: refused with what to do.
        auto unshared = notes.add(QStringLiteral("portfolio"), m_portfolio, QStringLiteral("hello"));
        QVERIFY(!unshared);
        QVERIFY(
            QString::fromStdString(unshared.error().message).contains(QLatin1String("share this portfolio")));
        QCOMPARE(notes.add(QStringLiteral("transaction"), 1, QStringLiteral("x")).error().code,
                 ErrorCode::InvalidArgument);
        auto pf = sync().sharePortfolio(m_portfolio, kWs);
        REQUIRE_OK(pf);
        ackAll(1);
        QCOMPARE(notes.add(QStringLiteral("portfolio"), m_portfolio, QStringLiteral("   ")).error().field,
                 std::string("text"));
        QCOMPARE(notes
                     .add(QStringLiteral("portfolio"), m_portfolio,
                          QString(NoteService::kMaxText + 1, QLatin1Char('x')))
                     .error()
                     .field,
                 std::string("text"));

        qint64 noteId = 0;
        const ChangeSet added = announcedBy([&] {
            auto id =
                notes.add(QStringLiteral("portfolio"), m_portfolio, QStringLiteral("  Rebalance in March  "));
            QVERIFY(id.ok());
            noteId = id.valueOr(0);
        });
        QVERIFY(noteId > 0);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.front().entity, Change::Entity::Portfolio);
        QCOMPARE(added.front().id, m_portfolio);
        QCOMPARE(added.front().detail, QStringLiteral("note"));
        SyncOutgoing put = only();
        QCOMPARE(put.entity, QStringLiteral("note"));
        QVERIFY(put.entityId.startsWith(QLatin1String("note-")));
        QCOMPARE(put.data.value(QStringLiteral("target")).toString(), *pf);
        QCOMPARE(put.data.value(QStringLiteral("author")).toString(), QStringLiteral("alice"));
        QCOMPARE(put.data.value(QStringLiteral("text")).toString(), QStringLiteral("Rebalance in March"));
        REQUIRE_OK(notes.edit(noteId, QStringLiteral("Rebalance in April")));
        QCOMPARE(only().data.value(QStringLiteral("text")).toString(), QStringLiteral("Rebalance in April"));
        ackAll(2);

        // bob's note arrives: listed with its author, not sent back, not editable here.
        SyncRemoteEvent bobs{kWs,
                             QStringLiteral("note"),
                             QStringLiteral("note-bob-1"),
                             3,
                             false,
                             QJsonObject{{QStringLiteral("target_entity"), QStringLiteral("portfolio")},
                                         {QStringLiteral("target"), *pf},
                                         {QStringLiteral("author"), QStringLiteral("bob")},
                                         {QStringLiteral("text"), QStringLiteral("Agreed")},
                                         {QStringLiteral("created_at"), qint64(4'000'000'000'000)},
                                         {QStringLiteral("updated_at"), qint64(4'000'000'000'000)}},
                             QStringLiteral("bob"),
                             4'000'000'000'000};
        int applied = -1;
        const ChangeSet arrived = announcedBy([&] { applied = sync().applyRemote({bobs}).valueOr(-1); });
        QCOMPARE(applied, 1);
        QVERIFY(touches(arrived, {Change::Entity::Portfolio}));
        QCOMPARE(pending(), 0);
        auto list = notes.notesOn(QStringLiteral("portfolio"), m_portfolio);
        REQUIRE_OK(list);
        QCOMPARE(list->size(), std::size_t(2));
        QCOMPARE(list->at(0).author, QStringLiteral("alice"));
        QCOMPARE(list->at(0).text, QStringLiteral("Rebalance in April"));
        QCOMPARE(list->at(1).author, QStringLiteral("bob"));
        auto notMine = notes.edit(list->at(1).id, QStringLiteral("hijacked"));
        QCOMPARE(notMine.error().code, ErrorCode::AccessDenied);
        QVERIFY(QString::fromStdString(notMine.error().message).contains(QLatin1String("bob")));
        bobs.rev = 4;
        bobs.data.insert(QStringLiteral("text"), QStringLiteral("Agreed, April"));
        QCOMPARE(sync().applyRemote({bobs}).valueOr(-1), 1);
        QCOMPARE(notes.notesOn(QStringLiteral("portfolio"), m_portfolio)->at(1).text,
                 QStringLiteral("Agreed, April"));

        // A note on an item this database does not share: a conflict with the reason.
        SyncRemoteEvent stray = bobs;
        stray.entityId = QStringLiteral("note-bob-2");
        stray.rev = 5;
        stray.data.insert(QStringLiteral("target"), QStringLiteral("wl-not-here"));
        QCOMPARE(sync().applyRemote({stray}).valueOr(-1), 0);
        QVERIFY(sync().conflicts()->front().reason.contains(QLatin1String("is not shared here")));

        // Both edited alice's note: keep both = theirs in place, mine as a new note.
        REQUIRE_OK(notes.edit(noteId, QStringLiteral("mine: May")));
        QCOMPARE(pending(), 1);
        const SyncOutgoing sent = only();
        QCOMPARE(sent.entity, QStringLiteral("note"));
        QJsonObject theirs = sent.data;
        theirs.insert(QStringLiteral("text"), QStringLiteral("theirs: June"));
        REQUIRE_OK(sync().conflicted(sent, 9, theirs));
        qint64 conflictId = 0;
        const auto all = sync().conflicts();
        REQUIRE_OK(all);
        for (const SyncConflictInfo &c : *all)
            if (c.entityId == sent.entityId) {
                QVERIFY2(SyncService::canKeepBoth(c),
                         qPrintable(c.entity + QStringLiteral(" mine:") +
                                    QString::number(c.mine.has_value()) + QStringLiteral(" theirs:") +
                                    QString::number(c.theirs.has_value())));
                conflictId = c.id;
            }
        REQUIRE_OK(sync().resolve(conflictId, SyncService::Resolution::KeepBoth));
        QStringList texts;
        const auto after = notes.notesOn(QStringLiteral("portfolio"), m_portfolio);
        REQUIRE_OK(after);
        for (const TeamNote &n : *after)
            texts << n.text;
        QVERIFY2(texts.contains(QStringLiteral("theirs: June")) &&
                     texts.contains(QStringLiteral("mine: May")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        QCOMPARE(texts.size(), 3);
        const SyncOutgoing copy = only();
        QVERIFY(copy.entityId != sent.entityId);
        QCOMPARE(copy.data.value(QStringLiteral("text")).toString(), QStringLiteral("mine: May"));
        QCOMPARE(copy.baseRev, 0);
    }
};

QTEST_GUILESS_MAIN(TstSyncService)
#include "tst_syncservice.moc"
