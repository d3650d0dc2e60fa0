#pragma once

#include "core/common/Result.h"
#include "core/model/Watchlist.h"

#include <vector>

namespace sn {

class Database;

// Named, ordered lists of instruments. Members refer to stored instruments
// (by symbol here, by id in the database).
class WatchlistRepository
{
public:
    explicit WatchlistRepository(const Database &db) : m_db(db) {}

    Result<qint64> create(const QString &name);
    Result<void> rename(qint64 id, const QString &name);
    Result<void> remove(qint64 id);
    Result<Watchlist> find(qint64 id);
    // Ordered by name, each with its members in order.
    Result<std::vector<Watchlist>> list();
    // Appends at the end. NotFound for an unknown symbol, AlreadyExists when
    // it is already a member.
    Result<void> addSymbol(qint64 id, const QString &symbol);
    Result<void> removeSymbol(qint64 id, const QString &symbol);
    // `symbols` must be exactly the current members in the new order.
    Result<void> reorder(qint64 id, const QStringList &symbols);

private:
    Result<QStringList> members(qint64 id);
    const Database &m_db;
};

} // namespace sn
