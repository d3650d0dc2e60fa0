// AdvisorSession end to end on a temporary SQLite database with the bundled
// sample data. The model is the loopback server speaking OpenAI's or
// Anthropic's wire format; the tools are the real ones, so a tool result the
// session sends back must equal the registry's own answer on the same data.
#include "core/advisor/session/AdvisorSession.h"
#include "core/advisor/tools/AdvisorTools.h"
#include "core/storage/ConversationRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsRepository.h"
#include "core/workspace/SampleData.h"
#include "tests/advisor/llm/LoopbackHttpServer.h"
#include "tests/advisor/llm/ProviderHarness.h"
#include "tests/advisor/session/VendorStreams.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <memory>
#include <optional>

using namespace sn;
using namespace sn::advisor;
using namespace sn::test;
using namespace sn::test::vendor;
using Server = LoopbackHttpServer;

namespace {

const QString kKey = QStringLiteral("sk-test-0123456789abcdef");

struct Outcome
{
    std::optional<AskResult> result;
    std::optional<Error> error;
    QStringList deltas;
    QStringList notices;
    QStringList toolsStarted;
    bool done() const { return result || error; }
};

void watch(AdvisorSession &s, Outcome *out)
{
    QObject::connect(&s, &AdvisorSession::textDelta, &s, [out](const QString &t) { out->deltas << t; });
    QObject::connect(&s, &AdvisorSession::notice, &s, [out](const QString &t) { out->notices << t; });
    QObject::connect(&s, &AdvisorSession::toolStarted, &s,
                     [out](const QString &n, const QJsonObject &) { out->toolsStarted << n; });
    QObject::connect(&s, &AdvisorSession::finished, &s, [out](const AskResult &r) { out->result = r; });
    QObject::connect(&s, &AdvisorSession::failed, &s,
                     [out](const Error &e, const AskResult &) { out->error = e; });
}

QStringList toolNames(const QJsonObject &request)
{
    QStringList names;
    for (const QJsonValue &t : request.value(QStringLiteral("tools")).toArray()) {
        const QJsonObject o = t.toObject();
        // OpenAI nests the function; Anthropic names the tool at the top.
        names << (o.contains(QStringLiteral("function"))
                      ? o[QStringLiteral("function")][QStringLiteral("name")].toString()
                      : o.value(QStringLiteral("name")).toString());
    }
    return names;
}

HttpProviderConfig fast(HttpProviderConfig c)
{
    c.retry.maxAttempts = 2;
    c.retry.baseDelayMs = 1;
    c.retry.maxDelayMs = 5;
    c.idleTimeoutMs = 5000;
    c.firstByteTimeoutMs = 5000;
    return c;
}

} // namespace

class TestAdvisorSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ToolRegistry> m_tools;

    AdvisorConfig cloud(const Server &server, ProviderKind kind = ProviderKind::OpenAiCompatible) const
    {
        AdvisorConfig c;
        c.provider = kind;
        c.baseUrl = kind == ProviderKind::Anthropic ? server.url().toString()
                                                    : server.url(QStringLiteral("/v1")).toString();
        c.model = kind == ProviderKind::Anthropic ? QStringLiteral("claude-3-5-haiku-latest")
                                                  : QStringLiteral("gpt-4o-mini");
        // The loopback server stands in for a paid cloud endpoint: costs count,
        // the limit applies, privacy rules apply.
        c.endpointLocal = false;
        c.dailyLimitUsd = 5;
        return c;
    }

    std::unique_ptr<AdvisorSession> session(AdvisorConfig c)
    {
        auto s = std::make_unique<AdvisorSession>(*m_db, std::move(c));
        s->setKeyLookup([](const QString &) -> Result<QString> { return kKey; });
        s->setHttpTuning([](HttpProviderConfig &h) { h = fast(h); });
        return s;
    }

    static bool ask(AdvisorSession &s, Outcome &out, const QString &question, qint64 conversation = 0)
    {
        watch(s, &out);
        s.ask(question, conversation);
        return waitUntil([&out] { return out.done(); }, 30000);
    }

    std::vector<ConversationMessage> stored(qint64 id) const
    {
        auto m = ConversationRepository(*m_db).messages(id);
        return m ? *m : std::vector<ConversationMessage>{};
    }

    static const QJsonObject kPriceArgs;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db =
            Database::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("session.sqlite")));
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().toString().c_str());
        m_db = std::move(db).value();
        QVERIFY(m_db->migrate().ok());
        QVERIFY(SampleData(*m_db).load().ok());
        m_tools = std::make_unique<ToolRegistry>(makeAdvisorTools(*m_db));
    }

    // Question -> the model asks for price_summary -> the real tool runs on the
    // sample data -> its result goes back as an OpenAI `role: tool` message ->
    // the final answer; everything stored with tokens and cost.
    void openAiToolRoundTripWithTheRealTool()
    {
        Server server;
        QVERIFY(server.listen());
        server.enqueue(Server::Response::sseInPieces(
            oaToolCall(QStringLiteral("call_1"), QStringLiteral("price_summary"), kPriceArgs), 11, 1));
        server.enqueue(Server::Response::sseInPieces(
            oaText({QStringLiteral("AAPL returned "), QStringLiteral("a lot in 2020.")}), 13, 1));
        auto s = session(cloud(server));
        Outcome out;
        QVERIFY(ask(*s, out, QStringLiteral("How did AAPL do in 2020?")));
        QVERIFY2(out.result, out.error ? out.error->toString().c_str() : "");
        const AskResult &r = *out.result;
        QCOMPARE(r.answer, QStringLiteral("AAPL returned a lot in 2020."));
        QVERIFY(!r.offline);
        QVERIFY(r.notice.isEmpty());
        QCOMPARE(out.deltas.join(QString()), r.answer);
        QCOMPARE(out.toolsStarted, QStringList{QStringLiteral("price_summary")});

        // The tool result went back in OpenAI's format and is the tool's own answer.
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests()[0].path, QByteArray("/v1/chat/completions"));
        QCOMPARE(server.requests()[0].headers.value("authorization"), QByteArray("Bearer ") + kKey.toUtf8());
        const QJsonArray msgs = server.requests()[1].json().value(QStringLiteral("messages")).toArray();
        QJsonObject toolMsg;
        for (const QJsonValue &m : msgs)
            if (m[QStringLiteral("role")].toString() == QLatin1String("tool"))
                toolMsg = m.toObject();
        QCOMPARE(toolMsg.value(QStringLiteral("tool_call_id")).toString(), QStringLiteral("call_1"));
        const QJsonObject sent =
            QJsonDocument::fromJson(toolMsg.value(QStringLiteral("content")).toString().toUtf8()).object();
        auto direct = m_tools->call({QStringLiteral("x"), QStringLiteral("price_summary"), kPriceArgs});
        QVERIFY2(direct.ok(), direct.ok() ? "" : direct.error().toString().c_str());
        QCOMPARE(sent, *direct);
        QVERIFY(std::isfinite(sent.value(QStringLiteral("total_return")).toDouble()));
        QCOMPARE(sent[QStringLiteral("data")][QStringLiteral("symbol")].toString(), QStringLiteral("AAPL"));
        QCOMPARE(r.toolCalls.size(), std::size_t(1));
        QCOMPARE(r.toolCalls[0].result, *direct);

        // Tokens and cost of both rounds: gpt-4o-mini at 0.15 / 0.60 USD per 1M.
        QCOMPARE(r.usage.inputTokens, qint64(250));
        QCOMPARE(r.usage.outputTokens, qint64(50));
        const double cost = (250 * 0.15 + 50 * 0.60) / 1e6;
        QVERIFY(std::fabs(r.costUsd - cost) < 1e-12);

        const auto rows = stored(r.conversationId);
        QCOMPARE(rows.size(), std::size_t(4));
        QCOMPARE(rows[0].role, QStringLiteral("user"));
        QCOMPARE(rows[1].role, QStringLiteral("assistant"));
        QCOMPARE(toolCallsFromJson(rows[1].toolCalls).at(0).id, QStringLiteral("call_1"));
        QCOMPARE(toolCallsFromJson(rows[1].toolCalls).at(0).arguments, kPriceArgs);
        QCOMPARE(rows[2].role, QStringLiteral("tool"));
        QCOMPARE(rows[2].toolName, QStringLiteral("price_summary"));
        QCOMPARE(QJsonDocument::fromJson(rows[2].text.toUtf8()).object(), *direct);
        QCOMPARE(rows[3].text, r.answer);
        QCOMPARE(rows[3].inputTokens, qint64(250));
        QCOMPARE(rows[3].outputTokens, qint64(50));
        QCOMPARE(rows[3].costMicroUsd, std::llround(cost * 1e6));
        QVERIFY(!rows[3].partial);
        // The transcript folds it into one answer with its tool card.
        const auto shown = transcript(rows);
        QCOMPARE(shown.size(), std::size_t(2));
        QCOMPARE(shown[1].toolCalls.size(), std::size_t(1));
        QCOMPARE(shown[1].toolCalls[0].result, *direct);

        // A follow-up in the same conversation replays the stored tool turn.
        server.enqueue(Server::Response::sse({{oaText({QStringLiteral("Yes.")}), 0}}));
        Outcome again;
        QVERIFY(ask(*s, again, QStringLiteral("And was that more than the S&P 500?"), r.conversationId));
        QVERIFY(again.result);
        const QJsonArray replay = server.requests()[2].json().value(QStringLiteral("messages")).toArray();
        QStringList roles;
        for (const QJsonValue &m : replay)
            roles << m[QStringLiteral("role")].toString();
        QCOMPARE(roles,
                 (QStringList{QStringLiteral("system"), QStringLiteral("user"), QStringLiteral("assistant"),
                              QStringLiteral("tool"), QStringLiteral("assistant"), QStringLiteral("user")}));
    }

    void anthropicToolRoundTripWithTheRealTool()
    {
        Server server;
        QVERIFY(server.listen());
        server.enqueue(Server::Response::sseInPieces(
            anToolUse(QStringLiteral("toolu_1"), QStringLiteral("price_summary"), kPriceArgs), 17, 1));
        server.enqueue(Server::Response::sseInPieces(anText(QStringLiteral("Here is AAPL's 2020.")), 17, 1));
        auto s = session(cloud(server, ProviderKind::Anthropic));
        Outcome out;
        QVERIFY(ask(*s, out, QStringLiteral("How did AAPL do in 2020?")));
        QVERIFY2(out.result, out.error ? out.error->toString().c_str() : "");
        QCOMPARE(out.result->answer, QStringLiteral("Here is AAPL's 2020."));
        QCOMPARE(server.requests()[0].path, QByteArray("/v1/messages"));
        QCOMPARE(server.requests()[0].headers.value("x-api-key"), kKey.toUtf8());
        // The result came back as a tool_result block answering toolu_1.
        QJsonObject block;
        for (const QJsonValue &m : server.requests()[1].json().value(QStringLiteral("messages")).toArray())
            for (const QJsonValue &b : m[QStringLiteral("content")].toArray())
                if (b[QStringLiteral("type")].toString() == QLatin1String("tool_result"))
                    block = b.toObject();
        QCOMPARE(block.value(QStringLiteral("tool_use_id")).toString(), QStringLiteral("toolu_1"));
        QVERIFY(!block.value(QStringLiteral("is_error")).toBool());
        auto direct = m_tools->call({QStringLiteral("x"), QStringLiteral("price_summary"), kPriceArgs});
        QCOMPARE(QJsonDocument::fromJson(block.value(QStringLiteral("content")).toString().toUtf8()).object(),
                 *direct);
        QCOMPARE(out.result->usage.inputTokens, qint64(500));
        QCOMPARE(out.result->usage.outputTokens, qint64(100));
        // claude-3-5-haiku: 0.80 / 4.00 USD per 1M (the "-latest" name uses the prefix's price).
        const double cost = (500 * 0.80 + 100 * 4.00) / 1e6;
        QVERIFY(std::fabs(out.result->costUsd - cost) < 1e-12);
        QCOMPARE(stored(out.result->conversationId).back().costMicroUsd, std::llround(cost * 1e6));
    }

    // Privacy off (the default): no portfolio tool in the request, the
    // outbound description says so, and a model naming one anyway gets an
    // error instead of the data.
    void privacyOffKeepsPortfolioToolsAway()
    {
        Server server;
        QVERIFY(server.listen());
        server.enqueue(Server::Response::sse(
            {{oaToolCall(QStringLiteral("call_p"), QStringLiteral("portfolio_summary"), {}), 0}}));
        server.enqueue(
            Server::Response::sse({{oaText({QStringLiteral("I cannot see your portfolio.")}), 0}}));
        AdvisorConfig c = cloud(server);
        QVERIFY(!c.sharePortfolioWithCloud);
        auto s = session(c);
        const OutboundDescription d = s->describeOutbound();
        QVERIFY(d.leavesMachine);
        for (const QString &name : AdvisorSession::portfolioTools()) {
            QVERIFY2(d.toolsWithheld.contains(name), qPrintable(name));
            QVERIFY(!d.toolsOffered.contains(name));
        }
        QVERIFY(d.toolsOffered.contains(QStringLiteral("run_backtest")));
        QVERIFY(d.markdown().contains(QLatin1String("portfolio_summary")));

        Outcome out;
        QVERIFY(ask(*s, out, QStringLiteral("What is my portfolio worth?")));
        QVERIFY(out.result);
        const QStringList offered = toolNames(server.requests()[0].json());
        QVERIFY(offered.contains(QStringLiteral("price_summary")));
        for (const QString &name : AdvisorSession::portfolioTools())
            QVERIFY2(!offered.contains(name), qPrintable(name));
        QVERIFY(!server.requests()[0]
                     .json()
                     .value(QStringLiteral("messages"))[0][QStringLiteral("content")]
                     .toString()
                     .contains(QLatin1String("portfolio_summary")));
        // The model asked anyway: it got a refusal, not holdings.
        QCOMPARE(out.result->toolCalls.size(), std::size_t(1));
        QVERIFY(!out.result->toolCalls[0].ok);
        const QString sentBack = server.requests()[1].body;
        QVERIFY2(sentBack.contains(QLatin1String("has not allowed portfolio data")), qPrintable(sentBack));
        QVERIFY(!sentBack.contains(QLatin1String("market_value")));

        // Sharing allowed: the portfolio tools are offered.
        c.sharePortfolioWithCloud = true;
        QVERIFY(s->setConfig(c).ok());
        QVERIFY(s->describeOutbound().toolsWithheld.isEmpty());
        server.enqueue(Server::Response::sse({{oaText({QStringLiteral("ok")}), 0}}));
        Outcome shared;
        QVERIFY(ask(*s, shared, QStringLiteral("What is my portfolio worth?")));
        QVERIFY(toolNames(server.requests().last().json()).contains(QStringLiteral("portfolio_summary")));
    }

    // An earlier offline answer built on portfolio data stays out of what a
    // cloud model sees when sharing is off.
    void privacyOffWithholdsEarlierPortfolioAnswers()
    {
        AdvisorConfig offline;
        auto local = session(offline);
        Outcome first;
        QVERIFY(ask(*local, first, QStringLiteral("What is my portfolio worth?")));
        QVERIFY(first.result && first.result->offline);
        QCOMPARE(first.result->toolCalls.at(0).name, QStringLiteral("portfolio_summary"));
        const QString total = QString::number(
            first.result->toolCalls[0].result.value(QStringLiteral("total_value")).toDouble(), 'f', 0);

        Server server;
        QVERIFY(server.listen());
        server.enqueue(Server::Response::sse({{oaText({QStringLiteral("ok")}), 0}}));
        auto s = session(cloud(server));
        Outcome next;
        QVERIFY(ask(*s, next, QStringLiteral("Explain the Sharpe ratio"), first.result->conversationId));
        QVERIFY(next.result);
        const QString body = QString::fromUtf8(server.requests()[0].body);
        QVERIFY(body.contains(QLatin1String("It is not shared with cloud models")));
        QVERIFY(!body.contains(first.result->answer.left(40)));
    }

    void fallbackToOfflineOn500s()
    {
        Server server;
        QVERIFY(server.listen());
        for (int i = 0; i < 2; ++i)
            server.enqueue(Server::Response::json(500, R"({"error":{"message":"upstream exploded"}})"));
        auto s = session(cloud(server));
        Outcome out;
        const QString q =
            QStringLiteral("Backtest a 20/50 crossover on AAPL since 2015 and compare it with buy and hold");
        QVERIFY(ask(*s, out, q));
        QVERIFY2(out.result, out.error ? out.error->toString().c_str() : "");
        const AskResult &r = *out.result;
        QCOMPARE(server.requests().size(), 2); // one retry, then give up
        QVERIFY(r.offline);
        QCOMPARE(r.provider, QStringLiteral("offline"));
        QVERIFY2(r.notice.startsWith(
                     QLatin1String("Answered offline because OpenAI-compatible server could not be used")),
                 qPrintable(r.notice));
        QVERIFY2(r.fallbackReason.contains(QLatin1String("500")), qPrintable(r.fallbackReason));
        QVERIFY(r.answer.startsWith(QStringLiteral("> ") + r.notice));
        QCOMPARE(out.notices, QStringList{r.notice});
        QCOMPARE(r.toolCalls.at(0).name, QStringLiteral("run_backtest"));
        const double total =
            r.toolCalls[0].result[QStringLiteral("metrics")][QStringLiteral("total_return")].toDouble();
        QVERIFY(r.answer.contains(QString::number(total * 100, 'f', 2) + QStringLiteral(" %")));
        QVERIFY(r.suggestions.size() >= 2);
        const auto rows = stored(r.conversationId);
        QCOMPARE(rows.back().role, QStringLiteral("assistant"));
        QVERIFY(rows.back().text.contains(r.notice));
        QCOMPARE(toolCallsFromJson(rows.back().toolCalls).at(0).name, QStringLiteral("run_backtest"));
        QCOMPARE(rows.back().costMicroUsd, qint64(0));
        QCOMPARE(s->breaker().consecutiveFailures(), 1);
    }

    void costLimitRefusesBeforeAnyHttp()
    {
        Server server;
        QVERIFY(server.listen());
        AdvisorConfig c = cloud(server);
        c.dailyLimitUsd = 0.01;
        auto s = session(c);
        s->meter().addSpent(QDateTime::currentDateTimeUtc().date(), 0.02);
        Outcome out;
        QVERIFY(ask(*s, out, QStringLiteral("What is the RSI of AAPL?")));
        QVERIFY(out.result);
        QVERIFY(server.requests().isEmpty());
        QVERIFY(out.result->offline);
        QVERIFY2(out.result->notice.contains(QLatin1String("daily cost limit")),
                 qPrintable(out.result->notice));
        QCOMPARE(out.result->toolCalls.at(0).name, QStringLiteral("compute_indicator"));
    }

    // The spend stored today is the meter's after a restart; yesterday's is not.
    void restartRestoresTodaysSpend()
    {
        ConversationRepository repo(*m_db);
        Conversation c;
        c.title = QStringLiteral("spend");
        auto id = repo.create(c);
        QVERIFY(id.ok());
        ConversationMessage old;
        old.conversationId = *id;
        old.role = QStringLiteral("assistant");
        old.text = QStringLiteral("yesterday");
        old.costMicroUsd = 9'000'000;
        old.createdAt = nowMs() - 86'400'000LL - 1000;
        QVERIFY(repo.append(old).ok());
        ConversationMessage today = old;
        today.text = QStringLiteral("today");
        today.createdAt = 0;
        today.costMicroUsd = 40'000; // $0.04
        QVERIFY(repo.append(today).ok());

        // Everything stored today, including the earlier tests' cloud answers.
        qint64 expectedMicro = 0;
        const TimestampMs dayStart = startOfDay(nowMs());
        const auto conversations = repo.list();
        QVERIFY(conversations.ok());
        for (const Conversation &conv : *conversations) {
            const auto msgs = repo.messages(conv.id);
            QVERIFY(msgs.ok());
            for (const ConversationMessage &m : *msgs)
                if (m.createdAt >= dayStart)
                    expectedMicro += m.costMicroUsd;
        }
        QVERIFY(expectedMicro >= 40'000);

        Server server;
        QVERIFY(server.listen());
        AdvisorConfig cfg = cloud(server);
        cfg.dailyLimitUsd = 0.03;
        auto s = session(cfg);
        QCOMPARE(s->meter().spentToday(), 0.0);
        auto restored = s->restoreTodaysSpend();
        QVERIFY(restored.ok());
        QVERIFY(std::fabs(*restored - double(expectedMicro) / 1e6) < 1e-9);
        QVERIFY(std::fabs(s->meter().spentToday() - double(expectedMicro) / 1e6) < 1e-9);
        // Over the limit after the restart: no HTTP, offline with the notice.
        Outcome out;
        QVERIFY(ask(*s, out, QStringLiteral("What is the RSI of AAPL?")));
        QVERIFY(out.result && out.result->offline);
        QVERIFY(server.requests().isEmpty());
        QVERIFY(out.result->notice.contains(QLatin1String("daily cost limit")));
    }

    void missingKeyFallsBackWithNotice_localServerNeedsNone()
    {
        Server server;
        QVERIFY(server.listen());
        AdvisorConfig c = cloud(server);
        c.provider = ProviderKind::OpenAI;
        auto s = session(c);
        s->setKeyLookup([](const QString &name) -> Result<QString> {
            return makeError(ErrorCode::NotFound, "no entry " + name.toStdString(), "keychain");
        });
        Outcome out;
        QVERIFY(ask(*s, out, QStringLiteral("What is the RSI of AAPL?")));
        QVERIFY(out.result && out.result->offline);
        QVERIFY(server.requests().isEmpty());
        QVERIFY2(out.result->notice.contains(
                     QLatin1String("no API key is stored for OpenAI (keychain entry 'llm/openai/api-key')")),
                 qPrintable(out.result->notice));

        // A server on this machine (Ollama and the like) needs no key.
        c.provider = ProviderKind::OpenAiCompatible;
        c.endpointLocal.reset();
        QVERIFY(s->setConfig(c).ok());
        QVERIFY(!s->describeOutbound().leavesMachine);
        server.enqueue(Server::Response::sse({{oaText({QStringLiteral("Local answer.")}), 0}}));
        Outcome local;
        QVERIFY(ask(*s, local, QStringLiteral("What is my portfolio worth?")));
        QVERIFY(local.result && !local.result->offline);
        QVERIFY(!server.requests()[0].headers.contains("authorization"));
        QCOMPARE(local.result->costUsd, 0.0);
        // Local is not cloud: the portfolio tools are offered.
        QVERIFY(toolNames(server.requests()[0].json()).contains(QStringLiteral("portfolio_summary")));
    }

    void cancelKeepsAndStoresThePartialAnswer()
    {
        Server server;
        QVERIFY(server.listen());
        std::vector<Server::Chunk> chunks{{oaTextChunk(QStringLiteral("The first part")), 0}};
        for (int i = 0; i < 50; ++i)
            chunks.push_back({oaTextChunk(QStringLiteral(" more")), 100});
        chunks.push_back({oaTextEnd(), 0});
        server.enqueue(Server::Response::sse(std::move(chunks)));
        auto s = session(cloud(server));
        Outcome out;
        watch(*s, &out);
        QObject::connect(
            s.get(), &AdvisorSession::textDelta, s.get(), [&s] { s->cancel(); }, Qt::QueuedConnection);
        s->ask(QStringLiteral("Tell me a long story about AAPL"));
        QVERIFY(waitUntil([&out] { return out.done(); }, 10000));
        QVERIFY(out.result);
        QVERIFY(out.result->cancelled);
        QVERIFY(out.result->partial);
        QVERIFY(out.result->answer.startsWith(QLatin1String("The first part")));
        QVERIFY(!s->isBusy());
        const auto rows = stored(out.result->conversationId);
        QCOMPARE(rows.size(), std::size_t(2));
        QVERIFY(rows[1].partial);
        QCOMPARE(rows[1].text, out.result->answer);
    }

    void configPersistsWithoutTheKey()
    {
        AdvisorConfig c;
        c.provider = ProviderKind::Anthropic;
        c.model = QStringLiteral("claude-sonnet-4-20250514");
        c.persona = QStringLiteral("quant");
        c.risk.riskScore = 3;
        c.risk.horizonYears = 7.5;
        c.risk.objectives = {QStringLiteral("retirement income")};
        c.sharePortfolioWithCloud = true;
        c.dailyLimitUsd = 2.5;
        c.endpointLocal = false;
        c.prices[QStringLiteral("my-model")] = {1.25, 2.5};
        QVERIFY(c.save(*m_db).ok());
        auto back = AdvisorConfig::load(*m_db);
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().toString().c_str());
        QCOMPARE(back->provider, ProviderKind::Anthropic);
        QCOMPARE(back->model, c.model);
        QCOMPARE(back->persona, QStringLiteral("quant"));
        QCOMPARE(back->risk.riskScore, 3);
        QCOMPARE(back->risk.horizonYears, 7.5);
        QCOMPARE(back->risk.objectives, c.risk.objectives);
        QVERIFY(back->sharePortfolioWithCloud);
        QCOMPARE(back->dailyLimitUsd, 2.5);
        QCOMPARE(back->endpointLocal, std::optional<bool>(false));
        QCOMPARE(back->prices.at(QStringLiteral("my-model")).outputPerMTok, 2.5);
        QCOMPARE(back->secretKey(), QStringLiteral("llm/anthropic/api-key"));

        // Nothing under advisor.* holds a key.
        SettingsRepository settings(*m_db);
        const auto keys = settings.keys();
        QVERIFY(keys.ok());
        for (const QString &k : *keys)
            if (k.startsWith(QLatin1String("advisor.")))
                QVERIFY(!settings.get(k)->contains(kKey));

        // A bad stored value is an error naming the key, not a silent default.
        QVERIFY(settings.set(QStringLiteral("advisor.provider"), QStringLiteral("skynet")).ok());
        auto bad = AdvisorConfig::load(*m_db);
        QVERIFY(!bad.ok());
        QVERIFY2(QString::fromStdString(bad.error().toString()).contains(QLatin1String("advisor.provider")),
                 bad.error().toString().c_str());
        QVERIFY(settings.set(QStringLiteral("advisor.provider"), QStringLiteral("openai-compatible")).ok());
        QVERIFY(settings.remove(QStringLiteral("advisor.base_url")).ok());
        auto noUrl = AdvisorConfig::load(*m_db);
        QVERIFY(!noUrl.ok());
        QVERIFY(QString::fromStdString(noUrl.error().toString()).contains(QLatin1String("advisor.base_url")));
        QVERIFY(settings.set(QStringLiteral("advisor.provider"), QStringLiteral("offline")).ok());
    }
};

const QJsonObject TestAdvisorSession::kPriceArgs{{QStringLiteral("symbol"), QStringLiteral("AAPL")},
                                                 {QStringLiteral("from"), QStringLiteral("2015-01-02")},
                                                 {QStringLiteral("to"), QStringLiteral("2017-12-29")}};

QTEST_GUILESS_MAIN(TestAdvisorSession)
#include "tst_advisor_session.moc"
