#include "core/common/Time.h"
#include "core/storage/BacktestRunRepository.h"
#include "core/storage/Database.h"
#include "core/storage/WatchlistRepository.h"
#include "core/workspace/MarketData.h"
#include "core/workspace/PortfolioService.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/Workspace.h"
#include "tests/testutils/TestPaths.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/settings/Theme.h"
#include "ui/shell/JobTracker.h"

#include <QChart>
#include <QChartView>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace sn;
using namespace sn::ui;

// The dashboard on the real sample database: every figure is checked
// against the service that computes it, and the view is rendered to a PNG.
class TestDashboard : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_ws; // after m_db: destroyed before it

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto db = Database::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("dash.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_ws = std::make_unique<Workspace>(*m_db);
        QVERIFY(m_db->migrate().ok());
        QVERIFY(SampleData(*m_db).load().ok());
    }

    void showsTheSamplePortfolioFromItsValuation()
    {
        JobTracker jobs;
        DashboardView view(*m_ws, jobs);
        QSignalSpy loaded(&view, &DashboardView::loaded);
        view.refresh();
        QVERIFY(loaded.wait(10000));
        const DashboardSnapshot &s = view.snapshot();
        QCOMPARE(s.portfolio, QString::fromLatin1(SampleData::kPortfolioName));
        QVERIFY2(s.portfolioError.isEmpty(), qPrintable(s.portfolioError));

        auto v = PortfolioService(*m_db).valuation(s.portfolio, {});
        QVERIFY(v.ok());
        QVERIFY(s.value.has_value());
        QCOMPARE(*s.value, v->value.back());
        QCOMPARE(s.valueDate, v->days.back());
        QVERIFY(std::abs(*s.sinceStart.twr - v->cumulativeReturn.back()) < 1e-12);
        const std::size_t n = v->days.size();
        const double dayFlows = v->inflow[n - 1] - v->outflow[n - 1];
        QVERIFY(std::abs(*s.day.value - (v->value[n - 1] - v->value[n - 2] - dayFlows)) < 1e-9);
        // Since start: the gain net of the deposits (120,000) and the withdrawal (5,000) after day one.
        double flows = 0;
        for (std::size_t i = 1; i < n; ++i)
            flows += v->inflow[i] - v->outflow[i];
        QVERIFY(std::abs(*s.sinceStart.value - (v->value.back() - v->value.front() - flows)) < 1e-6);
        QVERIFY(s.yearToDate.twr.has_value());

        // Allocation: the open positions and the cash add up to the value.
        double total = 0;
        QStringList labels;
        for (const auto &slice : s.allocation) {
            total += slice.value;
            labels << slice.label;
        }
        QVERIFY(labels.contains(QStringLiteral("AAPL")));
        QVERIFY(labels.contains(QStringLiteral("^GSPC")));
        QVERIFY(std::abs(total - *s.value) < 1e-6);

        // The benchmark curve is the index's own closes relative to the first day.
        QCOMPARE(s.benchmark, QStringLiteral("^GSPC"));
        QCOMPARE(s.benchmarkCurve.size(), s.curve.size());
        auto gspc = MarketData(*m_db).bars(QStringLiteral("^GSPC"), QStringLiteral("1d"));
        QVERIFY(gspc.ok());
        auto closeOn = [&](qint64 day) {
            double c = 0;
            for (std::size_t i = 0; i < gspc->size() && gspc->time[i] <= day; ++i)
                c = gspc->close[i];
            return c;
        };
        QVERIFY(std::abs(s.benchmarkCurve.back() -
                         (closeOn(s.curveDays.back()) / closeOn(s.curveDays.front()) - 1.0)) < 1e-12);

        // Watchlist in the user's order with a sparkline each.
        auto lists = WatchlistRepository(*m_db).list();
        QVERIFY(lists.ok() && !lists->empty());
        auto list = WatchlistRepository(*m_db).find(lists->front().id);
        QVERIFY(list.ok());
        const QStringList *members = &list->symbols;
        QCOMPARE(view.watchModel()->rowCount(), static_cast<int>(members->size()));
        for (int r = 0; r < members->size(); ++r)
            QCOMPARE(view.watchModel()->item(r, 0)->text(), members->at(r));
        QVERIFY(!s.watch.empty() && !s.watch.front().spark.empty());

        // Movers: largest absolute change first.
        QVERIFY(!s.movers.empty() && s.movers.size() <= 5);
        for (std::size_t i = 1; i < s.movers.size(); ++i)
            QVERIFY(std::abs(*s.movers[i - 1].change) >= std::abs(*s.movers[i].change));
        QVERIFY2(view.kpiText().contains(QStringLiteral("USD")), qPrintable(view.kpiText()));

        view.resize(1200, 760);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.grab().save(test::outputDir(QStringLiteral("ui")) + QStringLiteral("/dashboard.png")));

        // The dark theme reaches the charts too (Qt Charts keeps its own theme).
        Theme::apply(Theme::Mode::Dark);
        QCoreApplication::processEvents();
        const auto charts = view.findChildren<QChartView *>();
        QCOMPARE(charts.size(), 2);
        for (QChartView *c : charts)
            QVERIFY(c->chart()->backgroundBrush().color().lightness() < 128);
        QVERIFY(
            view.grab().save(test::outputDir(QStringLiteral("ui")) + QStringLiteral("/dashboard-dark.png")));
        Theme::apply(Theme::Mode::System);
        QCoreApplication::processEvents();
        for (QChartView *c : view.findChildren<QChartView *>())
            QVERIFY(c->chart()->backgroundBrush().color().lightness() >= 128);
        jobs.waitForAll();
    }

    // Regression: the recent runs listed no total return or Sharpe (the list
    // read from storage leaves the results out).
    void recentRunsShowTheirMetrics()
    {
        BacktestRun run;
        run.name = QStringLiteral("dashboard check");
        run.strategy = QStringLiteral("sma_cross");
        run.createdAt = nowMs();
        run.results = QStringLiteral("{\"metrics\":{\"total_return\":0.1234,\"sharpe\":0.87}}");
        auto id = BacktestRunRepository(*m_db).save(run);
        QVERIFY(id.ok());
        JobTracker jobs;
        DashboardView view(*m_ws, jobs);
        QSignalSpy loaded(&view, &DashboardView::loaded);
        view.refresh();
        QVERIFY(loaded.wait(10000));
        QVERIFY(!view.snapshot().runs.empty());
        const auto &newest = view.snapshot().runs.front();
        QCOMPARE(newest.name, run.name);
        QVERIFY(newest.totalReturn.has_value());
        QCOMPARE(*newest.totalReturn, 0.1234);
        QVERIFY(newest.sharpe.has_value());
        QCOMPARE(*newest.sharpe, 0.87);
        QVERIFY(view.runsModel()->item(0, 3)->text().contains(QStringLiteral("12.34")));
        QVERIFY(BacktestRunRepository(*m_db).remove(*id).ok());
        jobs.waitForAll();
    }

    void saysSoWhenThereIsNoPortfolio()
    {
        auto db =
            Database::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("empty.sqlite")));
        QVERIFY(db.ok());
        QVERIFY(db.value()->migrate().ok());
        JobTracker jobs;
        Workspace workspace(*db.value());
        DashboardView view(workspace, jobs);
        QSignalSpy loaded(&view, &DashboardView::loaded);
        view.refresh();
        QVERIFY(loaded.wait(10000));
        QVERIFY(!view.snapshot().value.has_value());
        QVERIFY(view.kpiText().contains(QStringLiteral("n/a")));
        QCOMPARE(view.watchModel()->rowCount(), 0);
        jobs.waitForAll();
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
