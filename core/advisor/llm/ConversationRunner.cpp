#include "core/advisor/llm/ConversationRunner.h"

#include "core/advisor/llm/CircuitBreaker.h"
#include "core/advisor/llm/UsageMeter.h"

#include <QJsonDocument>
#include <QTimer>
#include <string>

namespace sn::advisor {

QString RunOutcome::finalText() const
{
    for (auto it = newMessages.rbegin(); it != newMessages.rend(); ++it) {
        if (it->role == Role::Assistant)
            return it->text;
    }
    return {};
}

ConversationRunner::ConversationRunner(ChatProvider *provider, CircuitBreaker *breaker, UsageMeter *meter,
                                       QObject *parent)
    : QObject(parent), m_provider(provider), m_breaker(breaker), m_meter(meter)
{
    connect(m_provider, &ChatProvider::textDelta, this, [this](const QString &t) {
        if (m_running)
            emit textDelta(t);
    });
    connect(m_provider, &ChatProvider::finished, this, [this](const ChatResult &r) {
        if (m_running)
            onProviderFinished(r);
    });
    connect(m_provider, &ChatProvider::failed, this, [this](const Error &e, const ChatResult &partial) {
        if (m_running)
            onProviderFailed(e, partial);
    });
}

void ConversationRunner::run(RunRequest request)
{
    if (m_running) {
        emit failed(makeError(ErrorCode::Conflict, "a question is already being answered", "advisor"), {});
        return;
    }
    m_running = true;
    ++m_generation;
    m_request = std::move(request);
    m_conversation = m_request.history;
    m_outcome = {};
    m_clock.start();
    sendNext();
}

void ConversationRunner::sendNext()
{
    if (m_outcome.rounds >= m_request.maxRounds) {
        std::string msg = "the model was still asking for tools after ";
        msg.append(std::to_string(m_request.maxRounds)).append(" rounds; stopped there");
        fail(makeError(ErrorCode::Conflict, std::move(msg), "advisor"), false);
        return;
    }
    const std::string where = m_provider->kind().toStdString();
    if (m_breaker && !m_breaker->allowRequest()) {
        std::string msg = "circuit breaker ";
        msg.append(m_breaker->describe().toStdString());
        fail(makeError(ErrorCode::Unavailable, std::move(msg), where), true);
        return;
    }
    if (m_meter) {
        if (Result<void> allowed = m_meter->check(m_request.model, m_provider->isLocal()); !allowed.ok()) {
            fail(allowed.error(), true);
            return;
        }
    }
    ++m_outcome.rounds;
    ChatRequest call;
    call.model = m_request.model;
    call.systemPrompt = m_request.systemPrompt;
    call.messages = m_conversation;
    call.tools = m_request.tools;
    call.maxTokens = m_request.maxTokens;
    call.temperature = m_request.temperature;
    m_provider->start(call);
}

void ConversationRunner::account(const ChatResult &result)
{
    m_outcome.usage += result.usage;
    if (m_meter)
        m_outcome.costUsd += m_meter->record(m_request.model, result.usage, m_provider->isLocal());
}

void ConversationRunner::onProviderFinished(const ChatResult &result)
{
    if (m_breaker)
        m_breaker->recordSuccess();
    account(result);
    m_conversation.push_back(result.message);
    m_outcome.newMessages.push_back(result.message);

    if (result.message.toolCalls.empty()) {
        m_running = false;
        m_outcome.latencyMs = m_clock.elapsed();
        emit finished(m_outcome);
        return;
    }

    const quint64 generation = m_generation;
    for (const ToolCall &call : result.message.toolCalls) {
        emit toolCallStarted(call);
        if (generation != m_generation)
            return; // cancelled from a slot
        QElapsedTimer t;
        t.start();
        ToolResult out = m_request.executor
                             ? m_request.executor(call)
                             : ToolResult{{}, QStringLiteral("no tool executor is configured")};
        const qint64 ms = t.elapsed();
        emit toolCallFinished(call, out, ms);
        if (generation != m_generation)
            return;
        ChatMessage reply;
        reply.role = Role::Tool;
        reply.toolCallId = call.id;
        reply.toolName = call.name;
        reply.toolError = !out.ok();
        const QJsonObject payload = out.ok() ? out.result : QJsonObject{{QStringLiteral("error"), out.error}};
        reply.text = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        m_conversation.push_back(reply);
        m_outcome.newMessages.push_back(std::move(reply));
    }
    // Next round from the event loop, not from inside the provider's signal.
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation && m_running)
            sendNext();
    });
}

void ConversationRunner::onProviderFailed(const Error &error, const ChatResult &partial)
{
    account(partial);
    if (partial.partial) {
        m_outcome.newMessages.push_back(partial.message);
        m_outcome.partial = true;
    }
    if (error.code == ErrorCode::Cancelled) {
        fail(error, false);
        return;
    }
    if (m_breaker)
        m_breaker->recordFailure();
    fail(error, true);
}

void ConversationRunner::fail(const Error &error, bool fallback)
{
    m_running = false;
    ++m_generation;
    m_outcome.latencyMs = m_clock.elapsed();
    if (fallback)
        emit fallbackRequested(QString::fromStdString(error.toUserString()));
    emit failed(error, m_outcome);
}

void ConversationRunner::cancel()
{
    if (!m_running)
        return;
    if (m_provider->isBusy()) {
        m_provider->cancel(); // failed(Cancelled) comes back through onProviderFailed
        if (!m_running)
            return;
    }
    fail(makeError(ErrorCode::Cancelled, "cancelled by the user", "advisor"), false);
}

} // namespace sn::advisor
