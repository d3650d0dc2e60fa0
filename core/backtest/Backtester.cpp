#include "core/backtest/Backtester.h"

#include "core/backtest/Annualisation.h"
#include "core/backtest/IndicatorCache.h"
#include "core/backtest/MomentumRotation.h"
#include "core/backtest/Simulator.h"
#include "core/backtest/StrategyRegistry.h"
#include "core/common/Log.h"
#include "core/market/BarSeries.h"

#include <atomic>
#include <charconv>
#include <cmath>
#include <thread>

namespace sn::bt {

static const sn::log::Category lc("supernova.backtest");

Result<Sizing> Backtester::parseSizing(std::string_view text)
{
    auto bad = [&] {
        return makeError(
            ErrorCode::InvalidArgument,
            SN_TEXT("sn::Backtest", "'%1' is not one of all_in, whole_shares, units:N, percent:P"), {text},
            "--sizing");
    };
    if (text == "all_in")
        return Sizing{SizingMode::AllInFractional, 0};
    if (text == "whole_shares")
        return Sizing{SizingMode::WholeShares, 0};
    const auto colon = text.find(':');
    if (colon == std::string_view::npos)
        return bad();
    const std::string_view kind = text.substr(0, colon), number = text.substr(colon + 1);
    double v = 0;
    auto r = std::from_chars(number.data(), number.data() + number.size(), v);
    if (number.empty() || r.ec != std::errc() || r.ptr != number.data() + number.size())
        return bad();
    if (kind == "units") {
        if (!(v > 0))
            return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::Backtest", "units must be > 0"), {},
                             "--sizing");
        return Sizing{SizingMode::FixedUnits, v};
    }
    if (kind == "percent") {
        if (!(v > 0 && v <= 100))
            return makeError(ErrorCode::InvalidArgument,
                             SN_TEXT("sn::Backtest", "percent must be in (0, 100]"), {}, "--sizing");
        return Sizing{SizingMode::PercentEquity, v};
    }
    return bad();
}

Result<FillTiming> Backtester::parseFill(std::string_view text)
{
    if (text == "next_open")
        return FillTiming::NextOpen;
    if (text == "close")
        return FillTiming::Close;
    return makeError(ErrorCode::InvalidArgument,
                     SN_TEXT("sn::Backtest", "'%1' is not one of next_open, close (close is optimistic)"),
                     {text}, "--fill");
}

Result<void> Backtester::checkSeries(const BarSeries &s)
{
    const std::size_t n = s.size();
    if (n == 0)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Backtest", "the series has no bars (empty date range?)"), {})
            .at(SN_TEXT("sn::Backtest", "series %1"), {s.symbol});
    if (s.open.size() != n || s.close.size() != n || s.high.size() != n || s.low.size() != n)
        return makeError(ErrorCode::InvalidArgument, "price arrays differ in length", "series " + s.symbol);
    if (!s.isStrictlyIncreasing())
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Backtest", "bar times are not strictly increasing"), {})
            .at(SN_TEXT("sn::Backtest", "series %1"), {s.symbol});
    for (std::size_t i = 0; i < n; ++i) {
        if (!(s.open[i] > 0) || !std::isfinite(s.open[i]))
            return makeError(ErrorCode::InvalidArgument,
                             SN_TEXT("sn::Backtest", "field 'open' is not a positive number"), {})
                .at(SN_TEXT("sn::Backtest", "series %1 bar %2"), {s.symbol, formatDate(s.time[i])});
        if (!(s.close[i] > 0) || !std::isfinite(s.close[i]))
            return makeError(ErrorCode::InvalidArgument,
                             SN_TEXT("sn::Backtest", "field 'close' is not a positive number"), {})
                .at(SN_TEXT("sn::Backtest", "series %1 bar %2"), {s.symbol, formatDate(s.time[i])});
    }
    return {};
}

Result<void> Backtester::checkWarmup(const Strategy &strategy, std::span<const double> params,
                                     std::size_t bars)
{
    const std::size_t warm = strategy.warmup(params);
    // A signal needs the warm-up bars, the deciding bar and a bar to fill on.
    const std::size_t needed = warm + 2;
    if (bars >= needed)
        return {};
    const StrategyInfo &info = strategy.info();
    std::string culprit;
    double largest = -1;
    for (std::size_t i = 0; i < info.params.size(); ++i)
        if (info.params[i].type == ParamType::Int && params[i] > largest) {
            largest = params[i];
            culprit = info.params[i].name;
        }
    Error e =
        culprit.empty()
            ? Error(ErrorCode::InvalidArgument,
                    SN_TEXT("sn::Backtest", "too few bars: %1 given, at least %2"),
                    {std::to_string(bars), std::to_string(needed)})
            : Error(ErrorCode::InvalidArgument,
                    SN_TEXT("sn::Backtest", "too few bars: %1 given, parameter '%2' = %3 needs at least %4"),
                    {std::to_string(bars), culprit, std::to_string(int(largest)), std::to_string(needed)});
    e.at(SN_TEXT("sn::Backtest", "strategy %1"), {info.name});
    return e;
}

