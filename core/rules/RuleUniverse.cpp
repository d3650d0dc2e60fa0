#include "core/rules/RuleUniverse.h"

#include "core/backtest/Metrics.h"
#include "core/market/BarSeries.h"

#include <algorithm>

namespace sn::rules {

Result<UniverseRun> RuleUniverse::run(const std::vector<const BarSeries *> &series,
                                      const bt::BacktestRequest &request)
{
    if (series.empty())
        return makeError(ErrorCode::InvalidArgument, "no symbol to run on", "symbol list");
    UniverseRun out;
    bt::BacktestRequest each = request;
    each.config.cash = request.config.cash / double(series.size());
    for (const BarSeries *s : series) {
        for (const std::string &seen : out.symbols)
            if (seen == s->symbol)
                return makeError(ErrorCode::InvalidArgument, "'" + seen + "' is listed twice", "symbol list");
        auto report = bt::Backtester::run(*s, each);
        if (!report)
            return report.error().withContext("symbol " + s->symbol);
        out.symbols.push_back(s->symbol);
        out.each.push_back(std::move(report).value());
    }

    // The union of the bar times, then each account stepped along it.
    bt::BacktestResult &sum = out.combined.result;
    for (const bt::BacktestReport &r : out.each)
        sum.time.insert(sum.time.end(), r.result.time.begin(), r.result.time.end());
    std::sort(sum.time.begin(), sum.time.end());
    sum.time.erase(std::unique(sum.time.begin(), sum.time.end()), sum.time.end());
    sum.equity.assign(sum.time.size(), 0.0);
    for (std::size_t a = 0; a < out.each.size(); ++a) {
        const bt::BacktestResult &r = out.each[a].result;
        std::size_t k = 0;
        double carried = r.initialCash;
        for (std::size_t t = 0; t < sum.time.size(); ++t) {
            while (k < r.time.size() && r.time[k] <= sum.time[t])
                carried = r.equity[k++];
            sum.equity[t] += carried;
        }
        for (bt::Trade trade : r.trades) {
            trade.asset = int(a);
            sum.trades.push_back(trade);
        }
        for (bt::Fill fill : r.fills) {
            fill.asset = int(a);
            sum.fills.push_back(fill);
        }
        for (bt::OpenPosition open : r.openPositions) {
            open.asset = int(a);
            sum.openPositions.push_back(open);
        }
        const bt::TradeTally &t = r.tally;
        bt::TradeTally &s = sum.tally;
        if (t.closedTrades > 0) {
            s.bestTrade = s.closedTrades ? std::max(s.bestTrade, t.bestTrade) : t.bestTrade;
            s.worstTrade = s.closedTrades ? std::min(s.worstTrade, t.worstTrade) : t.worstTrade;
        }
        s.closedTrades += t.closedTrades;
        s.wins += t.wins;
        s.losses += t.losses;
        s.grossProfit += t.grossProfit;
        s.grossLoss += t.grossLoss;
        s.fills += t.fills;
        s.rejectedOrders += t.rejectedOrders;
        s.totalCosts += t.totalCosts;
        sum.initialCash += r.initialCash;
        sum.finalCash += r.finalCash;
        sum.finalEquity += r.finalEquity;
        sum.optimisticFills = sum.optimisticFills || r.optimisticFills;
    }
    // Bars in the market: a combined bar counts when any account holds a
    // position at that close (entry bar up to the bar before the exit, as the
    // simulator counts them), so one stretch held by two accounts counts once.
    std::vector<char> held(sum.time.size(), 0);
    for (const bt::BacktestReport &r : out.each) {
        auto mark = [&](std::size_t from, std::size_t to) {
            for (std::size_t k = from; k < to && k < r.result.time.size(); ++k) {
                const auto at = std::lower_bound(sum.time.begin(), sum.time.end(), r.result.time[k]);
                held[std::size_t(at - sum.time.begin())] = 1;
            }
        };
        for (const bt::Trade &t : r.result.trades)
            mark(t.entryBar, t.exitBar);
        for (const bt::OpenPosition &o : r.result.openPositions)
            mark(o.entryBar, r.result.time.size());
    }
    sum.tally.barsInMarket = std::size_t(std::count(held.begin(), held.end(), 1));
    std::sort(sum.trades.begin(), sum.trades.end(),
              [](const bt::Trade &x, const bt::Trade &y) { return x.exitTime < y.exitTime; });
    std::sort(sum.fills.begin(), sum.fills.end(),
              [](const bt::Fill &x, const bt::Fill &y) { return x.time < y.time; });
    out.combined.strategy = out.each.front().strategy;
    out.combined.paramNames = out.each.front().paramNames;
    out.combined.params = out.each.front().params;
    out.combined.convention = out.each.front().convention;
    out.combined.metrics = bt::Metrics::compute(sum, {}, out.combined.convention);
    return out;
}

} // namespace sn::rules
