#include "core/storage/Database.h"
#include "core/storage/PortfolioRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/workspace/PortfolioService.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/Workspace.h"
#include "tests/testutils/TestPaths.h"
#include "ui/risk/CorrelationHeatmap.h"
#include "ui/risk/CustomStress.h"
#include "ui/risk/RiskView.h"
#include "ui/settings/Language.h"
#include "ui/shell/DisplayNames.h"
#include "ui/shell/Formats.h"
#include "ui/shell/JobTracker.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>
#include <cmath>

using namespace sn;
using namespace sn::ui;

namespace {

QString sample()
{
    return QString::fromLatin1(SampleData::kPortfolioName);
}

// The raw number behind a metrics row; NaN when the row shows "n/a".
double raw(const RiskView &view, RiskView::Metric m)
{
    for (int r = 0; r < view.metricsModel()->rowCount(); ++r)
        if (view.metricsModel()->item(r, 0)->data(Qt::UserRole + 4).toInt() == m) {
            const QVariant v = view.metricsModel()->item(r, 1)->data(RiskView::RawValueRole);
            return v.isValid() ? v.toDouble() : std::nan("");
        }
    return std::nan("");
}

int rowOf(const RiskView &view, RiskView::Metric m)
{
    for (int r = 0; r < view.metricsModel()->rowCount(); ++r)
        if (view.metricsModel()->item(r, 0)->data(Qt::UserRole + 4).toInt() == m)
            return r;
    return -1;
}

bool waitForPart(RiskView &view, RiskView::Part part, int timeoutMs = 30000)
{
    QSignalSpy spy(&view, &RiskView::partUpdated);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        for (const auto &args : spy)
            if (args.at(0).toInt() == part)
                return true;
        spy.wait(100);
    }
    return false;
}

} // namespace

