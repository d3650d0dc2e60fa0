#include "core/rules/RuleDiagnostic.h"

#include <algorithm>

namespace sn::rules {

namespace {

std::string_view lineOf(std::string_view source, int line)
{
    std::size_t start = 0;
    for (int l = 1; l < line; ++l) {
        const std::size_t nl = source.find('\n', start);
        if (nl == std::string_view::npos)
            return {};
        start = nl + 1;
    }
    std::size_t end = source.find('\n', start);
    if (end == std::string_view::npos)
        end = source.size();
    std::string_view text = source.substr(start, end - start);
    if (!text.empty() && text.back() == '\r')
        text.remove_suffix(1);
    return text;
}

} // namespace

std::string Diagnostic::format(std::string_view source, std::string_view fileName) const
{
    std::string out;
    out.append(fileName.empty() ? std::string_view("rule") : fileName);
    out += ':' + std::to_string(at.line) + ':' + std::to_string(at.column) + ": error: " + message + '\n';
    const std::string_view text = lineOf(source, at.line);
    const std::string number = std::to_string(at.line);
    const std::string gutter(number.size(), ' ');
    out += "    " + number + " | ";
    out.append(text);
    out += "\n    " + gutter + " | ";
    // Tabs stay tabs so the caret lines up under the same characters.
    for (int c = 1; c < at.column && std::size_t(c - 1) < text.size(); ++c)
        out += text[std::size_t(c - 1)] == '\t' ? '\t' : ' ';
    out += '^';
    out.append(std::size_t(std::max(0, at.length - 1)), '~');
    out += '\n';
    if (!hint.empty())
        out += "hint: " + hint + '\n';
    return out;
}

std::string formatAll(const std::vector<Diagnostic> &diagnostics, std::string_view source,
                      std::string_view fileName)
{
    std::string out;
    for (const Diagnostic &d : diagnostics) {
        if (!out.empty())
            out += '\n';
        out += d.format(source, fileName);
    }
    return out;
}

} // namespace sn::rules
