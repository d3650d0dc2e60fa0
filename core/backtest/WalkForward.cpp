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

Result<WalkForwardResult> WalkForward::run(const BarSeries &series, const WalkForwardConfig &wf)
{
    if (wf.sweep.periodsFromInterval) {
        auto annualised = annualisedFor(wf.sweep.convention, series);
        if (!annualised)
            return annualised.error();
        WalkForwardConfig fixed = wf;
        fixed.sweep.convention = *annualised;
        fixed.sweep.periodsFromInterval = false;
        return run(series, fixed);
    }
    const Strategy *strategy = wf.sweep.custom ? wf.sweep.custom : StrategyRegistry::find(wf.sweep.strategy);
    if (!strategy)
        return StrategyRegistry::unknown(wf.sweep.strategy);
    if (auto r = Backtester::checkSeries(series); !r)
        return r.error();
    if (wf.inSampleBars < 2)
        return makeError(ErrorCode::InvalidArgument, "'in_sample' must be at least 2 bars", "walk-forward");
    if (wf.outOfSampleBars < 2)
        return makeError(ErrorCode::InvalidArgument, "'out_of_sample' must be at least 2 bars",
                         "walk-forward");
    const std::size_t n = series.size();
    if (wf.inSampleBars + wf.outOfSampleBars > n)
        return makeError(ErrorCode::InvalidArgument,
                         "too few bars: " + std::to_string(n) + " given, 'in_sample' + 'out_of_sample' = " +
                             std::to_string(wf.inSampleBars + wf.outOfSampleBars),
                         "walk-forward");

    WalkForwardResult out;
    out.rankBy = wf.sweep.rankBy;
    for (const auto &p : strategy->info().params)
        out.paramNames.push_back(p.name);
    IndicatorCache cache(series.open, series.high, series.low, series.close, series.volume);
    const PriceView prices{series.time, series.open, series.close};
    std::vector<std::uint8_t> flags(n);
    double cash = wf.sweep.config.cash;
    TradeTally total;
    std::vector<double> scratch(n);
    StopDistances distances;

    for (std::size_t k = 0;; ++k) {
        WalkForwardWindow w;
        w.isBegin = wf.anchored ? 0 : k * wf.outOfSampleBars;
        w.isEnd = wf.inSampleBars + k * wf.outOfSampleBars;
        w.oosBegin = w.isEnd;
        w.oosEnd = std::min(n, w.oosBegin + wf.outOfSampleBars);
        if (w.oosBegin + 2 > n)
            break;
        if (wf.sweep.cancel && wf.sweep.cancel->load())
            return makeError(ErrorCode::Cancelled, "cancelled", "walk-forward");
        SweepConfig sc = wf.sweep;
        sc.begin = w.isBegin;
        sc.end = w.isEnd;
        auto sweep = Optimizer::run(series, sc);
        if (!sweep)
            return sweep.error().withContext("walk-forward window " + std::to_string(k + 1));
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
        Result<BacktestConfig> config = strategy->configFor(w.params, wf.sweep.config);
        if (!config)
            return config.error();
        if (strategy->computeStopDistances(w.params, cache, distances))
            distances.applyTo(*config);
        auto is = Simulator::run(prices, flags, *config, w.isBegin, w.isEnd);
        if (!is)
            return is.error();
        w.inSample = Metrics::compute(*is, {}, wf.sweep.convention);
        BacktestConfig oosConfig = *config;
        oosConfig.cash = cash;
        auto oos = Simulator::run(prices, flags, oosConfig, w.oosBegin, w.oosEnd);
        if (!oos)
            return oos.error();
        w.outOfSample = Metrics::compute(*oos, {}, wf.sweep.convention);
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
        return makeError(ErrorCode::InvalidArgument, "no complete window fits the series", "walk-forward");
    scratch.resize(out.oosEquity.size());
    out.outOfSample = Metrics::compute(wf.sweep.config.cash, out.oosEquity, out.oosTime, total, {},
                                       wf.sweep.convention, scratch);
    lc.info("walk-forward {}: {} windows, out-of-sample final {}", strategy->info().name, out.windows.size(),
            out.outOfSample.finalEquity);
    return out;
}

} // namespace sn::bt
