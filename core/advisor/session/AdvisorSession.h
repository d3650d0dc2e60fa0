#pragma once

#include "core/advisor/llm/CircuitBreaker.h"
#include "core/advisor/llm/HttpChatProvider.h"
#include "core/advisor/llm/UsageMeter.h"
#include "core/advisor/session/AdvisorConfig.h"
#include "core/advisor/session/StoredToolCalls.h"
#include "core/advisor/tools/ToolRegistry.h"
#include "core/common/Result.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace sn {
class Database;
}

namespace sn::advisor {

class ChatProvider;
class ConversationRunner;

// What asking would send, and where, under the current settings: for the
// privacy line in the chat view and `ask --explain`-style output.
struct OutboundDescription
{
    bool leavesMachine = false; // a cloud endpoint (not offline, not a local server)
    QString destination;        // "OpenAI at https://api.openai.com/v1, model gpt-4o-mini"
    QStringList toolsOffered;   // tools the model may call (their results are sent)
    QStringList toolsWithheld;  // portfolio tools held back by the privacy setting
    QStringList sent;           // each kind of data that goes out, one line each
    // One short paragraph in Markdown, the lists spelled out.
    QString markdown() const;
};

// The outcome of one question.
struct AskResult
{
    qint64 conversationId = 0;
    QString answer;         // Markdown, the notice included when there is one
    QString notice;         // "Answered offline because ..." (empty for a normal answer)
    QString fallbackReason; // why the cloud was not used (empty when it was, or offline was chosen)
    bool offline = false;   // the offline advisor wrote the answer
    QString form;           // the offline advisor's question form ("backtest", "help", "unknown")
    bool partial = false;   // the stream stopped early; `answer` is what had arrived
    bool cancelled = false;
    std::vector<ToolActivity> toolCalls;
    QStringList suggestions;
    TokenUsage usage;
    double costUsd = 0;
    qint64 latencyMs = 0;
    QString provider; // providerKey of what answered ("offline" after a fallback)
    QString model;
};

// One advisor conversation turn end to end, on the thread that owns the
// session (it needs that thread's event loop; tools and the offline advisor
// run on it too, so a GUI keeps the session on a worker thread):
// - the user's question is stored, then answered by the configured provider
//   through the ConversationRunner with the ToolRegistry as executor (tools
//   only read), streaming textDelta();
// - when the cloud cannot answer (no API key, breaker open, provider down,
//   cost limit) the OfflineAdvisor answers and the answer carries a notice;
// - every message (question, assistant turns with their tool calls, tool
//   results, the answer) is stored with tokens, cost, latency and the
//   partial flag; a cancel keeps and stores what had streamed;
// - today's (UTC) spend is restored from the stored costs, so the daily limit
//   survives restarts.
class AdvisorSession : public QObject
{
    Q_OBJECT

public:
    // Reads a provider's API key ("llm/openai/api-key"). The default asks the
    // SecretStore (blocking: not on a GUI thread).
    using KeyLookup = std::function<Result<QString>(const QString &secretKey)>;
    // Adjusts the HTTP settings a provider is built with (retries, timeouts).
    using HttpTuning = std::function<void(HttpProviderConfig &)>;

    // Tools portfolio data flows through; offered to a cloud model only with
    // AdvisorConfig::sharePortfolioWithCloud.
    static const std::set<QString> &portfolioTools();

    AdvisorSession(const Database &db, AdvisorConfig config, QObject *parent = nullptr);
    ~AdvisorSession() override;

    const AdvisorConfig &config() const { return m_config; }
    // Takes effect from the next question. Errors: validate()'s.
    Result<void> setConfig(AdvisorConfig config);
    void setKeyLookup(KeyLookup lookup) { m_keyLookup = std::move(lookup); }
    // A key given directly (e.g. from an environment variable) wins over the lookup.
    void setApiKey(const QString &key) { m_apiKey = key; }
    void setHttpTuning(HttpTuning tuning) { m_tuning = std::move(tuning); }

    // Sums the costs stored today (UTC) into the meter. Call once at start-up.
    Result<double> restoreTodaysSpend();
    UsageMeter &meter() { return m_meter; }
    const UsageMeter &meter() const { return m_meter; }
    // The breaker guarding the configured endpoint.
    CircuitBreaker &breaker();

    OutboundDescription describeOutbound() const;
    // The specs offered to the configured provider (all tools offline or when sharing).
    std::vector<ToolSpec> offeredTools() const;

    bool isBusy() const { return m_busy; }
    // Answers `question` in `conversationId` (0: a new conversation titled after
    // the question). Returns at once; exactly one finished() or failed() follows.
    void ask(const QString &question, qint64 conversationId = 0);
    // Stops the answer in flight; finished() follows with `cancelled` and the
    // partial text, which is stored marked partial.
    void cancel();

signals:
    void started(qint64 conversationId); // the question is stored
    void textDelta(const QString &text); // a model's streamed text
    void toolStarted(const QString &name, const QJsonObject &arguments);
    void toolFinished(const sn::advisor::ToolActivity &activity);
    void notice(const QString &text); // a fallback, a retry
    void finished(const sn::advisor::AskResult &result);
    void failed(const sn::Error &error, const sn::advisor::AskResult &result);

private:
    struct Turn;
    std::unique_ptr<ChatProvider> makeProvider(const QString &apiKey) const;
    bool endpointIsLocal() const;
    Result<QString> apiKey(bool local) const;
    std::vector<ChatMessage> historyFor(const std::vector<ConversationMessage> &stored, bool cloud) const;
    void answerOffline(const QString &question, const QString &reason);
    void storeRunMessages(const std::vector<ChatMessage> &messages, const TokenUsage &usage, double cost,
                          qint64 latencyMs, bool partial);
    Result<qint64> store(ConversationMessage m);
    void finish(AskResult result);
    void failWith(const Error &error);
    QStringList cloudSuggestions() const;

    const Database &m_db;
    AdvisorConfig m_config;
    ToolRegistry m_tools;
    UsageMeter m_meter;
    std::map<QString, std::unique_ptr<CircuitBreaker>> m_breakers; // by provider + endpoint
    KeyLookup m_keyLookup;
    QString m_apiKey;
    HttpTuning m_tuning;
    std::optional<Error> m_configError; // the configuration given was invalid: every ask() fails with it

    // The question in flight.
    bool m_busy = false;
    std::unique_ptr<Turn> m_turn;
};

} // namespace sn::advisor

Q_DECLARE_METATYPE(sn::advisor::AskResult)
Q_DECLARE_METATYPE(sn::advisor::ToolActivity)
