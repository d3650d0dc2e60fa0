#pragma once

#include "core/common/Result.h"
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
        WorkspaceGone
    };
    Kind kind = Kind::Applied;
    qint64 rev = 0; // Applied: the new revision; Unchanged (data already current), Conflict: the current one
    QJsonObject serverData; // Conflict: the current data (empty when deleted)
    bool serverDeleted = false;
};

// One put (data set) or delete (no data) of a group commit.
struct WriteRequest
{
    qint64 workspaceId = 0;
    QString entity;
    QString entityId;
    qint64 baseRev = 0;
    std::optional<QJsonObject> data; // nullopt: delete
    QString by;
    qint64 at = 0;
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

private:
    const Database &m_db;
    QString m_notifyChannel;
};

} // namespace sn::server
