#include "core/advisor/session/StoredToolCalls.h"

#include <QJsonDocument>

namespace sn::advisor {

QJsonArray toolCallsJson(const std::vector<ToolActivity> &calls, bool withResults)
{
    QJsonArray out;
    for (const ToolActivity &c : calls) {
        QJsonObject o{{QStringLiteral("name"), c.name}, {QStringLiteral("arguments"), c.arguments}};
        if (!c.id.isEmpty())
            o.insert(QStringLiteral("id"), c.id);
        if (withResults) {
            o.insert(QStringLiteral("ok"), c.ok);
            o.insert(QStringLiteral("result"), c.result);
            o.insert(QStringLiteral("ms"), c.ms);
            if (!c.userError.isEmpty())
                o.insert(QStringLiteral("user_error"), c.userError);
        }
        out.append(o);
    }
    return out;
}

std::vector<ToolActivity> toolCallsFromJson(const QString &text)
{
    std::vector<ToolActivity> calls;
    if (text.isEmpty())
        return calls;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        ToolActivity c;
        c.id = o.value(QStringLiteral("id")).toString();
        c.name = o.value(QStringLiteral("name")).toString();
        c.arguments = o.value(QStringLiteral("arguments")).toObject();
        c.ok = o.value(QStringLiteral("ok")).toBool(true);
        c.result = o.value(QStringLiteral("result")).toObject();
        c.ms = o.value(QStringLiteral("ms")).toDouble();
        c.userError = o.value(QStringLiteral("user_error")).toString();
        calls.push_back(std::move(c));
    }
    return calls;
}

std::vector<TranscriptEntry> transcript(const std::vector<ConversationMessage> &messages)
{
    std::vector<TranscriptEntry> out;
    std::vector<ToolActivity> pending; // calls since the last question
    for (const ConversationMessage &m : messages) {
        if (m.role == QLatin1String("user")) {
            pending.clear();
            out.push_back({m, {}});
        } else if (m.role == QLatin1String("tool")) {
            for (auto it = pending.rbegin(); it != pending.rend(); ++it) {
                if (it->id == m.toolCallId) {
                    const QJsonObject result = QJsonDocument::fromJson(m.text.toUtf8()).object();
                    it->result = result;
                    it->ok = !result.contains(QStringLiteral("error")) || result.size() > 1;
                    break;
                }
            }
        } else if (m.role == QLatin1String("assistant")) {
            for (ToolActivity &c : toolCallsFromJson(m.toolCalls))
                pending.push_back(std::move(c));
            // A turn that only asked for tools is not an answer of its own.
            if (m.text.isEmpty() && !m.toolCalls.isEmpty() && !m.partial)
                continue;
            out.push_back({m, pending});
            pending.clear();
        }
    }
    return out;
}

} // namespace sn::advisor
