#include "core/workspace/MarketData.h"

#include "core/storage/BarRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/workspace/Workspace.h"

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

} // namespace sn
