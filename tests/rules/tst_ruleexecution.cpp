// What compiled rules compute: each kernel against a plain reference, no
// look-ahead (a signal at bar t never changes when later bars change),
// stops stated by the rule, equal results on any number of threads.
#include "SampleBars.h"
#include "core/backtest/Backtester.h"
#include "core/backtest/IndicatorCache.h"
#include "core/backtest/Optimizer.h"
#include "core/backtest/StrategyRegistry.h"
#include "core/indicators/Indicators.h"
#include "core/rules/RuleStrategy.h"
#include "tests/testutils/TestPaths.h"

#include <QTest>
#include <cmath>
#include <random>

using namespace sn;
using namespace sn::bt;
using namespace sn::rules;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::unique_ptr<RuleStrategy> compileOrFail(const std::string &text)
{
    auto r = RuleStrategy::fromText(text, "test");
    if (!r.ok()) {
        qWarning("%s", r.error().message.c_str());
        return nullptr;
    }
    return std::move(r).value();
}

// The node an output reads (tests write "entry = <cond>" or
// "let v = ...\nentry = v > -1e300" to reach a value).
int rootOperand(const RuleStrategy &r)
{
    const PlanNode &root = r.plan().nodes[std::size_t(r.plan().entry)];
    return root.in[0];
}

std::vector<double> valuesOf(const std::string &expr, const BarSeries &s)
{
    auto rule = compileOrFail("entry = " + expr + " > -1e300\n");
    if (!rule)
        return {};
    IndicatorCache cache(s.open, s.high, s.low, s.close, s.volume);
    return rule->plan().evaluate(rootOperand(*rule), rule->info().defaults(), cache);
}

std::vector<std::uint8_t> signalsOf(const RuleStrategy &rule, const BarSeries &s, std::span<const double> p)
{
    IndicatorCache cache(s.open, s.high, s.low, s.close, s.volume);
    std::vector<std::uint8_t> out(s.size());
    rule.computeSignals(p, cache, out);
    return out;
}

bool sameOrBothNaN(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

// Equal element by element, NaN matching NaN (QCOMPARE on vectors would
// call two NaNs different).
bool sameSeries(const std::vector<double> &a, const std::vector<double> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!sameOrBothNaN(a[i], b[i]))
            return false;
    return true;
}

BarSeries tiny(const std::vector<double> &close)
{
    BarSeries s;
    for (std::size_t i = 0; i < close.size(); ++i)
        s.append(TimestampMs(i) * 86'400'000, close[i], close[i] + 1, close[i] - 1, close[i],
                 100 + double(i));
    return s;
}

} // namespace

class TestRuleExecution : public QObject
{
    Q_OBJECT
private:
    BarSeries m_aapl;

private slots:
    void initTestCase()
    {
        auto bars = test::readSampleBars(test::sampleDataFile("aapl_yahoo_2013_2018.csv").toStdString());
        QVERIFY(bars.ok());
        m_aapl = std::move(bars).value();
    }

    void crossTieRuleAsBuiltins()
    {
        BarSeries s = tiny({1, 1, 2, 3, 2, 1, 3});
        auto up = compileOrFail("entry = cross_above(close, 2)\nexit = cross_below(close, 2)\n");
        QVERIFY(up);
        const auto f = signalsOf(*up, s, {});
        // close - 2 = -1, -1, 0, 1, 0, -1, 1: bar 0 is the first defined bar.
        const std::vector<std::uint8_t> expected{0, 0, 0, kEnterLong, 0, kExitLong, kEnterLong};
        QCOMPARE(f, expected);
    }

