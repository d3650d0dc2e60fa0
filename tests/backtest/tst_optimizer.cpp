// Parameter sweeps (grid, random, ranking, progress, cancellation, bad
// ranges) and walk-forward windows on the bundled sample series.
#include "SampleBars.h"
#include "core/backtest/Backtester.h"
#include "core/backtest/Optimizer.h"
#include "core/backtest/StrategyRegistry.h"
#include "core/backtest/WalkForward.h"
#include "tests/testutils/TestPaths.h"

#include <QTest>
#include <cmath>
#include <set>

using namespace sn;
using namespace sn::bt;

class TestOptimizer : public QObject
{
    Q_OBJECT
private:
    BarSeries m_aapl;
    BarSeries m_spx;

    SweepConfig smaGrid() const
    {
        SweepConfig s;
        s.strategy = "sma_cross";
        s.grid = {{"fast", 5, 50, 1}, {"slow", 10, 200, 1}};
        s.config.costs.commission = 0.001;
        s.rankBy = Metric::Sharpe;
        return s;
    }

private slots:
    void initTestCase()
    {
        auto a = test::readSampleBars(test::sampleDataFile("aapl_yahoo_2013_2018.csv").toStdString());
        auto s = test::readSampleBars(test::sampleDataFile("sp500_yahoo_2000_2020.csv").toStdString());
        QVERIFY(a.ok() && s.ok());
        m_aapl = std::move(a).value();
        m_spx = std::move(s).value();
    }

    void parseRanges()
    {
        auto r = ParamRange::parse("fast=5:50:1");
        QVERIFY(r.ok());
        QCOMPARE(r->name, std::string("fast"));
        QCOMPARE(r->start, 5.0);
        QCOMPARE(r->stop, 50.0);
        QCOMPARE(ParamRange::parse("slow=10:200")->step, 1.0);
        QVERIFY(!ParamRange::parse("fast").ok());
        QVERIFY(!ParamRange::parse("fast=5:x").ok());
        auto zero = ParamRange::parse("fast=5:50:0");
        QVERIFY(!zero.ok() && zero.error().message.find("fast") != std::string::npos);
        auto empty = ParamRange::parse("slow=50:10");
        QVERIFY(!empty.ok() && empty.error().message.find("empty") != std::string::npos);
        // Found by fuzz_setting_values: from_chars reads "inf" and "nan", and a
        // range with them reached Optimizer::run, which turned an infinite
        // value count into a size_t (undefined; UBSan aborts).
        QVERIFY(!ParamRange::parse("y=1e308:inf:1").ok());
        QVERIFY(!ParamRange::parse("x=nan:5").ok());
        QVERIFY(!ParamRange::parse("x=1:5:inf").ok());
        QVERIFY(!ParamRange::parse("x=-inf:5").ok());
    }

