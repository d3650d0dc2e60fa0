#include "core/analytics/ReturnStats.h"

#include "core/common/UserText.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace sn {

namespace {

// Deviations at or below this (relative to the mean's scale) are treated as
// zero: a constant series computed in floating point leaves ~1e-18 residue
// that would otherwise turn into a ratio of 1e16.
bool negligible(double deviation, double scale)
{
    return !(deviation > 1e-12 * (1.0 + std::fabs(scale)));
}

bool allFinite(std::span<const double> x)
{
    return std::all_of(x.begin(), x.end(), [](double v) { return std::isfinite(v); });
}

double mean(std::span<const double> x)
{
    double s = 0.0;
    for (double v : x)
        s += v;
    return s / static_cast<double>(x.size());
}

// Deviation of x - shift with `ddof`; nullopt when n <= ddof or n < 2.
std::optional<double> deviation(std::span<const double> x, int ddof)
{
    const std::size_t n = x.size();
    if (n < 2 || n <= static_cast<std::size_t>(ddof) || ddof < 0)
        return std::nullopt;
    const double m = mean(x);
    double ss = 0.0;
    for (double v : x)
        ss += (v - m) * (v - m);
    return std::sqrt(ss / static_cast<double>(n - static_cast<std::size_t>(ddof)));
}

// Allocation-free kernels for the statistics a parameter sweep ranks by
// (called once per combination over thousands of returns). Four interleaved
// partial sums break the loop-carried add chain; they differ from one
// running sum by rounding only (and are, if anything, more accurate).

// Sum of x[i] - shift. A non-finite input makes the sum non-finite, so the
// caller's finiteness check of the result replaces a separate pass (finite
// inputs whose sum overflows are rejected as well, as before, since their
// mean and deviation were not finite either).
double shiftedSum(std::span<const double> x, double shift)
{
    const std::size_t n = x.size();
    double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        s0 += x[i] - shift;
        s1 += x[i + 1] - shift;
        s2 += x[i + 2] - shift;
        s3 += x[i + 3] - shift;
    }
    for (; i < n; ++i)
        s0 += x[i] - shift;
    return (s0 + s1) + (s2 + s3);
}

// Sum of ((x[i] - shift) - centre)^2.
double shiftedSquares(std::span<const double> x, double shift, double centre)
{
    const std::size_t n = x.size();
    double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
    auto sq = [&](double v) {
        const double d = (v - shift) - centre;
        return d * d;
    };
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        s0 += sq(x[i]);
        s1 += sq(x[i + 1]);
        s2 += sq(x[i + 2]);
        s3 += sq(x[i + 3]);
    }
    for (; i < n; ++i)
        s0 += sq(x[i]);
    return (s0 + s1) + (s2 + s3);
}

// Mean and deviation (with `ddof`) of x - shift in two passes; nullopt when
// n <= ddof, n < 2 or an input is not finite.
struct MeanDeviation
{
    double mean;
    double deviation;
};
std::optional<MeanDeviation> meanDeviation(std::span<const double> x, double shift, int ddof)
{
    const std::size_t n = x.size();
    if (n < 2 || ddof < 0 || n <= static_cast<std::size_t>(ddof))
        return std::nullopt;
    const double sum = shiftedSum(x, shift);
    if (!std::isfinite(sum))
        return std::nullopt;
    const double m = sum / static_cast<double>(n);
    const double ss = shiftedSquares(x, shift, m);
    return MeanDeviation{m, std::sqrt(ss / static_cast<double>(n - static_cast<std::size_t>(ddof)))};
}

bool validPair(std::span<const double> r, std::span<const double> b)
{
    return r.size() == b.size() && r.size() >= 2 && allFinite(r) && allFinite(b);
}

std::vector<double> difference(std::span<const double> r, std::span<const double> b)
{
    std::vector<double> d(r.size());
    for (std::size_t i = 0; i < r.size(); ++i)
        d[i] = r[i] - b[i];
    return d;
}

