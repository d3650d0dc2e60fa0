// The SQLite bulk path: the C API on the connection QtSql opened, one
// prepared statement reused for every row, inside the caller's transaction.
#include "core/storage/BarBulk.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <memory>

namespace sn::bulk {

namespace {

struct StatementDeleter
{
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

Result<sqlite3 *> rawHandle(const QSqlDatabase &db)
{
    const QVariant h = db.driver()->handle();
    if (!h.isValid() || std::strcmp(h.typeName(), "sqlite3*") != 0)
        return makeError(ErrorCode::Internal, "the QSQLITE driver did not expose its sqlite3 handle");
    sqlite3 *raw = *static_cast<sqlite3 *const *>(h.constData());
    if (!raw)
        return makeError(ErrorCode::Internal, "the SQLite connection is closed");
    return raw;
}

Error sqliteError(sqlite3 *raw, int rc, const std::string &context)
{
    const int primary = rc & 0xff;
    ErrorCode code = ErrorCode::DatabaseError;
    if (primary == SQLITE_CONSTRAINT)
        code = ErrorCode::Conflict;
    else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        code = ErrorCode::Unavailable;
    return makeError(code, sqlite3_errmsg(raw), context);
}

Result<Statement> prepare(sqlite3 *raw, const char *sqlText)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(raw, sqlText, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(raw, rc, "preparing the bar statement");
    return Statement(stmt);
}

} // namespace

Result<qint64> storeSqlite(const QSqlDatabase &db, qint64 instrumentId, const BarSeries &bars)
{
    auto raw = rawHandle(db);
    if (!raw)
        return raw.error();
    auto stmt = prepare(*raw,
                        "INSERT INTO bars (instrument_id, \"interval\", ts, open, high, low, close, volume)"
                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                        " ON CONFLICT (instrument_id, \"interval\", ts) DO UPDATE SET open = excluded.open,"
                        " high = excluded.high, low = excluded.low, close = excluded.close,"
                        " volume = excluded.volume");
    if (!stmt)
        return stmt.error();
    sqlite3_stmt *s = stmt->get();
    // A large import must not spill dirty pages to the WAL before commit:
    // grow the page cache to hold it (about 100 bytes a bar, at most 1 GiB)
    // for this call and restore it afterwards.
    int previousCacheKiB = 0;
    {
        sqlite3_stmt *read = nullptr;
        if (sqlite3_prepare_v2(*raw, "PRAGMA cache_size", -1, &read, nullptr) == SQLITE_OK
            && sqlite3_step(read) == SQLITE_ROW)
            previousCacheKiB = sqlite3_column_int(read, 0);
        sqlite3_finalize(read);
    }
    const qint64 wantKiB = std::min<qint64>(static_cast<qint64>(bars.size()) / 10 + 1, 1 << 20);
    const bool growCache = previousCacheKiB < 0 && -previousCacheKiB < wantKiB;
    if (growCache)
        sqlite3_exec(*raw, ("PRAGMA cache_size = -" + std::to_string(wantKiB)).c_str(), nullptr, nullptr, nullptr);
    struct RestoreCache
    {
        sqlite3 *db;
        int kib;
        bool active;
        ~RestoreCache()
        {
            if (active)
                sqlite3_exec(db, ("PRAGMA cache_size = " + std::to_string(kib)).c_str(), nullptr, nullptr, nullptr);
        }
    } restore{*raw, previousCacheKiB, growCache};
    // Bound once; sqlite3_reset keeps bindings, so only the changing columns
    // are rebound per row.
    sqlite3_bind_int64(s, 1, instrumentId);
    sqlite3_bind_text(s, 2, bars.interval.data(), static_cast<int>(bars.interval.size()), SQLITE_STATIC);
    const std::size_t n = bars.size();
    for (std::size_t i = 0; i < n; ++i) {
        sqlite3_bind_int64(s, 3, bars.time[i]);
        sqlite3_bind_double(s, 4, bars.open[i]);
        sqlite3_bind_double(s, 5, bars.high[i]);
        sqlite3_bind_double(s, 6, bars.low[i]);
        sqlite3_bind_double(s, 7, bars.close[i]);
        sqlite3_bind_double(s, 8, bars.volume[i]);
        const int rc = sqlite3_step(s);
        if (rc != SQLITE_DONE) {
            Error e = sqliteError(*raw, rc, barContext(bars, i));
            sqlite3_reset(s);
            return e;
        }
        sqlite3_reset(s);
    }
    return static_cast<qint64>(n);
}

Result<void> loadSqlite(const QSqlDatabase &db, qint64 instrumentId, const QString &interval, TimestampMs from,
                        TimestampMs to, BarSeries &out)
{
    auto raw = rawHandle(db);
    if (!raw)
        return raw.error();
    auto stmt = prepare(*raw,
                        "SELECT ts, open, high, low, close, volume FROM bars"
                        " WHERE instrument_id = ?1 AND \"interval\" = ?2 AND ts BETWEEN ?3 AND ?4 ORDER BY ts");
    if (!stmt)
        return stmt.error();
    sqlite3_stmt *s = stmt->get();
    const QByteArray intervalUtf8 = interval.toUtf8();
    sqlite3_bind_int64(s, 1, instrumentId);
    sqlite3_bind_text(s, 2, intervalUtf8.constData(), static_cast<int>(intervalUtf8.size()), SQLITE_STATIC);
    sqlite3_bind_int64(s, 3, from);
    sqlite3_bind_int64(s, 4, to);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        out.time.push_back(sqlite3_column_int64(s, 0));
        out.open.push_back(sqlite3_column_double(s, 1));
        out.high.push_back(sqlite3_column_double(s, 2));
        out.low.push_back(sqlite3_column_double(s, 3));
        out.close.push_back(sqlite3_column_double(s, 4));
        out.volume.push_back(sqlite3_column_double(s, 5));
    }
    if (rc != SQLITE_DONE)
        return sqliteError(*raw, rc, "reading bars");
    return {};
}

} // namespace sn::bulk
