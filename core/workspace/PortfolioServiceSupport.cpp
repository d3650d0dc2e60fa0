#include "core/workspace/PortfolioServiceSupport.h"

#include "core/common/UserText.h"
#include "core/storage/BarRepository.h"
#include "core/storage/Database.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <set>

namespace sn::portfolio_detail {

const log::Category lc("supernova.workspace.portfolio");

std::string str(const QString &s)
{
    return s.toStdString();
}

DailySeries closesOf(const BarSeries &bars)
{
    DailySeries s;
    s.time.reserve(bars.size());
    s.value.reserve(bars.size());
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const TimestampMs day = startOfDay(bars.time[i]);
        // Intraday-stamped daily bars of the same day keep the last close.
        if (!s.time.empty() && s.time.back() == day) {
            s.value.back() = bars.close[i];
            continue;
        }
        s.time.push_back(day);
        s.value.push_back(bars.close[i]);
    }
    return s;
}

// Index of the last value at or before `t`, or nullopt.
std::optional<std::size_t> lastAtOrBefore(const DailySeries &s, TimestampMs t)
{
    auto it = std::upper_bound(s.time.begin(), s.time.end(), t);
    if (it == s.time.begin())
        return std::nullopt;
    return static_cast<std::size_t>(it - s.time.begin() - 1);
}

SeriesUsed usedOf(const std::string &symbol, const char *role, const DailySeries &s)
{
    SeriesUsed u;
    u.symbol = symbol;
    u.role = role;
    u.rows = s.time.size();
    if (!s.time.empty()) {
        u.first = s.time.front();
        u.last = s.time.back();
    }
    return u;
}

std::string percentText(double v)
{
    return fmt::format("{:.2f} %", v * 100.0);
}

// Returns between consecutive `dates` (sorted, each one of the valued days
// in [begin, end]): the daily returns of the days after one date up to and
// including the next compounded, so every period runs from close to close.
std::vector<double> sampledReturns(const std::vector<TimestampMs> &days, const std::vector<double> &daily,
                                   std::size_t begin, const std::vector<TimestampMs> &dates)
{
    std::vector<double> out;
    if (dates.size() < 2)
        return out;
    out.reserve(dates.size() - 1);
    const TimestampMs first = days.front();
    for (std::size_t k = 1; k < dates.size(); ++k) {
        const std::size_t a = static_cast<std::size_t>((dates[k - 1] - first) / kMsPerDay);
        const std::size_t b = static_cast<std::size_t>((dates[k] - first) / kMsPerDay);
        double growth = 1.0;
        // daily[] is indexed from `begin`.
        for (std::size_t d = a + 1; d <= b; ++d)
            growth *= 1.0 + daily[d - begin];
        out.push_back(growth - 1.0);
    }
    return out;
}

Result<std::vector<double>> windowReturns(const Valuation &v, std::size_t begin, std::size_t end)
{
    const auto &mve = v.marketValue();
    const std::size_t n = end - begin + 1;
    return Performance::dailyReturns(
        std::span<const double>(mve).subspan(begin, n), std::span<const double>(v.inflow()).subspan(begin, n),
        std::span<const double>(v.outflow()).subspan(begin, n), begin > 0 ? mve[begin - 1] : 0.0);
}

std::string describeWindow(TimestampMs from, TimestampMs to)
{
    return formatDate(from) + ":" + formatDate(to);
}

std::string conventionText(const Convention &c)
{
    // Whole sentences for the translators, one per deviation.
    const std::string pattern =
        c.ddof == 1
            ? userText("sn::PortfolioService", "convention '%1': %2 periods per year, sample deviation "
                                               "(ddof %3), risk-free %4 per year (%5 per period, %6)")
            : userText("sn::PortfolioService", "convention '%1': %2 periods per year, population deviation "
                                               "(ddof %3), risk-free %4 per year (%5 per period, %6)");
    return fillIn(pattern,
                  {c.name, fmt::format("{}", c.periodsPerYear), std::to_string(c.ddof),
                   percentText(c.riskFreeAnnual), fmt::format("{:.6g}", c.riskFreePerPeriod()),
                   c.riskFree == Convention::RiskFree::Compounded ? "(1 + rf)^(1/P) - 1" : "rf / P"});
}