    void lagHighestSumBarsSince()
    {
        BarSeries s = tiny({5, 3, 8, 1, 9, 2});
        const auto lag = valuesOf("close[2]", s);
        QVERIFY(std::isnan(lag[0]) && std::isnan(lag[1]));
        QCOMPARE(lag[2], 5.0);
        QCOMPARE(lag[5], 1.0);
        const auto hi = valuesOf("highest(close, 3)", s);
        QVERIFY(std::isnan(hi[1]));
        QCOMPARE(hi[2], 8.0);
        QCOMPARE(hi[3], 8.0);
        QCOMPARE(hi[5], 9.0);
        const auto lo = valuesOf("lowest(close, 2)", s);
        QCOMPARE(lo[1], 3.0);
        QCOMPARE(lo[4], 1.0);
        const auto sum = valuesOf("sum(close, 3)", s);
        QVERIFY(std::isnan(sum[1]));
        QCOMPARE(sum[2], 16.0);
        QCOMPARE(sum[5], 12.0);
        const auto since = valuesOf("bars_since(close > 7)", s);
        QVERIFY(std::isnan(since[0]) && std::isnan(since[1]));
        QCOMPARE(since[2], 0.0);
        QCOMPARE(since[3], 1.0);
        QCOMPARE(since[4], 0.0);
        QCOMPARE(since[5], 1.0);
        const auto choice = valuesOf("if(close > 4, close, -close)", s);
        QCOMPARE(choice, (std::vector<double>{5, -3, 8, -1, 9, -2}));
        const auto mm = valuesOf("max(close[1], 4) - min(close, 4)", s);
        QVERIFY(std::isnan(mm[0]));
        QCOMPARE(mm[1], 5.0 - 3.0);
        QCOMPARE(mm[2], 4.0 - 4.0);
    }

    void indicatorsMatchTheIndicatorLibrary()
    {
        const BarSeries &s = m_aapl;
        const std::size_t n = s.size();
        std::vector<double> ref(n), a(n), b(n), c(n);
        QVERIFY(ind::ema(s.close, 21, ref).ok());
        QVERIFY(sameSeries(valuesOf("ema(close, 21)", s), ref));
        QVERIFY(ind::atr(s.high, s.low, s.close, 14, ref).ok());
        QVERIFY(sameSeries(valuesOf("atr(14)", s), ref));
        QVERIFY(ind::stochastic(s.high, s.low, s.close, 14, 3, 3, a, b).ok());
        QVERIFY(sameSeries(valuesOf("stoch_k(14, 3, 3)", s), a));
        QVERIFY(sameSeries(valuesOf("stoch_d(14, 3, 3)", s), b));
        QVERIFY(ind::macd(s.close, 12, 26, 9, a, b, c).ok());
        const auto hist = valuesOf("macd_hist(close, 12, 26, 9)", s);
        for (std::size_t i = 0; i < n; ++i)
            QVERIFY(sameOrBothNaN(hist[i], c[i]));
        QVERIFY(ind::obv(s.close, s.volume, ref).ok());
        QVERIFY(sameSeries(valuesOf("obv()", s), ref));
        // An indicator of a derived series starts at the input's first value.
        std::vector<double> r(n);
        QVERIFY(ind::rsi(s.close, 14, r).ok());
        std::vector<double> smoothed(n, kNaN);
        QVERIFY(ind::sma(std::span<const double>(r).subspan(14), 5, std::span<double>(smoothed).subspan(14))
                    .ok());
        const auto got = valuesOf("sma(rsi(close, 14), 5)", s);
        for (std::size_t i = 0; i < n; ++i)
            QVERIFY2(sameOrBothNaN(got[i], smoothed[i]), qPrintable(QString::number(i)));
        QVERIFY(!std::isnan(got[20]));
        // The same on a non-close input (computed, not cached).
        QVERIFY(ind::wma(s.open, 10, ref).ok());
        QVERIFY(sameSeries(valuesOf("wma(open, 10)", s), ref));
    }

    void noLookAhead()
    {
        // A rule using every kind of kernel: its signal at bar t must not
        // change when every bar after t is replaced.
        auto rule = compileOrFail(
            "param n: int = 14 in 2..50\n"
            "let trend = ema(close, 3 * n) - wma(close, n)\n"
            "let band = bb_upper(close, 20, 2) - bb_lower(high, 20, 2)\n"
            "entry = cross_above(rsi(close, n), 30) and trend > trend[2] or close > highest(high, n)[1]\n"
            "exit = cross_below(macd_line(close, 12, 26, 9), macd_signal(close, 12, 26, 9)) or "
            "bars_since(close < open) > 3\n"
            "short_entry = stoch_k(14, 3, 3) > 80 and sum(volume, 5) > sum(volume, 20) / 4 and band > "
            "atr(n)\n"
            "short_exit = roc(close, 10) < -5 or obv() < obv()[5] or if(close > open, close, open) < "
            "lowest(low, 30)\n");
        QVERIFY(rule);
        const std::vector<double> p{14};
        const auto full = signalsOf(*rule, m_aapl, p);
        std::mt19937 rng(99);
        for (std::size_t t : {std::size_t(40), std::size_t(300), std::size_t(777), m_aapl.size() - 2}) {
            BarSeries altered = m_aapl;
            for (std::size_t i = t + 1; i < altered.size(); ++i) {
                const double f = 0.5 + double(rng() % 1000) / 500.0;
                altered.open[i] *= f;
                altered.high[i] *= f * 1.1;
                altered.low[i] *= f * 0.9;
                altered.close[i] *= f;
                altered.volume[i] *= f * 3;
            }
            const auto changed = signalsOf(*rule, altered, p);
            for (std::size_t i = 0; i <= t; ++i)
                QVERIFY2(full[i] == changed[i],
                         qPrintable(QStringLiteral("bar %1 changed after altering bars > %2").arg(i).arg(t)));
        }
        std::size_t signalling = 0;
        for (auto f : full)
            signalling += f != 0;
        QVERIFY(signalling > 20); // the rule does signal, so the check above means something
    }

