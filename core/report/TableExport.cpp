#include "core/report/TableExport.h"

#include "core/report/Fingerprint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace sn::report {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string csvField(const Cell &cell)
{
    if (cell.empty)
        return {};
    switch (cell.format) {
    case Format::Text:
        return cell.text;
    case Format::Date:
        return formatDate(TimestampMs(cell.value));
    case Format::Integer:
        return Fingerprint::numberText(std::round(cell.value));
    default:
        return Fingerprint::numberText(cell.value);
    }
}

void appendQuoted(QByteArray &out, const std::string &field)
{
    if (field.find_first_of(",\"\r\n") == std::string::npos) {
        out.append(field.data(), qsizetype(field.size()));
        return;
    }
    out.append('"');
    for (char c : field) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

const char *chartKindName(ChartKind k)
{
    switch (k) {
    case ChartKind::Line:
        return "line";
    case ChartKind::Area:
        return "area";
    case ChartKind::Bars:
        return "bars";
    case ChartKind::Heatmap:
        return "heatmap";
    case ChartKind::Fan:
        return "fan";
    case ChartKind::Scatter:
        return "scatter";
    }
    return "line";
}

QJsonValue finite(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

} // namespace

QByteArray TableExport::csv(const Table &table)
{
    QByteArray out;
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        if (i)
            out.append(',');
        appendQuoted(out, table.columns[i].title);
    }
    out.append("\r\n");
    for (const auto &row : table.rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i)
                out.append(',');
            appendQuoted(out, csvField(row[i]));
        }
        out.append("\r\n");
    }
    return out;
}

QJsonValue TableExport::cellJson(const Cell &cell)
{
    if (cell.empty)
        return cell.format == Format::Text ? QJsonValue(QString()) : QJsonValue();
    switch (cell.format) {
    case Format::Text:
        return qs(cell.text);
    case Format::Date:
        return qs(formatDate(TimestampMs(cell.value)));
    case Format::Integer:
        return qint64(std::llround(cell.value));
    default:
        return finite(cell.value);
    }
}

QJsonObject TableExport::tableJson(const Table &table)
{
    QJsonArray columns;
    for (const Column &c : table.columns)
        columns.append(qs(c.title));
    QJsonArray rows;
    for (const auto &row : table.rows) {
        QJsonArray r;
        for (const Cell &c : row)
            r.append(cellJson(c));
        rows.append(r);
    }
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("table")},
                  {QStringLiteral("id"), qs(table.id)},
                  {QStringLiteral("title"), qs(table.title)},
                  {QStringLiteral("columns"), columns},
                  {QStringLiteral("rows"), rows}};
    if (!table.note.empty())
        o.insert(QStringLiteral("note"), qs(table.note));
    return o;
}

QJsonObject TableExport::chartJson(const Chart &chart)
{
    QJsonArray series;
    for (const Series &s : chart.series) {
        QJsonArray x;
        QJsonArray y;
        for (double v : s.x)
            x.append(chart.xAxis == Axis::Time ? QJsonValue(qs(formatDate(TimestampMs(v)))) : finite(v));
        for (double v : s.y)
            y.append(finite(v));
        series.append(QJsonObject{
            {QStringLiteral("name"), qs(s.name)}, {QStringLiteral("x"), x}, {QStringLiteral("y"), y}});
    }
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("chart")},
                  {QStringLiteral("id"), qs(chart.id)},
                  {QStringLiteral("title"), qs(chart.title)},
                  {QStringLiteral("kind"), QLatin1String(chartKindName(chart.kind))},
                  {QStringLiteral("series"), series}};
    if (!chart.categories.empty()) {
        QJsonArray cats;
        for (const std::string &c : chart.categories)
            cats.append(qs(c));
        o.insert(QStringLiteral("categories"), cats);
    }
    if (chart.kind == ChartKind::Heatmap) {
        QJsonArray rows;
        for (std::size_t r = 0; r < chart.rowLabels.size(); ++r) {
            QJsonArray values;
            for (std::size_t c = 0; c < chart.categories.size(); ++c) {
                const std::size_t k = r * chart.categories.size() + c;
                values.append(k < chart.cells.size() ? finite(chart.cells[k]) : QJsonValue());
            }
            rows.append(QJsonObject{{QStringLiteral("label"), qs(chart.rowLabels[r])},
                                    {QStringLiteral("values"), values}});
        }
        o.insert(QStringLiteral("rows"), rows);
    }
    if (!chart.markers.empty()) {
        QJsonArray markers;
        for (const auto &[label, point] : chart.markers)
            markers.append(QJsonObject{{QStringLiteral("label"), qs(label)},
                                       {QStringLiteral("x"), finite(point.first)},
                                       {QStringLiteral("y"), finite(point.second)}});
        o.insert(QStringLiteral("markers"), markers);
    }
    if (!chart.note.empty())
        o.insert(QStringLiteral("note"), qs(chart.note));
    return o;
}

