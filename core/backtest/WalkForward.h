#pragma once

#include "core/backtest/Metrics.h"
#include "core/backtest/Optimizer.h"

#include <string>
#include <vector>

namespace sn {
struct BarSeries;
}

namespace sn::bt {

struct WalkForwardConfig
{
    SweepConfig sweep;              // strategy, grid, costs, ranking metric (begin/end are set per window)
    std::size_t inSampleBars = 756; // about three years of daily bars
    std::size_t outOfSampleBars = 252;
    bool anchored = false; // true: every in-sample window starts at bar 0
};

struct WalkForwardWindow
{
    std::size_t isBegin = 0, isEnd = 0, oosBegin = 0, oosEnd = 0; // bar indices, end exclusive
    TimestampMs isFrom = 0, isTo = 0, oosFrom = 0, oosTo = 0;     // first and last bar times
    std::vector<double> params;                                   // the in-sample winner, spec order
    double inSampleScore = 0;                                     // the ranking metric in sample
    BacktestMetrics inSample;
    BacktestMetrics outOfSample;
};

struct WalkForwardResult
{
    std::vector<std::string> paramNames;
    std::vector<WalkForwardWindow> windows;
    // Out-of-sample windows chained: each starts flat with the previous
    // window's final equity as cash.
    std::vector<TimestampMs> oosTime;
    std::vector<double> oosEquity;
    BacktestMetrics outOfSample; // over the stitched curve
    Metric rankBy = Metric::Sharpe;
};

// Walk-forward analysis: optimise on each in-sample window, trade the winner
// on the following out-of-sample window. Signals of a window may use the
// bars before it (indicator warm-up), but trades happen only inside it. A
// position still open at a window's end is valued at that window's last close
// (as in a single run) and the next window starts flat.
class WalkForward
{
public:
    static Result<WalkForwardResult> run(const BarSeries &series, const WalkForwardConfig &config);
};

} // namespace sn::bt