    void stopsStatedByTheRule()
    {
        // A rule's stops equal the same stops given as options to the built-in.
        auto rule = compileOrFail("param fast: int = 10 in 1..5000\nparam slow: int = 30 in 2..5000\nparam "
                                  "frac: float = 0.05 in 0..0.5\n"
                                  "entry = cross_above(sma(close, fast), sma(close, slow))\nexit = "
                                  "cross_below(sma(close, fast), sma(close, slow))\n"
                                  "stop_loss = frac\ntrailing_stop = frac * 2\n");
        QVERIFY(rule);
        QCOMPARE(rule->stopParameters(), (std::vector<int>{2}));
        BacktestConfig base;
        auto b = Backtester::run(m_aapl, *rule, std::vector<double>{10, 30, 0.04}, base,
                                 Convention::supernova(), false);
        QVERIFY(b.ok());
        BacktestConfig withStops;
        withStops.stopLoss = 0.04;
        withStops.trailingStop = 0.08;
        auto a = Backtester::run(m_aapl, *StrategyRegistry::find("sma_cross"), std::vector<double>{10, 30},
                                 withStops, Convention::supernova(), false);
        QVERIFY(a.ok());
        QCOMPARE(b->result.trades.size(), a->result.trades.size());
        QCOMPARE(b->result.finalEquity, a->result.finalEquity);
        bool stopped = false;
        for (const Trade &t : b->result.trades)
            stopped = stopped || t.exitReason != FillReason::Signal;
        QVERIFY(stopped);
        // A stop given twice is refused, naming it.
        auto twice = Backtester::run(m_aapl, *rule, std::vector<double>{10, 30, 0.04}, withStops,
                                     Convention::supernova(), false);
        QVERIFY(!twice.ok());
        QVERIFY(twice.error().message.find(
                    "'stop_loss' is set both by the rule and by the backtest options") != std::string::npos);
        // A sweep over the stop parameter gets one config per row.
        SweepConfig sc;
        sc.custom = rule.get();
        sc.grid = {*ParamRange::parse("frac=0:0.1:0.05")};
        sc.fixed = {{"fast", 10}, {"slow", 30}};
        sc.threads = 1;
        auto sweep = Optimizer::run(m_aapl, sc);
        QVERIFY(sweep.ok());
        QCOMPARE(sweep->table.rows(), std::size_t(3));
        QVERIFY(sweep->table.finalEquity[0] != sweep->table.finalEquity[1]);
    }

