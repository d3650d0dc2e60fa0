#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>
#include <map>
#include <optional>
#include <vector>

namespace sn {

class Database;

// The local bookkeeping of team sync (docs/sync.md): sync_shared maps a local
// row to its server entity and the last server revision this database holds,
// sync_outbox queues local changes until the server acknowledges them,
// sync_conflicts keeps both versions of an entity the server refused, and
// sync_cursor records how far each workspace's event log has been read.
// Each call runs on the calling thread's connection, so inside a transaction
// it is part of that transaction.
struct SyncShared
{
    QString entity;
    qint64 localId = 0;
    QString workspace;
    QString entityId;
    QString parentId; // a transaction's portfolio entity id
    qint64 rev = 0;
};

struct SyncOutboxItem
{
    qint64 seq = 0;
    QString workspace;
    QString entity;
    QString entityId;
    QString op;   // "put" or "delete"
    QString data; // JSON object text (put)
    qint64 edit = 0;
    QString lastError;
    std::optional<QString> sentData; // the data of the last put sent, until acknowledged
};

struct SyncConflict
{
    qint64 id = 0;
    QString workspace;
    QString entity;
    QString entityId;
    std::optional<QString> mine;   // JSON text; nullopt: deleted here
    std::optional<QString> theirs; // JSON text; nullopt: deleted on the server
    qint64 serverRev = 0;
    QString reason;
    qint64 createdAt = 0;
};

// What a remote event needs to know about its entity, read in one statement.
struct SyncEntityState
{
    std::optional<SyncShared> shared;
    bool waiting = false;    // an outbox item exists
    bool conflicted = false; // a conflict row exists
};

class SyncRepository
{
public:
    explicit SyncRepository(const Database &db) : m_db(db) {}

    Result<std::optional<SyncShared>> sharedByLocal(const QString &entity, qint64 localId);
    Result<std::optional<SyncShared>> sharedByEntity(const QString &workspace, const QString &entityId);
    Result<SyncEntityState> entityState(const QString &workspace, const QString &entityId);
    // The same for many entities of one workspace in a few statements (a
    // catch-up reads thousands; per-statement cost dominates otherwise).
    Result<std::map<QString, SyncEntityState>> entityStates(const QString &workspace,
                                                            const QStringList &entityIds);
    // Many mappings with one prepared statement.
    Result<void> insertShared(const std::vector<SyncShared> &rows);
    Result<std::vector<SyncShared>> sharedChildren(const QString &parentId);
    Result<std::vector<SyncShared>> sharedOf(const QString &workspace, const QString &entity);
    Result<void> insertShared(const SyncShared &row);
    Result<void> setRev(const QString &workspace, const QString &entityId, qint64 rev);
    Result<void> removeShared(const QString &workspace, const QString &entityId);

    // Queues a put or delete; an entity already waiting gets the new op and
    // data and a higher `edit`.
    Result<void> enqueue(const QString &workspace, const QString &entity, const QString &entityId,
                         const QString &op, const QString &data, qint64 now);
    // Waiting items in order, from seq > afterSeq, at most `limit`.
    Result<std::vector<SyncOutboxItem>> pending(qint64 afterSeq, int limit);
    Result<std::optional<SyncOutboxItem>> outboxItem(const QString &workspace, const QString &entityId);
    Result<qint64> pendingCount();
    // Removes the item only while it still holds `edit` (a newer edit stays).
    Result<bool> removeOutbox(qint64 seq, qint64 edit);
    Result<void> removeOutboxFor(const QString &workspace, const QString &entityId);
    Result<void> setOutboxError(qint64 seq, const QString &message);
    // Records what went out (one prepared statement for all), or forgets it.
    Result<void> markSent(const std::vector<qint64> &seqs);
    Result<void> clearSent(const QString &workspace, const QString &entityId);

    Result<void> putConflict(const SyncConflict &conflict);
    Result<std::vector<SyncConflict>> conflicts();
    Result<std::optional<SyncConflict>> conflict(qint64 id);
    Result<std::optional<SyncConflict>> conflictFor(const QString &workspace, const QString &entityId);
    Result<void> removeConflict(qint64 id);

    Result<qint64> cursor(const QString &workspace);
    // Moves the cursor forward only.
    Result<void> advanceCursor(const QString &workspace, qint64 rev);

private:
    const Database &m_db;
};

} // namespace sn
