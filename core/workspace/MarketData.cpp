#include "core/workspace/MarketData.h"

#include "core/storage/BarRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/MarketCacheRepository.h"
#include "core/workspace/MarketFetchService.h"
#include "core/workspace/Workspace.h"

#include <fmt/format.h>

namespace sn {

Result<std::vector<InstrumentSummary>> MarketData::summaries() const
{
    InstrumentRepository instruments(m_db);
    BarRepository bars(m_db);
    auto list = instruments.list();
    if (!list)
        return list.error();
    std::vector<InstrumentSummary> out;
    for (const Instrument &i : list.value()) {
        InstrumentSummary base;
        base.id = i.id;
        base.symbol = i.symbol;
        base.name = i.name;
        base.kind = i.kind;
        base.currency = i.currency;
        base.source = i.source;
        auto intervals = bars.intervals(i.id);
        if (!intervals)
            return intervals.error();
        if (intervals->isEmpty()) {
            out.push_back(base);
            continue;
        }
        for (const QString &interval : intervals.value()) {
            auto coverage = bars.coverage(i.id, interval);
            if (!coverage)
                return coverage.error();
            InstrumentSummary row = base;
            row.interval = interval;
            row.bars = coverage->count;
            row.first = coverage->first;
            row.last = coverage->last;
            auto last = bars.load(i.id, interval, coverage->last, coverage->last);
            if (!last)
                return last.error();
            if (!last->empty())
                row.lastClose = last->close.back();
            out.push_back(row);
        }
    }
    return out;
}

MarketData::MarketData(const Workspace &workspace) : m_db(workspace.database()) {}

Result<std::vector<Instrument>> MarketData::instruments() const
{
    return InstrumentRepository(m_db).list();
}

Result<Instrument> MarketData::instrument(const QString &symbol) const
{
    return InstrumentRepository(m_db).find(symbol);
}

Result<BarSeries> MarketData::bars(const QString &symbol, const QString &interval, TimestampMs from,
                                   TimestampMs to) const
{
    return BarRepository(m_db).load(symbol, interval, from, to);
}

Result<BarCoverage> MarketData::coverage(qint64 instrumentId, const QString &interval) const
{
    return BarRepository(m_db).coverage(instrumentId, interval);
}

Result<BarSeries> MarketData::bars(const QString &symbol, const QString &interval) const
{
    return BarRepository(m_db).load(symbol, interval);
}

const char *priceBasisName(PriceBasis basis)
{
    return basis == PriceBasis::Adjusted ? "adjusted" : "unadjusted";
}

std::string PriceSeries::describe() const
{
    if (basis == PriceBasis::Unadjusted)
        return "unadjusted (as traded)";
    return fmt::format("split/dividend adjusted ({} split{}, {} dividend{})", splits, splits == 1 ? "" : "s",
                       dividends, dividends == 1 ? "" : "s");
}

Result<PriceSeries> MarketData::prices(const QString &symbol, const QString &interval, PriceBasis basis,
                                       TimestampMs from, TimestampMs to) const
{
    PriceSeries out;
    out.basis = basis;
    if (basis == PriceBasis::Unadjusted) {
        auto bars = BarRepository(m_db).load(symbol, interval, from, to);
        if (!bars)
            return bars.error();
        out.bars = std::move(bars).value();
        return out;
    }
    auto instrument = InstrumentRepository(m_db).find(symbol);
    if (!instrument)
        return instrument.error();
    // The whole history: a factor depends on every action after a bar, and a
    // dividend's on the close before its ex-date, which may lie outside [from, to].
    auto bars = BarRepository(m_db).load(instrument->id, interval);
    if (!bars)
        return bars.error();
    bars->symbol = instrument->symbol.toStdString();
    auto stored = MarketCacheRepository(m_db).actions(instrument->id);
    if (!stored)
        return stored.error().withContext(SN_TEXT("sn::MarketData", "adjusted prices of %1"),
                                          {symbol.toStdString()});
    std::vector<CorporateAction> actions;
    for (const auto &a : *stored) {
        const bool split = a.kind == QLatin1String("split");
        actions.push_back(
            {split ? CorporateAction::Kind::Split : CorporateAction::Kind::Dividend, a.time, a.value});
        // Only an action after the first bar changes any price of the series.
        if (!bars->empty() && a.time > bars->time.front())
            ++(split ? out.splits : out.dividends);
    }
    BarSeries adjusted = MarketFetchService::adjustForActions(*bars, actions);
    out.bars =
        (from == std::numeric_limits<TimestampMs>::min() && to == std::numeric_limits<TimestampMs>::max())
            ? std::move(adjusted)
            : adjusted.slice(from, to);
    return out;
}

} // namespace sn
