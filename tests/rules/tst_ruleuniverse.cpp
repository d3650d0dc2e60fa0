// A rule run on each symbol of a list (RuleUniverse): each account equals a
// backtest of that symbol alone with its share of the cash, and the combined
// account is their sum over the union of the bar times.
#include "SampleBars.h"
#include "core/rules/RuleStrategy.h"
#include "core/rules/RuleUniverse.h"
#include "tests/testutils/TestPaths.h"

#include <QTest>

using namespace sn;
using namespace sn::bt;
using namespace sn::rules;

class TestRuleUniverse : public QObject
{
    Q_OBJECT
private:
    BarSeries m_aapl, m_gspc;

private slots:
    void initTestCase()
    {
        auto a = test::readSampleBars(test::sampleDataFile("aapl_yahoo_2013_2018.csv").toStdString());
        auto g = test::readSampleBars(test::sampleDataFile("sp500_yahoo_2000_2020.csv").toStdString());
        QVERIFY(a.ok() && g.ok());
        m_aapl = std::move(a).value();
        m_gspc = std::move(g).value();
        m_aapl.symbol = "AAPL";
        m_gspc.symbol = "^GSPC";
    }

    void eachAccountAndTheirSum()
    {
        auto rule = RuleStrategy::fromText(
            "param fast: int = 10 in 2..200\nparam slow: int = 40 in 5..400\n"
            "entry = cross_above(ema(close, fast), sma(close, slow))\n"
            "exit = cross_below(ema(close, fast), sma(close, slow))\nstop = 2 * atr(14)\n",
            "trend");
        QVERIFY(rule.ok());
        BacktestRequest request;
        request.custom = rule->get();
        request.config.cash = 90000;
        request.config.costs.commission = 0.001;
        auto run = RuleUniverse::run({&m_aapl, &m_gspc}, request);
        QVERIFY2(run.ok(), run.ok() ? "" : run.error().toString().c_str());
        QCOMPARE(run->symbols, (std::vector<std::string>{"AAPL", "^GSPC"}));

        BacktestRequest alone = request;
        alone.config.cash = 45000;
        double finals = 0;
        std::size_t trades = 0;
        for (std::size_t i = 0; i < 2; ++i) {
            auto single = Backtester::run(i == 0 ? m_aapl : m_gspc, alone);
            QVERIFY(single.ok());
            QCOMPARE(run->each[i].result.finalEquity, single->result.finalEquity);
            QCOMPARE(run->each[i].result.equity, single->result.equity);
            QCOMPARE(run->each[i].metrics.sharpe, single->metrics.sharpe);
            finals += single->result.finalEquity;
            trades += single->result.trades.size();
        }
        const BacktestResult &sum = run->combined.result;
        QCOMPARE(sum.initialCash, 90000.0);
        QCOMPARE(sum.finalEquity, finals);
        QCOMPARE(sum.trades.size(), trades);
        QCOMPARE(run->combined.metrics.trades, trades);
        // The union of the times: ^GSPC's 2000-2020 covers AAPL's 2013-2018.
        QCOMPARE(sum.time.size(), m_gspc.size());
        // Before AAPL's first bar its account is cash; after its last, its final equity.
        QCOMPARE(sum.equity.front(), 45000.0 + run->each[1].result.equity.front());
        QCOMPARE(sum.equity.back(), run->each[0].result.finalEquity + run->each[1].result.equity.back());
        QVERIFY(std::abs(run->combined.metrics.totalReturn - (finals / 90000.0 - 1)) < 1e-12);
        for (const Trade &t : sum.trades)
            QVERIFY(t.asset == 0 || t.asset == 1);
        QVERIFY(run->combined.metrics.exposure > 0 && run->combined.metrics.exposure <= 1);
    }

    void errorsNameTheSymbol()
    {
        auto rule = RuleStrategy::fromText("entry = close > sma(close, 300)\n", "long");
        QVERIFY(rule.ok());
        BacktestRequest request;
        request.custom = rule->get();
        BarSeries shortSeries;
        shortSeries.symbol = "TINY";
        for (int i = 0; i < 20; ++i)
            shortSeries.append(TimestampMs(i) * 86'400'000, 10, 11, 9, 10, 100);
        auto r = RuleUniverse::run({&m_aapl, &shortSeries}, request);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().find("symbol TINY") != std::string::npos, r.error().toString().c_str());
        auto twice = RuleUniverse::run({&m_aapl, &m_aapl}, request);
        QVERIFY(!twice.ok());
        QVERIFY(twice.error().message.find("'AAPL' is listed twice") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestRuleUniverse)
#include "tst_ruleuniverse.moc"
