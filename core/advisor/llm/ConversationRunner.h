#pragma once

#include "core/advisor/llm/ChatProvider.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <functional>
#include <optional>
#include <vector>

namespace sn::advisor {

class CircuitBreaker;
class UsageMeter;

// What running one tool gave: a JSON result, or an error text the model
// should see (bad arguments, no data) so it can correct itself.
struct ToolResult
{
    QJsonObject result;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

using ToolExecutor = std::function<ToolResult(const ToolCall &)>;

struct RunRequest
{
    QString model;
    QString systemPrompt;
    std::vector<ChatMessage> history; // ends with the user's new question
    std::vector<ToolSpec> tools;
    ToolExecutor executor;
    int maxRounds = 8; // model calls per question, tool rounds included
    int maxTokens = 1024;
    std::optional<double> temperature;
};

struct RunOutcome
{
    std::vector<ChatMessage> newMessages; // assistant turns and tool results, in order
    TokenUsage usage;                     // summed over all rounds
    double costUsd = 0;                   // estimated by the UsageMeter
    qint64 latencyMs = 0;
    int rounds = 0;
    bool partial = false; // the last assistant turn is incomplete (cancel or broken stream)
    QString finalText() const;
};

// The tool-calling loop, the same for every vendor: send the conversation,
// run the tools the model asks for, append the assistant turn and the tool
// results, send again, until a final answer or maxRounds. Before each call it
// asks the circuit breaker and the usage meter; when the breaker is open, the
// limit is reached or the provider fails (not when cancelled), it emits
// fallbackRequested() so the caller can answer offline with a visible notice.
// Tools run on the runner's thread, between model calls.
class ConversationRunner : public QObject
{
    Q_OBJECT

public:
    // `breaker` and `meter` may be null (no breaker, no cost accounting).
    ConversationRunner(ChatProvider *provider, CircuitBreaker *breaker, UsageMeter *meter,
                       QObject *parent = nullptr);

    void run(RunRequest request);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void textDelta(const QString &text);
    void toolCallStarted(const sn::advisor::ToolCall &call);
    void toolCallFinished(const sn::advisor::ToolCall &call, const sn::advisor::ToolResult &outcome,
                          qint64 ms);
    void fallbackRequested(const QString &reason);
    void finished(const sn::advisor::RunOutcome &outcome);
    void failed(const sn::Error &error, const sn::advisor::RunOutcome &outcome);

private:
    void sendNext();
    void onProviderFinished(const ChatResult &result);
    void onProviderFailed(const Error &error, const ChatResult &partial);
    void account(const ChatResult &result);
    void fail(const Error &error, bool fallback);

    ChatProvider *m_provider;
    CircuitBreaker *m_breaker;
    UsageMeter *m_meter;
    RunRequest m_request;
    std::vector<ChatMessage> m_conversation;
    RunOutcome m_outcome;
    QElapsedTimer m_clock;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace sn::advisor
