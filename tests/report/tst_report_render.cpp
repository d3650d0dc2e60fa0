#include "core/report/ReportFile.h"
#include "core/report/TableExport.h"
#include "tests/report/SyntheticBacktest.h"
#include "tests/testutils/TestPaths.h"
#include "ui/report/PdfRenderer.h"
#include "ui/report/ReportRenderer.h"
#include "ui/report/XlsxRenderer.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;
using namespace sn::report;

// Every renderer on a real backtest document: same document, same bytes;
// the PDF differs only in its creation date; charts as SVG in HTML;
// cancelling stops with an error and writes nothing.
class TestReportRender : public QObject
{
    Q_OBJECT

    test::SyntheticBacktest m_run = test::syntheticBacktest(1500);

    static QByteArray render(const Document &doc, OutputFormat f, RenderOptions o = {})
    {
        o.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        auto bytes = ReportRenderer::render(doc, f, o);
        if (!bytes) {
            qWarning("%s", bytes.error().toString().c_str());
            return {};
        }
        return bytes.value();
    }

private Q_SLOTS:
    void theDocumentHasEveryPart()
    {
        const Document &d = m_run.document;
        QVERIFY(!m_run.report.result.trades.empty());
        QCOMPARE(d.kind, std::string("backtest"));
        QStringList tables;
        for (const Table *t : d.tables())
            tables << QString::fromStdString(t->id);
        QCOMPARE(tables, (QStringList{QStringLiteral("kpis"), QStringLiteral("settings"),
                                      QStringLiteral("monthly_returns"), QStringLiteral("trades"),
                                      QStringLiteral("open_positions")}));
        QCOMPARE(d.charts().size(), std::size_t(3)); // equity, drawdown, monthly heatmap
        QCOMPARE(d.tables()[3]->rows.size(), m_run.report.result.trades.size());
        QVERIFY(d.methodology.size() > 10); // fills, costs, months and every metric
        QCOMPARE(d.sources.size(), std::size_t(1));
        QCOMPARE(d.sources.front().rows, std::size_t(1500));
        QCOMPARE(d.fingerprint.rows, std::size_t(1500));
        // The KPI value equals the metric, as the text renderers show it.
        const Table &kpis = *d.tables()[0];
        bool found = false;
        for (const auto &row : kpis.rows)
            if (row[2].text == "total_return") {
                found = true;
                QCOMPARE(row[1].value, m_run.report.metrics.totalReturn);
            }
        QVERIFY(found);
    }

    void sameDocumentSameBytes()
    {
        for (OutputFormat f : {OutputFormat::Html, OutputFormat::Markdown, OutputFormat::Xlsx,
                               OutputFormat::Json, OutputFormat::Pdf}) {
            const QByteArray a = render(m_run.document, f);
            QVERIFY2(!a.isEmpty(), qPrintable(ReportRenderer::extension(f)));
            // A second document built from the same inputs, not a copy of the first.
            const test::SyntheticBacktest again = test::syntheticBacktest(1500);
            QVERIFY2(render(again.document, f) == a, qPrintable(ReportRenderer::extension(f)));
        }
    }

    void aChangedBarChangesTheFingerprintAndTheBytes()
    {
        const test::SyntheticBacktest other = test::syntheticBacktest(1500, 8);
        QVERIFY(other.document.fingerprint.sha256 != m_run.document.fingerprint.sha256);
        QVERIFY(render(other.document, OutputFormat::Html) != render(m_run.document, OutputFormat::Html));
    }

