// Team sync speed (docs/performance.md, "Team sync"): catch-up of 10,000
// remote events into a fresh local SQLite database, and replay of 1,000
// outbox items, both against the team server in this process over wss on
// loopback. Needs a keychain (the tokens live there):
//   dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets;
//   build/benchmarks/bench_sync'
// Also records the longest pause of this (main) thread's event loop during
// each run: the server runs on a thread of its own and the client's work on
// its worker thread, so this thread stands for the GUI thread.
#include "core/secrets/SecretStore.h"
#include "core/workspace/LedgerService.h"
#include "core/workspace/SyncService.h"
#include "tests/benchmarks/benchutils/Bench.h"
#include "tests/sync/SyncTestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace sn;
using namespace sn::test;

namespace {

constexpr int kEvents = 10000;
constexpr int kOutbox = 1000;
const QString kService = QStringLiteral("SuperNova-bench-sync");

// Spins the event loop until `done` or `timeoutMs`; returns the longest gap
// between two ticks of a 2 ms timer on this thread meanwhile.
double spinUntil(const std::function<bool()> &done, int timeoutMs, bool *ok)
{
    QEventLoop loop;
    QElapsedTimer total, gap;
    total.start();
    gap.start();
    double worst = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        worst = std::max(worst, gap.nsecsElapsed() / 1e6);
        gap.restart();
        if (done() || total.elapsed() > timeoutMs)
            loop.quit();
    });
    tick.start(2);
    loop.exec();
    *ok = done();
    return worst;
}

std::unique_ptr<Workspace> freshWorkspace(const QString &path)
{
    auto ws = Workspace::open(QStringLiteral("sqlite://") + path);
    if (!ws) {
        std::fprintf(stderr, "%s\n", ws.error().toString().c_str());
        return nullptr;
    }
    return std::move(ws).value();
}

Analyst analyst(const QString &user, const QString &dir, TeamServer &server, int index)
{
    Analyst a;
    a.user = user;
    a.dir = dir;
    a.workspace = freshWorkspace(dir + QStringLiteral("/%1-%2.sqlite").arg(user).arg(index));
    auto o = a.options(server, kService);
    o.messagesPerSecond = 1e6;
    o.messageBurst = 1e6;
    o.window = 500;
    o.outboxPollMs = 50;
    a.client = std::make_unique<sync::SyncClient>(*a.workspace, o);
    return a;
}

bool login(Analyst &a)
{
    bool in = false;
    QObject::connect(a.client.get(), &sync::SyncClient::loggedIn, [&](const QString &) { in = true; });
    a.client->login(kTeamPassword);
    bool ok = false;
    spinUntil([&] { return in && a.client->state() == sync::SyncState::Online; }, 60000, &ok);
    return ok;
}

