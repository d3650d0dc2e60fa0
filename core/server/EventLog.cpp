#include "core/server/EventLog.h"

#include "core/storage/Database.h"
#include "core/storage/SqlSupport.h"

#include <QJsonDocument>
#include <QSqlError>
#include <functional>
#include <map>
#include <memory>
#include <tuple>
#include <utility>

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
                         const QString &entityId, const QVariant &data, bool deleted, const QString &by,
                         qint64 at)
{
    auto q = sql::run(
        db,
        QStringLiteral("INSERT INTO events (workspace_id, rev, entity, entity_id, data, deleted, by_user, at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {QVariant::fromValue(workspaceId), QVariant::fromValue(rev), entity, entityId, data, deleted ? 1 : 0,
         by, QVariant::fromValue(at)},
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

// A change is acknowledged once it commits, so the commit must survive a
// power cut, not just a crash of this process: the shared sn::Database runs
// SQLite's WAL at synchronous = NORMAL (the desktop's choice, which may lose
// the last commits on power loss). FULL syncs the WAL at every commit; with
// group commit that is one fsync per batch, not per put. Set before every
// write transaction because a dropped connection is reopened with the
// shared defaults. PostgreSQL commits durably by default.
Result<void> durableCommits(const Database &database)
{
    if (database.engine() != Database::Engine::Sqlite)
        return {};
    auto conn = database.connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    if (!q.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return sql::toError(q.lastError(), "making commits durable");
    return {};
}

// A statement prepared once and executed for every write of a batch. On
// PostgreSQL Qt's driver turns each prepare() into PREPARE ... and a later
// DEALLOCATE, two round trips that sql::run would pay per statement.
class Reused
{
public:
    Reused(const QSqlDatabase &db, const QString &sql, const char *context)
        : m_query(db), m_sql(sql), m_context(context)
    {
        m_query.setForwardOnly(true);
    }
    Result<QSqlQuery *> run(const QVariantList &values)
    {
        if (!m_prepared) {
            if (!m_query.prepare(m_sql))
                return sql::toError(m_query.lastError(), m_context);
            m_prepared = true;
        }
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, values[i]);
        if (!m_query.exec())
            return sql::toError(m_query.lastError(), m_context);
        return &m_query;
    }

private:
    QSqlQuery m_query;
    QString m_sql;
    const char *m_context;
    bool m_prepared = false;
};

} // namespace

Result<WriteOutcome> EventLog::put(qint64 workspaceId, const QString &entity, const QString &entityId,
                                   qint64 baseRev, const QJsonObject &data, const QString &by, qint64 at)
{
    auto outcomes = writeBatch({WriteRequest{workspaceId, entity, entityId, baseRev, data, by, at, 0, {}}});
    if (!outcomes)
        return outcomes.error();
    if (outcomes->front().kind == WriteOutcome::Kind::WorkspaceGone)
        return makeError(ErrorCode::NotFound, "the workspace no longer exists");
    return outcomes->front();
}

Result<WriteOutcome> EventLog::remove(qint64 workspaceId, const QString &entity, const QString &entityId,
                                      qint64 baseRev, const QString &by, qint64 at)
{
    auto outcomes =
        writeBatch({WriteRequest{workspaceId, entity, entityId, baseRev, std::nullopt, by, at, 0, {}}});
    if (!outcomes)
        return outcomes.error();
    if (outcomes->front().kind == WriteOutcome::Kind::WorkspaceGone)
        return makeError(ErrorCode::NotFound, "the workspace no longer exists");
    return outcomes->front();
}

namespace {

// An entity as the batch sees it: read once, then advanced in memory by the
// batch's own applied writes, so later writes of the batch see earlier ones.
struct EntityState
{
    qint64 rev = 0; // 0: no such entity
    QVariant text;  // the stored JSON text (null when deleted)
    bool deleted = false;
    bool dirty = false; // to be written back
    QString by;
    qint64 at = 0;
};
using EntityKey = std::tuple<qint64, QString, QString>; // workspace, entity, entity id

// Rows per multi-row statement: one statement per 200 reads or writes
// instead of one per row (on PostgreSQL each statement is a round trip),
// while staying far below both engines' bound-parameter limits.
constexpr qsizetype kRowsPerStatement = 200;

// Runs `head` + `rows` copies of `row` joined by commas (+ `tail`) over
// `values` (`perRow` of them per row) in chunks; calls `each` with every
// executed query (for reads).
Result<void> runChunked(const QSqlDatabase &db, const QString &head, const QString &row, const QString &tail,
                        const QVariantList &values, int perRow, const char *context,
                        const std::function<void(QSqlQuery &)> &each = {})
{
    const qsizetype rows = values.size() / perRow;
    std::map<qsizetype, std::unique_ptr<QSqlQuery>> prepared; // by rows in the statement
    for (qsizetype first = 0; first < rows; first += kRowsPerStatement) {
        const qsizetype n = std::min(kRowsPerStatement, rows - first);
        auto &q = prepared[n];
        if (!q) {
            QString text = head;
            for (qsizetype i = 0; i < n; ++i) {
                if (i > 0)
                    text += QLatin1String(", ");
                text += row;
            }
            text += tail;
            q = std::make_unique<QSqlQuery>(db);
            q->setForwardOnly(true);
            if (!q->prepare(text))
                return sql::toError(q->lastError(), context);
        }
        for (qsizetype i = 0; i < n * perRow; ++i)
            q->bindValue(int(i), values[first * perRow + i]);
        if (!q->exec())
            return sql::toError(q->lastError(), context);
        if (each)
            each(*q);
        q->finish();
    }
    return {};
}

} // namespace

Result<QList<WriteOutcome>> EventLog::writeBatch(const QList<WriteRequest> &requests)
{
    QList<WriteOutcome> outcomes;
    const bool postgres = m_db.engine() == Database::Engine::PostgreSql;
    if (auto durable = durableCommits(m_db); !durable)
        return durable.error();
    auto done = m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        outcomes.clear(); // a retried transaction starts over
        // Each workspace's head revision, read once with its row locked (on
        // PostgreSQL SELECT ... FOR UPDATE holds the row lock until commit, which
        // serialises writers of one workspace across instances; SQLite's
        // BEGIN IMMEDIATE already serialises all writers), advanced in
        // memory per applied write and stored once at the end.
        std::map<qint64, qint64> head;
        std::map<qint64, qint64> lockedAt; // workspace -> head when locked
        // The writer's membership per (user, workspace name), read once per
        // batch. On PostgreSQL FOR UPDATE OF w also takes the workspace row's
        // lock, so the check and the revision it guards are one step.
        struct Access
        {
            qint64 workspaceId = 0;
            std::optional<Role> role; // nullopt: not a member, or no such workspace
        };
        std::map<std::pair<qint64, QString>, Access> access;
        Reused member(db,
                      QStringLiteral("SELECT w.id, w.rev, m.role FROM workspaces w JOIN members m"
                                     " ON m.workspace_id = w.id WHERE w.name = ? AND m.user_id = ?") +
                          (postgres ? QStringLiteral(" FOR UPDATE OF w") : QString()),
                      "checking the writer's membership");

        // 1. Who may write where: one outcome per request; those still
        //    Applied go on to the entity checks.
        outcomes.reserve(requests.size());
        for (const WriteRequest &r : requests) {
            WriteOutcome outcome;
            qint64 workspaceId = r.workspaceId;
            if (r.userId != 0) {
                const auto key = std::make_pair(r.userId, r.workspaceName);
                auto a = access.find(key);
                if (a == access.end()) {
                    auto row = member.run({r.workspaceName, QVariant::fromValue(r.userId)});
                    if (!row)
                        return row.error();
                    Access found;
                    if ((*row)->next()) {
                        found.workspaceId = (*row)->value(0).toLongLong();
                        found.role = roleFromName((*row)->value(2).toString()).value_or(Role::Viewer);
                        if (!head.count(found.workspaceId)) {
                            const qint64 rev = (*row)->value(1).toLongLong();
                            head.emplace(found.workspaceId, rev);
                            lockedAt.emplace(found.workspaceId, rev);
                        }
                    }
                    (*row)->finish();
                    a = access.emplace(key, found).first;
                }
                if (!a->second.role) {
                    outcome.kind = WriteOutcome::Kind::NotMember;
                    outcomes.append(outcome);
                    continue;
                }
                workspaceId = a->second.workspaceId;
                outcome.workspaceId = workspaceId;
                if (!canWrite(*a->second.role)) {
                    outcome.kind = WriteOutcome::Kind::Forbidden;
                    outcome.role = *a->second.role;
                    outcomes.append(outcome);
                    continue;
                }
            }
            outcome.workspaceId = workspaceId;
            if (!head.count(workspaceId)) {
                auto locked =
                    sql::run(db,
                             postgres ? QStringLiteral("SELECT rev FROM workspaces WHERE id = ? FOR UPDATE")
                                      : QStringLiteral("SELECT rev FROM workspaces WHERE id = ?"),
                             {QVariant::fromValue(workspaceId)}, "locking a workspace revision");
                if (!locked)
                    return locked.error();
                if (!locked->next()) {
                    outcome.kind = WriteOutcome::Kind::WorkspaceGone;
                    outcomes.append(outcome);
                    continue;
                }
                head.emplace(workspaceId, locked->value(0).toLongLong());
                lockedAt.emplace(workspaceId, locked->value(0).toLongLong());
            }
            outcome.kind = WriteOutcome::Kind::Applied; // so far
            outcomes.append(outcome);
        }

        // 2. The current state of every entity the batch touches, in a few
        //    statements instead of one per write.
        std::map<EntityKey, EntityState> entities;
        QVariantList keys;
        for (qsizetype i = 0; i < requests.size(); ++i) {
            if (outcomes[i].kind != WriteOutcome::Kind::Applied)
                continue;
            const WriteRequest &r = requests[i];
            if (entities.emplace(EntityKey{outcomes[i].workspaceId, r.entity, r.entityId}, EntityState{})
                    .second)
                keys << QVariant::fromValue(outcomes[i].workspaceId) << r.entity << r.entityId;
        }
        auto read = runChunked(
            db,
            QStringLiteral("SELECT workspace_id, entity, entity_id, rev, data, deleted FROM entities"
                           " WHERE (workspace_id, entity, entity_id) IN (VALUES "),
            QStringLiteral("(CAST(? AS BIGINT), ?, ?)"), QStringLiteral(")"), keys, 3, "reading entities",
            [&entities](QSqlQuery &q) {
                while (q.next()) {
                    auto it = entities.find(
                        EntityKey{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
                    if (it == entities.end())
                        continue;
                    it->second.rev = q.value(3).toLongLong();
                    it->second.text = q.value(4);
                    it->second.deleted = q.value(5).toInt() != 0;
                }
            });
        if (!read)
            return read;

        // 3. Each write against its entity, in request order.
        QVariantList eventRows;
        for (qsizetype i = 0; i < requests.size(); ++i) {
            WriteOutcome &outcome = outcomes[i];
            if (outcome.kind != WriteOutcome::Kind::Applied)
                continue;
            const WriteRequest &r = requests[i];
            EntityState &current = entities[EntityKey{outcome.workspaceId, r.entity, r.entityId}];
            const bool deleting = !r.data.has_value();
            // Stored data is this function's own compact encoding (sorted
            // keys), so equal objects have equal text: compare text and parse
            // the stored JSON only for a conflict, which sends it back.
            const QString text = deleting ? QString() : toText(*r.data);
            if (deleting && (current.rev == 0 || (current.deleted && r.baseRev == current.rev))) {
                outcome.kind = WriteOutcome::Kind::NotFound;
                outcome.rev = current.rev;
                continue;
            }
            // A put of what the server already holds (a re-sent put whose ack
            // was lost, on its old base or on its own echo's revision) takes
            // no revision: acknowledged at the current one, nothing to fan out.
            if (!deleting && current.rev > 0 && !current.deleted && current.text.toString() == text) {
                outcome.kind = WriteOutcome::Kind::Unchanged;
                outcome.rev = current.rev;
                continue;
            }
            if (r.baseRev != current.rev) {
                outcome.kind = WriteOutcome::Kind::Conflict;
                outcome.rev = current.rev;
                outcome.serverData = current.deleted ? QJsonObject() : fromText(current.text);
                outcome.serverDeleted = current.deleted;
                continue;
            }
            const qint64 rev = ++head[outcome.workspaceId];
            current.rev = rev;
            current.text = deleting ? QVariant() : QVariant(text);
            current.deleted = deleting;
            current.dirty = true;
            current.by = r.by;
            current.at = r.at;
            eventRows << QVariant::fromValue(outcome.workspaceId) << QVariant::fromValue(rev) << r.entity
                      << r.entityId << current.text << (deleting ? 1 : 0) << r.by
                      << QVariant::fromValue(r.at);
            outcome.rev = rev;
        }

        // 4. Each changed entity once, with its final state, and every
        //    applied write's event row.
        QVariantList entityRows;
        for (const auto &[key, state] : entities)
            if (state.dirty)
                entityRows << QVariant::fromValue(std::get<0>(key)) << std::get<1>(key) << std::get<2>(key)
                           << QVariant::fromValue(state.rev) << state.text << (state.deleted ? 1 : 0)
                           << state.by << QVariant::fromValue(state.at);
        auto upserted = runChunked(
            db,
            QStringLiteral("INSERT INTO entities (workspace_id, entity, entity_id, rev, data, deleted,"
                           " updated_by, updated_at) VALUES "),
            QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)"),
            QStringLiteral(" ON CONFLICT (workspace_id, entity, entity_id) DO UPDATE SET"
                           " rev = excluded.rev, data = excluded.data, deleted = excluded.deleted,"
                           " updated_by = excluded.updated_by, updated_at = excluded.updated_at"),
            entityRows, 8, "writing entities");
        if (!upserted)
            return upserted;
        auto logged = runChunked(db,
                                 QStringLiteral("INSERT INTO events (workspace_id, rev, entity, entity_id, "
                                                "data, deleted, by_user, at) VALUES "),
                                 QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)"), QString(), eventRows, 8,
                                 "appending to the event log");
        if (!logged)
            return logged;

        for (const auto &[workspaceId, rev] : head) {
            if (rev == lockedAt[workspaceId])
                continue;
            auto stored = sql::run(db, QStringLiteral("UPDATE workspaces SET rev = ? WHERE id = ?"),
                                   {QVariant::fromValue(rev), QVariant::fromValue(workspaceId)},
                                   "storing a workspace revision");
            if (!stored)
                return stored.error();
            if (postgres) {
                auto n = notify(db, m_notifyChannel, workspaceId);
                if (!n)
                    return n;
            }
        }
        return {};
    });
    if (!done)
        return done.error();
    return outcomes;
}

