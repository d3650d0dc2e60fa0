#include "ui/charts/ChartPane.h"

#include <QGraphicsLayout>

#include "ui/charts/PriceChartView.h"

#include <QChart>
#include <QMouseEvent>
#include <QPainter>
#include <QRubberBand>
#include <QWheelEvent>

namespace sn::ui {

void SegmentsItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setClipRect(m_clip);
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QColor up(0x1b, 0x8a, 0x3c), down(0xc6, 0x28, 0x28);
    if (!m_upRects.isEmpty() || !m_downRects.isEmpty()) {
        painter->setPen(Qt::NoPen);
        const int alpha = m_opaque ? 255 : 150;
        painter->setBrush(QColor(up.red(), up.green(), up.blue(), alpha));
        painter->drawRects(m_upRects);
        painter->setBrush(QColor(down.red(), down.green(), down.blue(), alpha));
        painter->drawRects(m_downRects);
    }
    painter->setPen(QPen(up, 1.0));
    painter->drawLines(m_up);
    painter->setPen(QPen(down, 1.0));
    painter->drawLines(m_down);
    painter->restore();
}

void SegmentsItem::set(const QRectF &clip, QList<QLineF> up, QList<QLineF> down, QList<QRectF> upRects,
                       QList<QRectF> downRects, int count, bool opaque)
{
    prepareGeometryChange();
    m_clip = clip;
    m_up = std::move(up);
    m_down = std::move(down);
    m_upRects = std::move(upRects);
    m_downRects = std::move(downRects);
    m_count = count;
    m_opaque = opaque;
    update();
}

ChartPane::ChartPane(PriceChartView *owner, QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
    , m_owner(owner)
    , m_segments(new SegmentsItem(chart))
{
    m_segments->setZValue(10);
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::NoFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setDragMode(QGraphicsView::NoDrag);
    setRubberBand(QChartView::NoRubberBand);
    // Only the crosshair changes on hover: repaint just what changed.
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(0, 0, 0, 0));
}

QRectF ChartPane::plotRect() const
{
    return chart()->plotArea();
}

void ChartPane::layoutPlot()
{
    const int bottom = m_bottomLabels ? 24 : 4;
    const QRectF r(kLeft, kTop, std::max(10, width() - kLeft - kRight), std::max(10, height() - kTop - bottom));
    chart()->setPlotArea(r);
    // QChart only re-lays out its axes and grid on a later layout request,
    // which a pane resized while hidden may never get: apply it now.
    if (QGraphicsLayout *l = chart()->layout()) {
        l->invalidate();
        l->activate();
    }
}

void ChartPane::setCrosshair(std::optional<double> plotX, std::optional<double> y)
{
    m_crossX = plotX;
    m_crossY = y;
    viewport()->update();
}

void ChartPane::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    layoutPlot();
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
    if (event->button() == Qt::RightButton
        || (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier))) {
        m_drag = Drag::Band;
        m_bandX = m_lastX;
        if (!m_band)
            m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
        const QRectF p = plotRect();
        m_band->setGeometry(QRect(int(m_bandX), int(p.top()), 1, int(p.height())));
        m_band->show();
    } else if (event->button() == Qt::LeftButton) {
        m_drag = Drag::Pan;
        viewport()->setCursor(Qt::ClosedHandCursor);
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
        m_band->setGeometry(QRect(int(std::min(x, m_bandX)), int(p.top()), int(std::abs(x - m_bandX)) + 1, int(p.height())));
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
    viewport()->unsetCursor();
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
    QChartView::leaveEvent(event);
}

void ChartPane::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (!m_crossX)
        return;
    const QRectF p = plotRect();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(QColor(90, 90, 90), 1, Qt::DashLine));
    const double x = p.left() + *m_crossX;
    painter->drawLine(QPointF(x, p.top()), QPointF(x, p.bottom()));
    if (m_crossY && *m_crossY >= p.top() && *m_crossY <= p.bottom())
        painter->drawLine(QPointF(p.left(), *m_crossY), QPointF(p.right(), *m_crossY));
    painter->restore();
}

} // namespace sn::ui
