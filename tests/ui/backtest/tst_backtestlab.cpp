#include "app/cli/BacktestInputs.h"
#include "app/cli/BacktestOutput.h"
#include "core/backtest/Backtester.h"
#include "core/backtest/Metrics.h"
#include "core/backtest/Optimizer.h"
#include "core/backtest/WalkForward.h"
#include "core/storage/BacktestRunRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsRepository.h"
#include "core/workspace/MarketData.h"
#include "core/workspace/PortfolioService.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/Workspace.h"
#include "tests/testutils/TestPaths.h"
#include "ui/backtest/BacktestLabView.h"
#include "ui/backtest/HeatmapWidget.h"
#include "ui/backtest/LabData.h"
#include "ui/backtest/OptimisationPanel.h"
#include "ui/backtest/ResultsPanel.h"
#include "ui/backtest/RunCodec.h"
#include "ui/backtest/RunHistoryPanel.h"
#include "ui/backtest/StrategyForm.h"
#include "ui/backtest/TradeTableModel.h"
#include "ui/backtest/WalkForwardPanel.h"
#include "ui/shell/JobTracker.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cmath>

using namespace sn;
using namespace sn::ui;

namespace {

// Types into a spin box as a user would: select all, type, no Enter.
void typeInto(QWidget *editor, const QString &text)
{
    auto *box = qobject_cast<QAbstractSpinBox *>(editor);
    QVERIFY(box);
    auto *line = box->findChild<QLineEdit *>();
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Backspace);
    QTest::keyClicks(line, text);
}

// Records the longest gap between the ticks of a 1 ms timer on the GUI thread.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double longestMs() const { return double(m_longest) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

} // namespace

