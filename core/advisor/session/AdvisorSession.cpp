#include "core/advisor/session/AdvisorSession.h"

#include "core/advisor/llm/AnthropicProvider.h"
#include "core/advisor/llm/ConversationRunner.h"
#include "core/advisor/llm/OpenAiCompatibleProvider.h"
#include "core/advisor/tools/AdvisorTools.h"
#include "core/advisor/tools/OfflineAdvisor.h"
#include "core/common/Time.h"
#include "core/common/UserText.h"
#include "core/secrets/SecretStore.h"
#include "core/storage/ConversationRepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QUrl>
#include <cmath>

namespace sn::advisor {

namespace {

QString titleOf(const QString &question)
{
    const QString t = question.simplified();
    return t.size() <= 60 ? t : t.left(57) + QStringLiteral("...");
}

qint64 microUsd(double usd)
{
    return static_cast<qint64>(std::llround(usd * 1e6));
}

QString roleKey(Role role)
{
    switch (role) {
    case Role::System:
        return QStringLiteral("system");
    case Role::User:
        return QStringLiteral("user");
    case Role::Assistant:
        return QStringLiteral("assistant");
    case Role::Tool:
        return QStringLiteral("tool");
    }
    return {};
}

// What replaces an earlier answer built on portfolio data in the history a
// cloud model sees when the user has not allowed sharing it.
const QString &withheldAnswer()
{
    static const QString text = QStringLiteral(
        "(An earlier answer here used the user's portfolio data. It is not shared with cloud models.)");
    return text;
}

} // namespace

struct AdvisorSession::Turn
{
    QString question;
    qint64 conversationId = 0;
    QElapsedTimer clock;
    ChatProvider *provider = nullptr;
    ConversationRunner *runner = nullptr;
    QString fallbackReason;
    std::vector<ToolActivity> toolCalls;
};

QString OutboundDescription::markdown() const
{
    QString md;
    if (!leavesMachine && sent.isEmpty()) {
        md = QStringLiteral("Nothing leaves this computer: %1.").arg(destination);
        return md;
    }
    md = QStringLiteral("**%1** %2\n\n")
             .arg(leavesMachine ? QStringLiteral("Sent to") : QStringLiteral("Sent (stays local) to"),
                  destination);
    for (const QString &line : sent)
        md += QStringLiteral("- %1\n").arg(line);
    if (!toolsWithheld.isEmpty())
        md += QStringLiteral(
                  "\n**Not offered** (portfolio data stays here): %1. Allow \"portfolio data may go to a "
                  "cloud model\" to offer them.\n")
                  .arg(toolsWithheld.join(QStringLiteral(", ")));
    return md;
}

const std::set<QString> &AdvisorSession::portfolioTools()
{
    static const std::set<QString> names{
        QStringLiteral("portfolio_summary"), QStringLiteral("portfolio_performance"),
        QStringLiteral("portfolio_risk"),    QStringLiteral("monte_carlo"),
        QStringLiteral("stress_test"),       QStringLiteral("rebalance_proposal")};
    return names;
}

AdvisorSession::AdvisorSession(const Database &db, AdvisorConfig config, QObject *parent)
    : QObject(parent), m_db(db), m_tools(makeAdvisorTools(db))
{
    if (Result<void> r = setConfig(std::move(config)); !r)
        m_configError = r.error(); // refused on every ask() rather than guessing what was meant
}

AdvisorSession::~AdvisorSession()
{
    if (m_turn && m_turn->runner)
        m_turn->runner->disconnect(this);
}

Result<void> AdvisorSession::setConfig(AdvisorConfig config)
{
    if (Result<void> v = config.validate(); !v)
        return v;
    m_config = std::move(config);
    m_configError.reset();
    m_meter.setDailyLimitUsd(m_config.dailyLimitUsd);
    std::vector<QString> old;
    for (const auto &[name, price] : m_meter.prices())
        old.push_back(name);
    for (const QString &name : old)
        m_meter.removePrice(name);
    for (const auto &[name, price] : m_config.prices)
        m_meter.setPrice(name, price);
    return {};
}

CircuitBreaker &AdvisorSession::breaker()
{
    const QString key = providerKey(m_config.provider) + QLatin1Char('|') + m_config.effectiveBaseUrl();
    auto &slot = m_breakers[key];
    if (!slot)
        slot = std::make_unique<CircuitBreaker>();
    return *slot;
}

Result<double> AdvisorSession::restoreTodaysSpend()
{
    ConversationRepository repo(m_db);
    auto list = repo.list();
    if (!list)
        return list.error().withContext("restoring today's advisor spend");
    const TimestampMs dayStart = startOfDay(nowMs());
    qint64 micro = 0;
    for (const Conversation &c : *list) {
        if (c.updatedAt < dayStart)
            continue; // nothing appended today
        auto msgs = repo.messages(c.id);
        if (!msgs)
            return msgs.error().withContext("restoring today's advisor spend");
        for (const ConversationMessage &m : *msgs)
            if (m.createdAt >= dayStart)
                micro += m.costMicroUsd;
    }
    const double usd = double(micro) / 1e6;
    m_meter.addSpent(QDateTime::currentDateTimeUtc().date(), usd);
    return usd;
}

std::unique_ptr<ChatProvider> AdvisorSession::makeProvider(const QString &apiKey) const
{
    HttpProviderConfig cfg;
    cfg.baseUrl = QUrl(m_config.effectiveBaseUrl());
    cfg.apiKey = apiKey;
    cfg.local = m_config.endpointLocal;
    if (m_tuning)
        m_tuning(cfg);
    if (m_config.provider == ProviderKind::Anthropic)
        return std::make_unique<AnthropicProvider>(std::move(cfg));
    return std::make_unique<OpenAiCompatibleProvider>(std::move(cfg));
}

bool AdvisorSession::endpointIsLocal() const
{
    if (m_config.isOffline())
        return true;
    return makeProvider(QString())->isLocal();
}

std::vector<ToolSpec> AdvisorSession::offeredTools() const
{
    const bool withhold = !m_config.isOffline() && !m_config.sharePortfolioWithCloud && !endpointIsLocal();
    std::vector<ToolSpec> specs;
    for (const ToolSpec &s : m_tools.specs())
        if (!withhold || !portfolioTools().count(s.name))
            specs.push_back(s);
    return specs;
}

OutboundDescription AdvisorSession::describeOutbound() const
{
    OutboundDescription d;
    // Read by people in the advisor's "What is sent" panel: in their language.
    const auto say = [](const std::string &text) { return QString::fromStdString(text); };
    if (m_config.isOffline()) {
        d.destination = say(userText("sn::AdvisorSession",
                                     "the offline advisor answers from the tools on your own database"));
        for (const ToolSpec &s : m_tools.specs())
            d.toolsOffered << s.name;
        return d;
    }
    const bool local = endpointIsLocal();
    d.leavesMachine = !local;
    const QString url = m_config.effectiveBaseUrl();
    d.destination = say(userText("sn::AdvisorSession", "%1 at %2, model %3%4"))
                        .arg(providerLabel(m_config.provider), url, m_config.effectiveModel(),
                             local ? say(userText("sn::AdvisorSession",
                                                  " (a server on this computer or the local network)"))
                                   : QString());
    for (const ToolSpec &s : offeredTools())
        d.toolsOffered << s.name;
    for (const ToolSpec &s : m_tools.specs())
        if (!d.toolsOffered.contains(s.name))
            d.toolsWithheld << s.name;
    const Persona *persona = Persona::find(m_config.persona);
    const RiskProfile &r = m_config.risk;
    QString profile = say(userText("sn::AdvisorSession", "risk score %1/10, horizon %2 years"))
                          .arg(r.riskScore)
                          .arg(r.horizonYears, 0, 'g', 3);
    if (!r.objectives.isEmpty())
        profile += say(userText("sn::AdvisorSession", ", objectives (%1)"))
                       .arg(r.objectives.join(QStringLiteral("; ")));
    if (!r.constraints.isEmpty())
        profile += say(userText("sn::AdvisorSession", ", constraints (%1)"))
                       .arg(r.constraints.join(QStringLiteral("; ")));
    d.sent << say(userText("sn::AdvisorSession",
                           "your question and this conversation's earlier questions and answers%1"))
                  .arg(d.toolsWithheld.isEmpty()
                           ? QString()
                           : say(userText("sn::AdvisorSession",
                                          " (answers built on portfolio data left out)")));
    d.sent << say(userText("sn::AdvisorSession",
                           "the instructions: persona \"%1\" and your risk profile: %2"))
                  .arg(persona ? persona->name : m_config.persona, profile);
    d.sent << say(userText(
                      "sn::AdvisorSession",
                      "the descriptions of the tools offered and the results of those the model calls: %1"))
                  .arg(d.toolsOffered.join(QStringLiteral(", ")));
    if (d.toolsWithheld.isEmpty())
        d.sent << say(userText(
            "sn::AdvisorSession",
            "portfolio data when the model asks for it: holdings, values, performance, risk, projections"));
    d.sent << say(userText("sn::AdvisorSession",
                           "the API key stored for %1 (keychain entry %2), as the credential"))
                  .arg(providerLabel(m_config.provider), m_config.secretKey());
    return d;
}

Result<QString> AdvisorSession::apiKey(bool local) const
{
    if (!m_apiKey.isEmpty())
        return m_apiKey;
    const QString name = m_config.secretKey();
    Result<QString> key = m_keyLookup ? m_keyLookup(name) : [&name]() {
        SecretStore store;
        // A missing Secret Service should not hold a question for a minute.
        store.setTimeout(std::chrono::milliseconds(10'000));
        return store.getBlocking(name);
    }();
    if (key && !key->isEmpty())
        return key;
    if (local)
        return QString(); // Ollama and friends need none
    const std::string label = providerLabel(m_config.provider).toStdString();
    if (key || key.error().code == ErrorCode::NotFound) {
        std::string msg = "no API key is stored for ";
        msg.append(label).append(" (keychain entry '").append(name.toStdString()).append("')");
        return makeError(ErrorCode::NotFound, std::move(msg), "advisor");
    }
    std::string msg = "the API key for ";
    msg.append(label).append(" could not be read: ").append(key.error().toString());
    return makeError(key.error().code, std::move(msg), "advisor");
}

std::vector<ChatMessage> AdvisorSession::historyFor(const std::vector<ConversationMessage> &stored,
                                                    bool cloud) const
{
    const bool withhold = cloud && !m_config.sharePortfolioWithCloud;
    std::set<QString> answered; // tool call ids with a stored result
    for (const ConversationMessage &m : stored)
        if (m.role == QLatin1String("tool"))
            answered.insert(m.toolCallId);

    std::vector<ChatMessage> out;
    std::set<QString> sentCalls;
    for (const ConversationMessage &m : stored) {
        if (m.role == QLatin1String("user")) {
            out.push_back({Role::User, m.text, {}, {}, {}, false});
        } else if (m.role == QLatin1String("assistant")) {
            const std::vector<ToolActivity> calls = toolCallsFromJson(m.toolCalls);
            bool private_ = false;
            for (const ToolActivity &c : calls)
                private_ = private_ || portfolioTools().count(c.name) > 0;
            ChatMessage msg{Role::Assistant, m.text, {}, {}, {}, false};
            if (withhold && private_) {
                // A model's tool-calling turn is dropped with its results; an
                // offline answer (numbers inline) is replaced by a marker.
                if (!m.text.isEmpty())
                    msg.text = withheldAnswer();
            } else {
                for (const ToolActivity &c : calls) {
                    // Offline answers carry no vendor id: their numbers are in the text.
                    if (!c.id.isEmpty() && answered.count(c.id)) {
                        msg.toolCalls.push_back({c.id, c.name, c.arguments});
                        sentCalls.insert(c.id);
                    }
                }
            }
            if (!msg.text.isEmpty() || !msg.toolCalls.empty())
                out.push_back(std::move(msg));
        } else if (m.role == QLatin1String("tool")) {
            if (!sentCalls.count(m.toolCallId))
                continue;
            ChatMessage msg{Role::Tool, m.text, {}, m.toolCallId, m.toolName, false};
            msg.toolError = QJsonDocument::fromJson(m.text.toUtf8()).object().keys() ==
                            QStringList{QStringLiteral("error")};
            out.push_back(std::move(msg));
        }
    }
    return out;
}

Result<qint64> AdvisorSession::store(ConversationMessage m)
{
    m.conversationId = m_turn->conversationId;
    return ConversationRepository(m_db).append(std::move(m));
}

void AdvisorSession::ask(const QString &question, qint64 conversationId)
{
    if (m_busy) {
        emit failed(makeError(ErrorCode::Conflict, "a question is already being answered", "advisor"), {});
        return;
    }
    if (m_configError) {
        emit failed(*m_configError, {});
        return;
    }
    if (question.trimmed().isEmpty()) {
        emit failed(makeError(ErrorCode::InvalidArgument, "the question is empty", "advisor"), {});
        return;
    }
    m_busy = true;
    m_turn = std::make_unique<Turn>();
    m_turn->question = question;
    m_turn->clock.start();

    ConversationRepository repo(m_db);
    std::vector<ConversationMessage> earlier;
    if (conversationId > 0) {
        auto c = repo.find(conversationId);
        if (!c)
            return failWith(c.error());
        auto msgs = repo.messages(conversationId);
        if (!msgs)
            return failWith(msgs.error());
        earlier = std::move(*msgs);
    } else {
        Conversation c;
        c.title = titleOf(question);
        c.persona = m_config.persona;
        c.provider = providerKey(m_config.provider);
        c.model = m_config.effectiveModel();
        auto id = repo.create(c);
        if (!id)
            return failWith(id.error());
        conversationId = *id;
    }
    m_turn->conversationId = conversationId;
    ConversationMessage user;
    user.role = QStringLiteral("user");
    user.text = question;
    if (auto r = store(user); !r)
        return failWith(r.error());
    emit started(conversationId);

    if (m_config.isOffline())
        return answerOffline(question, {});

    const bool local = endpointIsLocal();
    Result<QString> key = apiKey(local);
    if (!key)
        return answerOffline(question, QString::fromStdString(key.error().message));

    std::unique_ptr<ChatProvider> provider = makeProvider(*key);
    provider->setParent(this);
    m_turn->provider = provider.release();
    auto *runner = new ConversationRunner(m_turn->provider, &breaker(), &m_meter, this);
    m_turn->runner = runner;

    const std::vector<ToolSpec> offered = offeredTools();
    std::set<QString> offeredNames;
    for (const ToolSpec &s : offered)
        offeredNames.insert(s.name);

    RunRequest req;
    req.model = m_config.effectiveModel();
    const Persona *persona = Persona::find(m_config.persona);
    req.systemPrompt = systemPrompt(persona ? *persona : Persona::defaultPersona(), m_config.risk, offered);
    req.history = historyFor(earlier, !local);
    req.history.push_back({Role::User, question, {}, {}, {}, false});
    req.tools = offered;
    req.executor = [this, offeredNames](const ToolCall &call) -> ToolResult {
        ToolActivity a{call.id, call.name, call.arguments, false, {}, 0, {}};
        if (!offeredNames.count(call.name)) {
            // A model may name a tool it was not given; the privacy setting
            // must hold even then.
            const QString why = portfolioTools().count(call.name)
                                    ? QStringLiteral("tool '%1' is not available: the user has not allowed "
                                                     "portfolio data to go to a cloud model")
                                          .arg(call.name)
                                    : QStringLiteral("unknown tool '%1'").arg(call.name);
            a.result = QJsonObject{{QStringLiteral("error"), why}};
            m_turn->toolCalls.push_back(a);
            emit toolFinished(a);
            return {{}, why};
        }
        const ToolOutcome o = m_tools.run(call);
        a.ok = o.ok;
        a.result = o.result;
        a.ms = o.ms;
        a.userError = o.userError;
        m_turn->toolCalls.push_back(a);
        emit toolFinished(a);
        if (!o.ok)
            return {{}, o.result.value(QStringLiteral("error")).toString()};
        return {o.result, {}};
    };

    connect(runner, &ConversationRunner::textDelta, this, &AdvisorSession::textDelta);
    connect(runner, &ConversationRunner::toolCallStarted, this,
            [this](const ToolCall &c) { emit toolStarted(c.name, c.arguments); });
    connect(runner, &ConversationRunner::fallbackRequested, this, [this](const QString &why) {
        if (m_turn)
            m_turn->fallbackReason = why;
    });
    connect(runner, &ConversationRunner::finished, this, [this](const RunOutcome &o) {
        storeRunMessages(o.newMessages, o.usage, o.costUsd, o.latencyMs, o.partial);
        AskResult r;
        r.answer = o.finalText();
        r.partial = o.partial;
        r.usage = o.usage;
        r.costUsd = o.costUsd;
        r.latencyMs = o.latencyMs;
        r.provider = providerKey(m_config.provider);
        r.model = m_config.effectiveModel();
        r.toolCalls = m_turn->toolCalls;
        r.suggestions = cloudSuggestions();
        finish(std::move(r));
    });
    connect(runner, &ConversationRunner::failed, this, [this](const Error &e, const RunOutcome &o) {
        storeRunMessages(o.newMessages, o.usage, o.costUsd, o.latencyMs,
                         o.partial || e.code == ErrorCode::Cancelled);
        if (e.code == ErrorCode::Cancelled) {
            AskResult r;
            r.answer = o.partial ? o.finalText() : QString();
            r.partial = true;
            r.cancelled = true;
            r.usage = o.usage;
            r.costUsd = o.costUsd;
            r.latencyMs = o.latencyMs;
            r.provider = providerKey(m_config.provider);
            r.model = m_config.effectiveModel();
            r.toolCalls = m_turn->toolCalls;
            finish(std::move(r));
            return;
        }
        if (!m_turn->fallbackReason.isEmpty())
            return answerOffline(m_turn->question, m_turn->fallbackReason);
        failWith(e);
    });
    runner->run(std::move(req));
}

void AdvisorSession::storeRunMessages(const std::vector<ChatMessage> &messages, const TokenUsage &usage,
                                      double cost, qint64 latencyMs, bool partial)
{
    std::vector<ConversationMessage> rows;
    for (const ChatMessage &c : messages) {
        ConversationMessage m;
        m.role = roleKey(c.role);
        m.text = c.text;
        if (!c.toolCalls.empty()) {
            std::vector<ToolActivity> calls;
            for (const ToolCall &t : c.toolCalls)
                calls.push_back({t.id, t.name, t.arguments, true, {}, 0, {}});
            m.toolCalls =
                QString::fromUtf8(QJsonDocument(toolCallsJson(calls, false)).toJson(QJsonDocument::Compact));
        }
        m.toolCallId = c.toolCallId;
        m.toolName = c.toolName;
        rows.push_back(std::move(m));
    }
    // Usage, cost and latency are the whole run's; they go on its last
    // assistant turn so a day's costs add up from the stored messages.
    auto last = std::find_if(rows.rbegin(), rows.rend(), [](const ConversationMessage &m) {
        return m.role == QLatin1String("assistant");
    });
    if (last == rows.rend() && (partial || usage.inputTokens + usage.outputTokens > 0 || cost > 0)) {
        ConversationMessage m;
        m.role = QStringLiteral("assistant");
        rows.push_back(std::move(m));
        last = rows.rbegin();
    }
    if (last != rows.rend()) {
        last->inputTokens = usage.inputTokens;
        last->outputTokens = usage.outputTokens;
        last->costMicroUsd = microUsd(cost);
        last->latencyMs = latencyMs;
        last->partial = partial;
    }
    for (ConversationMessage &m : rows) {
        if (auto r = store(std::move(m)); !r)
            emit notice(QStringLiteral("Could not store a message of conversation %1: %2")
                            .arg(m_turn->conversationId)
                            .arg(QString::fromStdString(r.error().toString())));
    }
}

void AdvisorSession::answerOffline(const QString &question, const QString &reason)
{
    const Persona *persona = Persona::find(m_config.persona);
    const AdvisorAnswer answer =
        OfflineAdvisor(m_tools, persona ? *persona : Persona::defaultPersona(), m_config.risk)
            .answer(question);
    AskResult r;
    r.offline = true;
    r.form = answer.form;
    r.provider = providerKey(ProviderKind::Offline);
    r.fallbackReason = reason;
    r.suggestions = answer.suggestions;
    if (!reason.isEmpty()) {
        // In the answer's language, which the stored transcript keeps.
        r.notice = QString::fromStdString(translatedText(
            SN_TEXT("sn::advisor::AdvisorSession", "Answered offline because %1 could not be used: %2"),
            {providerLabel(m_config.provider).toStdString(), reason.toStdString()}));
        emit notice(r.notice);
    }
    double ms = 0;
    for (const ToolOutcome &c : answer.toolCalls) {
        ToolActivity a{QString(), c.name, c.arguments, c.ok, c.result, c.ms, c.userError};
        emit toolStarted(a.name, a.arguments);
        emit toolFinished(a);
        r.toolCalls.push_back(std::move(a));
        ms += c.ms;
    }
    r.answer = r.notice.isEmpty() ? answer.text : QStringLiteral("> %1\n\n%2").arg(r.notice, answer.text);
    r.latencyMs = m_turn->clock.elapsed();

    ConversationMessage reply;
    reply.role = QStringLiteral("assistant");
    reply.text = r.answer;
    reply.latencyMs = static_cast<qint64>(ms);
    if (!r.toolCalls.empty())
        reply.toolCalls =
            QString::fromUtf8(QJsonDocument(toolCallsJson(r.toolCalls, true)).toJson(QJsonDocument::Compact));
    if (auto stored = store(reply); !stored)
        return failWith(stored.error());
    finish(std::move(r));
}

QStringList AdvisorSession::cloudSuggestions() const
{
    QStringList out;
    for (const ToolActivity &a : m_turn->toolCalls) {
        for (const OfflineAdvisor::Form &f : OfflineAdvisor::documentedForms()) {
            if (f.tool == a.name && !out.contains(f.example) && f.example != m_turn->question) {
                out << f.example;
                break;
            }
        }
    }
    if (const Persona *p = Persona::find(m_config.persona))
        out << p->followUp();
    for (const OfflineAdvisor::Form &f : OfflineAdvisor::documentedForms()) {
        if (out.size() >= 3)
            break;
        if (!f.tool.isEmpty() && !out.contains(f.example))
            out << f.example;
    }
    while (out.size() > 3)
        out.removeLast();
    return out;
}

void AdvisorSession::finish(AskResult result)
{
    result.conversationId = m_turn->conversationId;
    if (result.model.isEmpty() && !result.offline)
        result.model = m_config.effectiveModel();
    if (m_turn->runner)
        m_turn->runner->deleteLater();
    if (m_turn->provider)
        m_turn->provider->deleteLater();
    m_turn.reset();
    m_busy = false;
    emit finished(result);
}

void AdvisorSession::failWith(const Error &error)
{
    AskResult r;
    r.conversationId = m_turn ? m_turn->conversationId : 0;
    if (m_turn) {
        r.toolCalls = m_turn->toolCalls;
        if (m_turn->runner)
            m_turn->runner->deleteLater();
        if (m_turn->provider)
            m_turn->provider->deleteLater();
    }
    m_turn.reset();
    m_busy = false;
    emit failed(error, r);
}

void AdvisorSession::cancel()
{
    if (m_busy && m_turn && m_turn->runner)
        m_turn->runner->cancel();
}

} // namespace sn::advisor
