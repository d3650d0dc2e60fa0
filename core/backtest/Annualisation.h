#pragma once

#include "core/analytics/ReturnStats.h"
#include "core/common/Result.h"

namespace sn {
struct BarSeries;
}

namespace sn::bt {

// The convention a run over `series` reports its annualised figures under:
// the profile's choices (deviation, risk-free handling, its daily period
// count) with the periods per year that the series' interval gives
// (sn::periodsPerYear: 12 for monthly bars, 52 weekly, ...). Fails when the
// spacing of the dates contradicts the stored interval. Backtests, sweeps
// and walk-forward apply it themselves (BacktestRequest /
// SweepConfig::periodsFromInterval), so the lab, the CLI and the advisor
// annualise a series the same way.
Result<Convention> annualisedFor(const Convention &profile, const BarSeries &series);

} // namespace sn::bt