std::string fmtNum(double v)
{
    return fmt::format("{:g}", v);
}

} // namespace

Convention Convention::supernova(double riskFreeAnnual)
{
    Convention c;
    c.name = "supernova";
    c.riskFreeAnnual = riskFreeAnnual;
    return c;
}

Convention Convention::vectorbt(double riskFreeAnnual)
{
    Convention c;
    c.name = "vectorbt";
    c.periodsPerYear = 365.0;
    c.ddof = 1;
    c.riskFreeAnnual = riskFreeAnnual;
    c.riskFree = RiskFree::Divided;
    c.annualReturn = AnnualReturn::Geometric;
    c.sharpe = Sharpe::MeanExcessOverDeviation;
    c.annualiseSharpe = true;
    c.sortino = Sortino::TargetDownsideDeviation;
    c.alpha = Alpha::CompoundedDaily;
    c.informationRatio = InformationRatio::PerPeriod;
    return c;
}

Convention Convention::backtrader(double riskFreeAnnual)
{
    Convention c;
    c.name = "backtrader";
    c.periodsPerYear = 252.0;
    c.ddof = 0;
    c.riskFreeAnnual = riskFreeAnnual;
    c.riskFree = RiskFree::Compounded;
    c.annualReturn = AnnualReturn::Geometric;
    c.sharpe = Sharpe::MeanExcessOverDeviation;
    c.annualiseSharpe = true;
    c.sortino = Sortino::TargetDownsideDeviation;
    c.alpha = Alpha::JensenArithmetic;
    c.informationRatio = InformationRatio::AnnualisedActiveMean;
    return c;
}

Convention Convention::lean(double riskFreeAnnual)
{
    Convention c;
    c.name = "lean";
    c.periodsPerYear = 252.0;
    c.ddof = 1;
    c.riskFreeAnnual = riskFreeAnnual;
    c.riskFree = RiskFree::Compounded;
    c.annualReturn = AnnualReturn::CompoundedMean;
    c.sharpe = Sharpe::AnnualExcessOverAnnualVol;
    c.annualiseSharpe = true;
    c.sortino = Sortino::NegativeReturnsSampleVariance;
    c.alpha = Alpha::Capm;
    c.informationRatio = InformationRatio::AnnualReturnDifference;
    return c;
}

std::vector<std::string> Convention::profileNames()
{
    return {"supernova", "vectorbt", "backtrader", "lean"};
}

Result<Convention> Convention::byName(std::string_view name, double riskFreeAnnual)
{
    if (name == "supernova")
        return supernova(riskFreeAnnual);
    if (name == "vectorbt")
        return vectorbt(riskFreeAnnual);
    if (name == "backtrader")
        return backtrader(riskFreeAnnual);
    if (name == "lean")
        return lean(riskFreeAnnual);
    return makeError(
        ErrorCode::InvalidArgument,
        SN_TEXT("sn::ReturnStats", "unknown convention '%1' (known: supernova, vectorbt, backtrader, lean)"),
        {name}, "--convention");
}

double Convention::riskFreePerPeriod() const
{
    if (riskFree == RiskFree::Divided)
        return riskFreeAnnual / periodsPerYear;
    return std::pow(1.0 + riskFreeAnnual, 1.0 / periodsPerYear) - 1.0;
}

std::optional<double> ReturnStats::totalReturn(std::span<const double> returns)
{
    if (returns.empty() || !allFinite(returns))
        return std::nullopt;
    double growth = 1.0;
    for (double r : returns)
        growth *= 1.0 + r;
    return growth - 1.0;
}

