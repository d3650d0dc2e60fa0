#include "core/backtest/MomentumRotation.h"

#include "core/backtest/Simulator.h"
#include "core/common/Log.h"
#include "core/market/BarSeries.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sn::bt {

static const sn::log::Category lc("supernova.backtest");

const StrategyInfo &MomentumRotation::info()
{
    static const StrategyInfo i{
        "momentum_rotation",
        "Multi-asset momentum rotation: hold the top N assets by trailing return, equal weight, rebalanced "
        "at each "
        "month end, one shared cash account",
        {{"lookback", ParamType::Int, 63, 1, 5000, "trailing return window (bars)", {}},
         {"top_n", ParamType::Int, 1, 1, 1000, "number of assets held", {}}},
        {},
        false,
        true};
    return i;
}

namespace {

struct Holding
{
    double qty = 0;
    double avgEntry = 0;
    double entryCommission = 0;
    std::size_t entryBar = 0;
};

} // namespace

Result<BacktestResult> MomentumRotation::run(const std::vector<const BarSeries *> &assets,
                                             std::span<const double> params, const BacktestConfig &config)
{
    const StrategyInfo &si = info();
    if (auto r = si.validate(params); !r)
        return r.error();
    if (auto r = Simulator::validate(config); !r)
        return r.error();
    if (config.allowShort)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Backtest", "'allow_short' is not supported (long-only rotation)"), {})
            .at(SN_TEXT("sn::Backtest", "strategy %1"), {si.name});
    if (config.sizing.mode != SizingMode::AllInFractional && config.sizing.mode != SizingMode::WholeShares)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Backtest",
                                 "'sizing' must be all_in or whole_shares (weights decide amounts)"),
                         {})
            .at(SN_TEXT("sn::Backtest", "strategy %1"), {si.name});
    const std::size_t lookback = std::size_t(params[0]);
    const std::size_t topN = std::size_t(params[1]);
    const std::size_t m = assets.size();
    if (m < 2)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Backtest", "needs at least 2 assets, got %1"), {std::to_string(m)})
            .at(SN_TEXT("sn::Backtest", "strategy %1"), {si.name});
    if (topN > m)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Backtest", "parameter 'top_n' (%1) exceeds the number of assets (%2)"),
                         {std::to_string(topN), std::to_string(m)})
            .at(SN_TEXT("sn::Backtest", "strategy %1"), {si.name});

    // Dates common to every series, as per-asset bar indices.
    std::vector<TimestampMs> dates = assets[0]->time;
    for (std::size_t a = 1; a < m; ++a) {
        std::vector<TimestampMs> common;
        std::set_intersection(dates.begin(), dates.end(), assets[a]->time.begin(), assets[a]->time.end(),
                              std::back_inserter(common));
        dates.swap(common);
    }
    const std::size_t n = dates.size();
    if (n <= lookback + 1)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Backtest",
                                 "too few common bars: %1, parameter 'lookback' = %2 needs at least %3"),
                         {std::to_string(n), std::to_string(lookback), std::to_string(lookback + 2)})
            .at(SN_TEXT("sn::Backtest", "strategy %1"), {si.name});
    std::vector<std::vector<double>> open(m, std::vector<double>(n)), close(m, std::vector<double>(n));
    for (std::size_t a = 0; a < m; ++a) {
        const BarSeries &s = *assets[a];
        std::size_t j = 0;
        for (std::size_t t = 0; t < n; ++t) {
            while (s.time[j] != dates[t])
                ++j;
            open[a][t] = s.open[j];
            close[a][t] = s.close[j];
        }
    }

    BacktestResult out;
    out.initialCash = config.cash;
    out.optimisticFills = config.fill == FillTiming::Close;
    out.time = dates;
    out.equity.resize(n);
    double cash = config.cash;
    std::vector<Holding> hold(m);
    std::vector<std::size_t> order(m);
    std::vector<char> target(m, 0);
    bool pending = false;
    const double slip = config.costs.slippageBps * 1e-4;
    const bool whole = config.sizing.mode == SizingMode::WholeShares;
    const CostModel &costs = config.costs;

    auto sell = [&](std::size_t a, double units, std::size_t t, double ref) {
        Holding &h = hold[a];
        const double price = ref * (1 - slip);
        const double comm = Simulator::commission(costs, units, price);
        const double share = units / h.qty;
        const double pnl = units * (price - h.avgEntry) - h.entryCommission * share - comm;
        cash += units * price - comm;
        out.fills.push_back(
            {t, dates[t], int(a), -units, price, comm, units * ref * slip, FillReason::Signal});
        Trade tr;
        tr.asset = int(a);
        tr.entryBar = h.entryBar;
        tr.exitBar = t;
        tr.entryTime = dates[h.entryBar];
        tr.exitTime = dates[t];
        tr.entryPrice = h.avgEntry;
        tr.exitPrice = price;
        tr.quantity = units;
        tr.pnl = pnl;
        tr.costs = h.entryCommission * share + comm;
        tr.returnPct = pnl / (units * h.avgEntry) * 100.0;
        out.trades.push_back(tr);
        TradeTally &k = out.tally;
        ++k.closedTrades;
        ++k.fills;
        k.totalCosts += comm;
        if (pnl > 0) {
            ++k.wins;
            k.grossProfit += pnl;
        } else if (pnl < 0) {
            ++k.losses;
            k.grossLoss -= pnl;
        }
        k.bestTrade = k.closedTrades == 1 ? pnl : std::max(k.bestTrade, pnl);
        k.worstTrade = k.closedTrades == 1 ? pnl : std::min(k.worstTrade, pnl);
        h.entryCommission -= h.entryCommission * share;
        h.qty -= units;
        if (h.qty <= 1e-12 * units)
            h = Holding{};
    };

    auto buy = [&](std::size_t a, double wantValue, std::size_t t, double ref) {
        const double price = ref * (1 + slip);
        const double budget = std::min(wantValue, cash);
        double q = budget / (price * (1 + costs.commission) + costs.perShare);
        if (costs.minimum > 0 &&
            Simulator::commission(costs, q, price) > costs.commission * q * price + costs.perShare * q)
            q = (budget - costs.minimum) / price;
        if (whole) {
            q = std::floor(q);
            while (q > 0 && q * price + Simulator::commission(costs, q, price) > cash)
                q -= 1;
        }
        if (!(q > 0))
            return;
        const double comm = Simulator::commission(costs, q, price);
        cash -= q * price + comm;
        if (cash < 0 && cash > -1e-9 * config.cash)
            cash = 0;
        Holding &h = hold[a];
        if (h.qty == 0)
            h.entryBar = t;
        h.avgEntry = (h.avgEntry * h.qty + price * q) / (h.qty + q);
        h.qty += q;
        h.entryCommission += comm;
        ++out.tally.fills;
        out.tally.totalCosts += comm;
        out.fills.push_back({t, dates[t], int(a), q, price, comm, q * ref * slip, FillReason::Signal});
    };

    auto rebalance = [&](std::size_t t, const std::vector<std::vector<double>> &px) {
        double equity = cash;
        for (std::size_t a = 0; a < m; ++a)
            equity += hold[a].qty * px[a][t];
        const double each = equity / double(topN);
        // Sells first (assets leaving, and trimming overweight holdings).
        for (std::size_t a = 0; a < m; ++a) {
            if (hold[a].qty == 0)
                continue;
            const double value = hold[a].qty * px[a][t];
            if (!target[a])
                sell(a, hold[a].qty, t, px[a][t]);
            else if (value > each * (1 + 1e-9)) {
                double units = (value - each) / px[a][t];
                if (whole)
                    units = std::ceil(units);
                sell(a, std::min(units, hold[a].qty), t, px[a][t]);
            }
        }
        for (std::size_t a = 0; a < m; ++a) {
            if (!target[a])
                continue;
            const double value = hold[a].qty * px[a][t];
            if (value < each * (1 - 1e-9))
                buy(a, each - value, t, px[a][t]);
        }
    };

    for (std::size_t t = 0; t < n; ++t) {
        if (pending) {
            rebalance(t, open);
            pending = false;
        }
        const bool monthEnd = t + 1 < n && toCivil(dates[t]).month != toCivil(dates[t + 1]).month;
        if (monthEnd && t >= lookback) {
            std::iota(order.begin(), order.end(), std::size_t(0));
            auto mom = [&](std::size_t a) { return close[a][t] / close[a][t - lookback] - 1.0; };
            std::stable_sort(order.begin(), order.end(),
                             [&](std::size_t x, std::size_t y) { return mom(x) > mom(y); });
            std::fill(target.begin(), target.end(), 0);
            for (std::size_t r = 0; r < topN; ++r)
                target[order[r]] = 1;
            if (config.fill == FillTiming::Close)
                rebalance(t, close);
            else
                pending = true;
        }
        double equity = cash;
        bool invested = false;
        for (std::size_t a = 0; a < m; ++a) {
            equity += hold[a].qty * close[a][t];
            invested = invested || hold[a].qty != 0;
        }
        if (invested)
            ++out.tally.barsInMarket;
        out.equity[t] = equity;
    }
    for (std::size_t a = 0; a < m; ++a) {
        if (hold[a].qty == 0)
            continue;
        const double last = close[a][n - 1];
        out.openPositions.push_back({int(a), hold[a].entryBar, dates[hold[a].entryBar], hold[a].avgEntry,
                                     hold[a].qty, last,
                                     hold[a].qty * (last - hold[a].avgEntry) - hold[a].entryCommission});
    }
    out.finalCash = cash;
    out.finalEquity = out.equity[n - 1];
    lc.debug("momentum rotation: {} assets, {} common bars, {} fills", m, n, out.fills.size());
    return out;
}

} // namespace sn::bt
