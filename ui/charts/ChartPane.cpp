#include "ui/charts/ChartPane.h"

#include "ui/charts/PriceChartView.h"

#include <QCoreApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRubberBand>
#include <QWheelEvent>
#include <cmath>

namespace sn::ui {

namespace {

const QColor kUpColour(0x1b, 0x8a, 0x3c);
const QColor kDownColour(0xc6, 0x28, 0x28);

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * t + b.redF() * (1 - t)),
                            float(a.greenF() * t + b.greenF() * (1 - t)),
                            float(a.blueF() * t + b.blueF() * (1 - t)));
}

} // namespace

PaneColours PaneColours::from(const QPalette &palette)
{
    PaneColours c;
    c.background = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    c.grid = blend(c.text, c.background, 0.14);
    c.axisLine = blend(c.text, c.background, 0.45);
    c.crosshair = blend(c.text, c.background, 0.6);
    return c;
}

QColor PaneColours::readable(const QColor &colour) const
{
    if (background.lightness() >= 128 || colour.lightness() >= 120)
        return colour;
    QColor c = colour.toHsl();
    return QColor::fromHsl(c.hslHue(), c.hslSaturation(), 150);
}

ChartPane::ChartPane(PriceChartView *owner, QWidget *parent) : QWidget(parent), m_owner(owner)
{
    setFocusPolicy(Qt::NoFocus);
    setMouseTracking(true);
    // Everything is painted, background included.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumHeight(40);
}

QRectF ChartPane::plotRect() const
{
    const int bottom = m_bottomLabels ? 24 : 4;
    return QRectF(kLeft, kTop, std::max(10, width() - kLeft - kRight),
                  std::max(10, height() - kTop - bottom));
}

void ChartPane::setBottomLabels(bool on)
{
    if (m_bottomLabels == on)
        return;
    m_bottomLabels = on;
    updateTicks();
    update();
}

void ChartPane::setXRange(TimestampMs from, TimestampMs to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    updateTicks();
    update();
}

void ChartPane::setYRange(double lo, double hi)
{
    if (!std::isfinite(lo) || !std::isfinite(hi) || !(hi > lo) || (m_log && !(lo > 0)))
        return;
    if (lo == m_yLo && hi == m_yHi)
        return;
    m_yLo = lo;
    m_yHi = hi;
    updateTicks();
    update();
}

void ChartPane::setAxis(Axis axis, bool log)
{
    m_axis = axis;
    m_log = log;
    if (m_log && !(m_yLo > 0)) {
        m_yLo = 1;
        m_yHi = std::max(m_yHi, 10.0);
    }
    updateTicks();
    update();
}

void ChartPane::updateTicks()
{
    const QRectF plot = plotRect();
    // About one label per 110 px across and one per 32 px up, as long as the labels need.
    const int across = std::max(2, int(plot.width() / 110));
    const int up = std::max(2, int(plot.height() / 32));
    m_xTicks = m_emptyText.isEmpty() ? axis::timeTicks(m_from, m_to, across) : std::vector<axis::Tick>{};
    if (!m_emptyText.isEmpty()) {
        m_yTicks.clear();
        return;
    }
    switch (m_axis) {
    case Axis::Volume:
        m_yTicks = axis::volumeTicks(m_yLo, m_yHi, up);
        break;
    case Axis::Percent:
        m_yTicks = axis::linearTicks(m_yLo, m_yHi, up);
        for (auto &t : m_yTicks)
            t.label = QCoreApplication::translate("sn::ui::ChartPane", "%1 %").arg(t.label);
        break;
    default:
        m_yTicks = m_log ? axis::logTicks(m_yLo, m_yHi, up) : axis::linearTicks(m_yLo, m_yHi, up);
        break;
    }
}

double ChartPane::mapX(double t) const
{
    const QRectF plot = plotRect();
    return m_to > m_from ? plot.left() + (t - double(m_from)) * plot.width() / double(m_to - m_from)
                         : plot.left();
}

double ChartPane::mapY(double v) const
{
    const QRectF plot = plotRect();
    double f = 0;
    if (m_log)
        f = v > 0 ? std::log(v / m_yLo) / std::log(m_yHi / m_yLo) : -1;
    else
        f = (v - m_yLo) / (m_yHi - m_yLo);
    return plot.bottom() - f * plot.height();
}

