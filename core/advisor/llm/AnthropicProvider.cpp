#include "core/advisor/llm/AnthropicProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <string>

namespace sn::advisor {

namespace {

QJsonObject textBlock(const QString &text)
{
    return {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}};
}

// Appends `blocks` as a message of `role`, merging with the previous message
// when it has the same role: the API wants user and assistant to alternate,
// and tool results (which are user content) often precede a user's text.
void appendTurn(QJsonArray &messages, const QString &role, const QJsonArray &blocks)
{
    if (!messages.isEmpty()) {
        QJsonObject last = messages.last().toObject();
        if (last.value(QStringLiteral("role")).toString() == role) {
            QJsonArray content = last.value(QStringLiteral("content")).toArray();
            for (const QJsonValue &b : blocks)
                content.append(b);
            last.insert(QStringLiteral("content"), content);
            messages.replace(messages.size() - 1, last);
            return;
        }
    }
    messages.append(QJsonObject{{QStringLiteral("role"), role}, {QStringLiteral("content"), blocks}});
}

StopReason stopReasonFor(const QString &reason)
{
    if (reason == QLatin1String("end_turn") || reason == QLatin1String("stop_sequence"))
        return StopReason::EndTurn;
    if (reason == QLatin1String("tool_use"))
        return StopReason::ToolUse;
    if (reason == QLatin1String("max_tokens"))
        return StopReason::MaxTokens;
    return StopReason::Other;
}

} // namespace

QJsonObject AnthropicProvider::requestJson(const ChatRequest &request)
{
    QString system = request.systemPrompt;
    QJsonArray messages;
    for (const ChatMessage &m : request.messages) {
        switch (m.role) {
        case Role::System:
            // Only the top-level `system` exists; later instructions join it.
            system += (system.isEmpty() ? QString() : QStringLiteral("\n\n")) + m.text;
            break;
        case Role::User:
            appendTurn(messages, QStringLiteral("user"), QJsonArray{textBlock(m.text)});
            break;
        case Role::Assistant: {
            QJsonArray blocks;
            if (!m.text.isEmpty())
                blocks.append(textBlock(m.text));
            for (const ToolCall &c : m.toolCalls) {
                blocks.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_use")},
                                          {QStringLiteral("id"), c.id},
                                          {QStringLiteral("name"), c.name},
                                          {QStringLiteral("input"), c.arguments}});
            }
            appendTurn(messages, QStringLiteral("assistant"), blocks);
            break;
        }
        case Role::Tool:
            appendTurn(messages, QStringLiteral("user"),
                       QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_result")},
                                              {QStringLiteral("tool_use_id"), m.toolCallId},
                                              {QStringLiteral("content"), m.text},
                                              {QStringLiteral("is_error"), m.toolError}}});
            break;
        }
    }
    QJsonObject body{
        {QStringLiteral("model"), request.model},
        {QStringLiteral("max_tokens"), request.maxTokens},
        {QStringLiteral("stream"), true},
        {QStringLiteral("messages"), messages},
    };
    if (!system.isEmpty())
        body.insert(QStringLiteral("system"), system);
    if (request.temperature)
        body.insert(QStringLiteral("temperature"), *request.temperature);
    if (!request.tools.empty()) {
        QJsonArray tools;
        for (const ToolSpec &t : request.tools) {
            tools.append(QJsonObject{{QStringLiteral("name"), t.name},
                                     {QStringLiteral("description"), t.description},
                                     {QStringLiteral("input_schema"), t.parameters}});
        }
        body.insert(QStringLiteral("tools"), tools);
    }
    return body;
}

QNetworkRequest AnthropicProvider::makeRequest(const ChatRequest &) const
{
    QNetworkRequest req(endpoint(QStringLiteral("/v1/messages")));
    if (!config().apiKey.isEmpty())
        req.setRawHeader("x-api-key", config().apiKey.toUtf8());
    req.setRawHeader("anthropic-version", "2023-06-01");
    return req;
}

QByteArray AnthropicProvider::makeBody(const ChatRequest &request) const
{
    return QJsonDocument(requestJson(request)).toJson(QJsonDocument::Compact);
}

void AnthropicProvider::beginStream()
{
    m_blocks.clear();
    m_stopReason.clear();
    m_done = false;
}

