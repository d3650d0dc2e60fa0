// One code path decides the periods per year of a run from its series'
// interval: Backtester::run (the lab, the CLI and the advisor), sweeps and
// walk-forward all use bt::annualisedFor.
#include "core/backtest/Annualisation.h"
#include "core/backtest/Backtester.h"
#include "core/backtest/Optimizer.h"
#include "core/backtest/WalkForward.h"
#include "core/market/BarSeries.h"

#include <QTest>
#include <cmath>

using namespace sn;
using namespace sn::bt;

namespace {

// 20 years of monthly closes: a slow wave on a drift, so an SMA 3/6 crossover trades.
BarSeries monthlySeries(std::string interval)
{
    BarSeries s;
    s.symbol.push_back('M');
    s.interval = std::move(interval);
    for (int k = 0; k < 240; ++k) {
        const double c = 100 * std::exp(0.004 * k) * (1 + 0.08 * std::sin(k / 5.0));
        s.append(toTimestamp({2000 + k / 12, 1 + k % 12, 1}), c, c * 1.01, c * 0.99, c, 1000);
    }
    return s;
}

BacktestRequest smaRequest()
{
    BacktestRequest r;
    r.strategy = "sma_cross";
    r.params = {{"fast", "3"}, {"slow", "6"}};
    return r;
}

} // namespace

class TestAnnualisation : public QObject
{
    Q_OBJECT
private slots:
    void monthlyBarsUseTwelvePeriods()
    {
        const BarSeries s = monthlySeries("1mo");
        auto report = Backtester::run(s, smaRequest());
        QVERIFY2(report.ok(), report.ok() ? "" : report.error().toString().c_str());
        QCOMPARE(report->convention.periodsPerYear, 12.0);
        // The Sharpe ratio is the one computed under 12 periods, not 252.
        Convention twelve = Convention::supernova();
        twelve.periodsPerYear = 12;
        const BacktestMetrics expected = Metrics::compute(report->result, report->benchmarkEquity, twelve);
        QVERIFY(report->metrics.sharpe && expected.sharpe);
        QCOMPARE(*report->metrics.sharpe, *expected.sharpe);
        QCOMPARE(*report->metrics.annualVolatility, *expected.annualVolatility);
        // The profile keeps its own choices; only the period count follows the bars.
        BacktestRequest vbt = smaRequest();
        vbt.convention = Convention::vectorbt();
        auto v = Backtester::run(s, vbt);
        QVERIFY(v.ok());
        QCOMPARE(v->convention.periodsPerYear, 12.0);
        QCOMPARE(v->convention.name, Convention::vectorbt().name);
    }

    void explicitPeriodsAreKept()
    {
        BacktestRequest r = smaRequest();
        r.convention.periodsPerYear = 4;
        r.periodsFromInterval = false;
        auto report = Backtester::run(monthlySeries("1mo"), r);
        QVERIFY(report.ok());
        QCOMPARE(report->convention.periodsPerYear, 4.0);
    }

    void spacingThatContradictsTheIntervalIsRefused()
    {
        // Monthly dates stored as daily (an import from before intervals were inferred).
        const BarSeries s = monthlySeries("1d");
        auto report = Backtester::run(s, smaRequest());
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.find("--interval 1mo") != std::string::npos,
                 report.error().message.c_str());
        SweepConfig sweep;
        sweep.strategy = "sma_cross";
        sweep.grid = {{"fast", 2, 4, 1}, {"slow", 6, 8, 1}};
        QVERIFY(!Optimizer::run(s, sweep).ok());
        WalkForwardConfig wf;
        wf.sweep = sweep;
        wf.inSampleBars = 120;
        wf.outOfSampleBars = 60;
        QVERIFY(!WalkForward::run(s, wf).ok());
        // Stored right, the sweep runs.
        QVERIFY(Optimizer::run(monthlySeries("1mo"), sweep).ok());
    }

    void annualisedForIsIdempotent()
    {
        const BarSeries s = monthlySeries("1mo");
        auto once = annualisedFor(Convention::supernova(), s);
        QVERIFY(once.ok());
        auto twice = annualisedFor(*once, s);
        QVERIFY(twice.ok());
        QCOMPARE(twice->periodsPerYear, once->periodsPerYear);
    }
};

QTEST_APPLESS_MAIN(TestAnnualisation)
#include "tst_annualisation.moc"
