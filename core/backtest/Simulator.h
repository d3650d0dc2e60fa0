#pragma once

#include "core/backtest/BacktestTypes.h"
#include "core/common/Result.h"

#include <atomic>
#include <cstdint>
#include <limits>
#include <span>

namespace sn {
struct BarSeries;
}

namespace sn::bt {

// Prices the simulator reads: open (for next-open fills) and close, same length.
struct PriceView
{
    std::span<const TimestampMs> time;
    std::span<const double> open;
    std::span<const double> close;
};

// The single-instrument broker simulation: one loop over bars, no virtual
// call and no allocation per bar. Signals are SignalFlag bits decided at each
// bar's close. A signal on the last simulated bar is never filled; a position
// still open there is valued at the last close and reported as open.
class Simulator
{
public:
    static constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();

    // Checks the config (cash > 0, costs >= 0, sizing value) naming the field.
    static Result<void> validate(const BacktestConfig &config);

    // Full run over bars [begin, end): fills, trades, open positions, equity.
    static Result<BacktestResult> run(const PriceView &prices, std::span<const std::uint8_t> signalFlags,
                                      const BacktestConfig &config, std::size_t begin = 0,
                                      std::size_t end = npos);
    static Result<BacktestResult> run(const BarSeries &series, std::span<const std::uint8_t> signalFlags,
                                      const BacktestConfig &config, std::size_t begin = 0,
                                      std::size_t end = npos);
    // The same into a caller-owned result whose buffers are reused (a GUI
    // re-running a backtest, a benchmark's steady state).
    static Result<void> runInto(const PriceView &prices, std::span<const std::uint8_t> signalFlags,
                                const BacktestConfig &config, BacktestResult &out, std::size_t begin = 0,
                                std::size_t end = npos);
    // The whole series while its signals are still being made on another
    // thread: signals below `ready` (published with release order, e.g. by
    // smaCrossover) are final. The result is exactly runInto()'s; the two
    // passes overlap on two cores instead of running one after the other.
    static Result<void> runIntoFollowing(const PriceView &prices, std::span<const std::uint8_t> signalFlags,
                                         const std::atomic<std::size_t> &ready, const BacktestConfig &config,
                                         BacktestResult &out);

    // Light run for sweeps: writes the equity curve into `equity` (size
    // end - begin, caller-owned and reused) and returns the tally and final
    // equity; stores no fills or trades. The config must be validated.
    static double runLight(const PriceView &prices, std::span<const std::uint8_t> signalFlags,
                           const BacktestConfig &config, std::size_t begin, std::size_t end,
                           std::span<double> equity, TradeTally &tally);

    // Commission of one fill under `costs`.
    static double commission(const CostModel &costs, double quantity, double price);
};

} // namespace sn::bt