// The backtest lab on the real sample database: every number it shows is
// checked against the core engine called directly with the same inputs.
class TestBacktestLab : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_ws; // after m_db: destroyed before it
    BarSeries m_gspc;

    void prepare(BacktestLabView &view)
    {
        QSignalSpy loaded(&view, &BacktestLabView::instrumentsLoaded);
        QSignalSpy history(&view, &BacktestLabView::historyLoaded);
        view.refresh();
        QVERIFY(loaded.wait(10000));
        if (history.isEmpty())
            QVERIFY(history.wait(10000));
        view.resize(1400, 860);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.form()->setStrategy(QStringLiteral("sma_cross"));
        view.form()->setSymbol(QStringLiteral("^GSPC"));
        QCOMPARE(view.form()->selectedSymbols(), QStringList{QStringLiteral("^GSPC")});
    }

    static bt::BacktestRequest smaRequest(int fast, int slow)
    {
        bt::BacktestRequest r;
        r.strategy = "sma_cross";
        r.params = {{"fast", std::to_string(fast)}, {"slow", std::to_string(slow)}};
        r.config.cash = 100000;
        r.config.costs.commission = 0.001; // the form's default 0.1 %
        return r;
    }

    void runFromForm(BacktestLabView &view, int fast, int slow)
    {
        typeInto(view.form()->paramEditor(QStringLiteral("fast")), QString::number(fast));
        typeInto(view.form()->paramEditor(QStringLiteral("slow")), QString::number(slow));
        QVERIFY2(view.form()->isValid(), qPrintable(view.form()->problem()));
        QVERIFY(view.runButton()->isEnabled());
        QSignalSpy finished(&view, &BacktestLabView::runFinished);
        QTest::mouseClick(view.runButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto db = Database::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("lab.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_ws = std::make_unique<Workspace>(*m_db);
        QVERIFY(m_db->migrate().ok());
        QVERIFY(SampleData(*m_db).load().ok());
        auto bars = MarketData(*m_db).bars(QStringLiteral("^GSPC"), QStringLiteral("1d"));
        QVERIFY(bars.ok());
        m_gspc = std::move(bars).value();
        QVERIFY(m_gspc.size() > 5000);
    }

    void curvesKeepExtremesAndMonthsCompound()
    {
        std::vector<TimestampMs> t;
        std::vector<double> v;
        for (int i = 0; i < 10000; ++i) {
            t.push_back(TimestampMs(i) * kMsPerDay);
            v.push_back(std::sin(i * 0.01) * 100 + (i == 4321 ? 900 : 0) - (i == 777 ? 500 : 0));
        }
        const QList<QPointF> d = decimateMinMax(t, v, 300);
        QVERIFY(d.size() <= 600);
        double lo = 1e300, hi = -1e300;
        for (const QPointF &p : d) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
        QCOMPARE(hi, *std::max_element(v.begin(), v.end()));
        QCOMPARE(lo, *std::min_element(v.begin(), v.end()));
        for (qsizetype i = 1; i < d.size(); ++i)
            QVERIFY(d[i].x() > d[i - 1].x());

        // Monthly returns chain back to the whole period's return.
        auto report = bt::Backtester::run(m_gspc, smaRequest(20, 50));
        QVERIFY(report.ok());
        const MonthlyReturns m =
            monthlyReturns(report->result.time, report->result.equity, report->result.initialCash);
        double growth = 1;
        int months = 0;
        for (double r : m.values)
            if (!std::isnan(r)) {
                growth *= 1 + r;
                ++months;
            }
        QVERIFY(months > 240);
        QVERIFY(std::abs(growth - report->result.equity.back() / report->result.initialCash) < 1e-9);
    }

    void savedRunsUseTheCliLayout()
    {
        // The same report through the CLI's writer (`backtest --save`) and the lab's.
        bt::BacktestRequest request = smaRequest(20, 50);
        request.config.costs.slippageBps = 5;
        request.config.sizing = {bt::SizingMode::WholeShares, 0};
        auto report = bt::Backtester::run(m_gspc, request);
        QVERIFY(report.ok());
        cli::BacktestInputs cli;
        cli.strategy = QStringLiteral("sma_cross");
        cli.params = request.params;
        cli.config = request.config;
        cli.sizingText = QStringLiteral("whole_shares");
        cli.symbols = {QStringLiteral("^GSPC")};
        cli.from = m_gspc.time.front();
        cli.to = m_gspc.time.back();
        cli.series = {m_gspc};
        cli.sourceName = QStringLiteral("sqlite:///somewhere");
        QJsonObject cliResults = cli::BacktestOutput::reportJson(*report, cli, true);
        const QJsonObject cliInputs = cliResults.take(QStringLiteral("inputs")).toObject();

        LabInputs lab;
        lab.symbols = cli.symbols;
        lab.from = cli.from;
        lab.to = cli.to;
        lab.request = request;
        lab.sizingText = cli.sizingText;
        const BacktestRun run =
            RunCodec::encode(QStringLiteral("x"), *report, lab, {&m_gspc}, cli.sourceName);
        QCOMPARE(QJsonDocument::fromJson(run.results.toUtf8()).object(), cliResults);
        QCOMPARE(QJsonDocument::fromJson(run.inputs.toUtf8()).object(), cliInputs);
        QCOMPARE(QJsonDocument::fromJson(run.params.toUtf8()).object(),
                 cliInputs.value(QStringLiteral("params")).toObject());

        // Run on adjusted prices, both write "prices": "adjusted" and the reopened run carries it.
        QCOMPARE(QJsonDocument::fromJson(run.inputs.toUtf8())
                     .object()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("prices"))
                     .toString(),
                 QStringLiteral("unadjusted"));
        cli.adjusted = true;
        lab.adjusted = true;
        QJsonObject cliAdjusted = cli::BacktestOutput::reportJson(*report, cli, true);
        const BacktestRun adjustedRun =
            RunCodec::encode(QStringLiteral("x"), *report, lab, {&m_gspc}, cli.sourceName);
        QCOMPARE(QJsonDocument::fromJson(adjustedRun.inputs.toUtf8()).object(),
                 cliAdjusted.take(QStringLiteral("inputs")).toObject());
        auto adjustedView = RunCodec::decode(adjustedRun, 800);
        QVERIFY(adjustedView.ok() && adjustedView->adjusted);

        // And back: what a reopened run shows.
        auto view = RunCodec::decode(run, 800);
        QVERIFY(view.ok() && !view->adjusted);
        QVERIFY2(view.ok(), view.ok() ? "" : view.error().toString().c_str());
        for (const QString &key : ResultsPanel::kpiKeys())
            QCOMPARE(ResultsPanel::formatKpi(key, view->metrics),
                     ResultsPanel::formatKpi(key, report->metrics));
        QCOMPARE(view->metrics.sharpe, report->metrics.sharpe);
        QCOMPARE(view->time, report->result.time);
        QCOMPARE(view->equity, report->result.equity);
        QCOMPARE(view->trades.size(), report->result.trades.size());
        QCOMPARE(view->trades[3].barsHeld,
                 qint64(report->result.trades[3].exitBar - report->result.trades[3].entryBar));
        QCOMPARE(view->params, report->params);

        BacktestRun broken = run;
        broken.id = 7;
        broken.results = QStringLiteral(
            "{\"metrics\":{},\"equity\":{\"time\":[\"2020-01-02\",\"not a date\"],\"equity\":[1,2]}}");
        auto bad = RunCodec::decode(broken, 800);
        QVERIFY(!bad.ok());
        QVERIFY2(QString::fromStdString(bad.error().toString()).contains(QStringLiteral("saved run 7 ('x')")),
                 bad.error().toString().c_str());
        QVERIFY(QString::fromStdString(bad.error().message)
                    .contains(QStringLiteral("equity time 2 is not a date")));
    }

    // Settings > Analytics reaches the lab: the metrics use the stored
    // convention and risk-free rate.
    void runsUnderTheConventionFromSettings()
    {
        SettingsRepository settings(*m_db);
        QVERIFY(settings.set(QStringLiteral("analytics.convention"), QStringLiteral("vectorbt")).ok());
        QVERIFY(settings.set(QString::fromLatin1(PortfolioService::kRiskFreeSetting), QStringLiteral("0.03"))
                    .ok());
        {
            JobTracker jobs;
            BacktestLabView view(*m_ws, jobs);
            prepare(view);
            QTRY_COMPARE_WITH_TIMEOUT(QString::fromStdString(view.convention().name),
                                      QStringLiteral("vectorbt"), 5000);
            runFromForm(view, 20, 50);
            bt::BacktestRequest request = smaRequest(20, 50);
            request.convention = Convention::vectorbt(0.03);
            auto direct = bt::Backtester::run(m_gspc, request);
            QVERIFY(direct.ok());
            QVERIFY(view.lastReport());
            QCOMPARE(view.lastReport()->metrics.sharpe, direct->metrics.sharpe);
            QCOMPARE(view.lastReport()->metrics.sortino, direct->metrics.sortino);
            auto plain = bt::Backtester::run(m_gspc, smaRequest(20, 50));
            QVERIFY(plain.ok());
            QVERIFY(plain->metrics.sharpe != direct->metrics.sharpe); // the setting changed the number
            jobs.waitForAll();
        }
        QVERIFY(settings.remove(QStringLiteral("analytics.convention")).ok());
        QVERIFY(settings.remove(QString::fromLatin1(PortfolioService::kRiskFreeSetting)).ok());
    }

    void runFromTheFormMatchesTheBacktester()
    {
        JobTracker jobs;
        BacktestLabView view(*m_ws, jobs);
        prepare(view);
        QSignalSpy picked(&view, &BacktestLabView::tradeSelected);
        QSignalSpy pickedWithPrices(&view, &BacktestLabView::tradeSelectedWithPrices);
        QElapsedTimer clock;
        clock.start();
        runFromForm(view, 20, 50);
        qInfo("form -> KPI cards: %lld ms (test build, first run reads the bars)", clock.elapsed());

        auto direct = bt::Backtester::run(m_gspc, smaRequest(20, 50));
        QVERIFY(direct.ok());
        const bt::BacktestReport *shown = view.lastReport();
        QVERIFY(shown);
        QCOMPARE(shown->metrics.finalEquity, direct->metrics.finalEquity);
        QCOMPARE(shown->metrics.totalReturn, direct->metrics.totalReturn);
        QCOMPARE(shown->metrics.sharpe, direct->metrics.sharpe);
        QCOMPARE(shown->metrics.sortino, direct->metrics.sortino);
        QCOMPARE(shown->metrics.maxDrawdown, direct->metrics.maxDrawdown);
        QCOMPARE(shown->metrics.trades, direct->metrics.trades);
        QCOMPARE(shown->result.equity.size(), direct->result.equity.size());
        for (const QString &key : ResultsPanel::kpiKeys()) {
            const QString expected = ResultsPanel::formatKpi(key, direct->metrics);
            QCOMPARE(view.results()->kpiText(key), expected);
            QVERIFY2(view.results()->kpiCard(key)->text().contains(expected), qPrintable(key));
        }
        QVERIFY(direct->metrics.trades > 20);
        QVERIFY(view.results()->kpiText(QStringLiteral("sharpe")) != QLatin1String("n/a"));
        // Tooltips carry the formula the metric was computed with.
        for (const bt::MetricExplanation &e : bt::Metrics::explain(view.convention()))
            if (e.name == "sharpe" || e.name == "cagr")
                QVERIFY2(view.results()
                             ->kpiCard(QString::fromStdString(e.name))
                             ->toolTip()
                             .contains(QString::fromStdString(e.formula).toHtmlEscaped()),
                         e.name.c_str());

        // Curves are decimated to the plot, keep the extremes and end where the run ends.
        const auto *equity = view.results()->equitySeries();
        QVERIFY(equity->count() > 100 && equity->count() <= 2 * view.results()->plotWidth());
        QCOMPARE(equity->points().back().y(), direct->result.equity.back());
        QCOMPARE(view.results()->benchmarkSeries()->points().back().y(), direct->benchmarkEquity.back());
        const HeatmapWidget *monthly = view.results()->monthlyHeatmap();
        QCOMPARE(monthly->columns(), 12);
        QCOMPARE(monthly->rows(), toCivil(m_gspc.time.back()).year - toCivil(m_gspc.time.front()).year + 1);

        // Trades table: one row per closed trade; picking one announces it.
        TradeTableModel *trades = view.results()->tradesModel();
        QAbstractItemModelTester tester(trades, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(trades->rowCount(), int(direct->result.trades.size()));
        const bt::Trade &t2 = direct->result.trades[2];
        QCOMPARE(trades->trade(2)->barsHeld, qint64(t2.exitBar - t2.entryBar));
        view.results()->tradesView()->selectRow(2);
        QCOMPARE(picked.count(), 1);
        QCOMPARE(picked.front().at(0).toString(), QStringLiteral("^GSPC"));
        QCOMPARE(picked.front().at(1).toLongLong(), t2.entryTime);
        QCOMPARE(picked.front().at(2).toLongLong(), t2.exitTime);
        QCOMPARE(pickedWithPrices.count(), 1);
        QCOMPARE(pickedWithPrices.front().at(2).toDouble(), t2.entryPrice);
        QCOMPARE(pickedWithPrices.front().at(4).toDouble(), t2.exitPrice);

        QVERIFY(view.grab().save(test::outputDir(QStringLiteral("ui")) +
                                 QStringLiteral("/backtestlab-results.png")));
        jobs.waitForAll();
    }

    void momentumRotationRunsOnSeveralSymbols()
    {
        JobTracker jobs;
        BacktestLabView view(*m_ws, jobs);
        prepare(view);
        view.form()->setStrategy(QStringLiteral("momentum_rotation"));
        QListWidget *symbols = view.form()->symbolList();
        QCOMPARE(symbols->selectionMode(), QAbstractItemView::MultiSelection);
        symbols->clearSelection();
        QVERIFY(!view.runButton()->isEnabled());
        QStringList picked;
        for (int i = 0; i < symbols->count(); ++i) {
            const QString text = symbols->item(i)->text();
            if (text.startsWith(QLatin1String("AAPL")) && text.contains(QLatin1String("(1d")))
                symbols->item(i)->setSelected(true); // a daily series among monthly ones: refused
            if (text.contains(QLatin1String("(1mo")) &&
                (text.startsWith(QLatin1String("IBM")) || text.startsWith(QLatin1String("MSFT")) ||
                 text.startsWith(QLatin1String("AMZN"))))
                symbols->item(i)->setSelected(true);
        }
        QVERIFY(!view.runButton()->isEnabled());
        QVERIFY2(view.form()->problem().contains(QStringLiteral("different bar intervals")),
                 qPrintable(view.form()->problem()));
        for (int i = 0; i < symbols->count(); ++i)
            if (symbols->item(i)->text().contains(QLatin1String("(1d")))
                symbols->item(i)->setSelected(false);
        QVERIFY2(view.runButton()->isEnabled(), qPrintable(view.form()->problem()));
        picked = view.form()->selectedSymbols();
        QCOMPARE(picked.size(), 3);

        QSignalSpy finished(&view, &BacktestLabView::runFinished);
        QTest::mouseClick(view.runButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));

        // The same through the engine: the form's date range is the series' overlap.
        auto in = view.form()->inputs();
        QVERIFY(in.ok());
        std::vector<BarSeries> series;
        for (const QString &s : picked) {
            auto bars = MarketData(*m_db).bars(s, QStringLiteral("1mo"));
            QVERIFY(bars.ok());
            series.push_back(bars->slice(*in->from, *in->to));
        }
        std::vector<const BarSeries *> assets;
        for (const BarSeries &s : series)
            assets.push_back(&s);
        auto direct = bt::Backtester::runMulti(assets, in->request);
        QVERIFY2(direct.ok(), direct.ok() ? "" : direct.error().toString().c_str());
        QCOMPARE(view.lastReport()->metrics.finalEquity, direct->metrics.finalEquity);
        for (const QString &key : ResultsPanel::kpiKeys())
            QCOMPARE(view.results()->kpiText(key), ResultsPanel::formatKpi(key, direct->metrics));
        QVERIFY(direct->result.trades.size() > 3);
        QStringList traded;
        for (int r = 0; r < view.results()->tradesModel()->rowCount(); ++r)
            traded << view.results()->tradesModel()->trade(r)->symbol;
        traded.removeDuplicates();
        QVERIFY2(traded.size() >= 2, qPrintable(traded.join(QLatin1Char(','))));
        for (const QString &s : traded)
            QVERIFY(picked.contains(s));
        jobs.waitForAll();
    }

    void invalidParameterShowsAnErrorInPlaceAndDisablesRun()
    {
        JobTracker jobs;
        BacktestLabView view(*m_ws, jobs);
        prepare(view);
        QVERIFY(view.runButton()->isEnabled());
        typeInto(view.form()->paramEditor(QStringLiteral("fast")), QStringLiteral("60"));
        typeInto(view.form()->paramEditor(QStringLiteral("slow")), QStringLiteral("50"));
        QLabel *fastError = view.form()->paramError(QStringLiteral("fast"));
        QVERIFY(fastError->isVisible());
        QVERIFY2(fastError->text().contains(QStringLiteral("must be less than 'slow'")),
                 qPrintable(fastError->text()));
        QVERIFY(!view.form()->paramError(QStringLiteral("slow"))->isVisible());
        QVERIFY(!view.runButton()->isEnabled());
        QVERIFY(!view.form()->inputs().ok());
        QVERIFY(view.grab().save(test::outputDir(QStringLiteral("ui")) +
                                 QStringLiteral("/backtestlab-form-error.png")));

        // Text that is not a value yet (empty) is an error too, not the last good value.
        typeInto(view.form()->paramEditor(QStringLiteral("slow")), QString());
        QLabel *slowError = view.form()->paramError(QStringLiteral("slow"));
        QVERIFY(slowError->isVisible());
        QVERIFY2(slowError->text().contains(QStringLiteral("whole number from 2 to 5000")),
                 qPrintable(slowError->text()));
        QVERIFY(!view.runButton()->isEnabled());

        typeInto(view.form()->paramEditor(QStringLiteral("slow")), QStringLiteral("120"));
        QVERIFY(!fastError->isVisible() && !slowError->isVisible());
        QVERIFY(view.runButton()->isEnabled());
        jobs.waitForAll();
    }

    void sweepShowsTheHeatmapAndTheOptimizersBest()
    {
        JobTracker jobs;
        BacktestLabView view(*m_ws, jobs);
        prepare(view);
        view.tabs()->setCurrentIndex(BacktestLabView::OptimisationTab);
        OptimisationPanel *opt = view.optimisation();
        opt->setRange(QStringLiteral("fast"), 5, 50, 1, false);
        opt->setRange(QStringLiteral("slow"), 10, 200, 1, true);
        opt->setMetric(bt::Metric::Sharpe);
        QSignalSpy done(&view, &BacktestLabView::sweepFinished);
        QTest::mouseClick(opt->runButton(), Qt::LeftButton);
        QVERIFY2(done.wait(120000), qPrintable(opt->statusLabel()->text()));

        bt::SweepConfig sc;
        sc.strategy = "sma_cross";
        sc.grid = {{"fast", 5, 50, 1}, {"slow", 10, 200, 1}};
        sc.config = smaRequest(20, 50).config;
        sc.rankBy = bt::Metric::Sharpe;
        auto direct = bt::Optimizer::run(m_gspc, sc);
        QVERIFY(direct.ok());
        QCOMPARE(direct->table.rows(), std::size_t(7925));
        QCOMPARE(opt->heatmap()->columns(), 46);
        QCOMPARE(opt->heatmap()->rows(), 191);
        QCOMPARE(opt->heatmap()->filledCells(), 7925);
        const auto best = direct->table.row(direct->ranking.front());
        QStandardItemModel *top = opt->topModel();
        QCOMPARE(top->rowCount(), OptimisationPanel::kTopRows);
        QCOMPARE(top->item(0, 1)->text(), numberText(best[0]));
        QCOMPARE(top->item(0, 2)->text(), numberText(best[1]));
        // The best cell holds the best score.
        const double bestScore = direct->table.score[direct->ranking.front()];
        QCOMPARE(opt->heatmap()->value(int(best[1]) - 10, int(best[0]) - 5), bestScore);
        QVERIFY(opt->heatmap()
                    ->cellText(int(best[1]) - 10, int(best[0]) - 5)
                    .contains(QStringLiteral("Sharpe ratio")));
        // A combination breaking fast < slow has no cell.
        QVERIFY(std::isnan(opt->heatmap()->value(0, 45))); // slow 10, fast 50
        QVERIFY(view.grab().save(test::outputDir(QStringLiteral("ui")) +
                                 QStringLiteral("/backtestlab-optimisation.png")));

        // A click on a cell picks its combination; the top table's first row picks the winner.
        QTest::mouseClick(opt->heatmap(), Qt::LeftButton, {}, opt->heatmap()->cellRect(90, 5).center());
        QCOMPARE(opt->chosenParams(), (std::vector<double>{10, 100}));
        opt->topView()->selectRow(1);
        opt->topView()->selectRow(0);
        QCOMPARE(opt->chosenParams(), std::vector<double>(best.begin(), best.end()));

        // Apply puts the winner into the form.
        QVERIFY(opt->applyButton()->isEnabled());
        QTest::mouseClick(opt->applyButton(), Qt::LeftButton);
        QCOMPARE(view.tabs()->currentIndex(), int(BacktestLabView::ResultsTab));
        QCOMPARE(view.form()->paramValues(), std::vector<double>(best.begin(), best.end()));
        // Applying the sweep's own combination does not make the sweep stale...
        QCOMPARE(opt->heatmap()->filledCells(), 7925);
        QVERIFY(view.sweepRecord().result);
        // ...but any other input does: a heatmap over other costs would rank the wrong thing.
        auto *commission = view.form()->findChild<QDoubleSpinBox *>(QString(), Qt::FindChildrenRecursively);
        QVERIFY(commission);
        for (QDoubleSpinBox *box : view.form()->findChildren<QDoubleSpinBox *>())
            if (box->accessibleName() == QLatin1String("Commission"))
                commission = box;
        QCOMPARE(commission->accessibleName(), QStringLiteral("Commission"));
        commission->setValue(commission->value() + 0.05);
        QCOMPARE(opt->heatmap()->filledCells(), 0);
        QCOMPARE(opt->topModel()->rowCount(), 0);
        QVERIFY(!opt->applyButton()->isEnabled());
        QVERIFY(!view.sweepRecord().result);
        QVERIFY(opt->statusLabel()->text().contains(QStringLiteral("changed")));
        jobs.waitForAll();
    }

    void changingTheGridClearsTheSweep()
    {
        JobTracker jobs;
        BacktestLabView view(*m_ws, jobs);
        prepare(view);
        view.tabs()->setCurrentIndex(BacktestLabView::OptimisationTab);
        OptimisationPanel *opt = view.optimisation();
        opt->setRange(QStringLiteral("fast"), 5, 20, 5, false);
        opt->setRange(QStringLiteral("slow"), 30, 60, 10, true);
        QSignalSpy done(&view, &BacktestLabView::sweepFinished);
        QTest::mouseClick(opt->runButton(), Qt::LeftButton);
        QVERIFY(done.wait(30000));
        QCOMPARE(opt->heatmap()->filledCells(), 16);
        opt->setMetric(bt::Metric::TotalReturn);
        QCOMPARE(opt->heatmap()->filledCells(), 0);
        QVERIFY(opt->statusLabel()->text().contains(QStringLiteral("changed")));
        // Run again: the new ranking is shown.
        QTest::mouseClick(opt->runButton(), Qt::LeftButton);
        QVERIFY(done.wait(30000));
        QCOMPARE(opt->heatmap()->filledCells(), 16);
        opt->setRange(QStringLiteral("fast"), 5, 25, 5, false);
        QCOMPARE(opt->heatmap()->filledCells(), 0);
        jobs.waitForAll();
    }

    void cancellingALongSweepLeavesNoResultAndKeepsTheGuiLive()
    {
        JobTracker jobs;
        BacktestLabView view(*m_ws, jobs);
        prepare(view);
        view.tabs()->setCurrentIndex(BacktestLabView::OptimisationTab);
        OptimisationPanel *opt = view.optimisation();
        // About 1.1 million combinations: minutes of work, cancelled after a moment.
        opt->setRange(QStringLiteral("fast"), 2, 1500, 1, false);
        opt->setRange(QStringLiteral("slow"), 3, 1500, 1, true);
        QSignalSpy done(&view, &BacktestLabView::sweepFinished);
        QSignalSpy failed(&view, &BacktestLabView::failed);
        StallMeter meter;
        QTest::mouseClick(opt->runButton(), Qt::LeftButton);
        QVERIFY(view.sweepJob());
        QVERIFY(QTest::qWaitFor([&] { return view.sweepJob()->progress() > 0; }, 10000));
        QVERIFY(opt->cancelButton()->isEnabled());
        QTest::mouseClick(opt->cancelButton(), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.front().at(0).toString().contains(QStringLiteral("cancelled")),
                 qPrintable(failed.front().at(0).toString()));
        QCOMPARE(done.count(), 0);
        QCOMPARE(opt->heatmap()->filledCells(), 0);
        QCOMPARE(opt->topModel()->rowCount(), 0);
        QVERIFY(opt->runButton()->isEnabled());
        QVERIFY(!view.sweepJob());
        qInfo("longest GUI-thread gap during the cancelled sweep: %.1f ms", meter.longestMs());
        QVERIFY2(meter.longestMs() < 250, qPrintable(QString::number(meter.longestMs())));
        jobs.waitForAll();
    }

    void walkForwardHasOneRowPerWindow()
    {
        JobTracker jobs;
        BacktestLabView view(*m_ws, jobs);
        prepare(view);
        view.optimisation()->setRange(QStringLiteral("fast"), 5, 50, 5, false);
        view.optimisation()->setRange(QStringLiteral("slow"), 20, 200, 20, true);
        view.tabs()->setCurrentIndex(BacktestLabView::WalkForwardTab);
        view.walkForward()->setWindows(756, 252, false);
        QSignalSpy done(&view, &BacktestLabView::walkForwardFinished);
        QTest::mouseClick(view.walkForward()->runButton(), Qt::LeftButton);
        QVERIFY(done.wait(60000));

        bt::WalkForwardConfig wf;
        wf.sweep.strategy = "sma_cross";
        wf.sweep.grid = {{"fast", 5, 50, 5}, {"slow", 20, 200, 20}};
        wf.sweep.config = smaRequest(20, 50).config;
        auto direct = bt::WalkForward::run(m_gspc, wf);
        QVERIFY(direct.ok());
        QStandardItemModel *rows = view.walkForward()->windowsModel();
        QCOMPARE(rows->rowCount(), int(direct->windows.size()));
        QVERIFY(direct->windows.size() >= 15);
        const auto &w0 = direct->windows.front();
        QCOMPARE(rows->item(0, 3)->text(), QStringLiteral("Fast length %1, Slow length %2")
                                               .arg(numberText(w0.params[0]), numberText(w0.params[1])));
        QCOMPARE(view.walkForward()->outOfSampleSeries()->points().back().y(), direct->oosEquity.back());
        QVERIFY(view.walkForward()->hindsightSeries()->count() > 0);
        QVERIFY(view.grab().save(test::outputDir(QStringLiteral("ui")) +
                                 QStringLiteral("/backtestlab-walkforward.png")));
        jobs.waitForAll();
    }

    void savedRunsReopenRenameCompareAndDelete()
    {
        JobTracker jobs;
        BacktestLabView view(*m_ws, jobs);
        prepare(view);
        BacktestRunRepository repo(*m_db);
        const std::size_t before = repo.list()->size();

        runFromForm(view, 20, 50);
        const bt::BacktestMetrics first = view.lastReport()->metrics;
        const QString firstSharpe = view.results()->kpiText(QStringLiteral("sharpe"));
        view.saveNameEdit()->setText(QStringLiteral("SMA 20/50"));
        QSignalSpy saved(&view, &BacktestLabView::runSaved);
        QSignalSpy listed(&view, &BacktestLabView::historyLoaded);
        QTest::mouseClick(view.saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        const qint64 firstId = saved.front().at(0).toLongLong();
        QVERIFY(QTest::qWaitFor([&] { return listed.count() > 0; }, 10000));

        // Stored as the CLI stores it.
        auto stored = repo.load(firstId);
        QVERIFY(stored.ok());
        QCOMPARE(stored->name, QStringLiteral("SMA 20/50"));
        const QJsonObject results = QJsonDocument::fromJson(stored->results.toUtf8()).object();
        QCOMPARE(results.value(QStringLiteral("metrics"))
                     .toObject()
                     .value(QStringLiteral("total_return"))
                     .toDouble(),
                 first.totalReturn);
        QCOMPARE(
            QJsonDocument::fromJson(stored->params.toUtf8()).object().value(QStringLiteral("slow")).toInt(),
            50);
        QCOMPARE(QJsonDocument::fromJson(stored->inputs.toUtf8())
                     .object()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("symbol"))
                     .toString(),
                 QStringLiteral("^GSPC"));

        runFromForm(view, 10, 30);
        QVERIFY(view.results()->kpiText(QStringLiteral("sharpe")) != firstSharpe);
        view.saveNameEdit()->setText(QStringLiteral("SMA 10/30"));
        saved.clear();
        listed.clear();
        QTest::mouseClick(view.saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        const qint64 secondId = saved.front().at(0).toLongLong();
        QVERIFY(QTest::qWaitFor([&] { return listed.count() > 0; }, 10000));
        RunHistoryPanel *history = view.history();
        QCOMPARE(history->runsModel()->rowCount(), int(before + 2));

        // Reopen the first: the cards show what was saved.
        view.tabs()->setCurrentIndex(BacktestLabView::HistoryTab);
        history->selectIds({firstId});
        QSignalSpy reopened(&view, &BacktestLabView::runReopened);
        QTest::mouseClick(history->reopenButton(), Qt::LeftButton);
        QVERIFY(reopened.wait(10000));
        QCOMPARE(view.tabs()->currentIndex(), int(BacktestLabView::ResultsTab));
        for (const QString &key : ResultsPanel::kpiKeys())
            QCOMPARE(view.results()->kpiText(key), ResultsPanel::formatKpi(key, first));
        QCOMPARE(view.results()->tradesModel()->rowCount(), int(first.trades));
        QCOMPARE(view.form()->paramValues(), (std::vector<double>{20, 50}));

        // Rename in place.
        view.tabs()->setCurrentIndex(BacktestLabView::HistoryTab);
        QStandardItem *nameItem = nullptr;
        for (int r = 0; r < history->runsModel()->rowCount(); ++r)
            if (history->runsModel()->item(r, 0)->data(Qt::UserRole).toLongLong() == firstId)
                nameItem = history->runsModel()->item(r, 0);
        QVERIFY(nameItem);
        listed.clear();
        nameItem->setText(QStringLiteral("Golden cross-ish"));
        QVERIFY(listed.wait(10000));
        QCOMPARE(repo.load(firstId)->name, QStringLiteral("Golden cross-ish"));

        // Compare the two side by side.
        history->selectIds({firstId, secondId});
        QVERIFY(history->compareButton()->isEnabled());
        QSignalSpy compared(&view, &BacktestLabView::comparisonShown);
        QTest::mouseClick(history->compareButton(), Qt::LeftButton);
        QVERIFY(compared.wait(10000));
        QStandardItemModel *kpis = history->comparisonModel();
        QCOMPARE(kpis->rowCount(), 8);
        // Rows are newest first, so the selection order is (second, first).
        const auto second = bt::Backtester::run(m_gspc, smaRequest(10, 30));
        QVERIFY(second.ok());
        const bool firstLeft = kpis->horizontalHeaderItem(1)->text() == QLatin1String("Golden cross-ish");
        const bt::BacktestMetrics &left = firstLeft ? first : second->metrics;
        const bt::BacktestMetrics &right = firstLeft ? second->metrics : first;
        for (int k = 0; k < 8; ++k) {
            QCOMPARE(kpis->item(k, 1)->text(), ResultsPanel::formatKpi(ResultsPanel::kpiKeys()[k], left));
            QCOMPARE(kpis->item(k, 2)->text(), ResultsPanel::formatKpi(ResultsPanel::kpiKeys()[k], right));
        }
        QVERIFY(history->comparisonSeries(0)->count() > 100 && history->comparisonSeries(1)->count() > 100);
        QCOMPARE(history->comparisonSeries(0)->name(), kpis->horizontalHeaderItem(1)->text());
        QTest::qWait(100); // Qt Charts lays the legend out in a later event
        QVERIFY(view.grab().save(test::outputDir(QStringLiteral("ui")) +
                                 QStringLiteral("/backtestlab-history.png")));

        // Delete the second, confirming the question.
        history->selectIds({secondId});
        listed.clear();
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(history->deleteButton(), Qt::LeftButton);
        QVERIFY(listed.wait(10000));
        QCOMPARE(history->runsModel()->rowCount(), int(before + 1));
        QVERIFY(!repo.load(secondId).ok());
        jobs.waitForAll();
    }
};

QTEST_MAIN(TestBacktestLab)
#include "tst_backtestlab.moc"
