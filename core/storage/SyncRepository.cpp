#include "core/storage/SyncRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlSupport.h"

#include <QSqlError>
#include <QSqlRecord>
#include <utility>

namespace sn {

namespace {

QVariant nullableText(const std::optional<QString> &s)
{
    return s ? QVariant(sql::text(*s)) : QVariant(QMetaType::fromType<QString>());
}

std::optional<QString> optionalText(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toString();
}

const QString kSharedColumns = QStringLiteral("entity, local_id, workspace, entity_id, parent_id, rev");

SyncShared sharedFrom(const QSqlQuery &q)
{
    return SyncShared{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toString(),   q.value(5).toLongLong()};
}

const QString kOutboxColumns =
    QStringLiteral("seq, workspace, entity, entity_id, op, data, edit, last_error, sent_data");

SyncOutboxItem outboxFrom(const QSqlQuery &q)
{
    return SyncOutboxItem{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                          q.value(6).toLongLong(), q.value(7).toString(), optionalText(q.value(8))};
}

const QString kConflictColumns =
    QStringLiteral("id, workspace, entity, entity_id, mine, theirs, server_rev, reason, created_at");

SyncConflict conflictFrom(const QSqlQuery &q)
{
    return SyncConflict{q.value(0).toLongLong(), q.value(1).toString(),    q.value(2).toString(),
                        q.value(3).toString(),   optionalText(q.value(4)), optionalText(q.value(5)),
                        q.value(6).toLongLong(), q.value(7).toString(),    q.value(8).toLongLong()};
}

std::string entityWhere(const QString &workspace, const QString &entityId)
{
    return "shared entity '" + entityId.toStdString() + "' of workspace '" + workspace.toStdString() + "'";
}

// One row or none, read by `from`.
template <typename From>
auto oneRow(const Database &db, const QString &sql, const QVariantList &values, const std::string &context,
            From from) -> Result<std::optional<decltype(from(std::declval<const QSqlQuery &>()))>>
{
    using Row = decltype(from(std::declval<const QSqlQuery &>()));
    auto conn = db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn, sql, values, context);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Row>();
    return std::optional<Row>(from(*q));
}

} // namespace

Result<std::optional<SyncShared>> SyncRepository::sharedByLocal(const QString &entity, qint64 localId)
{
    return oneRow(
        m_db,
        QStringLiteral("SELECT %1 FROM sync_shared WHERE entity = ? AND local_id = ?").arg(kSharedColumns),
        {entity, localId}, "reading the sharing of " + entity.toStdString(), sharedFrom);
}

Result<std::optional<SyncShared>> SyncRepository::sharedByEntity(const QString &workspace,
                                                                 const QString &entityId)
{
    return oneRow(m_db,
                  QStringLiteral("SELECT %1 FROM sync_shared WHERE workspace = ? AND entity_id = ?")
                      .arg(kSharedColumns),
                  {workspace, entityId}, "reading " + entityWhere(workspace, entityId), sharedFrom);
}

Result<SyncEntityState> SyncRepository::entityState(const QString &workspace, const QString &entityId)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    // One round trip per remote event: catch-up reads this for every event.
    auto q = sql::run(
        *conn,
        QStringLiteral("SELECT s.entity, s.local_id, s.workspace, s.entity_id, s.parent_id, s.rev,"
                       " EXISTS (SELECT 1 FROM sync_outbox o WHERE o.workspace = ? AND o.entity_id = ?),"
                       " EXISTS (SELECT 1 FROM sync_conflicts c WHERE c.workspace = ? AND c.entity_id = ?)"
                       " FROM (SELECT 1 AS one) AS x LEFT JOIN sync_shared s"
                       " ON s.workspace = ? AND s.entity_id = ?"),
        {workspace, entityId, workspace, entityId, workspace, entityId},
        "reading the sync state of " + entityWhere(workspace, entityId));
    if (!q)
        return q.error();
    SyncEntityState state;
    if (!q->next())
        return state;
    if (!q->value(0).isNull())
        state.shared = sharedFrom(*q);
    state.waiting = q->value(6).toInt() != 0;
    state.conflicted = q->value(7).toInt() != 0;
    return state;
}