std::optional<double> ReturnStats::annualReturn(std::span<const double> returns, const Convention &c)
{
    if (returns.empty() || !allFinite(returns) || !(c.periodsPerYear > 0))
        return std::nullopt;
    const double n = static_cast<double>(returns.size());
    if (c.annualReturn == Convention::AnnualReturn::CompoundedMean) {
        const double base = 1.0 + mean(returns);
        if (base < 0)
            return std::nullopt;
        return std::pow(base, c.periodsPerYear) - 1.0;
    }
    double growth = 1.0;
    for (double r : returns)
        growth *= 1.0 + r;
    // A fractional power of a negative growth (a loss beyond -100 %) has no meaning.
    if (growth < 0)
        return std::nullopt;
    return std::pow(growth, c.periodsPerYear / n) - 1.0;
}

std::optional<double> ReturnStats::cagr(double startValue, double endValue, double years)
{
    if (!std::isfinite(startValue) || !std::isfinite(endValue) || !std::isfinite(years) || startValue <= 0 ||
        endValue < 0 || years <= 0)
        return std::nullopt;
    return std::pow(endValue / startValue, 1.0 / years) - 1.0;
}

std::optional<double> ReturnStats::annualVolatility(std::span<const double> returns, const Convention &c)
{
    const auto md = meanDeviation(returns, 0.0, c.ddof);
    if (!md)
        return std::nullopt;
    return md->deviation * std::sqrt(c.periodsPerYear);
}

std::optional<double> ReturnStats::sharpe(std::span<const double> returns, const Convention &c)
{
    if (c.sharpe == Convention::Sharpe::AnnualExcessOverAnnualVol) {
        if (!allFinite(returns))
            return std::nullopt;
        const auto sd = deviation(returns, c.ddof);
        const auto ann = annualReturn(returns, c);
        if (!sd || !ann || negligible(*sd, mean(returns)))
            return std::nullopt;
        return (*ann - c.riskFreeAnnual) / (*sd * std::sqrt(c.periodsPerYear));
    }
    // Mean and deviation of the excess returns r - rf_p, formed on the fly.
    const auto md = meanDeviation(returns, c.riskFreePerPeriod(), c.ddof);
    if (!md || negligible(md->deviation, md->mean))
        return std::nullopt;
    const double perPeriod = md->mean / md->deviation;
    return c.annualiseSharpe ? perPeriod * std::sqrt(c.periodsPerYear) : perPeriod;
}

std::optional<double> ReturnStats::sortino(std::span<const double> returns, const Convention &c)
{
    if (returns.size() < 2)
        return std::nullopt;
    if (c.sortino == Convention::Sortino::NegativeReturnsSampleVariance) {
        // Sample deviation of the negative returns, without collecting them.
        if (!allFinite(returns))
            return std::nullopt;
        std::size_t count = 0;
        double negSum = 0.0;
        for (double r : returns) {
            count += r < 0;
            negSum += r < 0 ? r : 0.0;
        }
        if (count < 2)
            return std::nullopt;
        const double m = negSum / static_cast<double>(count);
        double ss = 0.0;
        for (double r : returns)
            ss += r < 0 ? (r - m) * (r - m) : 0.0;
        const double sd = std::sqrt(ss / static_cast<double>(count - 1));
        const auto ann = annualReturn(returns, c);
        if (!ann || negligible(sd, 0.0))
            return std::nullopt;
        return (*ann - c.riskFreeAnnual) / (sd * std::sqrt(c.periodsPerYear));
    }
    // One pass: the excess sum and the downside sum of squares, each in two
    // partial sums (see shiftedSum); adding 0 for a gain is exact.
    const double rfp = c.riskFreePerPeriod();
    const std::size_t count = returns.size();
    double sum0 = 0.0, sum1 = 0.0, sq0 = 0.0, sq1 = 0.0;
    std::size_t i = 0;
    for (; i + 2 <= count; i += 2) {
        const double e0 = returns[i] - rfp, e1 = returns[i + 1] - rfp;
        sum0 += e0;
        sum1 += e1;
        sq0 += e0 < 0 ? e0 * e0 : 0.0;
        sq1 += e1 < 0 ? e1 * e1 : 0.0;
    }
    if (i < count) {
        const double e = returns[i] - rfp;
        sum0 += e;
        sq0 += e < 0 ? e * e : 0.0;
    }
    const double sum = sum0 + sum1, sumSq = sq0 + sq1;
    if (!std::isfinite(sum) || !std::isfinite(sumSq))
        return std::nullopt;
    const double n = static_cast<double>(count);
    const double downside = std::sqrt(sumSq / n);
    if (negligible(downside, 0.0))
        return std::nullopt;
    return (sum / n) * c.periodsPerYear / (downside * std::sqrt(c.periodsPerYear));
}

