#include "ui/charts/PriceChartSupport.h"
#include "ui/shell/Formats.h"

// PriceChartView: crosshair readout, wheel, drag, rubber band, keys, and PNG/SVG export.
namespace sn::ui {

namespace {

// The bar's date in the reader's style; intraday bars ("5m", "1h"; "1mo" is
// monthly) with their UTC time of day.
QString readoutTime(const BarSeries &bars, std::int64_t time)
{
    const std::string &iv = bars.interval;
    const bool intraday =
        !iv.empty() && (iv.back() == 'h' || (iv.back() == 'm' && iv.find("mo") == std::string::npos));
    return Formats::barTime(time, intraday);
}

} // namespace

using namespace chart_detail;

CrosshairReadout PriceChartView::readoutAt(TimestampMs t) const
{
    CrosshairReadout r;
    if (m_bars.empty())
        return r;
    std::size_t i = m_bars.lowerBound(t);
    if (i >= m_bars.size())
        i = m_bars.size() - 1;
    else if (i > 0 && t - m_bars.time[i - 1] < m_bars.time[i] - t)
        i = i - 1; // the nearer bar
    r.index = i;
    r.time = m_bars.time[i];
    r.open = m_bars.open[i];
    r.high = m_bars.high[i];
    r.low = m_bars.low[i];
    r.close = m_bars.close[i];
    r.volume = m_bars.volume[i];
    QStringList parts;
    parts << QStringLiteral("<b>%1</b> %2 &nbsp; O %3 &nbsp; H %4 &nbsp; L %5 &nbsp; C %6 &nbsp; V %7")
                 .arg(QString::fromStdString(m_bars.symbol).toHtmlEscaped(), readoutTime(m_bars, r.time),
                      number(r.open), number(r.high), number(r.low), number(r.close),
                      QLocale().toString(r.volume, 'f', 0));
    int colour = 0;
    for (std::size_t s = 0; s < m_specs.size() && s < m_outputs.size(); ++s) {
        const QString label = m_specs[s].label();
        const auto &out = m_outputs[s];
        QStringList values;
        for (std::size_t o = 0; o < out.values.size(); ++o) {
            const QString name = out.values.size() > 1
                                     ? label + QLatin1Char(' ') + QString::fromStdString(out.names[o])
                                     : label;
            const double v = out.values[o][i];
            r.indicators.emplace_back(name, v);
            values << (out.values.size() > 1
                           ? QString::fromStdString(out.names[o]) + QLatin1Char(' ') + number(v)
                           : number(v));
        }
        const QColor c = PaneColours::from(palette()).readable(kPalette[colour % kPalette.size()]);
        colour += m_specs[s].isOverlay() ? 1 : static_cast<int>(out.values.size());
        parts << QStringLiteral("<span style='color:%1'>%2</span> %3")
                     .arg(c.name(), label.toHtmlEscaped(), values.join(QLatin1Char(' ')));
    }
    r.text = parts.join(QStringLiteral(" &nbsp;|&nbsp; "));
    return r;
}

CrosshairReadout PriceChartView::crosshairAtPlotX(double x)
{
    paneHover(nullptr, x, -1);
    return readoutAt(*m_crosshair);
}

void PriceChartView::paneHover(ChartPane *pane, double plotX, double y)
{
    if (m_bars.empty())
        return;
    const CrosshairReadout r = readoutAt(timeAtPlotX(plotX));
    m_crosshair = r.time;
    m_readout = r.text;
    m_header->setText(m_readout);
    // The vertical line snaps to the bar the readout shows.
    const double x = plotXOf(r.time);
    for (ChartPane *p : panes())
        p->setCrosshair(x, p == pane ? std::optional<double>(y) : std::nullopt);
    Q_EMIT crosshairMoved(m_readout);
    if (pane == m_price)
        showMarkerTip(plotX + m_price->plotRect().left(), y);
}

void PriceChartView::showMarkerTip(double paneX, double paneY)
{
    // A trade marker within its own size of the cursor shows its note.
    for (const TradeMarker &m : m_markers) {
        if (m.time < m_from || m.time > m_to)
            continue;
        if (std::abs(m_price->mapX(double(m.time)) - paneX) <= 7 &&
            std::abs(m_price->mapY(m.price) - paneY) <= 7) {
            QToolTip::showText(m_price->mapToGlobal(QPointF(paneX, paneY)).toPoint(),
                               m.note.isEmpty() ? number(m.price) : m.note, this);
            return;
        }
    }
    QToolTip::hideText();
}

void PriceChartView::clearCrosshair()
{
    m_crosshair.reset();
    for (ChartPane *p : panes())
        p->setCrosshair(std::nullopt, std::nullopt);
    if (!m_bars.empty()) {
        m_readout = readoutAt(m_to).text;
        m_header->setText(m_readout);
    }
}

void PriceChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The readout's legend colours depend on the theme: rebuild it with the new palette.
    if (event->type() == QEvent::PaletteChange && !m_bars.empty()) {
        m_readout = readoutAt(m_crosshair.value_or(m_to)).text;
        m_header->setText(m_readout);
    }
}