Result<Window> windowOf(const Valuation &v, std::optional<TimestampMs> from)
{
    Window w;
    w.end = v.dayCount() - 1;
    if (from) {
        const TimestampMs day = startOfDay(*from);
        if (day > v.days().back())
            return makeError(ErrorCode::InvalidArgument,
                             SN_TEXT("sn::PortfolioService", "starts after the last valued day %1"),
                             {formatDate(v.days().back())})
                .at(SN_TEXT("sn::PortfolioService", "from"), {});
        if (day > v.days().front())
            w.begin = static_cast<std::size_t>((day - v.days().front()) / kMsPerDay);
    }
    return w;
}

// The days inside [from, to] on which any of the portfolio's instruments
// has a stored close: the trading calendar the risk statistics use.
std::vector<TimestampMs> tradingDates(const ValuationInput &input, TimestampMs from, TimestampMs to)
{
    std::set<TimestampMs> dates;
    for (const auto &[symbol, s] : input.prices)
        for (TimestampMs t : s.time)
            if (t >= from && t <= to)
                dates.insert(t);
    return {dates.begin(), dates.end()};
}

// Base-currency value of one unit of `symbol` on day t (carry-forward).
std::optional<double> unitValue(const ValuationInput &in, const PortfolioAsset &asset, TimestampMs t)
{
    const DailySeries &s = in.prices.at(asset.symbol);
    auto i = lastAtOrBefore(s, t);
    if (!i)
        return std::nullopt;
    double rate = 1.0;
    if (asset.currency != in.baseCurrency) {
        const DailySeries &fx = in.fx.at(asset.currency);
        auto j = lastAtOrBefore(fx, t);
        if (!j)
            return std::nullopt;
        rate = fx.value[*j];
    }
    return s.value[*i] * rate;
}

// Period returns of several instruments on the dates where all of them have
// a close of their own (T x N), in the base currency.
Result<Eigen::MatrixXd> assetReturns(const ValuationInput &in, const std::vector<PortfolioAsset> &assets,
                                     TimestampMs from, TimestampMs to, std::vector<TimestampMs> &datesUsed)
{
    std::vector<TimestampMs> common;
    for (std::size_t a = 0; a < assets.size(); ++a) {
        const DailySeries &s = in.prices.at(assets[a].symbol);
        std::vector<TimestampMs> mine;
        for (TimestampMs t : s.time)
            if (t >= from && t <= to)
                mine.push_back(t);
        if (a == 0) {
            common = std::move(mine);
        } else {
            std::vector<TimestampMs> both;
            std::set_intersection(common.begin(), common.end(), mine.begin(), mine.end(),
                                  std::back_inserter(both));
            common = std::move(both);
        }
    }
    if (common.size() < 3)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::PortfolioService",
                                 "%1 common trading days of the held instruments between "
                                 "%2 and %3; too few observations"),
                         {std::to_string(common.size()), formatDate(from), formatDate(to)})
            .at(SN_TEXT("sn::PortfolioService", "returns"), {});
    Eigen::MatrixXd r(static_cast<Eigen::Index>(common.size() - 1), static_cast<Eigen::Index>(assets.size()));
    for (std::size_t a = 0; a < assets.size(); ++a) {
        double prev = 0.0;
        for (std::size_t k = 0; k < common.size(); ++k) {
            auto v = unitValue(in, assets[a], common[k]);
            if (!v || !(*v > 0))
                return makeError(ErrorCode::InvalidArgument,
                                 SN_TEXT("sn::PortfolioService", "no positive price in the base currency"),
                                 {})
                    .at(SN_TEXT("sn::PortfolioService", "%1 on %2"),
                        {assets[a].symbol, formatDate(common[k])});
            if (k > 0)
                r(static_cast<Eigen::Index>(k - 1), static_cast<Eigen::Index>(a)) = *v / prev - 1.0;
            prev = *v;
        }
    }
    datesUsed = std::move(common);
    return r;
}

Result<DailySeries> loadBenchmark(const Database &db, const std::string &symbol, DataUsed &used)
{
    auto series = BarRepository(db).load(QString::fromStdString(symbol), QString::fromLatin1(kDailyInterval));
    if (!series)
        return series.error().withContext(SN_TEXT("sn::PortfolioService", "benchmark"), {});
    if (series->empty())
        return makeError(ErrorCode::NotFound, SN_TEXT("sn::PortfolioService", "no daily (1d) bars stored"),
                         {})
            .at(SN_TEXT("sn::PortfolioService", "benchmark %1"), {symbol});
    DailySeries s = closesOf(series.value());
    used.series.push_back(usedOf(symbol, "benchmark", s));
    return s;
}

} // namespace sn::portfolio_detail
