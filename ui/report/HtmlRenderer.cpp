#include "ui/report/HtmlRenderer.h"

#include "core/report/ReportFile.h"
#include "ui/report/ChartPainter.h"
#include "ui/report/SvgCanvas.h"

#include <QRegularExpression>

namespace sn::report {

namespace {

constexpr double kChartWidth = 720;

std::string esc(const std::string &s)
{
    return SvgCanvas::escape(s);
}

const char *kStyle = R"css(
:root{--bg:#ffffff;--panel:#f6f8fa;--text:#1f2933;--muted:#616e7c;--grid:#e4e7eb;--axis:#9aa5b1;--rule:#d0d7de;
--s0:#1f6feb;--s1:#f08c00;--s2:#2f9e44;--pos:#2f9e44;--neg:#d9480f;--band:#1f6feb;--note-bg:#fff8e6;--note-rule:#f0b429}
html[data-theme=dark]{--bg:#0d1117;--panel:#161b22;--text:#e6edf3;--muted:#9aa5b1;--grid:#30363d;--axis:#6e7681;--rule:#30363d;
--s0:#58a6ff;--s1:#f0a040;--s2:#3fb950;--pos:#3fb950;--neg:#f85149;--band:#58a6ff;--note-bg:#2b2311;--note-rule:#9e6a03}
@media (prefers-color-scheme:dark){html[data-theme=auto]{--bg:#0d1117;--panel:#161b22;--text:#e6edf3;--muted:#9aa5b1;
--grid:#30363d;--axis:#6e7681;--rule:#30363d;--s0:#58a6ff;--s1:#f0a040;--s2:#3fb950;--pos:#3fb950;--neg:#f85149;
--band:#58a6ff;--note-bg:#2b2311;--note-rule:#9e6a03}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--text);font:14px/1.5 "DejaVu Sans",system-ui,-apple-system,"Segoe UI",sans-serif}
main{max-width:960px;margin:0 auto;padding:24px 32px 48px}
header.report{border-bottom:2px solid var(--s0);padding-bottom:12px;margin-bottom:20px}
header.report .brand{display:flex;align-items:center;gap:10px;color:var(--muted);font-size:13px}
header.report .brand img{max-height:36px}
h1{font-size:26px;margin:8px 0 4px}
.subtitle{font-size:15px;color:var(--muted);margin:0}
.meta{font-size:12px;color:var(--muted);margin-top:6px}
h2{font-size:19px;margin:32px 0 10px;padding-bottom:4px;border-bottom:1px solid var(--rule)}
h3{font-size:14px;margin:18px 0 6px;color:var(--muted)}
nav.toc ol{margin:4px 0 0;padding-left:22px}
nav.toc a{color:var(--s0);text-decoration:none}
p{white-space:pre-wrap}
.note{white-space:pre-wrap;background:var(--note-bg);border-left:4px solid var(--note-rule);padding:8px 12px;margin:10px 0;font-size:13px}
figure{margin:14px 0;break-inside:avoid;page-break-inside:avoid}
figcaption{font-weight:bold;font-size:13px;margin-bottom:4px}
figure .chart-note{font-size:12px;color:var(--muted)}
svg.chart{width:100%;height:auto;display:block;font-family:"DejaVu Sans",system-ui,sans-serif}
.l-text{stroke:var(--text);fill:none}.l-muted{stroke:var(--muted);fill:none}.l-grid{stroke:var(--grid);fill:none}
.l-axis{stroke:var(--axis);fill:none}.l-s0{stroke:var(--s0);fill:none}.l-s1{stroke:var(--s1);fill:none}
.l-s2{stroke:var(--s2);fill:none}.l-pos{stroke:var(--pos);fill:none}.l-neg{stroke:var(--neg);fill:none}.l-band{stroke:var(--band);fill:none}
.f-s0{fill:var(--s0)}.f-s1{fill:var(--s1)}.f-s2{fill:var(--s2)}.f-pos{fill:var(--pos)}.f-neg{fill:var(--neg)}.f-band{fill:var(--band)}
.t-text{fill:var(--text)}.t-muted{fill:var(--muted)}.t-s0{fill:var(--s0)}.t-s1{fill:var(--s1)}
polyline{stroke-linejoin:round}
table{border-collapse:collapse;width:100%;margin:8px 0 4px;font-size:12.5px}
caption{text-align:left;font-weight:bold;font-size:13px;padding:4px 0}
th,td{padding:4px 8px;border-bottom:1px solid var(--grid);text-align:left;vertical-align:top}
th{background:var(--panel);font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr{break-inside:avoid;page-break-inside:avoid}
thead{display:table-header-group}
table.kpi{width:auto;min-width:50%}
table.kpi td:first-child{color:var(--muted);padding-right:24px}
.table-note{font-size:12px;color:var(--muted);margin:2px 0 10px}
dl.method dt{font-weight:600;margin-top:10px}
dl.method dd{margin:2px 0 0 0;font-size:13px}
dl.method dd.conv{color:var(--muted)}
code.fp{font-size:12px;word-break:break-all}
footer.report{margin-top:36px;padding-top:8px;border-top:1px solid var(--rule);font-size:11px;color:var(--muted)}
@media print{
html,html[data-theme=dark],html[data-theme=auto]{--bg:#fff;--panel:#f2f2f2;--text:#000;--muted:#444;--grid:#ddd;--axis:#999;
--rule:#bbb;--s0:#1f6feb;--s1:#f08c00;--s2:#2f9e44;--pos:#2f9e44;--neg:#d9480f;--band:#1f6feb;--note-bg:#fff8e6;--note-rule:#f0b429}
body{font-size:10.5pt}main{max-width:none;padding:0}h2{break-after:avoid;page-break-after:avoid}
nav.toc{break-after:page}a{color:inherit}@page{size:auto;margin:16mm 14mm}}
)css";

// Markdown emphasis as HTML on already escaped text: **x** bold, *x* italic.
std::string emphasis(const std::string &escaped)
{
    static const QRegularExpression bold(QStringLiteral("\\*\\*([^*\\n]+)\\*\\*"));
    static const QRegularExpression italic(QStringLiteral("(^|[\\s(])\\*([^*\\n]+)\\*"));
    QString text = QString::fromStdString(escaped);
    text.replace(bold, QStringLiteral("<strong>\\1</strong>"));
    text.replace(italic, QStringLiteral("\\1<em>\\2</em>"));
    return text.toStdString();
}

void table(std::string &out, const Table &t)
{
    const bool kpi = t.kpi;
    out += kpi ? "<table class=\"kpi\" id=\"t-" : "<table id=\"t-";
    out += esc(t.id) + "\">\n";
    if (!t.title.empty())
        out += "<caption>" + esc(t.title) + "</caption>\n";
    const std::size_t shown = kpi ? std::min<std::size_t>(2, t.columns.size()) : t.columns.size();
    if (!kpi) {
        out += "<thead><tr>";
        for (std::size_t i = 0; i < shown; ++i)
            out += (t.columns[i].numeric ? "<th class=\"num\">" : "<th>") + esc(t.columns[i].title) + "</th>";
        out += "</tr></thead>\n";
    }
    out += "<tbody>\n";
    for (const auto &row : t.rows) {
        out += "<tr>";
        for (std::size_t i = 0; i < shown && i < row.size(); ++i) {
            const bool num = row[i].isNumeric();
            out += (num ? "<td class=\"num\">" : "<td>") + esc(cellText(row[i])) + "</td>";
        }
        out += "</tr>\n";
    }
    out += "</tbody></table>\n";
    if (!t.note.empty())
        out += "<p class=\"table-note\">" + esc(t.note) + "</p>\n";
}

void chart(std::string &out, const Chart &c)
{
    out += "<figure id=\"c-" + esc(c.id) + "\">\n<figcaption>" + esc(c.title) + "</figcaption>\n";
    if (ChartPainter::hasData(c)) {
        const double h = ChartPainter::preferredHeight(c, kChartWidth);
        SvgCanvas canvas(kChartWidth, h, c.title);
        ChartPainter::draw(c, canvas, QRectF(0, 0, kChartWidth, h));
        out += canvas.finish() + "\n";
    } else {
        out += "<p class=\"chart-note\">No data to draw.</p>\n";
    }
    if (!c.note.empty())
        out += "<p class=\"chart-note\">" + esc(c.note) + "</p>\n";
    out += "</figure>\n";
}

const char *themeName(Theme t)
{
    switch (t) {
    case Theme::Light:
        return "light";
    case Theme::Dark:
        return "dark";
    case Theme::Auto:
        return "auto";
    }
    return "auto";
}

} // namespace

Result<QByteArray> HtmlRenderer::render(const Document &doc, const RenderOptions &options)
{
    std::string out;
    out.reserve(256 * 1024);
    out += "<!DOCTYPE html>\n<html lang=\"en\" data-theme=\"";
    out += themeName(options.theme);
    out += "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, "
           "initial-scale=1\">\n";
    out += "<title>" + esc(doc.title + (doc.subtitle.empty() ? "" : " - " + doc.subtitle)) + "</title>\n";
    out += "<meta name=\"generator\" content=\"SuperNova " + esc(doc.fingerprint.appVersion) + "\">\n";
    out +=
        "<meta name=\"supernova-report-stamp\" content=\"" + ReportFile::stamp(doc).toStdString() + "\">\n";
    out += "<style>";
    out += kStyle;
    out += "</style>\n</head>\n<body>\n<main>\n<header class=\"report\">\n";
    if (!options.company.isEmpty() || !options.logoPng.isEmpty()) {
        out += "<div class=\"brand\">";
        if (!options.logoPng.isEmpty()) {
            const bool jpeg = options.logoPng.startsWith("\xFF\xD8");
            out += std::string("<img alt=\"logo\" src=\"data:image/") + (jpeg ? "jpeg" : "png") + ";base64," +
                   options.logoPng.toBase64().toStdString() + "\">";
        }
        out += "<span>" + esc(options.company.toStdString()) + "</span></div>\n";
    }
    out += "<h1>" + esc(doc.title) + "</h1>\n";
    if (!doc.subtitle.empty())
        out += "<p class=\"subtitle\">" + esc(doc.subtitle) + "</p>\n";
    out += "<p class=\"meta\">Data to " + esc(doc.asOf.empty() ? std::string("n/a") : doc.asOf) +
           " &middot; SuperNova " + esc(doc.fingerprint.appVersion) +
           " &middot; fingerprint <code class=\"fp\">" + esc(doc.fingerprint.sha256.substr(0, 16)) +
           "</code></p>\n</header>\n";

    const int total = int(doc.sections.size()) + 1;
    if (doc.sections.size() >= 4) {
        out += "<nav class=\"toc\"><h2>Contents</h2><ol>\n";
        for (std::size_t i = 0; i < doc.sections.size(); ++i)
            out += "<li><a href=\"#s" + std::to_string(i + 1) + "\">" + esc(doc.sections[i].title) +
                   "</a></li>\n";
        out += "<li><a href=\"#methodology\">Methodology</a></li>\n<li><a href=\"#sources\">Data sources and "
               "fingerprint</a></li>\n";
        out += "</ol></nav>\n";
    }
    for (std::size_t i = 0; i < doc.sections.size(); ++i) {
        if (options.cancelled())
            return makeError(ErrorCode::Cancelled, "report rendering cancelled");
        const Section &s = doc.sections[i];
        out += "<section id=\"s" + std::to_string(i + 1) + "\">\n<h2>" + esc(s.title) + "</h2>\n";
        for (const Block &b : s.blocks) {
            if (const auto *p = std::get_if<Paragraph>(&b))
                out += "<p>" + (p->markdown ? emphasis(esc(p->text)) : esc(p->text)) + "</p>\n";
            else if (const auto *n = std::get_if<Note>(&b))
                out += "<div class=\"note\">" + esc(n->text) + "</div>\n";
            else if (const auto *t = std::get_if<Table>(&b))
                table(out, *t);
            else if (const auto *c = std::get_if<Chart>(&b))
                chart(out, *c);
        }
        out += "</section>\n";
        if (options.progress)
            options.progress(int(i) + 1, total);
    }

    out += "<section id=\"methodology\">\n<h2>Methodology</h2>\n<p>How every number in this report is "
           "computed, with the "
           "conventions it follows.</p>\n<dl class=\"method\">\n";
    for (const MethodologyEntry &m : doc.methodology) {
        out += "<dt>" + esc(m.name) + "</dt>\n<dd>" + esc(m.formula) + "</dd>\n";
        if (!m.convention.empty())
            out += "<dd class=\"conv\">" + esc(m.convention) + "</dd>\n";
    }
    out += "</dl>\n</section>\n";

    out += "<section id=\"sources\">\n<h2>Data sources and "
           "fingerprint</h2>\n<table>\n<thead><tr><th>Data</th><th>Role</th>"
           "<th>Origin</th><th class=\"num\">Rows</th><th>First</th><th>Last</th></tr></thead>\n<tbody>\n";
    for (const DataSource &d : doc.sources)
        out += "<tr><td>" + esc(d.name) + "</td><td>" + esc(d.role) + "</td><td>" + esc(d.origin) +
               "</td><td class=\"num\">" + std::to_string(d.rows) + "</td><td>" + esc(d.first) + "</td><td>" +
               esc(d.last) + "</td></tr>\n";
    out += "</tbody></table>\n";
    out += "<p>SHA-256 over the input rows, the parameters, the convention and the app version:<br><code "
           "class=\"fp\" "
           "id=\"fingerprint\">" +
           esc(doc.fingerprint.sha256) + "</code></p>\n";
    out +=
        "<table class=\"kpi\" id=\"t-fingerprint\"><caption>What the fingerprint covers</caption><tbody>\n";
    out += "<tr><td>App version</td><td>" + esc(doc.fingerprint.appVersion) + "</td></tr>\n";
    out += "<tr><td>Convention</td><td>" + esc(doc.fingerprint.convention) + "</td></tr>\n";
    out += "<tr><td>Input rows</td><td>" + std::to_string(doc.fingerprint.rows) + "</td></tr>\n";
    for (const auto &[k, v] : doc.fingerprint.parameters)
        out += "<tr><td>" + esc(k) + "</td><td>" + esc(v) + "</td></tr>\n";
    out += "</tbody></table>\n";
    if (!doc.recipe.empty()) {
        std::string cmd = "supernova-cli report " + doc.kind;
        for (const std::string &a : doc.recipe)
            cmd += ' ' + (a.find_first_of(" \"'") == std::string::npos ? a : '\'' + a + '\'');
        out += "<p>Produced by <code>" + esc(cmd) +
               "</code>; <code>supernova-cli report verify FILE</code> checks it against "
               "the database.</p>\n";
    }
    out += "</section>\n<footer class=\"report\">" + esc(doc.title) + " &middot; data to " + esc(doc.asOf) +
           " &middot; SuperNova " + esc(doc.fingerprint.appVersion) +
           "</footer>\n</main>\n</body>\n</html>\n";
    if (options.progress)
        options.progress(total, total);
    return QByteArray::fromStdString(out);
}

} // namespace sn::report