std::optional<double> ReturnStats::calmar(std::span<const double> returns, const Convention &c)
{
    const auto ann = annualReturn(returns, c);
    const auto dd = maxDrawdownOfReturns(returns);
    if (!ann || !dd || !(dd->depth > 0))
        return std::nullopt;
    return *ann / dd->depth;
}

std::optional<Drawdown> ReturnStats::maxDrawdownOfEquity(std::span<const double> equity)
{
    if (equity.empty() || !allFinite(equity) || !(equity[0] > 0))
        return std::nullopt;
    if (std::any_of(equity.begin(), equity.end(), [](double v) { return v < 0; }))
        return std::nullopt;
    Drawdown best;
    std::size_t peak = 0;
    for (std::size_t i = 1; i < equity.size(); ++i) {
        if (equity[i] >= equity[peak]) {
            peak = i;
            continue;
        }
        const double depth = 1.0 - equity[i] / equity[peak];
        if (depth > best.depth) {
            best.depth = depth;
            best.peakIndex = peak;
            best.troughIndex = i;
        }
    }
    if (best.depth > 0) {
        const double peakValue = equity[best.peakIndex];
        for (std::size_t j = best.troughIndex + 1; j < equity.size(); ++j) {
            if (equity[j] >= peakValue) {
                best.recoveryIndex = j;
                break;
            }
        }
        best.durationPeriods = best.recoveryIndex.value_or(equity.size() - 1) - best.peakIndex;
    }
    return best;
}

std::optional<Drawdown> ReturnStats::maxDrawdownOfReturns(std::span<const double> returns)
{
    if (returns.empty() || !allFinite(returns))
        return std::nullopt;
    // maxDrawdownOfEquity over the curve 1, 1 + r0, ... formed on the fly in
    // one pass: the recovery of the deepest drawdown is the first later
    // value back at its peak, i.e. the next new peak after its trough.
    Drawdown best;
    double value = 1.0, peakValue = 1.0;
    std::size_t peak = 0;
    bool awaitingRecovery = false;
    for (std::size_t i = 1; i <= returns.size(); ++i) {
        value = std::max(0.0, value * (1.0 + returns[i - 1]));
        if (!std::isfinite(value))
            return std::nullopt;
        if (value >= peakValue) {
            if (awaitingRecovery) {
                best.recoveryIndex = i;
                awaitingRecovery = false;
            }
            peak = i;
            peakValue = value;
            continue;
        }
        const double depth = 1.0 - value / peakValue;
        if (depth > best.depth) {
            best.depth = depth;
            best.peakIndex = peak;
            best.troughIndex = i;
            best.recoveryIndex.reset();
            awaitingRecovery = true;
        }
    }
    if (best.depth > 0)
        best.durationPeriods = best.recoveryIndex.value_or(returns.size()) - best.peakIndex;
    return best;
}

std::optional<double> ReturnStats::beta(std::span<const double> returns, std::span<const double> benchmark,
                                        const Convention &)
{
    if (!validPair(returns, benchmark))
        return std::nullopt;
    // The ddof cancels in cov / var, so only the centred sums are needed.
    const double mr = mean(returns);
    const double mb = mean(benchmark);
    double cov = 0.0;
    double var = 0.0;
    for (std::size_t i = 0; i < returns.size(); ++i) {
        cov += (returns[i] - mr) * (benchmark[i] - mb);
        var += (benchmark[i] - mb) * (benchmark[i] - mb);
    }
    const double n = static_cast<double>(returns.size());
    if (negligible(std::sqrt(var / n), mb))
        return std::nullopt;
    return cov / var;
}