QString PriceChartView::readoutText() const
{
    return m_readout;
}

void PriceChartView::paneWheel(double plotX, int delta)
{
    if (delta == 0)
        return;
    // One notch (120) zooms by 20 %, at the instant under the cursor.
    zoom(std::pow(1.2, delta / 120.0), timeAtPlotX(plotX));
}

void PriceChartView::paneDrag(double dxPixels)
{
    const double w = std::max(1.0, m_price->plotRect().width());
    pan(-dxPixels / w);
}

void PriceChartView::paneRubberBand(double x0, double x1)
{
    if (std::abs(x1 - x0) < 4)
        return; // a click, not a band
    setVisibleRange(timeAtPlotX(std::min(x0, x1)), timeAtPlotX(std::max(x0, x1)));
}

void PriceChartView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(1.25);
        break;
    case Qt::Key_Minus:
        zoom(0.8);
        break;
    case Qt::Key_Left:
        pan(-0.1);
        break;
    case Qt::Key_Right:
        pan(0.1);
        break;
    case Qt::Key_Home:
        pan(-1e9);
        break;
    case Qt::Key_End:
        pan(1e9);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

QList<PriceChartView::SeriesSize> PriceChartView::seriesSizes() const
{
    QList<SeriesSize> out;
    auto add = [&](const QString &name, int n) { out.append({name, n}); };
    const Series &s = *m_series;
    const std::vector<PaneLine> &lines = m_price->lines();
    auto shown = [](const PaneLine &l) { return l.visible ? static_cast<int>(l.points.size()) : 0; };
    const PaneLine &close = lines[Series::kClose];
    add(QStringLiteral("candles"),
        m_type == ChartType::Candles && m_compare.empty() ? m_price->segmentCount() : 0);
    add(QStringLiteral("line"), close.filled ? 0 : shown(close));
    add(QStringLiteral("area"), close.filled ? shown(close) : 0);
    add(QStringLiteral("ohlc bars"),
        m_type == ChartType::OhlcBars && m_compare.empty() ? m_price->segmentCount() : 0);
    add(QStringLiteral("volume"), m_volume->segmentCount());
    add(QStringLiteral("buys"), static_cast<int>(m_price->buys().size()));
    add(QStringLiteral("sells"), static_cast<int>(m_price->sells().size()));
    for (const auto &o : s.overlays)
        add(lines[o.index].name, static_cast<int>(lines[o.index].points.size()));
    for (std::size_t c : s.compare)
        add(lines[c].name, static_cast<int>(lines[c].points.size()));
    for (const auto &osc : s.oscillators)
        for (const auto &l : osc.lines)
            add(osc.pane->lines()[l.index].name, static_cast<int>(osc.pane->lines()[l.index].points.size()));
    return out;
}

Result<void> PriceChartView::exportPng(const QString &path)
{
    const QPixmap image = grab();
    if (image.isNull() || !image.save(path, "PNG"))
        return makeError(ErrorCode::IoError, "cannot write the PNG image", path.toStdString());
    return {};
}

Result<void> PriceChartView::exportSvg(const QString &path)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size());
    svg.setViewBox(rect());
    svg.setTitle(tr("%1 chart").arg(QString::fromStdString(m_bars.symbol)));
    svg.setDescription(tr("Exported by SuperNova"));
    {
        QPainter painter;
        if (!painter.begin(&svg))
            return makeError(ErrorCode::IoError, "cannot write the SVG file", path.toStdString());
        render(&painter);
    }
    if (QFile(path).size() == 0)
        return makeError(ErrorCode::IoError, "the SVG file is empty after writing", path.toStdString());
    return {};
}

} // namespace sn::ui
