#pragma once

#include "core/backtest/Backtester.h"
#include "core/backtest/Optimizer.h"
#include "core/backtest/WalkForward.h"
#include "core/market/BarSeries.h"
#include "core/report/ReportDocument.h"

#include <optional>
#include <string>

namespace sn::report {

// What an optimisation or walk-forward report is made from: the series, how
// it was chosen, the sweep as configured and its result.
struct SweepReportInput
{
    const BarSeries *series = nullptr;
    std::string origin;
    std::string interval;
    bool daily = true;
    std::string sizingText;
    std::string fillText;
    bt::SweepConfig sweep;
    std::size_t top = 10;
};

// The grid's heatmap (the first two swept parameters; the best score over the
// others), the top N, the best combination re-run in full with its equity
// against buy & hold, every metric's formula; fingerprint over the bars, the
// grid, the fixed parameters, costs, the ranking metric and the convention.
Document buildOptimizeReport(const SweepReportInput &input, const bt::SweepResult &result,
                             const bt::BacktestReport *best);

// In-sample against out-of-sample per window (parameters, scores, returns),
// the stitched out-of-sample equity and its metrics.
Document buildWalkForwardReport(const SweepReportInput &input, const bt::WalkForwardConfig &config,
                                const bt::WalkForwardResult &result);

} // namespace sn::report
