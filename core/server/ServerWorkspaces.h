#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sn {
class Database;
}

namespace sn::server {

// What a member may do in a workspace. The server checks it on every write;
// a client's idea of its role is never trusted.
enum class Role
{
    Viewer,
    Analyst,
    Admin
};

QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);
inline bool canWrite(Role role)
{
    return role != Role::Viewer;
}

struct WorkspaceInfo
{
    qint64 id = 0;
    QString name;
    qint64 rev = 0;
};

struct Membership
{
    WorkspaceInfo workspace;
    Role role = Role::Viewer;
};

struct MemberInfo
{
    QString user;
    Role role = Role::Viewer;
};

// Workspaces and who belongs to them with which role.
class ServerWorkspaces
{
public:
    explicit ServerWorkspaces(const Database &db) : m_db(db) {}

    Result<qint64> create(const QString &name);
    Result<WorkspaceInfo> find(const QString &name);
    Result<QList<WorkspaceInfo>> list();
    // Adds the user or changes the role of an existing member.
    Result<void> setMember(const QString &workspace, const QString &user, Role role);
    // NotFound when the user is not a member.
    Result<void> removeMember(const QString &workspace, const QString &user);
    Result<QList<MemberInfo>> members(const QString &workspace);
    // The user's role in the workspace; NotFound when the workspace does not
    // exist or the user is not a member (callers answer both the same way, so
    // non-members cannot probe which workspaces exist).
    Result<Membership> membership(qint64 userId, const QString &workspace);
    Result<QList<Membership>> membershipsOf(qint64 userId);

private:
    const Database &m_db;
};

} // namespace sn::server
