// The PostgreSQL bulk path: libpq on the connection QtSql opened. Bars go in
// by binary COPY into a temporary staging table (exact doubles, no text
// formatting) and moved into bars with one INSERT (ON CONFLICT DO UPDATE
// when bars already exist in the span), so a re-import is idempotent and any
// bad row fails the whole transaction.
#include "core/storage/BarBulk.h"

#include <QSqlDriver>
#include <QVariant>
#include <QtEndian>
#include <bit>
#include <cstring>
#include <libpq-fe.h>
#include <memory>
#include <string>
#include <vector>

namespace sn::bulk {

namespace {

struct ResultDeleter
{
    void operator()(PGresult *r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

Result<PGconn *> rawHandle(const QSqlDatabase &db)
{
    const QVariant h = db.driver()->handle();
    // The driver declares the pointer through its struct name on some builds.
    if (!h.isValid() ||
        (std::strcmp(h.typeName(), "PGconn*") != 0 && std::strcmp(h.typeName(), "pg_conn*") != 0))
        return makeError(ErrorCode::Internal,
                         std::string("the QPSQL driver did not expose its PGconn handle (got ") +
                             (h.isValid() ? h.typeName() : "nothing") + ")");
    PGconn *raw = *static_cast<PGconn *const *>(h.constData());
    if (!raw || PQstatus(raw) != CONNECTION_OK)
        return makeError(ErrorCode::Unavailable, "the PostgreSQL connection is not open");
    return raw;
}

Error pgError(PGconn *conn, const PGresult *res, const std::string &context)
{
    std::string message = res ? PQresultErrorMessage(res) : PQerrorMessage(conn);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
        message.pop_back();
    const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
    ErrorCode code = ErrorCode::DatabaseError;
    if (state && std::strncmp(state, "23", 2) == 0)
        code = std::strcmp(state, "23505") == 0 ? ErrorCode::AlreadyExists : ErrorCode::Conflict;
    return makeError(code, message, context);
}

Result<void> command(PGconn *conn, const char *sqlText, const std::string &context)
{
    PgResult res(PQexec(conn, sqlText));
    if (PQresultStatus(res.get()) != PGRES_COMMAND_OK)
        return pgError(conn, res.get(), context);
    return {};
}

void put16(std::vector<char> &buf, std::int16_t v)
{
    const auto be = qToBigEndian(static_cast<quint16>(v));
    const char *p = reinterpret_cast<const char *>(&be);
    buf.insert(buf.end(), p, p + 2);
}

void put32(std::vector<char> &buf, std::int32_t v)
{
    const auto be = qToBigEndian(static_cast<quint32>(v));
    const char *p = reinterpret_cast<const char *>(&be);
    buf.insert(buf.end(), p, p + 4);
}

void putField64(std::vector<char> &buf, std::uint64_t bits)
{
    put32(buf, 8);
    const auto be = qToBigEndian(static_cast<quint64>(bits));
    const char *p = reinterpret_cast<const char *>(&be);
    buf.insert(buf.end(), p, p + 8);
}

std::uint64_t get64(const char *p)
{
    return qFromBigEndian<quint64>(p);
}

} // namespace

Result<qint64> storePostgres(const QSqlDatabase &db, qint64 instrumentId, const BarSeries &bars)
{
    auto conn = rawHandle(db);
    if (!conn)
        return conn.error();
    PGconn *pg = *conn;
    auto r = command(pg, "DROP TABLE IF EXISTS sn_bars_stage", "preparing the staging table");
    if (r)
        r = command(
            pg,
            "CREATE TEMP TABLE sn_bars_stage (ts BIGINT, open DOUBLE PRECISION, high DOUBLE PRECISION,"
            " low DOUBLE PRECISION, close DOUBLE PRECISION, volume DOUBLE PRECISION) ON COMMIT DROP",
            "preparing the staging table");
    if (!r)
        return r.error();

    {
        PgResult res(PQexec(pg, "COPY sn_bars_stage FROM STDIN (FORMAT binary)"));
        if (PQresultStatus(res.get()) != PGRES_COPY_IN)
            return pgError(pg, res.get(), "starting COPY");
    }
    // Binary COPY: signature, flags, header extension, then per row a field
    // count and (length, big-endian value) pairs; -1 ends the stream.
    constexpr std::size_t kChunk = 1 << 20;
    std::vector<char> buf;
    buf.reserve(kChunk + 128);
    static const char kSignature[] = "PGCOPY\n\377\r\n";
    buf.insert(buf.end(), kSignature, kSignature + 11); // includes the trailing NUL byte
    put32(buf, 0);
    put32(buf, 0);
    std::string copyFailure;
    const std::size_t n = bars.size();
    for (std::size_t i = 0; i < n && copyFailure.empty(); ++i) {
        put16(buf, 6);
        putField64(buf, static_cast<std::uint64_t>(bars.time[i]));
        putField64(buf, std::bit_cast<std::uint64_t>(bars.open[i]));
        putField64(buf, std::bit_cast<std::uint64_t>(bars.high[i]));
        putField64(buf, std::bit_cast<std::uint64_t>(bars.low[i]));
        putField64(buf, std::bit_cast<std::uint64_t>(bars.close[i]));
        putField64(buf, std::bit_cast<std::uint64_t>(bars.volume[i]));
        if (buf.size() >= kChunk) {
            if (PQputCopyData(pg, buf.data(), static_cast<int>(buf.size())) != 1)
                copyFailure = PQerrorMessage(pg);
            buf.clear();
        }
    }
    put16(buf, -1);
    if (copyFailure.empty() && PQputCopyData(pg, buf.data(), static_cast<int>(buf.size())) != 1)
        copyFailure = PQerrorMessage(pg);
    PQputCopyEnd(pg, copyFailure.empty() ? nullptr : copyFailure.c_str());
    Result<void> copied;
    while (PGresult *raw = PQgetResult(pg)) {
        PgResult res(raw);
        if (PQresultStatus(raw) != PGRES_COMMAND_OK && copied)
            copied = pgError(pg, raw, "COPY into the staging table");
    }
    if (!copied)
        return copied.error();

    const std::string id = std::to_string(instrumentId);
    const std::string first = std::to_string(n > 0 ? bars.time.front() : 0);
    const std::string last = std::to_string(n > 0 ? bars.time.back() : 0);
    const char *params[] = {id.c_str(), bars.interval.c_str(), first.c_str(), last.c_str()};
    auto exec = [&](const char *sqlText, int nParams, ExecStatusType expected,
                    const std::string &what) -> Result<PgResult> {
        PgResult res(PQexecParams(pg, sqlText, nParams, nullptr, params, nullptr, nullptr, 0));
        if (PQresultStatus(res.get()) != expected)
            return pgError(pg, res.get(), what);
        return res;
    };

    // Locking the instrument row serialises concurrent imports of one
    // instrument (so the plain INSERT below cannot race another writer)
    // and reports a missing instrument once instead of per row.
    auto locked = exec("SELECT 1 FROM instruments WHERE id = $1::bigint FOR UPDATE", 1, PGRES_TUPLES_OK,
                       "locking the instrument");
    if (!locked)
        return locked.error();
    if (PQntuples(locked->get()) == 0)
        return makeError(ErrorCode::Conflict, "instrument id " + id + " does not exist (foreign key)",
                         "storing bars");

    // INSERT ... ON CONFLICT pays for a speculative insertion per row, a
    // large part of a fresh import: use it only when bars already exist in
    // the imported span, and insert plainly otherwise.
    auto existing =
        exec("SELECT EXISTS (SELECT 1 FROM bars WHERE instrument_id = $1::bigint AND \"interval\" = $2::text"
             " AND ts BETWEEN $3::bigint AND $4::bigint)",
             4, PGRES_TUPLES_OK, "checking stored bars");
    if (!existing)
        return existing.error();
    const bool merge = std::strcmp(PQgetvalue(existing->get(), 0, 0), "t") == 0;
    auto inserted =
        exec(merge ? "INSERT INTO bars (instrument_id, \"interval\", ts, open, high, low, close, volume)"
                     " SELECT $1::bigint, $2::text, ts, open, high, low, close, volume FROM sn_bars_stage"
                     " ON CONFLICT (instrument_id, \"interval\", ts) DO UPDATE SET open = excluded.open,"
                     " high = excluded.high, low = excluded.low, close = excluded.close,"
                     " volume = excluded.volume"
                   : "INSERT INTO bars (instrument_id, \"interval\", ts, open, high, low, close, volume)"
                     " SELECT $1::bigint, $2::text, ts, open, high, low, close, volume FROM sn_bars_stage",
             2, PGRES_COMMAND_OK, "inserting " + std::to_string(n) + " bars");
    if (!inserted)
        return inserted.error();
    return static_cast<qint64>(n);
}

Result<void> loadPostgres(const QSqlDatabase &db, qint64 instrumentId, const QString &interval,
                          TimestampMs from, TimestampMs to, BarSeries &out)
{
    auto conn = rawHandle(db);
    if (!conn)
        return conn.error();
    PGconn *pg = *conn;
    const std::string id = std::to_string(instrumentId);
    const std::string iv = interval.toStdString();
    const std::string f = std::to_string(from);
    const std::string t = std::to_string(to);
    const char *params[] = {id.c_str(), iv.c_str(), f.c_str(), t.c_str()};
    // Binary results: the doubles arrive bit-exact and need no parsing.
    PgResult res(
        PQexecParams(pg,
                     "SELECT ts, open, high, low, close, volume FROM bars WHERE instrument_id = $1::bigint"
                     " AND \"interval\" = $2::text AND ts BETWEEN $3::bigint AND $4::bigint ORDER BY ts",
                     4, nullptr, params, nullptr, nullptr, 1));
    if (PQresultStatus(res.get()) != PGRES_TUPLES_OK)
        return pgError(pg, res.get(), "reading bars");
    const int rows = PQntuples(res.get());
    out.reserve(static_cast<std::size_t>(rows));
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < 6; ++c) {
            if (PQgetisnull(res.get(), r, c) || PQgetlength(res.get(), r, c) != 8)
                return makeError(ErrorCode::DatabaseError, "unexpected column format in bars",
                                 "row " + std::to_string(r) + " column " + std::to_string(c));
        }
        out.time.push_back(static_cast<TimestampMs>(get64(PQgetvalue(res.get(), r, 0))));
        out.open.push_back(std::bit_cast<double>(get64(PQgetvalue(res.get(), r, 1))));
        out.high.push_back(std::bit_cast<double>(get64(PQgetvalue(res.get(), r, 2))));
        out.low.push_back(std::bit_cast<double>(get64(PQgetvalue(res.get(), r, 3))));
        out.close.push_back(std::bit_cast<double>(get64(PQgetvalue(res.get(), r, 4))));
        out.volume.push_back(std::bit_cast<double>(get64(PQgetvalue(res.get(), r, 5))));
    }
    return {};
}

} // namespace sn::bulk
