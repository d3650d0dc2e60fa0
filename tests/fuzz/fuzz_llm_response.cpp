// libFuzzer target: decoding a model vendor's response. The real
// OpenAiCompatibleProvider or AnthropicProvider talks HTTP to the tests'
// loopback server (tests/advisor/llm), which answers with the fuzzed body:
// an SSE stream cut into pieces, or a JSON error body with an error status.
// Whatever arrives, the provider must end the call exactly once (finished or
// failed) and never crash; the text it streamed must be the text it reports.
//
// Byte 0: bit 0 the vendor, bits 1-2 the status (200 twice as often, 400,
// 500), bits 3-7 the piece size of the stream. A real socket per input costs
// speed (see docs/hardening.md for the rate) but keeps the path the
// providers use in the product: QNetworkAccessManager, chunked transfer,
// the providers' own buffering.
#include "core/advisor/llm/AnthropicProvider.h"
#include "core/advisor/llm/OpenAiCompatibleProvider.h"
#include "tests/advisor/llm/LoopbackHttpServer.h"
#include "tests/advisor/llm/ProviderHarness.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>

using sn::advisor::ChatProvider;
using sn::test::LoopbackHttpServer;

namespace {

struct Harness
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<LoopbackHttpServer> server;
    std::unique_ptr<ChatProvider> providers[2];
};

Harness *harness = nullptr;

sn::advisor::ChatRequest request()
{
    sn::advisor::ChatRequest r;
    r.model = QStringLiteral("fuzz-model");
    r.messages.push_back({sn::advisor::Role::User, QStringLiteral("hello"), {}, {}, {}, false});
    // A tool, so the vendors' tool-call decoding is reachable.
    r.tools.push_back({QStringLiteral("get_quote"), QStringLiteral("Last close of a symbol"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}});
    return r;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    harness = new Harness;
    harness->app = std::make_unique<QCoreApplication>(*argc, *argv);
    harness->server = std::make_unique<LoopbackHttpServer>();
    if (!harness->server->listen())
        __builtin_trap();
    sn::advisor::HttpProviderConfig config;
    config.baseUrl = harness->server->url();
    config.apiKey = QStringLiteral("sk-fuzz");
    config.retry.maxAttempts = 1; // every input is one answer; retries would ask again
    config.local = true;
    config.firstByteTimeoutMs = 10000;
    config.idleTimeoutMs = 10000;
    harness->providers[0] = std::make_unique<sn::advisor::OpenAiCompatibleProvider>(config);
    harness->providers[1] = std::make_unique<sn::advisor::AnthropicProvider>(config);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t sel = data[0];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const int status = std::array{200, 200, 400, 500}[(sel >> 1) & 3];
    if (status == 200)
        harness->server->enqueue(LoopbackHttpServer::Response::sseInPieces(body, 1 + 7 * (sel >> 3)));
    else
        harness->server->enqueue(LoopbackHttpServer::Response::json(status, body));

    ChatProvider *provider = harness->providers[sel & 1].get();
    sn::test::ProviderOutcome out;
    sn::test::watch(provider, &out);
    int ends = 0;
    const auto counter = QObject::connect(provider, &ChatProvider::finished, provider, [&] { ++ends; });
    const auto counter2 = QObject::connect(provider, &ChatProvider::failed, provider, [&] { ++ends; });
    provider->start(request());
    if (!sn::test::waitUntil([&] { return out.done(); }, 30000))
        __builtin_trap(); // the call never ended
    // Let anything queued after the end run, so a second end would be seen.
    QCoreApplication::processEvents();
    QObject::disconnect(counter);
    QObject::disconnect(counter2);
    QObject::disconnect(provider, nullptr, provider, nullptr);
    if (ends != 1 || provider->isBusy())
        __builtin_trap();
    if (out.result && out.result->message.text != out.text())
        __builtin_trap();
    if (out.error && out.error->message.empty())
        __builtin_trap();
    return 0;
}
