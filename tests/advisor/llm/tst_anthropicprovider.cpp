// AnthropicProvider against the loopback server speaking the Messages
// streaming format: typed events, text and input_json_delta split across
// chunks, usage from message_start and message_delta, the exact request JSON
// (system, tools, tool_use / tool_result blocks) and headers, error bodies,
// error and ping events, 529 overloaded with Retry-After.
#include "core/advisor/llm/AnthropicProvider.h"
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

const QString kKey = QStringLiteral("sk-ant-test-0123456789");

QByteArray sseEvent(const char *type, const QJsonObject &data)
{
    return QByteArray("event: ") + type + "\ndata: " + QJsonDocument(data).toJson(QJsonDocument::Compact) +
           "\n\n";
}

QByteArray messageStart(int inputTokens)
{
    return sseEvent(
        "message_start",
        QJsonObject{
            {QStringLiteral("type"), QStringLiteral("message_start")},
            {QStringLiteral("message"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("msg_01")},
                         {QStringLiteral("type"), QStringLiteral("message")},
                         {QStringLiteral("role"), QStringLiteral("assistant")},
                         {QStringLiteral("content"), QJsonArray{}},
                         {QStringLiteral("model"), QStringLiteral("claude-sonnet-4-20250514")},
                         {QStringLiteral("stop_reason"), QJsonValue::Null},
                         {QStringLiteral("usage"), QJsonObject{{QStringLiteral("input_tokens"), inputTokens},
                                                               {QStringLiteral("output_tokens"), 1}}}}}});
}

QByteArray blockStartText(int index)
{
    return sseEvent("content_block_start",
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("content_block_start")},
                                {QStringLiteral("index"), index},
                                {QStringLiteral("content_block"),
                                 QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                             {QStringLiteral("text"), QString()}}}});
}

QByteArray blockStartTool(int index, const QString &id, const QString &name)
{
    return sseEvent("content_block_start",
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("content_block_start")},
                                {QStringLiteral("index"), index},
                                {QStringLiteral("content_block"),
                                 QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_use")},
                                             {QStringLiteral("id"), id},
                                             {QStringLiteral("name"), name},
                                             {QStringLiteral("input"), QJsonObject{}}}}});
}

QByteArray textDelta(int index, const QString &text)
{
    return sseEvent("content_block_delta",
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("content_block_delta")},
                                {QStringLiteral("index"), index},
                                {QStringLiteral("delta"),
                                 QJsonObject{{QStringLiteral("type"), QStringLiteral("text_delta")},
                                             {QStringLiteral("text"), text}}}});
}

QByteArray jsonDelta(int index, const QString &partial)
{
    return sseEvent("content_block_delta",
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("content_block_delta")},
                                {QStringLiteral("index"), index},
                                {QStringLiteral("delta"),
                                 QJsonObject{{QStringLiteral("type"), QStringLiteral("input_json_delta")},
                                             {QStringLiteral("partial_json"), partial}}}});
}

QByteArray blockStop(int index)
{
    return sseEvent("content_block_stop",
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("content_block_stop")},
                                {QStringLiteral("index"), index}});
}

QByteArray messageDelta(const QString &stopReason, int outputTokens)
{
    return sseEvent(
        "message_delta",
        QJsonObject{
            {QStringLiteral("type"), QStringLiteral("message_delta")},
            {QStringLiteral("delta"), QJsonObject{{QStringLiteral("stop_reason"), stopReason},
                                                  {QStringLiteral("stop_sequence"), QJsonValue::Null}}},
            {QStringLiteral("usage"), QJsonObject{{QStringLiteral("output_tokens"), outputTokens}}}});
}

QByteArray ping()
{
    return sseEvent("ping", QJsonObject{{QStringLiteral("type"), QStringLiteral("ping")}});
}

QByteArray messageStop()
{
    return sseEvent("message_stop", QJsonObject{{QStringLiteral("type"), QStringLiteral("message_stop")}});
}

