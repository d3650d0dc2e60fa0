#include "ui/charts/PriceChartSupport.h"

// PriceChartView: the visible range decimated to the plot width and drawn in each pane.
namespace sn::ui {

using namespace chart_detail;

void PriceChartView::setYRange(double lo, double hi)
{
    Series &s = *m_series;
    if (!(lo <= hi) || !std::isfinite(lo) || !std::isfinite(hi))
        return;
    if (m_log) {
        lo = std::max(lo, 1e-9);
        hi = std::max(hi, lo * 1.0001);
        const double pad = std::pow(hi / lo, 0.04);
        s.logY->setRange(lo / pad, hi * pad);
    } else {
        const double pad = hi > lo ? (hi - lo) * 0.04 : std::max(std::abs(hi) * 0.01, 1e-6);
        s.linearY->setRange(lo - pad, hi + pad);
    }
}

void PriceChartView::refreshPrice(int width)
{
    Series &s = *m_series;
    setDateAxis(s.priceX, m_from, m_to);
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    auto include = [&](double v) {
        if (v < lo)
            lo = v;
        if (v > hi)
            hi = v;
    };
    const bool candles = m_type == ChartType::Candles;
    const bool bars = m_type == ChartType::OhlcBars;
    const bool line = m_type == ChartType::Line;
    const bool area = m_type == ChartType::Area;
    // Setters only when something changes: each one can relayout the chart.
    if (s.line->name() != tr("Close"))
        s.line->setName(tr("Close"));
    if (s.linearY->labelFormat() != QStringLiteral("%.2f"))
        s.linearY->setLabelFormat(QStringLiteral("%.2f"));
    if (s.line->isVisible() != line)
        s.line->setVisible(line);
    if (s.area->isVisible() != area)
        s.area->setVisible(area);
    for (auto *c : s.compare)
        if (c->isVisible())
            c->setVisible(false);

    if (candles || bars) {
        (void)decimateOhlc(m_bars, {m_from, m_to, std::max(1, width / kCandlePixels)}, m_ohlc);
        const int n = static_cast<int>(m_ohlc.size());
        for (int i = 0; i < n; ++i) {
            include(m_ohlc.low[std::size_t(i)]);
            include(m_ohlc.high[std::size_t(i)]);
        }
        for (QLineSeries *unused : {s.line, s.areaUpper, s.areaLower})
            if (unused->count() > 0)
                unused->clear();
    } else {
        m_price->segments()->set({}, {}, {}, {}, {}, 0);
        (void)decimateMinMax(m_bars.time, m_bars.close, {m_from, m_to, std::max(1, (width - 2) / 2)}, m_line);
        s.points.clear();
        for (std::size_t i = 0; i < m_line.size(); ++i) {
            s.points.append(QPointF(qreal(m_line.time[i]), m_line.value[i]));
            include(m_line.value[i]);
        }
        if (line) {
            s.line->replace(s.points);
            s.areaUpper->clear();
            s.areaLower->clear();
        } else {
            s.areaUpper->replace(s.points);
            s.line->clear();
        }
    }

    // Overlays: decimated over the same slices as a line, included in the y range.
    for (auto &o : s.overlays) {
        if (!o.series->isVisible())
            o.series->setVisible(true);
        if (o.spec >= m_outputs.size() || m_outputs[o.spec].values.size() <= o.output) {
            o.series->clear();
            continue;
        }
        (void)decimateMinMax(m_bars.time, m_outputs[o.spec].values[o.output], {m_from, m_to, std::max(1, (width - 2) / 2)},
                             m_line);
        s.points.clear();
        for (std::size_t i = 0; i < m_line.size(); ++i) {
            s.points.append(QPointF(qreal(m_line.time[i]), m_line.value[i]));
            include(m_line.value[i]);
        }
        o.series->replace(s.points);
    }
    if (lo > hi)
        return;
    setYRange(lo, hi);
    if (area) {
        const double base = m_log ? s.logY->min() : s.linearY->min();
        s.areaLower->replace(QList<QPointF>{QPointF(qreal(m_from), base), QPointF(qreal(m_to), base)});
    }
    if (candles || bars) {
        // Drawn as mapped segments (see SegmentsItem): a wick and a body per
        // candle, or a range and two ticks per OHLC bar.
        const QRectF plot = m_price->plotRect();
        const double ymin = m_log ? std::log(s.logY->min()) : s.linearY->min();
        const double ymax = m_log ? std::log(s.logY->max()) : s.linearY->max();
        auto py = [&](double v) { return plot.bottom() - ((m_log ? std::log(v) : v) - ymin) / (ymax - ymin) * plot.height(); };
        const int n = static_cast<int>(m_ohlc.size());
        const double slot = plot.width() / std::max(1.0, double(m_to - m_from) / double(std::max<TimestampMs>(1, typicalSpacing())));
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
            const double x = std::round(plot.left() + plotXOf(m_ohlc.time[k])) + 0.5;
            const bool rising = !(m_ohlc.close[k] < m_ohlc.open[k]);
            QList<QLineF> &lines = rising ? s.up : s.down;
            lines.append(QLineF(x, py(m_ohlc.low[k]), x, py(m_ohlc.high[k])));
            if (candles) {
                const double y0 = py(m_ohlc.open[k]), y1 = py(m_ohlc.close[k]);
                (rising ? s.upRects : s.downRects)
                    .append(QRectF(x - body / 2, std::min(y0, y1), body, std::max(1.0, std::abs(y1 - y0))));
            } else {
                lines.append(QLineF(x - tick, py(m_ohlc.open[k]), x, py(m_ohlc.open[k])));
                lines.append(QLineF(x, py(m_ohlc.close[k]), x + tick, py(m_ohlc.close[k])));
            }
        }
        m_price->segments()->set(plot, s.up, s.down, s.upRects, s.downRects, n);
    }
}

