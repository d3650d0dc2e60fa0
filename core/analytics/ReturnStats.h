#pragma once

#include "core/common/Result.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sn {

// How the periodic-return statistics are defined. The same series gives
// different "Sharpe ratios" in different tools because each tool picks its
// own annualisation, deviation and risk-free handling; a Convention names
// those choices so every number can be reproduced and explained.
// Profiles: Convention::supernova(), ::vectorbt(), ::backtrader(), ::lean().
struct Convention
{
    // How the annual risk-free rate becomes a per-period rate.
    enum class RiskFree
    {
        Compounded, // (1 + rf)^(1/P) - 1 (supernova, backtrader's convertrate)
        Divided,    // rf / P (vectorbt takes a per-period rate; an annual one is split evenly)
    };
    // How the annual return is obtained from the periodic returns.
    enum class AnnualReturn
    {
        Geometric,      // (prod(1 + r))^(P/n) - 1 (supernova, vectorbt, backtrader)
        CompoundedMean, // (1 + mean(r))^P - 1 (Lean's AnnualPerformance)
    };
    // How the Sharpe ratio is formed.
    enum class Sharpe
    {
        MeanExcessOverDeviation,   // mean(r - rf_p) / sd(r - rf_p) [* sqrt(P)]
        AnnualExcessOverAnnualVol, // (annualReturn - rf) / (sd(r) * sqrt(P)) (Lean)
    };
    // How the downside deviation of the Sortino ratio is formed.
    enum class Sortino
    {
        // sqrt(sum(min(r - rf_p, 0)^2) / n) * sqrt(P); numerator mean(r - rf_p) * P
        // (target downside deviation over all n observations: supernova, vectorbt)
        TargetDownsideDeviation,
        // sqrt(P * sampleVariance({r : r < 0})); numerator annualReturn - rf (Lean)
        NegativeReturnsSampleVariance,
    };
    // How alpha against a benchmark is formed.
    enum class Alpha
    {
        JensenArithmetic, // (mean(r - rf_p) - beta * mean(b - rf_p)) * P (supernova, backtrader)
        CompoundedDaily,  // (1 + mean((r - rf_p) - beta * (b - rf_p)))^P - 1 (vectorbt)
        Capm,             // annualReturn(r) - (rf + beta * (annualReturn(b) - rf)) (Lean)
    };

    std::string name = "supernova";
    double periodsPerYear = 252.0; // P
    int ddof = 1;                  // 1 = sample deviation, 0 = population
    double riskFreeAnnual = 0.0;   // annual rate, 0.02 = 2 %
    RiskFree riskFree = RiskFree::Compounded;
    AnnualReturn annualReturn = AnnualReturn::Geometric;
    Sharpe sharpe = Sharpe::MeanExcessOverDeviation;
    bool annualiseSharpe = true; // multiply the per-period Sharpe by sqrt(P)
    Sortino sortino = Sortino::TargetDownsideDeviation;
    // How the information ratio is formed (a = r - b, TE = tracking error).
    enum class InformationRatio
    {
        AnnualisedActiveMean,   // mean(a) * P / TE (supernova, backtrader)
        PerPeriod,              // mean(a) / sd(a), not annualised (vectorbt)
        AnnualReturnDifference, // (annualReturn(r) - annualReturn(b)) / TE (Lean)
    };
    Alpha alpha = Alpha::JensenArithmetic;
    InformationRatio informationRatio = InformationRatio::AnnualisedActiveMean;

    // 252 periods, sample deviation (ddof 1), the risk-free rate from settings
    // compounded down to a per-period rate.
    static Convention supernova(double riskFreeAnnual = 0.0);
    // vectorbt's returns accessor defaults: ann_factor 365 for daily data,
    // ddof 1, per-period risk_free (annual / 365 here), sortino over the
    // target downside deviation, alpha compounded from the daily mean.
    static Convention vectorbt(double riskFreeAnnual = 0.0);
    // backtrader's SharpeRatio analyzer on daily returns (timeframe Days,
    // factor 252, convertrate, annualize=True as in SharpeRatio_A): population
    // deviation (stddev_sample=False), rf_p = (1 + rf)^(1/252) - 1.
    static Convention backtrader(double riskFreeAnnual = 0.0);
    // QuantConnect Lean's PortfolioStatistics: 252 days, sample variance,
    // annual performance (1 + mean)^252 - 1, Sortino from the sample variance
    // of the negative returns only.
    static Convention lean(double riskFreeAnnual = 0.0);

