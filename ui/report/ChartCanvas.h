#pragma once

#include <QPointF>
#include <QRectF>
#include <string>
#include <vector>

namespace sn::report {

// Named colours, so the HTML can switch them with its theme (CSS classes)
// while PDF maps them to fixed print colours.
enum class Ink
{
    Text,
    Muted,
    Grid,
    Axis,
    Series0,
    Series1,
    Series2,
    Positive,
    Negative,
    Band
};

enum class Anchor
{
    Start,
    Middle,
    End
};

struct Rgb
{
    int r = 0;
    int g = 0;
    int b = 0;
};

// The drawing primitives a chart needs, in points, origin top-left. One
// chart layout (ChartPainter) draws through it onto SVG text or a QPainter,
// so the HTML and the PDF show the same chart.
class ChartCanvas
{
public:
    virtual ~ChartCanvas() = default;
    virtual void polyline(const std::vector<QPointF> &points, Ink ink, double width, bool dashed = false) = 0;
    virtual void polygon(const std::vector<QPointF> &points, Ink ink, double opacity) = 0;
    virtual void rect(const QRectF &r, Rgb fill) = 0;
    virtual void circle(QPointF centre, double radius, Ink ink) = 0;
    // `size` in points; baseline at `at.y()`.
    virtual void text(QPointF at, const std::string &text, Anchor anchor, double size, Ink ink,
                      bool bold = false) = 0;
    // Explicit colour (heatmap cell labels that must contrast with their cell).
    virtual void textRgb(QPointF at, const std::string &text, Anchor anchor, double size, Rgb colour) = 0;
    virtual double textWidth(const std::string &text, double size) const = 0;
};

} // namespace sn::report
