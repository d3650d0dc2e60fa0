#pragma once

#include "core/backtest/Backtester.h"
#include "core/market/BarSeries.h"
#include "core/report/ReportDocument.h"

#include <cstdint>

namespace sn::test {

// A deterministic random-walk series and a finished SMA-crossover backtest
// on it, for report tests and the report benchmark (no database needed).
struct SyntheticBacktest
{
    BarSeries series;
    bt::BacktestReport report;
    report::Document document;
};

// `bars` daily bars from 2000-01-03; `seed` picks the walk; `fast`/`slow`
// the crossover (4/15 on 5,000 bars gives about 200 trades).
SyntheticBacktest syntheticBacktest(std::size_t bars, std::uint64_t seed = 7, int fast = 4, int slow = 15);

} // namespace sn::test
