#pragma once

#include "core/advisor/ChatTypes.h"
#include "core/common/Error.h"

#include <QObject>
#include <QString>
#include <optional>
#include <vector>

namespace sn::advisor {

// One model call: everything a provider needs, nothing vendor-specific.
struct ChatRequest
{
    QString model;
    QString systemPrompt;
    std::vector<ChatMessage> messages;
    std::vector<ToolSpec> tools;
    int maxTokens = 1024;
    std::optional<double> temperature; // unset: the vendor's default
};

// Why the model stopped.
enum class StopReason
{
    EndTurn,     // a final answer
    ToolUse,     // it wants tools run
    MaxTokens,   // cut at maxTokens
    Cancelled,   // the caller cancelled mid-stream
    Interrupted, // the connection broke or timed out mid-stream
    Other,       // anything else the vendor reported (see vendorStopReason)
};

const char *stopReasonName(StopReason reason);

struct ChatResult
{
    ChatMessage message{Role::Assistant, {}, {}, {}, {}, false}; // text and tool calls
    TokenUsage usage;
    StopReason stopReason = StopReason::EndTurn;
    QString vendorStopReason; // "stop", "tool_calls", "end_turn", ...
    qint64 latencyMs = 0;     // from the first attempt's start to the end
    qint64 firstTokenMs = -1; // time to the first streamed text or tool call
    int attempts = 1;         // 1 + retries
    // The stream stopped early (cancel, disconnect, timeout, a broken event):
    // `message.text` holds what had arrived and must be shown as incomplete.
    bool partial = false;
};

// A language model behind one interface. start() returns at once; the
// provider then emits textDelta() as text arrives and exactly one of
// finished() or failed() per start(). After failed(), `partial` carries what
// had streamed (empty when nothing had). Providers are single-flight: one
// request at a time per object.
class ChatProvider : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // "openai-compatible" or "anthropic"; keys the circuit breaker and logs.
    virtual QString kind() const = 0;
    // True for endpoints on this machine or the local network (Ollama,
    // llama.cpp, LM Studio ...): no cost, never refused by the cost limit.
    virtual bool isLocal() const = 0;
    virtual bool isBusy() const = 0;

    virtual void start(const ChatRequest &request) = 0;
    // Aborts the call in flight (a no-op when idle); failed() follows with
    // ErrorCode::Cancelled and the partial text.
    virtual void cancel() = 0;

signals:
    void textDelta(const QString &text);
    // A retry is waiting `delayMs` before attempt `attempt` (2, 3, ...).
    void retrying(int attempt, int delayMs, const QString &reason);
    void finished(const sn::advisor::ChatResult &result);
    void failed(const sn::Error &error, const sn::advisor::ChatResult &partial);
};

} // namespace sn::advisor
