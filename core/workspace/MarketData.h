#pragma once

#include "core/common/Result.h"
#include "core/market/BarSeries.h"
#include "core/model/BarCoverage.h"
#include "core/model/Instrument.h"

#include <QString>
#include <limits>
#include <vector>

namespace sn {

class Database;
class Workspace;

// One instrument with what is stored for one of its intervals; an instrument
// with daily and monthly bars yields two rows.
struct InstrumentSummary
{
    qint64 id = 0;
    QString symbol;
    QString name;
    QString kind;
    QString currency;
    QString source;
    QString interval; // empty when the instrument has no bars
    qint64 bars = 0;
    TimestampMs first = 0;
    TimestampMs last = 0;
    double lastClose = 0; // meaningful when bars > 0
};

// Read side of market data for views and commands, so they never talk SQL.
// Safe to call from any thread (storage opens one connection per thread).
class MarketData
{
public:
    explicit MarketData(const Database &db) : m_db(db) {}
    explicit MarketData(const Workspace &workspace);

    Result<std::vector<InstrumentSummary>> summaries() const;
    // Stored instruments ordered by symbol.
    Result<std::vector<Instrument>> instruments() const;
    // NotFound for a symbol that is not stored.
    Result<Instrument> instrument(const QString &symbol) const;
    Result<BarSeries> bars(const QString &symbol, const QString &interval) const;
    // Bars with from <= time <= to.
    Result<BarSeries> bars(const QString &symbol, const QString &interval, TimestampMs from,
                           TimestampMs to = std::numeric_limits<TimestampMs>::max()) const;
    Result<BarCoverage> coverage(qint64 instrumentId, const QString &interval) const;

private:
    const Database &m_db;
};

} // namespace sn
