#include "core/advisor/llm/OpenAiCompatibleProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <string>

namespace sn::advisor {

namespace {

QJsonObject messageJson(const ChatMessage &m)
{
    QJsonObject o;
    switch (m.role) {
    case Role::System:
        o.insert(QStringLiteral("role"), QStringLiteral("system"));
        o.insert(QStringLiteral("content"), m.text);
        break;
    case Role::User:
        o.insert(QStringLiteral("role"), QStringLiteral("user"));
        o.insert(QStringLiteral("content"), m.text);
        break;
    case Role::Assistant: {
        o.insert(QStringLiteral("role"), QStringLiteral("assistant"));
        // A turn that only calls tools has null content, as the API returns it.
        o.insert(QStringLiteral("content"), m.text.isEmpty() && !m.toolCalls.empty()
                                                ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue(m.text));
        if (!m.toolCalls.empty()) {
            QJsonArray calls;
            for (const ToolCall &c : m.toolCalls) {
                calls.append(QJsonObject{
                    {QStringLiteral("id"), c.id},
                    {QStringLiteral("type"), QStringLiteral("function")},
                    {QStringLiteral("function"),
                     QJsonObject{
                         {QStringLiteral("name"), c.name},
                         {QStringLiteral("arguments"),
                          QString::fromUtf8(QJsonDocument(c.arguments).toJson(QJsonDocument::Compact))}}},
                });
            }
            o.insert(QStringLiteral("tool_calls"), calls);
        }
        break;
    }
    case Role::Tool:
        o.insert(QStringLiteral("role"), QStringLiteral("tool"));
        o.insert(QStringLiteral("tool_call_id"), m.toolCallId);
        o.insert(QStringLiteral("content"), m.text);
        break;
    }
    return o;
}

StopReason stopReasonFor(const QString &finish, bool haveCalls)
{
    if (finish == QLatin1String("tool_calls") || finish == QLatin1String("function_call"))
        return StopReason::ToolUse;
    if (finish == QLatin1String("length"))
        return StopReason::MaxTokens;
    if (finish == QLatin1String("stop"))
        return haveCalls ? StopReason::ToolUse : StopReason::EndTurn; // some local servers say "stop"
    return StopReason::Other;
}

} // namespace

QJsonObject OpenAiCompatibleProvider::requestJson(const ChatRequest &request)
{
    QJsonArray messages;
    if (!request.systemPrompt.isEmpty())
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                    {QStringLiteral("content"), request.systemPrompt}});
    for (const ChatMessage &m : request.messages)
        messages.append(messageJson(m));

    QJsonObject body{
        {QStringLiteral("model"), request.model},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("stream"), true},
        {QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}}},
        {QStringLiteral("max_tokens"), request.maxTokens},
    };
    if (request.temperature)
        body.insert(QStringLiteral("temperature"), *request.temperature);
    if (!request.tools.empty()) {
        QJsonArray tools;
        for (const ToolSpec &t : request.tools) {
            tools.append(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("function")},
                {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), t.name},
                                                         {QStringLiteral("description"), t.description},
                                                         {QStringLiteral("parameters"), t.parameters}}},
            });
        }
        body.insert(QStringLiteral("tools"), tools);
    }
    return body;
}

QNetworkRequest OpenAiCompatibleProvider::makeRequest(const ChatRequest &) const
{
    QNetworkRequest req(endpoint(QStringLiteral("/chat/completions")));
    if (!config().apiKey.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + config().apiKey.toUtf8());
    return req;
}

QByteArray OpenAiCompatibleProvider::makeBody(const ChatRequest &request) const
{
    return QJsonDocument(requestJson(request)).toJson(QJsonDocument::Compact);
}

void OpenAiCompatibleProvider::beginStream()
{
    m_calls.clear();
    m_finishReason.clear();
    m_done = false;
    m_events = 0;
}

