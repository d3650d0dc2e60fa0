#include "ui/report/PdfRenderer.h"

#include "core/report/ReportFile.h"
#include "ui/report/ChartPainter.h"
#include "ui/report/PainterCanvas.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace sn::report {

namespace {

const QString kFamily = QStringLiteral("DejaVu Sans");
constexpr double kMarginX = 48;
constexpr double kTop = 62;
constexpr double kBottomMargin = 50;

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// Markdown emphasis without its marks ("**AAPL**" -> "AAPL"): the PDF
// draws plain text.
std::string withoutMarks(const std::string &markdown)
{
    static const QRegularExpression bold(QStringLiteral("\\*\\*([^*\\n]+)\\*\\*"));
    static const QRegularExpression italic(QStringLiteral("(^|[\\s(])\\*([^*\\n]+)\\*"));
    QString text = QString::fromStdString(markdown);
    text.replace(bold, QStringLiteral("\\1"));
    text.replace(italic, QStringLiteral("\\1\\2"));
    return text.toStdString();
}

struct Layout
{
    int pages = 0;
    std::vector<int> sectionPages; // page of each section, then methodology and sources
};

// Lays out and (with a painter) draws the whole document. The same code runs
// first without a painter to count pages and find each section's page, then
// with one, so the contents and "Page n of m" are right by construction.
class Composer
{
public:
    Composer(QPagedPaintDevice &writer, QPainter *painter, const Document &doc, const RenderOptions &options,
             bool contents, const Layout &known)
        : m_writer(writer), m_p(painter), m_doc(doc), m_options(options), m_contents(contents), m_known(known)
    {
        m_scale = writer.logicalDpiX() / 72.0;
        m_pageW = writer.width() / m_scale;
        m_pageH = writer.height() / m_scale;
        m_width = m_pageW - 2 * kMarginX;
        if (!options.logoPng.isEmpty())
            m_logo.loadFromData(options.logoPng);
    }

    Result<Layout> run();

private:
    QFont font(double size, bool bold = false) const
    {
        QFont f(kFamily);
        f.setPointSizeF(size);
        f.setBold(bold);
        // No ligatures: text copied or extracted from the PDF reads "fi", not U+FB01.
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    }
    double textHeight(const QString &text, const QFont &f, double width) const
    {
        const QFontMetricsF fm(f, &m_writer);
        return fm.boundingRect(QRectF(0, 0, width * m_scale, 1e7), Qt::TextWordWrap, text).height() / m_scale;
    }
    double textWidth(const QString &text, const QFont &f) const
    {
        return QFontMetricsF(f, &m_writer).horizontalAdvance(text) / m_scale;
    }
    QRectF dev(double x, double y, double w, double h) const
    {
        return QRectF(x * m_scale, y * m_scale, w * m_scale, h * m_scale);
    }
    double bottom() const { return m_pageH - kBottomMargin; }

    void drawText(double x, double y, double w, double h, const QString &text, const QFont &f,
                  const QColor &c, int flags = Qt::TextWordWrap)
    {
        if (!m_p)
            return;
        m_p->setFont(f);
        m_p->setPen(c);
        m_p->drawText(dev(x, y, w, h), flags, text);
    }
    void line(double x1, double y1, double x2, double y2, const QColor &c, double width)
    {
        if (!m_p)
            return;
        m_p->setPen(QPen(c, width * m_scale));
        m_p->drawLine(QPointF(x1 * m_scale, y1 * m_scale), QPointF(x2 * m_scale, y2 * m_scale));
    }
    void fill(double x, double y, double w, double h, const QColor &c)
    {
        if (!m_p)
            return;
        m_p->fillRect(dev(x, y, w, h), c);
    }

    void startPage();
    void newPage();
    void ensure(double height)
    {
        if (m_y + height > bottom())
            newPage();
    }
    void titleBlock();
    // Room for a section's heading and the start of its first block, so a
    // heading never ends a page alone.
    void keepWithNext(const Section &s)
    {
        double need = 40;
        if (!s.blocks.empty()) {
            const Block &b = s.blocks.front();
            if (const auto *c = std::get_if<Chart>(&b))
                need += 24 + (ChartPainter::hasData(*c) ? ChartPainter::preferredHeight(*c, m_width) : 14);
            else if (const auto *t = std::get_if<Table>(&b))
                need += 16 + 15 * double(std::min<std::size_t>(t->kpi ? 6 : 4, t->rows.size() + 1));
            else
                need += 40;
        }
        ensure(need);
    }
    void contentsBlock();
    void heading(const std::string &text);
    void paragraph(const std::string &text, double size = 9.5, const QColor &colour = QColor(31, 41, 51));
    void note(const std::string &text);
    void table(const Table &t);
    void kpiTable(const Table &t);
    void chart(const Chart &c);
    void appendix();

