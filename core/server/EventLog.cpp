#include "core/server/EventLog.h"

#include "core/storage/Database.h"
#include "core/storage/SqlSupport.h"

#include <QJsonDocument>

namespace sn::server {

namespace {

QString toText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

// Bumps the workspace's revision. On PostgreSQL the UPDATE holds the
// workspace row's lock until commit, which serialises writers of one
// workspace (SQLite's BEGIN IMMEDIATE already serialises all writers).
Result<qint64> nextRev(const QSqlDatabase &db, qint64 workspaceId)
{
    auto q = sql::run(db, QStringLiteral("UPDATE workspaces SET rev = rev + 1 WHERE id = ? RETURNING rev"),
                      {QVariant::fromValue(workspaceId)}, "assigning a revision");
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, "the workspace no longer exists");
    return q->value(0).toLongLong();
}

Result<void> appendEvent(const QSqlDatabase &db, qint64 workspaceId, qint64 rev, const QString &entity,
                         const QString &entityId, const QVariant &data, bool deleted, const QString &by, qint64 at)
{
    auto q = sql::run(db,
                      QStringLiteral("INSERT INTO events (workspace_id, rev, entity, entity_id, data, deleted, by_user, at)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {QVariant::fromValue(workspaceId), QVariant::fromValue(rev), entity, entityId, data,
                       deleted ? 1 : 0, by, QVariant::fromValue(at)},
                      "appending to the event log");
    if (!q)
        return q.error();
    return {};
}

Result<void> notify(const QSqlDatabase &db, const QString &channel, qint64 workspaceId)
{
    if (channel.isEmpty())
        return {};
    // Delivered by PostgreSQL only when the transaction commits.
    auto q = sql::run(db, QStringLiteral("SELECT pg_notify(?, ?)"), {channel, QString::number(workspaceId)},
                      "notifying other server instances");
    if (!q)
        return q.error();
    return {};
}

} // namespace

Result<WriteOutcome> EventLog::put(qint64 workspaceId, const QString &entity, const QString &entityId, qint64 baseRev,
                                   const QJsonObject &data, const QString &by, qint64 at)
{
    return write(workspaceId, entity, entityId, baseRev, &data, by, at);
}

Result<WriteOutcome> EventLog::remove(qint64 workspaceId, const QString &entity, const QString &entityId,
                                      qint64 baseRev, const QString &by, qint64 at)
{
    return write(workspaceId, entity, entityId, baseRev, nullptr, by, at);
}

Result<WriteOutcome> EventLog::write(qint64 workspaceId, const QString &entity, const QString &entityId, qint64 baseRev,
                                     const QJsonObject *data, const QString &by, qint64 at)
{
    WriteOutcome outcome;
    bool refused = false;
    const bool postgres = m_db.engine() == Database::Engine::PostgreSql;
    auto done = m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        auto rev = nextRev(db, workspaceId);
        if (!rev)
            return rev.error();
        auto current = sql::run(db,
                                QStringLiteral("SELECT rev, data, deleted FROM entities"
                                               " WHERE workspace_id = ? AND entity = ? AND entity_id = ?"),
                                {QVariant::fromValue(workspaceId), entity, entityId}, "reading an entity");
        if (!current)
            return current.error();
        qint64 currentRev = 0;
        bool currentDeleted = false;
        QJsonObject currentData;
        if (current->next()) {
            currentRev = current->value(0).toLongLong();
            currentData = fromText(current->value(1));
            currentDeleted = current->value(2).toInt() != 0;
        }
        const bool deleting = data == nullptr;
        if (deleting && (currentRev == 0 || (currentDeleted && baseRev == currentRev))) {
            outcome.kind = WriteOutcome::Kind::NotFound;
            outcome.rev = currentRev;
            refused = true;
        } else if (baseRev != currentRev) {
            outcome.kind = WriteOutcome::Kind::Conflict;
            outcome.rev = currentRev;
            outcome.serverData = currentDeleted ? QJsonObject() : currentData;
            outcome.serverDeleted = currentDeleted;
            refused = true;
        }
        if (refused) // roll back the revision bump
            return makeError(ErrorCode::Conflict, "refused");

        const QVariant stored = deleting ? QVariant() : QVariant(toText(*data));
        auto upsert = sql::run(db,
                               QStringLiteral("INSERT INTO entities (workspace_id, entity, entity_id, rev, data, deleted,"
                                              " updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                                              " ON CONFLICT (workspace_id, entity, entity_id) DO UPDATE SET"
                                              " rev = excluded.rev, data = excluded.data, deleted = excluded.deleted,"
                                              " updated_by = excluded.updated_by, updated_at = excluded.updated_at"),
                               {QVariant::fromValue(workspaceId), entity, entityId, QVariant::fromValue(*rev), stored,
                                deleting ? 1 : 0, by, QVariant::fromValue(at)},
                               "writing an entity");
        if (!upsert)
            return upsert.error();
        auto logged = appendEvent(db, workspaceId, *rev, entity, entityId, stored, deleting, by, at);
        if (!logged)
            return logged;
        if (postgres) {
            auto n = notify(db, m_notifyChannel, workspaceId);
            if (!n)
                return n;
        }
        outcome.kind = WriteOutcome::Kind::Applied;
        outcome.rev = *rev;
        return {};
    });
    if (refused)
        return outcome;
    if (!done)
        return done.error();
    return outcome;
}