void ChartPane::setSegments(QList<QLineF> up, QList<QLineF> down, QList<QRectF> upRects,
                            QList<QRectF> downRects, int count, bool opaque)
{
    m_up = std::move(up);
    m_down = std::move(down);
    m_upRects = std::move(upRects);
    m_downRects = std::move(downRects);
    m_count = count;
    m_opaque = opaque;
    update();
}

void ChartPane::setMarkers(QList<QPointF> buys, QList<QPointF> sells)
{
    m_buys = std::move(buys);
    m_sells = std::move(sells);
    update();
}

void ChartPane::setEmptyText(const QString &text)
{
    if (text == m_emptyText)
        return;
    m_emptyText = text;
    updateTicks();
    update();
}

void ChartPane::setCrosshair(std::optional<double> plotX, std::optional<double> y)
{
    m_crossX = plotX;
    m_crossY = y;
    update();
}

void ChartPane::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const PaneColours c = colours();
    p.fillRect(rect(), c.background);
    const QRectF plot = plotRect();
    paintAxes(p, c, plot);
    if (!m_emptyText.isEmpty()) {
        p.setPen(c.text);
        p.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    paintData(p, plot);
    if (m_crossX) {
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(QPen(c.crosshair, 1, Qt::DashLine));
        const double x = plot.left() + *m_crossX;
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        if (m_crossY && *m_crossY >= plot.top() && *m_crossY <= plot.bottom())
            p.drawLine(QPointF(plot.left(), *m_crossY), QPointF(plot.right(), *m_crossY));
    }
}

void ChartPane::paintAxes(QPainter &p, const PaneColours &c, const QRectF &plot)
{
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(c.grid, 1));
    QList<QLineF> grid;
    for (const auto &t : m_xTicks)
        grid.append(QLineF(std::round(mapX(t.value)) + 0.5, plot.top(), std::round(mapX(t.value)) + 0.5,
                           plot.bottom()));
    for (const auto &t : m_yTicks)
        grid.append(QLineF(plot.left(), std::round(mapY(t.value)) + 0.5, plot.right(),
                           std::round(mapY(t.value)) + 0.5));
    p.drawLines(grid);
    p.setPen(QPen(c.axisLine, 1));
    p.drawLine(QPointF(plot.right() + 0.5, plot.top()), QPointF(plot.right() + 0.5, plot.bottom()));
    p.drawLine(QPointF(plot.left(), plot.bottom() + 0.5), QPointF(plot.right(), plot.bottom() + 0.5));

    p.setPen(c.text);
    const QFontMetrics fm = fontMetrics();
    const double half = fm.ascent() / 2.0 - 1;
    for (const auto &t : m_yTicks) {
        const double y = mapY(t.value);
        if (y < plot.top() - 1 || y > plot.bottom() + 1)
            continue;
        p.drawText(QPointF(plot.right() + 6, std::clamp(y + half, double(fm.ascent()), double(height() - 2))),
                   t.label);
    }
    if (!m_bottomLabels)
        return;
    double lastRight = -1e9;
    for (const auto &t : m_xTicks) {
        const double w = fm.horizontalAdvance(t.label);
        const double x = std::clamp(mapX(t.value) - w / 2, 0.0, double(width()) - w);
        if (x < lastRight + 8)
            continue; // never overlap the previous label
        p.drawText(QPointF(x, plot.bottom() + 4 + fm.ascent()), t.label);
        lastRight = x + w;
    }
}

