#include "core/report/builders/PortfolioReportBuilder.h"

#include "core/report/Fingerprint.h"
#include "core/report/builders/BuilderSupport.h"
#include "core/storage/BarRepository.h"
#include "core/storage/Database.h"

#include <cmath>
#include <limits>
#include <set>

namespace sn::report {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string dateText(TimestampMs t)
{
    return formatDate(t);
}

void addExplanations(Document &doc, const Explanations &e)
{
    std::set<std::string> seen;
    for (const MethodologyEntry &m : doc.methodology)
        seen.insert(m.name);
    for (const auto &[name, text] : e)
        if (seen.insert(name).second)
            doc.methodology.push_back({name, text, ""});
}

std::string periodText(const DataUsed &u)
{
    return dateText(u.from) + " to " + dateText(u.to);
}

const char *varMethodName(RiskReport::VarMethod m)
{
    switch (m) {
    case RiskReport::VarMethod::Historical:
        return "historical";
    case RiskReport::VarMethod::Normal:
        return "normal";
    case RiskReport::VarMethod::CornishFisher:
        return "cornish-fisher";
    case RiskReport::VarMethod::MonteCarlo:
        return "montecarlo";
    }
    return "historical";
}

Table holdingsTable(const Holdings &h)
{
    Table t;
    t.id = "holdings";
    t.title = "Holdings on " + dateText(h.asOf) + " (" + h.used.baseCurrency + ")";
    t.columns = {{"Symbol", false},        {"Quantity", true},     {"Price", true},
                 {"Currency", false},      {"Market value", true}, {"Cost basis", true},
                 {"Unrealised P&L", true}, {"Realised P&L", true}, {"Income", true},
                 {"Weight", true}};
    for (const HoldingLine &l : h.lines)
        t.rows.push_back({Cell::textCell(l.symbol), Cell::number(l.quantity.toDouble(), 4),
                          Cell::number(l.price, 4), Cell::textCell(l.currency), Cell::money(l.marketValue),
                          Cell::money(l.costBasis.toDouble()), Cell::money(l.unrealisedPnl),
                          Cell::money(l.realisedPnl.toDouble()), Cell::money(l.income.toDouble()),
                          Cell::percent(l.weight)});
    t.rows.push_back({Cell::textCell("Cash"), Cell::textCell(""), Cell::textCell(""),
                      Cell::textCell(h.used.baseCurrency), Cell::money(h.cashValue), Cell::textCell(""),
                      Cell::textCell(""), Cell::textCell(""), Cell::textCell(""),
                      Cell::percent(h.totalValue != 0 ? h.cashValue / h.totalValue : kNaN)});
    t.rows.push_back({Cell::textCell("Total"), Cell::textCell(""), Cell::textCell(""),
                      Cell::textCell(h.used.baseCurrency), Cell::money(h.totalValue), Cell::textCell(""),
                      Cell::textCell(""), Cell::textCell(""), Cell::textCell(""), Cell::percent(1.0)});
    return t;
}

} // namespace

Result<void> PortfolioReportBuilder::addInputs(Document &doc, Fingerprint &fp, const QString &portfolio,
                                               const DataUsed &used) const
{
    PortfolioService service(m_db);
    auto rows = service.transactionRows(portfolio);
    if (!rows)
        return rows.error();
    const std::string origin = m_db.displayUrl().toStdString();
    fp.beginRows("transactions");
    std::size_t count = 0;
    TimestampMs first = 0;
    TimestampMs last = 0;
    for (const TransactionCsvRow &r : rows.value()) {
        // Later transactions are outside the analysis (PortfolioService leaves them out too).
        if (r.date > used.to + kMsPerDay - 1)
            continue;
        const std::string fields[] = {dateText(r.date),
                                      r.type,
                                      r.symbol,
                                      r.quantity.toString(),
                                      r.price.toString(),
                                      r.fee.toString(),
                                      r.tax.toString(),
                                      r.amount.toString(),
                                      r.amountGiven ? "given" : "computed",
                                      r.currency,
                                      r.note};
        fp.addRow(fields);
        if (count == 0)
            first = r.date;
        last = r.date;
        ++count;
    }
    doc.sources.push_back({"transactions of '" + used.portfolio + "'", "ledger", origin, count,
                           count ? dateText(first) : std::string(), count ? dateText(last) : std::string()});
    BarRepository bars(m_db);
    for (const SeriesUsed &s : used.series) {
        auto loaded = bars.load(QString::fromStdString(s.symbol), QStringLiteral("1d"), s.first, s.last);
        if (!loaded)
            return loaded.error().withContext("report fingerprint");
        BarSeries series = std::move(loaded).value();
        series.symbol = s.symbol;
        series.interval = "1d";
        addBars(fp, series);
        doc.sources.push_back({s.symbol, s.role + " (daily closes)", origin, series.size(), dateText(s.first),
                               dateText(s.last)});
    }
    return {};
}

