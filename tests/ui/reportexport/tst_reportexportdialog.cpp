#include "tests/report/SyntheticBacktest.h"
#include "ui/report/ReportRenderer.h"
#include "ui/reportexport/ReportExportDialog.h"

#include <QApplication>
#include <QFile>
#include <QPrinter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