Result<qint64> EventLog::appendChat(qint64 workspaceId, const QString &room, const QString &text, const QString &by,
                                    qint64 at)
{
    qint64 assigned = 0;
    const bool postgres = m_db.engine() == Database::Engine::PostgreSql;
    auto done = m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        auto rev = nextRev(db, workspaceId);
        if (!rev)
            return rev.error();
        auto logged = appendEvent(db, workspaceId, *rev, QStringLiteral("chat"), room,
                                  toText(QJsonObject{{QStringLiteral("text"), text}}), false, by, at);
        if (!logged)
            return logged;
        if (postgres) {
            auto n = notify(db, m_notifyChannel, workspaceId);
            if (!n)
                return n;
        }
        assigned = *rev;
        return {};
    });
    if (!done)
        return done.error();
    return assigned;
}

Result<EventPage> EventLog::since(qint64 workspaceId, const QString &workspaceName, qint64 sinceRev, int limit)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    EventPage page;
    auto head = headRev(workspaceId);
    if (!head)
        return head.error();
    page.headRev = *head;
    auto q = sql::run(*conn,
                      QStringLiteral("SELECT rev, entity, entity_id, data, deleted, by_user, at FROM events"
                                     " WHERE workspace_id = ? AND rev > ? ORDER BY rev LIMIT ?"),
                      {QVariant::fromValue(workspaceId), QVariant::fromValue(sinceRev), limit + 1}, "reading events");
    if (!q)
        return q.error();
    while (q->next()) {
        if (page.events.size() == limit) {
            page.more = true;
            break;
        }
        sync::msg::Event e;
        e.workspace = workspaceName;
        e.rev = q->value(0).toLongLong();
        e.entity = q->value(1).toString();
        e.entityId = q->value(2).toString();
        e.data = fromText(q->value(3));
        e.deleted = q->value(4).toInt() != 0;
        e.by = q->value(5).toString();
        e.at = q->value(6).toLongLong();
        page.events.append(e);
    }
    // A write may commit between the two reads; the head is never behind
    // what the page returns.
    if (!page.events.isEmpty() && page.events.back().rev > page.headRev)
        page.headRev = page.events.back().rev;
    return page;
}

Result<qint64> EventLog::headRev(qint64 workspaceId)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn, QStringLiteral("SELECT rev FROM workspaces WHERE id = ?"), {QVariant::fromValue(workspaceId)},
                      "reading a workspace revision");
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, "the workspace no longer exists");
    return q->value(0).toLongLong();
}

} // namespace sn::server
