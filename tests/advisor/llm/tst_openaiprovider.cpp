// OpenAiCompatibleProvider against the loopback server speaking the Chat
// Completions streaming format: text and tool-call deltas split across
// chunks, usage, the exact request JSON and headers, error bodies, retries
// (429 + Retry-After, 5xx, a broken connection before any token), malformed
// events, a disconnect and a cancel mid-stream, the idle timeout.
#include "core/advisor/llm/OpenAiCompatibleProvider.h"
#include "core/common/Log.h"
#include "tests/advisor/llm/LoopbackHttpServer.h"
#include "tests/advisor/llm/ProviderHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimer>

using namespace sn;
using namespace sn::advisor;
using namespace sn::test;
using Server = LoopbackHttpServer;

namespace {

const QString kKey = QStringLiteral("sk-test-0123456789abcdef");

QByteArray chunk(const QJsonObject &delta, const QJsonValue &finish = QJsonValue::Null)
{
    const QJsonObject o{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-1")},
        {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
        {QStringLiteral("created"), 1764590000},
        {QStringLiteral("model"), QStringLiteral("gpt-4o-mini")},
        {QStringLiteral("choices"), QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                           {QStringLiteral("delta"), delta},
                                                           {QStringLiteral("finish_reason"), finish}}}},
    };
    return "data: " + QJsonDocument(o).toJson(QJsonDocument::Compact) + "\n\n";
}

QByteArray textChunk(const QString &text)
{
    return chunk(QJsonObject{{QStringLiteral("content"), text}});
}

QByteArray usageChunk(int prompt, int completion)
{
    const QJsonObject o{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-1")},
        {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
        {QStringLiteral("choices"), QJsonArray{}},
        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), prompt},
                                              {QStringLiteral("completion_tokens"), completion},
                                              {QStringLiteral("total_tokens"), prompt + completion}}}};
    return "data: " + QJsonDocument(o).toJson(QJsonDocument::Compact) + "\n\n";
}

QByteArray toolDelta(int index, const QString &id, const QString &name, const QString &argsFragment)
{
    QJsonObject fn{{QStringLiteral("arguments"), argsFragment}};
    QJsonObject call{{QStringLiteral("index"), index}, {QStringLiteral("function"), fn}};
    if (!id.isEmpty()) {
        call.insert(QStringLiteral("id"), id);
        call.insert(QStringLiteral("type"), QStringLiteral("function"));
        fn.insert(QStringLiteral("name"), name);
        call.insert(QStringLiteral("function"), fn);
    }
    return chunk(QJsonObject{{QStringLiteral("tool_calls"), QJsonArray{call}}});
}

QByteArray helloStream()
{
    return chunk(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                             {QStringLiteral("content"), QString()}}) +
           textChunk(QStringLiteral("Hello")) + textChunk(QStringLiteral(", w\u00f6rld \u20ac")) +
           chunk(QJsonObject{}, QStringLiteral("stop")) + usageChunk(12, 7) + "data: [DONE]\n\n";
}

ChatRequest basicRequest()
{
    ChatRequest r;
    r.model = QStringLiteral("gpt-4o-mini");
    r.systemPrompt = QStringLiteral("You are SuperNova's advisor.");
    r.messages.push_back({Role::User, QStringLiteral("Backtest AAPL"), {}, {}, {}, false});
    r.maxTokens = 256;
    r.temperature = 0.2;
    r.tools.push_back(
        {QStringLiteral("run_backtest"), QStringLiteral("Runs a backtest"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                     {QStringLiteral("properties"),
                      QJsonObject{{QStringLiteral("symbol"),
                                   QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}},
                     {QStringLiteral("required"), QJsonArray{QStringLiteral("symbol")}},
                     {QStringLiteral("additionalProperties"), false}}});
    return r;
}

struct Fixture
{
    Server server;
    OpenAiCompatibleProvider *provider = nullptr;
    ProviderOutcome out;
    QList<int> waits;

    explicit Fixture(int idleMs = 5000, int attempts = 3, int firstByteMs = 5000)
    {
        if (!server.listen())
            qFatal("cannot listen on 127.0.0.1");
        HttpProviderConfig cfg;
        cfg.baseUrl = server.url(QStringLiteral("/v1/"));
        cfg.apiKey = kKey;
        cfg.retry.maxAttempts = attempts;
        cfg.retry.baseDelayMs = 40;
        cfg.idleTimeoutMs = idleMs;
        cfg.firstByteTimeoutMs = firstByteMs;
        provider = new OpenAiCompatibleProvider(cfg, &server);
        // Record the waits asked for but do not sleep them: tests stay fast.
        provider->setWaiter([this](int ms, std::function<void()> then) {
            waits << ms;
            QTimer::singleShot(0, provider, std::move(then));
        });
        watch(provider, &out);
    }
    bool run(const ChatRequest &r = basicRequest())
    {
        provider->start(r);
        return waitUntil([this] { return out.done(); });
    }
};

} // namespace

