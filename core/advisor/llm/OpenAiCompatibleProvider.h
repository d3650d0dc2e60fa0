#pragma once

#include "core/advisor/llm/HttpChatProvider.h"

#include <map>

namespace sn::advisor {

// The OpenAI Chat Completions API as spoken by OpenAI, Ollama, llama.cpp's
// server, LM Studio and vLLM: POST {baseUrl}/chat/completions with
// `stream: true`. Text comes in `choices[0].delta.content`; tool calls in
// `delta.tool_calls[]`, keyed by `index`, their `function.arguments` as
// string fragments to concatenate; usage in a last chunk with empty choices
// (`stream_options.include_usage`); `data: [DONE]` ends the stream.
class OpenAiCompatibleProvider final : public HttpChatProvider
{
    Q_OBJECT

public:
    using HttpChatProvider::HttpChatProvider;

    QString kind() const override { return QStringLiteral("openai-compatible"); }

    // The request body for `request` (public so the CLI can show what would
    // be sent, and tests can check it without a server).
    static QJsonObject requestJson(const ChatRequest &request);

protected:
    QNetworkRequest makeRequest(const ChatRequest &request) const override;
    QByteArray makeBody(const ChatRequest &request) const override;
    void beginStream() override;
    Result<void> onEvent(const SseEvent &event) override;
    bool streamComplete() const override { return m_done || !m_finishReason.isEmpty(); }
    Result<void> completeMessage(ChatResult &result) override;
    QString errorMessageFromBody(const QByteArray &body) const override;
    QString vendorName() const override { return QStringLiteral("OpenAI-compatible"); }

private:
    struct PendingCall
    {
        QString id;
        QString name;
        QString arguments; // JSON text, concatenated from fragments
    };
    std::map<int, PendingCall> m_calls; // by the vendor's `index`
    QString m_finishReason;
    bool m_done = false;
    int m_events = 0;
};

} // namespace sn::advisor
