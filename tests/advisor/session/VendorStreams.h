#pragma once

// What the vendors send, byte for byte as their SSE streams look, for tests
// that script the loopback server: OpenAI Chat Completions chunks and
// Anthropic Messages events (text, tool calls split across chunks, usage).
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace sn::test::vendor {

inline QByteArray data(const QJsonObject &o)
{
    return "data: " + QJsonDocument(o).toJson(QJsonDocument::Compact) + "\n\n";
}

inline QByteArray oaChunk(const QJsonObject &delta, const QJsonValue &finish = QJsonValue::Null)
{
    return data(QJsonObject{
        {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
        {QStringLiteral("choices"), QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                           {QStringLiteral("delta"), delta},
                                                           {QStringLiteral("finish_reason"), finish}}}}});
}

inline QByteArray oaUsage(int in, int out)
{
    return data(
        QJsonObject{{QStringLiteral("choices"), QJsonArray{}},
                    {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), in},
                                                          {QStringLiteral("completion_tokens"), out}}}});
}

// One tool call whose arguments arrive in two fragments.
inline QByteArray oaToolCall(const QString &id, const QString &tool, const QJsonObject &arguments,
                             int in = 100, int out = 20)
{
    const QString args = QString::fromUtf8(QJsonDocument(arguments).toJson(QJsonDocument::Compact));
    const QString half1 = args.left(args.size() / 2), half2 = args.mid(args.size() / 2);
    auto call = [](const QJsonObject &c) {
        return QJsonObject{{QStringLiteral("tool_calls"), QJsonArray{c}}};
    };
    return oaChunk(call(QJsonObject{
               {QStringLiteral("index"), 0},
               {QStringLiteral("id"), id},
               {QStringLiteral("type"), QStringLiteral("function")},
               {QStringLiteral("function"),
                QJsonObject{{QStringLiteral("name"), tool}, {QStringLiteral("arguments"), half1}}}})) +
           oaChunk(call(QJsonObject{
               {QStringLiteral("index"), 0},
               {QStringLiteral("function"), QJsonObject{{QStringLiteral("arguments"), half2}}}})) +
           oaChunk(QJsonObject{}, QStringLiteral("tool_calls")) + oaUsage(in, out) + "data: [DONE]\n\n";
}

inline QByteArray oaTextChunk(const QString &piece)
{
    return oaChunk(QJsonObject{{QStringLiteral("content"), piece}});
}

inline QByteArray oaTextEnd(int in = 150, int out = 30)
{
    return oaChunk(QJsonObject{}, QStringLiteral("stop")) + oaUsage(in, out) + "data: [DONE]\n\n";
}

inline QByteArray oaText(const QStringList &pieces, int in = 150, int out = 30)
{
    QByteArray s;
    for (const QString &p : pieces)
        s += oaTextChunk(p);
    return s + oaTextEnd(in, out);
}

inline QByteArray anEvent(const char *type, const QJsonObject &o)
{
    return QByteArray("event: ") + type + '\n' + data(o);
}

inline QString t(const char *s)
{
    return QString::fromLatin1(s);
}

inline QByteArray anToolUse(const QString &id, const QString &tool, const QJsonObject &input, int in = 200,
                            int out = 40)
{
    const QString json = QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact));
    return anEvent("message_start",
                   {{t("type"), t("message_start")},
                    {t("message"), QJsonObject{{t("usage"), QJsonObject{{t("input_tokens"), in},
                                                                        {t("output_tokens"), 1}}}}}}) +
           anEvent("content_block_start", {{t("type"), t("content_block_start")},
                                           {t("index"), 0},
                                           {t("content_block"), QJsonObject{{t("type"), t("tool_use")},
                                                                            {t("id"), id},
                                                                            {t("name"), tool},
                                                                            {t("input"), QJsonObject{}}}}}) +
           anEvent("content_block_delta", {{t("type"), t("content_block_delta")},
                                           {t("index"), 0},
                                           {t("delta"), QJsonObject{{t("type"), t("input_json_delta")},
                                                                    {t("partial_json"), json.left(5)}}}}) +
           anEvent("content_block_delta", {{t("type"), t("content_block_delta")},
                                           {t("index"), 0},
                                           {t("delta"), QJsonObject{{t("type"), t("input_json_delta")},
                                                                    {t("partial_json"), json.mid(5)}}}}) +
           anEvent("content_block_stop", {{t("type"), t("content_block_stop")}, {t("index"), 0}}) +
           anEvent("message_delta", {{t("type"), t("message_delta")},
                                     {t("delta"), QJsonObject{{t("stop_reason"), t("tool_use")}}},
                                     {t("usage"), QJsonObject{{t("output_tokens"), out}}}}) +
           anEvent("message_stop", {{t("type"), t("message_stop")}});
}

inline QByteArray anText(const QString &text, int in = 300, int out = 60)
{
    return anEvent("message_start",
                   {{t("type"), t("message_start")},
                    {t("message"), QJsonObject{{t("usage"), QJsonObject{{t("input_tokens"), in},
                                                                        {t("output_tokens"), 1}}}}}}) +
           anEvent("content_block_start",
                   {{t("type"), t("content_block_start")},
                    {t("index"), 0},
                    {t("content_block"), QJsonObject{{t("type"), t("text")}, {t("text"), QString()}}}}) +
           anEvent("content_block_delta",
                   {{t("type"), t("content_block_delta")},
                    {t("index"), 0},
                    {t("delta"), QJsonObject{{t("type"), t("text_delta")}, {t("text"), text}}}}) +
           anEvent("content_block_stop", {{t("type"), t("content_block_stop")}, {t("index"), 0}}) +
           anEvent("message_delta", {{t("type"), t("message_delta")},
                                     {t("delta"), QJsonObject{{t("stop_reason"), t("end_turn")}}},
                                     {t("usage"), QJsonObject{{t("output_tokens"), out}}}}) +
           anEvent("message_stop", {{t("type"), t("message_stop")}});
}

} // namespace sn::test::vendor
