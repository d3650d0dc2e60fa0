#include "ui/report/XlsxRenderer.h"

#include "core/report/ReportFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <xlsxwriter.h>

namespace sn::report {

namespace {

// Excel's day number of 1970-01-01 (its calendar counts from 1899-12-30).
constexpr double kExcelEpochOffset = 25569.0;

struct Formats
{
    lxw_workbook *book;
    lxw_format *title = nullptr;
    lxw_format *subtitle = nullptr;
    lxw_format *head = nullptr;
    lxw_format *headNum = nullptr;
    lxw_format *bold = nullptr;
    lxw_format *muted = nullptr;
    lxw_format *wrap = nullptr;
    lxw_format *date = nullptr;
    lxw_format *integer = nullptr;
    std::map<std::pair<int, int>, lxw_format *> numbers; // (format, decimals)

    explicit Formats(lxw_workbook *wb) : book(wb)
    {
        title = workbook_add_format(wb);
        format_set_bold(title);
        format_set_font_size(title, 16);
        subtitle = workbook_add_format(wb);
        format_set_font_color(subtitle, 0x616E7C);
        format_set_font_size(subtitle, 11);
        head = workbook_add_format(wb);
        format_set_bold(head);
        format_set_bg_color(head, 0xF2F4F7);
        format_set_bottom(head, LXW_BORDER_THIN);
        headNum = workbook_add_format(wb);
        format_set_bold(headNum);
        format_set_bg_color(headNum, 0xF2F4F7);
        format_set_bottom(headNum, LXW_BORDER_THIN);
        format_set_align(headNum, LXW_ALIGN_RIGHT);
        bold = workbook_add_format(wb);
        format_set_bold(bold);
        muted = workbook_add_format(wb);
        format_set_font_color(muted, 0x616E7C);
        format_set_italic(muted);
        wrap = workbook_add_format(wb);
        format_set_text_wrap(wrap);
        format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
        date = workbook_add_format(wb);
        format_set_num_format(date, "yyyy-mm-dd");
        integer = workbook_add_format(wb);
        format_set_num_format(integer, "0");
    }

    lxw_format *forCell(const Cell &c)
    {
        switch (c.format) {
        case Format::Date:
            return date;
        case Format::Integer:
            return integer;
        case Format::Text:
            return nullptr;
        default:
            break;
        }
        auto key = std::make_pair(int(c.format), c.decimals);
        auto it = numbers.find(key);
        if (it != numbers.end())
            return it->second;
        std::string pattern = c.format == Format::Money ? "#,##0" : "0";
        if (c.decimals > 0) {
            pattern.push_back('.');
            pattern.append(std::size_t(c.decimals), '0');
        }
        if (c.format == Format::Percent)
            pattern.push_back('%');
        lxw_format *f = workbook_add_format(book);
        format_set_num_format(f, pattern.c_str());
        numbers.emplace(key, f);
        return f;
    }
};

void writeCell(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const Cell &cell, Formats &f)
{
    if (cell.empty) {
        if (cell.format != Format::Text)
            worksheet_write_string(ws, r, c, "n/a", f.muted);
        return;
    }
    switch (cell.format) {
    case Format::Text:
        worksheet_write_string(ws, r, c, cell.text.c_str(), nullptr);
        return;
    case Format::Date:
        worksheet_write_number(ws, r, c, std::floor(cell.value / double(kMsPerDay)) + kExcelEpochOffset,
                               f.date);
        return;
    default:
        worksheet_write_number(ws, r, c, cell.value, f.forCell(cell));
        return;
    }
}

std::size_t displayLength(const std::string &s)
{
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80)
            ++n;
    return n;
}

} // namespace

std::string XlsxRenderer::sheetName(const std::string &wanted, std::vector<std::string> &taken)
{
    std::string base;
    for (char c : wanted)
        base += std::string("[]:*?/\\").find(c) == std::string::npos ? c : '-';
    while (!base.empty() && base.front() == '\'')
        base.erase(0, 1);
    if (base.empty())
        base = "Sheet";
    if (base.size() > 31)
        base.resize(31);
    auto lower = [](std::string s) {
        std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        return s;
    };
    std::string name = base;
    for (int k = 2; std::any_of(taken.begin(), taken.end(),
                                [&](const std::string &t) { return lower(t) == lower(name); });
         ++k) {
        const std::string suffix = std::to_string(k);
        name.assign(base, 0, std::min(base.size(), std::size_t(30) - suffix.size()));
        name.push_back(' ');
        name.append(suffix);
    }
    taken.push_back(name);
    return name;
}

