// Backtest metrics on a hand-made run, and the --explain catalogue.
#include "core/backtest/Metrics.h"

#include <QTest>
#include <cmath>
#include <numeric>

using namespace sn;
using namespace sn::bt;

class TestMetrics : public QObject
{
    Q_OBJECT
private:
    static BacktestResult handRun()
    {
        BacktestResult r;
        r.initialCash = 100;
        r.equity = {100, 110, 99, 120};
        for (int d = 0; d < 4; ++d)
            r.time.push_back(toTimestamp({2021, 1, 4 + d}));
        r.finalEquity = 120;
        r.tally.closedTrades = 3;
        r.tally.wins = 2;
        r.tally.losses = 1;
        r.tally.grossProfit = 40; // +10, +30
        r.tally.grossLoss = 20;   // -20
        r.tally.bestTrade = 30;
        r.tally.worstTrade = -20;
        r.tally.barsInMarket = 3;
        return r;
    }

private slots:
    void tradeAndReturnMetrics()
    {
        const BacktestResult r = handRun();
        const BacktestMetrics m = Metrics::compute(r, {}, Convention::supernova());
        QCOMPARE(m.finalEquity, 120.0);
        QVERIFY(std::fabs(m.totalReturn - 0.2) < 1e-15);
        QCOMPARE(m.trades, std::size_t(3));
        QVERIFY(std::fabs(*m.winRate - 2.0 / 3) < 1e-15);
        QCOMPARE(*m.profitFactor, 2.0);
        QCOMPARE(*m.averageWin, 20.0);
        QCOMPARE(*m.averageLoss, 20.0);
        QVERIFY(std::fabs(*m.expectancy - 20.0 / 3) < 1e-12);
        QCOMPARE(*m.bestTrade, 30.0);
        QCOMPARE(*m.worstTrade, -20.0);
        QCOMPARE(m.exposure, 0.75);
        // Curve [100 start, 100, 110, 99, 120]: peak 110 (Jan 5), trough 99
        // (Jan 6), depth 0.1, recovered at 120 (Jan 7), 2 bars peak to recovery.
        QVERIFY(std::fabs(m.maxDrawdown - 0.1) < 1e-12);
        QCOMPARE(formatDate(m.drawdownStart), std::string("2021-01-05"));
        QCOMPARE(formatDate(m.drawdownTrough), std::string("2021-01-06"));
        QVERIFY(m.drawdownRecovery);
        QCOMPARE(formatDate(*m.drawdownRecovery), std::string("2021-01-07"));
        QCOMPARE(m.drawdownDurationBars, std::size_t(2));
        // Sharpe by hand: returns 0, 0.1, -0.1, 120/99 - 1; sample sd; x sqrt(252).
        const double rr[] = {0, 0.1, -0.1, 120.0 / 99 - 1};
        const double mean = std::accumulate(std::begin(rr), std::end(rr), 0.0) / 4;
        double ss = 0;
        for (double x : rr)
            ss += (x - mean) * (x - mean);
        const double sd = std::sqrt(ss / 3);
        QVERIFY(m.sharpe && std::fabs(*m.sharpe - mean / sd * std::sqrt(252.0)) < 1e-12);
        QVERIFY(m.annualVolatility && std::fabs(*m.annualVolatility - sd * std::sqrt(252.0)) < 1e-12);
        // CAGR over 3 calendar days: 1.2^(365.25/3) - 1.
        QVERIFY(m.cagr && std::fabs(*m.cagr / (std::pow(1.2, 365.25 / 3) - 1) - 1) < 1e-9);
    }

    void undefinedWithoutTrades()
    {
        BacktestResult r;
        r.initialCash = 100;
        r.equity = {100, 100, 100};
        r.time = {0, 86'400'000, 2 * 86'400'000};
        const BacktestMetrics m = Metrics::compute(r, {}, Convention::supernova());
        QVERIFY(!m.winRate && !m.profitFactor && !m.expectancy);
        QVERIFY(!m.sharpe); // zero deviation: not defined, never NaN
        QCOMPARE(m.maxDrawdown, 0.0);
        QCOMPARE(m.totalReturn, 0.0);
    }

    void sweepSubsetAgreesWithFullCompute()
    {
        const BacktestResult r = handRun();
        std::vector<double> scratch(4);
        for (Metric metric : {Metric::Sharpe, Metric::Sortino, Metric::Calmar, Metric::MaxDrawdown,
                              Metric::AnnualVolatility, Metric::WinRate, Metric::FinalEquity}) {
            const auto full = Metrics::value(Metrics::compute(r, {}, Convention::supernova()), metric);
            const auto part = Metrics::value(
                Metrics::computeFor(metric, 100, r.equity, r.time, r.tally, Convention::supernova(), scratch),
                metric);
            QVERIFY2(full.has_value() == part.has_value() && (!full || *full == *part),
                     Metrics::name(metric));
        }
    }

    void namesAndExplain()
    {
        for (Metric m : Metrics::all()) {
            auto back = Metrics::fromName(Metrics::name(m));
            QVERIFY(back.ok() && *back == m);
        }
        auto bad = Metrics::fromName("sharpee");
        QVERIFY(!bad.ok() && bad.error().message.find("sharpee") != std::string::npos);
        QVERIFY(!Metrics::higherIsBetter(Metric::MaxDrawdown));
        QVERIFY(Metrics::higherIsBetter(Metric::Sharpe));
        const auto ex = Metrics::explain(Convention::supernova());
        QStringList names;
        for (const auto &e : ex) {
            names << QString::fromStdString(e.name);
            QVERIFY2(!e.formula.empty(), e.name.c_str());
        }
        for (const char *required :
             {"total_return", "cagr", "annual_volatility", "sharpe", "sortino", "calmar", "max_drawdown",
              "exposure", "trades", "win_rate", "profit_factor", "expectancy", "beta", "alpha"})
            QVERIFY2(names.contains(QString::fromLatin1(required)), required);
        bool mentions252 = false;
        for (const auto &e : ex)
            mentions252 = mentions252 || e.formula.find("252") != std::string::npos;
        QVERIFY(mentions252);
    }
};

QTEST_APPLESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