Result<std::map<QString, SyncEntityState>> SyncRepository::entityStates(const QString &workspace,
                                                                        const QStringList &entityIds)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    std::map<QString, SyncEntityState> out;
    for (const QString &id : entityIds)
        out.emplace(id, SyncEntityState{});
    constexpr qsizetype kChunk = 400; // well below either engine's bound-parameter limit
    for (qsizetype from = 0; from < entityIds.size(); from += kChunk) {
        const QStringList part = entityIds.mid(from, kChunk);
        QStringList marks;
        marks.reserve(part.size());
        QVariantList values{workspace};
        for (const QString &id : part) {
            marks << QStringLiteral("?");
            values << id;
        }
        const QString in = marks.join(QLatin1Char(','));
        auto shared =
            sql::run(*conn,
                     QStringLiteral("SELECT %1 FROM sync_shared WHERE workspace = ? AND entity_id IN (%2)")
                         .arg(kSharedColumns, in),
                     values, "reading the sync state of workspace '" + workspace.toStdString() + "'");
        if (!shared)
            return shared.error();
        while (shared->next()) {
            SyncShared row = sharedFrom(*shared);
            out[row.entityId].shared = std::move(row);
        }
        for (const auto &[table, flag] : {std::pair{"sync_outbox", &SyncEntityState::waiting},
                                          std::pair{"sync_conflicts", &SyncEntityState::conflicted}}) {
            auto q =
                sql::run(*conn,
                         QStringLiteral("SELECT entity_id FROM %1 WHERE workspace = ? AND entity_id IN (%2)")
                             .arg(QLatin1String(table), in),
                         values, "reading the sync state of workspace '" + workspace.toStdString() + "'");
            if (!q)
                return q.error();
            while (q->next())
                out[q->value(0).toString()].*flag = true;
        }
    }
    return out;
}

Result<void> SyncRepository::insertShared(const std::vector<SyncShared> &rows)
{
    if (rows.empty())
        return {};
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    if (!q.prepare(
            QStringLiteral("INSERT INTO sync_shared (%1) VALUES (?, ?, ?, ?, ?, ?)").arg(kSharedColumns)))
        return sql::toError(q.lastError(), "sharing entities");
    for (const SyncShared &row : rows) {
        q.bindValue(0, row.entity);
        q.bindValue(1, row.localId);
        q.bindValue(2, row.workspace);
        q.bindValue(3, row.entityId);
        q.bindValue(4, sql::text(row.parentId));
        q.bindValue(5, row.rev);
        if (!q.exec())
            return sql::toError(q.lastError(), "sharing " + entityWhere(row.workspace, row.entityId));
    }
    return {};
}

Result<std::vector<SyncShared>> SyncRepository::sharedChildren(const QString &parentId)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q =
        sql::run(*conn, QStringLiteral("SELECT %1 FROM sync_shared WHERE parent_id = ?").arg(kSharedColumns),
                 {parentId}, "reading the shared lines of '" + parentId.toStdString() + "'");
    if (!q)
        return q.error();
    std::vector<SyncShared> out;
    while (q->next())
        out.push_back(sharedFrom(*q));
    return out;
}

Result<std::vector<SyncShared>> SyncRepository::sharedOf(const QString &workspace, const QString &entity)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(
        *conn,
        QStringLiteral("SELECT %1 FROM sync_shared WHERE workspace = ? AND entity = ? ORDER BY entity_id")
            .arg(kSharedColumns),
        {workspace, entity}, "listing shared " + entity.toStdString());
    if (!q)
        return q.error();
    std::vector<SyncShared> out;
    while (q->next())
        out.push_back(sharedFrom(*q));
    return out;
}

Result<void> SyncRepository::insertShared(const SyncShared &row)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto n = sql::change(
        *conn, QStringLiteral("INSERT INTO sync_shared (%1) VALUES (?, ?, ?, ?, ?, ?)").arg(kSharedColumns),
        {row.entity, row.localId, row.workspace, row.entityId, sql::text(row.parentId), row.rev},
        "sharing " + entityWhere(row.workspace, row.entityId));
    if (!n)
        return n.error();
    return {};
}