qint64 shareLedger(Analyst &a, const QString &name, int lines)
{
    LedgerService ledger(*a.workspace);
    auto id = ledger.createPortfolio(name, QStringLiteral("USD"));
    std::vector<PortfolioTransaction> rows;
    for (int i = 0; i < lines; ++i) {
        PortfolioTransaction t;
        t.time = 946'684'800'000LL + i * 3'600'000LL;
        t.type = QStringLiteral("deposit");
        t.amount = Decimal::fromRaw((1 + i % 1000) * 1'000'000LL);
        t.note = QStringLiteral("line %1").arg(i);
        rows.push_back(t);
    }
    if (!id || !ledger.add(*id, rows) || !SyncService(*a.workspace).sharePortfolio(*id, kTeam))
        return -1;
    return SyncService(*a.workspace).pendingCount().valueOr(-1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    TeamServer server;
    QString why;
    // The server gets its own thread, so the main thread's event loop stands
    // for a GUI thread: only the SyncClient's controller lives on it.
    QThread serverThread;
    QObject serverContext;
    serverContext.moveToThread(&serverThread);
    serverThread.start();
    bool started = false;
    if (server.setUp(dir.path(), &why))
        QMetaObject::invokeMethod(
            &serverContext, [&] { started = server.start(); }, Qt::BlockingQueuedConnection);
    if (!started) {
        std::fprintf(stderr, "cannot start the team server: %s\n", qPrintable(why));
        serverThread.quit();
        serverThread.wait();
        return 1;
    }
    auto stopServer = [&] {
        QMetaObject::invokeMethod(
            &serverContext, [&] { server.stop(); }, Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
    };
    std::printf("machine: %s\n", bench::machineDescription().c_str());
    // --local-only: only the local apply (no server traffic), for profiling.
    const bool localOnly = app.arguments().contains(QStringLiteral("--local-only"));
    bool allOk = true;

    // The local half alone: the same 10,000 events applied by SyncService
    // to a fresh database, no network (how the catch-up time splits).
    {
        std::vector<SyncRemoteEvent> events;
        events.push_back({kTeam, QStringLiteral("portfolio"), QStringLiteral("pf-bench"), 1, false,
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("Local book")},
                                      {QStringLiteral("currency"), QStringLiteral("USD")}},
                          QStringLiteral("alice"), 0});
        for (int i = 0; i < kEvents - 1; ++i)
            events.push_back({kTeam, QStringLiteral("transaction"), QStringLiteral("tx-%1").arg(i), i + 2,
                              false,
                              QJsonObject{{QStringLiteral("portfolio"), QStringLiteral("pf-bench")},
                                          {QStringLiteral("time"), 946'684'800'000LL + i * 3'600'000LL},
                                          {QStringLiteral("type"), QStringLiteral("deposit")},
                                          {QStringLiteral("amount"), QStringLiteral("%1").arg(1 + i % 1000)},
                                          {QStringLiteral("currency"), QStringLiteral("USD")}},
                              QStringLiteral("alice"), 0});
        std::vector<double> local;
        for (int run = 1; run <= 3; ++run) {
            auto ws = freshWorkspace(dir.path() + QStringLiteral("/local-%1.sqlite").arg(run));
            QElapsedTimer clock;
            clock.start();
            // In the sync.batch sizes the client applies (runs of 5,000).
            int applied = 0;
            for (std::size_t from = 0; from < events.size(); from += 5000) {
                std::vector<SyncRemoteEvent> part(events.begin() + from,
                                                  events.begin() + std::min(events.size(), from + 5000));
                applied += SyncService(*ws).applyRemote(part).valueOr(0);
            }
            local.push_back(clock.nsecsElapsed() / 1e6);
            if (applied != kEvents)
                std::fprintf(stderr, "local apply: %d of %d applied\n", applied, kEvents);
        }
        std::sort(local.begin(), local.end());
        std::printf("local apply of 10,000 events (no network): best %.0f ms, median %.0f ms\n",
                    local.front(), local[local.size() / 2]);
    }
    if (localOnly) {
        stopServer();
        return 0;
    }

    // The events: a writer shares a 10,000-line ledger.
    Analyst writer = analyst(QStringLiteral("alice"), dir.path(), server, 0);
    if (!login(writer)) {
        std::fprintf(stderr, "alice cannot sign in\n");
        stopServer();
        return 1;
    }
    const qint64 queued = shareLedger(writer, QStringLiteral("Big book"), kEvents - 1);
    bool ok = false;
    QElapsedTimer t;
    t.start();
    spinUntil([&] { return SyncService(*writer.workspace).pendingCount().valueOr(-1) == 0; }, 300000, &ok);
    std::printf("seeding: %lld events pushed in %.0f ms\n", static_cast<long long>(queued),
                double(t.elapsed()));

    // Catch-up: a reader with a fresh database each run, signed in once.
    std::vector<double> catchUp, catchUpStall;
    Analyst first = analyst(QStringLiteral("bob"), dir.path(), server, 0);
    if (!login(first)) {
        std::fprintf(stderr, "bob cannot sign in\n");
        stopServer();
        return 1;
    }
    first.client->stop();
    for (int run = 1; run <= 5; ++run) {
        Analyst reader = analyst(QStringLiteral("bob"), dir.path(), server, run);
        qint64 caughtUp = -1;
        QObject::connect(reader.client.get(), &sync::SyncClient::caughtUp,
                         [&](qint64 rev) { caughtUp = rev; });
        QElapsedTimer clock;
        clock.start();
        reader.client->start();
        const double stall = spinUntil([&] { return caughtUp >= 0; }, 120000, &ok);
        const double ms = clock.nsecsElapsed() / 1e6;
        const std::size_t lines = ledgerOf(*reader.workspace, QStringLiteral("Big book")).size();
        reader.client->stop();
        if (!ok || lines != std::size_t(kEvents - 1)) {
            std::fprintf(stderr, "catch-up run %d: %zu lines\n", run, lines);
            allOk = false;
            continue;
        }
        catchUp.push_back(ms);
        catchUpStall.push_back(stall);
    }

    // Replay: a writer with 1,000 waiting items (a fresh portfolio each run).
    std::vector<double> replay, replayStall;
    for (int run = 1; run <= 5; ++run) {
        Analyst w = analyst(QStringLiteral("alice"), dir.path(), server, 100 + run);
        w.client->stop();
        const qint64 waiting = shareLedger(w, QStringLiteral("Replay book %1").arg(run), kOutbox - 1);
        if (waiting != kOutbox) {
            std::fprintf(stderr, "replay run %d: %lld queued\n", run, static_cast<long long>(waiting));
            allOk = false;
            continue;
        }
        bool online = false;
        QElapsedTimer fromOnline;
        QObject::connect(w.client.get(), &sync::SyncClient::caughtUp, [&](qint64) {
            online = true;
            fromOnline.start();
        });
        QElapsedTimer clock;
        clock.start();
        w.client->start();
        const double stall = spinUntil(
            [&] { return online && SyncService(*w.workspace).pendingCount().valueOr(-1) == 0; }, 120000, &ok);
        const double total = clock.nsecsElapsed() / 1e6;
        const double sinceOnline = fromOnline.nsecsElapsed() / 1e6;
        w.client->stop();
        if (!ok) {
            allOk = false;
            continue;
        }
        std::printf("replay run %d: %.0f ms from start (%.0f ms after catching up)\n", run, total,
                    sinceOnline);
        // A fresh database catches up the whole workspace first (measured
        // above); the replay is what follows.
        replay.push_back(sinceOnline);
        replayStall.push_back(stall);
    }
    SecretStore(kService)
        .removeBlocking(sync::SyncClient::tokenKey(server.url(), QStringLiteral("alice")))
        .ok();
    SecretStore(kService)
        .removeBlocking(sync::SyncClient::tokenKey(server.url(), QStringLiteral("bob")))
        .ok();

    auto summary = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        bench::Timing t;
        t.runs = static_cast<int>(v.size());
        if (!v.empty()) {
            t.bestMs = v.front();
            t.medianMs = v[v.size() / 2];
        }
        return t;
    };
    allOk &= bench::report("catch-up of 10,000 remote events (connect, auth, sync, apply)", summary(catchUp),
                           2000);
    allOk &=
        bench::report("replay of 1,000 outbox items (after catching up: send, ack)", summary(replay), 2000);
    const bench::Timing cs = summary(catchUpStall), rs = summary(replayStall);
    std::printf("longest main-thread pause: catch-up %.1f ms (median %.1f), replay %.1f ms (median %.1f)\n",
                cs.bestMs, cs.medianMs, rs.bestMs, rs.medianMs);
    stopServer();
    return allOk ? 0 : 1;
}
