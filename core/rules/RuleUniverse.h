#pragma once

#include "core/backtest/Backtester.h"
#include "core/common/Result.h"

#include <string>
#include <vector>

namespace sn {
struct BarSeries;
}

namespace sn::rules {

// A single-series strategy (a rule, or a built-in) run on each symbol of a
// list as its own account, and the accounts taken together: the cash is
// split equally, each symbol runs alone on its own bars exactly as a
// single-symbol backtest with that cash would, and the combined equity is
// their sum at every time any of them has a bar (an account is carried at
// its last value between its bars and at its cash before its first one).
struct UniverseRun
{
    std::vector<std::string> symbols;
    std::vector<bt::BacktestReport> each; // in `symbols` order
    // The sum of the accounts: its equity and time over the union of the
    // bar times, every trade (Trade::asset = index into `symbols`), the
    // summed tally, and metrics computed on that equity.
    bt::BacktestReport combined;
};

class RuleUniverse
{
public:
    // Errors name the symbol they came from. `request.config.cash` is the
    // total; each symbol gets an equal share.
    static Result<UniverseRun> run(const std::vector<const BarSeries *> &series,
                                   const bt::BacktestRequest &request);
};

} // namespace sn::rules