Result<qint64> EventLog::appendChat(qint64 workspaceId, const QString &room, const QString &text,
                                    const QString &by, qint64 at)
{
    qint64 assigned = 0;
    const bool postgres = m_db.engine() == Database::Engine::PostgreSql;
    if (auto durable = durableCommits(m_db); !durable)
        return durable.error();
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

Result<EventPage> EventLog::since(qint64 workspaceId, const QString &workspaceName, qint64 sinceRev,
                                  int limit)
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
                      {QVariant::fromValue(workspaceId), QVariant::fromValue(sinceRev), limit + 1},
                      "reading events");
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

Result<qint64> EventLog::compact(qint64 beforeAt)
{
    qint64 deleted = 0;
    auto done = m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        // entities holds each entity's newest revision; an event below it is
        // superseded. Chat lines have no entities row, so the comparison is
        // NULL for them and they stay.
        auto q =
            sql::run(db,
                     QStringLiteral("DELETE FROM events WHERE at < ? AND rev < (SELECT e.rev FROM entities e"
                                    " WHERE e.workspace_id = events.workspace_id AND e.entity = events.entity"
                                    " AND e.entity_id = events.entity_id)"),
                     {QVariant::fromValue(beforeAt)}, "compacting the event log");
        if (!q)
            return q.error();
        deleted = q->numRowsAffected();
        return {};
    });
    if (!done)
        return done.error();
    return deleted;
}

Result<qint64> EventLog::headRev(qint64 workspaceId)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn, QStringLiteral("SELECT rev FROM workspaces WHERE id = ?"),
                      {QVariant::fromValue(workspaceId)}, "reading a workspace revision");
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, "the workspace no longer exists");
    return q->value(0).toLongLong();
}

} // namespace sn::server
