// The SQLite bulk path: the C API on the connection QtSql opened, one
// prepared statement reused for every row, inside the caller's transaction.
#include "core/storage/BarBulk.h"

#include <QSqlDriver>
#include <QVariant>
#include <algorithm>
#include <cstring>
#include <memory>
#include <sqlite3.h>
#include <string>

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

namespace {

constexpr int kRowsPerStatement = 64;

// INSERT of `rows` bars in one statement: ?1 instrument, ?2 interval, then
// six parameters per row. An upsert, so a re-import replaces values.
std::string insertSql(int rows)
{
    std::string sqlText =
        "INSERT INTO bars (instrument_id, \"interval\", ts, open, high, low, close, volume) VALUES ";
    for (int r = 0; r < rows; ++r) {
        const int p = 3 + r * 6;
        sqlText += (r ? ",(" : "(");
        sqlText += "?1,?2";
        for (int k = 0; k < 6; ++k)
            sqlText += ",?" + std::to_string(p + k);
        sqlText += ")";
    }
    sqlText += " ON CONFLICT (instrument_id, \"interval\", ts) DO UPDATE SET open = excluded.open,"
               " high = excluded.high, low = excluded.low, close = excluded.close, volume = excluded.volume";
    return sqlText;
}

void bindRows(sqlite3_stmt *s, const BarSeries &bars, std::size_t begin, int rows)
{
    for (int r = 0; r < rows; ++r) {
        const std::size_t i = begin + static_cast<std::size_t>(r);
        const int p = 3 + r * 6;
        sqlite3_bind_int64(s, p, bars.time[i]);
        sqlite3_bind_double(s, p + 1, bars.open[i]);
        sqlite3_bind_double(s, p + 2, bars.high[i]);
        sqlite3_bind_double(s, p + 3, bars.low[i]);
        sqlite3_bind_double(s, p + 4, bars.close[i]);
        sqlite3_bind_double(s, p + 5, bars.volume[i]);
    }
}

} // namespace

Result<qint64> storeSqlite(const QSqlDatabase &db, qint64 instrumentId, const BarSeries &bars)
{
    auto raw = rawHandle(db);
    if (!raw)
        return raw.error();
    // Several rows per statement: per-statement work (cursor setup,
    // statement journal, constraint program) is shared by 64 bars, which
    // halves the CPU time of a large import against one row per step.
    const std::string bulkSql = insertSql(kRowsPerStatement);
    const std::string oneSql = insertSql(1);
    auto bulkStmt = prepare(*raw, bulkSql.c_str());
    if (!bulkStmt)
        return bulkStmt.error();
    auto oneStmt = prepare(*raw, oneSql.c_str());
    if (!oneStmt)
        return oneStmt.error();
    // A large import must not spill dirty pages to the WAL before commit:
    // grow the page cache to hold it (about 100 bytes a bar, at most 1 GiB)
    // for this call and restore it afterwards.
    int previousCacheKiB = 0;
    {
        sqlite3_stmt *read = nullptr;
        if (sqlite3_prepare_v2(*raw, "PRAGMA cache_size", -1, &read, nullptr) == SQLITE_OK &&
            sqlite3_step(read) == SQLITE_ROW)
            previousCacheKiB = sqlite3_column_int(read, 0);
        sqlite3_finalize(read);
    }
    const qint64 wantKiB = std::min<qint64>(static_cast<qint64>(bars.size()) / 10 + 1, 1 << 20);
    const bool growCache = previousCacheKiB < 0 && -previousCacheKiB < wantKiB;
    if (growCache)
        sqlite3_exec(*raw, ("PRAGMA cache_size = -" + std::to_string(wantKiB)).c_str(), nullptr, nullptr,
                     nullptr);
    struct RestoreCache
    {
        sqlite3 *db;
        int kib;
        bool active;
        ~RestoreCache()
        {
            if (active)
                sqlite3_exec(db, ("PRAGMA cache_size = " + std::to_string(kib)).c_str(), nullptr, nullptr,
                             nullptr);
        }
    } restore{*raw, previousCacheKiB, growCache};

    // The constant columns are bound once; sqlite3_reset keeps bindings.
    for (sqlite3_stmt *s : {bulkStmt->get(), oneStmt->get()}) {
        sqlite3_bind_int64(s, 1, instrumentId);
        sqlite3_bind_text(s, 2, bars.interval.data(), static_cast<int>(bars.interval.size()), SQLITE_STATIC);
    }
    // Runs rows [begin, begin + rows) one at a time: the tail of the series,
    // and a failed chunk again so the error names the exact bar.
    auto rowByRow = [&](std::size_t begin, std::size_t rows) -> Result<void> {
        sqlite3_stmt *s = oneStmt->get();
        for (std::size_t i = begin; i < begin + rows; ++i) {
            bindRows(s, bars, i, 1);
            const int rc = sqlite3_step(s);
            sqlite3_reset(s);
            if (rc != SQLITE_DONE)
                return sqliteError(*raw, rc, barContext(bars, i));
        }
        return {};
    };

    const std::size_t n = bars.size();
    const std::size_t chunked = n - n % kRowsPerStatement;
    sqlite3_stmt *s = bulkStmt->get();
    for (std::size_t i = 0; i < chunked; i += kRowsPerStatement) {
        bindRows(s, bars, i, kRowsPerStatement);
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        if (rc != SQLITE_DONE) {
            // The failed statement left nothing behind; find the bad bar.
            auto precise = rowByRow(i, kRowsPerStatement);
            if (!precise)
                return precise.error();
            return sqliteError(*raw, rc, barContext(bars, i));
        }
    }
    auto tail = rowByRow(chunked, n - chunked);
    if (!tail)
        return tail.error();
    return static_cast<qint64>(n);
}

Result<void> loadSqlite(const QSqlDatabase &db, qint64 instrumentId, const QString &interval,
                        TimestampMs from, TimestampMs to, BarSeries &out)
{
    auto raw = rawHandle(db);
    if (!raw)
        return raw.error();
    auto stmt =
        prepare(*raw, "SELECT ts, open, high, low, close, volume FROM bars"
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
