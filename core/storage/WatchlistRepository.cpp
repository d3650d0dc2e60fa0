#include "core/storage/WatchlistRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlSupport.h"

#include <QSet>

namespace sn {

namespace {
std::string where(qint64 id)
{
    return "watchlist " + std::to_string(id);
}

Result<void> ensureExists(const QSqlDatabase &db, qint64 id)
{
    auto q =
        sql::run(db, QStringLiteral("SELECT 1 FROM watchlists WHERE id = ?"), {id}, "reading " + where(id));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, SN_TEXT("sn::Watchlists", "no such watchlist"), {})
            .at(SN_TEXT("sn::Watchlists", "watchlist %1"), {std::to_string(id)});
    return {};
}
} // namespace

Result<qint64> WatchlistRepository::create(const QString &name)
{
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, "parameter 'name' is empty", "watchlist");
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn,
                      QStringLiteral("INSERT INTO watchlists (name, created_at) VALUES (?, ?) RETURNING id"),
                      {name.trimmed(), QVariant::fromValue<qint64>(nowMs())},
                      "creating watchlist '" + name.toStdString() + "'");
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::DatabaseError, "no id returned", "creating watchlist");
    return q->value(0).toLongLong();
}

Result<void> WatchlistRepository::rename(qint64 id, const QString &name)
{
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, "parameter 'name' is empty", where(id));
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto n = sql::change(*conn, QStringLiteral("UPDATE watchlists SET name = ? WHERE id = ?"),
                         {name.trimmed(), id}, "renaming " + where(id));
    if (!n)
        return n.error();
    if (*n == 0)
        return makeError(ErrorCode::NotFound, SN_TEXT("sn::Watchlists", "no such watchlist"), {})
            .at(SN_TEXT("sn::Watchlists", "watchlist %1"), {std::to_string(id)});
    return {};
}

Result<void> WatchlistRepository::remove(qint64 id)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto n = sql::change(*conn, QStringLiteral("DELETE FROM watchlists WHERE id = ?"), {id},
                         "removing " + where(id));
    if (!n)
        return n.error();
    if (*n == 0)
        return makeError(ErrorCode::NotFound, SN_TEXT("sn::Watchlists", "no such watchlist"), {})
            .at(SN_TEXT("sn::Watchlists", "watchlist %1"), {std::to_string(id)});
    return {};
}

Result<QStringList> WatchlistRepository::members(qint64 id)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q =
        sql::run(*conn,
                 QStringLiteral("SELECT i.symbol FROM watchlist_members m JOIN instruments i"
                                " ON i.id = m.instrument_id WHERE m.watchlist_id = ? ORDER BY m.position"),
                 {id}, "reading members of " + where(id));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<Watchlist> WatchlistRepository::find(qint64 id)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    Watchlist w;
    {
        auto q = sql::run(*conn, QStringLiteral("SELECT id, name, created_at FROM watchlists WHERE id = ?"),
                          {id}, "reading " + where(id));
        if (!q)
            return q.error();
        if (!q->next())
            return makeError(ErrorCode::NotFound, SN_TEXT("sn::Watchlists", "no such watchlist"), {})
                .at(SN_TEXT("sn::Watchlists", "watchlist %1"), {std::to_string(id)});
        w.id = q->value(0).toLongLong();
        w.name = q->value(1).toString();
        w.createdAt = q->value(2).toLongLong();
    }
    auto m = members(id);
    if (!m)
        return m.error();
    w.symbols = *m;
    return w;
}

Result<std::vector<Watchlist>> WatchlistRepository::list()
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    std::vector<Watchlist> out;
    {
        auto q = sql::run(*conn, QStringLiteral("SELECT id, name, created_at FROM watchlists ORDER BY name"),
                          {}, "listing watchlists");
        if (!q)
            return q.error();
        while (q->next()) {
            Watchlist w;
            w.id = q->value(0).toLongLong();
            w.name = q->value(1).toString();
            w.createdAt = q->value(2).toLongLong();
            out.push_back(w);
        }
    }
    for (Watchlist &w : out) {
        auto m = members(w.id);
        if (!m)
            return m.error();
        w.symbols = *m;
    }
    return out;
}

Result<void> WatchlistRepository::addSymbol(qint64 id, const QString &symbol)
{
    return m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        auto exists = ensureExists(db, id);
        if (!exists)
            return exists;
        qint64 instrumentId = 0;
        {
            auto q = sql::run(db, QStringLiteral("SELECT id FROM instruments WHERE symbol = ?"),
                              {symbol.trimmed()}, "looking up '" + symbol.toStdString() + "'");
            if (!q)
                return q.error();
            if (!q->next())
                return makeError(ErrorCode::NotFound, "no such instrument '" + symbol.toStdString() + "'",
                                 where(id));
            instrumentId = q->value(0).toLongLong();
        }
        auto n =
            sql::change(db,
                        QStringLiteral("INSERT INTO watchlist_members (watchlist_id, instrument_id, position)"
                                       " SELECT ?, ?, COALESCE(MAX(position) + 1, 0) FROM watchlist_members"
                                       " WHERE watchlist_id = ?"),
                        {id, instrumentId, id}, "adding '" + symbol.toStdString() + "' to " + where(id));
        if (!n)
            return n.error();
        return {};
    });
}

Result<void> WatchlistRepository::removeSymbol(qint64 id, const QString &symbol)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto n =
        sql::change(*conn,
                    QStringLiteral("DELETE FROM watchlist_members WHERE watchlist_id = ? AND instrument_id ="
                                   " (SELECT id FROM instruments WHERE symbol = ?)"),
                    {id, symbol.trimmed()}, "removing '" + symbol.toStdString() + "' from " + where(id));
    if (!n)
        return n.error();
    if (*n == 0)
        return makeError(ErrorCode::NotFound, SN_TEXT("sn::Watchlists", "'%1' is not a member"),
                         {symbol.toStdString()})
            .at(SN_TEXT("sn::Watchlists", "watchlist %1"), {std::to_string(id)});
    return {};
}

Result<void> WatchlistRepository::reorder(qint64 id, const QStringList &symbols)
{
    return m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        auto exists = ensureExists(db, id);
        if (!exists)
            return exists;
        auto current = members(id);
        if (!current)
            return current.error();
        const QSet<QString> have(current->cbegin(), current->cend());
        const QSet<QString> want(symbols.cbegin(), symbols.cend());
        if (have != want || symbols.size() != current->size())
            return makeError(
                       ErrorCode::InvalidArgument,
                       SN_TEXT("sn::Watchlists", "the new order must list each current member exactly once"),
                       {})
                .at(SN_TEXT("sn::Watchlists", "watchlist %1"), {std::to_string(id)});
        for (qsizetype pos = 0; pos < symbols.size(); ++pos) {
            auto n = sql::change(
                db,
                QStringLiteral("UPDATE watchlist_members SET position = ? WHERE watchlist_id = ?"
                               " AND instrument_id = (SELECT id FROM instruments WHERE symbol = ?)"),
                {static_cast<int>(pos), id, symbols[pos]}, "reordering " + where(id));
            if (!n)
                return n.error();
        }
        return {};
    });
}

} // namespace sn