Result<BacktestReport> Backtester::run(const BarSeries &series, const Strategy &strategy,
                                       std::span<const double> params, const BacktestConfig &baseConfig,
                                       const Convention &convention, bool withBenchmark)
{
    const StrategyInfo &info = strategy.info();
    if (auto r = info.validate(params); !r)
        return r.error();
    const Result<BacktestConfig> strategyConfig = strategy.configFor(params, baseConfig);
    if (!strategyConfig)
        return strategyConfig.error();
    BacktestConfig config = *strategyConfig;
    if (auto r = Simulator::validate(config); !r)
        return r.error();
    if (config.allowShort && !info.supportsShort)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Backtest", "'allow_short' is not supported by this strategy"), {})
            .at(SN_TEXT("sn::Backtest", "strategy %1"), {info.name});
    if (auto r = checkSeries(series); !r)
        return r.error();
    if (auto r = checkWarmup(strategy, params, series.size()); !r)
        return r.error();

    IndicatorCache cache(series.open, series.high, series.low, series.close, series.volume);
    std::vector<std::uint8_t> flags(series.size());
    Result<BacktestResult> result = BacktestResult{};
    // Distance stops (a rule's `stop = 2 * atr(14)`) are arrays the
    // simulation reads from its first bar, so they are made before it.
    StopDistances distances;
    if (strategy.computeStopDistances(params, cache, distances))
        distances.applyTo(config);
    if (!distances.any() && series.size() >= kFollowFromBars && std::thread::hardware_concurrency() > 1) {
        // Long series: the simulation follows the signal pass on a second
        // core instead of waiting for it (same result, bit for bit).
        std::atomic<std::size_t> ready{0};
        std::thread signals([&]() { strategy.computeSignalsPublishing(params, cache, flags, ready); });
        auto followed = Simulator::runIntoFollowing(PriceView{series.time, series.open, series.close}, flags,
                                                    ready, config, *result);
        signals.join();
        if (!followed)
            return followed.error();
    } else {
        strategy.computeSignals(params, cache, flags);
        result = Simulator::run(series, flags, config);
        if (!result)
            return result.error();
    }

    BacktestReport report;
    report.strategy = info.name;
    for (const auto &p : info.params)
        report.paramNames.push_back(p.name);
    report.params.assign(params.begin(), params.end());
    report.result = std::move(result).value();
    if (withBenchmark) {
        std::fill(flags.begin(), flags.end(), std::uint8_t(kEnterLong));
        BacktestConfig holdConfig = config;
        holdConfig.allowShort = false;
        holdConfig.stopLoss = holdConfig.takeProfit = holdConfig.trailingStop = 0;
        holdConfig.stopLossDistance = holdConfig.takeProfitDistance = holdConfig.trailingDistance = {};
        if (holdConfig.sizing.mode == SizingMode::FixedUnits)
            holdConfig.sizing = {SizingMode::AllInFractional, 0};
        auto hold = Simulator::run(series, flags, holdConfig);
        if (hold)
            report.benchmarkEquity = std::move(hold->equity);
    }
    report.metrics = Metrics::compute(report.result, report.benchmarkEquity, convention);
    report.convention = convention;
    lc.debug("{} on {}: {} bars, {} trades, final {}", info.name, series.symbol, series.size(),
             report.result.trades.size(), report.result.finalEquity);
    return report;
}

Result<BacktestReport> Backtester::run(const BarSeries &series, const BacktestRequest &request)
{
    const Strategy *strategy = request.custom ? request.custom : StrategyRegistry::find(request.strategy);
    if (!strategy) {
        if (StrategyRegistry::findInfo(request.strategy))
            return makeError(ErrorCode::InvalidArgument,
                             SN_TEXT("sn::Backtest", "is a multi-asset strategy: give several series"), {})
                .at(SN_TEXT("sn::Backtest", "strategy %1"), {request.strategy});
        return StrategyRegistry::unknown(request.strategy);
    }
    auto params = strategy->info().resolve(request.params);
    if (!params)
        return params.error();
    Convention convention = request.convention;
    if (request.periodsFromInterval) {
        auto annualised = annualisedFor(request.convention, series);
        if (!annualised)
            return annualised.error();
        convention = *annualised;
    }
    return run(series, *strategy, *params, request.config, convention, request.withBenchmark);
}

Result<BacktestReport> Backtester::runMulti(const std::vector<const BarSeries *> &assets,
                                            const BacktestRequest &request)
{
    const StrategyInfo &info = MomentumRotation::info();
    if (request.strategy != info.name)
        return StrategyRegistry::findInfo(request.strategy)
                   ? makeError(ErrorCode::InvalidArgument,
                               SN_TEXT("sn::Backtest", "is a single-series strategy"), {})
                         .at(SN_TEXT("sn::Backtest", "strategy %1"), {request.strategy})
                   : StrategyRegistry::unknown(request.strategy);
    auto params = info.resolve(request.params);
    if (!params)
        return params.error();
    for (const BarSeries *s : assets)
        if (auto r = checkSeries(*s); !r)
            return r.error();
    Convention convention = request.convention;
    // The portfolio's returns are per bar of the first series (the rotation
    // trades on common dates); every series must be spaced as it is stored.
    for (std::size_t i = 0; request.periodsFromInterval && i < assets.size(); ++i) {
        auto annualised = annualisedFor(request.convention, *assets[i]);
        if (!annualised)
            return annualised.error();
        if (i == 0)
            convention = *annualised;
    }
    auto result = MomentumRotation::run(assets, *params, request.config);
    if (!result)
        return result.error();
    BacktestReport report;
    report.strategy = info.name;
    for (const auto &p : info.params)
        report.paramNames.push_back(p.name);
    report.params = *params;
    report.result = std::move(result).value();
    report.metrics = Metrics::compute(report.result, {}, convention);
    report.convention = convention;
    return report;
}

} // namespace sn::bt
