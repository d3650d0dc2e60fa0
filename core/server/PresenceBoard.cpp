#include "core/server/PresenceBoard.h"

#include "core/storage/Database.h"
#include "core/storage/SqlSupport.h"

#include <QList>

namespace sn::server {

PresenceBoard::PresenceBoard(const Database &db, QString instance, QString channel)
    : m_db(db), m_instance(std::move(instance)), m_channel(std::move(channel))
{
}

Result<void> PresenceBoard::publish(qint64 workspaceId, const std::map<QString, int> &online, qint64 now)
{
    return m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        auto cleared =
            sql::run(db, QStringLiteral("DELETE FROM presence WHERE instance = ? AND workspace_id = ?"),
                     {m_instance, QVariant::fromValue(workspaceId)}, "clearing presence");
        if (!cleared)
            return cleared.error();
        for (const auto &[user, connections] : online) {
            auto added = sql::run(
                db,
                QStringLiteral("INSERT INTO presence (instance, workspace_id, user_name, connections,"
                               " seen_at) VALUES (?, ?, ?, ?, ?)"),
                {m_instance, QVariant::fromValue(workspaceId), user, connections, QVariant::fromValue(now)},
                "publishing presence");
            if (!added)
                return added.error();
        }
        // Delivered on commit, to every instance (this one included).
        auto n = sql::run(db, QStringLiteral("SELECT pg_notify(?, ?)"),
                          {m_channel, QString(QStringLiteral("p") + QString::number(workspaceId))},
                          "announcing presence");
        if (!n)
            return n.error();
        return {};
    });
}

Result<std::map<QString, int>> PresenceBoard::others(qint64 workspaceId, qint64 now)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(
        *conn,
        QStringLiteral("SELECT user_name, SUM(connections) FROM presence"
                       " WHERE workspace_id = ? AND instance <> ? AND seen_at > ? GROUP BY user_name"),
        {QVariant::fromValue(workspaceId), m_instance, QVariant::fromValue(now - kStaleMs)},
        "reading presence");
    if (!q)
        return q.error();
    std::map<QString, int> users;
    while (q->next())
        users[q->value(0).toString()] = q->value(1).toInt();
    return users;
}

Result<void> PresenceBoard::heartbeat(qint64 now)
{
    return m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        auto touched = sql::run(db, QStringLiteral("UPDATE presence SET seen_at = ? WHERE instance = ?"),
                                {QVariant::fromValue(now), m_instance}, "touching presence");
        if (!touched)
            return touched.error();
        auto purged = sql::run(db, QStringLiteral("DELETE FROM presence WHERE seen_at <= ?"),
                               {QVariant::fromValue(now - kStaleMs)}, "purging stale presence");
        if (!purged)
            return purged.error();
        return {};
    });
}

Result<void> PresenceBoard::withdraw()
{
    return m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        auto ids =
            sql::run(db, QStringLiteral("SELECT DISTINCT workspace_id FROM presence WHERE instance = ?"),
                     {m_instance}, "reading presence");
        if (!ids)
            return ids.error();
        QList<qint64> workspaces;
        while (ids->next())
            workspaces.append(ids->value(0).toLongLong());
        auto removed = sql::run(db, QStringLiteral("DELETE FROM presence WHERE instance = ?"), {m_instance},
                                "withdrawing presence");
        if (!removed)
            return removed.error();
        for (const qint64 id : workspaces) {
            auto n = sql::run(db, QStringLiteral("SELECT pg_notify(?, ?)"),
                              {m_channel, QString(QStringLiteral("p") + QString::number(id))},
                              "announcing presence");
            if (!n)
                return n.error();
        }
        return {};
    });
}

qint64 PresenceBoard::workspaceOf(const QString &payload)
{
    if (!payload.startsWith(QLatin1Char('p')))
        return -1;
    bool ok = false;
    const qint64 id = payload.mid(1).toLongLong(&ok);
    return ok ? id : -1;
}

} // namespace sn::server
