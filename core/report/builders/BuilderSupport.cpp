#include "core/report/builders/BuilderSupport.h"

#include <cmath>
#include <limits>

namespace sn::report {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr const char *kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
} // namespace

std::string appVersion()
{
    return SUPERNOVA_VERSION;
}

std::vector<Cell> kpiRow(const std::string &label, Cell value, const std::string &key)
{
    return {Cell::textCell(label), std::move(value), Cell::textCell(key)};
}

Table kpiTable(std::string id, std::string title)
{
    Table t;
    t.id = std::move(id);
    t.title = std::move(title);
    t.kpi = true;
    t.columns = {{"Metric", false}, {"Value", true}, {"Key", false}};
    return t;
}

std::string numberText(double v)
{
    return Fingerprint::numberText(v);
}

std::string conventionText(const Convention &c)
{
    return c.name + ": " + numberText(c.periodsPerYear) + " periods a year, " +
           (c.ddof == 1 ? "sample deviation (ddof 1)" : "population deviation (ddof 0)") + ", risk-free " +
           numberText(c.riskFreeAnnual * 100.0) + " % a year";
}

void addBars(Fingerprint &fp, const BarSeries &s)
{
    fp.beginRows("bars " + s.symbol + ' ' + s.interval);
    for (std::size_t i = 0; i < s.size(); ++i) {
        const double row[] = {double(s.time[i]), s.open[i], s.high[i], s.low[i], s.close[i], s.volume[i]};
        fp.addRow(row);
    }
}

MonthGrid monthGrid(std::span<const TimestampMs> time, std::span<const double> equity, double start)
{
    MonthGrid m;
    const std::size_t n = std::min(time.size(), equity.size());
    if (n == 0)
        return m;
    const CivilDate first = toCivil(time.front());
    const CivilDate last = toCivil(time[n - 1]);
    m.firstYear = first.year;
    m.years = last.year - first.year + 1;
    m.values.assign(std::size_t(m.years) * 12, kNaN);
    m.yearTotals.assign(std::size_t(m.years), kNaN);
    double monthStart = start;
    for (std::size_t i = 0; i < n; ++i) {
        const CivilDate d = toCivil(time[i]);
        if (i + 1 < n) {
            const CivilDate next = toCivil(time[i + 1]);
            if (next.month == d.month && next.year == d.year)
                continue;
        }
        const double r = monthStart > 0 ? equity[i] / monthStart - 1.0 : kNaN;
        const std::size_t y = std::size_t(d.year - m.firstYear);
        m.values[y * 12 + std::size_t(d.month - 1)] = r;
        double &total = m.yearTotals[y];
        if (std::isfinite(r))
            total = std::isnan(total) ? r : (1.0 + total) * (1.0 + r) - 1.0;
        monthStart = equity[i];
    }
    return m;
}

Table monthTable(const MonthGrid &grid, std::string id, std::string title)
{
    Table t;
    t.id = std::move(id);
    t.title = std::move(title);
    t.columns.push_back({"Year", false});
    for (const char *m : kMonths)
        t.columns.push_back({m, true});
    t.columns.push_back({"Year total", true});
    for (int y = 0; y < grid.years; ++y) {
        std::vector<Cell> row{Cell::textCell(std::to_string(grid.firstYear + y))};
        for (int mo = 0; mo < 12; ++mo) {
            const double v = grid.values[std::size_t(y) * 12 + std::size_t(mo)];
            row.push_back(std::isfinite(v) ? Cell::percent(v, 1) : Cell::textCell(""));
        }
        const double total = grid.yearTotals[std::size_t(y)];
        row.push_back(std::isfinite(total) ? Cell::percent(total, 1) : Cell::textCell(""));
        t.rows.push_back(std::move(row));
    }
    return t;
}

Chart monthHeatmap(const MonthGrid &grid, std::string id, std::string title)
{
    Chart c;
    c.id = std::move(id);
    c.title = std::move(title);
    c.kind = ChartKind::Heatmap;
    c.xAxis = Axis::Category;
    c.yFormat = Format::Percent;
    for (const char *m : kMonths)
        c.categories.emplace_back(m);
    for (int y = 0; y < grid.years; ++y)
        c.rowLabels.push_back(std::to_string(grid.firstYear + y));
    c.cells = grid.values;
    return c;
}

std::vector<double> drawdownCurve(std::span<const double> equity)
{
    std::vector<double> out(equity.size(), 0.0);
    double peak = 0.0;
    for (std::size_t i = 0; i < equity.size(); ++i) {
        peak = std::max(peak, equity[i]);
        out[i] = peak > 0 ? equity[i] / peak - 1.0 : 0.0;
    }
    return out;
}

std::vector<double> timesAsDoubles(std::span<const TimestampMs> time)
{
    return std::vector<double>(time.begin(), time.end());
}

} // namespace sn::report