class TestOpenAiProvider : public QObject
{
    Q_OBJECT

private slots:
    void streamsTextAndUsage()
    {
        Fixture f;
        f.server.enqueue(Server::Response::sseInPieces(helloStream(), 7, 1));
        QVERIFY(f.run());
        QVERIFY2(f.out.result, qPrintable(errorText(f.out)));
        QCOMPARE(f.out.text(), QStringLiteral("Hello, w\u00f6rld \u20ac"));
        QVERIFY(f.out.deltas.size() >= 2);
        const ChatResult &r = *f.out.result;
        QCOMPARE(r.message.text, f.out.text());
        QCOMPARE(r.message.role, Role::Assistant);
        QCOMPARE(r.usage.inputTokens, 12);
        QCOMPARE(r.usage.outputTokens, 7);
        QCOMPARE(r.stopReason, StopReason::EndTurn);
        QCOMPARE(r.vendorStopReason, QStringLiteral("stop"));
        QCOMPARE(r.attempts, 1);
        QVERIFY(!r.partial);
        QVERIFY(r.firstTokenMs >= 0 && r.firstTokenMs <= r.latencyMs);
    }

    void sendsTheWireFormat()
    {
        Fixture f;
        f.server.enqueue(Server::Response::sse({{helloStream()}}));
        ChatRequest req = basicRequest();
        req.messages.push_back({Role::Assistant,
                                QString(),
                                {{QStringLiteral("call_9"), QStringLiteral("run_backtest"),
                                  QJsonObject{{QStringLiteral("symbol"), QStringLiteral("AAPL")}}}},
                                {},
                                {},
                                false});
        req.messages.push_back({Role::Tool,
                                QStringLiteral(R"({"cagr":0.12})"),
                                {},
                                QStringLiteral("call_9"),
                                QStringLiteral("run_backtest"),
                                false});
        QVERIFY(f.run(req));
        QCOMPARE(f.server.requests().size(), 1);
        const Server::Request &got = f.server.requests().first();
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.path, QByteArray("/v1/chat/completions"));
        QCOMPARE(got.headers.value("authorization"), "Bearer " + kKey.toUtf8());
        QCOMPARE(got.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(got.headers.value("accept"), QByteArray("text/event-stream"));

        const QJsonObject body = got.json();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(body.value(QStringLiteral("stream")).toBool(), true);
        QCOMPARE(body.value(QStringLiteral("stream_options"))
                     .toObject()
                     .value(QStringLiteral("include_usage"))
                     .toBool(),
                 true);
        QCOMPARE(body.value(QStringLiteral("max_tokens")).toInt(), 256);
        QCOMPARE(body.value(QStringLiteral("temperature")).toDouble(), 0.2);

        const QJsonArray tools = body.value(QStringLiteral("tools")).toArray();
        QCOMPARE(tools.size(), 1);
        const QJsonObject tool = tools.at(0).toObject();
        QCOMPARE(tool.value(QStringLiteral("type")).toString(), QStringLiteral("function"));
        const QJsonObject fn = tool.value(QStringLiteral("function")).toObject();
        QCOMPARE(fn.value(QStringLiteral("name")).toString(), QStringLiteral("run_backtest"));
        QCOMPARE(fn.value(QStringLiteral("description")).toString(), QStringLiteral("Runs a backtest"));
        QCOMPARE(fn.value(QStringLiteral("parameters")).toObject(), basicRequest().tools[0].parameters);

        const QJsonArray msgs = body.value(QStringLiteral("messages")).toArray();
        QCOMPARE(msgs.size(), 4);
        QCOMPARE(msgs.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                              {QStringLiteral("content"), QStringLiteral("You are SuperNova's advisor.")}}));
        QCOMPARE(msgs.at(1).toObject(),
                 (QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                              {QStringLiteral("content"), QStringLiteral("Backtest AAPL")}}));
        const QJsonObject assistant = msgs.at(2).toObject();
        QCOMPARE(assistant.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
        QVERIFY(assistant.value(QStringLiteral("content")).isNull());
        const QJsonObject call = assistant.value(QStringLiteral("tool_calls")).toArray().at(0).toObject();
        QCOMPARE(call.value(QStringLiteral("id")).toString(), QStringLiteral("call_9"));
        QCOMPARE(call.value(QStringLiteral("type")).toString(), QStringLiteral("function"));
        const QJsonObject callFn = call.value(QStringLiteral("function")).toObject();
        QCOMPARE(callFn.value(QStringLiteral("name")).toString(), QStringLiteral("run_backtest"));
        // Arguments travel as a JSON string, not an object.
        QCOMPARE(callFn.value(QStringLiteral("arguments")).toString(),
                 QStringLiteral(R"({"symbol":"AAPL"})"));
        QCOMPARE(msgs.at(3).toObject(),
                 (QJsonObject{{QStringLiteral("role"), QStringLiteral("tool")},
                              {QStringLiteral("tool_call_id"), QStringLiteral("call_9")},
                              {QStringLiteral("content"), QStringLiteral(R"({"cagr":0.12})")}}));
    }

    void noKeyNoAuthorizationHeader()
    {
        Server server;
        QVERIFY(server.listen());
        HttpProviderConfig cfg;
        cfg.baseUrl = server.url(QStringLiteral("/v1"));
        OpenAiCompatibleProvider p(cfg);
        QVERIFY(p.isLocal());
        ProviderOutcome out;
        watch(&p, &out);
        server.enqueue(Server::Response::sse({{helloStream()}}));
        p.start(basicRequest());
        QVERIFY(waitUntil([&] { return out.done(); }));
        QVERIFY(out.result);
        QVERIFY(!server.requests().first().headers.contains("authorization"));
    }

    void toolCallDeltasSplitAcrossChunks()
    {
        Fixture f;
        const QByteArray stream =
            chunk(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                              {QStringLiteral("content"), QJsonValue::Null}}) +
            toolDelta(0, QStringLiteral("call_a"), QStringLiteral("run_backtest"), QString()) +
            toolDelta(0, {}, {}, QStringLiteral("{\"sym")) +
            toolDelta(0, {}, {}, QStringLiteral("bol\": \"AA")) +
            toolDelta(1, QStringLiteral("call_b"), QStringLiteral("explain_metric"),
                      QStringLiteral("{\"metric\"")) +
            toolDelta(0, {}, {}, QStringLiteral("PL\", \"fast\": 20}")) +
            toolDelta(1, {}, {}, QStringLiteral(": \"sharpe \\\"ratio\\\"\"}")) +
            chunk(QJsonObject{}, QStringLiteral("tool_calls")) + usageChunk(80, 31) + "data: [DONE]\n\n";
        f.server.enqueue(Server::Response::sseInPieces(stream, 13, 1));
        QVERIFY(f.run());
        QVERIFY2(f.out.result, qPrintable(errorText(f.out)));
        const ChatResult &r = *f.out.result;
        QCOMPARE(r.stopReason, StopReason::ToolUse);
        QVERIFY(r.message.text.isEmpty());
        QCOMPARE(r.message.toolCalls.size(), std::size_t(2));
        QCOMPARE(r.message.toolCalls[0].id, QStringLiteral("call_a"));
        QCOMPARE(r.message.toolCalls[0].name, QStringLiteral("run_backtest"));
        QCOMPARE(
            r.message.toolCalls[0].arguments,
            (QJsonObject{{QStringLiteral("symbol"), QStringLiteral("AAPL")}, {QStringLiteral("fast"), 20}}));
        QCOMPARE(r.message.toolCalls[1].id, QStringLiteral("call_b"));
        QCOMPARE(r.message.toolCalls[1].arguments,
                 (QJsonObject{{QStringLiteral("metric"), QStringLiteral("sharpe \"ratio\"")}}));
        QCOMPARE(r.usage.inputTokens, 80);
        QCOMPARE(r.usage.outputTokens, 31);
    }

    void badToolArgumentsAreAClearError()
    {
        Fixture f;
        f.server.enqueue(Server::Response::sse(
            {{toolDelta(0, QStringLiteral("call_x"), QStringLiteral("run_backtest"),
                        QStringLiteral("{\"symbol\": ")) +
              chunk(QJsonObject{}, QStringLiteral("tool_calls")) + "data: [DONE]\n\n"}}));
        QVERIFY(f.run());
        QVERIFY(f.out.error);
        QCOMPARE(f.out.error->code, ErrorCode::ParseError);
        const QString msg = errorText(f.out);
        QVERIFY2(msg.contains(QStringLiteral("run_backtest")) && msg.contains(QStringLiteral("call_x")) &&
                     msg.contains(QStringLiteral("not a JSON object")),
                 qPrintable(msg));
    }

    void errorBodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("401")
            << 401
            << QByteArray(
                   R"({"error":{"message":"Incorrect API key provided: sk-tes***cdef.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}})")
            << int(ErrorCode::AccessDenied)
            << QStringLiteral("HTTP 401: Incorrect API key provided: sk-tes***cdef. (invalid_request_error, "
                              "invalid_api_key)");
        QTest::newRow("400")
            << 400
            << QByteArray(
                   R"({"error":{"message":"Invalid schema for function run_backtest","type":"invalid_request_error","param":"tools[0].function.parameters","code":"invalid_function_parameters"}})")
            << int(ErrorCode::InvalidArgument)
            << QStringLiteral("HTTP 400: Invalid schema for function run_backtest");
        QTest::newRow("ollama 404")
            << 404 << QByteArray("{\"error\":\"model \\\"llama9\\\" not found, try pulling it first\"}")
            << int(ErrorCode::NotFound) << QStringLiteral("HTTP 404: model \"llama9\" not found");
    }

    void errorBodies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(QString, mustContain);
        Fixture f;
        f.server.enqueue(Server::Response::json(status, body));
        QVERIFY(f.run());
        QVERIFY(f.out.error);
        QCOMPARE(int(f.out.error->code), code);
        QVERIFY2(errorText(f.out).contains(mustContain), qPrintable(errorText(f.out)));
        QVERIFY2(errorText(f.out).contains(f.server.url().toString()), qPrintable(errorText(f.out))); // where
        QCOMPARE(f.server.requests().size(), 1); // a client error is never retried
        QVERIFY(f.waits.isEmpty());
    }

    void retriesAfter429HonouringRetryAfter()
    {
        Fixture f;
        Server::Response tooMany = Server::Response::json(
            429,
            R"({"error":{"message":"Rate limit reached for gpt-4o-mini","type":"requests","code":"rate_limit_exceeded"}})");
        tooMany.headers.emplace_back("Retry-After", "2");
        f.server.enqueue(tooMany);
        f.server.enqueue(Server::Response::sse({{helloStream()}}));
        QVERIFY(f.run());
        QVERIFY2(f.out.result, qPrintable(errorText(f.out)));
        QCOMPARE(f.out.result->attempts, 2);
        QCOMPARE(f.waits, QList<int>{2000}); // the server's 2 s, not the 40 ms backoff
        QCOMPARE(f.out.retryDelays, QList<int>{2000});
        QCOMPARE(f.server.requests().size(), 2);
        QCOMPARE(f.server.requests().at(0).body, f.server.requests().at(1).body);
    }

    void gives5xxUpAfterMaxAttempts()
    {
        Fixture f(5000, 3);
        for (int i = 0; i < 3; ++i)
            f.server.enqueue(Server::Response::json(
                500,
                R"({"error":{"message":"The server had an error while processing your request.","type":"server_error"}})"));
        QVERIFY(f.run());
        QVERIFY(f.out.error);
        QCOMPARE(f.out.error->code, ErrorCode::Unavailable);
        QVERIFY2(errorText(f.out).contains(QStringLiteral("gave up after 3 attempts")),
                 qPrintable(errorText(f.out)));
        QCOMPARE(f.server.requests().size(), 3);
        QCOMPARE(f.waits.size(), 2);
        // Exponential backoff within the jitter band: ~40 ms, then ~80 ms.
        QVERIFY2(f.waits[0] >= 32 && f.waits[0] <= 48, qPrintable(QString::number(f.waits[0])));
        QVERIFY2(f.waits[1] >= 64 && f.waits[1] <= 96, qPrintable(QString::number(f.waits[1])));
    }

    void malformedEventIsAClearErrorAndKeepsThePartial()
    {
        Fixture f;
        f.server.enqueue(Server::Response::sse(
            {{textChunk(QStringLiteral("Partial ")) + "data: {\"choices\": [ {\"delta\": \n\n" +
              textChunk(QStringLiteral("never"))}}));
        QVERIFY(f.run());
        QVERIFY(f.out.error);
        QCOMPARE(f.out.error->code, ErrorCode::ParseError);
        QVERIFY2(errorText(f.out).contains(QStringLiteral("event 2 is not a JSON object")),
                 qPrintable(errorText(f.out)));
        QCOMPARE(f.out.partial.message.text, QStringLiteral("Partial "));
        QVERIFY(f.out.partial.partial);
        QCOMPARE(f.server.requests().size(), 1);
    }

    void disconnectMidStreamKeepsThePartial()
    {
        Fixture f;
        f.server.enqueue(Server::Response::sse(
            {{textChunk(QStringLiteral("Hello ")), 0}, {textChunk(QStringLiteral("wor")), 5}},
            Server::End::Disconnect));
        QVERIFY(f.run());
        QVERIFY(f.out.error);
        QCOMPARE(f.out.error->code, ErrorCode::Unavailable);
        QVERIFY(f.out.partial.partial);
        QCOMPARE(f.out.partial.stopReason, StopReason::Interrupted);
        QCOMPARE(f.out.partial.message.text, QStringLiteral("Hello wor"));
        QCOMPARE(f.server.requests().size(), 1); // text had streamed: never retried
    }

    void disconnectBeforeAnyTokenIsRetried()
    {
        Fixture f;
        f.server.enqueue(Server::Response::sse({{": connected\n\n"}}, Server::End::Disconnect));
        f.server.enqueue(Server::Response::sse({{helloStream()}}));
        QVERIFY(f.run());
        QVERIFY2(f.out.result, qPrintable(errorText(f.out)));
        QCOMPARE(f.out.result->attempts, 2);
        QCOMPARE(f.server.requests().size(), 2);
    }

    void cancelMidStream()
    {
        Fixture f;
        f.server.enqueue(Server::Response::sse(
            {{textChunk(QStringLiteral("Thinking about "))}, {textChunk(QStringLiteral("AAPL")), 20}},
            Server::End::Hang));
        QObject::connect(f.provider, &ChatProvider::textDelta, f.provider, [&f] { f.provider->cancel(); });
        QVERIFY(f.run());
        QVERIFY(f.out.error);
        QCOMPARE(f.out.error->code, ErrorCode::Cancelled);
        QCOMPARE(f.out.partial.stopReason, StopReason::Cancelled);
        QVERIFY(f.out.partial.partial);
        QCOMPARE(f.out.partial.message.text, QStringLiteral("Thinking about "));
        QVERIFY(!f.provider->isBusy());
        QTest::qWait(60); // nothing more arrives after the cancel
        QCOMPARE(f.out.deltas.size(), 1);
    }

    void idleTimeout()
    {
        Fixture f(150);
        f.server.enqueue(Server::Response::sse({{textChunk(QStringLiteral("Slow"))}}, Server::End::Hang));
        QElapsedTimer t;
        t.start();
        QVERIFY(f.run());
        QVERIFY(f.out.error);
        QVERIFY2(errorText(f.out).contains(QStringLiteral("silent for longer than 150 ms")),
                 qPrintable(errorText(f.out)));
        QVERIFY(t.elapsed() >= 140);
        QCOMPARE(f.out.partial.message.text, QStringLiteral("Slow"));
        QVERIFY(f.out.partial.partial);
    }

    void firstByteTimeoutIsRetriedThenReported()
    {
        // Headers arrive, the body never does: both attempts time out.
        Fixture f(5000, 2, 120);
        f.server.enqueue(Server::Response::sse({}, Server::End::Hang));
        f.server.enqueue(Server::Response::sse({}, Server::End::Hang));
        QVERIFY(f.run());
        QVERIFY(f.out.error);
        QCOMPARE(f.out.error->code, ErrorCode::Unavailable);
        QVERIFY2(
            errorText(f.out).contains(QStringLiteral("no response within 120 ms (gave up after 2 attempts)")),
            qPrintable(errorText(f.out)));
        QCOMPARE(f.server.requests().size(), 2);
        QVERIFY(!f.out.partial.partial);
    }

    void keyIsRedactedFromLogs()
    {
        Fixture f; // the provider registered the key
        const std::string line = "request failed with key " + kKey.toStdString();
        const std::string clean = sn::log::redact(line);
        QVERIFY(clean.find(kKey.toStdString()) == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestOpenAiProvider)
#include "tst_openaiprovider.moc"
