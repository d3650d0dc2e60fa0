#include "core/backtest/Optimizer.h"

#include "core/backtest/Annualisation.h"
#include "core/backtest/Backtester.h"
#include "core/backtest/IndicatorCache.h"
#include "core/backtest/Simulator.h"
#include "core/backtest/StrategyRegistry.h"
#include "core/common/Log.h"
#include "core/market/BarSeries.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <mutex>
#include <numeric>
#include <random>
#include <thread>

namespace sn::bt {

static const sn::log::Category lc("supernova.backtest");

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// "range 'fast' <what>", located at the sweep; each sentence is one whole
// text for translators, with the range's name as %1.
Error rangeError(TextKey text, std::initializer_list<std::string_view> args)
{
    return makeError(ErrorCode::InvalidArgument, text, args).at(SN_TEXT("sn::Backtest", "sweep"), {});
}

bool parseNumber(std::string_view s, double &out)
{
    auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    // from_chars also reads "inf" and "nan", which no grid can step through.
    return !s.empty() && r.ec == std::errc() && r.ptr == s.data() + s.size() && std::isfinite(out);
}

double opt(const std::optional<double> &v)
{
    return v ? *v : kNaN;
}

} // namespace

Result<ParamRange> ParamRange::parse(std::string_view text)
{
    const auto eq = text.find('=');
    if (eq == std::string_view::npos || eq == 0)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Backtest", "expected name=start:stop[:step], got '%1'"), {text})
            .at(SN_TEXT("sn::Backtest", "sweep range"), {});
    ParamRange r;
    r.name = std::string(text.substr(0, eq));
    std::string_view rest = text.substr(eq + 1);
    std::vector<std::string_view> parts;
    for (std::size_t pos; (pos = rest.find(':')) != std::string_view::npos; rest.remove_prefix(pos + 1))
        parts.push_back(rest.substr(0, pos));
    parts.push_back(rest);
    if (parts.size() < 2 || parts.size() > 3 || !parseNumber(parts[0], r.start) ||
        !parseNumber(parts[1], r.stop) || (parts.size() == 3 && !parseNumber(parts[2], r.step)))
        return rangeError(
            SN_TEXT("sn::Backtest", "range '%1' must be start:stop[:step] with numbers, got '%2'"),
            {r.name, text.substr(eq + 1)});
    if (!(r.step > 0))
        return rangeError(SN_TEXT("sn::Backtest", "range '%1' step must be > 0"), {r.name});
    if (r.stop < r.start)
        return rangeError(SN_TEXT("sn::Backtest", "range '%1' is empty (stop < start)"), {r.name});
    return r;
}

std::span<const double> SweepTable::row(std::size_t i) const
{
    const std::size_t k = paramNames.size();
    return std::span<const double>(params).subspan(i * k, k);
}

