#pragma once

#include "core/analytics/Valuation.h"
#include "core/common/Result.h"

#include <map>
#include <string>
#include <vector>

namespace sn {

// What-if losses on the current holdings: replay of a historical window, or
// user-defined shocks.
class StressTest
{
public:
    struct Position
    {
        std::string symbol;
        std::string assetClass = "equity";
        double value = 0.0; // current market value, base currency
    };

    struct Shock
    {
        enum class Scope
        {
            All,
            AssetClass,
            Symbol
        };
        Scope scope = Scope::All;
        std::string name;  // the asset class or symbol; empty for All
        double change = 0; // -0.2 = -20 %
    };

    struct PositionLoss
    {
        std::string symbol;
        double value = 0.0;
        double change = 0.0; // return applied
        double pnl = 0.0;    // value * change (negative = loss)
        std::string source;  // "own history", "proxy", or the shock that applied
    };

    struct Outcome
    {
        std::vector<PositionLoss> positions;
        double totalValue = 0.0;
        double totalPnl = 0.0;
        double totalChange = 0.0; // totalPnl / totalValue
    };

    // A window's return of one series: the first close on or after `from` to the
    // last close on or before `to`. Errors: no close in the window, fewer than two.
    static Result<double> windowReturn(const DailySeries &series, TimestampMs from, TimestampMs to);

    // Replays [from, to] on the current weights: each position moves by its own
    // series' window return (looked up by symbol in `history`), or by the
    // `proxy` series' return when it has none. Errors: a position with neither,
    // a window outside the data, no positions, a non-finite value.
    static Result<Outcome> historical(const std::vector<Position> &positions,
                                      const std::map<std::string, DailySeries> &history,
                                      const DailySeries *proxy, TimestampMs from, TimestampMs to);

    // User shocks; the most specific applies (symbol over asset class over
    // all); a position matched by none is unchanged. Errors: a change below -100 %.
    static Result<Outcome> shocks(const std::vector<Position> &positions, const std::vector<Shock> &shocks);

    // How the scenarios are applied, for --explain.
    static std::string explain();
};

} // namespace sn
