#include "core/storage/ConversationRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace sn {

namespace {

std::string where(qint64 id)
{
    return "conversation " + std::to_string(id);
}

const QString kSelectConversation =
    QStringLiteral("SELECT c.id, c.title, c.persona, c.provider, c.model, c.created_at, c.updated_at,"
                   " (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id) FROM conversations c");

Conversation conversationOf(const QSqlQuery &q)
{
    Conversation c;
    c.id = q.value(0).toLongLong();
    c.title = q.value(1).toString();
    c.persona = q.value(2).toString();
    c.provider = q.value(3).toString();
    c.model = q.value(4).toString();
    c.createdAt = q.value(5).toLongLong();
    c.updatedAt = q.value(6).toLongLong();
    c.messageCount = q.value(7).toLongLong();
    return c;
}

// LIKE treats % and _ as wildcards; the user's text is literal.
QString likePattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString snippetOf(const QString &text, const QString &needle)
{
    constexpr qsizetype kContext = 40;
    const qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive);
    if (at < 0)
        return text.left(2 * kContext);
    const qsizetype from = std::max<qsizetype>(0, at - kContext);
    const qsizetype to = std::min(text.size(), at + needle.size() + kContext);
    QString s = text.mid(from, to - from).simplified();
    if (from > 0)
        s.prepend(QStringLiteral("..."));
    if (to < text.size())
        s.append(QStringLiteral("..."));
    return s;
}

} // namespace

Result<qint64> ConversationRepository::create(const Conversation &c)
{
    if (c.title.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, "field 'title' is empty", "conversation");
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    const qint64 created = c.createdAt != 0 ? c.createdAt : qint64(nowMs());
    auto q = sql::run(
        *conn,
        QStringLiteral("INSERT INTO conversations (title, persona, provider, model, created_at, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {c.title.trimmed(), sql::text(c.persona), sql::text(c.provider), sql::text(c.model), created,
         created},
        "creating conversation '" + c.title.toStdString() + "'");
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::DatabaseError, "no id returned", "creating conversation");
    return q->value(0).toLongLong();
}

Result<std::vector<Conversation>> ConversationRepository::list()
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn, kSelectConversation + QStringLiteral(" ORDER BY c.updated_at DESC, c.id DESC"),
                      {}, "listing conversations");
    if (!q)
        return q.error();
    std::vector<Conversation> out;
    while (q->next())
        out.push_back(conversationOf(*q));
    return out;
}

Result<Conversation> ConversationRepository::find(qint64 id)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn, kSelectConversation + QStringLiteral(" WHERE c.id = ?"), {id},
                      "reading " + where(id));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, "no such conversation", where(id));
    return conversationOf(*q);
}

Result<void> ConversationRepository::rename(qint64 id, const QString &title)
{
    if (title.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, "parameter 'title' is empty", where(id));
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto n =
        sql::change(*conn, QStringLiteral("UPDATE conversations SET title = ?, updated_at = ? WHERE id = ?"),
                    {title.trimmed(), qint64(nowMs()), id}, "renaming " + where(id));
    if (!n)
        return n.error();
    if (*n == 0)
        return makeError(ErrorCode::NotFound, "no such conversation", where(id));
    return {};
}

Result<void> ConversationRepository::remove(qint64 id)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto n = sql::change(*conn, QStringLiteral("DELETE FROM conversations WHERE id = ?"), {id},
                         "removing " + where(id));
    if (!n)
        return n.error();
    if (*n == 0)
        return makeError(ErrorCode::NotFound, "no such conversation", where(id));
    return {};
}

