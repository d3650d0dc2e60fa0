#pragma once

#include "core/analytics/ReturnStats.h"
#include "core/backtest/BacktestTypes.h"
#include "core/backtest/Metrics.h"
#include "core/common/Result.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sn {
struct BarSeries;
}

namespace sn::bt {

class Strategy;

// start:stop:step, both ends included ("fast=5:50:1").
struct ParamRange
{
    std::string name;
    double start = 0;
    double stop = 0;
    double step = 1;

    // Parses "name=start:stop[:step]" (step 1 when left out); errors name it.
    static Result<ParamRange> parse(std::string_view text);
};

struct SweepConfig
{
    std::string strategy;
    std::vector<ParamRange> grid;
    std::vector<std::pair<std::string, double>> fixed; // parameters held constant
    std::size_t randomSamples = 0;                     // > 0: random search of this many distinct grid points
    std::uint64_t seed = 1;
    BacktestConfig config;
    Convention convention = Convention::supernova();
    bool periodsFromInterval = true; // as BacktestRequest::periodsFromInterval
    Metric rankBy = Metric::Sharpe;
    unsigned threads = 0; // 0 = every core
    // Bars traded: [begin, end); signals still see the bars before `begin`.
    std::size_t begin = 0;
    std::size_t end = std::numeric_limits<std::size_t>::max();
    // Called now and then with (done, total), from a worker thread, never
    // concurrently.
    std::function<void(std::size_t, std::size_t)> progress;
    // Checked between combinations; set it to stop early.
    const std::atomic<bool> *cancel = nullptr;
    // A strategy outside the registry (a compiled rule, core/rules); when set
    // it is swept instead of looking `strategy` up. Not owned.
    const Strategy *custom = nullptr;
};

// One row per combination, stored as columns (no object per run). Metrics
// that are not defined for a row are NaN here.
struct SweepTable
{
    std::vector<std::string> paramNames; // every parameter of the strategy, spec order
    std::vector<double> params;          // rows x paramNames.size(), row-major
    std::vector<double> finalEquity;
    std::vector<double> totalReturn;
    std::vector<double> cagr;
    std::vector<double> exposure;
    std::vector<double> winRate;
    std::vector<double> profitFactor;
    std::vector<double> score; // the ranking metric (the only return statistic computed per row)
    std::vector<std::uint32_t> trades;
    std::vector<std::uint8_t> done; // 0 for rows skipped by a cancel

    std::size_t rows() const { return finalEquity.size(); }
    std::span<const double> row(std::size_t i) const;
};

struct SweepResult
{
    SweepTable table;
    std::vector<std::size_t> ranking; // completed rows, best first by rankBy (undefined last)
    Metric rankBy = Metric::Sharpe;
    std::size_t evaluated = 0;
    bool cancelled = false;
    double seconds = 0;
};

// Grid and random parameter sweeps over one series on every core. Each
// distinct indicator array is computed once (shared IndicatorCache); each
// worker reuses its signal and equity buffers, so memory does not grow with
// the number of combinations beyond the result table.
class Optimizer
{
public:
    static constexpr std::size_t kMaxCombinations = 5'000'000;

    static Result<SweepResult> run(const BarSeries &series, const SweepConfig &sweep);
};

} // namespace sn::bt
