#include "ui/report/ChartPainter.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace sn::report {

namespace {

constexpr double kLabelSize = 7.5;
constexpr double kLegendSize = 8.0;

std::string fixed(double v, int decimals)
{
    char buffer[64];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed, decimals);
    std::string s = ec == std::errc() ? std::string(buffer, end) : std::string("?");
    if (s.front() == '-' && s.find_first_not_of("-0.") == std::string::npos)
        s.erase(0, 1);
    return s;
}

int decimalsFor(double step)
{
    if (!(step > 0))
        return 0;
    const int d = int(std::ceil(-std::log10(step) - 1e-9));
    return std::clamp(d, 0, 6);
}

std::string axisText(double v, Format f, double step)
{
    switch (f) {
    case Format::Percent:
        return fixed(v * 100.0, decimalsFor(step * 100.0)) + "%";
    case Format::Money: {
        const double a = std::abs(v);
        if (a >= 1e7 || step >= 5e5)
            return fixed(v / 1e6, decimalsFor(step / 1e6)) + "M";
        if (a >= 1e4 || step >= 1e3)
            return fixed(v / 1e3, decimalsFor(step / 1e3)) + "k";
        return fixed(v, decimalsFor(step));
    }
    case Format::Integer:
        return fixed(v, 0);
    default:
        return fixed(v, decimalsFor(step));
    }
}

std::vector<double> niceTicks(double lo, double hi, int wanted, double &step)
{
    std::vector<double> ticks;
    if (!(hi > lo)) {
        step = 1;
        ticks.push_back(lo);
        return ticks;
    }
    const double raw = (hi - lo) / std::max(1, wanted);
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / mag;
    step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10) * mag;
    for (double t = std::ceil(lo / step - 1e-9) * step; t <= hi + step * 1e-9; t += step)
        ticks.push_back(std::abs(t) < step * 1e-9 ? 0.0 : t);
    return ticks;
}

struct TimeTick
{
    double t;
    std::string label;
};

std::vector<TimeTick> timeTicks(double lo, double hi)
{
    std::vector<TimeTick> out;
    if (!(hi > lo))
        return out;
    const double days = (hi - lo) / double(kMsPerDay);
    if (days < 60) {
        for (int step : {1, 2, 5, 7, 14, 30}) {
            if (days / step > 7)
                continue;
            for (double t = double(startOfDay(TimestampMs(lo))); t <= hi;
                 t += double(step) * double(kMsPerDay))
                if (t >= lo) {
                    const std::string d = formatDate(TimestampMs(t));
                    out.push_back({t, d.substr(5)});
                }
            return out;
        }
    }
    const CivilDate a = toCivil(TimestampMs(lo));
    const CivilDate b = toCivil(TimestampMs(hi));
    const int months = (b.year - a.year) * 12 + (b.month - a.month) + 1;
    int step = 1;
    for (int s : {1, 2, 3, 6, 12, 24, 36, 60, 120})
        if (months / s <= 7) {
            step = s;
            break;
        }
    int y = a.year;
    int m = a.month;
    // Align to the step from January so ticks land on quarters or years.
    while (((y * 12 + m - 1) % step) != 0 || double(toTimestamp({y, m, 1})) < lo) {
        if (++m > 12) {
            m = 1;
            ++y;
        }
    }
    while (true) {
        const double t = double(toTimestamp({y, m, 1}));
        if (t > hi)
            break;
        const std::string d = formatDate(TimestampMs(t));
        out.push_back({t, step >= 12 ? d.substr(0, 4) : d.substr(0, 7)});
        m += step;
        while (m > 12) {
            m -= 12;
            ++y;
        }
    }
    return out;
}