    // By name ("supernova", "vectorbt", "backtrader", "lean"); an unknown name
    // is an InvalidArgument error that lists the known ones.
    static Result<Convention> byName(std::string_view name, double riskFreeAnnual = 0.0);
    static std::vector<std::string> profileNames();

    // The per-period risk-free rate rf_p under this convention.
    double riskFreePerPeriod() const;
};

// The largest peak-to-trough fall of an equity curve. Indices are into the
// equity array (for a return series, index 0 is the start value before the
// first return, index i the value after return i-1).
struct Drawdown
{
    double depth = 0.0;        // fraction of the peak lost, 0.25 = -25 %; 0 when none
    std::size_t peakIndex = 0; // last high before the trough
    std::size_t troughIndex = 0;
    std::optional<std::size_t> recoveryIndex; // first index back at or above the peak
    std::size_t durationPeriods = 0;          // peak to recovery, or peak to the last point if not recovered
    bool recovered() const { return recoveryIndex.has_value(); }
};

// Every statistic at once; a field without a value is "not defined" for this
// input (too few observations, zero deviation, no benchmark), never NaN.
struct ReturnSummary
{
    std::size_t observations = 0;
    std::optional<double> totalReturn;
    std::optional<double> annualReturn;
    std::optional<double> annualVolatility;
    std::optional<double> sharpe;
    std::optional<double> sortino;
    std::optional<double> calmar;
    Drawdown maxDrawdown;
    std::optional<double> beta;
    std::optional<double> alpha;
    std::optional<double> trackingError;
    std::optional<double> informationRatio;
};

// Statistics over periodic simple returns (0.01 = +1 %). Each function is
// a pure kernel: it returns std::nullopt when the statistic is not defined
// for the input (fewer observations than it needs, zero deviation, a
// non-finite value in the input, mismatched benchmark length), never NaN.
// compute() validates up front and says what is wrong.
class ReturnStats
{
public:
    enum class Metric
    {
        TotalReturn,
        AnnualReturn,
        Cagr,
        AnnualVolatility,
        Sharpe,
        Sortino,
        Calmar,
        MaxDrawdown,
        Beta,
        Alpha,
        TrackingError,
        InformationRatio,
    };

    static std::optional<double> totalReturn(std::span<const double> returns);
    static std::optional<double> annualReturn(std::span<const double> returns, const Convention &c);
    // Compound annual growth from a start and end value over `years` (> 0).
    static std::optional<double> cagr(double startValue, double endValue, double years);
    static std::optional<double> annualVolatility(std::span<const double> returns, const Convention &c);
    static std::optional<double> sharpe(std::span<const double> returns, const Convention &c);
    static std::optional<double> sortino(std::span<const double> returns, const Convention &c);
    // annualReturn / |max drawdown|; not defined without a drawdown.
    static std::optional<double> calmar(std::span<const double> returns, const Convention &c);
    static std::optional<Drawdown> maxDrawdownOfEquity(std::span<const double> equity);
    static std::optional<Drawdown> maxDrawdownOfReturns(std::span<const double> returns);
    // cov(r, b) / var(b), the same ddof in both (so it cancels).
    static std::optional<double> beta(std::span<const double> returns, std::span<const double> benchmark,
                                      const Convention &c);
    static std::optional<double> alpha(std::span<const double> returns, std::span<const double> benchmark,
                                       const Convention &c);
    // sd(r - b) * sqrt(P) with the convention's ddof.
    static std::optional<double> trackingError(std::span<const double> returns,
                                               std::span<const double> benchmark, const Convention &c);
    static std::optional<double> informationRatio(std::span<const double> returns,
                                                  std::span<const double> benchmark, const Convention &c);

    // Sharpe ratio of each trailing window of `window` returns under the
    // convention, both inputs of every window taken from the same periods
    // (out[i] covers returns[i + 1 - window .. i]; the first window - 1 entries
    // are not defined). Running sums, no allocation per window.
    static std::vector<std::optional<double>> rollingSharpe(std::span<const double> returns,
                                                            std::size_t window, const Convention &c);

    // Simple returns v[i+1]/v[i] - 1 of an equity curve; an error names the
    // first non-finite or non-positive value.
    static Result<std::vector<double>> returnsFromEquity(std::span<const double> equity);

    // All statistics; `benchmark` may be empty. Errors: no returns, a
    // non-finite return (names its index), a benchmark of another length.
    static Result<ReturnSummary> compute(std::span<const double> returns, std::span<const double> benchmark,
                                         const Convention &c);

    // The formula and convention behind a metric, for --explain.
    static std::string explain(Metric metric, const Convention &c);
    static const char *metricName(Metric metric);
    static std::vector<Metric> allMetrics();
};

} // namespace sn
