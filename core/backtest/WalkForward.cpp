#include "core/backtest/WalkForward.h"

#include "core/backtest/Annualisation.h"
#include "core/backtest/Backtester.h"
#include "core/backtest/IndicatorCache.h"
#include "core/backtest/Simulator.h"
#include "core/backtest/StrategyRegistry.h"
#include "core/common/Log.h"
#include "core/market/BarSeries.h"

namespace sn::bt {

static const sn::log::Category lc("supernova.backtest");

Result<WalkForwardResult> WalkForward::run(const BarSeries &series, const WalkForwardConfig &config)
{
    if (config.sweep.periodsFromInterval) {
        auto annualised = annualisedFor(config.sweep.convention, series);
        if (!annualised)
            return annualised.error();
        WalkForwardConfig fixed = config;
        fixed.sweep.convention = *annualised;
        fixed.sweep.periodsFromInterval = false;
        return run(series, fixed);
    }
    const Strategy *strategy =
        config.sweep.custom ? config.sweep.custom : StrategyRegistry::find(config.sweep.strategy);
    if (!strategy)
        return StrategyRegistry::unknown(config.sweep.strategy);
    if (auto r = Backtester::checkSeries(series); !r)
        return r.error();
    if (config.inSampleBars < 2)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Backtest", "'in_sample' must be at least 2 bars"), {})
            .at(SN_TEXT("sn::Backtest", "walk-forward"), {});
    if (config.outOfSampleBars < 2)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Backtest", "'out_of_sample' must be at least 2 bars"), {})
            .at(SN_TEXT("sn::Backtest", "walk-forward"), {});
    const std::size_t n = series.size();
    if (config.inSampleBars + config.outOfSampleBars > n)
        return makeError(
                   ErrorCode::InvalidArgument,
                   SN_TEXT("sn::Backtest", "too few bars: %1 given, 'in_sample' + 'out_of_sample' = %2"),
                   {std::to_string(n), std::to_string(config.inSampleBars + config.outOfSampleBars)})
            .at(SN_TEXT("sn::Backtest", "walk-forward"), {});

    WalkForwardResult out;
    out.rankBy = config.sweep.rankBy;
    for (const auto &p : strategy->info().params)
        out.paramNames.push_back(p.name);
    IndicatorCache cache(series.open, series.high, series.low, series.close, series.volume);
    const PriceView prices{series.time, series.open, series.close};
    std::vector<std::uint8_t> flags(n);
    double cash = config.sweep.config.cash;
    TradeTally total;
    std::vector<double> scratch(n);
    StopDistances distances;

    for (std::size_t k = 0;; ++k) {
        WalkForwardWindow w;
        w.isBegin = config.anchored ? 0 : k * config.outOfSampleBars;
        w.isEnd = config.inSampleBars + k * config.outOfSampleBars;
        w.oosBegin = w.isEnd;
        w.oosEnd = std::min(n, w.oosBegin + config.outOfSampleBars);
        if (w.oosBegin + 2 > n)
            break;
        if (config.sweep.cancel && config.sweep.cancel->load())
            return makeError(ErrorCode::Cancelled, "cancelled", "walk-forward");
        SweepConfig sc = config.sweep;
        sc.begin = w.isBegin;
        sc.end = w.isEnd;
        auto sweep = Optimizer::run(series, sc);
        if (!sweep)
            return sweep.error().withContext(SN_TEXT("sn::Backtest", "walk-forward window %1"),
                                             {std::to_string(k + 1)});
        if (sweep->ranking.empty())
            return makeError(ErrorCode::Cancelled, "no combination evaluated", "walk-forward");
        const std::size_t best = sweep->ranking.front();
        const auto row = sweep->table.row(best);
        w.params.assign(row.begin(), row.end());
        w.inSampleScore = sweep->table.score[best];
        w.isFrom = series.time[w.isBegin];
        w.isTo = series.time[w.isEnd - 1];
        w.oosFrom = series.time[w.oosBegin];
        w.oosTo = series.time[w.oosEnd - 1];

        strategy->computeSignals(w.params, cache, flags);
        Result<BacktestConfig> windowConfig = strategy->configFor(w.params, config.sweep.config);
        if (!windowConfig)
            return windowConfig.error();
        if (strategy->computeStopDistances(w.params, cache, distances))
            distances.applyTo(*windowConfig);
        auto is = Simulator::run(prices, flags, *windowConfig, w.isBegin, w.isEnd);
        if (!is)
            return is.error();
        w.inSample = Metrics::compute(*is, {}, config.sweep.convention);
        BacktestConfig oosConfig = *windowConfig;
        oosConfig.cash = cash;
        auto oos = Simulator::run(prices, flags, oosConfig, w.oosBegin, w.oosEnd);
        if (!oos)
            return oos.error();
        w.outOfSample = Metrics::compute(*oos, {}, config.sweep.convention);
        out.oosTime.insert(out.oosTime.end(), oos->time.begin(), oos->time.end());
        out.oosEquity.insert(out.oosEquity.end(), oos->equity.begin(), oos->equity.end());
        const TradeTally &t = oos->tally;
        if (t.closedTrades > 0) {
            total.bestTrade = total.closedTrades ? std::max(total.bestTrade, t.bestTrade) : t.bestTrade;
            total.worstTrade = total.closedTrades ? std::min(total.worstTrade, t.worstTrade) : t.worstTrade;
        }
        total.closedTrades += t.closedTrades;
        total.wins += t.wins;
        total.losses += t.losses;
        total.grossProfit += t.grossProfit;
        total.grossLoss += t.grossLoss;
        total.barsInMarket += t.barsInMarket;
        total.fills += t.fills;
        total.totalCosts += t.totalCosts;
        cash = oos->finalEquity;
        out.windows.push_back(std::move(w));
        if (out.windows.back().oosEnd >= n)
            break;
        if (!(cash > 0))
            break; // ruined: nothing left to trade
    }
    if (out.windows.empty())
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Backtest", "no complete window fits the series"), {})
            .at(SN_TEXT("sn::Backtest", "walk-forward"), {});
    scratch.resize(out.oosEquity.size());
    out.outOfSample = Metrics::compute(config.sweep.config.cash, out.oosEquity, out.oosTime, total, {},
                                       config.sweep.convention, scratch);
    lc.info("walk-forward {}: {} windows, out-of-sample final {}", strategy->info().name, out.windows.size(),
            out.outOfSample.finalEquity);
    return out;
}

} // namespace sn::bt
