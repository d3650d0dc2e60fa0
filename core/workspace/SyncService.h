#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace sn {

class Workspace;
class ChangeHub;
class Database;

// One local change waiting for the server, as the sync client sends it.
struct SyncOutgoing
{
    qint64 seq = 0;
    qint64 edit = 0;
    QString workspace;
    QString entity;
    QString entityId;
    bool remove = false;
    QJsonObject data;   // put only
    qint64 baseRev = 0; // the server revision the local copy is based on
    QString lastError;
};

// One entry of a workspace's event log as the server sent it.
struct SyncRemoteEvent
{
    QString workspace;
    QString entity;
    QString entityId;
    qint64 rev = 0;
    bool deleted = false;
    QJsonObject data;
    QString by;
    qint64 at = 0;
};

// Both versions of an entity the server and this database disagree on.
struct SyncConflictInfo
{
    qint64 id = 0;
    QString workspace;
    QString entity;
    QString entityId;
    std::optional<QJsonObject> mine;   // nullopt: deleted here
    std::optional<QJsonObject> theirs; // nullopt: deleted on the server
    qint64 serverRev = 0;
    QString reason; // why a remote change could not be applied here, else empty
    qint64 createdAt = 0;
};

struct SyncSharedItem
{
    QString workspace;
    QString entity;
    QString entityId;
    qint64 localId = 0;
    QString name;
    qint64 rev = 0;
};

// Team sync's local side (docs/sync.md): sharing, the outbox, applying remote
// events and conflicts. Every write is one transaction through the same
// guarded paths the views use (LedgerService::write for ledger lines), and
// announces on the workspace's ChangeHub, so an open view cannot tell a remote
// change from a local one. Remote changes are applied under
// syncjournal::RemoteApplyScope, so they never come back as outbox rows.
// Shared today: portfolios and their transactions, watchlists, saved runs,
// and notes on any of these (NoteService).
class SyncService
{
public:
    explicit SyncService(const Workspace &workspace);

    // Shares a portfolio and its whole ledger in `workspace`: maps every row
    // to a new server entity and queues a put for each, in one transaction.
    // Returns the portfolio's entity id. AlreadyExists when it is shared.
    Result<QString> sharePortfolio(qint64 portfolioId, const QString &workspace) const;
    // Shares a watchlist (its name and symbols) or a saved run (whole) the
    // same way: the mapping and one queued put in one transaction. Later
    // edits through WatchlistService / RunService queue theirs.
    Result<QString> shareWatchlist(qint64 watchlistId, const QString &workspace) const;
    Result<QString> shareRun(qint64 runId, const QString &workspace) const;
    // Shared portfolios, watchlists and runs of `workspace` (not the lines).
    Result<std::vector<SyncSharedItem>> shared(const QString &workspace) const;
    // The mapping of one local row (`entity` as on the wire), if it is shared.
    Result<std::optional<SyncSharedItem>> sharedItem(const QString &entity, qint64 localId) const;

    // Waiting items after `afterSeq`, in order, with the revision each is based on.
    Result<std::vector<SyncOutgoing>> outgoing(qint64 afterSeq, int limit) const;
    Result<qint64> pendingCount() const;
    // Records that these items went out, so that an answer lost with the
    // connection is recognised later (the server then shows this data).
    Result<void> markSent(const std::vector<SyncOutgoing> &items) const;

    // The server's answers to a sent item. An ack removes it (unless a newer
    // edit replaced it meanwhile, which then goes out on top of `rev`). A
    // conflict keeps both versions as a conflict row; when the server already
    // holds exactly this data (a replay after a crash) it counts as an ack.
    Result<void> acknowledged(const SyncOutgoing &item, qint64 rev) const;
    // Several acks in one transaction (a replay acknowledges hundreds at once).
    Result<void> acknowledged(const std::vector<std::pair<SyncOutgoing, qint64>> &acks) const;
    Result<void> conflicted(const SyncOutgoing &item, qint64 serverRev,
                            const std::optional<QJsonObject> &theirs) const;
    // The server refused the item (a viewer's write): it stays, with the reason.
    Result<void> refused(const SyncOutgoing &item, const QString &message) const;

    // Applies remote events in order, each in its own transaction, skipping
    // what this database already has (its own echoes included). An event on
    // an entity with a waiting local edit is left to the edit's conflict; one
    // that cannot be applied here (say, an instrument without prices) becomes
    // a conflict with the reason, so nothing is lost. Returns how many
    // changed local data.
    Result<int> applyRemote(const std::vector<SyncRemoteEvent> &events) const;
    Result<qint64> cursor(const QString &workspace) const;
    Result<void> advanceCursor(const QString &workspace, qint64 rev) const;

    Result<std::vector<SyncConflictInfo>> conflicts() const;
    enum class Resolution
    {
        KeepMine,
        TakeTheirs,
        KeepBoth
    };
    // KeepMine queues this database's version on top of the server's;
    // TakeTheirs applies the server's version here. KeepBoth (a ledger line
    // or a note changed on both sides) takes theirs and adds mine as a new
    // line of the same portfolio (a new note on the same item), shared as a
    // new entity; all of it in one transaction,
    // so a ledger that refuses either leaves the conflict as it was. Each
    // removes the conflict.
    Result<void> resolve(qint64 conflictId, Resolution resolution) const;
    // Whether KeepBoth makes sense for this conflict (both versions exist
    // and the entity can hold two copies: a transaction or a note).
    static bool canKeepBoth(const SyncConflictInfo &conflict);

private:
    struct PendingLine; // a remote line and what this database knows of it
    Result<int> applyLines(const std::vector<PendingLine> &lines, qint64 portfolioId) const;
    Result<bool> applyOne(const SyncRemoteEvent &e, bool force) const;
    Result<bool> applyPortfolio(const SyncRemoteEvent &e) const;
    Result<bool> applyTransaction(const SyncRemoteEvent &e) const;
    Result<bool> applyWatchlist(const SyncRemoteEvent &e) const;
    Result<bool> applyRun(const SyncRemoteEvent &e) const;
    Result<bool> applyNote(const SyncRemoteEvent &e) const;
    Result<QString> shareSingle(const QString &entity, qint64 localId, const QString &workspace) const;
    Result<std::optional<QJsonObject>> localState(const QString &workspace, const QString &entityId) const;

    const Workspace &m_workspace;
    const Database &m_db;
    ChangeHub &m_changes;
};

} // namespace sn
