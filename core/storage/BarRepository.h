#pragma once

#include "core/common/Result.h"
#include "core/market/BarSeries.h"
#include "core/model/BarCoverage.h"

#include <QString>
#include <QStringList>
#include <limits>

namespace sn {

class Database;

// Price bars, daily and intraday. Writes go below QtSql (QSqlQuery::execBatch
// is emulated row by row by both drivers): the SQLite C API with one prepared
// statement, and PostgreSQL binary COPY into a staging table merged with
// one INSERT ... SELECT. See docs/performance.md for the figures.
class BarRepository
{
public:
    static constexpr TimestampMs kMinTime = std::numeric_limits<TimestampMs>::min();
    static constexpr TimestampMs kMaxTime = std::numeric_limits<TimestampMs>::max();

    explicit BarRepository(const Database &db) : m_db(db) {}

    // Upserts every bar of `bars` (interval bars.interval) for the instrument
    // in ONE transaction: re-importing the same file changes nothing, and a
    // bad row leaves nothing of this call behind. Times must be strictly
    // increasing and values finite. Returns the number of bars written.
    Result<qint64> store(qint64 instrumentId, const BarSeries &bars);

    // Bars with from <= time <= to in time order; an empty series when none.
    Result<BarSeries> load(qint64 instrumentId, const QString &interval, TimestampMs from = kMinTime,
                           TimestampMs to = kMaxTime);
    // Same by symbol; NotFound when the instrument does not exist.
    Result<BarSeries> load(const QString &symbol, const QString &interval, TimestampMs from = kMinTime,
                           TimestampMs to = kMaxTime);

    // Count, first and last time stored for the instrument and interval.
    Result<BarCoverage> coverage(qint64 instrumentId, const QString &interval);
    // The intervals ("1d", "1mo", ...) stored for the instrument, sorted.
    Result<QStringList> intervals(qint64 instrumentId);

private:
    const Database &m_db;
};

} // namespace sn