Result<qint64> ConversationRepository::append(ConversationMessage m)
{
    static const QStringList roles{QStringLiteral("system"), QStringLiteral("user"),
                                   QStringLiteral("assistant"), QStringLiteral("tool")};
    if (!roles.contains(m.role))
        return makeError(ErrorCode::InvalidArgument,
                         "field 'role': '" + m.role.toStdString() +
                             "' is not one of system, user, assistant, tool",
                         where(m.conversationId));
    if (!m.toolCalls.isEmpty() && !QJsonDocument::fromJson(m.toolCalls.toUtf8()).isArray())
        return makeError(ErrorCode::InvalidArgument, "field 'tool_calls' is not a JSON array",
                         where(m.conversationId));
    if (m.inputTokens < 0 || m.outputTokens < 0 || m.costMicroUsd < 0 || m.latencyMs < 0)
        return makeError(ErrorCode::InvalidArgument, "tokens, cost and latency must not be negative",
                         where(m.conversationId));
    const TimestampMs created = m.createdAt != 0 ? m.createdAt : nowMs();
    qint64 id = 0;
    auto done = m_db.transaction([&](QSqlDatabase &conn) -> Result<void> {
        auto exists =
            sql::run(conn,
                     QStringLiteral("SELECT COALESCE(MAX(m.seq), -1) + 1 FROM conversations c"
                                    " LEFT JOIN messages m ON m.conversation_id = c.id WHERE c.id = ?"
                                    " GROUP BY c.id"),
                     {m.conversationId}, "appending to " + where(m.conversationId));
        if (!exists)
            return exists.error();
        if (!exists->next())
            return makeError(ErrorCode::NotFound, "no such conversation", where(m.conversationId));
        const int seq = exists->value(0).toInt();
        auto q = sql::run(
            conn,
            QStringLiteral("INSERT INTO messages (conversation_id, seq, role, text, tool_calls, tool_call_id,"
                           " tool_name, input_tokens, output_tokens, cost_micro_usd, latency_ms, partial,"
                           " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {m.conversationId, seq, m.role, sql::text(m.text), sql::text(m.toolCalls),
             sql::text(m.toolCallId), sql::text(m.toolName), m.inputTokens, m.outputTokens, m.costMicroUsd,
             m.latencyMs, m.partial ? 1 : 0, qint64(created)},
            "appending to " + where(m.conversationId));
        if (!q)
            return q.error();
        if (!q->next())
            return makeError(ErrorCode::DatabaseError, "no id returned", where(m.conversationId));
        id = q->value(0).toLongLong();
        auto touched =
            sql::change(conn, QStringLiteral("UPDATE conversations SET updated_at = ? WHERE id = ?"),
                        {qint64(created), m.conversationId}, "touching " + where(m.conversationId));
        if (!touched)
            return touched.error();
        return {};
    });
    if (!done)
        return done.error();
    return id;
}

Result<std::vector<ConversationMessage>> ConversationRepository::messages(qint64 conversationId)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(
        *conn,
        QStringLiteral("SELECT id, conversation_id, seq, role, text, tool_calls, tool_call_id, tool_name,"
                       " input_tokens, output_tokens, cost_micro_usd, latency_ms, partial, created_at"
                       " FROM messages WHERE conversation_id = ? ORDER BY seq"),
        {conversationId}, "reading messages of " + where(conversationId));
    if (!q)
        return q.error();
    std::vector<ConversationMessage> out;
    while (q->next()) {
        ConversationMessage m;
        m.id = q->value(0).toLongLong();
        m.conversationId = q->value(1).toLongLong();
        m.seq = q->value(2).toInt();
        m.role = q->value(3).toString();
        m.text = q->value(4).toString();
        m.toolCalls = q->value(5).toString();
        m.toolCallId = q->value(6).toString();
        m.toolName = q->value(7).toString();
        m.inputTokens = q->value(8).toLongLong();
        m.outputTokens = q->value(9).toLongLong();
        m.costMicroUsd = q->value(10).toLongLong();
        m.latencyMs = q->value(11).toLongLong();
        m.partial = q->value(12).toInt() != 0;
        m.createdAt = q->value(13).toLongLong();
        out.push_back(std::move(m));
    }
    if (out.empty()) {
        // An empty list and an unknown conversation read differently.
        auto c = find(conversationId);
        if (!c)
            return c.error();
    }
    return out;
}

