#include "ui/charts/PriceChartSupport.h"

// PriceChartView: the visible range decimated to the plot width and handed to each pane.
namespace sn::ui {

using namespace chart_detail;

namespace {

// Replaces `points` with the decimated line (capacity kept) and widens [lo, hi] to it.
void fillLine(QList<QPointF> &points, const LinePoints &line, double &lo, double &hi)
{
    points.clear();
    points.reserve(qsizetype(line.size()));
    for (std::size_t i = 0; i < line.size(); ++i) {
        const double v = line.value[i];
        points.append(QPointF(qreal(line.time[i]), v));
        if (v < lo)
            lo = v;
        if (v > hi)
            hi = v;
    }
}

} // namespace

void PriceChartView::decimateOutput(std::size_t spec, std::size_t output, int width)
{
    const int columns = std::max(1, (width - 2) / 2);
    if (useCoarse(columns) && spec < m_coarse->outputs.size() && output < m_coarse->outputs[spec].size()) {
        const Coarse::Line &line = m_coarse->outputs[spec][output];
        (void)decimateMinMax(line.time, line.value, {m_from, m_to, columns}, m_line);
    } else {
        (void)decimateMinMax(m_bars.time, m_outputs[spec].values[output], {m_from, m_to, columns}, m_line);
    }
}

void PriceChartView::setYRange(double lo, double hi)
{
    if (!(lo <= hi) || !std::isfinite(lo) || !std::isfinite(hi))
        return;
    if (m_log) {
        lo = std::max(lo, 1e-9);
        hi = std::max(hi, lo * 1.0001);
        const double pad = std::pow(hi / lo, 0.04);
        m_price->setYRange(lo / pad, hi * pad);
    } else {
        const double pad = hi > lo ? (hi - lo) * 0.04 : std::max(std::abs(hi) * 0.01, 1e-6);
        m_price->setYRange(lo - pad, hi + pad);
    }
}

void PriceChartView::refreshPrice(int width)
{
    Series &s = *m_series;
    m_price->setXRange(m_from, m_to);
    if (m_price->axis() != ChartPane::Axis::Price)
        m_price->setAxis(ChartPane::Axis::Price, m_log);
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    const bool candles = m_type == ChartType::Candles;
    const bool bars = m_type == ChartType::OhlcBars;
    std::vector<PaneLine> &lines = m_price->lines();
    PaneLine &close = lines[Series::kClose];
    close.name = tr("Close");
    close.visible = !(candles || bars);
    close.filled = m_type == ChartType::Area;
    for (std::size_t i : s.compare)
        lines[i].visible = false;

    if (candles || bars) {
        const int columns = std::max(1, width / kCandlePixels);
        (void)decimateOhlc(useCoarse(columns) ? m_coarse->bars : m_bars, {m_from, m_to, columns}, m_ohlc);
        for (std::size_t i = 0; i < m_ohlc.size(); ++i) {
            lo = std::min(lo, m_ohlc.low[i]);
            hi = std::max(hi, m_ohlc.high[i]);
        }
        close.points.clear();
    } else {
        const int columns = std::max(1, (width - 2) / 2);
        if (useCoarse(columns))
            (void)decimateMinMax(m_coarse->close.time, m_coarse->close.value, {m_from, m_to, columns},
                                 m_line);
        else
            (void)decimateMinMax(m_bars.time, m_bars.close, {m_from, m_to, columns}, m_line);
        fillLine(close.points, m_line, lo, hi);
    }

    // Overlays: decimated over the same slices as a line, included in the y range.
    for (auto &o : s.overlays) {
        PaneLine &line = lines[o.index];
        line.visible = true;
        if (o.spec >= m_outputs.size() || m_outputs[o.spec].values.size() <= o.output) {
            line.points.clear();
            continue;
        }
        decimateOutput(o.spec, o.output, width);
        fillLine(line.points, m_line, lo, hi);
    }
    if (lo > hi) {
        m_price->setSegments({}, {}, {}, {}, 0);
        return;
    }
    setYRange(lo, hi);
    if (!(candles || bars)) {
        m_price->setSegments({}, {}, {}, {}, 0);
        m_price->update();
        return;
    }
    // A wick and a body per candle, or a range and two ticks per OHLC bar, in pane pixels.
    const QRectF plot = m_price->plotRect();
    const int n = static_cast<int>(m_ohlc.size());
    const double slot = plot.width() / std::max(1.0, double(m_to - m_from) /
                                                         double(std::max<TimestampMs>(1, typicalSpacing())));
    const double spacing = std::max(1.0, std::min(plot.width() / std::max(1, n), slot));
    const double tick = std::clamp(0.35 * spacing, 1.0, 6.0);
    const double body = std::max(1.0, std::floor(0.7 * spacing));
    s.up.clear();
    s.down.clear();
    s.upRects.clear();
    s.downRects.clear();
    for (int i = 0; i < n; ++i) {
        const auto k = std::size_t(i);
        if (std::isnan(m_ohlc.high[k]) || std::isnan(m_ohlc.low[k]))
            continue;
        const double x = std::round(m_price->mapX(double(m_ohlc.time[k]))) + 0.5;
        const bool rising = !(m_ohlc.close[k] < m_ohlc.open[k]);
        QList<QLineF> &segments = rising ? s.up : s.down;
        segments.append(QLineF(x, m_price->mapY(m_ohlc.low[k]), x, m_price->mapY(m_ohlc.high[k])));
        const double yOpen = m_price->mapY(m_ohlc.open[k]), yClose = m_price->mapY(m_ohlc.close[k]);
        if (candles) {
            (rising ? s.upRects : s.downRects)
                .append(QRectF(x - body / 2, std::min(yOpen, yClose), body,
                               std::max(1.0, std::abs(yClose - yOpen))));
        } else {
            segments.append(QLineF(x - tick, yOpen, x, yOpen));
            segments.append(QLineF(x, yClose, x + tick, yClose));
        }
    }
    m_price->setSegments(s.up, s.down, s.upRects, s.downRects, n);
}

void PriceChartView::refreshCompare(int width)
{
    Series &s = *m_series;
    m_price->setXRange(m_from, m_to);
    m_price->setAxis(ChartPane::Axis::Percent, false);
    m_price->setSegments({}, {}, {}, {}, 0);
    std::vector<PaneLine> &lines = m_price->lines();
    for (auto &o : s.overlays) {
        lines[o.index].visible = false;
        lines[o.index].points.clear();
    }
    // The common start: the first visible instant every series has a bar.
    TimestampMs start = m_from;
    auto firstAt = [&](const BarSeries &b) {
        const std::size_t i = b.lowerBound(m_from);
        return i < b.size() ? b.time[i] : std::numeric_limits<TimestampMs>::max();
    };
    start = std::max(start, firstAt(m_bars));
    for (const auto &b : m_compare)
        start = std::max(start, firstAt(b));
    double lo = 0, hi = 0;
    auto percentLine = [&](const BarSeries &b, PaneLine &line) {
        line.visible = true;
        line.filled = false;
        line.points.clear();
        if (start > m_to)
            return;
        (void)decimateMinMax(b.time, b.close, {start, m_to, std::max(1, (width - 2) / 2)}, m_line);
        if (m_line.empty())
            return;
        // decimateMinMax always keeps the first value: the base of the percentages.
        const double base = m_line.value.front();
        for (std::size_t i = 0; i < m_line.size(); ++i) {
            const double pct = (m_line.value[i] / base - 1.0) * 100.0;
            line.points.append(QPointF(qreal(m_line.time[i]), pct));
            lo = std::min(lo, pct);
            hi = std::max(hi, pct);
        }
    };
    lines[Series::kClose].name = QString::fromStdString(m_bars.symbol);
    percentLine(m_bars, lines[Series::kClose]);
    for (std::size_t i = 0; i < m_compare.size() && i < s.compare.size(); ++i)
        percentLine(m_compare[i], lines[s.compare[i]]);
    const double pad = hi > lo ? (hi - lo) * 0.04 : 1.0;
    m_price->setYRange(lo - pad, hi + pad);
    m_price->update();
}

void PriceChartView::refreshMarkers(int width)
{
    QList<QPointF> buys, sells;
    if (m_compare.empty()) {
        // One marker per side and pixel column: thousands of trades stay drawable.
        int lastBuy = -1, lastSell = -1;
        const TimeBuckets columns{m_from, m_to, std::max(1, width)};
        auto first = std::lower_bound(m_markers.begin(), m_markers.end(), m_from,
                                      [](const TradeMarker &m, TimestampMs t) { return m.time < t; });
        for (auto it = first; it != m_markers.end() && it->time <= m_to; ++it) {
            const int c = columns.column(it->time);
            const bool buy = it->side == TradeMarker::Side::Buy;
            int &last = buy ? lastBuy : lastSell;
            if (c == last)
                continue;
            last = c;
            (buy ? buys : sells).append(QPointF(qreal(it->time), it->price));
        }
    }
    m_price->setMarkers(std::move(buys), std::move(sells));
}

void PriceChartView::refreshVolume(int width)
{
    Series &s = *m_series;
    m_volume->setXRange(m_from, m_to);
    const int columns = std::max(1, width / kVolumePixels);
    (void)decimateOhlc(useCoarse(columns) ? m_coarse->bars : m_bars, {m_from, m_to, columns}, m_ohlc);
    double hi = 0;
    for (double v : m_ohlc.volume)
        if (v > hi)
            hi = v;
    const double top = hi > 0 ? hi * 1.05 : 1;
    m_volume->setYRange(0, top);
    const QRectF plot = m_volume->plotRect();
    const int n = static_cast<int>(m_ohlc.size());
    const double w = std::max(1.0, 0.7 * plot.width() / std::max(1, n));
    s.upRects.clear();
    s.downRects.clear();
    for (int i = 0; i < n; ++i) {
        const auto k = std::size_t(i);
        const double v = m_ohlc.volume[k];
        if (!(v > 0))
            continue;
        const double x = m_volume->mapX(double(m_ohlc.time[k]));
        const double h = v / top * plot.height();
        (m_ohlc.close[k] >= m_ohlc.open[k] ? s.upRects : s.downRects)
            .append(QRectF(x - w / 2, plot.bottom() - h, w, h));
    }
    m_volume->setSegments({}, {}, s.upRects, s.downRects, n, false);
}

void PriceChartView::refreshOscillators(int width)
{
    Series &s = *m_series;
    for (auto &osc : s.oscillators) {
        osc.pane->setXRange(m_from, m_to);
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        bool bounded = false;
        for (auto &l : osc.lines) {
            PaneLine &line = osc.pane->lines()[l.index];
            const std::string &name = m_specs[l.spec].name;
            bounded = name == "rsi" || name == "stochastic";
            if (l.spec >= m_outputs.size() || m_outputs[l.spec].values.size() <= l.output) {
                line.points.clear();
                continue;
            }
            decimateOutput(l.spec, l.output, width);
            fillLine(line.points, m_line, lo, hi);
        }
        if (bounded)
            osc.pane->setYRange(0, 100);
        else if (lo <= hi) {
            const double pad = hi > lo ? (hi - lo) * 0.05 : 1.0;
            osc.pane->setYRange(lo - pad, hi + pad);
        }
        osc.pane->update();
    }
}

} // namespace sn::ui
