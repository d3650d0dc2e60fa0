#include "core/report/builders/SweepReportBuilder.h"

#include "core/backtest/Metrics.h"
#include "core/report/Fingerprint.h"
#include "core/report/builders/BuilderSupport.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace sn::report {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string timeText(TimestampMs t, bool daily)
{
    return daily ? formatDate(t) : formatDateTime(t);
}

// Percent for return-like metrics, plain numbers for ratios and counts.
Cell metricCell(bt::Metric m, double v)
{
    switch (m) {
    case bt::Metric::TotalReturn:
    case bt::Metric::Cagr:
    case bt::Metric::AnnualVolatility:
    case bt::Metric::MaxDrawdown:
    case bt::Metric::Exposure:
    case bt::Metric::WinRate:
        return Cell::percent(v);
    case bt::Metric::FinalEquity:
    case bt::Metric::Expectancy:
        return Cell::money(v);
    case bt::Metric::Trades:
        return std::isfinite(v) ? Cell::integer((long long)(std::llround(v))) : Cell::none();
    default:
        return Cell::number(v, 3);
    }
}

Format metricFormat(bt::Metric m)
{
    const Cell c = metricCell(m, 1.0);
    return c.format == Format::Integer ? Format::Number : c.format;
}

void addSweepInputs(Fingerprint &fp, Document &doc, const SweepReportInput &in)
{
    const bt::SweepConfig &s = in.sweep;
    fp.setConvention(conventionText(s.convention));
    fp.addParameter("strategy", s.strategy);
    for (const bt::ParamRange &r : s.grid)
        fp.addParameter("grid " + r.name,
                        numberText(r.start) + ":" + numberText(r.stop) + ":" + numberText(r.step));
    for (const auto &[k, v] : s.fixed)
        fp.addParameter("param " + k, numberText(v));
    fp.addParameter("random_samples", std::to_string(s.randomSamples));
    fp.addParameter("seed", std::to_string(s.seed));
    fp.addParameter("metric", bt::Metrics::name(s.rankBy));
    fp.addParameter("cash", numberText(s.config.cash));
    fp.addParameter("commission", numberText(s.config.costs.commission));
    fp.addParameter("per_share", numberText(s.config.costs.perShare));
    fp.addParameter("min_commission", numberText(s.config.costs.minimum));
    fp.addParameter("slippage_bps", numberText(s.config.costs.slippageBps));
    fp.addParameter("sizing", in.sizingText);
    fp.addParameter("fill", in.fillText);
    fp.addParameter("allow_short", s.config.allowShort ? "true" : "false");
    fp.addParameter("interval", in.interval);
    addBars(fp, *in.series);
    doc.sources.push_back({in.series->symbol, "price bars " + in.interval, in.origin, in.series->size(),
                           in.series->empty() ? std::string() : timeText(in.series->time.front(), in.daily),
                           in.series->empty() ? std::string() : timeText(in.series->time.back(), in.daily)});
}

std::string gridText(const bt::SweepConfig &s)
{
    std::string out;
    for (const bt::ParamRange &r : s.grid)
        out += (out.empty() ? "" : ", ") + r.name + " " + numberText(r.start) + " to " + numberText(r.stop) +
               " step " + numberText(r.step);
    return out;
}

void addMethodology(Document &doc, const SweepReportInput &in)
{
    doc.methodology.push_back(
        {"Ranking",
         std::string("Each combination is a full backtest on the same bars and costs; combinations are "
                     "ranked by ") +
             bt::Metrics::name(in.sweep.rankBy) +
             (bt::Metrics::higherIsBetter(in.sweep.rankBy) ? " (higher is better)" : " (lower is better)") +
             "; combinations where the metric is not defined rank last. Combinations that break the "
             "strategy's constraints (fast < slow) are left out.",
         ""});
    for (const bt::MetricExplanation &e : bt::Metrics::explain(in.sweep.convention))
        doc.methodology.push_back({e.name, e.formula, e.convention});
}

} // namespace