    void distanceStopsOnAHandMadeSeries()
    {
        // Entry decided at bar 1 (close 11 crosses 10.5), filled at bar 2's
        // open (12). A stop 3 below: the level is 9; bar 4 closes at 9 and
        // decides the exit, filled at bar 5's open.
        BarSeries s = tiny({10, 11, 12, 11, 9, 8, 8, 8});
        auto rule = compileOrFail("entry = cross_above(close, 10.5)\nstop = 3\n");
        QVERIFY(rule);
        auto r = Backtester::run(s, *rule, {}, BacktestConfig{}, Convention::supernova(), false);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QCOMPARE(r->result.trades.size(), std::size_t(1));
        const Trade &t = r->result.trades[0];
        QCOMPARE(t.entryBar, std::size_t(2));
        QCOMPARE(t.entryPrice, 12.0);
        QCOMPARE(t.exitBar, std::size_t(5));
        QCOMPARE(t.exitReason, FillReason::StopLoss);
        // A target 2 above the entry (14): bar 3 closes at 14 and decides it.
        BarSeries up = tiny({10, 11, 12, 14, 15, 16});
        auto target = compileOrFail("entry = cross_above(close, 10.5)\ntarget = 2\n");
        QVERIFY(target);
        auto t2 = Backtester::run(up, *target, {}, BacktestConfig{}, Convention::supernova(), false);
        QVERIFY(t2.ok());
        QCOMPARE(t2->result.trades.size(), std::size_t(1));
        QCOMPARE(t2->result.trades[0].exitBar, std::size_t(4));
        QCOMPARE(t2->result.trades[0].exitReason, FillReason::TakeProfit);
        // A trail of 2 below the best close (15 at bar 4): bar 6 closes at 13.
        BarSeries peak = tiny({10, 11, 12, 14, 15, 14, 13, 12, 12});
        auto trail = compileOrFail("entry = cross_above(close, 10.5)\ntrail = 2\n");
        QVERIFY(trail);
        auto t3 = Backtester::run(peak, *trail, {}, BacktestConfig{}, Convention::supernova(), false);
        QVERIFY(t3.ok());
        QCOMPARE(t3->result.trades.size(), std::size_t(1));
        QCOMPARE(t3->result.trades[0].exitBar, std::size_t(7));
        QCOMPARE(t3->result.trades[0].exitReason, FillReason::TrailingStop);
        // Short: the stop sits above the entry.
        BarSeries down = tiny({10, 9, 8, 9, 11, 12, 12});
        auto shortStop = compileOrFail("short_entry = cross_below(close, 9.5)\nstop = 3\n");
        QVERIFY(shortStop);
        BacktestConfig shorting;
        shorting.allowShort = true;
        auto t4 = Backtester::run(down, *shortStop, {}, shorting, Convention::supernova(), false);
        QVERIFY(t4.ok());
        QCOMPARE(t4->result.trades.size(), std::size_t(1));
        QVERIFY(t4->result.trades[0].quantity < 0);
        QCOMPARE(t4->result.trades[0].entryPrice, 8.0);
        QCOMPARE(t4->result.trades[0].exitBar, std::size_t(5)); // close 11 >= 8 + 3 at bar 4
        QCOMPARE(t4->result.trades[0].exitReason, FillReason::StopLoss);
    }

    void atrStopAsTheIssueWritesIt()
    {
        // stop = 2 * atr(14): every stop exit happened on the first close at
        // or below entry - 2 x ATR of the bar that decided the entry, checked
        // against the indicator library.
        auto rule = compileOrFail("param fast: int = 10 in 1..5000\nparam slow: int = 30 in 2..5000\nparam "
                                  "k: float = 2 in 0.5..10\n"
                                  "entry = cross_above(sma(close, fast), sma(close, slow))\nexit = "
                                  "cross_below(sma(close, fast), sma(close, slow))\n"
                                  "stop = k * atr(14)\n");
        QVERIFY(rule);
        auto r = Backtester::run(m_aapl, *rule, std::vector<double>{10, 30, 1}, BacktestConfig{},
                                 Convention::supernova(), false);
        QVERIFY(r.ok());
        std::vector<double> atr(m_aapl.size());
        QVERIFY(ind::atr(m_aapl.high, m_aapl.low, m_aapl.close, 14, atr).ok());
        std::size_t stopped = 0;
        for (const Trade &t : r->result.trades) {
            const double level = t.entryPrice - 1 * atr[t.entryBar - 1];
            std::size_t firstBelow = 0;
            for (std::size_t b = t.entryBar; b < m_aapl.size() && !firstBelow; ++b)
                if (m_aapl.close[b] <= level)
                    firstBelow = b;
            if (t.exitReason == FillReason::StopLoss) {
                ++stopped;
                QCOMPARE(t.exitBar, firstBelow + 1);
            } else {
                QVERIFY(firstBelow == 0 || firstBelow + 1 >= t.exitBar); // the signal exit came first
            }
        }
        QVERIFY(stopped > 3);
        // Without the stop the rule is the built-in crossover, so the stop
        // changed something real.
        auto plain =
            Backtester::run(m_aapl, *StrategyRegistry::find("sma_cross"), std::vector<double>{10, 30},
                            BacktestConfig{}, Convention::supernova(), false);
        QVERIFY(plain.ok());
        QVERIFY(plain->result.finalEquity != r->result.finalEquity);
        // A sweep over k gets the distances per row, equal to single runs.
        SweepConfig sc;
        sc.custom = rule.get();
        sc.grid = {*ParamRange::parse("k=1:3:1")};
        sc.fixed = {{"fast", 10}, {"slow", 30}};
        sc.threads = 2;
        auto sweep = Optimizer::run(m_aapl, sc);
        QVERIFY(sweep.ok());
        QCOMPARE(sweep->table.rows(), std::size_t(3));
        for (std::size_t i = 0; i < 3; ++i) {
            auto single = Backtester::run(m_aapl, *rule, sweep->table.row(i), BacktestConfig{},
                                          Convention::supernova(), false);
            QVERIFY(single.ok());
            QCOMPARE(sweep->table.finalEquity[i], single->result.finalEquity);
        }
        QVERIFY(sweep->table.finalEquity[0] != sweep->table.finalEquity[2]);
    }

