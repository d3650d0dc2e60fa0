// Streaming cost per chunk on the core side, for the issue's "no dropped
// frames at 100 chunks/s" (a 10 ms budget per chunk, 16.7 ms per frame).
//   bench_llm_stream [--chunks N]
// 1. SseParser alone over a recorded-shape OpenAI stream cut into 1,400-byte
//    network reads; 2. the same plus what the provider does per event (JSON
//    decode, delta extraction); 3. end to end: OpenAiCompatibleProvider
//    streaming N chunks from the loopback server (same thread, so the server's
//    own work is included: an upper bound for the client side).
#include "core/advisor/llm/OpenAiCompatibleProvider.h"
#include "core/advisor/llm/SseParser.h"
#include "tests/advisor/llm/LoopbackHttpServer.h"
#include "tests/benchmarks/benchutils/Bench.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <cstdio>
#include <cstring>
#include <ctime>

using namespace sn;
using namespace sn::advisor;

namespace {

QByteArray textChunk(int i)
{
    const QJsonObject o{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-bench")},
        {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
        {QStringLiteral("created"), 1764590000},
        {QStringLiteral("model"), QStringLiteral("gpt-4o-mini")},
        {QStringLiteral("choices"),
         QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                {QStringLiteral("delta"),
                                 QJsonObject{{QStringLiteral("content"), QStringLiteral(" token%1").arg(i)}}},
                                {QStringLiteral("finish_reason"), QJsonValue::Null}}}},
    };
    return "data: " + QJsonDocument(o).toJson(QJsonDocument::Compact) + "\n\n";
}

QByteArray finalChunks()
{
    return QByteArrayLiteral(
        "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
        "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":10}}\n\n"
        "data: [DONE]\n\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int chunks = 20000;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--chunks") == 0)
            chunks = std::atoi(argv[i + 1]);
    }
    std::printf("machine: %s\nchunks: %d\n", bench::machineDescription().c_str(), chunks);

    std::vector<QByteArray> events;
    QByteArray stream;
    for (int i = 0; i < chunks; ++i) {
        events.push_back(textChunk(i));
        stream += events.back();
    }
    stream += finalChunks();
    std::printf("stream: %lld bytes, %.0f bytes per chunk\n", qlonglong(stream.size()),
                double(stream.size()) / chunks);

    // 1. Parsing only, 1,400-byte reads (one TCP segment's payload).
    std::size_t parsed = 0;
    const bench::Timing parse = bench::measure(
        [&] {
            SseParser p;
            for (qsizetype at = 0; at < stream.size(); at += 1400) {
                if (!p.feed(QByteArrayView(stream).sliced(at, std::min<qsizetype>(1400, stream.size() - at)))
                         .ok())
                    std::abort();
                parsed += p.takeEvents().size();
            }
        },
        5);
    bench::report("SSE parse, whole stream", parse, 0);
    std::printf("  = %.3f us per chunk\n", parse.medianMs * 1000.0 / chunks);

    // 2. Parsing plus the provider's per-event work.
    qsizetype chars = 0;
    const bench::Timing decode = bench::measure(
        [&] {
            SseParser p;
            for (qsizetype at = 0; at < stream.size(); at += 1400) {
                if (!p.feed(QByteArrayView(stream).sliced(at, std::min<qsizetype>(1400, stream.size() - at)))
                         .ok())
                    std::abort();
                for (const SseEvent &e : p.takeEvents()) {
                    const QJsonObject o = QJsonDocument::fromJson(e.data).object();
                    chars += o.value(QStringLiteral("choices"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("delta"))
                                 .toObject()
                                 .value(QStringLiteral("content"))
                                 .toString()
                                 .size();
                }
            }
        },
        5);
    bench::report("SSE parse + JSON decode + delta, whole stream", decode, 0);
    std::printf("  = %.3f us per chunk\n", decode.medianMs * 1000.0 / chunks);

    // 3. End to end over loopback: one HTTP chunk per event, sent back to back.
    sn::test::LoopbackHttpServer server;
    if (!server.listen())
        return 1;
    std::vector<sn::test::LoopbackHttpServer::Chunk> httpChunks;
    for (const QByteArray &e : events)
        httpChunks.push_back({e, 0});
    httpChunks.push_back({finalChunks(), 0});
    server.enqueue(sn::test::LoopbackHttpServer::Response::sse(std::move(httpChunks)));

    HttpProviderConfig cfg;
    cfg.baseUrl = server.url(QStringLiteral("/v1"));
    OpenAiCompatibleProvider provider(cfg);
    qint64 deltas = 0;
    bool done = false;
    QObject::connect(&provider, &ChatProvider::textDelta, &provider, [&](const QString &) { ++deltas; });
    QObject::connect(&provider, &ChatProvider::finished, &provider, [&](const ChatResult &) { done = true; });
    QObject::connect(&provider, &ChatProvider::failed, &provider, [&](const Error &e, const ChatResult &) {
        std::printf("failed: %s\n", e.toString().c_str());
        done = true;
    });
    ChatRequest req;
    req.model = QStringLiteral("gpt-4o-mini");
    req.messages.push_back({Role::User, QStringLiteral("stream"), {}, {}, {}, false});
    const std::clock_t cpu0 = std::clock();
    QElapsedTimer wall;
    wall.start();
    provider.start(req);
    QDeadlineTimer deadline(120000);
    while (!done && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double wallMs = double(wall.nsecsElapsed()) / 1e6;
    const double cpuMs = double(std::clock() - cpu0) * 1000.0 / CLOCKS_PER_SEC;
    std::printf(
        "end to end (provider + loopback server, one thread): %lld deltas, %.1f ms wall, %.1f ms CPU\n",
        qlonglong(deltas), wallMs, cpuMs);
    std::printf("  = %.2f us wall, %.2f us CPU per chunk; at 100 chunks/s that is %.3f %% of one core\n",
                wallMs * 1000.0 / chunks, cpuMs * 1000.0 / chunks, cpuMs / chunks * 100.0 / 1000.0 * 100.0);
    std::printf("(checks: %zu events parsed, %lld chars)\n", parsed, qlonglong(chars));
    return deltas == chunks ? 0 : 2;
}
