#pragma once

#include "core/backtest/Strategy.h"

#include <string_view>
#include <vector>

namespace sn::bt {

// The built-in strategies, for `supernova-cli strategies`, the GUI form and
// the advisor. Single-series strategies implement Strategy; the multi-asset
// momentum rotation runs through MomentumRotation and is listed by info().
class StrategyRegistry
{
public:
    // Single-series strategies.
    static const std::vector<const Strategy *> &strategies();
    static const Strategy *find(std::string_view name);
    // Every strategy's info, the multi-asset ones included.
    static std::vector<const StrategyInfo *> infos();
    static const StrategyInfo *findInfo(std::string_view name);
    // "unknown strategy 'x' (known: ...)".
    static Error unknown(std::string_view name);
};

} // namespace sn::bt