QJsonObject TableExport::documentJson(const Document &doc)
{
    QJsonArray sections;
    for (const Section &s : doc.sections) {
        QJsonArray blocks;
        for (const Block &b : s.blocks) {
            if (const auto *p = std::get_if<Paragraph>(&b))
                blocks.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("paragraph")},
                                          {QStringLiteral("text"), qs(p->text)}});
            else if (const auto *n = std::get_if<Note>(&b))
                blocks.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("note")},
                                          {QStringLiteral("text"), qs(n->text)}});
            else if (const auto *t = std::get_if<Table>(&b))
                blocks.append(tableJson(*t));
            else if (const auto *c = std::get_if<Chart>(&b))
                blocks.append(chartJson(*c));
        }
        sections.append(
            QJsonObject{{QStringLiteral("title"), qs(s.title)}, {QStringLiteral("blocks"), blocks}});
    }
    QJsonArray methodology;
    for (const MethodologyEntry &m : doc.methodology)
        methodology.append(QJsonObject{{QStringLiteral("name"), qs(m.name)},
                                       {QStringLiteral("formula"), qs(m.formula)},
                                       {QStringLiteral("convention"), qs(m.convention)}});
    QJsonArray sources;
    for (const DataSource &d : doc.sources)
        sources.append(QJsonObject{{QStringLiteral("name"), qs(d.name)},
                                   {QStringLiteral("role"), qs(d.role)},
                                   {QStringLiteral("origin"), qs(d.origin)},
                                   {QStringLiteral("rows"), qint64(d.rows)},
                                   {QStringLiteral("first"), qs(d.first)},
                                   {QStringLiteral("last"), qs(d.last)}});
    QJsonArray parameters;
    for (const auto &[k, v] : doc.fingerprint.parameters)
        parameters.append(QJsonArray{qs(k), qs(v)});
    QJsonArray recipe;
    for (const std::string &a : doc.recipe)
        recipe.append(qs(a));
    return QJsonObject{{QStringLiteral("report"), qs(doc.kind)},
                       {QStringLiteral("title"), qs(doc.title)},
                       {QStringLiteral("subtitle"), qs(doc.subtitle)},
                       {QStringLiteral("as_of"), qs(doc.asOf)},
                       {QStringLiteral("sections"), sections},
                       {QStringLiteral("methodology"), methodology},
                       {QStringLiteral("sources"), sources},
                       {QStringLiteral("fingerprint"),
                        QJsonObject{{QStringLiteral("sha256"), qs(doc.fingerprint.sha256)},
                                    {QStringLiteral("app_version"), qs(doc.fingerprint.appVersion)},
                                    {QStringLiteral("convention"), qs(doc.fingerprint.convention)},
                                    {QStringLiteral("rows"), qint64(doc.fingerprint.rows)},
                                    {QStringLiteral("parameters"), parameters}}},
                       {QStringLiteral("recipe"), recipe}};
}

QByteArray TableExport::json(const Document &doc)
{
    return QJsonDocument(documentJson(doc)).toJson(QJsonDocument::Indented);
}

std::string TableExport::safeName(const std::string &id)
{
    std::string out = id;
    for (char &c : out)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
              c == '-'))
            c = '-';
    return out.empty() ? std::string("table") : out;
}

} // namespace sn::report
