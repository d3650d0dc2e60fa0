#include "ui/report/MarkdownRenderer.h"

#include "core/report/ReportFile.h"

#include <cmath>

namespace sn::report {

namespace {

std::string cell(const std::string &text)
{
    std::string out;
    for (char c : text) {
        if (c == '|')
            out += "\\|";
        else if (c == '\n' || c == '\r')
            out += ' ';
        else
            out += c;
    }
    return out;
}

void table(std::string &out, const Table &t)
{
    if (!t.title.empty())
        out += "**" + cell(t.title) + "**\n\n";
    const std::size_t shown = t.kpi ? std::min<std::size_t>(2, t.columns.size()) : t.columns.size();
    out += '|';
    for (std::size_t i = 0; i < shown; ++i)
        out += ' ' + cell(t.columns[i].title) + " |";
    out += "\n|";
    for (std::size_t i = 0; i < shown; ++i)
        out += t.columns[i].numeric ? " ---: |" : " --- |";
    out += '\n';
    for (const auto &row : t.rows) {
        out += '|';
        for (std::size_t i = 0; i < shown && i < row.size(); ++i)
            out += ' ' + cell(cellText(row[i])) + " |";
        out += '\n';
    }
    out += '\n';
    if (!t.note.empty())
        out += '*' + cell(t.note) + "*\n\n";
}

std::string chartLine(const Chart &c)
{
    std::string what;
    if (c.kind == ChartKind::Heatmap) {
        what = std::to_string(c.rowLabels.size()) + " x " + std::to_string(c.categories.size()) + " cells";
    } else if (c.kind == ChartKind::Bars) {
        what = std::to_string(c.categories.size()) + " bars";
    } else {
        std::size_t points = 0;
        std::string names;
        for (const Series &s : c.series) {
            points = std::max(points, s.y.size());
            names += (names.empty() ? "" : ", ") + s.name;
        }
        what = names + "; " + std::to_string(points) + " points";
        if (c.xAxis == Axis::Time && !c.series.empty() && !c.series.front().x.empty())
            what += ", " + formatDate(TimestampMs(c.series.front().x.front())) + " to " +
                    formatDate(TimestampMs(c.series.front().x.back()));
    }
    return "> Chart *" + cell(c.title) + "* (" + what +
           "): drawn in the PDF and HTML reports; its data is in the JSON export (chart `" + c.id + "`).\n\n";
}

} // namespace

Result<QByteArray> MarkdownRenderer::render(const Document &doc, const RenderOptions &options)
{
    std::string out;
    out += "# " + cell(doc.title) + "\n\n";
    if (!options.company.isEmpty())
        out += "*" + cell(options.company.toStdString()) + "*\n\n";
    if (!doc.subtitle.empty())
        out += "**" + cell(doc.subtitle) + "**\n\n";
    out += "Data to " + (doc.asOf.empty() ? std::string("n/a") : doc.asOf) + " · SuperNova " +
           doc.fingerprint.appVersion + " · fingerprint `" + doc.fingerprint.sha256.substr(0, 16) + "`\n\n";
    if (doc.sections.size() >= 4) {
        out += "## Contents\n\n";
        int n = 1;
        for (const Section &s : doc.sections)
            out += std::to_string(n++) + ". " + cell(s.title) + "\n";
        out += std::to_string(n) + ". Methodology\n" + std::to_string(n + 1) +
               ". Data sources and fingerprint\n\n";
    }
    const int total = int(doc.sections.size()) + 1;
    int done = 0;
    for (const Section &s : doc.sections) {
        if (options.cancelled())
            return makeError(ErrorCode::Cancelled, "report rendering cancelled");
        out += "## " + cell(s.title) + "\n\n";
        for (const Block &b : s.blocks) {
            if (const auto *p = std::get_if<Paragraph>(&b))
                out += p->text + "\n\n";
            else if (const auto *n = std::get_if<Note>(&b))
                out += "> **Note:** " + cell(n->text) + "\n\n";
            else if (const auto *t = std::get_if<Table>(&b))
                table(out, *t);
            else if (const auto *c = std::get_if<Chart>(&b))
                out += chartLine(*c);
        }
        if (options.progress)
            options.progress(++done, total);
    }
    out += "## Methodology\n\n";
    for (const MethodologyEntry &m : doc.methodology) {
        out += "- **" + cell(m.name) + "**: " + cell(m.formula);
        if (!m.convention.empty())
            out += " *(" + cell(m.convention) + ")*";
        out += '\n';
    }
    out += "\n## Data sources and fingerprint\n\n| Data | Role | Origin | Rows | First | Last |\n| --- | --- "
           "| --- | ---: | --- | --- |\n";
    for (const DataSource &d : doc.sources)
        out += "| " + cell(d.name) + " | " + cell(d.role) + " | " + cell(d.origin) + " | " +
               std::to_string(d.rows) + " | " + cell(d.first) + " | " + cell(d.last) + " |\n";
    out += "\nSHA-256 over the input rows (" + std::to_string(doc.fingerprint.rows) +
           "), the parameters, the convention (" + cell(doc.fingerprint.convention) +
           ") and the app version (" + doc.fingerprint.appVersion + "):\n\n`" + doc.fingerprint.sha256 +
           "`\n\n";
    for (const auto &[k, v] : doc.fingerprint.parameters)
        out += "- " + cell(k) + ": " + cell(v) + '\n';
    out += "\n<!-- " + ReportFile::stamp(doc).toStdString() + " -->\n";
    if (options.progress)
        options.progress(total, total);
    return QByteArray::fromStdString(out);
}

} // namespace sn::report
