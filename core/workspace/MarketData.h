#pragma once

#include "core/common/Result.h"
#include "core/market/BarSeries.h"
#include "core/model/BarCoverage.h"
#include "core/model/Instrument.h"

#include <QString>
#include <limits>
#include <string>
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

// Which prices a series holds. The database stores bars as traded
// (unadjusted); the adjusted series is derived on reading from them and the
// stored corporate actions (MarketFetchService::adjustForActions: backward,
// CRSP-style), so a 2:1 split halves every earlier price instead of showing
// as a 50 % fall on the ex-date.
enum class PriceBasis
{
    Unadjusted, // as stored: what traded on the day (the default everywhere)
    Adjusted,   // split- and dividend-adjusted back from the latest bar
};

struct PriceSeries
{
    BarSeries bars;
    PriceBasis basis = PriceBasis::Unadjusted;
    int splits = 0;    // splits applied (Adjusted only): ex-dates after the first bar stored
    int dividends = 0; // dividends applied, likewise
    // "unadjusted (as traded)" or "split/dividend adjusted (1 split, 4 dividends)".
    std::string describe() const;
};

// "adjusted" / "unadjusted": the spelling of JSON, saved runs and settings.
const char *priceBasisName(PriceBasis basis);

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
    // Bars with from <= time <= to, unadjusted or adjusted for the stored
    // splits and dividends (the adjustment is computed over the whole stored
    // history, then cut, so a range gives the same prices as the full series).
    // NotFound for a symbol that is not stored.
    Result<PriceSeries> prices(const QString &symbol, const QString &interval, PriceBasis basis,
                               TimestampMs from = std::numeric_limits<TimestampMs>::min(),
                               TimestampMs to = std::numeric_limits<TimestampMs>::max()) const;

private:
    const Database &m_db;
};

} // namespace sn
