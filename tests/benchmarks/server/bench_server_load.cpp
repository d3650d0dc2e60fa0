// Load tool for supernova-server (issue 18's figures; results in
// docs/performance.md). It starts the real server binary as a child process on
// 127.0.0.1 with a fresh `init` folder, then opens many TLS WebSocket clients
// from this one process. Loopback only; every phase is bounded in count and
// time, and the tool stops by itself.
//
//   bench_server_load --server build/app/server/supernova-server
//       [--connections 10000] [--rounds 5]                 idle connections + fan-out
//       [--writers 1000 --rate 10 --seconds 300]           put load (0 writers: skip)
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
#include <cstdio>
#include <functional>
#include <memory>
#include <sys/resource.h>
#include <vector>

namespace msg = sn::sync::msg;

namespace {

using Ns = qint64;

struct Options
{
    QString server;
    QString database;
    int connections = 10000;
    int rounds = 5;
    int writers = 0;
    double rate = 10;
    int seconds = 60;
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
        QObject::connect(&ws, &QWebSocket::disconnected, &ws, [this] { closed = true; });
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

// Where the server's time went, from its own /metrics (cumulative counters).
void printServerMetrics(quint16 opsPort)
{
    QTcpSocket ops;
    ops.connectToHost(QHostAddress::LocalHost, opsPort);
    if (ops.waitForConnected(3000)) {
        ops.write("GET /metrics HTTP/1.1\r\n\r\n");
        QByteArray all;
        while (ops.waitForReadyRead(10000)) // a server busy with thousands of sockets answers late
            all += ops.readAll();
        QHash<QByteArray, double> metric;
        for (const QByteArray &line : all.split('\n')) {
            const qsizetype space = line.lastIndexOf(' ');
            if (!line.startsWith('#') && space > 0)
                metric.insert(line.left(space), line.mid(space + 1).toDouble());
        }
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
        if (events > 0)
            std::printf("server fan-out (encode, encrypt, write to every local subscriber): %.0f events, "
                        "mean %.1f ms per event\n",
                        events, metric.value("supernova_fanout_seconds_total") / events * 1000);
    }
}

int run(const Options &o)
{
    // fds: the clients live here, the server in the child (inherits the limit).
    rlimit lim{};
    getrlimit(RLIMIT_NOFILE, &lim);
    lim.rlim_cur = lim.rlim_max;
    setrlimit(RLIMIT_NOFILE, &lim);
    std::printf("fd limit %llu; machine: %d cores\n", static_cast<unsigned long long>(lim.rlim_cur),
                QThread::idealThreadCount());

    QTemporaryDir dir;
    const bool external = !o.url.isEmpty();
    const quint16 port = external ? quint16(QUrl(o.url).port()) : freePort();
    QProcess server;
    qint64 pid = 0;
    QString password = o.password;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    QUrl url(o.url);
    if (external) {
        if (url.host() != QLatin1String("127.0.0.1") && url.host() != QLatin1String("localhost")) {
            std::fprintf(stderr, "--url must be on loopback\n");
            return 2;
        }
        ssl.setCaCertificates(QSslCertificate::fromPath(o.ca));
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
        ssl.setCaCertificates(QSslCertificate::fromPath(dir.filePath(QStringLiteral("srv/cert.pem"))));
        url = QUrl(QStringLiteral("%1://127.0.0.1:%2")
                       .arg(o.insecure ? QStringLiteral("ws") : QStringLiteral("wss"))
                       .arg(port));
    }

    // One login for the token every connection presents.
    QString token;
    Client admin(ssl, [&](Client &, const sn::sync::Frame &f) {
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
    waitUntil([] { return false; }, 500);
    const double baseKiB = rssKiB(pid);
    if (!external)
        std::printf("server RSS before clients: %.1f MiB\n", baseKiB / 1024);

    // ---- idle authenticated, subscribed connections -----------------------
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<Client>> clients;
    std::vector<double> fanoutMs, fanoutCrossMs, fanoutSameMs;
    QString writerServer;
    QString currentProbe;
    Ns probeSentNs = 0;
    int probeReceived = 0;
    int authenticated = 0, subscribed = 0;
    auto onFrame = [&](Client &c, const sn::sync::Frame &f) {
        if (f.type() == QLatin1String("welcome")) {
            c.server = f.str(QStringLiteral("server"));
        } else if (f.type() == QLatin1String("authenticated")) {
            c.authenticated = true;
            ++authenticated;
            c.send(msg::subscribe(QStringLiteral("Team")));
        } else if (f.type() == QLatin1String("subscribed")) {
            c.subscribed = true;
            ++subscribed;
        } else if (f.type() == QLatin1String("event") && f.str(QStringLiteral("entity_id")) == currentProbe) {
            const double ms = double(clock.nsecsElapsed() - probeSentNs) / 1e6;
            fanoutMs.push_back(ms);
            (c.server == writerServer ? fanoutSameMs : fanoutCrossMs).push_back(ms);
            ++probeReceived;
        }
    };
    // Qt's listen backlog is 50 and QWebSocketServer 6.4 cannot raise it.
    const int batch = 50;
    QElapsedTimer phase;
    phase.start();
    for (int start = 0; start < o.connections; start += batch) {
        const int end = std::min(o.connections, start + batch);
        for (int i = start; i < end; ++i) {
            auto c = std::make_unique<Client>(ssl, onFrame);
            c->index = i;
            Client *raw = c.get();
            QObject::connect(&raw->ws, &QWebSocket::connected, &raw->ws, [raw, &token] {
                raw->send(msg::hello({1}, QStringLiteral("bench")));
                raw->send(msg::auth(token));
            });
            raw->ws.open(url);
            clients.push_back(std::move(c));
        }
        // A handshake can time out on a loaded machine; count it and go on.
        auto settled = [&] {
            int failed = 0;
            for (int i = start; i < end; ++i)
                failed += clients[std::size_t(i)]->closed && !clients[std::size_t(i)]->subscribed ? 1 : 0;
            return subscribed + failed;
        };
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
    int open = 0;
    for (const auto &c : clients)
        open += c->subscribed && !c->closed ? 1 : 0;
    std::printf("held %d of %d authenticated+subscribed %s connections (opened in %.1f s)\n", open,
                o.connections, o.insecure ? "ws" : "wss", connectS);
    if (!external)
        std::printf("server RSS with them: %.1f MiB -> %.1f KiB per connection (target <= 64)\n",
                    heldKiB / 1024, open > 0 ? (heldKiB - baseKiB) / open : 0.0);

    // ---- one event fanned out to every subscriber -------------------------
    if (open > 0) {
        Client writer(ssl, [](Client &, const sn::sync::Frame &) {});
        QObject::connect(&writer.ws, &QWebSocket::connected, &writer.ws, [&] {
            writer.send(msg::hello({1}, QStringLiteral("bench")));
            writer.send(msg::auth(token));
        });
        bool writerReady = false;
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
        waitUntil([] { return false; }, 300);
        for (int r = 0; r < o.rounds; ++r) {
            currentProbe = QStringLiteral("probe-%1").arg(r);
            probeReceived = 0;
            probeSentNs = clock.nsecsElapsed();
            writer.send(msg::put(QStringLiteral("Team"), QStringLiteral("note"), currentProbe, 0,
                                 {{QStringLiteral("round"), r}}));
            if (!waitUntil([&] { return probeReceived >= open; }, 30000))
                std::printf("round %d: only %d of %d deliveries within 30 s\n", r, probeReceived, open);
            waitUntil([] { return false; }, 200);
        }
        std::printf(
            "fan-out of one event to %d subscribers, %d rounds: p50 %.1f ms, p99 %.1f ms, max %.1f ms "
            "(target p99 <= 250)\n",
            open, o.rounds, percentile(fanoutMs, 0.5), percentile(fanoutMs, 0.99), percentile(fanoutMs, 1.0));
        if (external) {
            QHash<QString, int> perServer;
            for (const auto &c : clients)
                ++perServer[c->server];
            for (auto it = perServer.cbegin(); it != perServer.cend(); ++it)
                std::printf("  %d subscribers on %s%s\n", it.value(), qPrintable(it.key()),
                            it.key() == writerServer ? " (the writer's instance)" : "");
            std::printf("  cross-instance deliveries: %zu, p50 %.1f ms, p99 %.1f ms, max %.1f ms (target p99 "
                        "<= 200)\n",
                        fanoutCrossMs.size(), percentile(fanoutCrossMs, 0.5), percentile(fanoutCrossMs, 0.99),
                        percentile(fanoutCrossMs, 1.0));
            std::printf("  same-instance deliveries: %zu, p50 %.1f ms, p99 %.1f ms\n", fanoutSameMs.size(),
                        percentile(fanoutSameMs, 0.5), percentile(fanoutSameMs, 0.99));
        }
    }
    if (!external && open > 0)
        printServerMetrics(quint16(port + 1)); // before thousands of disconnects keep it busy
    clients.clear();
    waitUntil([] { return false; }, 1000);

    // ---- put load ----------------------------------------------------------
    if (o.writers > 0) {
        QHash<QString, Ns> sentAt;
        std::vector<double> ackMs;
        qint64 sent = 0, acked = 0, errors = 0, conflicts = 0;
        std::vector<std::unique_ptr<Client>> writers;
        int ready = 0;
        for (int i = 0; i < o.writers; ++i) {
            auto c = std::make_unique<Client>(ssl, [&](Client &, const sn::sync::Frame &f) {
                const QString ref = f.str(QStringLiteral("ref"));
                if (f.type() == QLatin1String("authenticated")) {
                    ++ready;
                } else if (f.type() == QLatin1String("ack")) {
                    auto it = sentAt.find(ref);
                    if (it != sentAt.end()) {
                        ackMs.push_back(double(clock.nsecsElapsed() - *it) / 1e6);
                        sentAt.erase(it);
                        ++acked;
                    }
                } else if (f.type() == QLatin1String("conflict")) {
                    ++conflicts;
                } else if (f.type() == QLatin1String("error")) {
                    ++errors;
                }
            });
            Client *raw = c.get();
            raw->index = i;
            QObject::connect(&raw->ws, &QWebSocket::connected, &raw->ws, [raw, &token] {
                raw->send(msg::hello({1}, QStringLiteral("bench")));
                raw->send(msg::auth(token));
            });
            raw->ws.open(url);
            writers.push_back(std::move(c));
            if (i % 50 == 49)
                waitUntil([&] { return ready > i - 10; }, 60000);
        }
        waitUntil([&] { return ready >= o.writers; }, 60000);
        std::printf("put load: %d writers ready\n", ready);
        QElapsedTimer load;
        load.start();
        std::vector<qint64> perWriter(std::size_t(o.writers), 0);
        const qint64 durationMs = qint64(o.seconds) * 1000;
        QTimer tick;
        tick.setInterval(10);
        QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
            const qint64 now = load.elapsed();
            if (now >= durationMs)
                return;
            for (int i = 0; i < o.writers; ++i) {
                // Writers are spread over the second, not all at its start.
                const qint64 shifted = qint64(double(now + (1000 * i) / o.writers) * o.rate / 1000.0);
                while (perWriter[std::size_t(i)] < shifted) {
                    const auto f = msg::put(QStringLiteral("Team"), QStringLiteral("note"),
                                            QStringLiteral("w%1-%2").arg(i).arg(perWriter[std::size_t(i)]), 0,
                                            {{QStringLiteral("v"), perWriter[std::size_t(i)]}});
                    sentAt.insert(f.id(), clock.nsecsElapsed());
                    writers[std::size_t(i)]->send(f);
                    ++perWriter[std::size_t(i)];
                    ++sent;
                }
            }
        });
        tick.start();
        waitUntil([&] { return load.elapsed() >= durationMs; }, int(durationMs) + 5000);
        tick.stop();
        waitUntil([&] { return acked + errors + conflicts >= sent; }, 60000);
        const double secs = load.elapsed() / 1000.0;
        std::printf("put load: %d writers x %.0f puts/s for %d s: sent %lld, acked %lld, errors %lld, "
                    "conflicts %lld, "
                    "unanswered %lld\n",
                    o.writers, o.rate, o.seconds, static_cast<long long>(sent), static_cast<long long>(acked),
                    static_cast<long long>(errors), static_cast<long long>(conflicts),
                    static_cast<long long>(sent - acked - errors - conflicts));
        std::printf(
            "put load: %.0f acks/s; ack latency p50 %.1f ms, p99 %.1f ms, max %.1f ms (target p99 <= 100)\n",
            double(acked) / secs, percentile(ackMs, 0.5), percentile(ackMs, 0.99), percentile(ackMs, 1.0));
        std::printf("server RSS after the put load: %.1f MiB\n", rssKiB(pid) / 1024);
    }

    if (external)
        return 0;
    printServerMetrics(quint16(port + 1));
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
        else if (k == QLatin1String("--connections"))
            o.connections = std::clamp(v.toInt(), 0, 20000);
        else if (k == QLatin1String("--rounds"))
            o.rounds = std::clamp(v.toInt(), 1, 100);
        else if (k == QLatin1String("--writers"))
            o.writers = std::clamp(v.toInt(), 0, 5000);
        else if (k == QLatin1String("--rate"))
            o.rate = std::clamp(v.toDouble(), 0.1, 1000.0);
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
