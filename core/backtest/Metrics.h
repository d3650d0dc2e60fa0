#pragma once

#include "core/analytics/ReturnStats.h"
#include "core/backtest/BacktestTypes.h"
#include "core/common/Result.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sn::bt {

// The metrics a backtest, a sweep row or a walk-forward window reports.
// Return statistics (volatility, Sharpe, Sortino, Calmar, drawdown, beta,
// alpha) come from the shared kernel sn::ReturnStats under a named
// sn::Convention; the trade statistics are computed here. A field without a
// value is not defined for this run (no trades, no losses, zero deviation).
struct BacktestMetrics
{
    double initialEquity = 0;
    double finalEquity = 0;
    double totalReturn = 0; // final / initial - 1
    std::optional<double> cagr;
    std::optional<double> annualVolatility;
    std::optional<double> sharpe;
    std::optional<double> sortino;
    std::optional<double> calmar;
    double maxDrawdown = 0; // depth as a fraction, 0.25 = -25 %
    TimestampMs drawdownStart = 0;
    TimestampMs drawdownTrough = 0;
    std::optional<TimestampMs> drawdownRecovery;
    std::size_t drawdownDurationBars = 0;
    double exposure = 0; // fraction of bars with a position at the close
    std::size_t trades = 0;
    std::optional<double> winRate;
    std::optional<double> profitFactor;
    std::optional<double> averageWin;
    std::optional<double> averageLoss; // positive number
    std::optional<double> expectancy;  // mean net pnl per closed trade
    std::optional<double> bestTrade;
    std::optional<double> worstTrade;
    std::optional<double> beta; // against buy & hold of the same instrument
    std::optional<double> alpha;
    std::size_t bars = 0;
};

// Metrics a sweep can rank by. Higher is better except where noted.
enum class Metric
{
    FinalEquity,
    TotalReturn,
    Cagr,
    AnnualVolatility /* lower */,
    Sharpe,
    Sortino,
    Calmar,
    MaxDrawdown /* lower */,
    Exposure,
    Trades,
    WinRate,
    ProfitFactor,
    Expectancy,
};

struct MetricExplanation
{
    std::string name;
    std::string formula;
    std::string convention;
};

class Metrics
{
public:
    // `benchmarkEquity` (same length as result.equity, may be empty) is the
    // buy & hold equity for beta/alpha.
    static BacktestMetrics compute(const BacktestResult &result, std::span<const double> benchmarkEquity,
                                   const Convention &convention);

    // The same from the parts a light sweep run keeps. `equity` is per bar;
    // `returnsScratch` is caller-owned (size >= equity.size()) so a sweep
    // allocates nothing per combination.
    static BacktestMetrics compute(double initialCash, std::span<const double> equity,
                                   std::span<const TimestampMs> time, const TradeTally &tally,
                                   std::span<const double> benchmarkReturns, const Convention &convention,
                                   std::span<double> returnsScratch);

    // Only what a sweep row needs: the trade tally metrics, total return,
    // CAGR, and `metric` itself (one ReturnStats call when it is a return
    // statistic), so a 7,925-point sweep does not compute ten statistics per
    // point that nobody ranks by.
    static BacktestMetrics computeFor(Metric metric, double initialCash, std::span<const double> equity,
                                      std::span<const TimestampMs> time, const TradeTally &tally,
                                      const Convention &convention, std::span<double> returnsScratch);

    static std::optional<double> value(const BacktestMetrics &m, Metric metric);
    static bool higherIsBetter(Metric metric);
    static const char *name(Metric metric);
    static std::vector<Metric> all();
    // By name ("sharpe", "total_return", ...); the error lists the known names.
    static Result<Metric> fromName(std::string_view name);

    // Every metric's formula and convention, for `--explain`.
    static std::vector<MetricExplanation> explain(const Convention &convention);
};

} // namespace sn::bt