// Min and max of each pixel column in time order, so a line keeps every
// spike a full-resolution plot would show with at most 2 points per column.
std::vector<QPointF> decimate(const std::vector<double> &x, const std::vector<double> &y, double x0,
                              double x1, int columns)
{
    std::vector<QPointF> out;
    const std::size_t n = std::min(x.size(), y.size());
    if (n == 0)
        return out;
    if (n <= std::size_t(columns) * 2 || !(x1 > x0)) {
        for (std::size_t i = 0; i < n; ++i)
            if (std::isfinite(y[i]))
                out.emplace_back(x[i], y[i]);
        return out;
    }
    int current = -1;
    std::size_t minI = 0;
    std::size_t maxI = 0;
    auto flush = [&] {
        if (current < 0)
            return;
        const std::size_t a = std::min(minI, maxI);
        const std::size_t b = std::max(minI, maxI);
        out.emplace_back(x[a], y[a]);
        if (b != a)
            out.emplace_back(x[b], y[b]);
    };
    for (std::size_t i = 0; i < n; ++i) {
        if (!std::isfinite(y[i]))
            continue;
        const int col = std::clamp(int((x[i] - x0) / (x1 - x0) * columns), 0, columns - 1);
        if (col != current) {
            flush();
            current = col;
            minI = maxI = i;
        } else {
            if (y[i] < y[minI])
                minI = i;
            if (y[i] > y[maxI])
                maxI = i;
        }
    }
    flush();
    return out;
}

Ink seriesInk(std::size_t i)
{
    static const Ink inks[] = {Ink::Series0, Ink::Series1, Ink::Series2};
    return inks[i % 3];
}

Rgb mix(Rgb a, Rgb b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return {int(std::lround(a.r + (b.r - a.r) * t)), int(std::lround(a.g + (b.g - a.g) * t)),
            int(std::lround(a.b + (b.b - a.b) * t))};
}

void legend(const Chart &chart, ChartCanvas &c, const QRectF &area,
            const std::vector<std::pair<std::string, Ink>> &items)
{
    double x = area.left();
    const double y = area.top() + 9;
    for (const auto &[name, ink] : items) {
        c.polyline({QPointF(x, y - 3), QPointF(x + 14, y - 3)}, ink, 2.0);
        c.text(QPointF(x + 18, y), name, Anchor::Start, kLegendSize, Ink::Muted);
        x += 18 + c.textWidth(name, kLegendSize) + 14;
    }
    (void)chart;
}