Result<std::vector<ConversationHit>> ConversationRepository::search(const QString &text, int limit)
{
    if (text.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, "parameter 'text' is empty", "conversation search");
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    // LOWER() on both sides: SQLite folds ASCII letters only, PostgreSQL all.
    const QString pattern = likePattern(text.trimmed());
    auto q =
        sql::run(*conn,
                 QStringLiteral("SELECT c.id, 0, c.title, c.updated_at, -1 FROM conversations c"
                                " WHERE LOWER(c.title) LIKE ? ESCAPE '\\'"
                                " UNION ALL"
                                " SELECT m.conversation_id, m.id, m.text, c.updated_at, m.seq FROM messages m"
                                " JOIN conversations c ON c.id = m.conversation_id"
                                " WHERE LOWER(m.text) LIKE ? ESCAPE '\\'"
                                " ORDER BY 4 DESC, 1 DESC, 5 LIMIT ?"),
                 {pattern, pattern, limit}, "searching conversations");
    if (!q)
        return q.error();
    std::vector<ConversationHit> out;
    while (q->next()) {
        ConversationHit h;
        h.conversation.id = q->value(0).toLongLong();
        h.messageId = q->value(1).toLongLong();
        h.snippet = snippetOf(q->value(2).toString(), text.trimmed());
        out.push_back(std::move(h));
    }
    for (ConversationHit &h : out) {
        auto c = find(h.conversation.id);
        if (!c)
            return c.error();
        h.conversation = c.value();
    }
    return out;
}

Result<QString> ConversationRepository::exportMarkdown(qint64 id)
{
    auto c = find(id);
    if (!c)
        return c.error();
    auto msgs = messages(id);
    if (!msgs)
        return msgs.error();
    QString md = QStringLiteral("# %1\n\n").arg(c->title);
    md += QStringLiteral("- Conversation: %1\n- Created: %2\n- Updated: %3\n")
              .arg(c->id)
              .arg(QString::fromStdString(formatDateTime(c->createdAt)),
                   QString::fromStdString(formatDateTime(c->updatedAt)));
    if (!c->persona.isEmpty())
        md += QStringLiteral("- Persona: %1\n").arg(c->persona);
    if (!c->provider.isEmpty())
        md += QStringLiteral("- Provider: %1%2\n")
                  .arg(c->provider,
                       c->model.isEmpty() ? QString() : QStringLiteral(" (") + c->model + QLatin1Char(')'));
    qint64 in = 0, out = 0, cost = 0;
    for (const ConversationMessage &m : *msgs) {
        in += m.inputTokens;
        out += m.outputTokens;
        cost += m.costMicroUsd;
    }
    md += QStringLiteral("- Usage: %1 input / %2 output tokens, $%3\n")
              .arg(in)
              .arg(out)
              .arg(static_cast<double>(cost) / 1e6, 0, 'f', 6);
    for (const ConversationMessage &m : *msgs) {
        QString heading = m.role.left(1).toUpper() + m.role.mid(1);
        if (m.role == QLatin1String("tool"))
            heading += QStringLiteral(" result (%1)").arg(m.toolName);
        md += QStringLiteral("\n## %1\n\n").arg(heading);
        if (m.role == QLatin1String("tool"))
            md += QStringLiteral("```json\n%1\n```\n").arg(m.text);
        else if (!m.text.isEmpty())
            md += m.text + QLatin1Char('\n');
        if (m.partial)
            md += QStringLiteral("\n*(incomplete: the answer was cut off)*\n");
        if (!m.toolCalls.isEmpty()) {
            for (const QJsonValue &call : QJsonDocument::fromJson(m.toolCalls.toUtf8()).array()) {
                const QJsonObject o = call.toObject();
                md +=
                    QStringLiteral("\n**Tool call** `%1`:\n\n```json\n%2\n```\n")
                        .arg(o.value(QStringLiteral("name")).toString(),
                             QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("arguments")).toObject())
                                                   .toJson(QJsonDocument::Compact)));
                if (o.contains(QStringLiteral("result")))
                    md +=
                        QStringLiteral("\nResult:\n\n```json\n%1\n```\n")
                            .arg(QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("result")).toObject())
                                                       .toJson(QJsonDocument::Compact)));
            }
        }
        if (m.inputTokens || m.outputTokens || m.latencyMs)
            md += QStringLiteral("\n*%1 in / %2 out tokens, $%3, %4 ms*\n")
                      .arg(m.inputTokens)
                      .arg(m.outputTokens)
                      .arg(static_cast<double>(m.costMicroUsd) / 1e6, 0, 'f', 6)
                      .arg(m.latencyMs);
    }
    return md;
}

} // namespace sn