// The risk view on the real sample database: every number it shows is the
// one PortfolioService gives for the same options, the controls recompute,
// the plots draw what the reports hold, and an applied rebalance is stored
// and undone. Each panel is rendered to a PNG.
class TestRiskView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_ws; // after m_db: destroyed before it

    std::unique_ptr<RiskView> open(JobTracker &jobs)
    {
        auto view = std::make_unique<RiskView>(*m_ws, jobs);
        view->resize(1400, 900);
        view->show();
        QSignalSpy loaded(view.get(), &RiskView::loaded);
        view->refresh();
        if (!loaded.wait(60000))
            return nullptr;
        return view;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto db = Database::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("risk.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_ws = std::make_unique<Workspace>(*m_db);
        QVERIFY(m_db->migrate().ok());
        QVERIFY(SampleData(*m_db).load().ok());
    }

    void metricsEqualTheServiceWithTheSameOptions()
    {
        JobTracker jobs;
        auto view = open(jobs);
        QVERIFY(view);
        QCOMPARE(view->portfolio(), sample());
        for (int p = 0; p < RiskView::PartCount; ++p)
            QVERIFY2(view->partError(static_cast<RiskView::Part>(p)).isEmpty(),
                     qPrintable(view->partError(static_cast<RiskView::Part>(p))));

        PortfolioService service(*m_db);
        auto risk = service.risk(sample(), view->riskOptions());
        QVERIFY2(risk.ok(), risk.ok() ? "" : risk.error().toString().c_str());
        auto perf = service.performance(sample(), view->performanceOptions());
        QVERIFY(perf.ok());
        const ReturnSummary &s = risk->summary;
        QCOMPARE(risk->benchmarkSymbol, std::string(RiskView::kBenchmark));
        QVERIFY(s.beta.has_value());
        QCOMPARE(raw(*view, RiskView::AnnualReturn), *s.annualReturn);
        QCOMPARE(raw(*view, RiskView::AnnualVolatility), *s.annualVolatility);
        QCOMPARE(raw(*view, RiskView::Sharpe), *s.sharpe);
        QCOMPARE(raw(*view, RiskView::Sortino), *s.sortino);
        QCOMPARE(raw(*view, RiskView::Calmar), *s.calmar);
        QCOMPARE(raw(*view, RiskView::MaxDrawdown), s.maxDrawdown.depth);
        QCOMPARE(raw(*view, RiskView::Beta), *s.beta);
        QCOMPARE(raw(*view, RiskView::Alpha), *s.alpha);
        QCOMPARE(raw(*view, RiskView::ValueAtRisk), risk->var.var);
        QCOMPARE(raw(*view, RiskView::ConditionalVaR), risk->var.cvar);
        QCOMPARE(raw(*view, RiskView::Twr), perf->ttwror);
        QCOMPARE(raw(*view, RiskView::TwrAnnualised), *perf->ttwrorAnnualised);
        QCOMPARE(raw(*view, RiskView::Irr), *perf->irr.rate);
        QVERIFY(s.maxDrawdown.depth > 0);

        // Shown text: the drawdown with its dates, VaR with its amount.
        const int dd = rowOf(*view, RiskView::MaxDrawdown);
        QVERIFY(view->metricsModel()->item(dd, 2)->text().contains(Formats::date(risk->drawdownPeak)));
        QVERIFY(view->metricsModel()->item(dd, 2)->text().contains(Formats::date(risk->drawdownTrough)));
        QVERIFY(view->metricsModel()
                    ->item(rowOf(*view, RiskView::Beta), 0)
                    ->text()
                    .contains(QStringLiteral("^GSPC")));

        // The active convention is stated; the panel shows the selected metric's formula from the report.
        QVERIFY(view->conventionLabel()->text().contains(DisplayNames::convention("supernova")));
        view->metricsView()->setCurrentIndex(view->metricsModel()->index(rowOf(*view, RiskView::Sharpe), 0));
        const QString how = view->howComputed()->toPlainText();
        QString expected;
        for (const auto &[k, text] : risk->explanations)
            if (k == "Sharpe ratio")
                expected = QString::fromStdString(text);
        QVERIFY(!expected.isEmpty());
        QVERIFY2(how.contains(expected), qPrintable(how));
        view->metricsView()->setCurrentIndex(view->metricsModel()->index(rowOf(*view, RiskView::Irr), 0));
        QVERIFY(
            view->howComputed()->toPlainText().contains(QString::fromStdString(Performance::explainIrr())));

        view->grab().save(test::outputDir(QStringLiteral("ui")) + QStringLiteral("/risk-metrics.png"));
        jobs.waitForAll();
    }

    // Issue 17: an explanation from core reads in the interface's language.
    // The German file holds the sentences of the Sharpe ratio's explanation
    // under the default convention; the CLI installs no translation and so
    // keeps them English, as the desktop does again after switching back.
    void explanationsFollowTheLanguage()
    {
        const std::string english =
            ReturnStats::explain(ReturnStats::Metric::Sharpe, Convention::supernova());
        QVERIFY(Language::apply(QStringLiteral("de")));
        {
            JobTracker jobs;
            auto view = open(jobs);
            QVERIFY(view);
            view->metricsView()->setCurrentIndex(
                view->metricsModel()->index(rowOf(*view, RiskView::Sharpe), 0));
            const QString how = view->howComputed()->toPlainText();
            QVERIFY2(how.contains(
                         QStringLiteral("Sharpe-Ratio [Konvention supernova: 252 Perioden/Jahr, ddof 1]")),
                     qPrintable(how));
            QVERIFY2(how.contains(QStringLiteral("mit rf = ")), qPrintable(how));
            QVERIFY2(how.contains(QStringLiteral("Konvention 'supernova': 252 Perioden pro Jahr")),
                     qPrintable(how));
            for (const char *englishWords : {"Sharpe ratio", "convention:", "periods/year", "with rf",
                                             "sample standard deviation", "not defined", "periods per year"})
                QVERIFY2(!how.contains(QLatin1String(englishWords)), qPrintable(how));
            jobs.waitForAll();
        }
        QVERIFY(Language::apply(QStringLiteral("en")));
        QCOMPARE(ReturnStats::explain(ReturnStats::Metric::Sharpe, Convention::supernova()), english);
        QVERIFY(english.find("Sharpe ratio [supernova convention: 252 periods/year, ddof 1]: ") == 0);
        QVERIFY(english.find("; not defined when the deviation is zero") != std::string::npos);
    }

    void conventionAndRiskFreeComeFromSettings()
    {
        SettingsRepository settings(*m_db);
        QVERIFY(settings.set(QStringLiteral("analytics.convention"), QStringLiteral("lean")).ok());
        QVERIFY(settings.set(QString::fromLatin1(PortfolioService::kRiskFreeSetting), QStringLiteral("0.03"))
                    .ok());
        JobTracker jobs;
        auto view = open(jobs);
        QVERIFY(settings.remove(QStringLiteral("analytics.convention")).ok());
        QVERIFY(settings.remove(QString::fromLatin1(PortfolioService::kRiskFreeSetting)).ok());
        QVERIFY(view);
        QCOMPARE(view->conventionBox()->currentData().toString(), QStringLiteral("lean"));
        // People read the convention's name, not its id.
        QCOMPARE(view->conventionBox()->currentText(), DisplayNames::convention("lean"));
        QVERIFY(view->riskReport().has_value());
        QCOMPARE(view->riskReport()->convention.name, std::string("lean"));
        QCOMPARE(view->riskReport()->convention.riskFreeAnnual, 0.03);
        QVERIFY(view->conventionLabel()->text().contains(DisplayNames::convention("lean")));
        auto direct = PortfolioService(*m_db).risk(sample(), view->riskOptions());
        QVERIFY(direct.ok());
        QCOMPARE(raw(*view, RiskView::Sharpe), *direct->summary.sharpe);

        // Picking another convention recomputes under it.
        view->conventionBox()->setCurrentIndex(view->conventionBox()->findData(QStringLiteral("vectorbt")));
        QVERIFY(waitForPart(*view, RiskView::Risk));
        QCOMPARE(view->riskReport()->convention.name, std::string("vectorbt"));
        QCOMPARE(view->riskReport()->convention.periodsPerYear, 365.0);
        jobs.waitForAll();
    }

    void varControlsRecompute()
    {
        JobTracker jobs;
        auto view = open(jobs);
        QVERIFY(view);
        const double var95 = raw(*view, RiskView::ValueAtRisk);

        view->confidenceBox()->setValue(99.0);
        QVERIFY(waitForPart(*view, RiskView::Risk));
        QCOMPARE(view->riskReport()->confidence, 0.99);
        auto direct = PortfolioService(*m_db).risk(sample(), view->riskOptions());
        QVERIFY(direct.ok());
        QCOMPARE(raw(*view, RiskView::ValueAtRisk), direct->var.var);
        QVERIFY(raw(*view, RiskView::ValueAtRisk) > var95);

        view->horizonBox()->setValue(10);
        QVERIFY(waitForPart(*view, RiskView::Risk));
        QCOMPARE(view->riskReport()->horizon, 10);

        for (RiskReport::VarMethod m : {RiskReport::VarMethod::Normal, RiskReport::VarMethod::MonteCarlo,
                                        RiskReport::VarMethod::CornishFisher}) {
            view->varMethodBox()->setCurrentIndex(view->varMethodBox()->findData(static_cast<int>(m)));
            QVERIFY(waitForPart(*view, RiskView::Risk));
            QVERIFY(view->riskReport()->varMethod == m);
            auto d = PortfolioService(*m_db).risk(sample(), view->riskOptions());
            QVERIFY(d.ok());
            QCOMPARE(raw(*view, RiskView::ValueAtRisk), d->var.var);
            QCOMPARE(raw(*view, RiskView::ConditionalVaR), d->var.cvar);
            const QString label = view->metricsModel()->item(rowOf(*view, RiskView::ValueAtRisk), 0)->text();
            QVERIFY2(label.contains(QStringLiteral("99")) && label.contains(QStringLiteral("10")),
                     qPrintable(label));
        }
        jobs.waitForAll();
    }

    void heatmapHasOneCellPerPairOfPositions()
    {
        JobTracker jobs;
        auto view = open(jobs);
        QVERIFY(view);
        const RiskReport &r = *view->riskReport();
        const int n = static_cast<int>(r.symbols.size());
        QCOMPARE(n, 2); // AAPL and ^GSPC are held
        QCOMPARE(view->heatmap()->cellCount(), n * n);
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j) {
                const QRect cell = view->heatmap()->cellRect(i, j);
                QVERIFY(!cell.isEmpty());
                QCOMPARE(view->heatmap()->cellAt(cell.center()), QPoint(i, j));
                const QString text = view->heatmap()->cellText(i, j);
                QVERIFY(text.contains(QLocale().toString(
                    r.correlation[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)], 'f', 3)));
            }
        QVERIFY(view->heatmap()->cellText(0, 0).contains(QLocale().toString(1.0, 'f', 3)));
        QVERIFY(view->heatmap()->cellText(n, 0).isEmpty());
        view->tabs()->setCurrentIndex(0);
        view->tabs()->currentWidget()->grab().save(test::outputDir(QStringLiteral("ui")) +
                                                   QStringLiteral("/risk-correlation.png"));
        jobs.waitForAll();
    }

    void fanBandsAreOrderedAndAreTheProjection()
    {
        JobTracker jobs;
        auto view = open(jobs);
        QVERIFY(view);
        auto direct = PortfolioService(*m_db).projection(sample(), view->projectionOptions());
        QVERIFY(direct.ok());
        const int steps = view->projectionOptions().steps;
        for (int k = 0; k < 5; ++k) {
            const QList<QPointF> line = view->fanLine(k);
            QCOMPARE(line.size(), steps + 1);
            for (int t = 0; t <= steps; ++t)
                QCOMPARE(line[t].y(),
                         direct->fan.percentile[static_cast<std::size_t>(k)][static_cast<std::size_t>(t)]);
        }
        for (int t = 0; t <= steps; ++t)
            for (int k = 0; k < 4; ++k)
                QVERIFY2(view->fanLine(k)[t].y() <= view->fanLine(k + 1)[t].y(),
                         qPrintable(QString::number(t)));
        QVERIFY(view->fanLine(0).last().y() < view->fanLine(4).last().y());

        // Horizon and path count are the user's: a quarter ahead over 2,000 paths.
        view->projectionHorizonBox()->setValue(63);
        view->projectionPathsBox()->setValue(2000);
        QTRY_VERIFY_WITH_TIMEOUT(view->projectionReport() && view->projectionReport()->input.paths == 2000 &&
                                     view->fanLine(0).size() == 64,
                                 30000);
        QCOMPARE(view->projectionOptions().steps, 63);
        auto quarter = PortfolioService(*m_db).projection(sample(), view->projectionOptions());
        QVERIFY(quarter.ok());
        QCOMPARE(view->fanLine(2).last().y(), quarter->fan.percentile[2].back());
        view->tabs()->setCurrentIndex(1);
        view->tabs()->currentWidget()->grab().save(test::outputDir(QStringLiteral("ui")) +
                                                   QStringLiteral("/risk-montecarlo.png"));
        jobs.waitForAll();
    }

    void stressTableIsTheStressReport()
    {
        JobTracker jobs;
        auto view = open(jobs);
        QVERIFY(view);
        auto direct = PortfolioService(*m_db).stress(sample(), view->stressOptions());
        QVERIFY(direct.ok());
        QCOMPARE(view->stressModel()->rowCount(), static_cast<int>(direct->scenarios.size()));
        QCOMPARE(view->stressModel()->rowCount(), 3); // two crises and the equity shock
        QCOMPARE(view->stressModel()->item(0, 0)->text(), QStringLiteral("Financial crisis 2008-09"));
        QCOMPARE(view->stressModel()->item(1, 0)->text(), QStringLiteral("COVID-19 crash 2020"));
        QCOMPARE(view->stressModel()->item(2, 0)->text(), QStringLiteral("Equities -20 %"));
        for (int r = 0; r < view->stressModel()->rowCount(); ++r) {
            const auto &s = direct->scenarios[static_cast<std::size_t>(r)];
            // Scenarios are named for people; the tooltip keeps the CLI's form.
            QCOMPARE(view->stressModel()->item(r, 0)->text(), DisplayNames::stressScenario(s.label));
            QCOMPARE(view->stressModel()->item(r, 0)->toolTip(), QString::fromStdString(s.label));
            QVERIFY(!view->stressModel()->item(r, 0)->text().contains(QLatin1Char(':')));
            QCOMPARE(view->stressModel()->item(r, 1)->data(RiskView::RawValueRole).toDouble(),
                     s.outcome.totalChange);
            QCOMPARE(view->stressModel()->item(r, 2)->data(RiskView::RawValueRole).toDouble(),
                     s.outcome.totalPnl);
        }
        view->tabs()->setCurrentIndex(2);
        view->tabs()->currentWidget()->grab().save(test::outputDir(QStringLiteral("ui")) +
                                                   QStringLiteral("/risk-stress.png"));
        jobs.waitForAll();
    }

    // The analyst's own scenarios: named, stored as a workspace setting, run after the built-in ones.
    void customStressScenariosAreKeptAndRun()
    {
        JobTracker jobs;
        auto view = open(jobs);
        QVERIFY(view);
        QVERIFY(!view->addCustomStress(QString(), StressTest::Shock::Scope::All, QString(), -10)); // no name
        QVERIFY(
            !view->addCustomStress(QStringLiteral("Tech"), StressTest::Shock::Scope::Symbol, QString(), -10));
        QVERIFY(view->addCustomStress(QStringLiteral("Apple halves"), StressTest::Shock::Scope::Symbol,
                                      QStringLiteral("aapl"), -50));
        QTRY_COMPARE_WITH_TIMEOUT(view->stressModel()->rowCount(), 4, 30000);
        QVERIFY(view->addCustomStress(QStringLiteral("Market -10 %"), StressTest::Shock::Scope::All,
                                      QString(), -10));
        QTRY_COMPARE_WITH_TIMEOUT(view->stressModel()->rowCount(), 5, 30000);
        QCOMPARE(view->stressModel()->item(3, 0)->text(), QStringLiteral("Apple halves"));
        QCOMPARE(view->stressModel()->item(4, 0)->text(), QStringLiteral("Market -10 %"));
        auto direct = PortfolioService(*m_db).stress(sample(), view->stressOptions());
        QVERIFY(direct.ok());
        QCOMPARE(direct->scenarios.size(), std::size_t(5));
        for (int r = 3; r < 5; ++r)
            QCOMPARE(view->stressModel()->item(r, 2)->data(RiskView::RawValueRole).toDouble(),
                     direct->scenarios[std::size_t(r)].outcome.totalPnl);
        // Kept through SettingsService: a new view (another window, a restart) has them.
        auto again = open(jobs);
        QVERIFY(again);
        QCOMPARE(again->customStress().size(), std::size_t(2));
        QCOMPARE(again->customStress().front().shock.name, std::string("AAPL"));
        QTRY_COMPARE_WITH_TIMEOUT(again->stressModel()->rowCount(), 5, 30000);
        QVERIFY(again->removeCustomStress(0));
        QTRY_COMPARE_WITH_TIMEOUT(again->stressModel()->rowCount(), 4, 30000);
        QCOMPARE(again->stressModel()->item(3, 0)->text(), QStringLiteral("Market -10 %"));
        QVERIFY(again->removeCustomStress(0));
        QTRY_COMPARE_WITH_TIMEOUT(again->stressModel()->rowCount(), 3, 30000);
        QVERIFY(parseCustomStress(QStringLiteral("[{\"name\":\"x\",\"scope\":\"planet\",\"change\":-0.1}]"))
                    .error()
                    .toString()
                    .find("planet") != std::string::npos);
        jobs.waitForAll();
    }

    void frontierHasTheRequestedPoints()
    {
        JobTracker jobs;
        auto view = open(jobs);
        QVERIFY(view);
        QCOMPARE(view->drawnFrontier().size(), view->frontierPoints());
        view->setFrontierPoints(12);
        QVERIFY(waitForPart(*view, RiskView::Frontier));
        QCOMPARE(view->drawnFrontier().size(), 12);

        PortfolioService::OptimizeOptions o;
        o.convention = view->convention();
        o.frontierPoints = 12;
        auto direct = PortfolioService(*m_db).optimize(sample(), o);
        QVERIFY(direct.ok());
        QCOMPARE(static_cast<int>(direct->frontier.size()), 12);
        const double P = direct->periodsPerYear;
        for (int i = 0; i < 12; ++i) {
            const auto &p = direct->frontier[static_cast<std::size_t>(i)];
            QCOMPARE(view->drawnFrontier()[i].x(), p.volatility * std::sqrt(P) * 100.0);
            QCOMPARE(view->drawnFrontier()[i].y(), p.expectedReturn * P * 100.0);
        }
        // Min-variance and max-Sharpe are marked; the weights table follows the choice.
        QVERIFY(view->frontier()->maxSharpe.has_value());
        QComboBox *choice = view->frontierChoice();
        QCOMPARE(choice->count(), 2 + 12);
        choice->setCurrentIndex(0); // minimum variance
        QCOMPARE(view->weightsModel()->rowCount(), static_cast<int>(direct->symbols.size()));
        for (int r = 0; r < view->weightsModel()->rowCount(); ++r)
            QCOMPARE(view->weightsModel()->item(r, 2)->data(RiskView::RawValueRole).toDouble(),
                     direct->result.weights[r]);
        choice->setCurrentIndex(2 + 11); // the last frontier point
        for (int r = 0; r < view->weightsModel()->rowCount(); ++r)
            QCOMPARE(view->weightsModel()->item(r, 2)->data(RiskView::RawValueRole).toDouble(),
                     direct->frontier.back().weights[r]);
        view->tabs()->setCurrentIndex(3);
        view->tabs()->currentWidget()->grab().save(test::outputDir(QStringLiteral("ui")) +
                                                   QStringLiteral("/risk-frontier.png"));
        jobs.waitForAll();
    }

    void appliedRebalanceIsStoredAndUndone()
    {
        JobTracker jobs;
        auto view = open(jobs);
        QVERIFY(view);
        // Opened with the max-Sharpe targets proposed, and the table shows them.
        QVERIFY(view->proposal().has_value());
        QCOMPARE(view->targetsModel()->rowCount(), 2);
        QTableView *targetsView = nullptr;
        for (QTableView *t : view->findChildren<QTableView *>())
            if (t->accessibleName() == QStringLiteral("Target weights"))
                targetsView = t;
        QVERIFY(targetsView);
        QCOMPARE(targetsView->verticalHeader()->count(), 2);

        view->targetsEqualWeight();
        QVERIFY(waitForPart(*view, RiskView::Rebalance));
        QVERIFY(view->proposal().has_value());
        const RebalanceProposal proposal = *view->proposal();
        QVERIFY(!proposal.transactions.empty());
        QCOMPARE(view->tradesModel()->rowCount(), static_cast<int>(proposal.report.plan.trades.size()));

        // The same proposal straight from the service.
        auto direct = PortfolioService(*m_db).rebalance(sample(), view->rebalanceOptions());
        QVERIFY(direct.ok());
        QCOMPARE(direct->plan.trades.size(), proposal.report.plan.trades.size());
        for (std::size_t i = 0; i < direct->plan.trades.size(); ++i) {
            QCOMPARE(direct->plan.trades[i].quantity, proposal.report.plan.trades[i].quantity);
            QCOMPARE(
                view->tradesModel()->item(static_cast<int>(i), 2)->data(RiskView::RawValueRole).toDouble(),
                direct->plan.trades[i].quantity);
        }
        view->tabs()->setCurrentIndex(4);
        view->tabs()->currentWidget()->grab().save(test::outputDir(QStringLiteral("ui")) +
                                                   QStringLiteral("/risk-rebalance.png"));

        PortfolioRepository repo(*m_db);
        auto owner = repo.findByName(sample());
        QVERIFY(owner.ok());
        const std::size_t before = repo.transactions(owner->id)->size();
        QVERIFY(view->applyButton()->isEnabled());
        QSignalSpy reloaded(view.get(), &RiskView::loaded);
        view->applyButton()->click();
        QCOMPARE(view->undoStack()->count(), 1);
        auto after = repo.transactions(owner->id);
        QVERIFY(after.ok());
        QCOMPARE(after->size(), before + proposal.transactions.size());
        int matched = 0;
        for (const PortfolioTransaction &tx : after.value())
            for (const PortfolioTransaction &p : proposal.transactions)
                if (tx.time == p.time && tx.type == p.type && tx.instrumentId == p.instrumentId &&
                    tx.quantity == p.quantity && tx.price == p.price)
                    ++matched;
        QCOMPARE(matched, static_cast<int>(proposal.transactions.size()));
        QVERIFY(reloaded.wait(60000));
        // Rebalanced to equal weights: the new holdings are close to 50/50 of the total.
        QVERIFY(view->riskReport().has_value());
        for (double w : view->riskReport()->weights)
            QVERIFY2(std::abs(w - 0.5) < 0.02, qPrintable(QString::number(w)));

        view->undoStack()->undo();
        QCOMPARE(repo.transactions(owner->id)->size(), before);
        QVERIFY(reloaded.wait(60000));
        view->undoStack()->redo();
        QCOMPARE(repo.transactions(owner->id)->size(), before + proposal.transactions.size());
        view->undoStack()->undo();
        QCOMPARE(repo.transactions(owner->id)->size(), before);
        QVERIFY(reloaded.wait(60000));
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
        RiskView view(workspace, jobs);
        QSignalSpy loaded(&view, &RiskView::loaded);
        view.refresh();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view.portfolioBox()->count(), 0);
        QVERIFY(!view.riskReport().has_value());
        jobs.waitForAll();
    }
};

QTEST_MAIN(TestRiskView)
#include "tst_riskview.moc"
