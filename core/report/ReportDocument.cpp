#include "core/report/ReportDocument.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace sn::report {

namespace {

// Fixed decimals in the C locale whatever the process locale is, so every
// renderer on every machine writes the same text.
std::string fixedText(double v, int decimals)
{
    char buffer[64];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed, decimals);
    if (ec != std::errc())
        return "n/a";
    std::string s(buffer, end);
    // "-0.00" reads as a sign without a value.
    if (s.front() == '-' && s.find_first_not_of("-0.") == std::string::npos)
        s.erase(0, 1);
    return s;
}

std::string grouped(const std::string &fixed)
{
    const bool negative = !fixed.empty() && fixed.front() == '-';
    const std::size_t start = negative ? 1 : 0;
    const std::size_t dot = fixed.find('.');
    const std::size_t intEnd = dot == std::string::npos ? fixed.size() : dot;
    std::string out = negative ? "-" : "";
    const std::size_t digits = intEnd - start;
    for (std::size_t i = 0; i < digits; ++i) {
        if (i > 0 && (digits - i) % 3 == 0)
            out += ',';
        out += fixed[start + i];
    }
    out += fixed.substr(intEnd);
    return out;
}

} // namespace

Cell Cell::textCell(std::string text)
{
    Cell c;
    c.format = Format::Text;
    c.empty = text.empty();
    c.text = std::move(text);
    return c;
}

Cell Cell::none()
{
    Cell c;
    c.format = Format::Number;
    c.empty = true;
    return c;
}

Cell Cell::number(double v, int decimals)
{
    if (!std::isfinite(v))
        return none();
    Cell c;
    c.format = Format::Number;
    c.decimals = decimals;
    c.value = v;
    return c;
}

Cell Cell::integer(long long v)
{
    Cell c;
    c.format = Format::Integer;
    c.decimals = 0;
    c.value = double(v);
    return c;
}

Cell Cell::money(double v, int decimals)
{
    Cell c = number(v, decimals);
    if (!c.empty)
        c.format = Format::Money;
    return c;
}

Cell Cell::percent(double fraction, int decimals)
{
    Cell c = number(fraction, decimals);
    if (!c.empty)
        c.format = Format::Percent;
    return c;
}

Cell Cell::date(TimestampMs t)
{
    Cell c;
    c.format = Format::Date;
    c.decimals = 0;
    c.value = double(t);
    return c;
}

Cell Cell::number(const std::optional<double> &v, int decimals)
{
    return v ? number(*v, decimals) : none();
}

Cell Cell::percent(const std::optional<double> &v, int decimals)
{
    return v ? percent(*v, decimals) : none();
}

Cell Cell::money(const std::optional<double> &v, int decimals)
{
    return v ? money(*v, decimals) : none();
}

std::string cellText(const Cell &cell)
{
    if (cell.format == Format::Text)
        return cell.text;
    if (cell.empty)
        return "n/a";
    switch (cell.format) {
    case Format::Text:
        return cell.text;
    case Format::Integer:
        return fixedText(std::round(cell.value), 0);
    case Format::Number:
        return fixedText(cell.value, cell.decimals);
    case Format::Money:
        return grouped(fixedText(cell.value, cell.decimals));
    case Format::Percent:
        return fixedText(cell.value * 100.0, cell.decimals) + " %";
    case Format::Date:
        return formatDate(TimestampMs(cell.value));
    }
    return {};
}

std::vector<const Table *> Document::tables() const
{
    std::vector<const Table *> out;
    for (const Section &s : sections)
        for (const Block &b : s.blocks)
            if (const Table *t = std::get_if<Table>(&b))
                out.push_back(t);
    return out;
}

std::vector<const Chart *> Document::charts() const
{
    std::vector<const Chart *> out;
    for (const Section &s : sections)
        for (const Block &b : s.blocks)
            if (const Chart *c = std::get_if<Chart>(&b))
                out.push_back(c);
    return out;
}

} // namespace sn::report