Document buildOptimizeReport(const SweepReportInput &in, const bt::SweepResult &res,
                             const bt::BacktestReport *best)
{
    const bt::SweepTable &t = res.table;
    const std::string metric = bt::Metrics::name(res.rankBy);
    Document doc;
    doc.kind = "optimize";
    doc.title = "Optimisation report";
    doc.subtitle =
        in.sweep.strategy + " on " + in.series->symbol + " (" + in.interval + "), ranked by " + metric;
    doc.asOf = in.series->empty() ? std::string() : timeText(in.series->time.back(), in.daily);

    Section summary{"Summary", {}};
    summary.blocks.emplace_back(Paragraph{
        "Sweep of " + in.sweep.strategy + " over " + gridText(in.sweep) + " on " + in.series->symbol + ", " +
        std::to_string(in.series->size()) + " bars" +
        (in.sweep.randomSamples
             ? ", a seeded random sample of " + std::to_string(in.sweep.randomSamples) + " grid points"
             : std::string()) +
        "."});
    if (res.cancelled)
        summary.blocks.emplace_back(Note{"Interrupted: " + std::to_string(res.evaluated) + " of " +
                                         std::to_string(t.rows()) +
                                         " combinations were evaluated; the ranking covers those only."});
    Table k = kpiTable("kpis", "Key figures");
    k.rows.push_back(kpiRow("Combinations", Cell::integer((long long)(t.rows())), "combinations"));
    k.rows.push_back(kpiRow("Evaluated", Cell::integer((long long)(res.evaluated)), "evaluated"));
    k.rows.push_back(kpiRow("Ranked by", Cell::textCell(metric), "metric"));
    if (!res.ranking.empty()) {
        const std::size_t b = res.ranking.front();
        const auto params = t.row(b);
        std::string text;
        for (std::size_t i = 0; i < t.paramNames.size(); ++i)
            text += (text.empty() ? "" : ", ") + t.paramNames[i] + "=" + numberText(params[i]);
        k.rows.push_back(kpiRow("Best combination", Cell::textCell(text), "best.params"));
        Cell score = metricCell(res.rankBy, t.score[b]);
        k.rows.push_back(kpiRow("Best " + metric, score, "top.0.score"));
        k.rows.push_back(kpiRow("Best final equity", Cell::money(t.finalEquity[b]), "best.final_equity"));
    }
    summary.blocks.emplace_back(std::move(k));
    doc.sections.push_back(std::move(summary));

    // ---- heatmap of the first two swept parameters (best score over the rest)
    Section grid{"The grid", {}};
    std::vector<std::size_t> swept;
    for (const bt::ParamRange &r : in.sweep.grid)
        for (std::size_t i = 0; i < t.paramNames.size(); ++i)
            if (t.paramNames[i] == r.name)
                swept.push_back(i);
    const bool higher = bt::Metrics::higherIsBetter(res.rankBy);
    if (swept.size() >= 2) {
        const std::size_t pr = swept[0];
        const std::size_t pc = swept[1];
        std::map<double, std::size_t> rows;
        std::map<double, std::size_t> cols;
        for (std::size_t i = 0; i < t.rows(); ++i) {
            rows.emplace(t.row(i)[pr], 0);
            cols.emplace(t.row(i)[pc], 0);
        }
        std::size_t n = 0;
        for (auto &[v, idx] : rows)
            idx = n++;
        n = 0;
        for (auto &[v, idx] : cols)
            idx = n++;
        Chart hm;
        hm.id = "grid_heatmap";
        hm.title = metric + " by " + t.paramNames[pr] + " (rows) and " + t.paramNames[pc] + " (columns)";
        hm.kind = ChartKind::Heatmap;
        hm.xAxis = Axis::Category;
        hm.yFormat = metricFormat(res.rankBy) == Format::Percent ? Format::Percent : Format::Number;
        for (const auto &[v, idx] : rows)
            hm.rowLabels.push_back(numberText(v));
        for (const auto &[v, idx] : cols)
            hm.categories.push_back(numberText(v));
        hm.cells.assign(rows.size() * cols.size(), kNaN);
        for (std::size_t i = 0; i < t.rows(); ++i) {
            if (!t.done[i] || !std::isfinite(t.score[i]))
                continue;
            double &cell = hm.cells[rows[t.row(i)[pr]] * cols.size() + cols[t.row(i)[pc]]];
            if (std::isnan(cell) || (higher ? t.score[i] > cell : t.score[i] < cell))
                cell = t.score[i];
        }
        if (swept.size() > 2)
            hm.note = "Each cell shows the best " + metric + " over the other swept parameters.";
        else
            hm.note = "Empty cells: combinations left out by the strategy's constraints or not defined.";
        grid.blocks.emplace_back(std::move(hm));
    } else if (swept.size() == 1) {
        Chart line;
        line.id = "grid_line";
        line.title = metric + " by " + t.paramNames[swept[0]];
        line.kind = ChartKind::Scatter;
        line.xAxis = Axis::Number;
        line.xLabel = t.paramNames[swept[0]];
        line.yFormat = metricFormat(res.rankBy);
        Series s{metric, {}, {}};
        for (std::size_t i = 0; i < t.rows(); ++i)
            if (t.done[i] && std::isfinite(t.score[i])) {
                s.x.push_back(t.row(i)[swept[0]]);
                s.y.push_back(t.score[i]);
            }
        line.series.push_back(std::move(s));
        grid.blocks.emplace_back(std::move(line));
    }
    Table top;
    top.id = "top";
    top.title = "The best " + std::to_string(std::min(in.top, res.ranking.size())) + " combinations";
    top.columns.push_back({"Rank", true});
    for (const std::string &n : t.paramNames)
        top.columns.push_back({n, true});
    top.columns.insert(top.columns.end(), {{metric, true},
                                           {"Final equity", true},
                                           {"Total return", true},
                                           {"CAGR", true},
                                           {"Trades", true},
                                           {"Win rate", true},
                                           {"Profit factor", true}});
    for (std::size_t r = 0; r < std::min(in.top, res.ranking.size()); ++r) {
        const std::size_t i = res.ranking[r];
        std::vector<Cell> row{Cell::integer(static_cast<long long>(r) + 1)};
        for (double v : t.row(i))
            row.push_back(Cell::number(v, v == std::floor(v) ? 0 : 4));
        row.insert(row.end(),
                   {metricCell(res.rankBy, t.score[i]), Cell::money(t.finalEquity[i]),
                    Cell::percent(t.totalReturn[i]), Cell::percent(t.cagr[i]), Cell::integer(t.trades[i]),
                    Cell::percent(t.winRate[i]), Cell::number(t.profitFactor[i], 3)});
        top.rows.push_back(std::move(row));
    }
    if (top.rows.empty())
        top.note = "No combination was evaluated.";
    grid.blocks.emplace_back(std::move(top));
    doc.sections.push_back(std::move(grid));

    if (best) {
        Section b{"The best combination in full", {}};
        const bt::BacktestMetrics &m = best->metrics;
        Table bk = kpiTable("best_kpis", "Key figures of the best combination");
        auto row = [&](const std::string &label, Cell v, const std::string &key) {
            bk.rows.push_back(kpiRow(label, std::move(v), key));
        };
        row("Final equity", Cell::money(best->result.finalEquity), "best.final_equity");
        row("Total return", Cell::percent(m.totalReturn), "best.metrics.total_return");
        row("CAGR", Cell::percent(m.cagr), "best.metrics.cagr");
        row("Sharpe ratio", Cell::number(m.sharpe, 3), "best.metrics.sharpe");
        row("Sortino ratio", Cell::number(m.sortino, 3), "best.metrics.sortino");
        row("Max drawdown", Cell::percent(m.maxDrawdown), "best.metrics.max_drawdown");
        row("Closed trades", Cell::integer((long long)(m.trades)), "best.metrics.trades");
        row("Win rate", Cell::percent(m.winRate), "best.metrics.win_rate");
        row("Profit factor", Cell::number(m.profitFactor, 3), "best.metrics.profit_factor");
        row("Exposure", Cell::percent(m.exposure), "best.metrics.exposure");
        b.blocks.emplace_back(std::move(bk));
        Chart eq;
        eq.id = "best_equity";
        eq.title = "Equity of the best combination against buy & hold";
        eq.yFormat = Format::Money;
        const std::vector<double> x = timesAsDoubles(best->result.time);
        eq.series.push_back({"Best combination", x, best->result.equity});
        if (best->benchmarkEquity.size() == best->result.equity.size())
            eq.series.push_back({"Buy & hold", x, best->benchmarkEquity});
        b.blocks.emplace_back(std::move(eq));
        b.blocks.emplace_back(
            Note{"The best of many combinations on the same data is an optimistic estimate: the walk-forward "
                 "report shows how the choice holds up out of sample."});
        doc.sections.push_back(std::move(b));
    }

    addMethodology(doc, in);
    Fingerprint fp(appVersion());
    fp.addParameter("top", std::to_string(in.top));
    addSweepInputs(fp, doc, in);
    doc.fingerprint = fp.finish();
    return doc;
}