std::optional<double> ReturnStats::alpha(std::span<const double> returns, std::span<const double> benchmark,
                                         const Convention &c)
{
    const auto b = beta(returns, benchmark, c);
    if (!b)
        return std::nullopt;
    const double rfp = c.riskFreePerPeriod();
    switch (c.alpha) {
    case Convention::Alpha::JensenArithmetic:
        return ((mean(returns) - rfp) - *b * (mean(benchmark) - rfp)) * c.periodsPerYear;
    case Convention::Alpha::CompoundedDaily: {
        double s = 0.0;
        for (std::size_t i = 0; i < returns.size(); ++i)
            s += (returns[i] - rfp) - *b * (benchmark[i] - rfp);
        const double base = 1.0 + s / static_cast<double>(returns.size());
        if (base < 0)
            return std::nullopt;
        return std::pow(base, c.periodsPerYear) - 1.0;
    }
    case Convention::Alpha::Capm: {
        const auto ar = annualReturn(returns, c);
        const auto ab = annualReturn(benchmark, c);
        if (!ar || !ab)
            return std::nullopt;
        return *ar - (c.riskFreeAnnual + *b * (*ab - c.riskFreeAnnual));
    }
    }
    return std::nullopt;
}

std::optional<double> ReturnStats::trackingError(std::span<const double> returns,
                                                 std::span<const double> benchmark, const Convention &c)
{
    if (!validPair(returns, benchmark))
        return std::nullopt;
    const auto active = difference(returns, benchmark);
    const auto sd = deviation(active, c.ddof);
    if (!sd)
        return std::nullopt;
    return *sd * std::sqrt(c.periodsPerYear);
}

std::optional<double> ReturnStats::informationRatio(std::span<const double> returns,
                                                    std::span<const double> benchmark, const Convention &c)
{
    if (!validPair(returns, benchmark))
        return std::nullopt;
    const auto active = difference(returns, benchmark);
    const auto sd = deviation(active, c.ddof);
    if (!sd)
        return std::nullopt;
    const double m = mean(active);
    if (negligible(*sd, m))
        return std::nullopt;
    const double te = *sd * std::sqrt(c.periodsPerYear);
    switch (c.informationRatio) {
    case Convention::InformationRatio::AnnualisedActiveMean:
        return m * c.periodsPerYear / te;
    case Convention::InformationRatio::PerPeriod:
        return m / *sd;
    case Convention::InformationRatio::AnnualReturnDifference: {
        const auto ar = annualReturn(returns, c);
        const auto ab = annualReturn(benchmark, c);
        if (!ar || !ab)
            return std::nullopt;
        return (*ar - *ab) / te;
    }
    }
    return std::nullopt;
}