    // Finite bounds can still ask for more values than a double can count.
    void hugeRangeIsRefused()
    {
        SweepConfig s = smaGrid();
        s.grid = {{"fast", 0, 1e300, 1e-300}};
        auto r = Optimizer::run(m_spx, s);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.find("too many values") != std::string::npos,
                 r.error().toString().c_str());
    }

    void fullGridMatchesSingleRuns()
    {
        std::size_t lastDone = 0, lastTotal = 0, calls = 0;
        SweepConfig s = smaGrid();
        s.progress = [&](std::size_t done, std::size_t total) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            lastTotal = total;
            ++calls;
        };
        auto r = Optimizer::run(m_spx, s);
        QVERIFY(r.ok());
        // fast 5..50 x slow 10..200 with fast < slow: sum over fast of (200 - max(fast, 9)) = 7,925.
        std::size_t expected = 0;
        for (int f = 5; f <= 50; ++f)
            for (int sl = 10; sl <= 200; ++sl)
                expected += f < sl;
        QCOMPARE(expected, std::size_t(7925));
        QCOMPARE(r->table.rows(), expected);
        QCOMPARE(r->evaluated, expected);
        QVERIFY(!r->cancelled);
        QCOMPARE(lastDone, expected);
        QCOMPARE(lastTotal, expected);
        QVERIFY(calls >= 50);
        std::set<std::pair<double, double>> seen;
        for (std::size_t i = 0; i < r->table.rows(); ++i) {
            auto p = r->table.row(i);
            QVERIFY(p[0] < p[1]);
            seen.insert({p[0], p[1]});
        }
        QCOMPARE(seen.size(), expected);
        // Ranked best first; the winner and a few others re-run through the
        // full single-backtest path give the same equity and Sharpe.
        for (std::size_t k : {std::size_t(0), std::size_t(1), std::size_t(777), r->ranking.size() - 1}) {
            const std::size_t row = r->ranking[k];
            auto p = r->table.row(row);
            auto single = Backtester::run(m_spx, *StrategyRegistry::find("sma_cross"), p, s.config,
                                          Convention::supernova(), false);
            QVERIFY(single.ok());
            QCOMPARE(single->result.finalEquity, r->table.finalEquity[row]);
            QCOMPARE(double(single->result.trades.size()), double(r->table.trades[row]));
            if (single->metrics.sharpe)
                QVERIFY(std::fabs(*single->metrics.sharpe - r->table.score[row]) < 1e-12);
        }
        for (std::size_t k = 1; k < r->ranking.size(); ++k) {
            const double a = r->table.score[r->ranking[k - 1]], b = r->table.score[r->ranking[k]];
            QVERIFY(std::isnan(b) || a >= b);
        }
    }

    void peerRowThroughTheSweep()
    {
        SweepConfig s;
        s.strategy = "sma_cross";
        s.grid = {{"fast", 10, 10, 1}, {"slow", 30, 30, 1}};
        s.rankBy = Metric::FinalEquity;
        auto r = Optimizer::run(m_aapl, s);
        QVERIFY(r.ok());
        QCOMPARE(r->table.rows(), std::size_t(1));
        // tests/data/backtest/peer-reference.md, all-in fractional, c = 0.
        QVERIFY(std::fabs(r->table.finalEquity[0] / 152032.3454338405 - 1) < 1e-9);
        QCOMPARE(r->table.trades[0], std::uint32_t(26));
    }

    void randomSearchIsSeeded()
    {
        SweepConfig s = smaGrid();
        s.randomSamples = 60;
        s.seed = 7;
        auto a = Optimizer::run(m_spx, s);
        auto b = Optimizer::run(m_spx, s);
        s.seed = 8;
        auto c = Optimizer::run(m_spx, s);
        QVERIFY(a.ok() && b.ok() && c.ok());
        QCOMPARE(a->table.rows(), std::size_t(60));
        QCOMPARE(a->table.params, b->table.params);
        QVERIFY(a->table.params != c->table.params);
        std::set<std::pair<double, double>> distinct;
        for (std::size_t i = 0; i < 60; ++i)
            distinct.insert({a->table.row(i)[0], a->table.row(i)[1]});
        QCOMPARE(distinct.size(), std::size_t(60));
    }

    void cancellation()
    {
        std::atomic<bool> cancel{true};
        SweepConfig s = smaGrid();
        s.cancel = &cancel;
        auto r = Optimizer::run(m_spx, s);
        QVERIFY(r.ok());
        QVERIFY(r->cancelled);
        QCOMPARE(r->evaluated, std::size_t(0));
        QVERIFY(r->ranking.empty());
        // Cancelling from the progress callback stops early.
        std::atomic<bool> stop{false};
        s.cancel = &stop;
        s.threads = 1;
        s.progress = [&](std::size_t done, std::size_t) {
            if (done >= 100)
                stop = true;
        };
        auto part = Optimizer::run(m_spx, s);
        QVERIFY(part->cancelled);
        QVERIFY(part->evaluated >= 100 && part->evaluated < 7925);
    }

    void badSweeps()
    {
        SweepConfig s = smaGrid();
        s.grid = {{"fastt", 5, 10, 1}};
        auto unknown = Optimizer::run(m_spx, s);
        QVERIFY(!unknown.ok() && unknown.error().message.find("fastt") != std::string::npos);
        s.grid = {{"fast", 0, 10, 1}, {"slow", 20, 30, 1}};
        auto range = Optimizer::run(m_spx, s);
        QVERIFY(!range.ok() && range.error().message.find("fast") != std::string::npos);
        s.grid = {{"fast", 50, 60, 1}, {"slow", 10, 20, 1}};
        auto none = Optimizer::run(m_spx, s);
        QVERIFY(!none.ok() && none.error().message.find("constraints") != std::string::npos);
        s.grid = {};
        QVERIFY(!Optimizer::run(m_spx, s).ok());
        s = smaGrid();
        s.strategy = "nope";
        QVERIFY(!Optimizer::run(m_spx, s).ok());
        s = smaGrid();
        auto few = Optimizer::run(m_spx.sliceIndex(0, 150), s);
        QVERIFY(!few.ok() && few.error().message.find("too few bars") != std::string::npos);
    }

    void walkForwardRolling()
    {
        WalkForwardConfig wf;
        wf.sweep.strategy = "sma_cross";
        wf.sweep.grid = {{"fast", 5, 20, 5}, {"slow", 30, 90, 30}};
        wf.sweep.rankBy = Metric::TotalReturn;
        wf.inSampleBars = 500;
        wf.outOfSampleBars = 250;
        auto r = WalkForward::run(m_aapl, wf);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().toString().c_str());
        // 1,260 bars: OOS windows [500,750) [750,1000) [1000,1250) [1250,1260).
        QCOMPARE(r->windows.size(), std::size_t(4));
        const std::size_t isBegin[] = {0, 250, 500, 750};
        const std::size_t oosBegin[] = {500, 750, 1000, 1250};
        for (std::size_t k = 0; k < 4; ++k) {
            QCOMPARE(r->windows[k].isBegin, isBegin[k]);
            QCOMPARE(r->windows[k].isEnd, oosBegin[k]);
            QCOMPARE(r->windows[k].oosBegin, oosBegin[k]);
            QVERIFY(r->windows[k].params[0] < r->windows[k].params[1]);
        }
        QCOMPARE(r->windows.back().oosEnd, std::size_t(1260));
        QCOMPARE(r->oosEquity.size(), std::size_t(760));
        QCOMPARE(r->oosTime.front(), m_aapl.time[500]);
        // Chained: each window starts with the previous window's final equity.
        for (std::size_t k = 1; k < 4; ++k)
            QCOMPARE(r->windows[k].outOfSample.initialEquity, r->windows[k - 1].outOfSample.finalEquity);
        QCOMPARE(r->outOfSample.finalEquity, r->windows.back().outOfSample.finalEquity);
        // The in-sample winner really is the best of its grid on that window.
        SweepConfig check = wf.sweep;
        check.begin = 250;
        check.end = 750;
        auto sweep = Optimizer::run(m_aapl, check);
        QCOMPARE(sweep->table.score[sweep->ranking.front()], r->windows[1].inSampleScore);
        QCOMPARE(r->windows[1].inSample.totalReturn, r->windows[1].inSampleScore);
    }

    void walkForwardAnchoredAndErrors()
    {
        WalkForwardConfig wf;
        wf.sweep.strategy = "ema_cross";
        wf.sweep.grid = {{"fast", 5, 15, 5}, {"slow", 20, 60, 20}};
        wf.inSampleBars = 400;
        wf.outOfSampleBars = 300;
        wf.anchored = true;
        auto r = WalkForward::run(m_aapl, wf);
        QVERIFY(r.ok());
        for (const auto &w : r->windows)
            QCOMPARE(w.isBegin, std::size_t(0));
        QCOMPARE(r->windows[1].isEnd, std::size_t(700));
        wf.inSampleBars = 1200;
        wf.outOfSampleBars = 100;
        auto big = WalkForward::run(m_aapl, wf);
        QVERIFY(!big.ok() && big.error().message.find("in_sample") != std::string::npos);
        wf.inSampleBars = 400;
        wf.outOfSampleBars = 0;
        auto zero = WalkForward::run(m_aapl, wf);
        QVERIFY(!zero.ok() && zero.error().message.find("out_of_sample") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestOptimizer)
#include "tst_optimizer.moc"
