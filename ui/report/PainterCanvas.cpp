#include "ui/report/PainterCanvas.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

namespace sn::report {

PainterCanvas::PainterCanvas(QPainter &painter, double scale, QString family)
    : m_painter(painter), m_scale(scale), m_family(std::move(family))
{
}

QColor PainterCanvas::colour(Ink ink)
{
    switch (ink) {
    case Ink::Text:
        return QColor(31, 41, 51);
    case Ink::Muted:
        return QColor(97, 110, 124);
    case Ink::Grid:
        return QColor(228, 231, 235);
    case Ink::Axis:
        return QColor(154, 165, 177);
    case Ink::Series0:
        return QColor(31, 111, 235);
    case Ink::Series1:
        return QColor(240, 140, 0);
    case Ink::Series2:
        return QColor(47, 158, 68);
    case Ink::Positive:
        return QColor(47, 158, 68);
    case Ink::Negative:
        return QColor(217, 72, 15);
    case Ink::Band:
        return QColor(31, 111, 235);
    }
    return QColor(31, 41, 51);
}

QFont PainterCanvas::font(double size, bool bold) const
{
    QFont f(m_family);
    f.setPointSizeF(size);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

void PainterCanvas::polyline(const std::vector<QPointF> &points, Ink ink, double width, bool dashed)
{
    if (points.size() < 2)
        return;
    QPolygonF poly;
    poly.reserve(qsizetype(points.size()));
    for (const QPointF &p : points)
        poly << map(p);
    QPen pen(colour(ink), width * m_scale);
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::FlatCap);
    if (dashed)
        pen.setDashPattern({4.0 / width, 3.0 / width});
    m_painter.setPen(pen);
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawPolyline(poly);
}

void PainterCanvas::polygon(const std::vector<QPointF> &points, Ink ink, double opacity)
{
    if (points.size() < 3)
        return;
    QPolygonF poly;
    for (const QPointF &p : points)
        poly << map(p);
    QColor c = colour(ink);
    c.setAlphaF(float(opacity));
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(c);
    m_painter.drawPolygon(poly);
}

void PainterCanvas::rect(const QRectF &r, Rgb fill)
{
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(QColor(fill.r, fill.g, fill.b));
    m_painter.drawRect(QRectF(map(r.topLeft()), map(r.bottomRight())));
}

void PainterCanvas::circle(QPointF centre, double radius, Ink ink)
{
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(colour(ink));
    m_painter.drawEllipse(map(centre), radius * m_scale, radius * m_scale);
}

void PainterCanvas::drawText(QPointF at, const std::string &text, Anchor anchor, double size, const QColor &c,
                             bool bold)
{
    const QString t = QString::fromStdString(text);
    const QFont f = font(size, bold);
    m_painter.setFont(f);
    m_painter.setPen(c);
    const double w = QFontMetricsF(f, m_painter.device()).horizontalAdvance(t);
    QPointF p = map(at);
    if (anchor == Anchor::Middle)
        p.rx() -= w / 2;
    else if (anchor == Anchor::End)
        p.rx() -= w;
    m_painter.drawText(p, t);
}

void PainterCanvas::text(QPointF at, const std::string &text, Anchor anchor, double size, Ink ink, bool bold)
{
    drawText(at, text, anchor, size, colour(ink), bold);
}

void PainterCanvas::textRgb(QPointF at, const std::string &text, Anchor anchor, double size, Rgb c)
{
    drawText(at, text, anchor, size, QColor(c.r, c.g, c.b), false);
}

double PainterCanvas::textWidth(const std::string &text, double size) const
{
    return QFontMetricsF(font(size, false), m_painter.device())
               .horizontalAdvance(QString::fromStdString(text)) /
           m_scale;
}

} // namespace sn::report