void PriceChartView::refreshCompare(int width)
{
    Series &s = *m_series;
    setDateAxis(s.priceX, m_from, m_to);
    s.area->setVisible(false);
    m_price->segments()->set({}, {}, {}, {}, {}, 0);
    for (auto &o : s.overlays) {
        o.series->setVisible(false);
        o.series->clear();
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
    auto percentLine = [&](const BarSeries &b, QLineSeries *series) {
        series->setVisible(true);
        if (start > m_to) {
            series->clear();
            return;
        }
        (void)decimateMinMax(b.time, b.close, {start, m_to, std::max(1, (width - 2) / 2)}, m_line);
        s.points.clear();
        if (!m_line.empty()) {
            // decimateMinMax always keeps the first value: the base of the percentages.
            const double base = m_line.value.front();
            for (std::size_t i = 0; i < m_line.size(); ++i) {
                const double pct = (m_line.value[i] / base - 1.0) * 100.0;
                s.points.append(QPointF(qreal(m_line.time[i]), pct));
                lo = std::min(lo, pct);
                hi = std::max(hi, pct);
            }
        }
        series->replace(s.points);
    };
    s.line->setName(QString::fromStdString(m_bars.symbol));
    percentLine(m_bars, s.line);
    for (std::size_t i = 0; i < m_compare.size() && i < s.compare.size(); ++i)
        percentLine(m_compare[i], s.compare[i]);
    s.linearY->setLabelFormat(QStringLiteral("%.0f %%"));
    setYRange(lo, hi);
}

void PriceChartView::refreshMarkers(int width)
{
    Series &s = *m_series;
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
    s.buys->replace(buys);
    s.sells->replace(sells);
}

void PriceChartView::refreshVolume(int width)
{
    Series &s = *m_series;
    setDateAxis(s.volumeX, m_from, m_to);
    (void)decimateOhlc(m_bars, {m_from, m_to, std::max(1, width / kVolumePixels)}, m_ohlc);
    double hi = 0;
    for (double v : m_ohlc.volume)
        if (v > hi)
            hi = v;
    s.volumeY->setRange(0, hi > 0 ? hi * 1.05 : 1);
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
        const double x = plot.left() + plotXOf(m_ohlc.time[k]);
        const double h = v / (hi * 1.05) * plot.height();
        (m_ohlc.close[k] >= m_ohlc.open[k] ? s.upRects : s.downRects)
            .append(QRectF(x - w / 2, plot.bottom() - h, w, h));
    }
    m_volume->segments()->set(plot, {}, {}, s.upRects, s.downRects, n, false);
}

void PriceChartView::refreshOscillators(int width)
{
    Series &s = *m_series;
    for (auto &osc : s.oscillators) {
        setDateAxis(osc.x, m_from, m_to);
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        bool bounded = false;
        for (auto &l : osc.lines) {
            const std::string &name = m_specs[l.spec].name;
            bounded = name == "rsi" || name == "stochastic";
            if (l.spec >= m_outputs.size() || m_outputs[l.spec].values.size() <= l.output) {
                l.series->clear();
                continue;
            }
            (void)decimateMinMax(m_bars.time, m_outputs[l.spec].values[l.output], {m_from, m_to, std::max(1, (width - 2) / 2)},
                                 m_line);
            s.points.clear();
            for (std::size_t i = 0; i < m_line.size(); ++i) {
                s.points.append(QPointF(qreal(m_line.time[i]), m_line.value[i]));
                lo = std::min(lo, m_line.value[i]);
                hi = std::max(hi, m_line.value[i]);
            }
            l.series->replace(s.points);
        }
        if (bounded)
            osc.y->setRange(0, 100);
        else if (lo <= hi) {
            const double pad = hi > lo ? (hi - lo) * 0.05 : 1.0;
            osc.y->setRange(lo - pad, hi + pad);
        }
    }
}

} // namespace sn::ui
