// ConversationRunner end to end over the loopback server, with both vendors:
// a question leads to a tool call, the executor runs, its result goes back in
// the vendor's format and the final answer arrives; usage and cost add up.
// Also: a failing provider opens the breaker and asks for the offline
// fallback, the cost limit refuses a cloud call before any HTTP, cancel
// mid-stream, the round limit.
#include "core/advisor/llm/AnthropicProvider.h"
#include "core/advisor/llm/CircuitBreaker.h"
#include "core/advisor/llm/ConversationRunner.h"
#include "core/advisor/llm/OpenAiCompatibleProvider.h"
#include "core/advisor/llm/UsageMeter.h"
#include "tests/advisor/llm/LoopbackHttpServer.h"
#include "tests/advisor/llm/ProviderHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace sn;
using namespace sn::advisor;
using namespace sn::test;
using Server = LoopbackHttpServer;

namespace {

QByteArray data(const QJsonObject &o)
{
    return "data: " + QJsonDocument(o).toJson(QJsonDocument::Compact) + "\n\n";
}

QByteArray oaChunk(const QJsonObject &delta, const QJsonValue &finish = QJsonValue::Null)
{
    return data(QJsonObject{
        {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
        {QStringLiteral("choices"), QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                           {QStringLiteral("delta"), delta},
                                                           {QStringLiteral("finish_reason"), finish}}}}});
}

QByteArray oaUsage(int in, int out)
{
    return data(
        QJsonObject{{QStringLiteral("choices"), QJsonArray{}},
                    {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), in},
                                                          {QStringLiteral("completion_tokens"), out}}}});
}

QByteArray oaToolCallStream(const QString &id, const QString &args)
{
    const QString half1 = args.left(args.size() / 2), half2 = args.mid(args.size() / 2);
    auto call = [](const QJsonObject &c) {
        return QJsonObject{{QStringLiteral("tool_calls"), QJsonArray{c}}};
    };
    return oaChunk(call(QJsonObject{{QStringLiteral("index"), 0},
                                    {QStringLiteral("id"), id},
                                    {QStringLiteral("type"), QStringLiteral("function")},
                                    {QStringLiteral("function"),
                                     QJsonObject{{QStringLiteral("name"), QStringLiteral("run_backtest")},
                                                 {QStringLiteral("arguments"), half1}}}})) +
           oaChunk(call(QJsonObject{
               {QStringLiteral("index"), 0},
               {QStringLiteral("function"), QJsonObject{{QStringLiteral("arguments"), half2}}}})) +
           oaChunk(QJsonObject{}, QStringLiteral("tool_calls")) + oaUsage(100, 20) + "data: [DONE]\n\n";
}

QByteArray oaTextStream(const QStringList &pieces)
{
    QByteArray s;
    for (const QString &p : pieces)
        s += oaChunk(QJsonObject{{QStringLiteral("content"), p}});
    return s + oaChunk(QJsonObject{}, QStringLiteral("stop")) + oaUsage(150, 30) + "data: [DONE]\n\n";
}

QByteArray anEvent(const char *type, const QJsonObject &o)
{
    return QByteArray("event: ") + type + '\n' + data(o);
}

QByteArray anToolUseStream(const QString &id, const QString &json)
{
    auto t = [](const char *s) { return QString::fromLatin1(s); };
    return anEvent("message_start",
                   {{t("type"), t("message_start")},
                    {t("message"), QJsonObject{{t("usage"), QJsonObject{{t("input_tokens"), 200},
                                                                        {t("output_tokens"), 1}}}}}}) +
           anEvent("content_block_start", {{t("type"), t("content_block_start")},
                                           {t("index"), 0},
                                           {t("content_block"), QJsonObject{{t("type"), t("tool_use")},
                                                                            {t("id"), id},
                                                                            {t("name"), t("run_backtest")},
                                                                            {t("input"), QJsonObject{}}}}}) +
           anEvent("content_block_delta", {{t("type"), t("content_block_delta")},
                                           {t("index"), 0},
                                           {t("delta"), QJsonObject{{t("type"), t("input_json_delta")},
                                                                    {t("partial_json"), json.left(5)}}}}) +
           anEvent("content_block_delta", {{t("type"), t("content_block_delta")},
                                           {t("index"), 0},
                                           {t("delta"), QJsonObject{{t("type"), t("input_json_delta")},
                                                                    {t("partial_json"), json.mid(5)}}}}) +
           anEvent("content_block_stop", {{t("type"), t("content_block_stop")}, {t("index"), 0}}) +
           anEvent("message_delta", {{t("type"), t("message_delta")},
                                     {t("delta"), QJsonObject{{t("stop_reason"), t("tool_use")}}},
                                     {t("usage"), QJsonObject{{t("output_tokens"), 40}}}}) +
           anEvent("message_stop", {{t("type"), t("message_stop")}});
}

