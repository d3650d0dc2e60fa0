// Load tool for supernova-server (issue 18's figures; results in
// docs/performance.md). It starts the real server binary as a child process on
// 127.0.0.1 with a fresh `init` folder, then opens many TLS WebSocket clients
// from this process, spread over worker threads: each thread runs its own
// event loop with its own QWebSocket clients, so one loop no longer polls every
// client socket on each pass (with 10,000 clients in one thread, half of the
// tool's CPU was poll() and the measured delay was mostly the client's). Every
// latency is taken against one monotonic clock (steady_clock) shared by the
// threads. Loopback only; every phase is bounded in count and time, and the
// tool stops by itself.
//
//   bench_server_load --server build/app/server/supernova-server
//       [--threads 8]                                      client threads
//       [--connections 10000] [--rounds 5]                 idle connections + fan-out
//       [--writers 1000 --rate 10 --seconds 300]           put load (0 writers: skip)
//       [--batch 50]                                       connections opened at a time
//       [--max-inflight 50]                                unanswered puts per writer before it skips
//                                                          a scheduled put (bounds memory when the
//                                                          server falls behind; skips are reported)
//       [--database postgresql://...]                      default: SQLite in the init folder
//       [--insecure 1]                                     ws:// instead of wss:// (to separate TLS's share)
//       [--url wss://127.0.0.1:N --ca cert.pem --password P] a running deployment (e.g. nginx in front of
//                                                          two instances, bench_scaleout.sh) instead of a
//                                                          child server; deliveries are split by whether
//                                                          the subscriber's instance is the writer's
#include "core/sync/Messages.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <sys/resource.h>
#include <vector>

namespace msg = sn::sync::msg;

namespace {

using Ns = qint64;

// The one clock every thread stamps with (monotonic, process-wide).
Ns nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

struct Options
{
    QString server;
    QString database;
    int threads = 8;
    int connections = 10000;
    int rounds = 5;
    int writers = 0;
    double rate = 10;
    int seconds = 60;
    int maxInflight = 50;
    int batch = 50;        // connections opened at a time
    bool insecure = false; // ws:// on loopback, to separate TLS's share
    QString url;           // external deployment (loopback only)
    QString ca;
    QString password;
};

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

double rssKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toDouble();
    return -1;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t i = std::min(v.size() - 1, static_cast<std::size_t>(p * double(v.size() - 1) + 0.5));
    return v[i];
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

class Client
{
public:
    Client(const QSslConfiguration &ssl, std::function<void(Client &, const sn::sync::Frame &)> onFrame)
        : m_onFrame(std::move(onFrame))
    {
        ws.setSslConfiguration(ssl);
        QObject::connect(&ws, &QWebSocket::textMessageReceived, &ws, [this](const QString &text) {
            sn::sync::Limits generous;
            generous.maxFrameBytes = 64 << 20;
            const auto r = sn::sync::decode(text.toUtf8(), generous);
            if (r.ok())
                m_onFrame(*this, *r.frame);
            else
                ++invalid;
        });
    }
    void send(const sn::sync::Frame &f) { ws.sendTextMessage(QString::fromUtf8(f.encode())); }

    QWebSocket ws;
    bool closed = false;
    bool authenticated = false;
    bool subscribed = false;
    QString server; // the instance that answered hello (welcome.server)
    int invalid = 0;
    int index = 0;

private:
    std::function<void(Client &, const sn::sync::Frame &)> m_onFrame;
};

// State the threads share: counters as atomics; the probe a round waits for.
struct Shared
{
    QSslConfiguration ssl;
    QUrl url;
    QString token;
    QString writerServer; // set before the first probe round, read after (ordered by probeRound)

    std::atomic<int> subscribed{0};
    std::atomic<int> failed{0}; // closed or errored before subscribing

    std::atomic<int> probeRound{-1};
    std::atomic<Ns> probeSentNs{0};
    std::atomic<int> probeReceived{0};

