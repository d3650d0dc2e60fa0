#pragma once

#include "core/analytics/ReturnStats.h"
#include "core/backtest/BacktestTypes.h"
#include "core/backtest/Metrics.h"
#include "core/common/Result.h"

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sn {
struct BarSeries;
}

namespace sn::bt {

class Strategy;

struct BacktestRequest
{
    std::string strategy;                                    // registry name
    std::vector<std::pair<std::string, std::string>> params; // "fast" -> "10"
    BacktestConfig config;
    Convention convention = Convention::supernova();
    bool withBenchmark = true; // buy & hold of the same instrument for beta/alpha
    // true: periods per year follow the series' interval (annualisedFor);
    // false: convention.periodsPerYear as given (the CLI's --periods-per-year).
    bool periodsFromInterval = true;
    // A strategy outside the registry (a compiled rule, core/rules); when set
    // it is run instead of looking `strategy` up. Not owned.
    const Strategy *custom = nullptr;
};

struct BacktestReport
{
    std::string strategy;
    std::vector<std::string> paramNames;
    std::vector<double> params; // resolved, in spec order
    BacktestResult result;
    BacktestMetrics metrics;
    std::vector<double> benchmarkEquity; // buy & hold, same costs (empty when not asked)
    Convention convention;               // the one the metrics were computed under
};

// The entry point the CLI and GUI call: resolves the strategy and its
// parameters, checks the series (enough bars for the warm-up, finite
// positive prices), computes signals once and runs the simulator.
class Backtester
{
public:
    // From this many bars the simulation runs on a second thread alongside
    // the signal pass (below it a thread costs more than it saves).
    static constexpr std::size_t kFollowFromBars = 200'000;

    static Result<BacktestReport> run(const BarSeries &series, const BacktestRequest &request);
    static Result<BacktestReport> run(const BarSeries &series, const Strategy &strategy,
                                      std::span<const double> params, const BacktestConfig &config,
                                      const Convention &convention, bool withBenchmark);
    // The multi-asset momentum rotation (request.strategy "momentum_rotation").
    static Result<BacktestReport> runMulti(const std::vector<const BarSeries *> &assets,
                                           const BacktestRequest &request);

    // CLI spellings: "all_in", "whole_shares", "units:N", "percent:P";
    // "next_open", "close". Errors name the option and the accepted forms.
    static Result<Sizing> parseSizing(std::string_view text);
    static Result<FillTiming> parseFill(std::string_view text);

    // Series checks shared with sweeps and walk-forward: non-empty, equal
    // array lengths, strictly increasing times, finite positive open/close.
    static Result<void> checkSeries(const BarSeries &series);
    // Enough bars after the warm-up for at least one filled signal; the error
    // names the parameter that sets the warm-up.
    static Result<void> checkWarmup(const Strategy &strategy, std::span<const double> params,
                                    std::size_t bars);
};

} // namespace sn::bt
