#include "core/common/Time.h"
#include "core/storage/BacktestRunRepository.h"
#include "core/storage/Database.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/Workspace.h"
#include "tests/testutils/TestPaths.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/backtest/BacktestLabView.h"
#include "ui/backtest/StrategyForm.h"
#include "ui/charts/ChartsView.h"
#include "ui/charts/PriceChartView.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/market/BarTableModel.h"
#include "ui/market/InstrumentTableModel.h"
#include "ui/market/MarketDataView.h"
#include "ui/risk/RiskView.h"
#include "ui/settings/Language.h"
#include "ui/shell/Area.h"
#include "ui/shell/Formats.h"
#include "ui/shell/JobTracker.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;
using namespace sn::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_ws; // after m_db: destroyed before it

    MarketDataView *marketView(MainWindow &w)
    {
        for (Area *a : w.areas())
            if (auto *m = qobject_cast<MarketDataView *>(a))
                return m;
        return nullptr;
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto db = Database::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("ui.sqlite")));
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().toString().c_str());
        m_db = std::move(db).value();
        m_ws = std::make_unique<Workspace>(*m_db);
        QVERIFY(m_db->migrate().ok());
        auto seeded = SampleData(*m_db).load();
        QVERIFY2(seeded.ok(), seeded.ok() ? "" : seeded.error().toString().c_str());
    }

    void showsMarketAreaWithSampleInstruments()
    {
        JobTracker jobs;
        MainWindow w(*m_ws, jobs);
        MarketDataView *market = marketView(w);
        QVERIFY(market);
        QAbstractItemModelTester instrumentTester(market->instrumentModel(),
                                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester barTester(market->barModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(market, &MarketDataView::instrumentsLoaded);
        QSignalSpy bars(market, &MarketDataView::barsLoaded);
        w.showArea(QStringLiteral("market"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // The load may already have finished while the window was being exposed.
        QVERIFY(loaded.count() > 0 || loaded.wait(5000));
        // AAPL daily and monthly, AMZN, GOOG, IBM, MSFT monthly, ^GSPC daily.
        QCOMPARE(market->instrumentModel()->rowCount(), 7);
        QVERIFY(market->selectInstrument(QStringLiteral("AAPL"), QStringLiteral("1d")));
        QVERIFY(bars.wait(5000) || market->barModel()->rowCount() == 1260);
        QTRY_COMPARE_WITH_TIMEOUT(market->barModel()->rowCount(), 1260, 5000);
        QCOMPARE(market->barModel()->index(0, BarTableModel::Time).data().toString(),
                 Formats::date(toTimestamp(CivilDate{2013, 5, 13})));
        QVERIFY(market->statusText().contains(QStringLiteral("Apple Inc.")));
        QVERIFY(w.windowTitle().contains(QStringLiteral("SuperNova")));
        QVERIFY(w.statusBar()->findChildren<QLabel *>().size() > 0);

        const QString png = test::outputDir(QStringLiteral("ui")) + QStringLiteral("/main-window-market.png");
        QVERIFY(w.grab().save(png));
        jobs.waitForAll();
    }

    void navigationByKeyboard()
    {
        JobTracker jobs;
        MainWindow w(*m_ws, jobs);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *nav = w.findChild<QListWidget *>();
        QVERIFY(nav);
        QCOMPARE(nav->count(), w.areas().size());
        QCOMPARE(w.areas().front()->areaId(), QStringLiteral("dashboard"));
        QVERIFY(w.areas().size() <= 9);
        // Ctrl+1..N in the navigation's order.
        for (int i = static_cast<int>(w.areas().size()) - 1; i >= 0; --i) {
            QTest::keyClick(&w, static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(w.currentArea(), w.areas().at(i));
            QCOMPARE(nav->currentRow(), i);
        }
        QStringList ids;
        for (Area *a : w.areas())
            ids << a->areaId();
        QCOMPARE(ids, (QStringList{
                          QStringLiteral("dashboard"), QStringLiteral("market"), QStringLiteral("charts"),
                          QStringLiteral("portfolio"), QStringLiteral("risk"), QStringLiteral("backtest"),
                          QStringLiteral("advisor"), QStringLiteral("watchlists"), QStringLiteral("team")}));
        jobs.waitForAll();
    }

    void rejectedImportNamesLineAndFieldAndWritesNothing()
    {
        JobTracker jobs;
        MainWindow w(*m_ws, jobs);
        MarketDataView *market = marketView(w);
        QSignalSpy loaded(market, &MarketDataView::instrumentsLoaded);
        QVERIFY(loaded.wait(5000));
        const int before = market->instrumentModel()->rowCount();
        const QString bad =
            writeFile(QStringLiteral("badprices.csv"), "Date,Open,High,Low,Close,Adj Close,Volume\n"
                                                       "2020-01-01,1,2,0.5,1.5,1.5,100\n"
                                                       "2020-01-02,1,2,0.5,abc,1.5,100\n");
        QSignalSpy finished(market, &MarketDataView::importFinished);
        market->importFile(bad);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        const QString message = finished.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("badprices.csv:3")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("close")), qPrintable(message));
        market->refresh();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(market->instrumentModel()->rowCount(), before);

        // Asking for the good rows only imports the one good bar.
        finished.clear();
        market->importFile(bad, true);
        QVERIFY(finished.wait(5000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(market->instrumentModel()->rowCount(), before + 1);
        jobs.waitForAll();
    }

    // Each area of the sample workspace as a reviewer sees it, under build/test-output/ui.
    void rendersEveryArea()
    {
        JobTracker jobs;
        MainWindow w(*m_ws, jobs);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (Area *area : w.areas()) {
            w.showArea(area->areaId());
            QCOMPARE(w.currentArea(), area);
            // Background loads deliver their results through the event loop.
            QTRY_COMPARE_WITH_TIMEOUT(jobs.runningCount(), 0, 10000);
            // Layouts settle and chart scenes repaint over a few event-loop passes after a load.
            w.grab();
            QTest::qWait(100);
            const QString png =
                test::outputDir(QStringLiteral("ui")) + QStringLiteral("/area-%1.png").arg(area->areaId());
            QVERIFY(w.grab().save(png));
        }
        jobs.waitForAll();
    }

    // What crosses areas: the dashboard's quick-ask opens the advisor with the
    // question, and a trade picked in the backtest lab opens the chart with it marked.
    void areasHandOverToEachOther()
    {
        JobTracker jobs;
        MainWindow w(*m_ws, jobs);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *dashboard = w.findChild<DashboardView *>();
        auto *advisor = w.findChild<AdvisorView *>();
        auto *lab = w.findChild<BacktestLabView *>();
        auto *charts = w.findChild<ChartsView *>();
        QVERIFY(dashboard && advisor && lab && charts);

        QSignalSpy answered(advisor, &AdvisorView::answerFinished);
        QLineEdit *ask = nullptr;
        for (auto *e : dashboard->findChildren<QLineEdit *>())
            if (e->accessibleName() == QStringLiteral("Ask the advisor"))
                ask = e;
        QVERIFY(ask);
        w.showArea(QStringLiteral("dashboard"));
        QTest::keyClicks(ask, QStringLiteral("what can you do"));
        QTest::keyClick(ask, Qt::Key_Return);
        QCOMPARE(w.currentArea()->areaId(), QStringLiteral("advisor"));
        QVERIFY(answered.wait(20000));
        QVERIFY(ask->text().isEmpty());

        const qint64 entry = toTimestamp(CivilDate{2015, 3, 2}), exit = toTimestamp(CivilDate{2015, 8, 3});
        Q_EMIT lab->tradeSelectedWithPrices(QStringLiteral("AAPL"), entry, 129.25, exit, 118.44);
        QCOMPARE(w.currentArea()->areaId(), QStringLiteral("charts"));
        // At once when AAPL is already charted, else once it has loaded.
        QTRY_COMPARE_WITH_TIMEOUT(charts->chart()->tradeMarkers().size(), std::size_t(2), 15000);
        QCOMPARE(charts->currentSymbol(), QStringLiteral("AAPL"));
        const auto &markers = charts->chart()->tradeMarkers();
        QCOMPARE(markers.size(), std::size_t(2));
        QCOMPARE(markers[0].time, entry);
        QCOMPARE(markers[0].price, 129.25);
        QCOMPARE(markers[1].time, exit);
        QCOMPARE(markers[1].price, 118.44);
        QVERIFY(charts->chart()->visibleFrom() <= entry && charts->chart()->visibleTo() >= exit);
        jobs.waitForAll();
    }

    // Dashboard drill-down: a watchlist row opens its symbol in Charts, a
    // recent run opens in the Backtest lab; the empty-state row opens nothing.
    void dashboardRowsDrillDown()
    {
        BacktestRun run;
        run.name = QStringLiteral("drill-down check");
        run.strategy = QStringLiteral("sma_cross");
        run.createdAt = nowMs();
        run.results = QStringLiteral("{\"metrics\":{\"total_return\":0.05,\"sharpe\":0.5}}");
        auto runId = BacktestRunRepository(*m_db).save(run);
        QVERIFY(runId.ok());

        JobTracker jobs;
        MainWindow w(*m_ws, jobs);
        w.resize(1440, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *dashboard = w.findChild<DashboardView *>();
        auto *lab = w.findChild<BacktestLabView *>();
        auto *charts = w.findChild<ChartsView *>();
        QVERIFY(dashboard && lab && charts);
        w.showArea(QStringLiteral("dashboard"));
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->snapshot().watch.empty(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->snapshot().runs.empty(), 15000);

        QTableView *watch = dashboard->tables().at(0);
        const QModelIndex row = dashboard->watchModel()->index(0, 1); // any cell of the row
        const QString symbol = dashboard->watchModel()->index(0, 0).data().toString();
        QVERIFY(!symbol.isEmpty());
        QSignalSpy opened(dashboard, &DashboardView::symbolActivated);
        // A double-click as the window system delivers it: press, release, then the double-click.
        QTest::mouseClick(watch->viewport(), Qt::LeftButton, {}, watch->visualRect(row).center());
        QTest::mouseDClick(watch->viewport(), Qt::LeftButton, {}, watch->visualRect(row).center());
        QCOMPARE(opened.count(), 1);
        QCOMPARE(w.currentArea()->areaId(), QStringLiteral("charts"));
        QTRY_COMPARE_WITH_TIMEOUT(charts->currentSymbol(), symbol, 15000);

        w.showArea(QStringLiteral("dashboard"));
        QTableView *runs = dashboard->tables().at(2);
        int runRow = -1;
        for (int r = 0; r < dashboard->runsModel()->rowCount(); ++r)
            if (dashboard->runsModel()->item(r, 0)->text() == run.name)
                runRow = r;
        QVERIFY(runRow >= 0);
        QSignalSpy runOpened(dashboard, &DashboardView::runActivated);
        const QString statusBefore = lab->statusLabel()->text();
        const QPoint runAt = runs->visualRect(dashboard->runsModel()->index(runRow, 0)).center();
        QTest::mouseClick(runs->viewport(), Qt::LeftButton, {}, runAt);
        QTest::mouseDClick(runs->viewport(), Qt::LeftButton, {}, runAt);
        QCOMPARE(runOpened.count(), 1);
        QCOMPARE(runOpened.front().at(0).toLongLong(), *runId);
        QCOMPARE(w.currentArea()->areaId(), QStringLiteral("backtest"));
        // The lab opened that run (its status names the outcome of the reopen).
        QTRY_VERIFY_WITH_TIMEOUT(lab->statusLabel()->text() != statusBefore, 15000);
        jobs.waitForAll();
        QVERIFY(BacktestRunRepository(*m_db).remove(*runId).ok());
    }

    // Settings > Appearance > Language: German and Spanish come from the
    // bundled translations, and the window rebuilds its areas and menus in them.
    void languageSwitchRebuildsTheWindow()
    {
        JobTracker jobs;
        MainWindow w(*m_ws, jobs);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showArea(QStringLiteral("portfolio"));
        auto menuTitles = [&w]() {
            QStringList titles;
            for (QAction *a : w.menuBar()->actions())
                titles << a->text();
            return titles;
        };
        QCOMPARE(menuTitles().front(), QStringLiteral("&File"));
        for (const QString &lang : {QStringLiteral("de"), QStringLiteral("es")}) {
            QVERIFY(Language::apply(lang));
            QCoreApplication::processEvents();
            const QString file = QCoreApplication::translate("sn::ui::MainWindow", "&File");
            QVERIFY2(file != QStringLiteral("&File"), qPrintable(lang));
            QCOMPARE(menuTitles().front(), file);
            const QString dashboard = QCoreApplication::translate("sn::ui::DashboardView", "Dashboard");
            QVERIFY2(dashboard != QStringLiteral("Dashboard") || lang == QLatin1String("de"),
                     qPrintable(dashboard));
            QCOMPARE(w.areas().front()->title(), dashboard);
            QCOMPARE(w.currentArea()->areaId(), QStringLiteral("portfolio")); // the shown area stays
            QTRY_COMPARE_WITH_TIMEOUT(jobs.runningCount(), 0, 10000);
            QVERIFY(w.grab().save(test::outputDir(QStringLiteral("ui")) +
                                  QStringLiteral("/main-window-%1.png").arg(lang)));
        }
        QVERIFY(Language::apply(QStringLiteral("en")));
        QCoreApplication::processEvents();
        QCOMPARE(menuTitles().front(), QStringLiteral("&File"));
        jobs.waitForAll();
    }

    // Issue 17: a language switch rebuilds the areas but keeps the user's work
    // in each of them, and an open Preferences dialog follows the language.
    void languageSwitchKeepsTheWork()
    {
        JobTracker jobs;
        MainWindow w(*m_ws, jobs);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto area = [&w]<typename T>(T *) -> T * {
            for (Area *a : w.areas())
                if (auto *t = qobject_cast<T *>(a))
                    return t;
            return nullptr;
        };
        // Charts: a symbol other than the first.
        ChartsView *charts = area(static_cast<ChartsView *>(nullptr));
        QVERIFY(charts);
        charts->openSymbol(QStringLiteral("^GSPC"));
        QTRY_COMPARE_WITH_TIMEOUT(charts->currentSymbol(), QStringLiteral("^GSPC"), 15000);
        // ... with SMA 50 and a second SMA 200 shown, and RSI 9 set up but not shown.
        std::vector<ChartsView::IndicatorPick> picks = charts->indicatorPicks();
        auto pickOf = [&picks](const std::string &name) -> ChartsView::IndicatorPick & {
            for (auto &p : picks)
                if (p.spec.name == name)
                    return p;
            return picks.front();
        };
        QCOMPARE(pickOf("sma").spec.name, std::string("sma"));
        QCOMPARE(pickOf("rsi").spec.name, std::string("rsi"));
        pickOf("sma") = {{"sma", {{"period", 50.0}}}, true};
        pickOf("rsi") = {{"rsi", {{"period", 9.0}}}, false};
        picks.push_back({{"sma", {{"period", 200.0}}}, true});
        charts->setIndicatorPicks(picks);
        const std::vector<ChartsView::IndicatorPick> chosen = charts->indicatorPicks();
        auto shownLabels = [](ChartsView *view) {
            QStringList labels;
            for (const IndicatorSpec &s : view->chart()->indicators())
                labels << s.label();
            return labels;
        };
        const QStringList shown = shownLabels(charts);
        QCOMPARE(shown.size(), 2);
        // Backtest lab: a finished run with a changed parameter.
        BacktestLabView *lab = area(static_cast<BacktestLabView *>(nullptr));
        QVERIFY(lab);
        QTRY_VERIFY_WITH_TIMEOUT(lab->form()->symbolList()->count() > 0, 15000);
        lab->form()->setSymbol(QStringLiteral("AAPL"));
        QVERIFY(lab->form()->setParam(QStringLiteral("fast"), 12));
        QSignalSpy ran(lab, &BacktestLabView::runFinished);
        lab->run();
        QVERIFY(ran.wait(30000));
        QVERIFY(lab->lastReport());
        const double sharpe = *lab->lastReport()->metrics.sharpe;
        // Risk: VaR settings.
        RiskView *risk = area(static_cast<RiskView *>(nullptr));
        QVERIFY(risk);
        risk->varMethodBox()->setCurrentIndex(1);
        // A convention other than the stored default (the first).
        QVERIFY(risk->conventionBox()->count() > 1);
        risk->conventionBox()->setCurrentIndex(risk->conventionBox()->count() - 1);
        const QString convention = risk->conventionBox()->currentData().toString();
        risk->confidenceBox()->setValue(99.0);
        risk->horizonBox()->setValue(10);
        // Advisor: one answered question.
        AdvisorView *advisor = area(static_cast<AdvisorView *>(nullptr));
        QVERIFY(advisor);
        QSignalSpy answered(advisor, &AdvisorView::answerFinished);
        advisor->ask(QStringLiteral("What is the Sharpe ratio of AAPL?"));
        QVERIFY(answered.wait(30000));
        const qint64 conversation = advisor->currentConversation();
        QVERIFY(conversation > 0);
        const int bubbles = int(advisor->bubbles().size());
        // Preferences open on the Appearance page.
        w.showSettings();
        QDialog *settings = w.findChild<QDialog *>(QStringLiteral("SettingsDialog"));
        QVERIFY(settings);
        settings->findChild<QTabWidget *>()->setCurrentIndex(5);
        QTRY_COMPARE_WITH_TIMEOUT(jobs.runningCount(), 0, 15000);

        QVERIFY(Language::apply(QStringLiteral("de")));
        QCoreApplication::processEvents();
        QVERIFY(area(static_cast<ChartsView *>(nullptr)) != charts); // rebuilt
        charts = area(static_cast<ChartsView *>(nullptr));
        QTRY_COMPARE_WITH_TIMEOUT(charts->currentSymbol(), QStringLiteral("^GSPC"), 15000);
        // The same indicator rows, parameters and ticks, and the same lines on the chart.
        const std::vector<ChartsView::IndicatorPick> carried = charts->indicatorPicks();
        QCOMPARE(carried.size(), chosen.size());
        for (std::size_t i = 0; i < chosen.size(); ++i) {
            QCOMPARE(carried[i].spec.label(), chosen[i].spec.label());
            QCOMPARE(carried[i].shown, chosen[i].shown);
        }
        QCOMPARE(shownLabels(charts), shown);
        lab = area(static_cast<BacktestLabView *>(nullptr));
        QVERIFY(lab->lastReport());
        QCOMPARE(*lab->lastReport()->metrics.sharpe, sharpe);
        QCOMPARE(lab->form()->paramValues().front(), 12.0);
        QTRY_COMPARE_WITH_TIMEOUT(lab->form()->selectedSymbols(), QStringList{QStringLiteral("AAPL")}, 15000);
        risk = area(static_cast<RiskView *>(nullptr));
        QCOMPARE(risk->varMethodBox()->currentIndex(), 1);
        // The convention picked stays, also once the stored default has arrived.
        QTRY_COMPARE_WITH_TIMEOUT(jobs.runningCount(), 0, 15000);
        QCOMPARE(risk->conventionBox()->currentData().toString(), convention);
        QCOMPARE(QString::fromStdString(risk->convention().name), convention);
        QCOMPARE(risk->confidenceBox()->value(), 99.0);
        QCOMPARE(risk->horizonBox()->value(), 10);
        advisor = area(static_cast<AdvisorView *>(nullptr));
        QCOMPARE(advisor->currentConversation(), conversation);
        QTRY_COMPARE_WITH_TIMEOUT(int(advisor->bubbles().size()), bubbles, 15000);
        // Preferences were reopened in German, on the same page.
        QDialog *reopened = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((reopened = w.findChild<QDialog *>(QStringLiteral("SettingsDialog"))) !=
                                         nullptr &&
                                     reopened != settings && reopened->isVisible(),
                                 10000);
        QCOMPARE(reopened->windowTitle(), QCoreApplication::translate("sn::ui::SettingsDialog", "Settings"));
        QCOMPARE(reopened->findChild<QTabWidget *>()->currentIndex(), 5);
        reopened->close();
        QTRY_COMPARE_WITH_TIMEOUT(jobs.runningCount(), 0, 15000);

        QVERIFY(Language::apply(QStringLiteral("en")));
        QCoreApplication::processEvents();
        jobs.waitForAll();
    }

    void windowStatePersists()
    {
        QRect saved;
        {
            JobTracker jobs;
            MainWindow w(*m_ws, jobs);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.resize(900, 640);
            saved = w.geometry();
            w.close();
            jobs.waitForAll();
        }
        JobTracker jobs;
        MainWindow again(*m_ws, jobs);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), saved.size());
        jobs.waitForAll();
    }

    void appExplainsMissingDisplay()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SUPERNOVA_DESKTOP_BINARY), {});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("no display")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("xvfb-run")), qPrintable(err));
    }

    // --help and --version print and exit without a window, so they work on
    // a machine without a display (man pages are generated from --help).
    void helpAndVersionNeedNoDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        for (const QString &option :
             {QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("--version")}) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(SUPERNOVA_DESKTOP_BINARY), {option});
            QVERIFY(p.waitForFinished(10000));
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            const QString out = QString::fromUtf8(p.readAllStandardOutput());
            const QString err = QString::fromUtf8(p.readAllStandardError());
            QVERIFY2(p.exitCode() == 0, qPrintable(option + QStringLiteral(": ") + err));
            QVERIFY2(!err.contains(QStringLiteral("no display")), qPrintable(err));
            if (option == QStringLiteral("--version"))
                QVERIFY2(out.contains(QStringLiteral(SUPERNOVA_VERSION)), qPrintable(out));
            else
                QVERIFY2(out.contains(QStringLiteral("--db")), qPrintable(out));
        }
    }

    // --log-level sets what the log file records (the secret scan runs the
    // desktop at trace); a level that does not exist is refused by name.
    void logLevelIsCheckedAndApplied()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-log-data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-log-config")));
        const QString db = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("log-level.sqlite"));
        QProcess bad;
        bad.setProcessEnvironment(env);
        bad.start(QStringLiteral(SUPERNOVA_DESKTOP_BINARY),
                  {QStringLiteral("--db"), db, QStringLiteral("--log-level"), QStringLiteral("loud"),
                   QStringLiteral("--exit-after-show")});
        QVERIFY(bad.waitForFinished(20000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(QString::fromUtf8(bad.readAllStandardError())
                    .contains(QStringLiteral("unknown log level 'loud'")));

        QProcess traced;
        traced.setProcessEnvironment(env);
        traced.start(QStringLiteral(SUPERNOVA_DESKTOP_BINARY),
                     {QStringLiteral("--db"), db, QStringLiteral("--log-level"), QStringLiteral("debug"),
                      QStringLiteral("--exit-after-show")});
        QVERIFY(traced.waitForFinished(20000));
        QCOMPARE(traced.exitCode(), 0);
        QFile log(m_dir.filePath(QStringLiteral("xdg-log-data/SuperNova/SuperNova/logs/supernova.log")));
        QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(log.fileName()));
        QVERIFY2(log.readAll().contains("debug"), "no debug line in the log at --log-level debug");
    }

    void startsOnExplicitDatabaseOffscreen()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SUPERNOVA_DESKTOP_BINARY),
                {QStringLiteral("--db"),
                 QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("ui.sqlite")),
                 QStringLiteral("--exit-after-show")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(
            QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("main window shown after")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