Result<void> SyncRepository::setRev(const QString &workspace, const QString &entityId, qint64 rev)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto n = sql::change(
        *conn, QStringLiteral("UPDATE sync_shared SET rev = ? WHERE workspace = ? AND entity_id = ?"),
        {rev, workspace, entityId}, "recording the revision of " + entityWhere(workspace, entityId));
    if (!n)
        return n.error();
    return {};
}

Result<void> SyncRepository::removeShared(const QString &workspace, const QString &entityId)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto n =
        sql::change(*conn, QStringLiteral("DELETE FROM sync_shared WHERE workspace = ? AND entity_id = ?"),
                    {workspace, entityId}, "unsharing " + entityWhere(workspace, entityId));
    if (!n)
        return n.error();
    return {};
}

Result<void> SyncRepository::enqueue(const QString &workspace, const QString &entity, const QString &entityId,
                                     const QString &op, const QString &data, qint64 now)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto n =
        sql::change(*conn,
                    QStringLiteral("INSERT INTO sync_outbox (workspace, entity, entity_id, op, data, edit,"
                                   " last_error, created_at) VALUES (?, ?, ?, ?, ?, 1, '', ?)"
                                   " ON CONFLICT (workspace, entity_id) DO UPDATE SET op = excluded.op,"
                                   " data = excluded.data, edit = sync_outbox.edit + 1, last_error = ''"),
                    {workspace, entity, entityId, op, sql::text(data), now},
                    "queueing a change of " + entityWhere(workspace, entityId));
    if (!n)
        return n.error();
    return {};
}

Result<std::vector<SyncOutboxItem>> SyncRepository::pending(qint64 afterSeq, int limit)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(
        *conn,
        QStringLiteral("SELECT %1 FROM sync_outbox WHERE seq > ? ORDER BY seq LIMIT ?").arg(kOutboxColumns),
        {afterSeq, limit}, "reading the sync outbox");
    if (!q)
        return q.error();
    std::vector<SyncOutboxItem> out;
    while (q->next())
        out.push_back(outboxFrom(*q));
    return out;
}

Result<std::optional<SyncOutboxItem>> SyncRepository::outboxItem(const QString &workspace,
                                                                 const QString &entityId)
{
    return oneRow(m_db,
                  QStringLiteral("SELECT %1 FROM sync_outbox WHERE workspace = ? AND entity_id = ?")
                      .arg(kOutboxColumns),
                  {workspace, entityId}, "reading the outbox item of " + entityWhere(workspace, entityId),
                  outboxFrom);
}

Result<qint64> SyncRepository::pendingCount()
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q =
        sql::run(*conn, QStringLiteral("SELECT COUNT(*) FROM sync_outbox"), {}, "counting the sync outbox");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<bool> SyncRepository::removeOutbox(qint64 seq, qint64 edit)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto n = sql::change(*conn, QStringLiteral("DELETE FROM sync_outbox WHERE seq = ? AND edit = ?"),
                         {seq, edit}, "removing an acknowledged outbox item");
    if (!n)
        return n.error();
    return *n > 0;
}

Result<void> SyncRepository::removeOutboxFor(const QString &workspace, const QString &entityId)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto n =
        sql::change(*conn, QStringLiteral("DELETE FROM sync_outbox WHERE workspace = ? AND entity_id = ?"),
                    {workspace, entityId}, "removing the outbox item of " + entityWhere(workspace, entityId));
    if (!n)
        return n.error();
    return {};
}

Result<void> SyncRepository::setOutboxError(qint64 seq, const QString &message)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto n = sql::change(*conn, QStringLiteral("UPDATE sync_outbox SET last_error = ? WHERE seq = ?"),
                         {sql::text(message), seq}, "recording an outbox error");
    if (!n)
        return n.error();
    return {};
}