std::vector<std::optional<double>> ReturnStats::rollingSharpe(std::span<const double> returns,
                                                              std::size_t window, const Convention &c)
{
    std::vector<std::optional<double>> out(returns.size());
    if (window < 2 || window <= static_cast<std::size_t>(c.ddof) || returns.size() < window ||
        !allFinite(returns))
        return out;
    // Sums of the excess returns and of their squared distance from the first
    // excess return (a shift that keeps the running variance accurate).
    const double rfp = c.sharpe == Convention::Sharpe::MeanExcessOverDeviation ? c.riskFreePerPeriod() : 0.0;
    const double shift = returns[0] - rfp;
    double sum = 0.0;
    double sumSq = 0.0;
    const double w = static_cast<double>(window);
    for (std::size_t i = 0; i < returns.size(); ++i) {
        const double x = returns[i] - rfp - shift;
        sum += x;
        sumSq += x * x;
        if (i >= window) {
            const double old = returns[i - window] - rfp - shift;
            sum -= old;
            sumSq -= old * old;
        }
        if (i + 1 < window)
            continue;
        const double m = sum / w;
        const double var = std::max(0.0, (sumSq - w * m * m) / (w - static_cast<double>(c.ddof)));
        const double sd = std::sqrt(var);
        const double mean = m + shift;
        if (negligible(sd, mean))
            continue;
        if (c.sharpe == Convention::Sharpe::AnnualExcessOverAnnualVol) {
            // Lean: (1 + mean)^P - 1 - rf over sd sqrt(P).
            if (1.0 + mean < 0)
                continue;
            out[i] = (std::pow(1.0 + mean, c.periodsPerYear) - 1.0 - c.riskFreeAnnual) /
                     (sd * std::sqrt(c.periodsPerYear));
        } else {
            out[i] = c.annualiseSharpe ? mean / sd * std::sqrt(c.periodsPerYear) : mean / sd;
        }
    }
    return out;
}

Result<std::vector<double>> ReturnStats::returnsFromEquity(std::span<const double> equity)
{
    for (std::size_t i = 0; i < equity.size(); ++i) {
        if (!std::isfinite(equity[i]) || equity[i] <= 0)
            return makeError(ErrorCode::InvalidArgument,
                             fmt::format("equity value {} is not a positive finite number", equity[i]),
                             fmt::format("equity[{}]", i));
    }
    std::vector<double> r;
    if (equity.size() > 1)
        r.reserve(equity.size() - 1);
    for (std::size_t i = 1; i < equity.size(); ++i)
        r.push_back(equity[i] / equity[i - 1] - 1.0);
    return r;
}

Result<ReturnSummary> ReturnStats::compute(std::span<const double> returns, std::span<const double> benchmark,
                                           const Convention &c)
{
    if (returns.empty())
        return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::ReturnStats", "no returns to summarise"),
                         {})
            .at(SN_TEXT("sn::ReturnStats", "returns"), {});
    if (!(c.periodsPerYear > 0) || c.ddof < 0 || c.ddof > 1 || !std::isfinite(c.riskFreeAnnual))
        return makeError(ErrorCode::InvalidArgument,
                         fmt::format("periodsPerYear must be > 0, ddof 0 or 1 and the risk-free rate finite "
                                     "(got {}, {}, {})",
                                     c.periodsPerYear, c.ddof, c.riskFreeAnnual),
                         "convention '" + c.name + "'");
    for (std::size_t i = 0; i < returns.size(); ++i)
        if (!std::isfinite(returns[i]) || returns[i] < -1.0)
            return makeError(ErrorCode::InvalidArgument,
                             fmt::format("return {} is not a finite number >= -1", returns[i]),
                             fmt::format("returns[{}]", i));
    if (!benchmark.empty()) {
        if (benchmark.size() != returns.size())
            return makeError(
                ErrorCode::InvalidArgument,
                fmt::format("benchmark has {} returns, portfolio {}", benchmark.size(), returns.size()),
                "benchmark");
        for (std::size_t i = 0; i < benchmark.size(); ++i)
            if (!std::isfinite(benchmark[i]) || benchmark[i] < -1.0)
                return makeError(ErrorCode::InvalidArgument,
                                 fmt::format("return {} is not a finite number >= -1", benchmark[i]),
                                 fmt::format("benchmark[{}]", i));
    }
    ReturnSummary s;
    s.observations = returns.size();
    s.totalReturn = totalReturn(returns);
    s.annualReturn = annualReturn(returns, c);
    s.annualVolatility = annualVolatility(returns, c);
    s.sharpe = sharpe(returns, c);
    s.sortino = sortino(returns, c);
    s.calmar = calmar(returns, c);
    if (auto dd = maxDrawdownOfReturns(returns))
        s.maxDrawdown = *dd;
    if (!benchmark.empty()) {
        s.beta = beta(returns, benchmark, c);
        s.alpha = alpha(returns, benchmark, c);
        s.trackingError = trackingError(returns, benchmark, c);
        s.informationRatio = informationRatio(returns, benchmark, c);
    }
    return s;
}