void ChartPane::paintData(QPainter &p, const QRectF &plot)
{
    const PaneColours c = colours();
    p.save();
    p.setClipRect(plot.adjusted(0, 0, 1, 1));
    p.setRenderHint(QPainter::Antialiasing, false);
    if (!m_upRects.isEmpty() || !m_downRects.isEmpty()) {
        p.setPen(Qt::NoPen);
        const int alpha = m_opaque ? 255 : 150;
        p.setBrush(QColor(kUpColour.red(), kUpColour.green(), kUpColour.blue(), alpha));
        p.drawRects(m_upRects);
        p.setBrush(QColor(kDownColour.red(), kDownColour.green(), kDownColour.blue(), alpha));
        p.drawRects(m_downRects);
    }
    p.setPen(QPen(kUpColour, 1.0));
    p.drawLines(m_up);
    p.setPen(QPen(kDownColour, 1.0));
    p.drawLines(m_down);

    p.setRenderHint(QPainter::Antialiasing, true);
    p.setBrush(Qt::NoBrush);
    QPolygonF mapped;
    for (const PaneLine &line : m_lines) {
        if (!line.visible || line.points.isEmpty())
            continue;
        mapped.resize(line.points.size());
        for (qsizetype i = 0; i < line.points.size(); ++i)
            mapped[i] = QPointF(mapX(line.points[i].x()), mapY(line.points[i].y()));
        if (line.filled) {
            QPolygonF area = mapped;
            area << QPointF(mapped.back().x(), plot.bottom()) << QPointF(mapped.front().x(), plot.bottom());
            p.setPen(Qt::NoPen);
            QColor fill = c.readable(line.colour);
            fill.setAlpha(60);
            p.setBrush(fill);
            p.drawPolygon(area);
            p.setBrush(Qt::NoBrush);
        }
        // One-pixel cosmetic pens take the raster engine's line drawer; a wider
        // pen is stroked into a polygon and filled (bench_charts: 60-150 ms a
        // step for a min/max-decimated line). A bolder line is drawn twice,
        // the second half a pixel lower.
        QPen pen(c.readable(line.colour), 1.0);
        pen.setCosmetic(true);
        p.setPen(pen);
        p.drawPolyline(mapped);
        if (line.width > 1.3) {
            p.translate(0, 0.5);
            p.drawPolyline(mapped);
            p.translate(0, -0.5);
        }
    }

    // Buys as triangles pointing up, sells as diamonds, ringed in the background colour.
    const QColor ring = c.background;
    auto markers = [&](const QList<QPointF> &at, const QColor &fill, bool buy) {
        p.setPen(QPen(ring, 1.2));
        p.setBrush(fill);
        for (const QPointF &m : at) {
            const QPointF at(mapX(m.x()), mapY(m.y()));
            QPolygonF shape;
            if (buy)
                shape << at + QPointF(0, -6) << at + QPointF(6, 5) << at + QPointF(-6, 5);
            else
                shape << at + QPointF(0, -6) << at + QPointF(6, 0) << at + QPointF(0, 6)
                      << at + QPointF(-6, 0);
            p.drawPolygon(shape);
        }
    };
    markers(m_buys, kUpColour, true);
    markers(m_sells, kDownColour, false);
    p.restore();
}

void ChartPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::LocaleChange) {
        updateTicks();
        update();
    }
}

void ChartPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateTicks();
    m_owner->paneResized();
}

void ChartPane::wheelEvent(QWheelEvent *event)
{
    m_owner->paneWheel(event->position().x() - plotRect().left(), event->angleDelta().y());
    event->accept();
}

void ChartPane::mousePressEvent(QMouseEvent *event)
{
    m_owner->setFocus(Qt::MouseFocusReason);
    m_lastX = event->position().x();
    if (event->button() == Qt::RightButton ||
        (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier))) {
        m_drag = Drag::Band;
        m_bandX = m_lastX;
        if (!m_band)
            m_band = new QRubberBand(QRubberBand::Rectangle, this);
        const QRectF p = plotRect();
        m_band->setGeometry(QRect(int(m_bandX), int(p.top()), 1, int(p.height())));
        m_band->show();
    } else if (event->button() == Qt::LeftButton) {
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
    }
    event->accept();
}

void ChartPane::mouseMoveEvent(QMouseEvent *event)
{
    const double x = event->position().x();
    if (m_drag == Drag::Pan) {
        m_owner->paneDrag(x - m_lastX);
        m_lastX = x;
    } else if (m_drag == Drag::Band && m_band) {
        const QRectF p = plotRect();
        m_band->setGeometry(
            QRect(int(std::min(x, m_bandX)), int(p.top()), int(std::abs(x - m_bandX)) + 1, int(p.height())));
    }
    m_owner->paneHover(this, x - plotRect().left(), event->position().y());
    event->accept();
}

void ChartPane::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag == Drag::Band && m_band) {
        m_band->hide();
        const double left = plotRect().left();
        m_owner->paneRubberBand(m_bandX - left, event->position().x() - left);
    }
    m_drag = Drag::None;
    unsetCursor();
    event->accept();
}

void ChartPane::mouseDoubleClickEvent(QMouseEvent *event)
{
    m_owner->applyPreset(RangePreset::Max);
    event->accept();
}

void ChartPane::leaveEvent(QEvent *event)
{
    m_owner->clearCrosshair();
    QWidget::leaveEvent(event);
}

} // namespace sn::ui
