#pragma once

#include "core/analytics/ReturnStats.h"
#include "core/analytics/Valuation.h"
#include "core/common/Result.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace sn {

// Time- and money-weighted performance, as Portfolio Performance defines it:
//  daily r = (MVE + CFout) / (MVB + CFin) - 1 (inflows at the start of the day,
//  outflows at its end, MVB = the previous day's MVE); TTWROR = prod(1 + r) - 1;
//  annualised (1 + TTWROR)^(365 / days) - 1; IRR solves
//  MVB (1 + IRR)^(RD / 365) + sum CF_t (1 + IRR)^(RD_t / 365) = MVE, RD = days remaining.
class Performance
{
public:
    struct CashFlow
    {
        double daysRemaining = 0; // RD_t: days from the flow to the end of the period
        double amount = 0;        // positive into the portfolio, negative out
    };

    struct Irr
    {
        std::optional<double> rate; // nullopt: no solution
        int iterations = 0;
        bool bracketed = false; // Newton failed and the bracketing fallback found it
        std::string message;    // why there is no solution
    };

    struct PeriodReturn
    {
        int year = 0;
        int month = 0; // 1..12; 0 in the yearly table
        double value = 0.0;
        std::size_t days = 0;
    };

    struct Contribution
    {
        std::string symbol;
        double value = 0.0; // sum over days of the position's gain / (MVB + CFin)
    };

    struct BenchmarkComparison
    {
        std::size_t periods = 0; // benchmark trading days compared
        double portfolioReturn = 0.0;
        double benchmarkReturn = 0.0;
        std::optional<double> beta;
        std::optional<double> alpha;
        std::optional<double> trackingError;
        std::optional<double> informationRatio;
    };

    // Daily returns by the formula above. A day whose MVB + CFin is zero has
    // r = 0 when MVE + CFout is zero too (nothing invested yet) and is an error
    // otherwise (a value appeared from nothing: names the day index).
    static Result<std::vector<double>> dailyReturns(std::span<const double> mve,
                                                    std::span<const double> inflow,
                                                    std::span<const double> outflow, double mvBefore = 0.0);
    static double ttwror(std::span<const double> daily);
    // Not defined for days <= 0 or a total loss beyond -100 %.
    static std::optional<double> annualised(double ttwror, double days);

    // Newton from a first guess, with a bisection fallback on a bracket
    // [-0.999999, up to 1e6]; a period of zero days or no sign change has no solution.
    static Irr irr(double mvBegin, double mvEnd, double periodDays, std::span<const CashFlow> flows);
    // IRR of days [begin, end] of a valuation; MVB is the value at the end of day begin-1.
    static Irr irr(const Valuation &v, std::size_t begin, std::size_t end);

    // Calendar months / years of the daily returns compounded (partial first
    // and last periods included; `days` counts the returns in each).
    static std::vector<PeriodReturn> monthlyReturns(std::span<const TimestampMs> days,
                                                    std::span<const double> daily);
    static std::vector<PeriodReturn> yearlyReturns(std::span<const TimestampMs> days,
                                                   std::span<const double> daily);

    // Each position's contribution: sum over days of (V_d - V_(d-1) - flow_d) / (MVB_d + CFin_d).
    // The contributions plus cash effects (interest, fees, FX on cash) add up
    // to the sum of the daily returns.
    static std::vector<Contribution> contributions(const Valuation &v);

    // Compares on the benchmark's trading days: portfolio daily returns are
    // compounded between consecutive benchmark dates, so both series have one
    // return per benchmark period, then ReturnStats under `c` gives beta, alpha,
    // tracking error and information ratio. Errors: fewer than two common periods.
    static Result<BenchmarkComparison> compareWithBenchmark(std::span<const TimestampMs> days,
                                                            std::span<const double> daily,
                                                            const DailySeries &benchmark,
                                                            const Convention &c);

    static std::string explainTtwror();
    static std::string explainIrr();
};

} // namespace sn
