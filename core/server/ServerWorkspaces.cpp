#include "core/server/ServerWorkspaces.h"

#include "core/common/Time.h"
#include "core/storage/Database.h"
#include "core/storage/SqlSupport.h"

namespace sn::server {

QString roleName(Role role)
{
    switch (role) {
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::Analyst:
        return QStringLiteral("analyst");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("viewer");
}

std::optional<Role> roleFromName(const QString &name)
{
    if (name == QLatin1String("viewer"))
        return Role::Viewer;
    if (name == QLatin1String("analyst"))
        return Role::Analyst;
    if (name == QLatin1String("admin"))
        return Role::Admin;
    return std::nullopt;
}

namespace {
std::string wsContext(const QString &name)
{
    return "workspace '" + name.toStdString() + "'";
}
} // namespace

Result<qint64> ServerWorkspaces::create(const QString &name)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(
        *conn, QStringLiteral("INSERT INTO workspaces (name, rev, created_at) VALUES (?, 0, ?) RETURNING id"),
        {name, QVariant::fromValue<qint64>(nowMs())}, wsContext(name));
    if (!q) {
        if (q.error().code == ErrorCode::AlreadyExists)
            return makeError(ErrorCode::AlreadyExists, "a workspace with this name exists", wsContext(name));
        return q.error();
    }
    if (!q->next())
        return makeError(ErrorCode::DatabaseError, "no id returned for the new workspace", wsContext(name));
    return q->value(0).toLongLong();
}

Result<WorkspaceInfo> ServerWorkspaces::find(const QString &name)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn, QStringLiteral("SELECT id, name, rev FROM workspaces WHERE name = ?"), {name},
                      wsContext(name));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, "no such workspace", wsContext(name));
    return WorkspaceInfo{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong()};
}

Result<QList<WorkspaceInfo>> ServerWorkspaces::list()
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn, QStringLiteral("SELECT id, name, rev FROM workspaces ORDER BY name"), {},
                      "listing workspaces");
    if (!q)
        return q.error();
    QList<WorkspaceInfo> out;
    while (q->next())
        out.append(WorkspaceInfo{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong()});
    return out;
}

Result<void> ServerWorkspaces::setMember(const QString &workspace, const QString &user, Role role)
{
    return m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        auto ids = sql::run(
            db,
            QStringLiteral(
                "SELECT (SELECT id FROM workspaces WHERE name = ?), (SELECT id FROM users WHERE name = ?)"),
            {workspace, user}, wsContext(workspace));
        if (!ids)
            return ids.error();
        if (!ids->next() || ids->value(0).isNull())
            return makeError(ErrorCode::NotFound, "no such workspace", wsContext(workspace));
        if (ids->value(1).isNull())
            return makeError(ErrorCode::NotFound, "no such user", "user '" + user.toStdString() + "'");
        auto q = sql::run(
            db,
            QStringLiteral("INSERT INTO members (workspace_id, user_id, role) VALUES (?, ?, ?)"
                           " ON CONFLICT (workspace_id, user_id) DO UPDATE SET role = excluded.role"),
            {ids->value(0), ids->value(1), roleName(role)}, wsContext(workspace));
        if (!q)
            return q.error();
        return {};
    });
}

Result<void> ServerWorkspaces::removeMember(const QString &workspace, const QString &user)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto changed = sql::change(
        *conn,
        QStringLiteral("DELETE FROM members WHERE workspace_id = (SELECT id FROM workspaces WHERE name = ?)"
                       " AND user_id = (SELECT id FROM users WHERE name = ?)"),
        {workspace, user}, wsContext(workspace));
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return makeError(ErrorCode::NotFound, "user " + user.toStdString() + " is not a member",
                         wsContext(workspace));
    return {};
}

Result<QList<MemberInfo>> ServerWorkspaces::members(const QString &workspace)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(
        *conn,
        QStringLiteral("SELECT u.name, m.role FROM members m JOIN users u ON u.id = m.user_id"
                       " JOIN workspaces w ON w.id = m.workspace_id WHERE w.name = ? ORDER BY u.name"),
        {workspace}, wsContext(workspace));
    if (!q)
        return q.error();
    QList<MemberInfo> out;
    while (q->next())
        out.append(
            MemberInfo{q->value(0).toString(), roleFromName(q->value(1).toString()).value_or(Role::Viewer)});
    return out;
}

Result<Membership> ServerWorkspaces::membership(qint64 userId, const QString &workspace)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn,
                      QStringLiteral("SELECT w.id, w.name, w.rev, m.role FROM workspaces w JOIN members m"
                                     " ON m.workspace_id = w.id WHERE w.name = ? AND m.user_id = ?"),
                      {workspace, QVariant::fromValue(userId)}, wsContext(workspace));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, "no such workspace, or you are not a member",
                         wsContext(workspace));
    return Membership{
        WorkspaceInfo{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong()},
        roleFromName(q->value(3).toString()).value_or(Role::Viewer)};
}

Result<QList<Membership>> ServerWorkspaces::membershipsOf(qint64 userId)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn,
                      QStringLiteral("SELECT w.id, w.name, w.rev, m.role FROM workspaces w JOIN members m"
                                     " ON m.workspace_id = w.id WHERE m.user_id = ? ORDER BY w.name"),
                      {QVariant::fromValue(userId)}, "listing workspaces");
    if (!q)
        return q.error();
    QList<Membership> out;
    while (q->next())
        out.append(Membership{
            WorkspaceInfo{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong()},
            roleFromName(q->value(3).toString()).value_or(Role::Viewer)});
    return out;
}

} // namespace sn::server