Result<Document>
PortfolioReportBuilder::performance(const QString &portfolio,
                                    const PortfolioService::PerformanceOptions &options) const
{
    PortfolioService service(m_db);
    auto perf = service.performance(portfolio, options);
    if (!perf)
        return perf.error();
    const PerformanceReport &r = perf.value();
    PortfolioService::Period period = options.period;
    period.from = r.used.from;
    period.to = r.used.to;
    auto valuation = service.valuation(portfolio, period);
    if (!valuation)
        return valuation.error();
    auto holdings = service.holdings(portfolio, r.used.to);
    if (!holdings)
        return holdings.error();
    auto ledger = service.transactionRows(portfolio);
    if (!ledger)
        return ledger.error();

    Document doc;
    doc.kind = "portfolio";
    doc.title = "Portfolio performance report";
    doc.subtitle = "'" + r.used.portfolio + "', " + periodText(r.used) + " (" + r.used.baseCurrency + ")";
    doc.asOf = dateText(r.used.to);

    Section summary{"Summary", {}};
    summary.blocks.emplace_back(
        Paragraph{"Performance of the portfolio '" + r.used.portfolio + "' from " + periodText(r.used) +
                  ", " + std::to_string(r.days) + " calendar days, in " + r.used.baseCurrency + ", from " +
                  std::to_string(r.used.transactions) + " transactions and the stored daily closes."});
    Table k = kpiTable("kpis", "Key figures");
    auto row = [&](const std::string &label, Cell v, const std::string &key) {
        k.rows.push_back(kpiRow(label, std::move(v), key));
    };
    row("Value at the start", Cell::money(r.valueBegin), "value_begin");
    row("Value at the end", Cell::money(r.valueEnd), "value_end");
    row("Inflows", Cell::money(r.inflows), "inflows");
    row("Outflows", Cell::money(r.outflows), "outflows");
    row("Time-weighted return (TTWROR)", Cell::percent(r.ttwror), "ttwror");
    row("TTWROR annualised", Cell::percent(r.ttwrorAnnualised), "ttwror_annualised");
    row("Internal rate of return (IRR)", Cell::percent(r.irr.rate), "irr.rate");
    row("Days", Cell::integer((long long)(r.days)), "days");
    if (r.benchmark) {
        const auto &b = *r.benchmark;
        row("Benchmark", Cell::textCell(r.benchmarkSymbol), "benchmark.symbol");
        row("Portfolio return (benchmark days)", Cell::percent(b.portfolioReturn),
            "benchmark.portfolio_return");
        row("Benchmark return", Cell::percent(b.benchmarkReturn), "benchmark.benchmark_return");
        row("Beta", Cell::number(b.beta, 3), "benchmark.beta");
        row("Alpha", Cell::number(b.alpha, 4), "benchmark.alpha");
        row("Tracking error", Cell::percent(b.trackingError), "benchmark.tracking_error");
        row("Information ratio", Cell::number(b.informationRatio, 3), "benchmark.information_ratio");
    }
    summary.blocks.emplace_back(std::move(k));
    if (!r.irr.rate)
        summary.blocks.emplace_back(Note{"The IRR is not defined for this period: " + r.irr.message});
    if (!r.benchmarkSymbol.empty() && !r.benchmark)
        summary.blocks.emplace_back(
            Note{"No comparison with " + r.benchmarkSymbol + ": too few common trading days."});
    doc.sections.push_back(std::move(summary));

    const ValuationSeries &v = valuation.value();
    Section value{"Value and return", {}};
    Chart vc;
    vc.id = "value";
    vc.title = "Portfolio value (" + r.used.baseCurrency + ")";
    vc.yFormat = Format::Money;
    const std::vector<double> x = timesAsDoubles(v.days);
    vc.series.push_back({"Value", x, v.value});
    value.blocks.emplace_back(std::move(vc));
    Chart cr;
    cr.id = "cumulative_return";
    cr.title = "Cumulative time-weighted return";
    cr.yFormat = Format::Percent;
    cr.series.push_back({"TTWROR", x, v.cumulativeReturn});
    value.blocks.emplace_back(std::move(cr));
    doc.sections.push_back(std::move(value));

    Section periods{"Returns by period", {}};
    Chart yc;
    yc.id = "yearly_chart";
    yc.title = "Yearly returns";
    yc.kind = ChartKind::Bars;
    yc.xAxis = Axis::Category;
    yc.yFormat = Format::Percent;
    Series ys{"Return", {}, {}};
    Table yt;
    yt.id = "yearly_returns";
    yt.title = "Yearly returns (time-weighted; partial first and last years)";
    yt.columns = {{"Year", false}, {"Return", true}, {"Days", true}};
    for (const auto &p : r.yearly) {
        yc.categories.push_back(std::to_string(p.year));
        ys.x.push_back(double(ys.x.size()));
        ys.y.push_back(p.value);
        yt.rows.push_back({Cell::textCell(std::to_string(p.year)), Cell::percent(p.value),
                           Cell::integer((long long)(p.days))});
    }
    yc.series.push_back(std::move(ys));
    periods.blocks.emplace_back(std::move(yc));
    periods.blocks.emplace_back(std::move(yt));
    // The monthly grid from the service's monthly table.
    MonthGrid grid;
    if (!r.monthly.empty()) {
        grid.firstYear = r.monthly.front().year;
        grid.years = r.monthly.back().year - grid.firstYear + 1;
        grid.values.assign(std::size_t(grid.years) * 12, kNaN);
        grid.yearTotals.assign(std::size_t(grid.years), kNaN);
        for (const auto &p : r.monthly)
            grid.values[std::size_t((p.year - grid.firstYear) * 12 + p.month - 1)] = p.value;
        for (const auto &p : r.yearly)
            if (p.year >= grid.firstYear && p.year < grid.firstYear + grid.years)
                grid.yearTotals[std::size_t(p.year - grid.firstYear)] = p.value;
    }
    periods.blocks.emplace_back(monthHeatmap(grid, "monthly_heatmap", "Monthly returns heatmap (%)"));
    periods.blocks.emplace_back(monthTable(grid, "monthly_returns", "Monthly returns (time-weighted)"));
    doc.sections.push_back(std::move(periods));

    Section contrib{"Contribution by holding", {}};
    Chart cc;
    cc.id = "contribution_chart";
    cc.title = "Contribution to the return";
    cc.kind = ChartKind::Bars;
    cc.xAxis = Axis::Category;
    cc.yFormat = Format::Percent;
    Series cs{"Contribution", {}, {}};
    Table ct;
    ct.id = "contributions";
    ct.title = "Contribution by holding";
    ct.columns = {{"Symbol", false}, {"Contribution", true}};
    for (const auto &c : r.contributions) {
        cc.categories.push_back(c.symbol);
        cs.x.push_back(double(cs.x.size()));
        cs.y.push_back(c.value);
        ct.rows.push_back({Cell::textCell(c.symbol), Cell::percent(c.value)});
    }
    ct.note = "Each holding's daily gain over the day's starting value plus inflows, summed over the days; "
              "with cash effects "
              "they add up to the sum of the daily returns.";
    cc.series.push_back(std::move(cs));
    contrib.blocks.emplace_back(std::move(cc));
    contrib.blocks.emplace_back(std::move(ct));
    doc.sections.push_back(std::move(contrib));

    Section hold{"Holdings", {}};
    hold.blocks.emplace_back(holdingsTable(holdings.value()));
    doc.sections.push_back(std::move(hold));

    Section led{"Ledger for the period", {}};
    Table lt;
    lt.id = "ledger";
    lt.title = "Transactions " + periodText(r.used);
    lt.columns = {{"Date", false}, {"Type", false}, {"Symbol", false}, {"Quantity", true},  {"Price", true},
                  {"Fee", true},   {"Tax", true},   {"Amount", true},  {"Currency", false}, {"Note", false}};
    for (const TransactionCsvRow &t : ledger.value()) {
        if (t.date < r.used.from || t.date > r.used.to + kMsPerDay - 1)
            continue;
        lt.rows.push_back({Cell::date(t.date), Cell::textCell(t.type), Cell::textCell(t.symbol),
                           Cell::number(t.quantity.toDouble(), 4), Cell::number(t.price.toDouble(), 4),
                           Cell::money(t.fee.toDouble()), Cell::money(t.tax.toDouble()),
                           Cell::money(t.amount.toDouble()), Cell::textCell(t.currency),
                           Cell::textCell(t.note)});
    }
    if (lt.rows.empty())
        lt.note = "No transactions in this period.";
    led.blocks.emplace_back(std::move(lt));
    doc.sections.push_back(std::move(led));

    addExplanations(doc, r.explanations);
    addExplanations(doc, v.explanations);

    Fingerprint fp(appVersion());
    fp.setConvention(conventionText(options.convention));
    fp.addParameter("portfolio", r.used.portfolio);
    fp.addParameter("from", dateText(r.used.from));
    fp.addParameter("to", dateText(r.used.to));
    fp.addParameter("benchmark", options.benchmark);
    if (auto added = addInputs(doc, fp, portfolio, r.used); !added)
        return added.error();
    doc.fingerprint = fp.finish();
    return doc;
}

