#include "core/report/ReportFile.h"
#include "core/report/ReportSettings.h"
#include "core/storage/Database.h"
#include "core/workspace/LedgerService.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/SettingsService.h"
#include "core/workspace/Workspace.h"
#include "tests/testutils/CliRunner.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/backtest/BacktestLabView.h"
#include "ui/backtest/OptimisationPanel.h"
#include "ui/backtest/StrategyForm.h"
#include "ui/backtest/WalkForwardPanel.h"
#include "ui/portfolio/PortfolioView.h"
#include "ui/report/ReportRenderer.h"
#include "ui/reportexport/ReportActions.h"
#include "ui/reportexport/ReportExportDialog.h"
#include "ui/risk/RiskView.h"
#include "ui/shell/Area.h"
#include "ui/shell/JobTracker.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QPrintDialog>
#include <QPrinter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <map>

using namespace sn;
using namespace sn::ui;

// File > Export report... and File > Print... in the main window: every
// area that has a report (Portfolio, Risk, the Backtest lab's three tabs,
// Advisor) builds it in the background and opens the export dialog, which
// writes a non-empty file in each format; areas with nothing to report
// disable both entries and say why; the print path paints the pages on the
// printer the print dialog hands back; Preferences' company name reaches the
// headers; menu shortcuts stay unique.
class TestReportActions : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_ws; // after m_db: destroyed before it
    QString m_dbUrl;

    // `supernova-cli report verify` on a report the desktop wrote: the stamp's
    // recipe rebuilds it from the same database and the fingerprint matches.
    void verifiedByTheCli(const QString &file)
    {
        const test::CliRun r = test::runCli(
            QStringLiteral(SUPERNOVA_CLI_BINARY),
            {QStringLiteral("--db"), m_dbUrl, QStringLiteral("report"), QStringLiteral("verify"), file},
            m_dir.filePath(QStringLiteral("home")));
        QString recipe;
        if (auto stamp = report::ReportFile::readStamp(file))
            for (const std::string &a : stamp->recipe)
                recipe += QStringLiteral(" '") + QString::fromStdString(a) + QLatin1Char('\'');
        QVERIFY2(
            r.code == 0 && r.out.contains(QStringLiteral("matches")),
            qPrintable(file + QStringLiteral(" (recipe") + recipe + QStringLiteral("): ") + r.out + r.err));
    }

    template <typename T> static T *area(MainWindow &w)
    {
        for (Area *a : w.areas())
            if (auto *t = qobject_cast<T *>(a))
                return t;
        return nullptr;
    }

    // Triggers Export report..., checks the build runs as a job (the GUI
    // thread is not waiting for it), and returns the dialog it opens.
    static ReportExportDialog *openExport(MainWindow &w)
    {
        ReportActions *actions = w.reportActions();
        QSignalSpy opened(actions, &ReportActions::dialogOpened);
        if (!actions->exportAction()->isEnabled()) {
            qWarning("export disabled: %s", qPrintable(actions->exportAction()->toolTip()));
            return nullptr;
        }
        actions->exportAction()->trigger();
        // trigger() returned before the document exists: it is a job's work.
        if (opened.isEmpty() && !actions->job())
            return nullptr;
        if (opened.isEmpty() && !opened.wait(120000))
            return nullptr;
        return opened.first().first().value<ReportExportDialog *>();
    }

    // Saves the dialog's report in every format; each file is there, whole and not empty.
    void saveEveryFormat(ReportExportDialog *dialog, const QString &stem, bool hasCharts)
    {
        using report::OutputFormat;
        for (OutputFormat f : {OutputFormat::Pdf, OutputFormat::Html, OutputFormat::Markdown,
                               OutputFormat::Xlsx, OutputFormat::Json, OutputFormat::Csv}) {
            dialog->setFormat(f);
            const QString path =
                f == OutputFormat::Csv
                    ? m_dir.filePath(stem + QStringLiteral("-csv"))
                    : m_dir.filePath(stem + QLatin1Char('.') + report::ReportRenderer::extension(f));
            QSignalSpy saved(dialog, &ReportExportDialog::saved);
            QSignalSpy failed(dialog, &ReportExportDialog::failed);
            dialog->saveTo(path);
            QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() || !failed.isEmpty(), 120000);
            if (!failed.isEmpty())
                QFAIL(qPrintable(stem + QStringLiteral(": ") + failed.first().first().toString()));
            const QStringList files = saved.first().first().toStringList();
            QVERIFY(!files.isEmpty());
            for (const QString &file : files) {
                QFile in(file);
                QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(file));
                const QByteArray bytes = in.readAll();
                QVERIFY2(!bytes.isEmpty(), qPrintable(file));
                switch (f) {
                case OutputFormat::Pdf:
                    QVERIFY(bytes.startsWith("%PDF") && bytes.trimmed().endsWith("%%EOF"));
                    break;
                case OutputFormat::Html:
                    QVERIFY(bytes.contains("</html>"));
                    QVERIFY(bytes.contains("supernova-report-stamp"));
                    if (hasCharts)
                        QVERIFY2(bytes.contains("<svg"), qPrintable(file));
                    break;
                case OutputFormat::Xlsx:
                    QVERIFY(bytes.startsWith("PK"));
                    break;
                case OutputFormat::Json:
                    QVERIFY(bytes.startsWith("{"));
                    break;
                default:
                    break;
                }
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<ReportExportDialog *>();
        QVERIFY(m_dir.isValid());
        m_dbUrl = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("reports.sqlite"));
        auto db = Database::open(m_dbUrl);
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().toString().c_str());
        m_db = std::move(db).value();
        m_ws = std::make_unique<Workspace>(*m_db);
        QVERIFY(m_db->migrate().ok());
        auto seeded = SampleData(*m_db).load();
        QVERIFY2(seeded.ok(), seeded.ok() ? "" : seeded.error().toString().c_str());
    }

    // Every shortcut in the menus has one owner at a time (the shown area's
    // edit actions are the only ones visible); tst_shortcuts checks every
    // action of the window, widget-scoped ones included.
    void menuShortcutsAreUnique()
    {
        JobTracker jobs;
        MainWindow w(*m_ws, jobs);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (Area *a : w.areas()) {
            w.showArea(a->areaId());
            std::map<QString, QStringList> owners;
            std::function<void(QMenu *)> walk = [&](QMenu *menu) {
                for (QAction *action : menu->actions()) {
                    if (action->menu())
                        walk(action->menu());
                    if (!action->isVisible())
                        continue;
                    for (const QKeySequence &key : action->shortcuts())
                        owners[key.toString()].append(action->text());
                }
            };
            for (QAction *top : w.menuBar()->actions())
                if (top->menu())
                    walk(top->menu());
            for (const auto &[key, names] : owners) {
                QVERIFY2(names.size() == 1,
                         qPrintable(a->areaId() + QStringLiteral(": ") + key +
                                    QStringLiteral(" is taken by ") + names.join(QStringLiteral(", "))));
            }
            QCOMPARE(owners[QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E).toString()].size(), 1);
            QCOMPARE(owners[QKeySequence(QKeySequence::Print).toString()].size(), 1);
        }
        jobs.waitForAll();
    }

    // Nothing to report: both entries disabled, the tooltip says why.
    void disabledWithAReasonWhenThereIsNothingToReport()
    {
        auto empty = LedgerService(*m_ws).createPortfolio(QStringLiteral("Empty"), QStringLiteral("USD"));
        QVERIFY(empty.ok());
        JobTracker jobs;
        MainWindow w(*m_ws, jobs);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction *exportAction = w.reportActions()->exportAction();
        QAction *printAction = w.reportActions()->printAction();

        w.showArea(QStringLiteral("dashboard"));
        QVERIFY(!exportAction->isEnabled());
        QVERIFY(!printAction->isEnabled());
        QVERIFY(exportAction->toolTip().contains(QStringLiteral("no report")));

        auto *portfolio = area<PortfolioView>(w);
        w.showArea(portfolio->areaId());
        QTRY_COMPARE_WITH_TIMEOUT(jobs.runningCount(), 0, 30000);
        QSignalSpy loaded(portfolio, &PortfolioView::snapshotLoaded);
        QVERIFY(portfolio->selectPortfolio(QStringLiteral("Empty")));
        QTRY_COMPARE_WITH_TIMEOUT(portfolio->currentPortfolio(), QStringLiteral("Empty"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!exportAction->isEnabled(), 30000);
        QVERIFY2(exportAction->toolTip().contains(QStringLiteral("no transactions")),
                 qPrintable(exportAction->toolTip()));
        QCOMPARE(printAction->toolTip(), exportAction->toolTip());

        auto *lab = area<BacktestLabView>(w);
        w.showArea(lab->areaId());
        QVERIFY(!exportAction->isEnabled());
        QVERIFY2(exportAction->toolTip().contains(QStringLiteral("run one first")),
                 qPrintable(exportAction->toolTip()));
        lab->tabs()->setCurrentIndex(BacktestLabView::OptimisationTab);
        QVERIFY2(exportAction->toolTip().contains(QStringLiteral("sweep")),
                 qPrintable(exportAction->toolTip()));

        w.showArea(QStringLiteral("advisor"));
        QVERIFY(!exportAction->isEnabled());
        QVERIFY2(exportAction->toolTip().contains(QStringLiteral("conversation")),
                 qPrintable(exportAction->toolTip()));
        jobs.waitForAll();
        QVERIFY(LedgerService(*m_ws).removePortfolio(*empty).ok());
    }

    void portfolioAndRiskExportEveryFormat()
    {
        // Preferences' company name reaches the headers of what the desktop exports.
        QVERIFY(SettingsService(*m_ws)
                    .set(QLatin1String(report::kCompanySetting), QStringLiteral("Acme Research"))
                    .ok());
        JobTracker jobs;
        MainWindow w(*m_ws, jobs);
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        auto *portfolio = area<PortfolioView>(w);
        w.showArea(portfolio->areaId());
        QTRY_VERIFY_WITH_TIMEOUT(w.reportActions()->exportAction()->isEnabled(), 60000);
        QCOMPARE(portfolio->currentPortfolio(), QString::fromLatin1(SampleData::kPortfolioName));
        ReportExportDialog *dialog = openExport(w);
        QVERIFY(dialog);
        QCOMPARE(dialog->options().company, QStringLiteral("Acme Research"));
        saveEveryFormat(dialog, QStringLiteral("portfolio"), true);
        {
            QFile html(m_dir.filePath(QStringLiteral("portfolio.html")));
            QVERIFY(html.open(QIODevice::ReadOnly));
            QVERIFY(html.readAll().contains("Acme Research"));
        }
        verifiedByTheCli(m_dir.filePath(QStringLiteral("portfolio.html")));
        verifiedByTheCli(m_dir.filePath(QStringLiteral("portfolio.xlsx")));
        dialog->close();

        auto *risk = area<RiskView>(w);
        w.showArea(risk->areaId());
        QTRY_VERIFY_WITH_TIMEOUT(
            risk->riskReport().has_value() && w.reportActions()->exportAction()->isEnabled(), 120000);
        dialog = openExport(w);
        QVERIFY(dialog);
        saveEveryFormat(dialog, QStringLiteral("risk"), true);
        dialog->close();
        verifiedByTheCli(m_dir.filePath(QStringLiteral("risk.json")));
        jobs.waitForAll();
        QVERIFY(SettingsService(*m_ws).remove(QLatin1String(report::kCompanySetting)).ok());
    }

    void backtestLabExportsItsThreeResults()
    {
        JobTracker jobs;
        MainWindow w(*m_ws, jobs);
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *lab = area<BacktestLabView>(w);
        w.showArea(lab->areaId());
        QTRY_COMPARE_WITH_TIMEOUT(jobs.runningCount(), 0, 30000);
        lab->form()->setStrategy(QStringLiteral("sma_cross"));
        lab->form()->setSymbol(QStringLiteral("^GSPC"));

        QSignalSpy ran(lab, &BacktestLabView::runFinished);
        lab->run();
        QVERIFY(ran.wait(60000));
        QVERIFY(w.reportActions()->exportAction()->isEnabled());
        ReportExportDialog *dialog = openExport(w);
        QVERIFY(dialog);
        saveEveryFormat(dialog, QStringLiteral("backtest"), true);
        dialog->close();
        verifiedByTheCli(m_dir.filePath(QStringLiteral("backtest.pdf")));

        lab->optimisation()->setRange(QStringLiteral("fast"), 5, 50, 5, false);
        lab->optimisation()->setRange(QStringLiteral("slow"), 20, 200, 20, true);
        lab->tabs()->setCurrentIndex(BacktestLabView::OptimisationTab);
        QVERIFY(!w.reportActions()->exportAction()->isEnabled()); // no sweep yet
        QSignalSpy swept(lab, &BacktestLabView::sweepFinished);
        lab->runSweep();
        QVERIFY(swept.wait(120000));
        QVERIFY(w.reportActions()->exportAction()->isEnabled());
        dialog = openExport(w);
        QVERIFY(dialog);
        saveEveryFormat(dialog, QStringLiteral("optimisation"), true);
        dialog->close();
        verifiedByTheCli(m_dir.filePath(QStringLiteral("optimisation.html")));

        lab->tabs()->setCurrentIndex(BacktestLabView::WalkForwardTab);
        lab->walkForward()->setWindows(756, 252, false);
        QSignalSpy walked(lab, &BacktestLabView::walkForwardFinished);
        lab->runWalkForward();
        QVERIFY(walked.wait(120000));
        dialog = openExport(w);
        QVERIFY(dialog);
        saveEveryFormat(dialog, QStringLiteral("walkforward"), true);
        dialog->close();
        verifiedByTheCli(m_dir.filePath(QStringLiteral("walkforward.md")));
        jobs.waitForAll();
    }

    void advisorExportsTheConversationShown()
    {
        JobTracker jobs;
        MainWindow w(*m_ws, jobs);
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *advisor = area<AdvisorView>(w);
        w.showArea(advisor->areaId());
        QTRY_COMPARE_WITH_TIMEOUT(jobs.runningCount(), 0, 30000);
        QSignalSpy answered(advisor, &AdvisorView::answerFinished);
        advisor->ask(QStringLiteral("What is my portfolio's 95% VaR?"));
        QVERIFY(answered.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(w.reportActions()->exportAction()->isEnabled(), 10000);
        ReportExportDialog *dialog = openExport(w);
        QVERIFY(dialog);
        saveEveryFormat(dialog, QStringLiteral("conversation"), false);
        QFile md(m_dir.filePath(QStringLiteral("conversation.md")));
        QVERIFY(md.open(QIODevice::ReadOnly));
        QVERIFY(md.readAll().contains("95% VaR"));
        dialog->close();
        verifiedByTheCli(m_dir.filePath(QStringLiteral("conversation.md")));
        jobs.waitForAll();
    }

    // File > Print...: the print dialog's printer gets the report's pages.
    void printPaintsThePagesOnThePrinter()
    {
        JobTracker jobs;
        MainWindow w(*m_ws, jobs);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showArea(QStringLiteral("portfolio"));
        QTRY_VERIFY_WITH_TIMEOUT(w.reportActions()->printAction()->isEnabled(), 60000);
        const QString pdf = m_dir.filePath(QStringLiteral("printed.pdf"));
        bool sawDialog = false;
        // The print dialog is modal: answer it as a user would, printing to a file.
        auto *answer = new QTimer(this);
        connect(answer, &QTimer::timeout, this, [&]() {
            if (auto *dialog = qobject_cast<QPrintDialog *>(QApplication::activeModalWidget())) {
                sawDialog = true;
                dialog->printer()->setOutputFormat(QPrinter::PdfFormat);
                dialog->printer()->setOutputFileName(pdf);
                // QDialog's accept, not the print dialog's: that one would copy
                // its own form (no printer here, no file name) over ours.
                static_cast<QDialog *>(dialog)->QDialog::accept();
                answer->stop();
            }
        });
        answer->start(50);
        QSignalSpy printed(w.reportActions(), &ReportActions::printed);
        w.reportActions()->printAction()->trigger();
        QVERIFY(printed.wait(120000));
        answer->deleteLater();
        QVERIFY(sawDialog);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.count("/Type /Page\n") >= 2);
        jobs.waitForAll();
    }
};

QTEST_MAIN(TestReportActions)
#include "tst_report_actions.moc"
