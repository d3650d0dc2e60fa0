#include "core/analytics/Performance.h"

#include "core/common/UserText.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace sn {

Result<std::vector<double>> Performance::dailyReturns(std::span<const double> mve,
                                                      std::span<const double> inflow,
                                                      std::span<const double> outflow, double mvBefore)
{
    if (inflow.size() != mve.size() || outflow.size() != mve.size())
        return makeError(
            ErrorCode::InvalidArgument,
            fmt::format("{} values, {} inflows, {} outflows", mve.size(), inflow.size(), outflow.size()),
            "daily returns");
    std::vector<double> r(mve.size());
    double mvb = mvBefore;
    for (std::size_t d = 0; d < mve.size(); ++d) {
        const double num = mve[d] + outflow[d];
        const double den = mvb + inflow[d];
        if (!std::isfinite(num) || !std::isfinite(den))
            return makeError(ErrorCode::InvalidArgument, "non-finite value or flow",
                             fmt::format("day {}", d));
        if (den == 0.0) {
            if (std::fabs(num) > 1e-9)
                return makeError(
                           ErrorCode::InvalidArgument,
                           SN_TEXT("sn::Performance", "value %1 with nothing invested (MVB + CFin = 0)"),
                           {fmt::format("{}", num)})
                    .at(SN_TEXT("sn::Performance", "day %1"), {std::to_string(d)});
            r[d] = 0.0;
        } else {
            r[d] = num / den - 1.0;
        }
        mvb = mve[d];
    }
    return r;
}

double Performance::ttwror(std::span<const double> daily)
{
    double g = 1.0;
    for (double r : daily)
        g *= 1.0 + r;
    return g - 1.0;
}

std::optional<double> Performance::annualised(double ttwror, double days)
{
    if (!(days > 0) || !std::isfinite(ttwror) || ttwror < -1.0)
        return std::nullopt;
    return std::pow(1.0 + ttwror, 365.0 / days) - 1.0;
}

Performance::Irr Performance::irr(double mvBegin, double mvEnd, double periodDays,
                                  std::span<const CashFlow> flows)
{
    Irr out;
    if (!(periodDays > 0)) {
        out.message = SN_TRANSLATE_NOOP("sn::Performance", "the period has no length");
        return out;
    }
    bool anyIn = mvBegin != 0.0;
    for (const auto &f : flows) {
        if (!std::isfinite(f.amount) || !std::isfinite(f.daysRemaining) || f.daysRemaining < 0) {
            out.message =
                SN_TRANSLATE_NOOP("sn::Performance", "a cash flow is not a finite amount within the period");
            return out;
        }
        anyIn = anyIn || f.amount != 0.0;
    }
    if (!anyIn) {
        out.message = SN_TRANSLATE_NOOP("sn::Performance", "no money was invested");
        return out;
    }
    // f(x) = MVB g^(RD/365) + sum CF_t g^(RD_t/365) - MVE, g = 1 + x.
    auto f = [&](double x, double *deriv) {
        const double g = 1.0 + x;
        double val = mvBegin * std::pow(g, periodDays / 365.0);
        double der = mvBegin * (periodDays / 365.0) * std::pow(g, periodDays / 365.0 - 1.0);
        for (const auto &cf : flows) {
            const double e = cf.daysRemaining / 365.0;
            val += cf.amount * std::pow(g, e);
            der += cf.amount * e * std::pow(g, e - 1.0);
        }
        if (deriv)
            *deriv = der;
        return val - mvEnd;
    };
    const double tol = 1e-12;
    double x = 0.05;
    for (int i = 0; i < 50; ++i) {
        ++out.iterations;
        double der = 0.0;
        const double fx = f(x, &der);
        if (!std::isfinite(fx) || der == 0.0 || !std::isfinite(der))
            break;
        const double step = fx / der;
        double next = x - step;
        if (next <= -1.0)
            next = (x - 1.0) / 2.0; // stay in the domain g > 0
        if (std::fabs(next - x) < tol * std::max(1.0, std::fabs(x))) {
            if (std::fabs(f(next, nullptr)) <= 1e-9 * std::max({1.0, std::fabs(mvEnd), std::fabs(mvBegin)})) {
                out.rate = next;
                return out;
            }
            break;
        }
        x = next;
    }
    // Bracketing fallback: scan for a sign change, then bisect.
    double lo = -0.999999;
    double flo = f(lo, nullptr);
    double hi = lo;
    double fhi = flo;
    bool found = false;
    for (double cand : {-0.99, -0.9, -0.5, -0.2, 0.0, 0.1, 0.5, 1.0, 3.0, 10.0, 100.0, 1e3, 1e4, 1e5, 1e6}) {
        const double fc = f(cand, nullptr);
        if (std::isfinite(fc) && std::isfinite(fhi) && ((fc <= 0) != (fhi <= 0))) {
            lo = hi;
            flo = fhi;
            hi = cand;
            fhi = fc;
            found = true;
            break;
        }
        hi = cand;
        fhi = fc;
    }
    if (!found) {
        out.message = SN_TRANSLATE_NOOP(
            "sn::Performance", "no rate in (-100 %, 10^8 %) makes the cash flows end at the final value");
        return out;
    }
    for (int i = 0; i < 200; ++i) {
        ++out.iterations;
        const double mid = 0.5 * (lo + hi);
        const double fm = f(mid, nullptr);
        if ((fm <= 0) == (flo <= 0)) {
            lo = mid;
            flo = fm;
        } else {
            hi = mid;
        }
        if (hi - lo < 1e-15 * std::max(1.0, std::fabs(mid)))
            break;
    }
    out.rate = 0.5 * (lo + hi);
    out.bracketed = true;
    return out;
}

