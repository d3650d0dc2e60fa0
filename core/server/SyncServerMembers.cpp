// The `members` request (docs/protocol.md): kept apart from SyncServer.cpp,
// whose write and accept paths change for other reasons.
#include "core/server/SyncServer.h"
#include "core/sync/Messages.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sn::server {

void SyncServer::handleMembers(Session *s, const sync::Frame &f)
{
    // Members only: a non-member learns nothing, not even that the
    // workspace exists (requireMember answers not_found for both).
    const auto m = requireMember(s, f);
    if (!m)
        return;
    auto members = m_workspaces.members(m->workspace.name);
    if (!members)
        return storageFailed(s, members.error(), f.id());
    QJsonArray out;
    for (const MemberInfo &member : *members)
        out.append(QJsonObject{{QStringLiteral("user"), member.user},
                               {QStringLiteral("role"), roleName(member.role)}});
    send(s, sync::msg::membersList(f.id(), m->workspace.name, out));
}

} // namespace sn::server