const char *ReturnStats::metricName(Metric metric)
{
    switch (metric) {
    case Metric::TotalReturn:
        return SN_TRANSLATE_NOOP("sn::ReturnStats", "total return");
    case Metric::AnnualReturn:
        return SN_TRANSLATE_NOOP("sn::ReturnStats", "annual return");
    case Metric::Cagr:
        return SN_TRANSLATE_NOOP("sn::ReturnStats", "CAGR");
    case Metric::AnnualVolatility:
        return SN_TRANSLATE_NOOP("sn::ReturnStats", "annual volatility");
    case Metric::Sharpe:
        return SN_TRANSLATE_NOOP("sn::ReturnStats", "Sharpe ratio");
    case Metric::Sortino:
        return SN_TRANSLATE_NOOP("sn::ReturnStats", "Sortino ratio");
    case Metric::Calmar:
        return SN_TRANSLATE_NOOP("sn::ReturnStats", "Calmar ratio");
    case Metric::MaxDrawdown:
        return SN_TRANSLATE_NOOP("sn::ReturnStats", "maximum drawdown");
    case Metric::Beta:
        return SN_TRANSLATE_NOOP("sn::ReturnStats", "beta");
    case Metric::Alpha:
        return SN_TRANSLATE_NOOP("sn::ReturnStats", "alpha");
    case Metric::TrackingError:
        return SN_TRANSLATE_NOOP("sn::ReturnStats", "tracking error");
    case Metric::InformationRatio:
        return SN_TRANSLATE_NOOP("sn::ReturnStats", "information ratio");
    }
    return "unknown";
}

std::vector<ReturnStats::Metric> ReturnStats::allMetrics()
{
    return {Metric::TotalReturn, Metric::AnnualReturn, Metric::Cagr,          Metric::AnnualVolatility,
            Metric::Sharpe,      Metric::Sortino,      Metric::Calmar,        Metric::MaxDrawdown,
            Metric::Beta,        Metric::Alpha,        Metric::TrackingError, Metric::InformationRatio};
}

