#pragma once

#include "core/common/Result.h"
#include "core/model/BacktestRun.h"
#include "core/model/PortfolioTransaction.h"
#include "core/model/TeamNote.h"
#include "core/model/Watchlist.h"
#include "core/workspace/Change.h"

#include <QJsonObject>
#include <QString>

namespace sn {

class Database;

// The write side of team sync inside core/workspace (docs/sync.md). Services
// call record() inside the transaction that makes a change, after it has
// passed its checks, so a change to a shared entity and its outbox row commit
// together or not at all. Changes to entities that are not shared cost one
// indexed lookup and write nothing.
namespace syncjournal {

// Entity names on the wire (core/sync's entityKinds()).
inline constexpr char kPortfolio[] = "portfolio";
inline constexpr char kTransaction[] = "transaction";
inline constexpr char kWatchlist[] = "watchlist";
inline constexpr char kBacktestRun[] = "backtest_run";
inline constexpr char kNote[] = "note";

// While one is alive on a thread, record() writes nothing on that thread:
// SyncService applies remote events under it so they never echo back.
class RemoteApplyScope
{
public:
    RemoteApplyScope();
    ~RemoteApplyScope();
    RemoteApplyScope(const RemoteApplyScope &) = delete;
    RemoteApplyScope &operator=(const RemoteApplyScope &) = delete;
};
bool applyingRemote();

// Queues the current state of every shared entity `changes` touch. Must run
// inside the transaction that wrote them (it reads the rows as written).
Result<void> record(const Database &db, const ChangeSet &changes);

// A fresh server entity id for `entity` ("tx-<uuid>", "pf-<uuid>",
// "wl-<uuid>", "run-<uuid>", "note-<uuid>").
QString newEntityId(const QString &entity);

// The wire form of a ledger line; `portfolioEntityId` names its portfolio.
// Amounts travel as exact decimal strings.
Result<QJsonObject> transactionData(const Database &db, const PortfolioTransaction &line,
                                    const QString &portfolioEntityId);
QJsonObject portfolioData(const QString &name, const QString &currency, const QString &note);
// A watchlist travels as its name and its symbols in the user's order.
QJsonObject watchlistData(const Watchlist &list);
// A saved run travels whole: params, inputs and results as JSON values (not
// text), so the server stores one document per run. Errors name a stored
// document that is not JSON.
Result<QJsonObject> runData(const BacktestRun &run);
// A note travels with the entity id of the item it is on.
QJsonObject noteData(const TeamNote &note);
// Queues note `noteId` (a note is always on a shared item, so always
// shared): gives it an entity id the first time. Must run inside the
// transaction that wrote the note; writes nothing under RemoteApplyScope.
Result<void> recordNote(const Database &db, qint64 noteId);

// Local tombstone ids: a deleted row's mapping stays until the server
// acknowledges the delete (it holds the revision the delete is based on), with
// its local id negated so a new row can reuse the id.
inline qint64 tombstoneId(qint64 localId)
{
    return localId > 0 ? -localId : localId;
}

} // namespace syncjournal
} // namespace sn