QByteArray anTextStream(const QString &text)
{
    auto t = [](const char *s) { return QString::fromLatin1(s); };
    return anEvent("message_start",
                   {{t("type"), t("message_start")},
                    {t("message"), QJsonObject{{t("usage"), QJsonObject{{t("input_tokens"), 300},
                                                                        {t("output_tokens"), 1}}}}}}) +
           anEvent("content_block_start",
                   {{t("type"), t("content_block_start")},
                    {t("index"), 0},
                    {t("content_block"), QJsonObject{{t("type"), t("text")}, {t("text"), QString()}}}}) +
           anEvent("content_block_delta",
                   {{t("type"), t("content_block_delta")},
                    {t("index"), 0},
                    {t("delta"), QJsonObject{{t("type"), t("text_delta")}, {t("text"), text}}}}) +
           anEvent("content_block_stop", {{t("type"), t("content_block_stop")}, {t("index"), 0}}) +
           anEvent("message_delta", {{t("type"), t("message_delta")},
                                     {t("delta"), QJsonObject{{t("stop_reason"), t("end_turn")}}},
                                     {t("usage"), QJsonObject{{t("output_tokens"), 60}}}}) +
           anEvent("message_stop", {{t("type"), t("message_stop")}});
}

ToolSpec backtestSpec()
{
    return {QStringLiteral("run_backtest"), QStringLiteral("Backtests an SMA crossover"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                        {QStringLiteral("properties"),
                         QJsonObject{{QStringLiteral("symbol"),
                                      QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                                     {QStringLiteral("fast"),
                                      QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}}}},
                        {QStringLiteral("required"), QJsonArray{QStringLiteral("symbol")}}}};
}

// A tool that computes from its arguments, so a test sees they arrived intact.
ToolResult fakeBacktest(const ToolCall &call, QList<ToolCall> *seen)
{
    seen->append(call);
    const QString symbol = call.arguments.value(QStringLiteral("symbol")).toString();
    if (symbol.isEmpty())
        return {{}, QStringLiteral("argument 'symbol' is required")};
    const int fast = call.arguments.value(QStringLiteral("fast")).toInt(10);
    return {QJsonObject{{QStringLiteral("symbol"), symbol},
                        {QStringLiteral("fast"), fast},
                        {QStringLiteral("trades"), fast * 2}},
            {}};
}

struct Run
{
    std::optional<RunOutcome> finished;
    std::optional<Error> error;
    RunOutcome failedOutcome;
    QStringList fallbacks;
    QStringList deltas;
    QStringList toolEvents;
    bool done() const { return finished || error; }
};

void watch(ConversationRunner *r, Run *out)
{
    QObject::connect(r, &ConversationRunner::textDelta, r, [out](const QString &t) { out->deltas << t; });
    QObject::connect(r, &ConversationRunner::toolCallStarted, r,
                     [out](const ToolCall &c) { out->toolEvents << QStringLiteral("start ") + c.name; });
    QObject::connect(r, &ConversationRunner::toolCallFinished, r,
                     [out](const ToolCall &c, const ToolResult &o, qint64 ms) {
                         out->toolEvents
                             << QStringLiteral("done %1 %2 %3")
                                    .arg(c.name, o.ok() ? QStringLiteral("ok") : o.error)
                                    .arg(ms >= 0 ? QStringLiteral("timed") : QStringLiteral("untimed"));
                     });
    QObject::connect(r, &ConversationRunner::fallbackRequested, r,
                     [out](const QString &why) { out->fallbacks << why; });
    QObject::connect(r, &ConversationRunner::finished, r, [out](const RunOutcome &o) { out->finished = o; });
    QObject::connect(r, &ConversationRunner::failed, r, [out](const Error &e, const RunOutcome &o) {
        out->error = e;
        out->failedOutcome = o;
    });
}

