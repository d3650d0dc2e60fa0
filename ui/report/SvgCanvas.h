#pragma once

#include "ui/report/ChartCanvas.h"

#include <string>

namespace sn::report {

// Writes the primitives as SVG elements. Named inks become CSS classes
// (l-* for strokes, f-* for fills, t-* for text) so the page's theme colours
// them; coordinates are written with one decimal, so output is stable.
class SvgCanvas : public ChartCanvas
{
public:
    SvgCanvas(double width, double height, const std::string &title);

    void polyline(const std::vector<QPointF> &points, Ink ink, double width, bool dashed) override;
    void polygon(const std::vector<QPointF> &points, Ink ink, double opacity) override;
    void rect(const QRectF &r, Rgb fill) override;
    void circle(QPointF centre, double radius, Ink ink) override;
    void text(QPointF at, const std::string &text, Anchor anchor, double size, Ink ink, bool bold) override;
    void textRgb(QPointF at, const std::string &text, Anchor anchor, double size, Rgb colour) override;
    double textWidth(const std::string &text, double size) const override;

    // The finished <svg> element.
    std::string finish();

    static std::string escape(const std::string &text);
    static const char *inkName(Ink ink);

private:
    std::string m_out;
};

} // namespace sn::report