void drawXY(const Chart &chart, ChartCanvas &c, const QRectF &area)
{
    double xlo = std::numeric_limits<double>::infinity();
    double xhi = -xlo;
    double ylo = xlo;
    double yhi = -xlo;
    for (const Series &s : chart.series)
        for (std::size_t i = 0; i < std::min(s.x.size(), s.y.size()); ++i) {
            if (!std::isfinite(s.y[i]) || !std::isfinite(s.x[i]))
                continue;
            xlo = std::min(xlo, s.x[i]);
            xhi = std::max(xhi, s.x[i]);
            ylo = std::min(ylo, s.y[i]);
            yhi = std::max(yhi, s.y[i]);
        }
    for (const auto &m : chart.markers) {
        xlo = std::min(xlo, m.second.first);
        xhi = std::max(xhi, m.second.first);
        ylo = std::min(ylo, m.second.second);
        yhi = std::max(yhi, m.second.second);
    }
    if (chart.kind == ChartKind::Area) {
        ylo = std::min(ylo, 0.0);
        yhi = std::max(yhi, 0.0);
    }
    if (!(yhi > ylo)) {
        const double pad = ylo == 0 ? 1.0 : std::abs(ylo) * 0.05;
        ylo -= pad;
        yhi += pad;
    }
    if (!(xhi > xlo))
        xhi = xlo + 1;
    const double ypad = (yhi - ylo) * 0.05;
    if (chart.kind != ChartKind::Area || yhi > 0)
        yhi += ypad;
    if (chart.kind != ChartKind::Area || ylo < 0)
        ylo -= ypad;
    if (chart.kind == ChartKind::Scatter) {
        const double xpad = (xhi - xlo) * 0.05;
        xlo -= xpad;
        xhi += xpad;
    }

    std::vector<std::pair<std::string, Ink>> legendItems;
    if (chart.kind == ChartKind::Line && chart.series.size() > 1)
        for (std::size_t i = 0; i < chart.series.size(); ++i)
            legendItems.emplace_back(chart.series[i].name, seriesInk(i));
    if (chart.kind == ChartKind::Fan)
        legendItems = {{"median", Ink::Series0}, {"25th-75th", Ink::Band}, {"5th-95th", Ink::Band}};
    const double top = area.top() + (legendItems.empty() ? 6 : 20);

    double ystep = 1;
    const std::vector<double> yticks = niceTicks(ylo, yhi, 5, ystep);
    double labelWidth = 0;
    for (double t : yticks)
        labelWidth = std::max(labelWidth, c.textWidth(axisText(t, chart.yFormat, ystep), kLabelSize));
    const double bottomSpace = chart.xLabel.empty() ? 16 : 28;
    const QRectF plot(area.left() + labelWidth + 8, top, area.width() - labelWidth - 14,
                      area.bottom() - top - bottomSpace);
    auto X = [&](double v) { return plot.left() + (v - xlo) / (xhi - xlo) * plot.width(); };
    auto Y = [&](double v) { return plot.bottom() - (v - ylo) / (yhi - ylo) * plot.height(); };

    if (!legendItems.empty())
        legend(chart, c, QRectF(plot.left(), area.top(), plot.width(), 14), legendItems);
    for (double t : yticks) {
        if (t < ylo || t > yhi)
            continue;
        c.polyline({QPointF(plot.left(), Y(t)), QPointF(plot.right(), Y(t))}, t == 0 ? Ink::Axis : Ink::Grid,
                   0.5);
        c.text(QPointF(plot.left() - 4, Y(t) + 2.5), axisText(t, chart.yFormat, ystep), Anchor::End,
               kLabelSize, Ink::Muted);
    }
    c.polyline({QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom())}, Ink::Axis, 0.6);
    if (chart.xAxis == Axis::Time) {
        for (const TimeTick &t : timeTicks(xlo, xhi)) {
            c.polyline({QPointF(X(t.t), plot.bottom()), QPointF(X(t.t), plot.bottom() + 3)}, Ink::Axis, 0.6);
            c.text(QPointF(X(t.t), plot.bottom() + 12), t.label, Anchor::Middle, kLabelSize, Ink::Muted);
        }
    } else {
        double xstep = 1;
        const Format xf = chart.kind == ChartKind::Scatter ? Format::Percent : Format::Integer;
        for (double t : niceTicks(xlo, xhi, 6, xstep)) {
            c.polyline({QPointF(X(t), plot.bottom()), QPointF(X(t), plot.bottom() + 3)}, Ink::Axis, 0.6);
            c.text(QPointF(X(t), plot.bottom() + 12), axisText(t, xf, xstep), Anchor::Middle, kLabelSize,
                   Ink::Muted);
        }
    }
    if (!chart.xLabel.empty())
        c.text(QPointF(plot.center().x(), area.bottom() - 3), chart.xLabel, Anchor::Middle, kLabelSize,
               Ink::Muted);

    const int columns = std::max(8, int(plot.width()));
    auto points = [&](const Series &s) {
        std::vector<QPointF> pts = decimate(s.x, s.y, xlo, xhi, columns);
        for (QPointF &p : pts)
            p = QPointF(X(p.x()), Y(p.y()));
        return pts;
    };
    switch (chart.kind) {
    case ChartKind::Area:
        for (const Series &s : chart.series) {
            std::vector<QPointF> pts = points(s);
            if (pts.empty())
                continue;
            std::vector<QPointF> poly = pts;
            poly.emplace_back(pts.back().x(), Y(0));
            poly.emplace_back(pts.front().x(), Y(0));
            c.polygon(poly, Ink::Negative, 0.25);
            c.polyline(pts, Ink::Negative, 1.0);
        }
        break;
    case ChartKind::Fan: {
        const std::size_t n = chart.series.size();
        for (std::size_t k = 0; k < n / 2; ++k) {
            std::vector<QPointF> lo = points(chart.series[k]);
            std::vector<QPointF> hi = points(chart.series[n - 1 - k]);
            std::vector<QPointF> poly = lo;
            poly.insert(poly.end(), hi.rbegin(), hi.rend());
            c.polygon(poly, Ink::Band, k == 0 ? 0.15 : 0.3);
        }
        if (n % 2 == 1)
            c.polyline(points(chart.series[n / 2]), Ink::Series0, 1.4);
        break;
    }
    case ChartKind::Scatter:
        for (std::size_t i = 0; i < chart.series.size(); ++i) {
            const std::vector<QPointF> pts = points(chart.series[i]);
            c.polyline(pts, seriesInk(i), 1.2);
            for (const QPointF &p : pts)
                c.circle(p, 1.8, seriesInk(i));
        }
        for (const auto &[label, point] : chart.markers) {
            const QPointF p(X(point.first), Y(point.second));
            c.circle(p, 3.2, Ink::Series1);
            c.text(QPointF(p.x() + 6, p.y() + 3), label, Anchor::Start, kLabelSize, Ink::Text);
        }
        break;
    default:
        for (std::size_t i = 0; i < chart.series.size(); ++i)
            c.polyline(points(chart.series[i]), seriesInk(i), i == 0 ? 1.3 : 0.9);
        break;
    }
}

