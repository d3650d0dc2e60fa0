#pragma once

#include "core/backtest/BacktestTypes.h"
#include "core/backtest/Strategy.h"
#include "core/common/Result.h"

#include <span>
#include <vector>

namespace sn {
struct BarSeries;
}

namespace sn::bt {

// Multi-asset momentum rotation: at the close of each month's last common
// bar, rank the assets by trailing return close[t] / close[t - lookback] - 1
// and hold the top N in equal shares of equity, all from one cash account.
// Orders fill at the next bar's open (or the close, optimistic); sells go
// first so their cash funds the buys. Only dates present in every series are
// used. Fills and trades carry the asset's index in `assets`.
class MomentumRotation
{
public:
    static const StrategyInfo &info();

    // `params` in info() order (lookback, top_n); sizing must be all-in
    // fractional or whole shares (the weights decide the amounts).
    static Result<BacktestResult> run(const std::vector<const BarSeries *> &assets,
                                      std::span<const double> params, const BacktestConfig &config);
};

} // namespace sn::bt