Performance::Irr Performance::irr(const Valuation &v, std::size_t begin, std::size_t end)
{
    if (begin > end || end >= v.dayCount()) {
        Irr out;
        out.message =
            fmt::format("day range [{}, {}] outside the valuation's {} days", begin, end, v.dayCount());
        return out;
    }
    const double mvb = begin == 0 ? 0.0 : v.marketValue()[begin - 1];
    std::vector<CashFlow> flows;
    for (std::size_t d = begin; d <= end; ++d) {
        const double net = v.inflow()[d] - v.outflow()[d];
        if (net != 0.0)
            flows.push_back({static_cast<double>(end - d), net});
    }
    return irr(mvb, v.marketValue()[end], static_cast<double>(end - begin + 1), flows);
}

namespace {
std::vector<Performance::PeriodReturn> byPeriod(std::span<const TimestampMs> days,
                                                std::span<const double> daily, bool monthly)
{
    std::vector<Performance::PeriodReturn> out;
    const std::size_t n = std::min(days.size(), daily.size());
    double growth = 1.0;
    for (std::size_t i = 0; i < n; ++i) {
        const CivilDate c = toCivil(days[i]);
        const int month = monthly ? c.month : 0;
        if (out.empty() || out.back().year != c.year || out.back().month != month) {
            if (!out.empty())
                out.back().value = growth - 1.0;
            out.push_back({c.year, month, 0.0, 0});
            growth = 1.0;
        }
        growth *= 1.0 + daily[i];
        ++out.back().days;
    }
    if (!out.empty())
        out.back().value = growth - 1.0;
    return out;
}
} // namespace

std::vector<Performance::PeriodReturn> Performance::monthlyReturns(std::span<const TimestampMs> days,
                                                                   std::span<const double> daily)
{
    return byPeriod(days, daily, true);
}

std::vector<Performance::PeriodReturn> Performance::yearlyReturns(std::span<const TimestampMs> days,
                                                                  std::span<const double> daily)
{
    return byPeriod(days, daily, false);
}

