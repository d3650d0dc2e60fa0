#pragma once

#include "core/advisor/llm/HttpChatProvider.h"

#include <map>

namespace sn::advisor {

// The Anthropic Messages API: POST {baseUrl}/v1/messages with `x-api-key`,
// `anthropic-version: 2023-06-01` and `stream: true`. The stream is typed
// events: message_start (input tokens), content_block_start (text or
// tool_use with id and name), content_block_delta (text_delta or
// input_json_delta fragments), content_block_stop, message_delta (stop_reason,
// output tokens), message_stop; ping and error may come at any time.
class AnthropicProvider final : public HttpChatProvider
{
    Q_OBJECT

public:
    using HttpChatProvider::HttpChatProvider;

    QString kind() const override { return QStringLiteral("anthropic"); }

    static QJsonObject requestJson(const ChatRequest &request);

protected:
    QNetworkRequest makeRequest(const ChatRequest &request) const override;
    QByteArray makeBody(const ChatRequest &request) const override;
    void beginStream() override;
    Result<void> onEvent(const SseEvent &event) override;
    bool streamComplete() const override { return m_done; }
    Result<void> completeMessage(ChatResult &result) override;
    QString errorMessageFromBody(const QByteArray &body) const override;
    QString vendorName() const override { return QStringLiteral("Anthropic"); }

private:
    struct Block
    {
        QString type; // "text", "tool_use", others ignored
        QString id;
        QString name;
        QString json; // input_json_delta fragments
    };
    std::map<int, Block> m_blocks; // by the event's `index`
    QString m_stopReason;
    bool m_done = false;
};

} // namespace sn::advisor
