#include "core/backtest/Metrics.h"

#include "core/common/HugePages.h"

#include <cmath>
#include <cstring>
#include <limits>

namespace sn::bt {

namespace {

constexpr double kMsPerYear = 365.25 * 86400000.0;

// Returns of [initialCash, equity...] into `out`; false when a value is not
// positive (a ruined short), where return statistics are not defined.
bool fillReturns(double initialCash, std::span<const double> equity, std::span<double> out)
{
    const std::size_t n = equity.size();
    if (n == 0)
        return true;
    if (!(initialCash > 0) || !std::isfinite(equity[n - 1]))
        return false;
    // Two bars per step, dividing and checking that each divisor is
    // positive and finite as two-lane vectors (a sweep calls this for every
    // combination; a scalar early-exit loop cost as much as the statistic).
    using V2 = double __attribute__((vector_size(16)));
    constexpr double kMax = std::numeric_limits<double>::max();
    const V2 zero{0.0, 0.0}, one{1.0, 1.0};
    // The smallest divisor, and 0 x every divisor (NaN once one is not finite).
    V2 lowest{kMax, kMax}, nonFinite{0.0, 0.0};
    const double *e = equity.data();
    double *o = out.data();
    o[0] = e[0] / initialCash - 1.0;
    std::size_t i = 1;
    for (; i + 2 <= n; i += 2) {
        V2 prev, cur;
        std::memcpy(&prev, e + i - 1, sizeof prev);
        std::memcpy(&cur, e + i, sizeof cur);
        lowest = prev < lowest ? prev : lowest;
        nonFinite += prev * zero;
        const V2 r = cur / prev - one;
        std::memcpy(o + i, &r, sizeof r);
    }
    bool ok = lowest[0] > 0 && lowest[1] > 0 && nonFinite[0] == 0 && nonFinite[1] == 0;
    for (; i < n; ++i) {
        ok = ok && e[i - 1] > 0 && e[i - 1] <= kMax;
        o[i] = e[i] / e[i - 1] - 1.0;
    }
    return ok;
}

} // namespace

BacktestMetrics Metrics::compute(const BacktestResult &result, std::span<const double> benchmarkEquity,
                                 const Convention &convention)
{
    std::vector<double> scratch;
    resizeLarge(scratch, result.equity.size());
    std::vector<double> bench;
    if (benchmarkEquity.size() == result.equity.size() && !benchmarkEquity.empty()) {
        resizeLarge(bench, benchmarkEquity.size());
        if (!fillReturns(result.initialCash, benchmarkEquity, bench))
            bench.clear();
    }
    return compute(result.initialCash, result.equity, result.time, result.tally, bench, convention, scratch);
}

BacktestMetrics Metrics::compute(double initialCash, std::span<const double> equity,
                                 std::span<const TimestampMs> time, const TradeTally &tally,
                                 std::span<const double> benchmarkReturns, const Convention &convention,
                                 std::span<double> returnsScratch)
{
    BacktestMetrics m;
    const std::size_t n = equity.size();
    m.bars = n;
    m.initialEquity = initialCash;
    m.finalEquity = n ? equity[n - 1] : initialCash;
    m.totalReturn = m.finalEquity / initialCash - 1.0;
    if (n >= 2 && time.size() == n) {
        const double years = double(time[n - 1] - time[0]) / kMsPerYear;
        m.cagr = ReturnStats::cagr(initialCash, m.finalEquity, years);
    }
    m.exposure = n ? double(tally.barsInMarket) / double(n) : 0.0;
    m.trades = tally.closedTrades;
    if (tally.closedTrades > 0) {
        const double trades = double(tally.closedTrades);
        m.winRate = double(tally.wins) / trades;
        m.expectancy = (tally.grossProfit - tally.grossLoss) / trades;
        m.bestTrade = tally.bestTrade;
        m.worstTrade = tally.worstTrade;
        if (tally.grossLoss > 0)
            m.profitFactor = tally.grossProfit / tally.grossLoss;
        if (tally.wins > 0)
            m.averageWin = tally.grossProfit / double(tally.wins);
        if (tally.losses > 0)
            m.averageLoss = tally.grossLoss / double(tally.losses);
    }
    auto returns = returnsScratch.first(n);
    if (n == 0 || !fillReturns(initialCash, equity, returns))
        return m;
    m.annualVolatility = ReturnStats::annualVolatility(returns, convention);
    m.sharpe = ReturnStats::sharpe(returns, convention);
    m.sortino = ReturnStats::sortino(returns, convention);
    m.calmar = ReturnStats::calmar(returns, convention);
    if (auto dd = ReturnStats::maxDrawdownOfReturns(returns)) {
        // Index 0 is the starting cash before the first bar; index i is bar i-1.
        auto at = [&](std::size_t i) { return time.empty() ? TimestampMs(0) : time[i == 0 ? 0 : i - 1]; };
        m.maxDrawdown = dd->depth;
        m.drawdownStart = at(dd->peakIndex);
        m.drawdownTrough = at(dd->troughIndex);
        if (dd->recoveryIndex)
            m.drawdownRecovery = at(*dd->recoveryIndex);
        m.drawdownDurationBars = dd->durationPeriods;
    }
    if (benchmarkReturns.size() == n) {
        m.beta = ReturnStats::beta(returns, benchmarkReturns, convention);
        m.alpha = ReturnStats::alpha(returns, benchmarkReturns, convention);
    }
    return m;
}

BacktestMetrics Metrics::computeFor(Metric metric, double initialCash, std::span<const double> equity,
                                    std::span<const TimestampMs> time, const TradeTally &tally,
                                    const Convention &c, std::span<double> returnsScratch)
{
    // The tally part only: an empty equity span skips the return statistics.
    BacktestMetrics m = compute(initialCash, {}, {}, tally, {}, c, returnsScratch);
    const std::size_t n = equity.size();
    m.bars = n;
    m.finalEquity = n ? equity[n - 1] : initialCash;
    m.totalReturn = m.finalEquity / initialCash - 1.0;
    m.exposure = n ? double(tally.barsInMarket) / double(n) : 0.0;
    if (n >= 2 && time.size() == n)
        m.cagr = ReturnStats::cagr(initialCash, m.finalEquity, double(time[n - 1] - time[0]) / kMsPerYear);
    const bool needsReturns = metric == Metric::AnnualVolatility || metric == Metric::Sharpe ||
                              metric == Metric::Sortino || metric == Metric::Calmar ||
                              metric == Metric::MaxDrawdown;
    if (!needsReturns || n == 0)
        return m;
    auto returns = returnsScratch.first(n);
    if (!fillReturns(initialCash, equity, returns))
        return m;
    switch (metric) {
    case Metric::AnnualVolatility:
        m.annualVolatility = ReturnStats::annualVolatility(returns, c);
        break;
    case Metric::Sharpe:
        m.sharpe = ReturnStats::sharpe(returns, c);
        break;
    case Metric::Sortino:
        m.sortino = ReturnStats::sortino(returns, c);
        break;
    case Metric::Calmar:
        m.calmar = ReturnStats::calmar(returns, c);
        break;
    case Metric::MaxDrawdown:
        if (auto dd = ReturnStats::maxDrawdownOfReturns(returns))
            m.maxDrawdown = dd->depth;
        break;
    default:
        break;
    }
    return m;
}

std::optional<double> Metrics::value(const BacktestMetrics &m, Metric metric)
{
    switch (metric) {
    case Metric::FinalEquity:
        return m.finalEquity;
    case Metric::TotalReturn:
        return m.totalReturn;
    case Metric::Cagr:
        return m.cagr;
    case Metric::AnnualVolatility:
        return m.annualVolatility;
    case Metric::Sharpe:
        return m.sharpe;
    case Metric::Sortino:
        return m.sortino;
    case Metric::Calmar:
        return m.calmar;
    case Metric::MaxDrawdown:
        return m.maxDrawdown;
    case Metric::Exposure:
        return m.exposure;
    case Metric::Trades:
        return double(m.trades);
    case Metric::WinRate:
        return m.winRate;
    case Metric::ProfitFactor:
        return m.profitFactor;
    case Metric::Expectancy:
        return m.expectancy;
    }
    return std::nullopt;
}

bool Metrics::higherIsBetter(Metric metric)
{
    return metric != Metric::MaxDrawdown && metric != Metric::AnnualVolatility;
}

const char *Metrics::name(Metric metric)
{
    switch (metric) {
    case Metric::FinalEquity:
        return "final_equity";
    case Metric::TotalReturn:
        return "total_return";
    case Metric::Cagr:
        return "cagr";
    case Metric::AnnualVolatility:
        return "annual_volatility";
    case Metric::Sharpe:
        return "sharpe";
    case Metric::Sortino:
        return "sortino";
    case Metric::Calmar:
        return "calmar";
    case Metric::MaxDrawdown:
        return "max_drawdown";
    case Metric::Exposure:
        return "exposure";
    case Metric::Trades:
        return "trades";
    case Metric::WinRate:
        return "win_rate";
    case Metric::ProfitFactor:
        return "profit_factor";
    case Metric::Expectancy:
        return "expectancy";
    }
    return "final_equity";
}

std::vector<Metric> Metrics::all()
{
    return {Metric::FinalEquity, Metric::TotalReturn, Metric::Cagr,    Metric::AnnualVolatility,
            Metric::Sharpe,      Metric::Sortino,     Metric::Calmar,  Metric::MaxDrawdown,
            Metric::Exposure,    Metric::Trades,      Metric::WinRate, Metric::ProfitFactor,
            Metric::Expectancy};
}

Result<Metric> Metrics::fromName(std::string_view name)
{
    std::string known;
    for (Metric m : all()) {
        if (name == Metrics::name(m))
            return m;
        if (!known.empty())
            known += ", ";
        known += Metrics::name(m);
    }
    return makeError(ErrorCode::InvalidArgument,
                     "unknown metric '" + std::string(name) + "' (known: " + known + ")", "metric");
}

std::vector<MetricExplanation> Metrics::explain(const Convention &c)
{
    using RS = ReturnStats::Metric;
    const std::string returnsNote =
        "periodic returns r of the equity curve [starting cash, close of each bar]";
    std::vector<MetricExplanation> out{
        {"final_equity", "cash + positions valued at the last close",
         "an open position is valued at the last close"},
        {"total_return", "final_equity / starting_cash - 1", ""},
        {"cagr", "(final / start)^(1 / years) - 1",
         "years = calendar days between the first and last bar / 365.25"},
        {"annual_volatility", ReturnStats::explain(RS::AnnualVolatility, c), returnsNote},
        {"sharpe", ReturnStats::explain(RS::Sharpe, c), returnsNote},
        {"sortino", ReturnStats::explain(RS::Sortino, c), returnsNote},
        {"calmar", ReturnStats::explain(RS::Calmar, c), returnsNote},
        {"max_drawdown", ReturnStats::explain(RS::MaxDrawdown, c),
         "depth as a fraction of the peak; start = the peak's bar, trough, recovery = first bar back at the "
         "peak, "
         "duration = bars from peak to recovery (or to the last bar)"},
        {"exposure", "bars with a position at the close / bars", ""},
        {"trades", "closed round trips", "a position still open at the end is reported as open, not counted"},
        {"win_rate", "trades with net pnl > 0 / trades", "pnl net of both commissions"},
        {"profit_factor", "sum of winning pnl / |sum of losing pnl|", "not defined without a losing trade"},
        {"average_win / average_loss", "sum of winning (losing) pnl / their count", "pnl net of commissions"},
        {"expectancy", "sum of trade pnl / trades", "currency per trade, net of commissions"},
        {"best_trade / worst_trade", "largest / smallest trade pnl", "currency, net of commissions"},
        {"beta", ReturnStats::explain(RS::Beta, c),
         "benchmark: buy & hold of the same instrument, same costs"},
        {"alpha", ReturnStats::explain(RS::Alpha, c),
         "benchmark: buy & hold of the same instrument, same costs"},
    };
    return out;
}

} // namespace sn::bt