    std::atomic<int> writersReady{0};
    std::atomic<qint64> sent{0}, skipped{0}, acked{0}, errors{0}, conflicts{0};
};

// One client thread: its own event loop and its own sockets. Everything of a
// worker is touched only from its thread; results are copied out with a
// blocking call once the phase is over.
class Worker : public QObject
{
public:
    explicit Worker(Shared &shared) : m_shared(shared) {}

    // Subscribers: hello, auth, subscribe Team; then they wait for probes.
    void openSubscribers(int firstIndex, int count)
    {
        for (int i = 0; i < count; ++i)
            open(firstIndex + i, false);
    }

    void openWriters(const std::vector<int> &indexes)
    {
        for (const int i : indexes)
            open(i, true);
    }

    // Each writer sends `rate` puts a second from startNs for durationMs,
    // spread over the second by its index.
    void startPuts(Ns startNs, qint64 durationMs, double rate, int totalWriters, int maxInflight)
    {
        m_perWriter.assign(m_writers.size(), 0);
        m_inflight.assign(m_writers.size(), 0);
        m_tick = new QTimer(this);
        m_tick->setInterval(10);
        QObject::connect(m_tick, &QTimer::timeout, this, [=, this] {
            const qint64 elapsedMs = (nowNs() - startNs) / 1000000;
            if (elapsedMs >= durationMs) {
                m_tick->stop();
                return;
            }
            for (std::size_t w = 0; w < m_writers.size(); ++w) {
                Client &c = *m_writers[w];
                const qint64 due =
                    qint64(double(elapsedMs + (1000 * c.index) / totalWriters) * rate / 1000.0);
                while (m_perWriter[w] < due) {
                    const qint64 n = m_perWriter[w]++;
                    if (m_inflight[w] >= maxInflight) {
                        m_shared.skipped.fetch_add(1);
                        continue;
                    }
                    const auto f =
                        msg::put(QStringLiteral("Team"), QStringLiteral("note"),
                                 QStringLiteral("w%1-%2").arg(c.index).arg(n), 0, {{QStringLiteral("v"), n}});
                    m_sentAt.insert(f.id(), {nowNs(), int(w)});
                    ++m_inflight[w];
                    c.send(f);
                    m_shared.sent.fetch_add(1);
                }
            }
        });
        m_tick->start();
    }

    void closeAll()
    {
        // Their disconnects are no failures to count.
        for (const auto &c : m_clients)
            c->ws.disconnect();
        for (const auto &c : m_writers)
            c->ws.disconnect();
        m_clients.clear();
        m_writers.clear();
    }

    std::vector<double> fanoutMs, crossMs, sameMs, ackMs;
    QHash<QString, int> perServer;

    void collectServers()
    {
        perServer.clear();
        for (const auto &c : m_clients)
            if (c->subscribed && !c->closed)
                ++perServer[c->server];
    }
    int openSubscribed() const
    {
        int n = 0;
        for (const auto &c : m_clients)
            n += c->subscribed && !c->closed ? 1 : 0;
        return n;
    }

private:
    void open(int index, bool writer)
    {
        auto c = std::make_unique<Client>(
            m_shared.ssl, [this, writer](Client &cl, const sn::sync::Frame &f) { onFrame(cl, f, writer); });
        c->index = index;
        Client *raw = c.get();
        QObject::connect(&raw->ws, &QWebSocket::connected, &raw->ws, [this, raw] {
            raw->send(msg::hello({1}, QStringLiteral("bench")));
            raw->send(msg::auth(m_shared.token));
        });
        // A subscriber that ends before it subscribed settles its batch as
        // failed; a writer that ends shows as unanswered puts.
        auto gone = [this, raw, writer] {
            if (raw->closed)
                return;
            raw->closed = true;
            if (!writer && !raw->subscribed)
                m_shared.failed.fetch_add(1);
        };
        QObject::connect(&raw->ws, &QWebSocket::disconnected, &raw->ws, gone);
        QObject::connect(&raw->ws, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), &raw->ws,
                         gone);
        raw->ws.open(m_shared.url);
        (writer ? m_writers : m_clients).push_back(std::move(c));
    }