Result<QByteArray> XlsxRenderer::render(const Document &doc, const RenderOptions &options)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return makeError(ErrorCode::IoError, "cannot create a temporary folder for the workbook: " +
                                                 dir.errorString().toStdString());
    const QByteArray path = dir.filePath(QStringLiteral("report.xlsx")).toLocal8Bit();
    lxw_workbook *wb = workbook_new(path.constData());
    if (!wb)
        return makeError(ErrorCode::IoError, "libxlsxwriter could not start the workbook",
                         path.toStdString());

    std::string title = doc.title;
    std::string subject = doc.subtitle;
    std::string author = "SuperNova " + doc.fingerprint.appVersion;
    std::string company = options.company.toStdString();
    std::string comments = "fingerprint " + doc.fingerprint.sha256;
    lxw_doc_properties props{};
    props.title = title.data();
    props.subject = subject.data();
    props.author = author.data();
    props.company = company.empty() ? nullptr : company.data();
    props.comments = comments.data();
    QDateTime created = options.createdAt.value_or(QDateTime());
    if (!created.isValid()) {
        auto t = parseTimestamp(doc.asOf, DateFormat::Iso);
        created = QDateTime::fromMSecsSinceEpoch(t ? *t : 0, Qt::UTC);
    }
    // 0 would mean "now" to libxlsxwriter.
    props.created = std::max<time_t>(1, time_t(created.toSecsSinceEpoch()));
    workbook_set_properties(wb, &props);

    Formats f(wb);
    std::vector<std::string> taken;
    lxw_worksheet *summary = workbook_add_worksheet(wb, sheetName("Report", taken).c_str());
    worksheet_set_column(summary, 0, 0, 34, nullptr);
    worksheet_set_column(summary, 1, 1, 90, f.wrap);
    lxw_row_t r = 0;
    worksheet_write_string(summary, r++, 0, doc.title.c_str(), f.title);
    worksheet_write_string(summary, r++, 0, doc.subtitle.c_str(), f.subtitle);
    if (!company.empty())
        worksheet_write_string(summary, r++, 0, company.c_str(), f.subtitle);
    ++r;
    auto pair = [&](const std::string &k, const std::string &v) {
        worksheet_write_string(summary, r, 0, k.c_str(), f.bold);
        worksheet_write_string(summary, r, 1, v.c_str(), f.wrap);
        ++r;
    };
    pair("Data to", doc.asOf);
    pair("App version", doc.fingerprint.appVersion);
    pair("Fingerprint (SHA-256)", doc.fingerprint.sha256);
    // The stamp `report verify` replays; a cell (a shared string) rather than
    // a document property, which Excel caps at 255 characters.
    pair("Report stamp", ReportFile::stamp(doc).toStdString());
    pair("Convention", doc.fingerprint.convention);
    pair("Input rows", std::to_string(doc.fingerprint.rows));
    for (const auto &[k, v] : doc.fingerprint.parameters)
        pair("Parameter " + k, v);
    ++r;
    worksheet_write_string(summary, r++, 0, "Data sources", f.title);
    for (const DataSource &d : doc.sources)
        pair(d.name,
             d.role + ", " + std::to_string(d.rows) + " rows " + d.first + " to " + d.last + ", " + d.origin);
    ++r;
    worksheet_write_string(summary, r++, 0, "Sheets", f.title);
    const std::vector<const Table *> tables = doc.tables();
    std::vector<std::string> names;
    for (const Table *t : tables)
        names.push_back(sheetName(t->title.empty() ? t->id : t->title, taken));
    for (std::size_t i = 0; i < tables.size(); ++i)
        pair(names[i], tables[i]->title);
    ++r;
    worksheet_write_string(summary, r++, 0, "Methodology", f.title);
    for (const MethodologyEntry &m : doc.methodology)
        pair(m.name, m.formula + (m.convention.empty() ? std::string() : " (" + m.convention + ")"));

    const int total = int(tables.size()) + 1;
    for (std::size_t i = 0; i < tables.size(); ++i) {
        if (options.cancelled()) {
            workbook_close(wb);
            return makeError(ErrorCode::Cancelled, "report rendering cancelled");
        }
        const Table &t = *tables[i];
        lxw_worksheet *ws = workbook_add_worksheet(wb, names[i].c_str());
        const std::size_t cols = t.kpi ? std::min<std::size_t>(3, t.columns.size()) : t.columns.size();
        std::vector<std::size_t> widths(cols, 6);
        for (std::size_t c = 0; c < cols; ++c) {
            worksheet_write_string(ws, 0, lxw_col_t(c), t.columns[c].title.c_str(),
                                   t.columns[c].numeric ? f.headNum : f.head);
            widths[c] = std::max(widths[c], displayLength(t.columns[c].title) + 2);
        }
        for (std::size_t row = 0; row < t.rows.size(); ++row)
            for (std::size_t c = 0; c < cols && c < t.rows[row].size(); ++c) {
                writeCell(ws, lxw_row_t(row + 1), lxw_col_t(c), t.rows[row][c], f);
                widths[c] = std::max(widths[c], displayLength(cellText(t.rows[row][c])) + 2);
            }
        for (std::size_t c = 0; c < cols; ++c)
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), double(std::min<std::size_t>(widths[c], 60)),
                                 nullptr);
        worksheet_freeze_panes(ws, 1, 0);
        if (!t.rows.empty() && cols > 0)
            worksheet_autofilter(ws, 0, 0, lxw_row_t(t.rows.size()), lxw_col_t(cols - 1));
        if (!t.note.empty())
            worksheet_write_string(ws, lxw_row_t(t.rows.size() + 2), 0, t.note.c_str(), f.muted);
        if (options.progress)
            options.progress(int(i) + 1, total);
    }
    const lxw_error closed = workbook_close(wb);
    if (closed != LXW_NO_ERROR)
        return makeError(ErrorCode::IoError, std::string("libxlsxwriter: ") + lxw_strerror(closed),
                         path.toStdString());
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::IoError,
                         "cannot read the finished workbook: " + file.errorString().toStdString());
    if (options.progress)
        options.progress(total, total);
    return file.readAll();
}

} // namespace sn::report