std::vector<Performance::Contribution> Performance::contributions(const Valuation &v)
{
    const std::size_t nDays = v.dayCount();
    std::vector<Contribution> out;
    for (std::size_t a = 0; a < v.symbols().size(); ++a) {
        Contribution c{v.symbols()[a], 0.0};
        double mvb = 0.0;
        double prev = 0.0;
        for (std::size_t d = 0; d < nDays; ++d) {
            const double den = mvb + v.inflow()[d];
            const double value = v.positionValue(a, d);
            if (den != 0.0)
                c.value += (value - prev - v.positionFlow(a, d)) / den;
            prev = value;
            mvb = v.marketValue()[d];
        }
        out.push_back(std::move(c));
    }
    return out;
}

Result<Performance::BenchmarkComparison> Performance::compareWithBenchmark(std::span<const TimestampMs> days,
                                                                           std::span<const double> daily,
                                                                           const DailySeries &benchmark,
                                                                           const Convention &c)
{
    if (days.size() != daily.size())
        return makeError(ErrorCode::InvalidArgument, "days and returns differ in length",
                         "benchmark comparison");
    std::vector<double> pr;
    std::vector<double> br;
    // Walk the benchmark dates inside the valued range; a period runs from one
    // benchmark close to the next.
    std::size_t d = 0;
    std::optional<double> prevClose;
    double growth = 1.0;
    for (std::size_t k = 0; k < benchmark.time.size() && k < benchmark.value.size(); ++k) {
        const TimestampMs t = startOfDay(benchmark.time[k]);
        if (days.empty() || t < days.front())
            continue;
        if (t > days.back())
            break;
        while (d < days.size() && days[d] <= t) {
            if (prevClose)
                growth *= 1.0 + daily[d];
            ++d;
        }
        if (!(benchmark.value[k] > 0) || !std::isfinite(benchmark.value[k]))
            return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::Performance", "invalid close %1"),
                             {fmt::format("{}", benchmark.value[k])})
                .at(SN_TEXT("sn::Performance", "benchmark at %1"), {formatDate(t)});
        if (prevClose) {
            pr.push_back(growth - 1.0);
            br.push_back(benchmark.value[k] / *prevClose - 1.0);
        }
        prevClose = benchmark.value[k];
        growth = 1.0;
    }
    if (pr.size() < 2)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Performance", "%1 common benchmark periods; at least 2 are needed"),
                         {std::to_string(pr.size())})
            .at(SN_TEXT("sn::Performance", "benchmark"), {});
    BenchmarkComparison out;
    out.periods = pr.size();
    out.portfolioReturn = ttwror(pr);
    out.benchmarkReturn = ttwror(br);
    out.beta = ReturnStats::beta(pr, br, c);
    out.alpha = ReturnStats::alpha(pr, br, c);
    out.trackingError = ReturnStats::trackingError(pr, br, c);
    out.informationRatio = ReturnStats::informationRatio(pr, br, c);
    return out;
}

std::string Performance::explainTtwror()
{
    return userText(
        "sn::Performance",
        "True time-weighted rate of return (Portfolio Performance's method): daily r = (MVE + CFout) / "
        "(MVB + CFin) - 1 with inflows (deposits, transfers in at market value) at the start of the "
        "day and outflows (withdrawals, transfers out) at its end, MVB = the previous day's closing "
        "value; TTWROR = prod(1 + r) - 1; annualised = (1 + TTWROR)^(365 / days) - 1. Fees, taxes, "
        "dividends and interest stay inside the portfolio and so are part of the return.");
}

std::string Performance::explainIrr()
{
    return userText(
        "sn::Performance",
        "Internal rate of return (money-weighted): the rate IRR solving MVB (1 + IRR)^(RD / 365) + "
        "sum CF_t (1 + IRR)^(RD_t / 365) = MVE, RD = days remaining to the end of the period, CF_t "
        "positive for money in; solved by Newton's method with a bisection fallback; reported as 'no "
        "solution' when no rate above -100 % satisfies it.");
}

} // namespace sn