    void onFrame(Client &c, const sn::sync::Frame &f, bool writer)
    {
        const QString &type = f.type();
        if (type == QLatin1String("welcome")) {
            c.server = f.str(QStringLiteral("server"));
        } else if (type == QLatin1String("authenticated")) {
            c.authenticated = true;
            if (writer)
                m_shared.writersReady.fetch_add(1);
            else
                c.send(msg::subscribe(QStringLiteral("Team")));
        } else if (type == QLatin1String("subscribed")) {
            c.subscribed = true;
            m_shared.subscribed.fetch_add(1);
        } else if (type == QLatin1String("event")) {
            const int round = m_shared.probeRound.load(std::memory_order_acquire);
            if (round < 0 || writer ||
                f.str(QStringLiteral("entity_id")) != QStringLiteral("probe-%1").arg(round))
                return;
            const double ms = double(nowNs() - m_shared.probeSentNs.load()) / 1e6;
            fanoutMs.push_back(ms);
            (c.server == m_shared.writerServer ? sameMs : crossMs).push_back(ms);
            m_shared.probeReceived.fetch_add(1);
        } else if (writer) {
            auto it = m_sentAt.find(f.str(QStringLiteral("ref")));
            if (it == m_sentAt.end())
                return;
            if (type == QLatin1String("ack")) {
                ackMs.push_back(double(nowNs() - it->first) / 1e6);
                m_shared.acked.fetch_add(1);
            } else if (type == QLatin1String("conflict")) {
                m_shared.conflicts.fetch_add(1);
            } else if (type == QLatin1String("error")) {
                m_shared.errors.fetch_add(1);
            } else {
                return;
            }
            --m_inflight[std::size_t(it->second)];
            m_sentAt.erase(it);
        }
    }

    Shared &m_shared;
    std::vector<std::unique_ptr<Client>> m_clients;
    std::vector<std::unique_ptr<Client>> m_writers;
    QHash<QString, std::pair<Ns, int>> m_sentAt; // put id -> sent at, writer slot
    std::vector<qint64> m_perWriter;
    std::vector<int> m_inflight;
    QTimer *m_tick = nullptr;
};

// The worker threads; calls run in the worker's thread and, when blocking,
// return once it has run.
class Pool
{
public:
    Pool(Shared &shared, int n)
    {
        for (int i = 0; i < n; ++i) {
            auto thread = std::make_unique<QThread>();
            auto worker = std::make_unique<Worker>(shared);
            worker->moveToThread(thread.get());
            thread->start();
            m_threads.push_back(std::move(thread));
            m_workers.push_back(std::move(worker));
        }
    }
    ~Pool()
    {
        for (std::size_t i = 0; i < m_workers.size(); ++i)
            blocking(int(i), [](Worker &w) { w.closeAll(); });
        for (auto &t : m_threads) {
            t->quit();
            t->wait(30000);
        }
        m_workers.clear(); // after their threads ended
    }
    int size() const { return int(m_workers.size()); }
    void post(int i, std::function<void(Worker &)> f)
    {
        Worker *w = m_workers[std::size_t(i)].get();
        QMetaObject::invokeMethod(
            w, [w, f] { f(*w); }, Qt::QueuedConnection);
    }
    void blocking(int i, std::function<void(Worker &)> f)
    {
        Worker *w = m_workers[std::size_t(i)].get();
        QMetaObject::invokeMethod(
            w, [w, f] { f(*w); }, Qt::BlockingQueuedConnection);
    }

private:
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::vector<std::unique_ptr<Worker>> m_workers;
};

