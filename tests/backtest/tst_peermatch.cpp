// The peer-match test: our engine must reproduce backtrader 1.9.78 and
// vectorbt 0.25.5 on the bundled AAPL series (tests/data/backtest/peer-reference.md).
#include "SampleBars.h"
#include "core/backtest/IndicatorCache.h"
#include "core/backtest/Simulator.h"
#include "core/backtest/StrategyRegistry.h"
#include "tests/testutils/TestPaths.h"

#include <QTest>
#include <cmath>

using namespace sn;
using namespace sn::bt;

Q_DECLARE_METATYPE(sn::bt::SizingMode)

class TestPeerMatch : public QObject
{
    Q_OBJECT
private:
    BarSeries m_bars;

private slots:
    void initTestCase()
    {
        auto bars = test::readSampleBars(test::sampleDataFile("aapl_yahoo_2013_2018.csv").toStdString());
        QVERIFY2(bars.ok(), bars.ok() ? "" : bars.error().toString().c_str());
        m_bars = std::move(bars).value();
        QCOMPARE(m_bars.size(), std::size_t(1260));
    }

    void referenceRows_data()
    {
        QTest::addColumn<sn::bt::SizingMode>("mode");
        QTest::addColumn<double>("units");
        QTest::addColumn<double>("commission");
        QTest::addColumn<double>("finalValue");
        // Rows of tests/data/backtest/peer-reference.md.
        QTest::newRow("all-in c=0") << SizingMode::AllInFractional << 0.0 << 0.0 << 152032.3454338405;
        QTest::newRow("all-in c=0.001") << SizingMode::AllInFractional << 0.0 << 0.001 << 144184.50720527052;
        QTest::newRow("100 shares c=0") << SizingMode::FixedUnits << 100.0 << 0.0 << 104040.8553;
        QTest::newRow("100 shares c=0.001") << SizingMode::FixedUnits << 100.0 << 0.001 << 103417.7814423;
    }

    void referenceRows()
    {
        QFETCH(sn::bt::SizingMode, mode);
        QFETCH(double, units);
        QFETCH(double, commission);
        QFETCH(double, finalValue);
        const Strategy *sma = StrategyRegistry::find("sma_cross");
        QVERIFY(sma);
        auto params = sma->info().resolve(
            std::vector<std::pair<std::string, std::string>>{{"fast", "10"}, {"slow", "30"}});
        QVERIFY(params.ok());
        IndicatorCache cache(m_bars.high, m_bars.low, m_bars.close);
        std::vector<std::uint8_t> sig(m_bars.size());
        sma->computeSignals(*params, cache, sig);

        BacktestConfig cfg;
        cfg.cash = 100000;
        cfg.costs.commission = commission;
        cfg.sizing = {mode, units};
        auto r = Simulator::run(m_bars, sig, cfg);
        QVERIFY(r.ok());
        const double rel = std::fabs(r->finalEquity - finalValue) / finalValue;
        QVERIFY2(rel <= 1e-9, qPrintable(QString("final %1 vs %2 (rel %3)")
                                             .arg(r->finalEquity, 0, 'f', 10)
                                             .arg(finalValue, 0, 'f', 10)
                                             .arg(rel)));
        QCOMPARE(r->trades.size(), std::size_t(26));
        QCOMPARE(r->openPositions.size(), std::size_t(1));
        QCOMPARE(r->fills.size(), std::size_t(26 * 2 + 1));
        QCOMPARE(formatDate(r->fills.front().time), std::string("2013-07-18"));
        // The first fill is at that day's open, the equity curve ends at the final value.
        QCOMPARE(r->fills.front().price, m_bars.open[r->fills.front().bar]);
        QCOMPARE(r->equity.back(), r->finalEquity);
        QCOMPARE(r->tally.rejectedOrders, std::size_t(0));
        // Closed-trade pnl plus the open position's unrealised pnl is the whole gain.
        double pnl = r->openPositions[0].unrealizedPnl;
        for (const auto &t : r->trades)
            pnl += t.pnl;
        QVERIFY(std::fabs(cfg.cash + pnl - r->finalEquity) < 1e-6);
    }
};

QTEST_APPLESS_MAIN(TestPeerMatch)
#include "tst_peermatch.moc"
