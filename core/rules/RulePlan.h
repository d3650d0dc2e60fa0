#pragma once

#include "core/backtest/BacktestTypes.h"
#include "core/backtest/IndicatorCache.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace sn::rules {

// What one plan node computes. Scalar ops (S*) are evaluated once per run
// from the parameters; every other op is one whole-array kernel over the
// series. There is no per-bar dispatch: a run is a loop over nodes, each of
// which is a plain loop over bars.
enum class Op : std::uint8_t
{
    // scalars
    SConst,
    SParam,
    SNeg,
    SAdd,
    SSub,
    SMul,
    SDiv,
    SLt,
    SLe,
    SGt,
    SGe,
    SEq,
    SNe,
    SAnd,
    SOr,
    SNot,
    SIf,
    SAbs,
    SMin,
    SMax,
    // price series
    Open,
    High,
    Low,
    Close,
    Volume,
    // indicators (cached when their input is a price series the cache holds)
    Sma,
    Ema,
    Wma,
    Rsi,
    Roc,
    MacdLine,
    MacdSignal,
    MacdHist,
    BbMid,
    BbUpper,
    BbLower,
    Atr,
    StochK,
    StochD,
    Obv,
    Highest,
    Lowest,
    Sum,
    // element-wise (an operand may be a scalar node: broadcast)
    Neg,
    Add,
    Sub,
    Mul,
    Div,
    Abs,
    Min,
    Max,
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
    And,
    Or,
    Not,
    If,
    // over time
    Lag,
    CrossAbove,
    CrossBelow,
    BarsSince,
};

bool isScalarOp(Op op);
// One scalar op on its operands' values (constant folding and runs alike).
double applyScalar(Op op, double a, double b, double c);

struct PlanNode
{
    Op op = Op::SConst;
    bool series = false;                            // false: a scalar fixed for the run
    bool boolean = false;                           // a condition (0/1) rather than a number
    std::array<std::int32_t, 4> in{-1, -1, -1, -1}; // operand nodes
    double constant = 0;                            // SConst
    int param = -1;                                 // SParam: index into the parameter values
    // Served by the shared IndicatorCache (no buffer of its own).
    bool cached = false;
    bt::IndicatorCache::Kind cacheKind = bt::IndicatorCache::Kind::Sma;
    int slot = -1; // buffer in the run's arena (number or condition arena), -1 when none
    // CrossAbove / CrossBelow: the node crossing the same two series the
    // other way, made in the same pass (-1 when the rule has none).
    int partner = -1;
};

// A compiled rule: nodes in dependency order (operands before users), the
// four signal roots and the stop scalars. Buffers are assigned at compile
// time and reused once a node's last reader has run, so a run allocates at
// most numberSlots + conditionSlots arrays, whatever the rule's length.
struct RulePlan
{
    std::vector<PlanNode> nodes;
    int entry = -1, exit = -1, shortEntry = -1, shortExit = -1; // condition nodes (-1: never)
    int stopLoss = -1, takeProfit = -1, trailingStop = -1;      // scalar nodes (-1: off)
    // `stop`, `target`, `trail`: distances in price, number nodes (series
    // or scalar, -1: off). Their buffers are never reused within a run.
    int stopDistance = -1, takeProfitDistance = -1, trailingDistance = -1;
    int numberSlots = 0;
    int conditionSlots = 0;

    // SignalFlag bits for every bar of the cache's series.
    void run(std::span<const double> params, bt::IndicatorCache &cache, std::span<std::uint8_t> out) const;
    // Every scalar node's value for these parameters (non-scalars NaN).
    std::vector<double> scalars(std::span<const double> params) const;
    void scalarsInto(std::span<const double> params, std::vector<double> &values) const;
    // The distance stops' values for every bar of the cache's series (each
    // array left empty when the rule states no such stop; buffers reused).
    void stopDistancesInto(std::span<const double> params, bt::IndicatorCache &cache,
                           bt::StopDistances &out) const;
    bool statesStopDistances() const
    {
        return stopDistance >= 0 || takeProfitDistance >= 0 || trailingDistance >= 0;
    }
    // Bars before the first bar any signal root can be true.
    std::size_t warmup(std::span<const double> params) const;
    // Values of one number node over the series (for tests and the chart).
    std::vector<double> evaluate(int node, std::span<const double> params, bt::IndicatorCache &cache) const;
};

} // namespace sn::rules
