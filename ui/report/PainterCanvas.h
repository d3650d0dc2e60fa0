#pragma once

#include "ui/report/ChartCanvas.h"

#include <QColor>
#include <QFont>

class QPainter;

namespace sn::report {

// Draws the primitives with a QPainter (the PDF's pages) as vectors. The
// chart works in points; `scale` maps points to device units (resolution /
// 72), so fonts keep their point sizes on any device.
class PainterCanvas : public ChartCanvas
{
public:
    PainterCanvas(QPainter &painter, double scale, QString family);

    void polyline(const std::vector<QPointF> &points, Ink ink, double width, bool dashed) override;
    void polygon(const std::vector<QPointF> &points, Ink ink, double opacity) override;
    void rect(const QRectF &r, Rgb fill) override;
    void circle(QPointF centre, double radius, Ink ink) override;
    void text(QPointF at, const std::string &text, Anchor anchor, double size, Ink ink, bool bold) override;
    void textRgb(QPointF at, const std::string &text, Anchor anchor, double size, Rgb colour) override;
    double textWidth(const std::string &text, double size) const override;

    // The print colours of the named inks.
    static QColor colour(Ink ink);

private:
    QPointF map(QPointF p) const { return p * m_scale; }
    QFont font(double size, bool bold) const;
    void drawText(QPointF at, const std::string &text, Anchor anchor, double size, const QColor &colour,
                  bool bold);

    QPainter &m_painter;
    double m_scale;
    QString m_family;
};

} // namespace sn::report
