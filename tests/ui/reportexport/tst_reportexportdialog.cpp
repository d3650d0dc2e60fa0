#include "tests/report/SyntheticBacktest.h"
#include "ui/report/ReportRenderer.h"
#include "ui/reportexport/ReportExportDialog.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QPrinter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sn;

// File > Export report...: saving in the background gives the same bytes as
// the renderer, a cancelled or failed save leaves no file, and the preview /
// print path draws the PDF's pages on a QPrinter.
class TestReportExportDialog : public QObject
{
    Q_OBJECT
    test::SyntheticBacktest m_run = test::syntheticBacktest(1200);
    QTemporaryDir m_dir;

private Q_SLOTS:
    void savesWhatTheRendererWrites()
    {
        report::RenderOptions defaults;
        defaults.company = QStringLiteral("Acme Research");
        defaults.createdAt = QDateTime(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC);
        ui::ReportExportDialog dialog(m_run.document, defaults);
        dialog.show();
        QCOMPARE(dialog.options().company, QStringLiteral("Acme Research"));
        for (report::OutputFormat f :
             {report::OutputFormat::Html, report::OutputFormat::Pdf, report::OutputFormat::Xlsx}) {
            dialog.setFormat(f);
            QCOMPARE(dialog.format(), f);
            const QString path = m_dir.filePath(QStringLiteral("r.") + report::ReportRenderer::extension(f));
            QSignalSpy saved(&dialog, &ui::ReportExportDialog::saved);
            QSignalSpy progressed(&dialog, &ui::ReportExportDialog::progressed);
            dialog.saveTo(path);
            QVERIFY(dialog.isSaving());
            QVERIFY(saved.wait(30000));
            QCOMPARE(saved.first().first().toStringList(), QStringList{path});
            QVERIFY(!progressed.isEmpty());
            auto expected = report::ReportRenderer::render(m_run.document, f, dialog.options());
            QVERIFY(expected.ok());
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(file.readAll() == expected.value(), qPrintable(path));
        }
    }

    void aFailedSaveSaysWhyAndWritesNothing()
    {
        ui::ReportExportDialog dialog(m_run.document, {});
        dialog.setFormat(report::OutputFormat::Html);
        QSignalSpy failed(&dialog, &ui::ReportExportDialog::failed);
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/r.html"));
        dialog.saveTo(path);
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("no-such-folder")));
        QVERIFY(!QFile::exists(path));
    }

    void cancelLeavesNoFileOrAWholeOne()
    {
        test::SyntheticBacktest big = test::syntheticBacktest(5000);
        ui::ReportExportDialog dialog(big.document, {});
        dialog.setFormat(report::OutputFormat::Pdf);
        QSignalSpy saved(&dialog, &ui::ReportExportDialog::saved);
        QSignalSpy failed(&dialog, &ui::ReportExportDialog::failed);
        const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        dialog.saveTo(path);
        dialog.cancelSave();
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() || !failed.isEmpty(), 30000);
        // Whichever won the race, the file is either absent or complete.
        if (!failed.isEmpty()) {
            QVERIFY(!QFile::exists(path));
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.readAll().trimmed().endsWith("%%EOF"));
        }
    }

    // Issue 17: what is previewed or printed dates days as the reader writes
    // them (de: 23.03.2020, en: 3/23/2020); the files keep ISO, as the CLI writes them.
    void previewDatesFollowTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("format");
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("M/d/yyyy");
        QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("dd.MM.yyyy");
    }

    void previewDatesFollowTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, format);
        QLocale::setDefault(locale);
        const report::Document &original = m_run.document;
        const report::Document shown = ui::ReportExportDialog::forReaders(original);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        int dates = 0;
        QCOMPARE(shown.sections.size(), original.sections.size());
        for (std::size_t s = 0; s < original.sections.size(); ++s)
            for (std::size_t b = 0; b < original.sections[s].blocks.size(); ++b) {
                const auto *before = std::get_if<report::Table>(&original.sections[s].blocks[b]);
                const auto *after = std::get_if<report::Table>(&shown.sections[s].blocks[b]);
                if (!before)
                    continue;
                QVERIFY(after);
                for (std::size_t r = 0; r < before->rows.size(); ++r)
                    for (std::size_t c = 0; c < before->rows[r].size(); ++c) {
                        const report::Cell &cell = before->rows[r][c];
                        if (cell.format != report::Format::Date || cell.empty)
                            continue;
                        ++dates;
                        const QDate day =
                            QDateTime::fromMSecsSinceEpoch(qint64(cell.value), QTimeZone::utc()).date();
                        QCOMPARE(QString::fromStdString(report::cellText(after->rows[r][c])),
                                 locale.toString(day, format));
                    }
            }
        QVERIFY2(dates > 10, qPrintable(QString::number(dates)));
        const QDate asOf = QDate::fromString(QString::fromStdString(original.asOf), Qt::ISODate);
        QVERIFY(asOf.isValid());
        QCOMPARE(QString::fromStdString(shown.asOf), locale.toString(asOf, format));
    }

    void printsThePagesOnAPrinter()
    {
        ui::ReportExportDialog dialog(m_run.document, {});
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(path);
        auto painted = dialog.paintOn(printer);
        QVERIFY2(painted.ok(), painted.ok() ? "" : painted.error().toString().c_str());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY(pdf.count("/Type /Page\n") >= 4);
    }
};

QTEST_MAIN(TestReportExportDialog)
#include "tst_reportexportdialog.moc"