void drawBars(const Chart &chart, ChartCanvas &c, const QRectF &area)
{
    const std::vector<double> &v = chart.series.front().y;
    const std::size_t n = std::min(v.size(), chart.categories.size());
    double lo = 0;
    double hi = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (std::isfinite(v[i])) {
            lo = std::min(lo, v[i]);
            hi = std::max(hi, v[i]);
        }
    if (!(hi > lo))
        hi = lo + 1;
    const double pad = (hi - lo) * 0.12;
    hi += hi > 0 ? pad : 0;
    lo -= lo < 0 ? pad : 0;
    double step = 1;
    const std::vector<double> ticks = niceTicks(lo, hi, 5, step);
    double labelWidth = 0;
    for (double t : ticks)
        labelWidth = std::max(labelWidth, c.textWidth(axisText(t, chart.yFormat, step), kLabelSize));
    const QRectF plot(area.left() + labelWidth + 8, area.top() + 6, area.width() - labelWidth - 14,
                      area.height() - 24);
    auto Y = [&](double y) { return plot.bottom() - (y - lo) / (hi - lo) * plot.height(); };
    for (double t : ticks) {
        if (t < lo || t > hi)
            continue;
        c.polyline({QPointF(plot.left(), Y(t)), QPointF(plot.right(), Y(t))}, t == 0 ? Ink::Axis : Ink::Grid,
                   t == 0 ? 0.8 : 0.5);
        c.text(QPointF(plot.left() - 4, Y(t) + 2.5), axisText(t, chart.yFormat, step), Anchor::End,
               kLabelSize, Ink::Muted);
    }
    if (n == 0)
        return;
    const double slot = plot.width() / double(n);
    double widest = 0;
    for (std::size_t i = 0; i < n; ++i)
        widest = std::max(widest, c.textWidth(chart.categories[i], kLabelSize));
    const std::size_t every = std::max<std::size_t>(1, std::size_t(std::ceil((widest + 4) / slot)));
    const bool values = n <= 16 && slot >= 26;
    for (std::size_t i = 0; i < n; ++i) {
        const double x = plot.left() + slot * double(i);
        if (std::isfinite(v[i])) {
            const double y0 = Y(0);
            const double y1 = Y(v[i]);
            c.rect(QRectF(x + slot * 0.15, std::min(y0, y1), slot * 0.7, std::max(0.5, std::abs(y1 - y0))),
                   v[i] >= 0 ? Rgb{47, 158, 68} : Rgb{217, 72, 15});
            if (values) {
                const std::string t =
                    chart.yFormat == Format::Percent ? fixed(v[i] * 100.0, 1) + "%" : fixed(v[i], 2);
                c.text(QPointF(x + slot / 2, v[i] >= 0 ? y1 - 3 : y1 + 9), t, Anchor::Middle, 6.5, Ink::Text);
            }
        }
        if (i % every == 0)
            c.text(QPointF(x + slot / 2, plot.bottom() + 12), chart.categories[i], Anchor::Middle, kLabelSize,
                   Ink::Muted);
    }
}