Result<void> OpenAiCompatibleProvider::onEvent(const SseEvent &event)
{
    ++m_events;
    if (event.data == "[DONE]") {
        m_done = true;
        return {};
    }
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(event.data, &perr);
    if (!doc.isObject()) {
        std::string msg = "event ";
        msg.append(std::to_string(m_events))
            .append(" is not a JSON object (")
            .append(perr.error == QJsonParseError::NoError ? std::string("not an object")
                                                           : perr.errorString().toStdString())
            .append("): ")
            .append(preview(event.data));
        return makeError(ErrorCode::ParseError, std::move(msg));
    }
    const QJsonObject chunk = doc.object();
    if (chunk.contains(QStringLiteral("error"))) {
        // Servers report failures that happen after the 200 inside the stream.
        const QString message = errorMessageFromBody(event.data);
        return makeError(ErrorCode::Unavailable,
                         "error from the server mid-stream: " + message.toStdString());
    }
    const QJsonArray choices = chunk.value(QStringLiteral("choices")).toArray();
    if (!choices.isEmpty()) {
        const QJsonObject choice = choices.at(0).toObject();
        const QJsonObject delta = choice.value(QStringLiteral("delta")).toObject();
        const QJsonArray calls = delta.value(QStringLiteral("tool_calls")).toArray();
        for (const QJsonValue &v : calls) {
            const QJsonObject c = v.toObject();
            const int index = c.value(QStringLiteral("index")).toInt(int(m_calls.size()));
            PendingCall &pending = m_calls[index];
            if (const QString id = c.value(QStringLiteral("id")).toString(); !id.isEmpty())
                pending.id = id;
            const QJsonObject fn = c.value(QStringLiteral("function")).toObject();
            if (const QString name = fn.value(QStringLiteral("name")).toString(); !name.isEmpty())
                pending.name = name;
            pending.arguments += fn.value(QStringLiteral("arguments")).toString();
            markStreamed();
        }
        emitText(delta.value(QStringLiteral("content")).toString());
        if (const QJsonValue f = choice.value(QStringLiteral("finish_reason")); f.isString())
            m_finishReason = f.toString();
    }
    if (const QJsonValue u = chunk.value(QStringLiteral("usage")); u.isObject()) {
        const QJsonObject o = u.toObject();
        usage().inputTokens = o.value(QStringLiteral("prompt_tokens")).toInteger();
        usage().outputTokens = o.value(QStringLiteral("completion_tokens")).toInteger();
    }
    return {};
}

Result<void> OpenAiCompatibleProvider::completeMessage(ChatResult &result)
{
    for (const auto &[index, pending] : m_calls) {
        ToolCall call;
        call.id = pending.id;
        call.name = pending.name;
        if (call.name.isEmpty()) {
            std::string msg = "tool call #";
            msg.append(std::to_string(index)).append(" has no function name");
            return makeError(ErrorCode::ParseError, std::move(msg));
        }
        std::string what = "the arguments of tool call '";
        what.append(call.name.toStdString()).append("' (").append(call.id.toStdString()).append(") are");
        auto arguments = toolArguments(pending.arguments, what);
        if (!arguments)
            return arguments.error();
        call.arguments = std::move(arguments).value();
        result.message.toolCalls.push_back(std::move(call));
    }
    result.vendorStopReason = m_finishReason;
    result.stopReason = stopReasonFor(m_finishReason, !result.message.toolCalls.empty());
    return {};
}

QString OpenAiCompatibleProvider::errorMessageFromBody(const QByteArray &body) const
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue error = o.value(QStringLiteral("error"));
    if (error.isString()) // Ollama and llama.cpp sometimes: {"error": "..."}
        return error.toString();
    const QJsonObject e = error.toObject();
    QString message = e.value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        return {};
    QStringList details;
    if (const QString type = e.value(QStringLiteral("type")).toString(); !type.isEmpty())
        details << type;
    if (const QJsonValue code = e.value(QStringLiteral("code")); code.isString())
        details << code.toString();
    else if (code.isDouble())
        details << QString::number(code.toInteger());
    if (!details.isEmpty())
        message += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + QLatin1Char(')');
    return message;
}

} // namespace sn::advisor