    QPagedPaintDevice &m_writer;
    QPainter *m_p;
    const Document &m_doc;
    const RenderOptions &m_options;
    bool m_contents;
    const Layout &m_known;
    Layout m_layout;
    QImage m_logo;
    double m_scale = 1;
    double m_pageW = 595;
    double m_pageH = 842;
    double m_width = 500;
    double m_y = kTop;
    int m_page = 0;
};

void Composer::startPage()
{
    ++m_page;
    m_y = kTop;
    const QColor muted(97, 110, 124);
    double x = kMarginX;
    if (!m_logo.isNull()) {
        const double h = 18;
        const double w = h * m_logo.width() / std::max(1, m_logo.height());
        if (m_p)
            m_p->drawImage(dev(x, 20, w, h), m_logo);
        x += w + 6;
    }
    if (!m_options.company.isEmpty())
        drawText(x, 23, m_width / 2, 14, m_options.company, font(9, true), QColor(31, 41, 51),
                 Qt::AlignLeft | Qt::AlignVCenter);
    const QString right =
        qs(m_doc.title) + QStringLiteral("  ·  data to ") + qs(m_doc.asOf.empty() ? "n/a" : m_doc.asOf);
    drawText(kMarginX + m_width / 2, 23, m_width / 2, 14, right, font(8), muted,
             Qt::AlignRight | Qt::AlignVCenter);
    line(kMarginX, 42, kMarginX + m_width, 42, QColor(31, 111, 235), 0.8);
    const double fy = m_pageH - 32;
    line(kMarginX, fy - 4, kMarginX + m_width, fy - 4, QColor(208, 215, 222), 0.5);
    drawText(kMarginX, fy, m_width * 0.7, 12,
             QStringLiteral("SuperNova %1  ·  fingerprint %2")
                 .arg(qs(m_doc.fingerprint.appVersion), qs(m_doc.fingerprint.sha256.substr(0, 16))),
             font(7), muted, Qt::AlignLeft | Qt::AlignVCenter);
    drawText(kMarginX + m_width * 0.7, fy, m_width * 0.3, 12,
             QStringLiteral("Page %1 of %2").arg(m_page).arg(m_known.pages > 0 ? m_known.pages : m_page),
             font(7.5), muted, Qt::AlignRight | Qt::AlignVCenter);
}

void Composer::newPage()
{
    if (m_p)
        m_writer.newPage();
    startPage();
}

void Composer::titleBlock()
{
    const QFont title = font(20, true);
    const double h = textHeight(qs(m_doc.title), title, m_width);
    drawText(kMarginX, m_y, m_width, h, qs(m_doc.title), title, QColor(31, 41, 51));
    m_y += h + 4;
    if (!m_doc.subtitle.empty()) {
        const QFont sub = font(11);
        const double sh = textHeight(qs(m_doc.subtitle), sub, m_width);
        drawText(kMarginX, m_y, m_width, sh, qs(m_doc.subtitle), sub, QColor(97, 110, 124));
        m_y += sh + 2;
    }
    const QString meta =
        QStringLiteral("Data to %1  ·  SuperNova %2  ·  fingerprint %3")
            .arg(qs(m_doc.asOf.empty() ? "n/a" : m_doc.asOf), qs(m_doc.fingerprint.appVersion),
                 qs(m_doc.fingerprint.sha256.substr(0, 16)));
    drawText(kMarginX, m_y, m_width, 12, meta, font(8), QColor(97, 110, 124));
    m_y += 20;
}

void Composer::contentsBlock()
{
    heading("Contents");
    const QFont f = font(10);
    std::vector<std::string> titles;
    for (const Section &s : m_doc.sections)
        titles.push_back(s.title);
    titles.emplace_back("Methodology");
    titles.emplace_back("Data sources and fingerprint");
    for (std::size_t i = 0; i < titles.size(); ++i) {
        const int page = i < m_known.sectionPages.size() ? m_known.sectionPages[i] : 0;
        const QString left = QString::number(i + 1) + QStringLiteral(".  ") + qs(titles[i]);
        drawText(kMarginX + 6, m_y, m_width - 60, 16, left, f, QColor(31, 41, 51),
                 Qt::AlignLeft | Qt::AlignVCenter);
        const double lw = textWidth(left, f);
        // Dotted leader from the title to the page number.
        if (m_p) {
            QPen pen(QColor(154, 165, 177), 0.6 * m_scale, Qt::DotLine);
            m_p->setPen(pen);
            m_p->drawLine(QPointF((kMarginX + 12 + lw) * m_scale, (m_y + 11) * m_scale),
                          QPointF((kMarginX + m_width - 30) * m_scale, (m_y + 11) * m_scale));
        }
        drawText(kMarginX + m_width - 28, m_y, 28, 16, QString::number(page), f, QColor(31, 41, 51),
                 Qt::AlignRight | Qt::AlignVCenter);
        m_y += 18;
    }
}

void Composer::heading(const std::string &text)
{
    const QFont f = font(13, true);
    const double h = textHeight(qs(text), f, m_width);
    // A heading never ends a page: keep room for it and a few lines after.
    ensure(h + 60);
    m_y += 6;
    drawText(kMarginX, m_y, m_width, h, qs(text), f, QColor(31, 41, 51));
    m_y += h + 2;
    line(kMarginX, m_y, kMarginX + m_width, m_y, QColor(208, 215, 222), 0.6);
    m_y += 8;
}

void Composer::paragraph(const std::string &text, double size, const QColor &colour)
{
    const QFont f = font(size);
    const double h = textHeight(qs(text), f, m_width);
    ensure(std::min(h, 60.0));
    if (m_y + h > bottom()) {
        // A paragraph taller than what is left starts on a fresh page.
        newPage();
    }
    drawText(kMarginX, m_y, m_width, h, qs(text), f, colour);
    m_y += h + 6;
}

void Composer::note(const std::string &text)
{
    const QFont f = font(8.5);
    const double h = textHeight(qs(text), f, m_width - 18) + 10;
    ensure(h);
    fill(kMarginX, m_y, m_width, h, QColor(255, 248, 230));
    fill(kMarginX, m_y, 3, h, QColor(240, 180, 41));
    drawText(kMarginX + 10, m_y + 5, m_width - 18, h - 10, qs(text), f, QColor(31, 41, 51));
    m_y += h + 8;
}

void Composer::kpiTable(const Table &t)
{
    // Label/value pairs in two columns side by side.
    const QFont label = font(8.5);
    const QFont value = font(8.5, true);
    const double rowH = 15;
    const std::size_t n = t.rows.size();
    const std::size_t perColumn = (n + 1) / 2;
    const double colW = (m_width - 16) / 2;
    if (!t.title.empty()) {
        ensure(16 + rowH * 3);
        drawText(kMarginX, m_y, m_width, 14, qs(t.title), font(9.5, true), QColor(31, 41, 51));
        m_y += 16;
    }
    std::size_t i = 0;
    while (i < perColumn) {
        ensure(rowH);
        for (int side = 0; side < 2; ++side) {
            const std::size_t k = i + std::size_t(side) * perColumn;
            if (k >= n)
                continue;
            const double x = kMarginX + side * (colW + 16);
            const auto &row = t.rows[k];
            const QString labelText = qs(cellText(row[0]));
            const double labelW = std::min(textWidth(labelText, label), colW * 0.6);
            drawText(x + 4, m_y, labelW + 1, rowH, labelText, label, QColor(97, 110, 124),
                     Qt::AlignLeft | Qt::AlignVCenter);
            // The value takes the rest of the row; a long one is elided, never clipped.
            const double valueX = x + 4 + labelW + 10;
            const double valueW = x + colW - 4 - valueX;
            QString valueText = qs(row.size() > 1 ? cellText(row[1]) : std::string());
            valueText =
                QFontMetricsF(value, &m_writer).elidedText(valueText, Qt::ElideMiddle, valueW * m_scale);
            drawText(valueX, m_y, valueW, rowH, valueText, value, QColor(31, 41, 51),
                     Qt::AlignRight | Qt::AlignVCenter);
            line(x, m_y + rowH, x + colW, m_y + rowH, QColor(228, 231, 235), 0.5);
        }
        m_y += rowH;
        ++i;
    }
    m_y += 10;
}

void Composer::table(const Table &t)
{
    if (t.kpi) {
        kpiTable(t);
        return;
    }
    const std::size_t cols = t.columns.size();
    double size = 8;
    std::vector<double> widths(cols, 0.0);
    auto measure = [&](double fontSize) {
        const QFont f = font(fontSize);
        const QFont fb = font(fontSize, true);
        double total = 0;
        for (std::size_t c = 0; c < cols; ++c) {
            double w = textWidth(qs(t.columns[c].title), fb);
            for (const auto &row : t.rows)
                if (c < row.size())
                    w = std::max(w, textWidth(qs(cellText(row[c])), f));
            widths[c] = w + 10;
            total += widths[c];
        }
        return total;
    };
    // Too wide: a smaller font first, then narrow the widest columns (their
    // text is elided).
    double total = measure(size);
    while (total > m_width && size > 6.5) {
        size -= 0.5;
        total = measure(size);
    }
    if (total > m_width) {
        while (total > m_width + 0.5) {
            auto widest = std::max_element(widths.begin(), widths.end());
            double second = 0;
            for (auto it = widths.begin(); it != widths.end(); ++it)
                if (it != widest)
                    second = std::max(second, *it);
            const double cut = std::min(total - m_width, std::max(*widest - second, 1.0));
            if (*widest - cut < 36)
                break;
            *widest -= cut;
            total -= cut;
        }
    }
    // Spread what is left over (or squeeze what is too much) in proportion.
    const double factor = m_width / total;
    if (factor < 1 || cols > 3)
        for (double &w : widths)
            w *= factor;
    const QFont f = font(size);
    const QFont fb = font(size, true);
    const double rowH = size * 1.25 + 5;
    auto drawHead = [&] {
        fill(kMarginX, m_y, m_width, rowH, QColor(242, 244, 247));
        double x = kMarginX;
        for (std::size_t c = 0; c < cols; ++c) {
            drawText(x + 4, m_y, widths[c] - 8, rowH, qs(t.columns[c].title), fb, QColor(31, 41, 51),
                     (t.columns[c].numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
            x += widths[c];
        }
        m_y += rowH;
    };
    if (!t.title.empty()) {
        ensure(16 + rowH * 3);
        drawText(kMarginX, m_y, m_width, 14, qs(t.title), font(9.5, true), QColor(31, 41, 51));
        m_y += 16;
    } else {
        ensure(rowH * 3);
    }
    drawHead();
    for (const auto &row : t.rows) {
        if (m_y + rowH > bottom()) {
            newPage();
            drawHead();
        }
        double x = kMarginX;
        for (std::size_t c = 0; c < cols && c < row.size(); ++c) {
            if (m_p) {
                const QString text =
                    QFontMetricsF(f, &m_writer)
                        .elidedText(qs(cellText(row[c])), Qt::ElideRight, (widths[c] - 8) * m_scale);
                drawText(x + 4, m_y, widths[c] - 8, rowH, text, f, QColor(31, 41, 51),
                         (row[c].isNumeric() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
            }
            x += widths[c];
        }
        line(kMarginX, m_y + rowH, kMarginX + m_width, m_y + rowH, QColor(228, 231, 235), 0.4);
        m_y += rowH;
    }
    m_y += 4;
    if (!t.note.empty())
        paragraph(t.note, 8, QColor(97, 110, 124));
    else
        m_y += 6;
}

void Composer::chart(const Chart &c)
{
    const double h = ChartPainter::hasData(c) ? ChartPainter::preferredHeight(c, m_width) : 14;
    ensure(18 + h + 4);
    drawText(kMarginX, m_y, m_width, 14, qs(c.title), font(9.5, true), QColor(31, 41, 51));
    m_y += 18;
    if (ChartPainter::hasData(c)) {
        if (m_p) {
            PainterCanvas canvas(*m_p, m_scale, kFamily);
            ChartPainter::draw(c, canvas, QRectF(kMarginX, m_y, m_width, h));
        }
    } else {
        drawText(kMarginX, m_y, m_width, 14, QStringLiteral("No data to draw."), font(8.5),
                 QColor(97, 110, 124));
    }
    m_y += h + 6;
    if (!c.note.empty())
        paragraph(c.note, 8, QColor(97, 110, 124));
    m_y += 6;
}

void Composer::appendix()
{
    newPage();
    heading("Methodology");
    m_layout.sectionPages.push_back(m_page);
    paragraph("How every number in this report is computed, with the conventions it follows.", 9,
              QColor(97, 110, 124));
    for (const MethodologyEntry &m : m_doc.methodology) {
        const QFont nameFont = font(9, true);
        const QFont body = font(8.5);
        const double h1 = textHeight(qs(m.name), nameFont, m_width);
        const double h2 = textHeight(qs(m.formula), body, m_width - 10);
        const double h3 = m.convention.empty() ? 0 : textHeight(qs(m.convention), font(8), m_width - 10);
        ensure(h1 + h2 + h3 + 8);
        drawText(kMarginX, m_y, m_width, h1, qs(m.name), nameFont, QColor(31, 41, 51));
        m_y += h1 + 1;
        drawText(kMarginX + 10, m_y, m_width - 10, h2, qs(m.formula), body, QColor(31, 41, 51));
        m_y += h2 + 1;
        if (h3 > 0) {
            drawText(kMarginX + 10, m_y, m_width - 10, h3, qs(m.convention), font(8), QColor(97, 110, 124));
            m_y += h3;
        }
        m_y += 6;
    }
    heading("Data sources and fingerprint");
    m_layout.sectionPages.push_back(m_page);
    Table sources;
    sources.columns = {{"Data", false}, {"Role", false},  {"Origin", false},
                       {"Rows", true},  {"First", false}, {"Last", false}};
    for (const DataSource &d : m_doc.sources)
        sources.rows.push_back({Cell::textCell(d.name), Cell::textCell(d.role), Cell::textCell(d.origin),
                                Cell::integer((long long)(d.rows)), Cell::textCell(d.first),
                                Cell::textCell(d.last)});
    table(sources);
    paragraph("SHA-256 over the input rows, the parameters, the convention and the app version:", 9);
    paragraph(m_doc.fingerprint.sha256, 9, QColor(31, 111, 235));
    Table covers;
    covers.kpi = true;
    covers.title = "What the fingerprint covers";
    covers.rows.push_back({Cell::textCell("App version"), Cell::textCell(m_doc.fingerprint.appVersion)});
    covers.rows.push_back({Cell::textCell("Input rows"), Cell::integer((long long)(m_doc.fingerprint.rows))});
    for (const auto &[k, v] : m_doc.fingerprint.parameters)
        covers.rows.push_back({Cell::textCell(k), Cell::textCell(v)});
    table(covers);
    paragraph("Convention: " + m_doc.fingerprint.convention, 8.5);
    if (!m_doc.recipe.empty()) {
        std::string cmd = "supernova-cli report " + m_doc.kind;
        for (const std::string &a : m_doc.recipe)
            cmd += ' ' + (a.find_first_of(" \"'") == std::string::npos ? a : '\'' + a + '\'');
        paragraph("Produced by: " + cmd +
                      ". 'supernova-cli report verify FILE' checks this report against the database.",
                  8, QColor(97, 110, 124));
    }
}

Result<Layout> Composer::run()
{
    startPage();
    titleBlock();
    if (m_contents) {
        contentsBlock();
        newPage();
    }
    const int total = int(m_doc.sections.size()) + 1;
    for (std::size_t i = 0; i < m_doc.sections.size(); ++i) {
        if (m_options.cancelled())
            return makeError(ErrorCode::Cancelled, "report rendering cancelled");
        const Section &s = m_doc.sections[i];
        keepWithNext(s);
        heading(s.title);
        m_layout.sectionPages.push_back(m_page);
        for (const Block &b : s.blocks) {
            if (const auto *p = std::get_if<Paragraph>(&b))
                paragraph(p->markdown ? withoutMarks(p->text) : p->text);
            else if (const auto *n = std::get_if<Note>(&b))
                note(n->text);
            else if (const auto *t = std::get_if<Table>(&b))
                table(*t);
            else if (const auto *c = std::get_if<Chart>(&b))
                chart(*c);
        }
        if (m_p && m_options.progress)
            m_options.progress(int(i) + 1, total);
    }
    appendix();
    m_layout.pages = m_page;
    return m_layout;
}

QPageSize pageSize(PageFormat f)
{
    return QPageSize(f == PageFormat::Letter ? QPageSize::Letter : QPageSize::A4);
}

QByteArray xmp(const Document &doc, const QDateTime &created)
{
    const QString when = created.toUTC().toString(Qt::ISODate);
    auto esc = [](const std::string &s) { return QString::fromStdString(s).toHtmlEscaped(); };
    const QString text =
        QStringLiteral(
            "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
            "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
            "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
            "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
            "xmlns:xmp='http://ns.adobe.com/xap/1.0/' xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>\n"
            "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>\n"
            "<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>%2</rdf:li></rdf:Alt></dc:description>\n"
            "<xmp:CreatorTool>SuperNova %3</xmp:CreatorTool>\n"
            "<xmp:CreateDate>%4</xmp:CreateDate>\n"
            "<xmp:ModifyDate>%4</xmp:ModifyDate>\n"
            "<pdf:Keywords>%5</pdf:Keywords>\n"
            "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>")
            .arg(esc(doc.title), esc(doc.subtitle), esc(doc.fingerprint.appVersion), when,
                 QString::fromLatin1(ReportFile::stamp(doc)));
    return text.toUtf8();
}

} // namespace

Result<void> PdfRenderer::setCreationDate(QByteArray &pdf, const QDateTime &when)
{
    const QByteArray key("/CreationDate (D:");
    const qsizetype at = pdf.indexOf(key);
    if (at < 0)
        return makeError(ErrorCode::Internal, "the PDF has no creation date to set");
    const qsizetype start = at + key.size();
    const qsizetype end = pdf.indexOf(')', start);
    if (end < 0)
        return makeError(ErrorCode::Internal, "the PDF's creation date is not closed");
    const QByteArray old = pdf.mid(start, end - start);
    // Qt writes local time with "Z" or a "+hh'mm'" offset; keep the length.
    QByteArray fresh = when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    fresh += old.endsWith('Z') ? QByteArray("Z") : QByteArray("+00'00'");
    if (fresh.size() != old.size())
        return makeError(ErrorCode::Internal,
                         "unexpected creation date layout in the PDF: " + old.toStdString());
    pdf.replace(start, old.size(), fresh);
    return {};
}

Result<void> PdfRenderer::paint(const Document &doc, const RenderOptions &options, QPagedPaintDevice &device)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError(ErrorCode::Unavailable,
                         "PDF rendering needs a QGuiApplication (fonts); run with QT_QPA_PLATFORM=offscreen");
    // Dry runs on the same device (no painter): page count and section pages,
    // without and (for long reports) with a contents page.
    Layout layout;
    bool contents = false;
    for (int pass = 0; pass < 3; ++pass) {
        Composer dry(device, nullptr, doc, options, contents, layout);
        auto l = dry.run();
        if (!l)
            return l.error();
        const bool wantContents = doc.sections.size() >= 4 && l->pages > 3;
        const bool stable =
            wantContents == contents && l->pages == layout.pages && l->sectionPages == layout.sectionPages;
        layout = std::move(l).value();
        if (stable)
            break;
        contents = wantContents;
    }
    QPainter painter;
    if (!painter.begin(&device))
        return makeError(ErrorCode::IoError, "cannot start drawing the report's pages");
    painter.setRenderHint(QPainter::Antialiasing);
    Composer composer(device, &painter, doc, options, contents, layout);
    auto drawn = composer.run();
    painter.end();
    if (!drawn)
        return drawn.error();
    if (options.progress)
        options.progress(int(doc.sections.size()) + 1, int(doc.sections.size()) + 1);
    return {};
}

Result<QByteArray> PdfRenderer::render(const Document &doc, const RenderOptions &options)
{
    const QDateTime created = options.createdAt ? *options.createdAt : QDateTime::currentDateTimeUtc();
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(pageSize(options.page));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(600);
        writer.setTitle(QString::fromStdString(doc.title));
        writer.setCreator(QStringLiteral("SuperNova ") + QString::fromStdString(doc.fingerprint.appVersion));
        writer.setDocumentXmpMetadata(xmp(doc, created));
        if (auto painted = paint(doc, options, writer); !painted)
            return painted.error();
    }
    if (auto set = setCreationDate(bytes, created); !set)
        return set.error();
    return bytes;
}

QPageSize PdfRenderer::pageSizeOf(PageFormat format)
{
    return pageSize(format);
}

} // namespace sn::report