QHash<QByteArray, double> readMetrics(quint16 opsPort)
{
    QHash<QByteArray, double> metric;
    QTcpSocket ops;
    ops.connectToHost(QHostAddress::LocalHost, opsPort);
    if (!ops.waitForConnected(3000))
        return metric;
    ops.write("GET /metrics HTTP/1.1\r\n\r\n");
    QByteArray all;
    while (ops.waitForReadyRead(10000)) // a server busy with thousands of sockets answers late
        all += ops.readAll();
    for (const QByteArray &line : all.split('\n')) {
        const qsizetype space = line.lastIndexOf(' ');
        if (!line.startsWith('#') && space > 0)
            metric.insert(line.left(space), line.mid(space + 1).toDouble());
    }
    return metric;
}

// Where the server's time went, from its own /metrics (cumulative counters).
void printServerMetrics(quint16 opsPort)
{
    const QHash<QByteArray, double> metric = readMetrics(opsPort);
    if (metric.isEmpty())
        return;
    const double count = metric.value("supernova_request_seconds_count");
    std::printf("server request handling (decode to reply queued): %.0f requests, mean %.3f ms\n", count,
                count > 0 ? metric.value("supernova_request_seconds_sum") / count * 1000 : 0.0);
    const double batches = metric.value("supernova_commit_batches_total");
    const double writes = metric.value("supernova_commit_writes_total");
    if (batches > 0)
        std::printf("server group commit: %.0f writes in %.0f transactions (%.1f per transaction), "
                    "%.3f ms per transaction, %.3f ms per write\n",
                    writes, batches, writes / batches,
                    metric.value("supernova_commit_seconds_total") / batches * 1000,
                    metric.value("supernova_commit_seconds_total") / writes * 1000);
    const double events = metric.value("supernova_fanout_events_total");
    const double deliveries = metric.value("supernova_fanout_deliveries_total");
    if (events > 0)
        std::printf("server fan-out (encode, encrypt, write to every local subscriber): %.0f events, "
                    "mean %.1f ms per event to the last write (wall), %.1f ms CPU per event\n",
                    events, metric.value("supernova_fanout_seconds_total") / events * 1000,
                    metric.value("supernova_fanout_cpu_seconds_total") / events * 1000);
    if (deliveries > 0)
        std::printf("server fan-out per delivery: %.0f deliveries, %.1f us wall, %.1f us CPU each\n",
                    deliveries, metric.value("supernova_fanout_seconds_total") / deliveries * 1e6,
                    metric.value("supernova_fanout_cpu_seconds_total") / deliveries * 1e6);
}

