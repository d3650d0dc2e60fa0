#pragma once

#include "core/common/Result.h"
#include "core/server/ServerWorkspaces.h"
#include "core/sync/Messages.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace sn {
class Database;
}

namespace sn::server {

// The outcome of a put or delete: applied with its new revision, or refused
// because the client's base revision is stale (with the server's state, so the
// client can show "keep mine / take theirs"), or refused because there is
// nothing to delete.
struct WriteOutcome
{
    enum class Kind
    {
        Applied,
        Unchanged,
        Conflict,
        NotFound,
        WorkspaceGone,
        NotMember, // the writer is not a member (or there is no such workspace)
        Forbidden  // the writer's role cannot write (role says which)
    };
    Kind kind = Kind::Applied;
    qint64 workspaceId = 0;   // the workspace written (resolved by name when checked by member)
    Role role = Role::Viewer; // Forbidden: the writer's role
    qint64 rev = 0; // Applied: the new revision; Unchanged (data already current), Conflict: the current one
    QJsonObject serverData; // Conflict: the current data (empty when deleted)
    bool serverDeleted = false;
};

// One put (data set) or delete (no data) of a group commit. With a userId the
// batch looks the workspace up by name and checks that the user is a member
// whose role may write, inside the write's own transaction (so a role changed
// or a member removed by another process takes effect at the next write, and
// the check costs one query per user and workspace per batch, not one per
// request); without one, workspaceId is trusted (tools and tests).
struct WriteRequest
{
    qint64 workspaceId = 0;
    QString entity;
    QString entityId;
    qint64 baseRev = 0;
    std::optional<QJsonObject> data; // nullopt: delete
    QString by;
    qint64 at = 0;
    qint64 userId = 0;
    QString workspaceName;
};

struct EventPage
{
    QList<sync::msg::Event> events;
    qint64 headRev = 0; // the workspace's latest revision when read
    bool more = false;  // more events follow the last one returned
};

// Shared entities and the per-workspace event log. Every change takes the
// next revision of its workspace inside one transaction with the entity row
// and the log row, so revisions are gap-free, monotonic and in commit order.
class EventLog
{
public:
    explicit EventLog(const Database &db) : m_db(db) {}

    // On PostgreSQL, each committed change also sends NOTIFY on `channel` with
    // the workspace id, so other server processes fan it out. Empty: none.
    void setNotifyChannel(const QString &channel) { m_notifyChannel = channel; }

    // base_rev is the revision the client edited (0 for a new entity). A
    // deleted entity can be put again on top of its tombstone's revision.
    Result<WriteOutcome> put(qint64 workspaceId, const QString &entity, const QString &entityId,
                             qint64 baseRev, const QJsonObject &data, const QString &by, qint64 at);
    Result<WriteOutcome> remove(qint64 workspaceId, const QString &entity, const QString &entityId,
                                qint64 baseRev, const QString &by, qint64 at);
    // Group commit: applies the requests in order inside one transaction and
    // returns one outcome per request. A refused request (conflict, nothing
    // to delete) writes nothing and takes no revision, so the others still
    // get gap-free revisions; later requests see earlier ones of the batch.
    // A storage failure fails the whole batch (nothing is applied).
    Result<QList<WriteOutcome>> writeBatch(const QList<WriteRequest> &requests);
    // A chat line in `room`; returns its revision.
    Result<qint64> appendChat(qint64 workspaceId, const QString &room, const QString &text, const QString &by,
                              qint64 at);
    // Events with rev > sinceRev in order, at most `limit`.
    Result<EventPage> since(qint64 workspaceId, const QString &workspaceName, qint64 sinceRev, int limit);
    Result<qint64> headRev(qint64 workspaceId);
    // Compaction: deletes every event written before `beforeAt` (ms since the
    // epoch) that a later revision of the same entity supersedes. The newest
    // revision of each entity stays, whatever its age (deletions included, so
    // a client learns of them), and so do chat lines (each is its own
    // message) and every event from `beforeAt` on. A sync from an older
    // revision still converges: it gets the newest revision of every entity
    // changed since, with gaps in the revision numbers. Returns the number of
    // events deleted.
    Result<qint64> compact(qint64 beforeAt);

private:
    const Database &m_db;
    QString m_notifyChannel;
};

} // namespace sn::server