Result<SweepResult> Optimizer::run(const BarSeries &series, const SweepConfig &sweep)
{
    if (sweep.periodsFromInterval) {
        auto annualised = annualisedFor(sweep.convention, series);
        if (!annualised)
            return annualised.error();
        SweepConfig fixed = sweep;
        fixed.convention = *annualised;
        fixed.periodsFromInterval = false;
        return run(series, fixed);
    }
    const auto t0 = std::chrono::steady_clock::now();
    const Strategy *strategy = sweep.custom ? sweep.custom : StrategyRegistry::find(sweep.strategy);
    if (!strategy)
        return StrategyRegistry::unknown(sweep.strategy);
    const StrategyInfo &info = strategy->info();
    if (auto r = Simulator::validate(sweep.config); !r)
        return r.error();
    if (sweep.config.allowShort && !info.supportsShort)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Backtest", "'allow_short' is not supported by this strategy"), {})
            .at(SN_TEXT("sn::Backtest", "strategy %1"), {info.name});
    if (auto r = Backtester::checkSeries(series); !r)
        return r.error();
    const std::size_t n = series.size();
    const std::size_t begin = sweep.begin, end = std::min(sweep.end, n);
    if (begin + 2 > end)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Backtest", "bar range [%1, %2) is empty or too short"),
                         {std::to_string(begin), std::to_string(end)})
            .at(SN_TEXT("sn::Backtest", "sweep"), {});
    if (sweep.grid.empty())
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Backtest", "no parameter range given (--grid name=start:stop:step)"),
                         {})
            .at(SN_TEXT("sn::Backtest", "sweep"), {});

    // Base values and the grid axes.
    auto base = info.resolve(sweep.fixed);
    std::vector<double> baseValues = base ? *base : info.defaults();
    if (!base) {
        // Defaults may break a constraint that the grid fixes (fast < slow);
        // only unknown names are fatal here, ranges are checked per point.
        for (const auto &[k, v] : sweep.fixed) {
            const int i = info.indexOf(k);
            if (i < 0)
                return base.error();
            baseValues[std::size_t(i)] = v;
        }
    }
    std::vector<std::size_t> axisIndex;
    std::vector<std::vector<double>> axes;
    double total = 1;
    for (const auto &r : sweep.grid) {
        const int i = info.indexOf(r.name);
        if (i < 0)
            return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::Backtest", "parameter '%1' is unknown"),
                             {r.name})
                .at(SN_TEXT("sn::Backtest", "strategy %1"), {info.name});
        if (std::find(axisIndex.begin(), axisIndex.end(), std::size_t(i)) != axisIndex.end())
            return rangeError(SN_TEXT("sn::Backtest", "range '%1' is given twice"), {r.name});
        if (!(r.step > 0) || r.stop < r.start)
            return rangeError(SN_TEXT("sn::Backtest", "range '%1' is empty or has a step <= 0"), {r.name});
        const ParamSpec &spec = info.params[std::size_t(i)];
        std::vector<double> values;
        // Counted in double first: (stop - start) / step can overflow to
        // infinity, and converting that to size_t is undefined.
        const double countD = std::floor((r.stop - r.start) / r.step + 1e-9) + 1;
        if (!(countD <= double(kMaxCombinations)))
            return rangeError(SN_TEXT("sn::Backtest", "range '%1' has too many values"), {r.name});
        const auto count = std::size_t(countD);
        for (std::size_t k = 0; k < count; ++k)
            values.push_back(r.start + double(k) * r.step);
        for (double v : values)
            if (v < spec.min || v > spec.max || (spec.type != ParamType::Double && v != std::floor(v)))
                return rangeError(
                    SN_TEXT("sn::Backtest",
                            "range '%1' goes outside what parameter '%1' allows ([%2, %3], %4)"),
                    {r.name, std::to_string(spec.min), std::to_string(spec.max), paramTypeName(spec.type)});
        total *= double(values.size());
        axisIndex.push_back(std::size_t(i));
        axes.push_back(std::move(values));
    }
    if (total > double(kMaxCombinations))
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Backtest", "the grid has %1 points, more than %2"),
                         {std::to_string(std::llround(total)), std::to_string(kMaxCombinations)})
            .at(SN_TEXT("sn::Backtest", "sweep"), {});

    // Every valid grid point (constraints such as fast < slow applied).
    const std::size_t k = info.params.size();
    SweepResult res;
    res.rankBy = sweep.rankBy;
    SweepTable &tab = res.table;
    for (const auto &p : info.params)
        tab.paramNames.push_back(p.name);
    std::vector<double> point = baseValues;
    std::vector<std::size_t> idx(axes.size(), 0);
    std::size_t warmMax = 0;
    for (bool more = true; more;) {
        for (std::size_t a = 0; a < axes.size(); ++a)
            point[axisIndex[a]] = axes[a][idx[a]];
        if (info.validate(point)) {
            tab.params.insert(tab.params.end(), point.begin(), point.end());
            warmMax = std::max(warmMax, strategy->warmup(point));
        }
        more = false;
        for (std::size_t a = axes.size(); a-- > 0;) {
            if (++idx[a] < axes[a].size()) {
                more = true;
                break;
            }
            idx[a] = 0;
        }
    }
    std::size_t rows = k ? tab.params.size() / k : 0;
    if (rows == 0)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Backtest", "no grid point satisfies the parameter constraints"), {})
            .at(SN_TEXT("sn::Backtest", "sweep"), {});
    if (sweep.randomSamples > 0 && sweep.randomSamples < rows) {
        // Distinct points drawn with a seeded generator, kept in grid order.
        std::vector<std::size_t> pick(rows);
        std::iota(pick.begin(), pick.end(), std::size_t(0));
        std::mt19937_64 rng(sweep.seed);
        for (std::size_t i = 0; i < sweep.randomSamples; ++i) {
            std::uniform_int_distribution<std::size_t> d(i, rows - 1);
            std::swap(pick[i], pick[d(rng)]);
        }
        pick.resize(sweep.randomSamples);
        std::sort(pick.begin(), pick.end());
        std::vector<double> chosen;
        chosen.reserve(pick.size() * k);
        for (std::size_t r : pick)
            chosen.insert(chosen.end(), tab.params.begin() + std::ptrdiff_t(r * k),
                          tab.params.begin() + std::ptrdiff_t((r + 1) * k));
        tab.params.swap(chosen);
        rows = sweep.randomSamples;
    }
    // Bars before `begin` count towards the warm-up; the point needing the
    // longest one decides.
    for (std::size_t r = 0; r < rows; ++r)
        if (strategy->warmup(tab.row(r)) == warmMax) {
            if (auto w = Backtester::checkWarmup(*strategy, tab.row(r), end); !w)
                return w.error();
            break;
        }

    // A strategy from outside the registry (a rule) may state its own stops
    // and take them from the swept parameters: every row's config is checked
    // before any row runs. Built-ins use sweep.config as it is.
    if (sweep.custom)
        for (std::size_t r = 0; r < rows; ++r)
            if (auto c = strategy->configFor(tab.row(r), sweep.config); !c)
                return c.error();

    for (auto *col : {&tab.finalEquity, &tab.totalReturn, &tab.cagr, &tab.exposure, &tab.winRate,
                      &tab.profitFactor, &tab.score})
        col->assign(rows, kNaN);
    tab.trades.assign(rows, 0);
    tab.done.assign(rows, 0);

    IndicatorCache cache(series.open, series.high, series.low, series.close, series.volume);
    const PriceView prices{series.time, series.open, series.close};
    const std::span<const TimestampMs> times =
        std::span<const TimestampMs>(series.time).subspan(begin, end - begin);
    std::atomic<std::size_t> next{0}, completed{0};
    std::mutex progressMutex;
    std::size_t lastReported = 0;
    const std::size_t reportEvery = std::max<std::size_t>(1, rows / 100);

    auto worker = [&]() {
        std::vector<std::uint8_t> flags(n);
        std::vector<double> equity(end - begin), scratch(end - begin);
        TradeTally tally;
        StopDistances distances;
        for (;;) {
            if (sweep.cancel && sweep.cancel->load(std::memory_order_relaxed))
                return;
            const std::size_t i = next.fetch_add(1, std::memory_order_relaxed);
            if (i >= rows)
                return;
            const auto p = tab.row(i);
            strategy->computeSignals(p, cache, flags);
            if (sweep.custom) {
                BacktestConfig config = strategy->configFor(p, sweep.config).valueOr(sweep.config);
                if (strategy->computeStopDistances(p, cache, distances))
                    distances.applyTo(config);
                Simulator::runLight(prices, flags, config, begin, end, equity, tally);
            } else {
                Simulator::runLight(prices, flags, sweep.config, begin, end, equity, tally);
            }
            const BacktestMetrics m = Metrics::computeFor(sweep.rankBy, sweep.config.cash, equity, times,
                                                          tally, sweep.convention, scratch);
            tab.finalEquity[i] = m.finalEquity;
            tab.totalReturn[i] = m.totalReturn;
            tab.cagr[i] = opt(m.cagr);
            tab.exposure[i] = m.exposure;
            tab.winRate[i] = opt(m.winRate);
            tab.profitFactor[i] = opt(m.profitFactor);
            tab.score[i] = opt(Metrics::value(m, sweep.rankBy));
            tab.trades[i] = std::uint32_t(m.trades);
            tab.done[i] = 1;
            const std::size_t c = completed.fetch_add(1, std::memory_order_relaxed) + 1;
            if (sweep.progress && (c % reportEvery == 0 || c == rows)) {
                std::lock_guard lock(progressMutex);
                if (c > lastReported) {
                    lastReported = c;
                    sweep.progress(c, rows);
                }
            }
        }
    };
    unsigned threads = sweep.threads ? sweep.threads : std::max(1u, std::thread::hardware_concurrency());
    threads = unsigned(std::min<std::size_t>(threads, rows));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (auto &t : pool)
        t.join();

    res.evaluated = completed.load();
    res.cancelled = res.evaluated < rows;
    for (std::size_t i = 0; i < rows; ++i)
        if (tab.done[i])
            res.ranking.push_back(i);
    const bool higher = Metrics::higherIsBetter(sweep.rankBy);
    std::stable_sort(res.ranking.begin(), res.ranking.end(), [&](std::size_t a, std::size_t b) {
        const double x = tab.score[a], y = tab.score[b];
        if (std::isnan(x) != std::isnan(y))
            return std::isnan(y);
        if (std::isnan(x))
            return false;
        return higher ? x > y : x < y;
    });
    res.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    lc.info("sweep {}: {} of {} combinations in {:.3f} s on {} threads{}", info.name, res.evaluated, rows,
            res.seconds, threads, res.cancelled ? " (cancelled)" : "");
    return res;
}

} // namespace sn::bt