int run(const Options &o)
{
    // fds: the clients live here, the server in the child (inherits the limit).
    rlimit lim{};
    getrlimit(RLIMIT_NOFILE, &lim);
    lim.rlim_cur = lim.rlim_max;
    setrlimit(RLIMIT_NOFILE, &lim);
    std::printf("fd limit %llu; machine: %d cores; %d client threads\n",
                static_cast<unsigned long long>(lim.rlim_cur), QThread::idealThreadCount(), o.threads);
    {
        QFile load(QStringLiteral("/proc/loadavg"));
        if (load.open(QIODevice::ReadOnly))
            std::printf("load average at start: %s", load.readAll().constData());
    }

    QTemporaryDir dir;
    const bool external = !o.url.isEmpty();
    const quint16 port = external ? quint16(QUrl(o.url).port()) : freePort();
    QProcess server;
    qint64 pid = 0;
    QString password = o.password;
    Shared shared;
    shared.ssl = QSslConfiguration::defaultConfiguration();
    shared.ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    QUrl url(o.url);
    if (external) {
        if (url.host() != QLatin1String("127.0.0.1") && url.host() != QLatin1String("localhost")) {
            std::fprintf(stderr, "--url must be on loopback\n");
            return 2;
        }
        shared.ssl.setCaCertificates(QSslCertificate::fromPath(o.ca));
    } else {
        QStringList initArgs = {QStringLiteral("init"),     dir.filePath(QStringLiteral("srv")),
                                QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                                QStringLiteral("--port"),   QString::number(port)};
        if (!o.database.isEmpty())
            initArgs << QStringLiteral("--database") << o.database;
        QProcess init;
        init.start(o.server, initArgs);
        init.waitForFinished(60000);
        for (const QString &line : QString::fromUtf8(init.readAllStandardOutput()).split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("one-time password")))
                password = line.section(QStringLiteral(": "), 1).trimmed();
        if (init.exitCode() != 0 || password.isEmpty()) {
            std::fprintf(stderr, "init failed: %s\n", init.readAllStandardError().constData());
            return 1;
        }
        const QString ini = dir.filePath(QStringLiteral("srv/server.ini"));
        {
            QFile f(ini);
            f.open(QIODevice::Append);
            // The load is the point: lift the per-connection message limit.
            f.write("\n[limits]\nmessages_per_second = 100000\nmessage_burst = 100000\n");
        }
        server.setStandardOutputFile(QProcess::nullDevice());
        server.setStandardErrorFile(dir.filePath(QStringLiteral("server.err")));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SUPERNOVA_SERVER_LOG_LEVEL"), QStringLiteral("warn"));
        server.setProcessEnvironment(env);
        QStringList serveArgs = {QStringLiteral("--config"), ini, QStringLiteral("serve")};
        if (o.insecure)
            serveArgs << QStringLiteral("--insecure-loopback") << QStringLiteral("--listen")
                      << QStringLiteral("127.0.0.1");
        server.start(o.server, serveArgs);
        if (!server.waitForStarted(10000))
            return 1;
        pid = server.processId();
        shared.ssl.setCaCertificates(QSslCertificate::fromPath(dir.filePath(QStringLiteral("srv/cert.pem"))));
        url = QUrl(QStringLiteral("%1://127.0.0.1:%2")
                       .arg(o.insecure ? QStringLiteral("ws") : QStringLiteral("wss"))
                       .arg(port));
    }
    shared.url = url;
    const quint16 opsPort = quint16(port + 1);

    // One login for the token every connection presents (main thread).
    QString token;
    Client admin(shared.ssl, [&](Client &, const sn::sync::Frame &f) {
        if (f.type() == QLatin1String("token"))
            token = f.str(QStringLiteral("access_token"));
    });
    waitUntil(
        [&] {
            if (admin.ws.state() == QAbstractSocket::UnconnectedState)
                admin.ws.open(url);
            return admin.ws.state() == QAbstractSocket::ConnectedState;
        },
        90000); // generous: the server may run under a profiler
    admin.send(msg::hello({1}, QStringLiteral("bench")));
    admin.send(msg::login(QStringLiteral("admin"), password));
    if (!waitUntil([&] { return !token.isEmpty(); }, 90000)) {
        std::fprintf(stderr, "login failed\n");
        return 1;
    }
    shared.token = token;
    waitUntil([] { return false; }, 500);
    const double baseKiB = rssKiB(pid);
    const double baseHeap = external ? 0 : readMetrics(opsPort).value("supernova_heap_in_use_bytes");
    if (!external)
        std::printf("server RSS before clients: %.1f MiB (heap in use %.1f MiB)\n", baseKiB / 1024,
                    baseHeap / 1048576);

    Pool pool(shared, o.threads);

    // ---- idle authenticated, subscribed connections -----------------------
    // At most this many handshakes in flight across all threads. 50 matched
    // Qt's listen backlog, which the server now raises to 1024; 50 stays the
    // default so figures compare with earlier runs.
    const int batch = o.batch;
    QElapsedTimer phase;
    phase.start();
    for (int start = 0; start < o.connections; start += batch) {
        const int end = std::min(o.connections, start + batch);
        const int per = (end - start + pool.size() - 1) / pool.size();
        for (int t = 0, first = start; t < pool.size() && first < end; ++t, first += per) {
            const int count = std::min(per, end - first);
            pool.post(t, [first, count](Worker &w) { w.openSubscribers(first, count); });
        }
        // A handshake can time out on a loaded machine; count it and go on.
        auto settled = [&] { return shared.subscribed.load() + shared.failed.load(); };
        int last = -1;
        while (settled() < end && settled() != last) {
            last = settled();
            waitUntil([&] { return settled() >= end; }, 20000);
        }
        if (settled() < end)
            std::printf("batch %d-%d: %d still pending after 20 s without progress\n", start, end,
                        end - settled());
    }
    const double connectS = phase.elapsed() / 1000.0;
    waitUntil([] { return false; }, 1500); // let presence settle
    const double heldKiB = rssKiB(pid);
    const double heldHeap =
        external || o.connections == 0 ? 0 : readMetrics(opsPort).value("supernova_heap_in_use_bytes");
    int open = 0;
    for (int t = 0; t < pool.size(); ++t)
        pool.blocking(t, [&open](Worker &w) { open += w.openSubscribed(); });
    std::printf("held %d of %d authenticated+subscribed %s connections (opened in %.1f s, %d failed)\n", open,
                o.connections, o.insecure ? "ws" : "wss", connectS, shared.failed.load());
    if (!external && open > 0) {
        std::printf("server RSS with them: %.1f MiB -> %.1f KiB per connection (target <= 64)\n",
                    heldKiB / 1024, (heldKiB - baseKiB) / open);
        if (heldHeap > 0)
            std::printf("server heap in use (mallinfo2) with them: %.1f MiB -> %.1f KiB per connection\n",
                        heldHeap / 1048576, (heldHeap - baseHeap) / 1024 / open);
    }

    // ---- one event fanned out to every subscriber -------------------------
    if (open > 0) {
        Client writer(shared.ssl, [](Client &, const sn::sync::Frame &) {});
        QObject::connect(&writer.ws, &QWebSocket::connected, &writer.ws, [&] {
            writer.send(msg::hello({1}, QStringLiteral("bench")));
            writer.send(msg::auth(token));
        });
        bool writerReady = false;
        QString writerServer;
        QObject::connect(&writer.ws, &QWebSocket::textMessageReceived, &writer.ws,
                         [&writerReady, &writerServer](const QString &t) {
                             if (t.contains(QLatin1String("\"authenticated\"")))
                                 writerReady = true;
                             if (t.contains(QLatin1String("\"welcome\""))) {
                                 const auto r = sn::sync::decode(t.toUtf8());
                                 if (r.ok())
                                     writerServer = r.frame->str(QStringLiteral("server"));
                             }
                         });
        writer.ws.open(url);
        // With thousands of sockets the accept queue can be long: wait for
        // the writer's authentication, not only its TCP connection.
        if (!waitUntil([&] { return writerReady; }, 180000))
            std::printf("the writer could not authenticate within 180 s\n");
        shared.writerServer = writerServer; // before the first probeRound store
        waitUntil([] { return false; }, 300);
        for (int r = 0; r < o.rounds; ++r) {
            const QString probe = QStringLiteral("probe-%1").arg(r);
            shared.probeReceived = 0;
            shared.probeSentNs = nowNs();
            shared.probeRound.store(r, std::memory_order_release);
            writer.send(msg::put(QStringLiteral("Team"), QStringLiteral("note"), probe, 0,
                                 {{QStringLiteral("round"), r}}));
            if (!waitUntil([&] { return shared.probeReceived.load() >= open; }, 30000))
                std::printf("round %d: only %d of %d deliveries within 30 s\n", r,
                            shared.probeReceived.load(), open);
            waitUntil([] { return false; }, 200);
        }
        shared.probeRound = -1;
        std::vector<double> all, cross, same;
        QHash<QString, int> perServer;
        for (int t = 0; t < pool.size(); ++t)
            pool.blocking(t, [&](Worker &w) {
                all.insert(all.end(), w.fanoutMs.begin(), w.fanoutMs.end());
                cross.insert(cross.end(), w.crossMs.begin(), w.crossMs.end());
                same.insert(same.end(), w.sameMs.begin(), w.sameMs.end());
                w.collectServers();
                for (auto it = w.perServer.cbegin(); it != w.perServer.cend(); ++it)
                    perServer[it.key()] += it.value();
            });
        std::printf(
            "fan-out of one event to %d subscribers, %d rounds, %zu deliveries: p50 %.1f ms, p99 %.1f ms, "
            "max %.1f ms (target p99 <= 250)\n",
            open, o.rounds, all.size(), percentile(all, 0.5), percentile(all, 0.99), percentile(all, 1.0));
        if (external) {
            for (auto it = perServer.cbegin(); it != perServer.cend(); ++it)
                std::printf("  %d subscribers on %s%s\n", it.value(), qPrintable(it.key()),
                            it.key() == writerServer ? " (the writer's instance)" : "");
            std::printf("  cross-instance deliveries: %zu, p50 %.1f ms, p99 %.1f ms, max %.1f ms (target p99 "
                        "<= 200)\n",
                        cross.size(), percentile(cross, 0.5), percentile(cross, 0.99),
                        percentile(cross, 1.0));
            std::printf("  same-instance deliveries: %zu, p50 %.1f ms, p99 %.1f ms\n", same.size(),
                        percentile(same, 0.5), percentile(same, 0.99));
        }
    }
    if (!external && open > 0)
        printServerMetrics(opsPort); // before thousands of disconnects keep it busy
    for (int t = 0; t < pool.size(); ++t)
        pool.blocking(t, [](Worker &w) { w.closeAll(); });
    waitUntil([] { return false; }, 1000);

    // ---- put load ----------------------------------------------------------
    if (o.writers > 0) {
        std::vector<std::vector<int>> assigned(std::size_t(pool.size()));
        for (int i = 0; i < o.writers; ++i)
            assigned[std::size_t(i % pool.size())].push_back(i);
        // Opened 50 at a time (the listen backlog), like the subscribers.
        for (int start = 0; start < o.writers; start += batch) {
            const int end = std::min(o.writers, start + batch);
            for (int t = 0; t < pool.size(); ++t) {
                std::vector<int> mine;
                for (const int i : assigned[std::size_t(t)])
                    if (i >= start && i < end)
                        mine.push_back(i);
                if (!mine.empty())
                    pool.post(t, [mine](Worker &w) { w.openWriters(mine); });
            }
            waitUntil([&] { return shared.writersReady.load() >= end - 5; }, 60000);
        }
        waitUntil([&] { return shared.writersReady.load() >= o.writers; }, 60000);
        std::printf("put load: %d of %d writers ready\n", shared.writersReady.load(), o.writers);
        const Ns startNs = nowNs() + 200 * 1000000LL; // every thread starts on the same tick
        const qint64 durationMs = qint64(o.seconds) * 1000;
        for (int t = 0; t < pool.size(); ++t)
            pool.post(t, [=, &o](Worker &w) {
                w.startPuts(startNs, durationMs, o.rate, o.writers, o.maxInflight);
            });
        QElapsedTimer load;
        load.start();
        qint64 lastAcked = 0;
        // Progress every 30 s, so a long run shows whether acks keep up.
        while (load.elapsed() < durationMs + 200) {
            waitUntil([&] { return load.elapsed() >= durationMs + 200; }, 30000);
            const qint64 acked = shared.acked.load();
            std::printf("  %5.0f s: sent %lld, acked %lld (+%lld), skipped %lld, errors %lld\n",
                        load.elapsed() / 1000.0, static_cast<long long>(shared.sent.load()),
                        static_cast<long long>(acked), static_cast<long long>(acked - lastAcked),
                        static_cast<long long>(shared.skipped.load()),
                        static_cast<long long>(shared.errors.load()));
            std::fflush(stdout);
            lastAcked = acked;
        }
        const double secs = double(durationMs) / 1000.0;
        waitUntil(
            [&] {
                return shared.acked.load() + shared.errors.load() + shared.conflicts.load() >=
                       shared.sent.load();
            },
            60000);
        std::vector<double> ackMs;
        for (int t = 0; t < pool.size(); ++t)
            pool.blocking(t,
                          [&ackMs](Worker &w) { ackMs.insert(ackMs.end(), w.ackMs.begin(), w.ackMs.end()); });
        const qint64 sent = shared.sent, acked = shared.acked, errors = shared.errors,
                     conflicts = shared.conflicts, skipped = shared.skipped;
        std::printf("put load: %d writers x %.0f puts/s for %d s: offered %lld, sent %lld, skipped %lld "
                    "(writer had %d unanswered), acked %lld, errors %lld, conflicts %lld, unanswered %lld\n",
                    o.writers, o.rate, o.seconds, static_cast<long long>(sent + skipped),
                    static_cast<long long>(sent), static_cast<long long>(skipped), o.maxInflight,
                    static_cast<long long>(acked), static_cast<long long>(errors),
                    static_cast<long long>(conflicts),
                    static_cast<long long>(sent - acked - errors - conflicts));
        std::printf(
            "put load: %.0f acks/s; ack latency p50 %.1f ms, p99 %.1f ms, max %.1f ms (target p99 <= 100)\n",
            double(acked) / secs, percentile(ackMs, 0.5), percentile(ackMs, 0.99), percentile(ackMs, 1.0));
        if (!external)
            std::printf("server RSS after the put load: %.1f MiB\n", rssKiB(pid) / 1024);
    }
    {
        QFile load(QStringLiteral("/proc/loadavg"));
        if (load.open(QIODevice::ReadOnly))
            std::printf("load average at end: %s", load.readAll().constData());
    }

    if (external)
        return 0;
    printServerMetrics(opsPort);
    server.terminate();
    server.waitForFinished(15000);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // Thousands of client sockets: the GLib dispatcher's notifier bookkeeping
    // is linear (see app/server/main.cpp); measure the server, not that.
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    Options o;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const QString &k = args[i];
        const QString &v = args[i + 1];
        if (k == QLatin1String("--server"))
            o.server = v;
        else if (k == QLatin1String("--database"))
            o.database = v;
        else if (k == QLatin1String("--threads"))
            o.threads = std::clamp(v.toInt(), 1, 64);
        else if (k == QLatin1String("--connections"))
            o.connections = std::clamp(v.toInt(), 0, 20000);
        else if (k == QLatin1String("--rounds"))
            o.rounds = std::clamp(v.toInt(), 1, 100);
        else if (k == QLatin1String("--writers"))
            o.writers = std::clamp(v.toInt(), 0, 5000);
        else if (k == QLatin1String("--rate"))
            o.rate = std::clamp(v.toDouble(), 0.1, 1000.0);
        else if (k == QLatin1String("--batch"))
            o.batch = std::clamp(v.toInt(), 1, 1000);
        else if (k == QLatin1String("--max-inflight"))
            o.maxInflight = std::clamp(v.toInt(), 1, 10000);
        else if (k == QLatin1String("--insecure"))
            o.insecure = v == QLatin1String("1");
        else if (k == QLatin1String("--url"))
            o.url = v;
        else if (k == QLatin1String("--ca"))
            o.ca = v;
        else if (k == QLatin1String("--password"))
            o.password = v;
        else if (k == QLatin1String("--seconds"))
            o.seconds = std::clamp(v.toInt(), 1, 900);
        else {
            std::fprintf(stderr, "unknown option %s\n", qPrintable(k));
            return 2;
        }
    }
    if (o.server.isEmpty())
        o.server = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/server/supernova-server");
    return run(o);
}
