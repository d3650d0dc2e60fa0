#include "core/report/builders/BacktestReportBuilder.h"

#include "core/backtest/Metrics.h"
#include "core/report/builders/BuilderSupport.h"

#include <cmath>

namespace sn::report {

namespace {

std::string timeText(TimestampMs t, bool daily)
{
    return daily ? formatDate(t) : formatDateTime(t);
}

std::string describe(const bt::BacktestReport &r)
{
    std::string s = r.strategy + '(';
    for (std::size_t i = 0; i < r.paramNames.size() && i < r.params.size(); ++i) {
        if (i)
            s += ", ";
        s += r.paramNames[i] + '=' + numberText(r.params[i]);
    }
    return s + ')';
}

std::string symbolOf(const BacktestReportInput &in, int asset)
{
    if (asset >= 0 && std::size_t(asset) < in.series.size())
        return in.series[std::size_t(asset)]->symbol;
    return std::to_string(asset);
}

Cell when(TimestampMs t, bool daily)
{
    return daily ? Cell::date(t) : Cell::textCell(formatDateTime(t));
}

Table settingsTable(const BacktestReportInput &in)
{
    const bt::BacktestReport &r = *in.report;
    const bt::BacktestConfig &c = in.config;
    Table t;
    t.id = "settings";
    t.title = "Strategy and settings";
    t.columns = {{"Setting", false}, {"Value", false}};
    auto add = [&](const std::string &k, const std::string &v) {
        t.rows.push_back({Cell::textCell(k), Cell::textCell(v)});
    };
    add("Strategy", r.strategy);
    for (std::size_t i = 0; i < r.paramNames.size() && i < r.params.size(); ++i)
        add("Parameter " + r.paramNames[i], numberText(r.params[i]));
    add("Starting cash", cellText(Cell::money(c.cash)));
    add("Commission", numberText(c.costs.commission * 100.0) + " % of traded value");
    add("Commission per share", numberText(c.costs.perShare));
    add("Minimum commission", numberText(c.costs.minimum));
    add("Slippage", numberText(c.costs.slippageBps) + " bps");
    add("Sizing", in.sizingText);
    add("Fills",
        in.fillText == "close" ? "at the deciding bar's close (optimistic)" : "at the next bar's open");
    add("Short positions", c.allowShort ? "allowed" : "not allowed");
    add("Stop-loss", c.stopLoss > 0 ? numberText(c.stopLoss * 100.0) + " %" : "off");
    add("Take-profit", c.takeProfit > 0 ? numberText(c.takeProfit * 100.0) + " %" : "off");
    add("Trailing stop", c.trailingStop > 0 ? numberText(c.trailingStop * 100.0) + " %" : "off");
    add("Metric convention", conventionText(in.convention));
    return t;
}

Table kpis(const BacktestReportInput &in)
{
    const bt::BacktestReport &r = *in.report;
    const bt::BacktestMetrics &m = r.metrics;
    Table t = kpiTable("kpis", "Key figures");
    auto row = [&](const std::string &label, Cell v, const std::string &key) {
        t.rows.push_back(kpiRow(label, std::move(v), key));
    };
    row("Starting equity", Cell::money(m.initialEquity), "initial_equity");
    row("Final equity", Cell::money(r.result.finalEquity), "final_equity");
    row("Total return", Cell::percent(m.totalReturn), "total_return");
    row("CAGR", Cell::percent(m.cagr), "cagr");
    row("Annual volatility", Cell::percent(m.annualVolatility), "annual_volatility");
    row("Sharpe ratio", Cell::number(m.sharpe, 3), "sharpe");
    row("Sortino ratio", Cell::number(m.sortino, 3), "sortino");
    row("Calmar ratio", Cell::number(m.calmar, 3), "calmar");
    row("Max drawdown", Cell::percent(m.maxDrawdown), "max_drawdown");
    if (m.maxDrawdown > 0) {
        row("Drawdown peak", when(m.drawdownStart, in.daily), "drawdown_start");
        row("Drawdown trough", when(m.drawdownTrough, in.daily), "drawdown_trough");
        row("Drawdown recovery",
            m.drawdownRecovery ? when(*m.drawdownRecovery, in.daily) : Cell::textCell("not recovered"),
            "drawdown_recovery");
    }
    row("Exposure", Cell::percent(m.exposure), "exposure");
    row("Closed trades", Cell::integer((long long)(m.trades)), "trades");
    row("Win rate", Cell::percent(m.winRate), "win_rate");
    row("Profit factor", Cell::number(m.profitFactor, 3), "profit_factor");
    row("Expectancy per trade", Cell::money(m.expectancy), "expectancy");
    row("Best trade", Cell::money(m.bestTrade), "best_trade");
    row("Worst trade", Cell::money(m.worstTrade), "worst_trade");
    row("Average win", Cell::money(m.averageWin), "average_win");
    row("Average loss", Cell::money(m.averageLoss), "average_loss");
    row("Beta vs buy & hold", Cell::number(m.beta, 3), "beta");
    row("Alpha vs buy & hold", Cell::number(m.alpha, 4), "alpha");
    row("Total costs", Cell::money(r.result.tally.totalCosts), "total_costs");
    row("Rejected orders (cash)", Cell::integer((long long)(r.result.tally.rejectedOrders)),
        "rejected_orders");
    return t;
}

} // namespace

Document buildBacktestReport(const BacktestReportInput &in)
{
    const bt::BacktestReport &r = *in.report;
    const bt::BacktestResult &res = r.result;
    Document doc;
    doc.kind = "backtest";
    doc.title = "Backtest report";
    std::string symbols;
    for (const BarSeries *s : in.series)
        symbols += (symbols.empty() ? "" : ", ") + s->symbol;
    doc.subtitle = describe(r) + " on " + symbols + " (" + in.interval + ")";
    doc.asOf = res.time.empty() ? std::string() : timeText(res.time.back(), in.daily);

    // ---- summary
    Section summary{"Summary", {}};
    std::string range = res.time.empty() ? std::string("no bars were simulated")
                                         : timeText(res.time.front(), in.daily) + " to " +
                                               timeText(res.time.back(), in.daily) + " (" +
                                               std::to_string(res.time.size()) + " bars)";
    summary.blocks.emplace_back(Paragraph{
        "Strategy " + describe(r) + " on " + symbols + ", " + in.interval + " bars from " + range +
        ". Decisions are taken at each bar's close; " +
        (res.optimisticFills ? "orders fill at the same close." : "orders fill at the next bar's open.") +
        " Costs: commission " + numberText(in.config.costs.commission * 100.0) +
        " % of traded value, slippage " + numberText(in.config.costs.slippageBps) + " bps; sizing " +
        in.sizingText + "."});
    if (res.optimisticFills)
        summary.blocks.emplace_back(
            Note{"Optimistic fills: every order fills at the close of the bar that decided it, a price "
                 "known only once the bar has closed. Real trading cannot do this; expect worse results."});
    if (res.trades.empty())
        summary.blocks.emplace_back(
            Note{"The strategy closed no trades in this period, so the trade statistics (win rate, profit "
                 "factor, expectancy, best and worst trade) are not defined and show n/a."});
    if (res.time.size() < 3)
        summary.blocks.emplace_back(
            Note{"Only " + std::to_string(res.time.size()) +
                 " bars were simulated: return statistics need more data and are mostly not defined."});
    summary.blocks.emplace_back(kpis(in));
    doc.sections.push_back(std::move(summary));

    Section setup{"Strategy, data and costs", {}};
    setup.blocks.emplace_back(settingsTable(in));
    doc.sections.push_back(std::move(setup));

    // ---- curves
    Section curves{"Equity and drawdown", {}};
    Chart equity;
    equity.id = "equity";
    equity.title = "Equity against buy & hold";
    equity.kind = ChartKind::Line;
    equity.yFormat = Format::Money;
    equity.yLabel = "equity";
    const std::vector<double> x = timesAsDoubles(res.time);
    equity.series.push_back({"Strategy", x, res.equity});
    if (r.benchmarkEquity.size() == res.equity.size() && !res.equity.empty())
        equity.series.push_back({"Buy & hold", x, r.benchmarkEquity});
    else
        equity.note = "No buy & hold curve: it is computed for single-instrument strategies only.";
    curves.blocks.emplace_back(std::move(equity));
    Chart dd;
    dd.id = "drawdown";
    dd.title = "Drawdown (below the running peak)";
    dd.kind = ChartKind::Area;
    dd.yFormat = Format::Percent;
    dd.series.push_back({"Drawdown", x, drawdownCurve(res.equity)});
    curves.blocks.emplace_back(std::move(dd));
    doc.sections.push_back(std::move(curves));

    // ---- monthly returns
    Section monthly{"Monthly returns", {}};
    const MonthGrid grid = monthGrid(res.time, res.equity, res.initialCash);
    if (!in.daily && in.interval != "1wk" && in.interval != "1mo")
        monthly.blocks.emplace_back(Paragraph{"Months are calendar months in UTC."});
    monthly.blocks.emplace_back(monthHeatmap(grid, "monthly_heatmap", "Monthly returns heatmap (%)"));
    monthly.blocks.emplace_back(
        monthTable(grid, "monthly_returns", "Monthly returns (compounded within each month)"));
    doc.sections.push_back(std::move(monthly));

    // ---- trades
    Section trades{"Trades", {}};
    Table tt;
    tt.id = "trades";
    tt.title = "Closed trades";
    tt.columns = {{"Symbol", false},    {"Entry", false},    {"Exit", false},       {"Entry price", true},
                  {"Exit price", true}, {"Quantity", true},  {"P&L (net)", true},   {"Costs", true},
                  {"Return", true},     {"Bars held", true}, {"Exit reason", false}};
    for (const bt::Trade &t : res.trades)
        tt.rows.push_back({Cell::textCell(symbolOf(in, t.asset)), when(t.entryTime, in.daily),
                           when(t.exitTime, in.daily), Cell::number(t.entryPrice, 4),
                           Cell::number(t.exitPrice, 4), Cell::number(t.quantity, 4), Cell::money(t.pnl),
                           Cell::money(t.costs), Cell::percent(t.returnPct / 100.0),
                           Cell::integer((long long)(t.exitBar - t.entryBar)),
                           Cell::textCell(bt::fillReasonName(t.exitReason))});
    if (res.trades.empty())
        tt.note = "No closed trades.";
    trades.blocks.emplace_back(std::move(tt));
    Table open;
    open.id = "open_positions";
    open.title = "Open positions at the end (valued at the last close)";
    open.columns = {{"Symbol", false},  {"Since", false},     {"Entry price", true},
                    {"Quantity", true}, {"Last close", true}, {"Unrealised P&L", true}};
    for (const bt::OpenPosition &p : res.openPositions)
        open.rows.push_back({Cell::textCell(symbolOf(in, p.asset)), when(p.entryTime, in.daily),
                             Cell::number(p.entryPrice, 4), Cell::number(p.quantity, 4),
                             Cell::number(p.lastPrice, 4), Cell::money(p.unrealizedPnl)});
    if (res.openPositions.empty())
        open.note = "No position was open at the end.";
    trades.blocks.emplace_back(std::move(open));
    doc.sections.push_back(std::move(trades));

    // ---- methodology: the same text the app shows (Metrics::explain)
    doc.methodology.push_back(
        {"Fills",
         "A strategy decides at each bar's close; the order fills at the next bar's open (or, with "
         "fill=close, at the deciding close, which is optimistic). A position still open at the end is "
         "valued at the last close.",
         ""});
    doc.methodology.push_back(
        {"Costs",
         "commission = max(minimum, c x |qty| x price + per-share x |qty|); slippage moves the fill price "
         "against the trader by bps / 10,000 of the reference price.",
         ""});
    doc.methodology.push_back(
        {"Monthly returns",
         "equity at the month's last bar / equity at the previous month's last bar - 1 (the starting cash "
         "for the first month); year totals compound the months.",
         ""});
    for (const bt::MetricExplanation &e : bt::Metrics::explain(in.convention))
        doc.methodology.push_back({e.name, e.formula, e.convention});

    // ---- sources and fingerprint
    Fingerprint fp(appVersion());
    fp.setConvention(conventionText(in.convention));
    fp.addParameter("strategy", r.strategy);
    for (std::size_t i = 0; i < r.paramNames.size() && i < r.params.size(); ++i)
        fp.addParameter("param " + r.paramNames[i], numberText(r.params[i]));
    const bt::BacktestConfig &c = in.config;
    fp.addParameter("cash", numberText(c.cash));
    fp.addParameter("commission", numberText(c.costs.commission));
    fp.addParameter("per_share", numberText(c.costs.perShare));
    fp.addParameter("min_commission", numberText(c.costs.minimum));
    fp.addParameter("slippage_bps", numberText(c.costs.slippageBps));
    fp.addParameter("sizing", in.sizingText);
    fp.addParameter("fill", in.fillText);
    fp.addParameter("allow_short", c.allowShort ? "true" : "false");
    fp.addParameter("stop_loss", numberText(c.stopLoss));
    fp.addParameter("take_profit", numberText(c.takeProfit));
    fp.addParameter("trailing_stop", numberText(c.trailingStop));
    fp.addParameter("interval", in.interval);
    for (const BarSeries *s : in.series) {
        addBars(fp, *s);
        doc.sources.push_back({s->symbol, "price bars " + in.interval, in.origin, s->size(),
                               s->empty() ? std::string() : timeText(s->time.front(), in.daily),
                               s->empty() ? std::string() : timeText(s->time.back(), in.daily)});
    }
    doc.fingerprint = fp.finish();
    return doc;
}

} // namespace sn::report