Result<Document> PortfolioReportBuilder::risk(const QString &portfolio,
                                              const RiskReportOptions &options) const
{
    PortfolioService service(m_db);
    auto riskResult = service.risk(portfolio, options.risk);
    if (!riskResult)
        return riskResult.error();
    const RiskReport &r = riskResult.value();

    Document doc;
    doc.kind = "risk";
    doc.title = "Portfolio risk report";
    doc.subtitle = "'" + r.used.portfolio + "', " + periodText(r.used) + " (" + r.used.baseCurrency + ")";
    doc.asOf = dateText(r.used.to);

    Section summary{"Risk metrics", {}};
    summary.blocks.emplace_back(Paragraph{
        "Risk of the portfolio '" + r.used.portfolio + "' from its daily returns " + periodText(r.used) +
        " (" + std::to_string(r.summary.observations) + " returns), convention " +
        conventionText(r.convention) + ". The formula of every number is in the methodology appendix."});
    Table k = kpiTable("kpis", "Risk metrics");
    auto row = [&](const std::string &label, Cell v, const std::string &key) {
        k.rows.push_back(kpiRow(label, std::move(v), key));
    };
    const ReturnSummary &s = r.summary;
    row("Observations", Cell::integer((long long)(s.observations)), "observations");
    row("Total return", Cell::percent(s.totalReturn), "total_return");
    row("Annual return", Cell::percent(s.annualReturn), "annual_return");
    row("Annual volatility", Cell::percent(s.annualVolatility), "annual_volatility");
    row("Sharpe ratio", Cell::number(s.sharpe, 3), "sharpe");
    row("Sortino ratio", Cell::number(s.sortino, 3), "sortino");
    row("Calmar ratio", Cell::number(s.calmar, 3), "calmar");
    row("Max drawdown", Cell::percent(s.maxDrawdown.depth), "max_drawdown.depth");
    row("Drawdown peak", Cell::date(r.drawdownPeak), "max_drawdown.peak");
    row("Drawdown trough", Cell::date(r.drawdownTrough), "max_drawdown.trough");
    row("Drawdown recovery",
        r.drawdownRecovery ? Cell::date(*r.drawdownRecovery) : Cell::textCell("not recovered"),
        "max_drawdown.recovery");
    if (!r.benchmarkSymbol.empty()) {
        row("Benchmark", Cell::textCell(r.benchmarkSymbol), "benchmark");
        row("Beta", Cell::number(s.beta, 3), "beta");
        row("Alpha", Cell::number(s.alpha, 4), "alpha");
        row("Tracking error", Cell::percent(s.trackingError), "tracking_error");
        row("Information ratio", Cell::number(s.informationRatio, 3), "information_ratio");
    }
    summary.blocks.emplace_back(std::move(k));
    doc.sections.push_back(std::move(summary));

    Section var{"Value at risk", {}};
    var.blocks.emplace_back(Paragraph{std::string("Method ") + varMethodName(r.varMethod) + ", confidence " +
                                      numberText(r.confidence * 100.0) + " %, horizon " +
                                      std::to_string(r.horizon) + " trading day(s), on the value of " +
                                      cellText(Cell::money(r.currentValue)) + " " + r.used.baseCurrency +
                                      "."});
    Table vk = kpiTable("var", "VaR and CVaR");
    vk.rows.push_back(kpiRow("Method", Cell::textCell(varMethodName(r.varMethod)), "var.method"));
    vk.rows.push_back(kpiRow("Confidence", Cell::percent(r.confidence), "var.confidence"));
    vk.rows.push_back(kpiRow("Horizon (trading days)", Cell::integer(r.horizon), "var.horizon_days"));
    vk.rows.push_back(kpiRow("VaR", Cell::percent(r.var.var), "var.var"));
    vk.rows.push_back(kpiRow("CVaR (expected shortfall)", Cell::percent(r.var.cvar), "var.cvar"));
    vk.rows.push_back(kpiRow("VaR amount", Cell::money(r.varAmount), "var.var_amount"));
    vk.rows.push_back(kpiRow("CVaR amount", Cell::money(r.cvarAmount), "var.cvar_amount"));
    vk.rows.push_back(kpiRow("Current value", Cell::money(r.currentValue), "current_value"));
    var.blocks.emplace_back(std::move(vk));
    if (!r.componentVar.empty()) {
        Table ct;
        ct.id = "component_var";
        ct.title = "Component VaR of the current positions (parametric normal)";
        ct.columns = {{"Symbol", false}, {"Weight", true}, {"Component VaR", true}};
        for (std::size_t i = 0; i < r.symbols.size() && i < r.componentVar.size(); ++i)
            ct.rows.push_back({Cell::textCell(r.symbols[i]), Cell::percent(r.weights[i]),
                               Cell::percent(r.componentVar[i])});
        var.blocks.emplace_back(std::move(ct));
    }
    if (!r.componentNote.empty())
        var.blocks.emplace_back(Note{r.componentNote});
    doc.sections.push_back(std::move(var));

    if (!r.correlation.empty()) {
        Section corr{"Correlation", {}};
        Chart hm;
        hm.id = "correlation_heatmap";
        hm.title = "Correlation of daily returns";
        hm.kind = ChartKind::Heatmap;
        hm.xAxis = Axis::Category;
        hm.yFormat = Format::Number;
        hm.categories = r.symbols;
        hm.rowLabels = r.symbols;
        Table ct;
        ct.id = "correlation";
        ct.title = "Correlation matrix";
        ct.columns.push_back({"", false});
        for (const std::string &sym : r.symbols)
            ct.columns.push_back({sym, true});
        for (std::size_t i = 0; i < r.correlation.size(); ++i) {
            std::vector<Cell> cells{Cell::textCell(r.symbols[i])};
            for (double c : r.correlation[i]) {
                hm.cells.push_back(c);
                cells.push_back(Cell::number(c, 3));
            }
            ct.rows.push_back(std::move(cells));
        }
        if (r.shrinkageIntensity)
            ct.note =
                "Ledoit-Wolf shrinkage intensity " + cellText(Cell::number(*r.shrinkageIntensity, 4)) + ".";
        corr.blocks.emplace_back(std::move(hm));
        corr.blocks.emplace_back(std::move(ct));
        doc.sections.push_back(std::move(corr));
    }

    // Stress tests
    Section stress{"Stress tests", {}};
    auto st = service.stress(portfolio, options.stress);
    if (!st) {
        stress.blocks.emplace_back(Note{"No stress test: " + st.error().toString()});
    } else {
        Table t;
        t.id = "stress";
        t.title = "Scenarios on the current holdings";
        t.columns = {{"Scenario", false}, {"Value", true}, {"P&L", true}, {"Change", true}};
        Table detail;
        detail.id = "stress_positions";
        detail.title = "Scenario detail by position";
        detail.columns = {{"Scenario", false}, {"Symbol", false}, {"Value", true},
                          {"Change", true},    {"P&L", true},     {"Source", false}};
        for (const StressScenario &sc : st->scenarios) {
            t.rows.push_back({Cell::textCell(sc.label), Cell::money(sc.outcome.totalValue),
                              Cell::money(sc.outcome.totalPnl), Cell::percent(sc.outcome.totalChange)});
            for (const auto &p : sc.outcome.positions)
                detail.rows.push_back({Cell::textCell(sc.label), Cell::textCell(p.symbol),
                                       Cell::money(p.value), Cell::percent(p.change), Cell::money(p.pnl),
                                       Cell::textCell(p.source)});
        }
        if (!st->proxySymbol.empty())
            t.note = "Positions without their own data in a window move with " + st->proxySymbol + ".";
        stress.blocks.emplace_back(std::move(t));
        stress.blocks.emplace_back(std::move(detail));
        addExplanations(doc, st->explanations);
    }
    doc.sections.push_back(std::move(stress));

    // Monte Carlo fan
    Section mc{"Monte Carlo projection", {}};
    auto proj = service.projection(portfolio, options.projection);
    if (!proj) {
        mc.blocks.emplace_back(Note{"No projection: " + proj.error().toString()});
    } else {
        const auto &fan = proj->fan;
        Chart fc;
        fc.id = "monte_carlo_fan";
        fc.title = "Projected value: 5th, 25th, 50th, 75th and 95th percentiles";
        fc.kind = ChartKind::Fan;
        fc.xAxis = Axis::Number;
        fc.xLabel = "trading days ahead";
        fc.yFormat = Format::Money;
        const char *names[] = {"p5", "p25", "p50", "p75", "p95"};
        for (std::size_t k = 0; k < fan.percentile.size(); ++k) {
            Series se{names[k], {}, fan.percentile[k]};
            for (std::size_t t = 0; t < fan.percentile[k].size(); ++t)
                se.x.push_back(double(t));
            fc.series.push_back(std::move(se));
        }
        mc.blocks.emplace_back(
            Paragraph{std::to_string(proj->input.paths) + " paths of " + std::to_string(proj->input.steps) +
                      " trading days from " + cellText(Cell::money(proj->input.startValue)) + ", seed " +
                      std::to_string(proj->input.seed) + ", from " +
                      std::to_string(proj->historicalObservations) + " historical daily returns."});
        mc.blocks.emplace_back(std::move(fc));
        Table ft;
        ft.id = "monte_carlo_end";
        ft.title = "Value at the horizon";
        ft.columns = {{"Percentile", false}, {"Value", true}};
        for (std::size_t k = 0; k < fan.percentile.size(); ++k)
            if (!fan.percentile[k].empty())
                ft.rows.push_back({Cell::textCell(names[k]), Cell::money(fan.percentile[k].back())});
        mc.blocks.emplace_back(std::move(ft));
        addExplanations(doc, proj->explanations);
    }
    doc.sections.push_back(std::move(mc));

    // Efficient frontier
    Section fr{"Efficient frontier", {}};
    PortfolioService::OptimizeOptions oo;
    oo.period = options.risk.period;
    oo.convention = options.risk.convention;
    oo.frontierPoints = options.frontierPoints;
    auto opt = service.optimize(portfolio, oo);
    if (!opt) {
        fr.blocks.emplace_back(Note{"No efficient frontier: " + opt.error().toString()});
    } else {
        const double P = opt->periodsPerYear;
        Chart sc;
        sc.id = "efficient_frontier";
        sc.title = "Efficient frontier (annual volatility against annual expected return)";
        sc.kind = ChartKind::Scatter;
        sc.xAxis = Axis::Number;
        sc.xLabel = "annual volatility";
        sc.yFormat = Format::Percent;
        Series se{"Frontier", {}, {}};
        Table ft;
        ft.id = "frontier";
        ft.title = "Frontier points";
        ft.columns = {{"Point", true}, {"Expected return (annual)", true}, {"Volatility (annual)", true}};
        for (const std::string &sym : opt->symbols)
            ft.columns.push_back({sym, true});
        for (std::size_t i = 0; i < opt->frontier.size(); ++i) {
            const auto &p = opt->frontier[i];
            se.x.push_back(p.volatility * std::sqrt(P));
            se.y.push_back(p.expectedReturn * P);
            std::vector<Cell> cells{Cell::integer(static_cast<long long>(i) + 1),
                                    Cell::percent(p.expectedReturn * P),
                                    Cell::percent(p.volatility * std::sqrt(P))};
            for (Eigen::Index j = 0; j < p.weights.size(); ++j)
                cells.push_back(Cell::percent(p.weights[j]));
            ft.rows.push_back(std::move(cells));
        }
        sc.series.push_back(std::move(se));
        sc.markers.push_back(
            {"min variance", {opt->result.volatility * std::sqrt(P), opt->result.expectedReturn * P}});
        fr.blocks.emplace_back(std::move(sc));
        fr.blocks.emplace_back(std::move(ft));
        Table w;
        w.id = "min_variance_weights";
        w.title = "Minimum-variance weights against the current ones";
        w.columns = {{"Symbol", false}, {"Current", true}, {"Minimum variance", true}};
        for (std::size_t i = 0; i < opt->symbols.size(); ++i)
            w.rows.push_back({Cell::textCell(opt->symbols[i]),
                              Cell::percent(i < opt->currentWeights.size() ? opt->currentWeights[i] : kNaN),
                              Cell::percent(Eigen::Index(i) < opt->result.weights.size()
                                                ? opt->result.weights[Eigen::Index(i)]
                                                : kNaN)});
        fr.blocks.emplace_back(std::move(w));
        addExplanations(doc, opt->explanations);
    }
    doc.sections.push_back(std::move(fr));

    // Rebalancing proposal
    Section rb{"Rebalancing proposal", {}};
    if (options.rebalance.targets.empty()) {
        rb.blocks.emplace_back(Note{
            "No target weights were given (--target SYMBOL=WEIGHT), so there is no rebalancing proposal."});
    } else {
        auto plan = service.rebalance(portfolio, options.rebalance);
        if (!plan) {
            rb.blocks.emplace_back(Note{"No rebalancing proposal: " + plan.error().toString()});
        } else {
            Table t;
            t.id = "rebalance_trades";
            t.title = "Proposed trades";
            t.columns = {{"Symbol", false}, {"Quantity", true}, {"Value", true}, {"Fee", true}};
            for (const auto &tr : plan->plan.trades)
                t.rows.push_back({Cell::textCell(tr.symbol), Cell::number(tr.quantity, 4),
                                  Cell::money(tr.value), Cell::money(tr.fee)});
            if (t.rows.empty())
                t.note = "Nothing to trade: the holdings are at their targets (or every trade is below the "
                         "minimum).";
            Table d;
            d.id = "rebalance_drift";
            d.title = "Weights before and after";
            d.columns = {
                {"Symbol", false}, {"Current", true}, {"Target", true}, {"Drift", true}, {"After", true}};
            for (const auto &dr : plan->plan.drift)
                d.rows.push_back({Cell::textCell(dr.symbol), Cell::percent(dr.currentWeight),
                                  Cell::percent(dr.targetWeight), Cell::percent(dr.drift),
                                  Cell::percent(dr.weightAfter)});
            rb.blocks.emplace_back(std::move(t));
            rb.blocks.emplace_back(std::move(d));
            addExplanations(doc, plan->explanations);
        }
    }
    doc.sections.push_back(std::move(rb));

    addExplanations(doc, r.explanations);

    Fingerprint fp(appVersion());
    fp.setConvention(conventionText(r.convention));
    fp.addParameter("portfolio", r.used.portfolio);
    fp.addParameter("from", dateText(r.used.from));
    fp.addParameter("to", dateText(r.used.to));
    fp.addParameter("benchmark", options.risk.benchmark);
    fp.addParameter("var_method", varMethodName(r.varMethod));
    fp.addParameter("confidence", numberText(r.confidence));
    fp.addParameter("horizon", std::to_string(r.horizon));
    fp.addParameter("seed", std::to_string(options.risk.seed));
    fp.addParameter("draws", std::to_string(options.risk.draws));
    fp.addParameter("shrinkage", !options.risk.shrinkage ? "none"
                                 : *options.risk.shrinkage == Covariance::ShrinkageTarget::ConstantCorrelation
                                     ? "constant-correlation"
                                     : "identity");
    fp.addParameter("paths", std::to_string(options.projection.paths));
    fp.addParameter("steps", std::to_string(options.projection.steps));
    fp.addParameter("frontier_points", std::to_string(options.frontierPoints));
    for (const auto &t : options.rebalance.targets)
        fp.addParameter("target " + t.symbol, numberText(t.weight));
    // Only when set, so the fingerprints of reports without it stay as they were.
    if (options.rebalance.wholeShares && !options.rebalance.targets.empty())
        fp.addParameter("rebalance", "whole_shares");
    if (auto added = addInputs(doc, fp, portfolio, r.used); !added)
        return added.error();
    doc.fingerprint = fp.finish();
    return doc;
}

} // namespace sn::report