HttpProviderConfig configFor(const Server &server, const QString &path,
                             std::optional<bool> local = std::nullopt)
{
    HttpProviderConfig cfg;
    cfg.baseUrl = server.url(path);
    cfg.apiKey = QStringLiteral("test-key-abcdef123456");
    cfg.retry.maxAttempts = 2;
    cfg.retry.baseDelayMs = 1;
    cfg.idleTimeoutMs = 5000;
    cfg.local = local;
    return cfg;
}

RunRequest question(QList<ToolCall> *seen)
{
    RunRequest req;
    req.model = QStringLiteral("gpt-4o-mini");
    req.systemPrompt = QStringLiteral("Numbers come from tools only.");
    req.history.push_back(
        {Role::User, QStringLiteral("Backtest a 20-day crossover on AAPL"), {}, {}, {}, false});
    req.tools.push_back(backtestSpec());
    req.executor = [seen](const ToolCall &c) { return fakeBacktest(c, seen); };
    return req;
}

bool wait(const Run &run)
{
    return waitUntil([&run] { return run.done(); });
}

} // namespace

class TestConversationRunner : public QObject
{
    Q_OBJECT

private slots:
    void openAiToolRoundTrip()
    {
        Server server;
        QVERIFY(server.listen());
        server.enqueue(Server::Response::sseInPieces(
            oaToolCallStream(QStringLiteral("call_1"), QStringLiteral(R"({"symbol":"AAPL","fast":20})")), 9,
            1));
        server.enqueue(Server::Response::sseInPieces(
            oaTextStream({QStringLiteral("AAPL made "), QStringLiteral("40 trades.")}), 9, 1));
        OpenAiCompatibleProvider provider(configFor(server, QStringLiteral("/v1"), false));
        CircuitBreaker breaker(3, 60000);
        UsageMeter meter;
        ConversationRunner runner(&provider, &breaker, &meter);
        Run run;
        watch(&runner, &run);
        QList<ToolCall> seen;
        runner.run(question(&seen));
        QVERIFY(wait(run));
        QVERIFY2(run.finished, run.error ? run.error->toString().c_str() : "");

        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen[0].arguments, (QJsonObject{{QStringLiteral("symbol"), QStringLiteral("AAPL")},
                                                 {QStringLiteral("fast"), 20}}));
        QCOMPARE(run.toolEvents, (QStringList{QStringLiteral("start run_backtest"),
                                              QStringLiteral("done run_backtest ok timed")}));
        QCOMPARE(run.deltas.join(QString()), QStringLiteral("AAPL made 40 trades."));

        const RunOutcome &o = *run.finished;
        QCOMPARE(o.rounds, 2);
        QCOMPARE(o.newMessages.size(), std::size_t(3));
        QCOMPARE(o.newMessages[0].role, Role::Assistant);
        QCOMPARE(o.newMessages[0].toolCalls.size(), std::size_t(1));
        QCOMPARE(o.newMessages[1].role, Role::Tool);
        QCOMPARE(o.newMessages[1].toolCallId, QStringLiteral("call_1"));
        QCOMPARE(o.finalText(), QStringLiteral("AAPL made 40 trades."));
        QCOMPARE(o.usage.inputTokens, 250);
        QCOMPARE(o.usage.outputTokens, 50);
        // gpt-4o-mini at the default $0.15 / $0.60 per 1M tokens.
        QVERIFY(qAbs(o.costUsd - (250 * 0.15 + 50 * 0.60) / 1e6) < 1e-12);
        QVERIFY(qAbs(meter.spentToday() - o.costUsd) < 1e-12);
        QVERIFY(!o.partial);

