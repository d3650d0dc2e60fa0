#include "core/storage/BarRepository.h"

#include "core/common/Log.h"
#include "core/storage/BarBulk.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/SqlSupport.h"

#include <cmath>

namespace sn {

static const sn::log::Category lc("supernova.storage");

namespace bulk {
std::string barContext(const BarSeries &bars, std::size_t index)
{
    std::string out = "bar " + std::to_string(index);
    if (index < bars.time.size())
        out += " (" + formatDateTime(bars.time[index]) + ")";
    if (!bars.symbol.empty())
        out = bars.symbol + " " + out;
    return out;
}
} // namespace bulk

namespace {

Result<void> validate(const BarSeries &bars)
{
    const std::size_t n = bars.time.size();
    if (bars.open.size() != n || bars.high.size() != n || bars.low.size() != n || bars.close.size() != n ||
        bars.volume.size() != n)
        return makeError(ErrorCode::InvalidArgument, "columns of the bar series have different lengths",
                         bars.symbol);
    if (bars.interval.empty() || bars.interval.size() > 8)
        return makeError(ErrorCode::InvalidArgument, "field 'interval' is '" + bars.interval + "'",
                         bars.symbol);
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && bars.time[i] <= bars.time[i - 1])
            return makeError(ErrorCode::InvalidArgument, "times are not strictly increasing",
                             bulk::barContext(bars, i));
        // SQLite would store NaN as NULL and PostgreSQL would accept it:
        // refuse it on both so the engines behave alike.
        if (!std::isfinite(bars.open[i]) || !std::isfinite(bars.high[i]) || !std::isfinite(bars.low[i]) ||
            !std::isfinite(bars.close[i]) || !std::isfinite(bars.volume[i]))
            return makeError(ErrorCode::InvalidArgument, "a price or the volume is not a finite number",
                             bulk::barContext(bars, i));
    }
    return {};
}

} // namespace

Result<qint64> BarRepository::store(qint64 instrumentId, const BarSeries &bars)
{
    auto valid = validate(bars);
    if (!valid)
        return valid.error();
    qint64 written = 0;
    auto done = m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        auto r = m_db.engine() == Database::Engine::Sqlite ? bulk::storeSqlite(db, instrumentId, bars)
                                                           : bulk::storePostgres(db, instrumentId, bars);
        if (!r)
            return r.error();
        written = *r;
        return {};
    });
    if (!done)
        return done.error().withContext("storing bars for instrument id " + std::to_string(instrumentId));
    lc.debug("stored {} {} bars for instrument {}", written, bars.interval, instrumentId);
    return written;
}

Result<BarSeries> BarRepository::load(qint64 instrumentId, const QString &interval, TimestampMs from,
                                      TimestampMs to)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    BarSeries out;
    out.interval = interval.toStdString();
    auto r = m_db.engine() == Database::Engine::Sqlite
                 ? bulk::loadSqlite(*conn, instrumentId, interval, from, to, out)
                 : bulk::loadPostgres(*conn, instrumentId, interval, from, to, out);
    if (!r)
        return r.error().withContext("loading bars for instrument id " + std::to_string(instrumentId));
    return out;
}

Result<BarSeries> BarRepository::load(const QString &symbol, const QString &interval, TimestampMs from,
                                      TimestampMs to)
{
    auto instrument = InstrumentRepository(m_db).find(symbol);
    if (!instrument)
        return instrument.error();
    auto series = load(instrument->id, interval, from, to);
    if (series)
        series->symbol = instrument->symbol.toStdString();
    return series;
}

Result<BarCoverage> BarRepository::coverage(qint64 instrumentId, const QString &interval)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q =
        sql::run(*conn,
                 QStringLiteral("SELECT COUNT(*), MIN(ts), MAX(ts) FROM bars"
                                " WHERE instrument_id = ? AND \"interval\" = ?"),
                 {instrumentId, interval}, "bar coverage of instrument id " + std::to_string(instrumentId));
    if (!q)
        return q.error();
    BarCoverage c;
    if (q->next()) {
        c.count = q->value(0).toLongLong();
        if (c.count > 0) {
            c.first = q->value(1).toLongLong();
            c.last = q->value(2).toLongLong();
        }
    }
    return c;
}

Result<QStringList> BarRepository::intervals(qint64 instrumentId)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn,
                      QStringLiteral("SELECT DISTINCT \"interval\" FROM bars WHERE instrument_id = ?"
                                     " ORDER BY \"interval\""),
                      {instrumentId}, "bar intervals of instrument id " + std::to_string(instrumentId));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace sn