Result<void> AnthropicProvider::onEvent(const SseEvent &event)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(event.data, &perr);
    if (!doc.isObject()) {
        std::string msg = "the data of a '";
        msg.append(event.type.toStdString())
            .append("' event is not a JSON object (")
            .append(perr.error == QJsonParseError::NoError ? std::string("not an object")
                                                           : perr.errorString().toStdString())
            .append("): ")
            .append(preview(event.data));
        return makeError(ErrorCode::ParseError, std::move(msg));
    }
    const QJsonObject o = doc.object();
    const QString type = o.value(QStringLiteral("type")).toString(QString::fromUtf8(event.type));

    if (type == QLatin1String("message_start")) {
        const QJsonObject u =
            o.value(QStringLiteral("message")).toObject().value(QStringLiteral("usage")).toObject();
        usage().inputTokens = u.value(QStringLiteral("input_tokens")).toInteger() +
                              u.value(QStringLiteral("cache_creation_input_tokens")).toInteger() +
                              u.value(QStringLiteral("cache_read_input_tokens")).toInteger();
        usage().outputTokens = u.value(QStringLiteral("output_tokens")).toInteger();
    } else if (type == QLatin1String("content_block_start")) {
        const int index = o.value(QStringLiteral("index")).toInt();
        const QJsonObject cb = o.value(QStringLiteral("content_block")).toObject();
        Block &b = m_blocks[index];
        b.type = cb.value(QStringLiteral("type")).toString();
        if (b.type == QLatin1String("tool_use")) {
            b.id = cb.value(QStringLiteral("id")).toString();
            b.name = cb.value(QStringLiteral("name")).toString();
            markStreamed();
        } else if (b.type == QLatin1String("text")) {
            emitText(cb.value(QStringLiteral("text")).toString());
        }
    } else if (type == QLatin1String("content_block_delta")) {
        const int index = o.value(QStringLiteral("index")).toInt();
        const QJsonObject d = o.value(QStringLiteral("delta")).toObject();
        const QString dtype = d.value(QStringLiteral("type")).toString();
        if (dtype == QLatin1String("text_delta")) {
            emitText(d.value(QStringLiteral("text")).toString());
        } else if (dtype == QLatin1String("input_json_delta")) {
            auto it = m_blocks.find(index);
            if (it == m_blocks.end()) {
                std::string msg = "input_json_delta for content block ";
                msg.append(std::to_string(index)).append(" that never started");
                return makeError(ErrorCode::ParseError, std::move(msg));
            }
            it->second.json += d.value(QStringLiteral("partial_json")).toString();
        }
        // thinking_delta, signature_delta, citations: not shown, not needed.
    } else if (type == QLatin1String("message_delta")) {
        const QJsonValue reason =
            o.value(QStringLiteral("delta")).toObject().value(QStringLiteral("stop_reason"));
        if (reason.isString())
            m_stopReason = reason.toString();
        const QJsonObject u = o.value(QStringLiteral("usage")).toObject();
        if (u.contains(QStringLiteral("output_tokens"))) // cumulative, not a delta
            usage().outputTokens = u.value(QStringLiteral("output_tokens")).toInteger();
    } else if (type == QLatin1String("message_stop")) {
        m_done = true;
    } else if (type == QLatin1String("error")) {
        const QJsonObject e = o.value(QStringLiteral("error")).toObject();
        std::string msg = "error event mid-stream: ";
        msg.append(e.value(QStringLiteral("message")).toString().toStdString())
            .append(" (")
            .append(e.value(QStringLiteral("type")).toString().toStdString())
            .append(")");
        return makeError(ErrorCode::Unavailable, std::move(msg));
    }
    // ping, content_block_stop and event types added later: nothing to do.
    return {};
}

Result<void> AnthropicProvider::completeMessage(ChatResult &result)
{
    for (const auto &[index, b] : m_blocks) {
        if (b.type != QLatin1String("tool_use"))
            continue;
        std::string what = "the input of tool_use '";
        what.append(b.name.toStdString()).append("' (").append(b.id.toStdString()).append(") is");
        auto arguments = toolArguments(b.json, what);
        if (!arguments)
            return arguments.error();
        ToolCall call{b.id, b.name, std::move(arguments).value()};
        result.message.toolCalls.push_back(std::move(call));
    }
    result.vendorStopReason = m_stopReason;
    result.stopReason = stopReasonFor(m_stopReason);
    return {};
}

QString AnthropicProvider::errorMessageFromBody(const QByteArray &body) const
{
    const QJsonObject e = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    const QString message = e.value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        return {};
    const QString type = e.value(QStringLiteral("type")).toString();
    return type.isEmpty() ? message : message + QStringLiteral(" (") + type + QLatin1Char(')');
}

} // namespace sn::advisor