        // The second request carries the assistant's tool call and the result in OpenAI's format.
        QCOMPARE(server.requests().size(), 2);
        const QJsonArray msgs = server.requests().at(1).json().value(QStringLiteral("messages")).toArray();
        QCOMPARE(msgs.size(), 4); // system, user, assistant(tool_calls), tool
        QCOMPARE(msgs.at(2)
                     .toObject()
                     .value(QStringLiteral("tool_calls"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("function"))
                     .toObject()
                     .value(QStringLiteral("arguments"))
                     .toString(),
                 QStringLiteral(R"({"fast":20,"symbol":"AAPL"})"));
        QCOMPARE(msgs.at(3).toObject(),
                 (QJsonObject{{QStringLiteral("role"), QStringLiteral("tool")},
                              {QStringLiteral("tool_call_id"), QStringLiteral("call_1")},
                              {QStringLiteral("content"),
                               QStringLiteral(R"({"fast":20,"symbol":"AAPL","trades":40})")}}));
    }

    void anthropicToolRoundTripWithToolError()
    {
        Server server;
        QVERIFY(server.listen());
        server.enqueue(Server::Response::sseInPieces(
            anToolUseStream(QStringLiteral("toolu_7"), QStringLiteral(R"({"fast": 5})")), 13, 1));
        server.enqueue(Server::Response::sseInPieces(anTextStream(QStringLiteral("Which symbol?")), 13, 1));
        AnthropicProvider provider(configFor(server, QString()));
        UsageMeter meter;
        ConversationRunner runner(&provider, nullptr, &meter);
        Run run;
        watch(&runner, &run);
        QList<ToolCall> seen;
        RunRequest req = question(&seen);
        req.model = QStringLiteral("claude-sonnet-4-20250514");
        runner.run(req);
        QVERIFY(wait(run));
        QVERIFY2(run.finished, run.error ? run.error->toString().c_str() : "");
        QCOMPARE(run.toolEvents.value(1),
                 QStringLiteral("done run_backtest argument 'symbol' is required timed"));
        QCOMPARE(run.finished->finalText(), QStringLiteral("Which symbol?"));
        QCOMPARE(run.finished->usage.inputTokens, 500);
        QCOMPARE(run.finished->usage.outputTokens, 100);
        QCOMPARE(run.finished->costUsd, 0.0); // loopback counts as a local endpoint

        const QJsonArray msgs = server.requests().at(1).json().value(QStringLiteral("messages")).toArray();
        QCOMPARE(msgs.size(), 3); // user, assistant(tool_use), user(tool_result)
        const QJsonObject result =
            msgs.at(2).toObject().value(QStringLiteral("content")).toArray().at(0).toObject();
        QCOMPARE(result, (QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_result")},
                                      {QStringLiteral("tool_use_id"), QStringLiteral("toolu_7")},
                                      {QStringLiteral("content"),
                                       QStringLiteral(R"({"error":"argument 'symbol' is required"})")},
                                      {QStringLiteral("is_error"), true}}));
    }

    void failingProviderOpensBreakerAndRequestsFallback()
    {
        Server server;
        QVERIFY(server.listen());
        for (int i = 0; i < 4; ++i)
            server.enqueue(Server::Response::json(
                500, R"({"error":{"message":"upstream exploded","type":"server_error"}})"));
        OpenAiCompatibleProvider provider(configFor(server, QStringLiteral("/v1")));
        qint64 now = 0;
        CircuitBreaker breaker(2, 30000, [&now] { return now; });
        ConversationRunner runner(&provider, &breaker, nullptr);
        QList<ToolCall> seen;
        for (int call = 1; call <= 2; ++call) {
            Run run;
            watch(&runner, &run);
            runner.run(question(&seen));
            QVERIFY(wait(run));
            QVERIFY(run.error);
            QCOMPARE(run.fallbacks.size(), 1);
            QVERIFY2(run.fallbacks[0].contains(QStringLiteral("upstream exploded")),
                     qPrintable(run.fallbacks[0]));
            runner.disconnect(&runner, nullptr, nullptr, nullptr);
        }
        QCOMPARE(server.requests().size(), 4); // 2 questions x 2 attempts
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open);

        Run third;
        watch(&runner, &third);
        runner.run(question(&seen));
        QVERIFY(wait(third)); // refused at once, no HTTP
        QVERIFY(third.error);
        QCOMPARE(third.fallbacks.size(), 1);
        QVERIFY2(third.fallbacks[0].contains(QStringLiteral("circuit breaker open")),
                 qPrintable(third.fallbacks[0]));
        QCOMPARE(server.requests().size(), 4);
        QVERIFY(seen.isEmpty());
    }

    void costLimitRefusesBeforeAnyRequest()
    {
        Server server;
        QVERIFY(server.listen());
        server.enqueue(Server::Response::sse({{oaTextStream({QStringLiteral("free")})}}));
        UsageMeter meter;
        meter.setDailyLimitUsd(0.50);
        meter.addSpent(QDateTime::currentDateTimeUtc().date(), 0.75);
        QList<ToolCall> seen;
        {
            // A gateway on this machine that forwards to a paid model.
            OpenAiCompatibleProvider cloud(configFor(server, QStringLiteral("/v1"), false));
            ConversationRunner runner(&cloud, nullptr, &meter);
            Run run;
            watch(&runner, &run);
            runner.run(question(&seen));
            QVERIFY(wait(run));
            QVERIFY(run.error);
            QCOMPARE(run.error->code, ErrorCode::AccessDenied);
            QCOMPARE(run.fallbacks.size(), 1);
            QVERIFY2(run.fallbacks[0].contains(QStringLiteral("daily cost limit of $0.50")) &&
                         run.fallbacks[0].contains(QStringLiteral("$0.75 spent")),
                     qPrintable(run.fallbacks[0]));
            QCOMPARE(server.requests().size(), 0);
        }
        // A local model is never blocked by the limit.
        OpenAiCompatibleProvider local(configFor(server, QStringLiteral("/v1")));
        ConversationRunner runner(&local, nullptr, &meter);
        Run run;
        watch(&runner, &run);
        runner.run(question(&seen));
        QVERIFY(wait(run));
        QVERIFY2(run.finished, run.error ? run.error->toString().c_str() : "");
        QCOMPARE(run.finished->finalText(), QStringLiteral("free"));
    }

    void cancelMidStreamKeepsPartialAndNoFallback()
    {
        Server server;
        QVERIFY(server.listen());
        server.enqueue(Server::Response::sse(
            {{oaChunk(QJsonObject{{QStringLiteral("content"), QStringLiteral("The 20/50 ")}})},
             {oaChunk(QJsonObject{{QStringLiteral("content"), QStringLiteral("cross")}}), 30}},
            Server::End::Hang));
        OpenAiCompatibleProvider provider(configFor(server, QStringLiteral("/v1")));
        CircuitBreaker breaker(1, 60000);
        ConversationRunner runner(&provider, &breaker, nullptr);
        Run run;
        watch(&runner, &run);
        QObject::connect(&runner, &ConversationRunner::textDelta, &runner, [&runner] { runner.cancel(); });
        QList<ToolCall> seen;
        runner.run(question(&seen));
        QVERIFY(wait(run));
        QVERIFY(run.error);
        QCOMPARE(run.error->code, ErrorCode::Cancelled);
        QVERIFY(run.fallbacks.isEmpty());
        QVERIFY(run.failedOutcome.partial);
        QCOMPARE(run.failedOutcome.finalText(), QStringLiteral("The 20/50 "));
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed); // a cancel is not a failure
        QVERIFY(!runner.isRunning());
    }

    void stopsAtTheRoundLimit()
    {
        Server server;
        QVERIFY(server.listen());
        for (int i = 0; i < 2; ++i)
            server.enqueue(Server::Response::sse({{oaToolCallStream(
                QStringLiteral("call_%1").arg(i), QStringLiteral(R"({"symbol":"MSFT"})"))}}));
        OpenAiCompatibleProvider provider(configFor(server, QStringLiteral("/v1")));
        ConversationRunner runner(&provider, nullptr, nullptr);
        Run run;
        watch(&runner, &run);
        QList<ToolCall> seen;
        RunRequest req = question(&seen);
        req.maxRounds = 2;
        runner.run(req);
        QVERIFY(wait(run));
        QVERIFY(run.error);
        QVERIFY2(QString::fromStdString(run.error->message).contains(QStringLiteral("after 2 rounds")),
                 run.error->message.c_str());
        QCOMPARE(seen.size(), 2);
        QCOMPARE(server.requests().size(), 2);
        QVERIFY(run.fallbacks.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConversationRunner)
#include "tst_conversationrunner.moc"