std::string ReturnStats::explain(Metric metric, const Convention &c)
{
    // The words are translatable (userText), the formulas are not.
    const std::string P = fmtNum(c.periodsPerYear);
    const std::string rf = fmtNum(c.riskFreeAnnual);
    const std::string sd = c.ddof == 1
                               ? userText("sn::ReturnStats", "sample standard deviation (divides by n-1)")
                               : userText("sn::ReturnStats", "population standard deviation (divides by n)");
    const std::string rfp =
        c.riskFree == Convention::RiskFree::Divided
            ? fillIn(userText("sn::ReturnStats", "rf_p = rf / %1 with rf = %2"), {P, rf})
            : fillIn(userText("sn::ReturnStats", "rf_p = (1 + rf)^(1/%1) - 1 with rf = %2"), {P, rf});
    const std::string annual = c.annualReturn == Convention::AnnualReturn::Geometric
                                   ? fmt::format("(prod(1 + r_i))^({}/n) - 1", P)
                                   : fmt::format("(1 + mean(r))^{} - 1", P);
    std::string body;
    switch (metric) {
    case Metric::TotalReturn:
        body = userText("sn::ReturnStats", "prod(1 + r_i) - 1 over the n periodic returns r_i");
        break;
    case Metric::AnnualReturn:
        body = annual;
        break;
    case Metric::Cagr:
        body = userText(
            "sn::ReturnStats",
            "(end value / start value)^(1 / years) - 1, years = elapsed calendar time / 365.25 days");
        break;
    case Metric::AnnualVolatility:
        body = fillIn(userText("sn::ReturnStats", "sd(r) * sqrt(%1), sd = %2; needs at least 2 returns"),
                      {P, sd});
        break;
    case Metric::Sharpe:
        if (c.sharpe == Convention::Sharpe::AnnualExcessOverAnnualVol)
            body = fillIn(
                userText("sn::ReturnStats",
                         "(annual return - rf) / (sd(r) * sqrt(%1)), annual return = %2, sd = %3, rf = %4"),
                {P, annual, sd, rf});
        else
            body = fmt::format("mean(r - rf_p) / sd(r - rf_p){}, {}, sd = {}",
                               c.annualiseSharpe ? " * sqrt(" + P + ")" : std::string(), rfp, sd);
        body += userText("sn::ReturnStats", "; not defined when the deviation is zero");
        break;
    case Metric::Sortino:
        if (c.sortino == Convention::Sortino::NegativeReturnsSampleVariance)
            body = fillIn(
                userText("sn::ReturnStats",
                         "(annual return - rf) / sqrt(%1 * var(negative r)), annual return = %2, var = "
                         "sample variance of the returns below 0 only; needs two negative returns"),
                {P, annual});
        else
            body = fillIn(
                userText("sn::ReturnStats",
                         "mean(r - rf_p) * %1 / (DD * sqrt(%1)), DD = sqrt(sum(min(r_i - rf_p, 0)^2) / n) "
                         "over all n returns (target downside deviation), %2; not defined without a loss"),
                {P, rfp});
        break;
    case Metric::Calmar:
        body = fillIn(
            userText(
                "sn::ReturnStats",
                "annual return / |maximum drawdown|, annual return = %1; not defined without a drawdown"),
            {annual});
        break;
    case Metric::MaxDrawdown:
        body = userText(
            "sn::ReturnStats",
            "max over t of 1 - V_t / max(V_0..V_t) on the equity V (from returns: V_0 = 1, V_t = "
            "V_(t-1)(1 + r_t)); duration = periods from the peak to the first value back at the peak, "
            "or to the end if not recovered");
        break;
    case Metric::Beta:
        body = userText(
            "sn::ReturnStats",
            "cov(r, b) / var(b) on the portfolio returns r and benchmark returns b of the same periods");
        break;
    case Metric::Alpha:
        switch (c.alpha) {
        case Convention::Alpha::JensenArithmetic:
            body = fmt::format("(mean(r - rf_p) - beta * mean(b - rf_p)) * {}, {}", P, rfp);
            break;
        case Convention::Alpha::CompoundedDaily:
            body = fmt::format("(1 + mean((r - rf_p) - beta * (b - rf_p)))^{} - 1, {}", P, rfp);
            break;
        case Convention::Alpha::Capm:
            body = fmt::format("annual(r) - (rf + beta * (annual(b) - rf)), annual(x) = {}, rf = {}", annual,
                               rf);
            break;
        }
        break;
    case Metric::TrackingError:
        body = fmt::format("sd(r - b) * sqrt({}), sd = {}", P, sd);
        break;
    case Metric::InformationRatio:
        switch (c.informationRatio) {
        case Convention::InformationRatio::AnnualisedActiveMean:
            body = fillIn(userText("sn::ReturnStats", "mean(r - b) * %1 / tracking error"), {P});
            break;
        case Convention::InformationRatio::PerPeriod:
            body = fillIn(
                userText("sn::ReturnStats", "mean(r - b) / sd(r - b), per period (not annualised), sd = %1"),
                {sd});
            break;
        case Convention::InformationRatio::AnnualReturnDifference:
            body = fillIn(
                userText("sn::ReturnStats", "(annual(r) - annual(b)) / tracking error, annual(x) = %1"),
                {annual});
            break;
        }
        break;
    }
    return fillIn(userText("sn::ReturnStats", "%1 [%2 convention: %3 periods/year, ddof %4]: %5"),
                  {userText("sn::ReturnStats", metricName(metric)), c.name, P, std::to_string(c.ddof), body});
}

} // namespace sn
