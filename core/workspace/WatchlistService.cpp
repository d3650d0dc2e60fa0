#include "core/workspace/WatchlistService.h"

#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/WatchlistRepository.h"
#include "core/workspace/SyncJournal.h"
#include "core/workspace/Workspace.h"

#include <fmt/format.h>

namespace sn {

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

// A refusal the analyst reads in their language (see sn::Error).
Error fieldError(ErrorCode code, TextKey text, std::initializer_list<std::string_view> args,
                 const char *field)
{
    Error e{code, text, args};
    e.at(SN_TEXT("sn::Watchlists", "watchlist"), {});
    e.field = field;
    return e;
}

Result<void> checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return fieldError(ErrorCode::InvalidArgument, SN_TEXT("sn::Watchlists", "a watchlist needs a name"),
                          {}, "name");
    if (name.trimmed().size() > 200)
        return fieldError(ErrorCode::InvalidArgument,
                          SN_TEXT("sn::Watchlists", "a watchlist name has at most 200 characters"), {},
                          "name");
    return {};
}

} // namespace

WatchlistService::WatchlistService(const Workspace &workspace)
    : m_db(workspace.database()), m_changes(workspace.changes())
{
}

void WatchlistService::announce(Change::Kind kind, qint64 id, const QString &name) const
{
    m_changes.announce({Change{Change::Entity::Watchlist, kind, id, 0, name, {}}});
}

Result<void> WatchlistService::writeJournaled(Change::Kind kind, qint64 id,
                                              const std::function<Result<void>()> &write) const
{
    return m_db.transaction([&](QSqlDatabase &) -> Result<void> {
        if (auto r = write(); !r)
            return r;
        return syncjournal::record(m_db, {Change{Change::Entity::Watchlist, kind, id, 0, {}, {}}});
    });
}

Result<std::vector<Watchlist>> WatchlistService::list() const
{
    return WatchlistRepository(m_db).list();
}

Result<Watchlist> WatchlistService::find(qint64 id) const
{
    auto w = WatchlistRepository(m_db).find(id);
    if (!w && w.error().code == ErrorCode::NotFound)
        return fieldError(ErrorCode::NotFound,
                          SN_TEXT("sn::Watchlists", "no watchlist with id %1 (removed meanwhile?)"),
                          {std::to_string(id)}, "");
    return w;
}

Result<qint64> WatchlistService::create(const QString &name) const
{
    if (auto ok = checkName(name); !ok)
        return ok.error();
    // A new list is not shared yet: nothing for the sync journal.
    auto id = WatchlistRepository(m_db).create(name.trimmed());
    if (!id) {
        if (id.error().code == ErrorCode::AlreadyExists)
            return fieldError(
                ErrorCode::AlreadyExists,
                SN_TEXT("sn::Watchlists", "a watchlist named '%1' already exists: choose another name"),
                {str(name.trimmed())}, "name");
        return id.error();
    }
    announce(Change::Kind::Created, id.value(), name.trimmed());
    return id;
}

Result<void> WatchlistService::rename(qint64 id, const QString &name) const
{
    if (auto ok = checkName(name); !ok)
        return ok;
    auto current = find(id);
    if (!current)
        return current.error();
    if (current->name == name.trimmed())
        return {};
    if (auto r = writeJournaled(Change::Kind::Updated, id,
                                [&] { return WatchlistRepository(m_db).rename(id, name.trimmed()); });
        !r) {
        if (r.error().code == ErrorCode::AlreadyExists)
            return fieldError(
                ErrorCode::AlreadyExists,
                SN_TEXT("sn::Watchlists", "a watchlist named '%1' already exists: choose another name"),
                {str(name.trimmed())}, "name");
        return r;
    }
    announce(Change::Kind::Updated, id, name.trimmed());
    return {};
}

Result<void> WatchlistService::remove(qint64 id) const
{
    auto current = find(id);
    if (!current)
        return current.error();
    if (auto r =
            writeJournaled(Change::Kind::Removed, id, [&] { return WatchlistRepository(m_db).remove(id); });
        !r)
        return r;
    announce(Change::Kind::Removed, id, current->name);
    return {};
}

Result<void> WatchlistService::addSymbol(qint64 id, const QString &symbol) const
{
    const QString s = symbol.trimmed().toUpper();
    if (s.isEmpty())
        return fieldError(ErrorCode::InvalidArgument, SN_TEXT("sn::Watchlists", "type a symbol to add"), {},
                          "symbol");
    // Checked in one transaction with the insert, so a second Add of the same
    // symbol (another window, the CLI) reads as "already in", not as a constraint.
    auto done = m_db.transaction([&](QSqlDatabase &) -> Result<void> {
        WatchlistRepository lists(m_db);
        auto current = lists.find(id);
        if (!current)
            return current.error().code == ErrorCode::NotFound
                       ? Result<void>(fieldError(
                             ErrorCode::NotFound,
                             SN_TEXT("sn::Watchlists", "the watchlist was removed meanwhile"), {}, ""))
                       : Result<void>(current.error());
        if (current->symbols.contains(s))
            return fieldError(ErrorCode::AlreadyExists, SN_TEXT("sn::Watchlists", "%1 is already in '%2'"),
                              {str(s), str(current->name)}, "symbol");
        auto instrument = InstrumentRepository(m_db).find(s);
        if (!instrument) {
            if (instrument.error().code == ErrorCode::NotFound)
                return fieldError(
                    ErrorCode::NotFound,
                    SN_TEXT("sn::Watchlists",
                            "no instrument '%1' is stored: import its prices first (File > Import)"),
                    {str(s.left(40))}, "symbol");
            return instrument.error();
        }
        if (auto r = lists.addSymbol(id, s); !r)
            return r;
        return syncjournal::record(m_db,
                                   {Change{Change::Entity::Watchlist, Change::Kind::Updated, id, 0, {}, {}}});
    });
    if (!done)
        return done;
    announce(Change::Kind::Updated, id, {});
    return {};
}

Result<void> WatchlistService::removeSymbol(qint64 id, const QString &symbol) const
{
    if (auto r = writeJournaled(Change::Kind::Updated, id,
                                [&] { return WatchlistRepository(m_db).removeSymbol(id, symbol); });
        !r)
        return r;
    announce(Change::Kind::Updated, id, {});
    return {};
}

Result<void> WatchlistService::reorder(qint64 id, const QStringList &symbols) const
{
    if (auto r = writeJournaled(Change::Kind::Updated, id,
                                [&] { return WatchlistRepository(m_db).reorder(id, symbols); });
        !r)
        return r;
    announce(Change::Kind::Updated, id, {});
    return {};
}

} // namespace sn