Document buildWalkForwardReport(const SweepReportInput &in, const bt::WalkForwardConfig &config,
                                const bt::WalkForwardResult &res)
{
    const bt::Metric rank = res.rankBy;
    const std::string metric = bt::Metrics::name(rank);
    auto value = [&](const bt::BacktestMetrics &m) {
        const auto v = bt::Metrics::value(m, rank);
        return v ? *v : kNaN;
    };
    Document doc;
    doc.kind = "walkforward";
    doc.title = "Walk-forward report";
    doc.subtitle = in.sweep.strategy + " on " + in.series->symbol + " (" + in.interval + "), " +
                   std::to_string(res.windows.size()) + " windows, ranked by " + metric;
    doc.asOf = in.series->empty() ? std::string() : timeText(in.series->time.back(), in.daily);

    Section summary{"Summary", {}};
    summary.blocks.emplace_back(Paragraph{
        std::string(config.anchored ? "Anchored" : "Rolling") + " walk-forward: each window optimises " +
        in.sweep.strategy + " over " + gridText(in.sweep) + " on " + std::to_string(config.inSampleBars) +
        " in-sample bars" + (config.anchored ? " (from the first bar)" : "") +
        ", then trades the winner on the next " + std::to_string(config.outOfSampleBars) +
        " bars. The out-of-sample windows are chained into one equity curve."});
    double isSum = 0;
    double oosSum = 0;
    std::size_t isN = 0;
    std::size_t oosN = 0;
    for (const bt::WalkForwardWindow &w : res.windows) {
        if (std::isfinite(value(w.inSample))) {
            isSum += value(w.inSample);
            ++isN;
        }
        if (std::isfinite(value(w.outOfSample))) {
            oosSum += value(w.outOfSample);
            ++oosN;
        }
    }
    const bt::BacktestMetrics &o = res.outOfSample;
    Table k = kpiTable("kpis", "Out of sample, all windows chained");
    auto row = [&](const std::string &label, Cell v, const std::string &key) {
        k.rows.push_back(kpiRow(label, std::move(v), key));
    };
    row("Windows", Cell::integer((long long)(res.windows.size())), "windows");
    row("Final equity", Cell::money(o.finalEquity), "out_of_sample.final_equity");
    row("Total return", Cell::percent(o.totalReturn), "out_of_sample.total_return");
    row("CAGR", Cell::percent(o.cagr), "out_of_sample.cagr");
    row("Sharpe ratio", Cell::number(o.sharpe, 3), "out_of_sample.sharpe");
    row("Max drawdown", Cell::percent(o.maxDrawdown), "out_of_sample.max_drawdown");
    row("Closed trades", Cell::integer((long long)(o.trades)), "out_of_sample.trades");
    row("Mean in-sample " + metric, isN ? metricCell(rank, isSum / double(isN)) : Cell::none(),
        "mean_in_sample");
    row("Mean out-of-sample " + metric, oosN ? metricCell(rank, oosSum / double(oosN)) : Cell::none(),
        "mean_out_of_sample");
    summary.blocks.emplace_back(std::move(k));
    if (isN && oosN &&
        (bt::Metrics::higherIsBetter(rank) ? oosSum / double(oosN) < isSum / double(isN)
                                           : oosSum / double(oosN) > isSum / double(isN)))
        summary.blocks.emplace_back(
            Note{"Out of sample the chosen parameters did worse than in sample on average, as expected "
                 "when the in-sample winner is partly fitted to noise."});
    doc.sections.push_back(std::move(summary));

    Section windows{"In sample against out of sample", {}};
    Chart cmp;
    cmp.id = "is_vs_oos";
    cmp.title = metric + " per window: in sample and out of sample";
    cmp.kind = ChartKind::Line;
    cmp.xAxis = Axis::Number;
    cmp.xLabel = "window";
    cmp.yFormat = metricFormat(rank);
    Series isS{"In sample", {}, {}};
    Series oosS{"Out of sample", {}, {}};
    Table wt;
    wt.id = "windows";
    wt.title = "Windows (IS: in sample, OOS: out of sample; trades closed out of sample)";
    wt.columns = {{"Window", true},       {"IS from", false},      {"IS to", false},
                  {"OOS from", false},    {"OOS to", false},       {"Parameters", false},
                  {"IS " + metric, true}, {"OOS " + metric, true}, {"OOS return", true},
                  {"Trades", true}};
    for (std::size_t i = 0; i < res.windows.size(); ++i) {
        const bt::WalkForwardWindow &w = res.windows[i];
        std::string params;
        for (std::size_t p = 0; p < res.paramNames.size() && p < w.params.size(); ++p)
            params += (params.empty() ? "" : ", ") + res.paramNames[p] + "=" + numberText(w.params[p]);
        isS.x.push_back(double(i + 1));
        isS.y.push_back(value(w.inSample));
        oosS.x.push_back(double(i + 1));
        oosS.y.push_back(value(w.outOfSample));
        auto when = [&](TimestampMs t) {
            return in.daily ? Cell::date(t) : Cell::textCell(formatDateTime(t));
        };
        wt.rows.push_back({Cell::integer(static_cast<long long>(i) + 1), when(w.isFrom), when(w.isTo),
                           when(w.oosFrom), when(w.oosTo), Cell::textCell(params),
                           metricCell(rank, value(w.inSample)), metricCell(rank, value(w.outOfSample)),
                           Cell::percent(w.outOfSample.totalReturn),
                           Cell::integer((long long)(w.outOfSample.trades))});
    }
    cmp.series.push_back(std::move(isS));
    cmp.series.push_back(std::move(oosS));
    windows.blocks.emplace_back(std::move(cmp));
    windows.blocks.emplace_back(std::move(wt));
    doc.sections.push_back(std::move(windows));

    Section eq{"Out-of-sample equity", {}};
    Chart c;
    c.id = "oos_equity";
    c.title = "Out-of-sample equity, windows chained";
    c.yFormat = Format::Money;
    c.series.push_back({"Out of sample", timesAsDoubles(res.oosTime), res.oosEquity});
    eq.blocks.emplace_back(std::move(c));
    doc.sections.push_back(std::move(eq));

    doc.methodology.push_back(
        {"Walk-forward",
         "In each window the grid is swept on the in-sample bars and the best combination by the ranking "
         "metric trades the following out-of-sample bars. Signals may use the bars before a window "
         "(indicator warm-up) but trades happen only inside it; a position still open at a window's end is "
         "valued at its last close and the next window starts flat with that equity as cash.",
         ""});
    addMethodology(doc, in);
    Fingerprint fp(appVersion());
    fp.addParameter("in_sample", std::to_string(config.inSampleBars));
    fp.addParameter("out_of_sample", std::to_string(config.outOfSampleBars));
    fp.addParameter("mode", config.anchored ? "anchored" : "rolling");
    addSweepInputs(fp, doc, in);
    doc.fingerprint = fp.finish();
    return doc;
}

} // namespace sn::report