void drawHeatmap(const Chart &chart, ChartCanvas &c, const QRectF &area)
{
    const std::size_t rows = chart.rowLabels.size();
    const std::size_t cols = chart.categories.size();
    double labelWidth = 0;
    for (const std::string &r : chart.rowLabels)
        labelWidth = std::max(labelWidth, c.textWidth(r, kLabelSize));
    const double left = area.left() + labelWidth + 6;
    const double top = area.top() + 14;
    // Wide cells for a two-by-two correlation look like bars: keep them squarish.
    const double cw = std::min(72.0, (area.right() - left) / double(std::max<std::size_t>(1, cols)));
    const double ch = 16;
    double maxAbs = 0;
    for (double v : chart.cells)
        if (std::isfinite(v))
            maxAbs = std::max(maxAbs, std::abs(v));
    if (chart.yFormat == Format::Number)
        maxAbs = std::max(maxAbs, 1.0); // correlations: the colour scale is [-1, 1]
    if (!(maxAbs > 0))
        maxAbs = 1;
    const Rgb neutral{246, 246, 246};
    const Rgb positive{47, 158, 68};
    const Rgb negative{217, 72, 15};
    for (std::size_t j = 0; j < cols; ++j)
        c.text(QPointF(left + cw * (double(j) + 0.5), top - 4), chart.categories[j], Anchor::Middle,
               kLabelSize, Ink::Muted);
    for (std::size_t i = 0; i < rows; ++i) {
        const double y = top + ch * double(i);
        c.text(QPointF(left - 4, y + ch / 2 + 2.5), chart.rowLabels[i], Anchor::End, kLabelSize, Ink::Muted);
        for (std::size_t j = 0; j < cols; ++j) {
            const std::size_t k = i * cols + j;
            const double v =
                k < chart.cells.size() ? chart.cells[k] : std::numeric_limits<double>::quiet_NaN();
            const QRectF cell(left + cw * double(j) + 0.5, y + 0.5, cw - 1, ch - 1);
            if (!std::isfinite(v)) {
                c.rect(cell, Rgb{232, 232, 232});
                continue;
            }
            const double t = std::sqrt(std::min(1.0, std::abs(v) / maxAbs));
            const Rgb fill = mix(neutral, v >= 0 ? positive : negative, t * 0.9);
            c.rect(cell, fill);
            const std::string label = chart.yFormat == Format::Percent ? fixed(v * 100.0, 1) : fixed(v, 2);
            if (c.textWidth(label, 6.5) + 4 <= cw) {
                const double lum = 0.299 * fill.r + 0.587 * fill.g + 0.114 * fill.b;
                c.textRgb(QPointF(cell.center().x(), cell.center().y() + 2.3), label, Anchor::Middle, 6.5,
                          lum < 140 ? Rgb{255, 255, 255} : Rgb{31, 41, 51});
            }
        }
    }
}

} // namespace

bool ChartPainter::hasData(const Chart &chart)
{
    if (chart.kind == ChartKind::Heatmap)
        return !chart.rowLabels.empty() && !chart.categories.empty();
    if (chart.kind == ChartKind::Bars)
        return !chart.series.empty() && !chart.series.front().y.empty();
    for (const Series &s : chart.series)
        if (!s.y.empty())
            return true;
    return false;
}

double ChartPainter::preferredHeight(const Chart &chart, double width)
{
    if (chart.kind == ChartKind::Heatmap)
        return 14 + 16.0 * double(chart.rowLabels.size()) + 4;
    return std::clamp(width * 0.34, 150.0, 240.0);
}

void ChartPainter::draw(const Chart &chart, ChartCanvas &canvas, const QRectF &area)
{
    if (!hasData(chart))
        return;
    switch (chart.kind) {
    case ChartKind::Heatmap:
        drawHeatmap(chart, canvas, area);
        break;
    case ChartKind::Bars:
        drawBars(chart, canvas, area);
        break;
    default:
        drawXY(chart, canvas, area);
        break;
    }
}

} // namespace sn::report
