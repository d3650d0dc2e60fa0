#include "ui/report/SvgCanvas.h"

#include <charconv>
#include <cstdio>

namespace sn::report {

namespace {

std::string n1(double v)
{
    char buffer[32];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed, 1);
    std::string s = ec == std::errc() ? std::string(buffer, end) : std::string("0");
    if (s == "-0.0")
        s = "0.0";
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0)
        s.resize(s.size() - 2);
    return s;
}

std::string hex(Rgb c)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", c.r & 0xff, c.g & 0xff, c.b & 0xff);
    return buffer;
}

const char *anchorName(Anchor a)
{
    switch (a) {
    case Anchor::Start:
        return "start";
    case Anchor::Middle:
        return "middle";
    case Anchor::End:
        return "end";
    }
    return "start";
}

} // namespace

const char *SvgCanvas::inkName(Ink ink)
{
    switch (ink) {
    case Ink::Text:
        return "text";
    case Ink::Muted:
        return "muted";
    case Ink::Grid:
        return "grid";
    case Ink::Axis:
        return "axis";
    case Ink::Series0:
        return "s0";
    case Ink::Series1:
        return "s1";
    case Ink::Series2:
        return "s2";
    case Ink::Positive:
        return "pos";
    case Ink::Negative:
        return "neg";
    case Ink::Band:
        return "band";
    }
    return "text";
}

std::string SvgCanvas::escape(const std::string &text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

SvgCanvas::SvgCanvas(double width, double height, const std::string &title)
{
    m_out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 " + n1(width) + ' ' +
            n1(height) + "\" role=\"img\" aria-label=\"" + escape(title) + "\">\n";
}

void SvgCanvas::polyline(const std::vector<QPointF> &points, Ink ink, double width, bool dashed)
{
    if (points.size() < 2)
        return;
    m_out += "<polyline class=\"l-";
    m_out += inkName(ink);
    m_out += "\" stroke-width=\"" + n1(width) + '"';
    if (dashed)
        m_out += " stroke-dasharray=\"4 3\"";
    m_out += " points=\"";
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i)
            m_out += ' ';
        m_out += n1(points[i].x()) + ',' + n1(points[i].y());
    }
    m_out += "\"/>\n";
}

void SvgCanvas::polygon(const std::vector<QPointF> &points, Ink ink, double opacity)
{
    if (points.size() < 3)
        return;
    m_out += "<polygon class=\"f-";
    m_out += inkName(ink);
    char op[16];
    std::snprintf(op, sizeof op, "%.2f", opacity);
    m_out += "\" fill-opacity=\"";
    m_out += op;
    m_out += "\" points=\"";
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i)
            m_out += ' ';
        m_out += n1(points[i].x()) + ',' + n1(points[i].y());
    }
    m_out += "\"/>\n";
}

void SvgCanvas::rect(const QRectF &r, Rgb fill)
{
    m_out += "<rect x=\"" + n1(r.x()) + "\" y=\"" + n1(r.y()) + "\" width=\"" + n1(r.width()) +
             "\" height=\"" + n1(r.height()) + "\" fill=\"" + hex(fill) + "\"/>\n";
}

void SvgCanvas::circle(QPointF centre, double radius, Ink ink)
{
    m_out += std::string("<circle class=\"f-") + inkName(ink) + "\" cx=\"" + n1(centre.x()) + "\" cy=\"" +
             n1(centre.y()) + "\" r=\"" + n1(radius) + "\"/>\n";
}

void SvgCanvas::text(QPointF at, const std::string &text, Anchor anchor, double size, Ink ink, bool bold)
{
    m_out += std::string("<text class=\"t-") + inkName(ink) + "\" x=\"" + n1(at.x()) + "\" y=\"" +
             n1(at.y()) + "\" font-size=\"" + n1(size) + "\" text-anchor=\"" + anchorName(anchor) + '"' +
             (bold ? " font-weight=\"bold\"" : "") + '>' + escape(text) + "</text>\n";
}

void SvgCanvas::textRgb(QPointF at, const std::string &text, Anchor anchor, double size, Rgb colour)
{
    m_out += "<text x=\"" + n1(at.x()) + "\" y=\"" + n1(at.y()) + "\" font-size=\"" + n1(size) +
             "\" text-anchor=\"" + anchorName(anchor) + "\" fill=\"" + hex(colour) + "\">" + escape(text) +
             "</text>\n";
}

double SvgCanvas::textWidth(const std::string &text, double size) const
{
    // DejaVu Sans and most sans faces average about 0.56 em per glyph at
    // these sizes; counting UTF-8 lead bytes only counts characters.
    std::size_t chars = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80)
            ++chars;
    return double(chars) * size * 0.56;
}

std::string SvgCanvas::finish()
{
    return m_out + "</svg>";
}

} // namespace sn::report