    void pdfDiffersOnlyInItsCreationDate()
    {
        RenderOptions o;
        o.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        auto a = PdfRenderer::render(m_run.document, o);
        o.createdAt = QDateTime(QDate(2031, 12, 30), QTime(23, 59, 58), Qt::UTC);
        auto b = PdfRenderer::render(m_run.document, o);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a.value() != b.value());
        QVERIFY(a->contains("/CreationDate (D:20260102030405"));
        QVERIFY(b->contains("/CreationDate (D:20311230235958"));
        QByteArray normalised = b.value();
        QVERIFY(
            PdfRenderer::setCreationDate(normalised, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC))
                .ok());
        // The XMP packet carries the date as well; both are the only differences.
        normalised.replace("2031-12-30T23:59:58Z", "2026-01-02T03:04:05Z");
        QCOMPARE(normalised, a.value());
        QVERIFY(a->startsWith("%PDF-1.4"));
        QVERIFY(a->contains(ReportFile::stamp(m_run.document)));
    }

    void letterAndA4Pages()
    {
        RenderOptions o;
        o.page = PageFormat::Letter;
        const QByteArray letter = render(m_run.document, OutputFormat::Pdf, o);
        const QByteArray a4 = render(m_run.document, OutputFormat::Pdf);
        QVERIFY(letter.contains("/MediaBox [0 0 612.000000 792.000000]"));
        QVERIFY(a4.contains("/MediaBox [0 0 595.000000 842.000000]"));
        // One "/Type /Page" object per page (the tree is "/Type /Pages").
        const auto pages = a4.count("/Type /Page\n");
        QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
        QFile out(test::outputDir(QStringLiteral("report")) + QStringLiteral("/synthetic-backtest.pdf"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(a4);
    }

    void htmlIsSelfContainedWithSvgCharts()
    {
        RenderOptions o;
        o.theme = Theme::Dark;
        o.company = QStringLiteral("Acme <Research>");
        const QString html = QString::fromUtf8(render(m_run.document, OutputFormat::Html, o));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("data-theme=\"dark\"")));
        QVERIFY(html.contains(QStringLiteral("Acme &lt;Research&gt;")));
        QCOMPARE(html.count(QStringLiteral("<svg ")), 3);
        QCOMPARE(html.count(QStringLiteral("</svg>")), 3);
        QVERIFY(html.contains(QStringLiteral("@media print")));
        // Nothing is fetched from outside.
        QVERIFY(!html.contains(QStringLiteral("src=\"http")));
        QVERIFY(!html.contains(QStringLiteral("<link")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        // 1,500 points per curve are decimated to the plot's width.
        const auto polyline =
            QRegularExpression(QStringLiteral("<polyline class=\"l-s0\"[^>]*points=\"([^\"]*)\""))
                .match(html);
        QVERIFY(polyline.hasMatch());
        QVERIFY(polyline.captured(1).count(QLatin1Char(' ')) < 1500);
        QVERIFY(html.contains(QString::fromStdString(m_run.document.fingerprint.sha256)));
        QFile out(test::outputDir(QStringLiteral("report")) + QStringLiteral("/synthetic-backtest.html"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(html.toUtf8());
    }

    void markdownTablesAndStamp()
    {
        const QString md = QString::fromUtf8(render(m_run.document, OutputFormat::Markdown));
        QVERIFY(md.startsWith(QStringLiteral("# Backtest report\n")));
        QVERIFY(md.contains(QStringLiteral("| Symbol | Entry | Exit |")));
        QVERIFY(md.contains(QStringLiteral("## Methodology")));
        auto stamp = ReportFile::readStamp(md.toUtf8(), "report.md");
        QVERIFY(stamp.ok());
        QCOMPARE(stamp->sha256, m_run.document.fingerprint.sha256);
    }

    void csvOneFilePerTableOrOneTable()
    {
        QTemporaryDir dir;
        auto all =
            ReportRenderer::write(m_run.document, OutputFormat::Csv, dir.filePath(QStringLiteral("csv")), {});
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 5);
        QFile trades(dir.filePath(QStringLiteral("csv/trades.csv")));
        QVERIFY(trades.open(QIODevice::ReadOnly));
        QCOMPARE(trades.readAll().count("\r\n"), qsizetype(m_run.report.result.trades.size() + 1));
        auto one = ReportRenderer::write(m_run.document, OutputFormat::Csv,
                                         dir.filePath(QStringLiteral("k.csv")), {}, "kpis");
        QVERIFY(one.ok());
        auto unknown = ReportRenderer::write(m_run.document, OutputFormat::Csv,
                                             dir.filePath(QStringLiteral("x.csv")), {}, "nope");
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.find("trades") != std::string::npos); // lists the tables there are
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.csv"))));
    }

    // A CSV folder is all of its tables or none of the files this write made:
    // here the last table's file cannot be written (a folder has its name).
    void csvFolderFailingMidwayTakesBackWhatItWrote()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("csv"));
        const std::vector<const Table *> tables = m_run.document.tables();
        QVERIFY(tables.size() >= 2);
        const QString blocked =
            QString::fromStdString(TableExport::safeName(tables.back()->id)) + QStringLiteral(".csv");
        QVERIFY(QDir().mkpath(folder + QLatin1Char('/') + blocked));
        QFile keep(folder + QStringLiteral("/notes.txt")); // someone else's file in the folder stays
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("mine");
        keep.close();
        auto w = ReportRenderer::write(m_run.document, OutputFormat::Csv, folder, {});
        QVERIFY(!w.ok());
        QVERIFY2(w.error().toString().find(blocked.toStdString()) != std::string::npos,
                 w.error().toString().c_str());
        QStringList left =
            QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
        QStringList expected{blocked, QStringLiteral("notes.txt")};
        left.sort();
        expected.sort();
        QCOMPARE(left, expected);
    }

    // Every format: an unwritable path is an error naming it, and no file appears.
    void unwritablePathIsRefusedInEveryFormat()
    {
        QTemporaryDir dir;
        for (OutputFormat f : {OutputFormat::Pdf, OutputFormat::Html, OutputFormat::Markdown,
                               OutputFormat::Xlsx, OutputFormat::Json}) {
            const QString path =
                dir.filePath(QStringLiteral("missing-folder/r.") + ReportRenderer::extension(f));
            auto w = ReportRenderer::write(m_run.document, f, path, {});
            QVERIFY(!w.ok());
            QVERIFY2(w.error().toString().find("missing-folder/r.") != std::string::npos,
                     w.error().toString().c_str());
            QVERIFY(!QFile::exists(path));
        }
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
        auto unknown = ReportRenderer::formatFromName(QStringLiteral("docx"));
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().message.find("docx") != std::string::npos, unknown.error().message.c_str());
    }

    void cancellingStopsAndWritesNothing()
    {
        std::atomic<bool> cancel{true};
        RenderOptions o;
        o.cancel = &cancel;
        QTemporaryDir dir;
        for (OutputFormat f :
             {OutputFormat::Pdf, OutputFormat::Html, OutputFormat::Markdown, OutputFormat::Xlsx}) {
            const QString path = dir.filePath(QStringLiteral("r.") + ReportRenderer::extension(f));
            auto w = ReportRenderer::write(m_run.document, f, path, o);
            QVERIFY(!w.ok());
            QCOMPARE(w.error().code, ErrorCode::Cancelled);
            QVERIFY(!QFile::exists(path));
        }
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void progressReachesTheEnd()
    {
        RenderOptions o;
        int last = 0;
        int total = 0;
        o.progress = [&](int done, int of) {
            QVERIFY(done >= last);
            last = done;
            total = of;
        };
        QVERIFY(!render(m_run.document, OutputFormat::Pdf, o).isEmpty());
        QVERIFY(total > 0);
        QCOMPARE(last, total);
    }

    void sheetNamesAreValidAndUnique()
    {
        std::vector<std::string> taken;
        QCOMPARE(XlsxRenderer::sheetName("Report", taken), std::string("Report"));
        QCOMPARE(XlsxRenderer::sheetName("report", taken), std::string("report 2"));
        const std::string longName =
            XlsxRenderer::sheetName("Open positions at the end [valued at the last close]", taken);
        QVERIFY(longName.size() <= 31);
        QVERIFY(longName.find('[') == std::string::npos);
    }

    void noTradesSaysSoPlainly()
    {
        // A slow average longer than the trend leaves no crossover: 60 bars, 10/50.
        const test::SyntheticBacktest quiet = test::syntheticBacktest(60, 3, 10, 55);
        const QString md = QString::fromUtf8(render(quiet.document, OutputFormat::Markdown));
        if (quiet.report.result.trades.empty())
            QVERIFY(md.contains(QStringLiteral("closed no trades")));
        QVERIFY(md.contains(QStringLiteral("n/a")));
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestReportRender test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_report_render.moc"