    void distanceStopsReadOnlyTheirOwnNodes()
    {
        // A distance built from a crossing whose partner the signals use:
        // the distance pass runs only what it needs, and still gets the same
        // values as evaluating the node with the whole plan.
        auto rule = compileOrFail(
            "let up = cross_above(sma(close, 5), sma(close, 20))\n"
            "entry = up\nexit = cross_below(sma(close, 5), sma(close, 20))\n"
            "trail = if(bars_since(up) > 10, 2 * atr(14), 4 * atr(14)) + abs(close - close[3])\n");
        QVERIFY(rule);
        IndicatorCache cache(m_aapl.open, m_aapl.high, m_aapl.low, m_aapl.close, m_aapl.volume);
        StopDistances d;
        QVERIFY(rule->computeStopDistances({}, cache, d));
        QVERIFY(d.stopLoss.empty() && d.takeProfit.empty());
        IndicatorCache fresh(m_aapl.open, m_aapl.high, m_aapl.low, m_aapl.close, m_aapl.volume);
        QVERIFY(sameSeries(d.trailing, rule->plan().evaluate(rule->plan().trailingDistance, {}, fresh)));
        std::size_t defined = 0;
        for (double v : d.trailing)
            defined += !std::isnan(v);
        QVERIFY(defined > 1000);
    }

    void distanceStopMustBeANumber()
    {
        std::vector<Diagnostic> d;
        QVERIFY(!RuleStrategy::compile("entry = close > 1\nstop = close > open\n", "t", d));
        QCOMPARE(d.size(), std::size_t(1));
        QCOMPARE(d[0].message,
                 std::string("'stop' must be a number (a distance in price), got a condition series"));
    }

    void threadsDoNotChangeASweep()
    {
        auto rule = compileOrFail(
            "param fast: int = 10 in 1..100\nparam slow: int = 30 in 2..300\nrequire fast < slow\n"
            "entry = cross_above(sma(close, fast), ema(close, slow)) and rsi(close, 7) < 70\n"
            "exit = cross_below(sma(close, fast), ema(close, slow))\n");
        QVERIFY(rule);
        SweepConfig sc;
        sc.custom = rule.get();
        sc.grid = {*ParamRange::parse("fast=3:30:3"), *ParamRange::parse("slow=10:100:10")};
        sc.threads = 1;
        auto one = Optimizer::run(m_aapl, sc);
        sc.threads = 4;
        auto four = Optimizer::run(m_aapl, sc);
        QVERIFY(one.ok() && four.ok());
        QCOMPARE(four->table.finalEquity, one->table.finalEquity);
        QCOMPARE(four->ranking, one->ranking);
    }

    void missingVolumeIsUndefinedNotGarbage()
    {
        // A cache built without volume (the three-array constructor): a
        // rule reading it sees NaN, so comparisons are false.
        auto rule = compileOrFail("entry = volume > 0 or obv() > -1e300\n");
        QVERIFY(rule);
        IndicatorCache cache(m_aapl.high, m_aapl.low, m_aapl.close);
        std::vector<std::uint8_t> out(m_aapl.size(), 0xFF);
        rule->computeSignals({}, cache, out);
        for (auto f : out)
            QCOMPARE(f, std::uint8_t(0));
    }
};

QTEST_APPLESS_MAIN(TestRuleExecution)
#include "tst_ruleexecution.moc"
