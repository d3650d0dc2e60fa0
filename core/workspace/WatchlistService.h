#pragma once

#include "core/common/Result.h"
#include "core/model/Watchlist.h"
#include "core/workspace/Change.h"

#include <functional>
#include <vector>

namespace sn {

class Database;
class Workspace;

// Watchlists for views and the CLI: every change is checked first (a name,
// a stored instrument, not already a member) so the user reads what to do,
// never a database constraint, and is announced as a Watchlist change. A
// change to a shared list queues its outbox row in the same transaction
// (syncjournal::record), so team sync sees every edit that committed.
class WatchlistService
{
public:
    explicit WatchlistService(const Workspace &workspace);

    // Ordered by name, each with its members in order.
    Result<std::vector<Watchlist>> list() const;
    Result<Watchlist> find(qint64 id) const;

    Result<qint64> create(const QString &name) const;
    Result<void> rename(qint64 id, const QString &name) const;
    Result<void> remove(qint64 id) const;
    // Appends at the end. The symbol is trimmed and upper-cased; errors name
    // an instrument that is not stored or a symbol already in the list.
    Result<void> addSymbol(qint64 id, const QString &symbol) const;
    Result<void> removeSymbol(qint64 id, const QString &symbol) const;
    // `symbols` must be exactly the current members in the new order.
    Result<void> reorder(qint64 id, const QStringList &symbols) const;

private:
    void announce(Change::Kind kind, qint64 id, const QString &name) const;
    // `write` and the list's outbox row (when it is shared) in one transaction.
    Result<void> writeJournaled(Change::Kind kind, qint64 id,
                                const std::function<Result<void>()> &write) const;

    const Database &m_db;
    ChangeHub &m_changes;
};

} // namespace sn