Result<void> SyncRepository::markSent(const std::vector<qint64> &seqs)
{
    if (seqs.empty())
        return {};
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    if (!q.prepare(QStringLiteral("UPDATE sync_outbox SET sent_data = data WHERE seq = ? AND op = 'put'")))
        return sql::toError(q.lastError(), "recording sent outbox items");
    for (qint64 seq : seqs) {
        q.bindValue(0, seq);
        if (!q.exec())
            return sql::toError(q.lastError(), "recording sent outbox item " + std::to_string(seq));
    }
    return {};
}

Result<void> SyncRepository::clearSent(const QString &workspace, const QString &entityId)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto n = sql::change(
        *conn,
        QStringLiteral("UPDATE sync_outbox SET sent_data = NULL WHERE workspace = ? AND entity_id = ?"),
        {workspace, entityId}, "updating the outbox item of " + entityWhere(workspace, entityId));
    if (!n)
        return n.error();
    return {};
}

Result<void> SyncRepository::putConflict(const SyncConflict &c)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto n =
        sql::change(*conn,
                    QStringLiteral("INSERT INTO sync_conflicts (workspace, entity, entity_id, mine, theirs,"
                                   " server_rev, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                                   " ON CONFLICT (workspace, entity_id) DO UPDATE SET mine = excluded.mine,"
                                   " theirs = excluded.theirs, server_rev = excluded.server_rev,"
                                   " reason = excluded.reason"),
                    {c.workspace, c.entity, c.entityId, nullableText(c.mine), nullableText(c.theirs),
                     c.serverRev, sql::text(c.reason), c.createdAt},
                    "keeping the conflict on " + entityWhere(c.workspace, c.entityId));
    if (!n)
        return n.error();
    return {};
}

Result<std::vector<SyncConflict>> SyncRepository::conflicts()
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q =
        sql::run(*conn, QStringLiteral("SELECT %1 FROM sync_conflicts ORDER BY id").arg(kConflictColumns), {},
                 "listing sync conflicts");
    if (!q)
        return q.error();
    std::vector<SyncConflict> out;
    while (q->next())
        out.push_back(conflictFrom(*q));
    return out;
}

Result<std::optional<SyncConflict>> SyncRepository::conflict(qint64 id)
{
    return oneRow(m_db, QStringLiteral("SELECT %1 FROM sync_conflicts WHERE id = ?").arg(kConflictColumns),
                  {id}, "reading sync conflict " + std::to_string(id), conflictFrom);
}

Result<std::optional<SyncConflict>> SyncRepository::conflictFor(const QString &workspace,
                                                                const QString &entityId)
{
    return oneRow(m_db,
                  QStringLiteral("SELECT %1 FROM sync_conflicts WHERE workspace = ? AND entity_id = ?")
                      .arg(kConflictColumns),
                  {workspace, entityId}, "reading the conflict on " + entityWhere(workspace, entityId),
                  conflictFrom);
}

Result<void> SyncRepository::removeConflict(qint64 id)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto n = sql::change(*conn, QStringLiteral("DELETE FROM sync_conflicts WHERE id = ?"), {id},
                         "removing sync conflict " + std::to_string(id));
    if (!n)
        return n.error();
    return {};
}

Result<qint64> SyncRepository::cursor(const QString &workspace)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn, QStringLiteral("SELECT rev FROM sync_cursor WHERE workspace = ?"), {workspace},
                      "reading the sync cursor of '" + workspace.toStdString() + "'");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<void> SyncRepository::advanceCursor(const QString &workspace, qint64 rev)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto n = sql::change(*conn,
                         QStringLiteral("INSERT INTO sync_cursor (workspace, rev) VALUES (?, ?)"
                                        " ON CONFLICT (workspace) DO UPDATE SET rev ="
                                        " CASE WHEN excluded.rev > sync_cursor.rev THEN excluded.rev"
                                        " ELSE sync_cursor.rev END"),
                         {workspace, rev}, "advancing the sync cursor of '" + workspace.toStdString() + "'");
    if (!n)
        return n.error();
    return {};
}

} // namespace sn