ChatRequest basicRequest()
{
    ChatRequest r;
    r.model = QStringLiteral("claude-sonnet-4-20250514");
    r.systemPrompt = QStringLiteral("You are SuperNova's advisor.");
    r.messages.push_back({Role::User, QStringLiteral("Compare AAPL and MSFT"), {}, {}, {}, false});
    r.maxTokens = 512;
    r.tools.push_back(
        {QStringLiteral("compare_instruments"), QStringLiteral("Compares instruments"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                     {QStringLiteral("properties"),
                      QJsonObject{{QStringLiteral("symbols"),
                                   QJsonObject{{QStringLiteral("type"), QStringLiteral("array")}}}}},
                     {QStringLiteral("required"), QJsonArray{QStringLiteral("symbols")}}}});
    return r;
}

struct Fixture
{
    Server server;
    AnthropicProvider *provider = nullptr;
    ProviderOutcome out;
    QList<int> waits;

    Fixture()
    {
        if (!server.listen())
            qFatal("cannot listen on 127.0.0.1");
        HttpProviderConfig cfg;
        cfg.baseUrl = server.url();
        cfg.apiKey = kKey;
        cfg.retry.maxAttempts = 3;
        cfg.retry.baseDelayMs = 40;
        cfg.idleTimeoutMs = 5000;
        provider = new AnthropicProvider(cfg, &server);
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

class TestAnthropicProvider : public QObject
{
    Q_OBJECT

private slots:
    void streamsTextAndUsage()
    {
        Fixture f;
        const QByteArray stream = messageStart(25) + blockStartText(0) + ping() +
                                  textDelta(0, QStringLiteral("Gr\u00fc\u00dfe, ")) +
                                  textDelta(0, QStringLiteral("AAPL \u2191")) + blockStop(0) +
                                  messageDelta(QStringLiteral("end_turn"), 15) + messageStop();
        f.server.enqueue(Server::Response::sseInPieces(stream, 11, 1));
        QVERIFY(f.run());
        QVERIFY2(f.out.result, qPrintable(errorText(f.out)));
        const ChatResult &r = *f.out.result;
        QCOMPARE(r.message.text, QStringLiteral("Gr\u00fc\u00dfe, AAPL \u2191"));
        QCOMPARE(f.out.text(), r.message.text);
        QCOMPARE(r.usage.inputTokens, 25);
        QCOMPARE(r.usage.outputTokens, 15);
        QCOMPARE(r.stopReason, StopReason::EndTurn);
        QCOMPARE(r.vendorStopReason, QStringLiteral("end_turn"));
        QVERIFY(r.message.toolCalls.empty());
    }

    void sendsTheWireFormat()
    {
        Fixture f;
        f.server.enqueue(Server::Response::sse(
            {{messageStart(3) + messageDelta(QStringLiteral("end_turn"), 1) + messageStop()}}));
        ChatRequest req = basicRequest();
        req.temperature = 0.5;
        req.messages.push_back({Role::Assistant,
                                QStringLiteral("Let me compare."),
                                {{QStringLiteral("toolu_1"), QStringLiteral("compare_instruments"),
                                  QJsonObject{{QStringLiteral("symbols"),
                                               QJsonArray{QStringLiteral("AAPL"), QStringLiteral("MSFT")}}}}},
                                {},
                                {},
                                false});
        req.messages.push_back({Role::Tool,
                                QStringLiteral(R"({"error":"no data for MSFT"})"),
                                {},
                                QStringLiteral("toolu_1"),
                                QStringLiteral("compare_instruments"),
                                true});
        req.messages.push_back({Role::User, QStringLiteral("Use SPY instead"), {}, {}, {}, false});
        QVERIFY(f.run(req));
        QVERIFY2(f.out.result, qPrintable(errorText(f.out)));
        const Server::Request &got = f.server.requests().first();
        QCOMPARE(got.path, QByteArray("/v1/messages"));
        QCOMPARE(got.headers.value("x-api-key"), kKey.toUtf8());
        QCOMPARE(got.headers.value("anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(!got.headers.contains("authorization"));
        const QJsonObject body = got.json();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("claude-sonnet-4-20250514"));
        QCOMPARE(body.value(QStringLiteral("stream")).toBool(), true);
        QCOMPARE(body.value(QStringLiteral("max_tokens")).toInt(), 512);
        QCOMPARE(body.value(QStringLiteral("temperature")).toDouble(), 0.5);
        QCOMPARE(body.value(QStringLiteral("system")).toString(),
                 QStringLiteral("You are SuperNova's advisor."));
        const QJsonObject tool = body.value(QStringLiteral("tools")).toArray().at(0).toObject();
        QCOMPARE(tool.keys(), (QStringList{QStringLiteral("description"), QStringLiteral("input_schema"),
                                           QStringLiteral("name")}));
        QCOMPARE(tool.value(QStringLiteral("input_schema")).toObject(), basicRequest().tools[0].parameters);

        const QJsonArray msgs = body.value(QStringLiteral("messages")).toArray();
        QCOMPARE(msgs.size(), 3); // user, assistant, user (tool_result + text merged)
        QCOMPARE(msgs.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("user"));
        const QJsonObject assistant = msgs.at(1).toObject();
        QCOMPARE(assistant.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
        const QJsonArray ablocks = assistant.value(QStringLiteral("content")).toArray();
        QCOMPARE(ablocks.size(), 2);
        QCOMPARE(ablocks.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                              {QStringLiteral("text"), QStringLiteral("Let me compare.")}}));
        QCOMPARE(ablocks.at(1).toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_use")},
                              {QStringLiteral("id"), QStringLiteral("toolu_1")},
                              {QStringLiteral("name"), QStringLiteral("compare_instruments")},
                              {QStringLiteral("input"),
                               QJsonObject{{QStringLiteral("symbols"),
                                            QJsonArray{QStringLiteral("AAPL"), QStringLiteral("MSFT")}}}}}));
        const QJsonObject user = msgs.at(2).toObject();
        QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("user"));
        const QJsonArray ublocks = user.value(QStringLiteral("content")).toArray();
        QCOMPARE(ublocks.size(), 2);
        QCOMPARE(ublocks.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_result")},
                              {QStringLiteral("tool_use_id"), QStringLiteral("toolu_1")},
                              {QStringLiteral("content"), QStringLiteral(R"({"error":"no data for MSFT"})")},
                              {QStringLiteral("is_error"), true}}));
        QCOMPARE(ublocks.at(1).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Use SPY instead"));
    }

    void toolUseWithInputJsonSplitAcrossChunks()
    {
        Fixture f;
        const QByteArray stream =
            messageStart(410) + blockStartText(0) + textDelta(0, QStringLiteral("Comparing.")) +
            blockStop(0) +
            blockStartTool(1, QStringLiteral("toolu_01A"), QStringLiteral("compare_instruments")) +
            jsonDelta(1, QString()) + jsonDelta(1, QStringLiteral("{\"symb")) +
            jsonDelta(1, QStringLiteral("ols\": [\"AA")) + ping() +
            jsonDelta(1, QStringLiteral("PL\", \"MSFT\"], \"since\": \"2015-01-01\"}")) + blockStop(1) +
            messageDelta(QStringLiteral("tool_use"), 89) + messageStop();
        f.server.enqueue(Server::Response::sseInPieces(stream, 17, 1));
        QVERIFY(f.run());
        QVERIFY2(f.out.result, qPrintable(errorText(f.out)));
        const ChatResult &r = *f.out.result;
        QCOMPARE(r.stopReason, StopReason::ToolUse);
        QCOMPARE(r.message.text, QStringLiteral("Comparing."));
        QCOMPARE(r.message.toolCalls.size(), std::size_t(1));
        QCOMPARE(r.message.toolCalls[0].id, QStringLiteral("toolu_01A"));
        QCOMPARE(r.message.toolCalls[0].name, QStringLiteral("compare_instruments"));
        QCOMPARE(r.message.toolCalls[0].arguments,
                 (QJsonObject{
                     {QStringLiteral("symbols"), QJsonArray{QStringLiteral("AAPL"), QStringLiteral("MSFT")}},
                     {QStringLiteral("since"), QStringLiteral("2015-01-01")}}));
        QCOMPARE(r.usage.inputTokens, 410);
        QCOMPARE(r.usage.outputTokens, 89);
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
                   R"({"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}})")
            << int(ErrorCode::AccessDenied)
            << QStringLiteral("HTTP 401: invalid x-api-key (authentication_error)");
        QTest::newRow("400")
            << 400
            << QByteArray(
                   R"({"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: Field required"}})")
            << int(ErrorCode::InvalidArgument)
            << QStringLiteral("HTTP 400: max_tokens: Field required (invalid_request_error)");
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
        QVERIFY2(errorText(f.out).startsWith(QStringLiteral("Anthropic ")), qPrintable(errorText(f.out)));
        QCOMPARE(f.server.requests().size(), 1);
    }

    void overloadedWithRetryAfterDateThenSuccess()
    {
        Fixture f;
        const QDateTime now(QDate(2026, 12, 1), QTime(14, 0, 0), Qt::UTC);
        f.provider->setClock([now] { return now; });
        Server::Response busy = Server::Response::json(
            529, R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})");
        busy.headers.emplace_back("Retry-After", "Tue, 01 Dec 2026 14:00:03 GMT");
        f.server.enqueue(busy);
        f.server.enqueue(Server::Response::sse(
            {{messageStart(5) + blockStartText(0) + textDelta(0, QStringLiteral("ok")) + blockStop(0) +
              messageDelta(QStringLiteral("end_turn"), 2) + messageStop()}}));
        QVERIFY(f.run());
        QVERIFY2(f.out.result, qPrintable(errorText(f.out)));
        QCOMPARE(f.waits, QList<int>{3000});
        QCOMPARE(f.out.result->attempts, 2);
        QCOMPARE(f.out.result->message.text, QStringLiteral("ok"));
    }

    void errorEventMidStream()
    {
        Fixture f;
        f.server.enqueue(Server::Response::sse(
            {{messageStart(5) + blockStartText(0) + textDelta(0, QStringLiteral("Half an ans")) +
              sseEvent(
                  "error",
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                              {QStringLiteral("error"),
                               QJsonObject{{QStringLiteral("type"), QStringLiteral("overloaded_error")},
                                           {QStringLiteral("message"), QStringLiteral("Overloaded")}}}})}},
            Server::End::Hang));
        QVERIFY(f.run());
        QVERIFY(f.out.error);
        QVERIFY2(errorText(f.out).contains(QStringLiteral("Overloaded (overloaded_error)")),
                 qPrintable(errorText(f.out)));
        QVERIFY(f.out.partial.partial);
        QCOMPARE(f.out.partial.message.text, QStringLiteral("Half an ans"));
        QCOMPARE(f.server.requests().size(), 1);
    }

    void malformedEventData()
    {
        Fixture f;
        f.server.enqueue(Server::Response::sse(
            {{messageStart(5) + "event: content_block_delta\ndata: {\"type\": \"content_bl\n\n"}}));
        QVERIFY(f.run());
        QVERIFY(f.out.error);
        QCOMPARE(f.out.error->code, ErrorCode::ParseError);
        QVERIFY2(
            errorText(f.out).contains(QStringLiteral("'content_block_delta' event is not a JSON object")),
            qPrintable(errorText(f.out)));
    }

    void streamWithoutMessageStopIsInterrupted()
    {
        Fixture f;
        f.server.enqueue(Server::Response::sse(
            {{messageStart(5) + blockStartText(0) + textDelta(0, QStringLiteral("Cut"))}}));
        QVERIFY(f.run());
        QVERIFY(f.out.error);
        QVERIFY2(errorText(f.out).contains(QStringLiteral("before its end marker")),
                 qPrintable(errorText(f.out)));
        QCOMPARE(f.out.partial.message.text, QStringLiteral("Cut"));
        QCOMPARE(f.out.partial.stopReason, StopReason::Interrupted);
    }
};

QTEST_GUILESS_MAIN(TestAnthropicProvider)
#include "tst_anthropicprovider.moc"
