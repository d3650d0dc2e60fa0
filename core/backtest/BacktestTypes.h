#pragma once

#include "core/common/Time.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace sn::bt {

// What a strategy asks for at a bar's close, as bit flags so that a reversal
// ("exit long and go short") is one signal. The simulator applies exits
// first, then an entry when flat.
enum SignalFlag : std::uint8_t
{
    kNoSignal = 0,
    kEnterLong = 1,
    kExitLong = 2,
    kEnterShort = 4,
    kExitShort = 8,
};

enum class FillTiming
{
    NextOpen, // decide at bar t's close, fill at bar t+1's open (default, honest)
    Close,    // fill at the deciding bar's own close: OPTIMISTIC, it trades on a
              // price that was only known when the bar had already closed
};

enum class SizingMode
{
    AllInFractional, // qty = cash / (price x (1 + c) + perShare)
    WholeShares,     // the same, rounded down to whole shares (and fits the minimum)
    FixedUnits,      // `value` units; the order is rejected when cash does not cover it
    PercentEquity,   // `value` percent of equity, fractional, capped by cash
};

struct Sizing
{
    SizingMode mode = SizingMode::AllInFractional;
    double value = 0; // units for FixedUnits, percent for PercentEquity
};

// Costs charged on every fill. Commission = max(minimum, c x |qty| x price +
// perShare x |qty|); slippage moves the fill price against the trader by
// slippageBps / 10,000 of the reference price.
// The commission a backtest starts with where a person does not give one
// (the lab's form, the advisor's tools): 0.10 % of the traded value. The
// engine's own CostModel default stays 0 so that a bare config is cost-free.
inline constexpr double kDefaultCommission = 0.001;

struct CostModel
{
    double commission = 0;
    double perShare = 0;
    double minimum = 0;
    double slippageBps = 0;
};

struct BacktestConfig
{
    double cash = 100000;
    CostModel costs;
    Sizing sizing;
    FillTiming fill = FillTiming::NextOpen;
    bool allowShort = false;
    // Fractions of the entry fill price (0 = off), checked on each close like
    // any other decision, so the exit fills at the next open.
    double stopLoss = 0;
    double takeProfit = 0;
    double trailingStop = 0; // from the best close since entry
    // Stops as distances in price, one value per bar of the whole series
    // (empty = off; NaN or <= 0 at a bar = off there), made by a strategy
    // that states them (a rule's `stop = 2 * atr(14)`, core/rules). The
    // stop-loss and take-profit distances are read at the bar whose close
    // decided the entry and hold for the trade; the trailing distance is
    // read at each close, below (long) or above (short) the best close.
    // Not owned: the arrays outlive the run (Backtester, Optimizer and
    // WalkForward keep them next to the signals).
    std::span<const double> stopLossDistance;
    std::span<const double> takeProfitDistance;
    std::span<const double> trailingDistance;
};

// The owned arrays behind BacktestConfig's distance stops.
struct StopDistances
{
    std::vector<double> stopLoss, takeProfit, trailing;
    bool any() const { return !stopLoss.empty() || !takeProfit.empty() || !trailing.empty(); }
    // `config` reading these arrays.
    void applyTo(BacktestConfig &config) const
    {
        config.stopLossDistance = stopLoss;
        config.takeProfitDistance = takeProfit;
        config.trailingDistance = trailing;
    }
};

enum class FillReason : std::uint8_t
{
    Signal,
    StopLoss,
    TakeProfit,
    TrailingStop
};
const char *fillReasonName(FillReason r);

struct Fill
{
    std::size_t bar = 0;
    TimestampMs time = 0;
    int asset = 0;
    double quantity = 0; // signed: + buy, - sell
    double price = 0;    // after slippage
    double commission = 0;
    double slippage = 0; // |qty| x |fill price - reference price|
    FillReason reason = FillReason::Signal;
};

struct Trade
{
    int asset = 0;
    std::size_t entryBar = 0;
    std::size_t exitBar = 0;
    TimestampMs entryTime = 0;
    TimestampMs exitTime = 0;
    double entryPrice = 0;
    double exitPrice = 0;
    double quantity = 0;  // signed: + long, - short
    double pnl = 0;       // net of both commissions
    double costs = 0;     // both commissions
    double returnPct = 0; // pnl / (|qty| x entry price) x 100
    FillReason exitReason = FillReason::Signal;
};

struct OpenPosition
{
    int asset = 0;
    std::size_t entryBar = 0;
    TimestampMs entryTime = 0;
    double entryPrice = 0;
    double quantity = 0;
    double lastPrice = 0;     // the last close, at which it is valued
    double unrealizedPnl = 0; // net of the entry commission
};

// Trade statistics gathered while simulating, also in the light mode used by
// sweeps (which stores no fills or trades).
struct TradeTally
{
    std::size_t closedTrades = 0;
    std::size_t wins = 0;
    std::size_t losses = 0;
    double grossProfit = 0;
    double grossLoss = 0; // positive number
    double bestTrade = 0;
    double worstTrade = 0;
    std::size_t barsInMarket = 0;
    std::size_t fills = 0;
    std::size_t rejectedOrders = 0;
    double totalCosts = 0;
};

struct BacktestResult
{
    std::vector<Fill> fills;
    std::vector<Trade> trades;
    std::vector<OpenPosition> openPositions;
    std::vector<TimestampMs> time; // per simulated bar
    std::vector<double> equity;    // cash + positions at each close
    double initialCash = 0;
    double finalCash = 0;
    double finalEquity = 0;
    TradeTally tally;
    bool optimisticFills = false; // true when FillTiming::Close was used
};

} // namespace sn::bt
