// Every built-in strategy: its signals checked against independently
// recomputed indicator conditions on the bundled AAPL series, the registry,
// parameter specs and bad input.
#include "SampleBars.h"
#include "core/backtest/Backtester.h"
#include "core/backtest/Crossover.h"
#include "core/backtest/IndicatorCache.h"
#include "core/backtest/MomentumRotation.h"
#include "core/backtest/StrategyRegistry.h"
#include "core/indicators/Indicators.h"
#include "tests/testutils/TestPaths.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <random>

using namespace sn;
using namespace sn::bt;

namespace {

using KV = std::vector<std::pair<std::string, std::string>>;

BacktestRequest request(const std::string &name, KV params = {})
{
    BacktestRequest r;
    r.strategy = name;
    r.params = std::move(params);
    r.config.cash = 100000;
    r.config.costs.commission = 0.001;
    return r;
}

bool contains(const Error &e, const char *text)
{
    return e.toString().find(text) != std::string::npos;
}

} // namespace

class TestStrategies : public QObject
{
    Q_OBJECT
private:
    BarSeries m_bars;
    std::size_t n() const { return m_bars.size(); }

private slots:
    void initTestCase()
    {
        auto bars = test::readSampleBars(test::sampleDataFile("aapl_yahoo_2013_2018.csv").toStdString());
        QVERIFY(bars.ok());
        m_bars = std::move(bars).value();
    }

    void crossoverTieRule()
    {
        // d = NaN, -1, 0, +1, 0, -1, +1: bar 1 is the first with both lines
        // (cannot signal); bar 3 is up (last non-zero was -1, the 0 is
        // skipped); bar 5 down; bar 6 up; bars 2 and 4 (d = 0) nothing.
        std::vector<double> fast{NAN, 1, 2, 3, 2, 1, 3}, slow{NAN, 2, 2, 2, 2, 2, 2};
        std::vector<std::uint8_t> out(7);
        crossoverSignals(fast, slow, out);
        const std::vector<std::uint8_t> expected{
            0, 0, 0, kEnterLong | kExitShort, 0, kExitLong | kEnterShort, kEnterLong | kExitShort};
        QCOMPARE(out, expected);
        // Starting at zero: no sign known yet, so the first move does not signal.
        std::vector<double> f2{2, 3, 1}, s2{2, 2, 2};
        std::vector<std::uint8_t> o2(3);
        crossoverSignals(f2, s2, o2);
        QCOMPARE(o2, (std::vector<std::uint8_t>{0, 0, kExitLong | kEnterShort}));
    }

    void onePassSmaCrossoverEqualsTwoPasses()
    {
        // Close prices on a coarse grid, so the two averages tie exactly now
        // and then; one series with a NaN. The one-pass smaCrossover, the
        // run-by-run CrossoverScan and crossoverSignals must all give the
        // signals of the rule applied bar by bar (reference below, from
        // the rule's text; for the SMA-specific paths on exact signs), and
        // the averages must be ind::sma's bit for bit.
        std::mt19937_64 rng(17);
        std::uniform_int_distribution<int> level(0, 3), chunk(1, 20);
        const std::pair<int, int> periods[] = {{3, 7}, {7, 3}, {1, 2}, {10, 30}};
        std::size_t ties = 0;
        for (std::size_t len : {std::size_t(0), std::size_t(5), std::size_t(37), std::size_t(38),
                                std::size_t(45), std::size_t(2000)}) {
            for (bool withNaN : {false, true}) {
                std::vector<double> close(len);
                for (auto &c : close)
                    c = 10.0 + level(rng);
                if (withNaN && len > 20)
                    close[len / 2] = NAN;
                for (auto [fast, slow] : periods) {
                    std::vector<double> fa(len), sa(len), fb(len), sb(len);
                    QVERIFY(ind::sma(close, fast, fa).ok() && ind::sma(close, slow, sa).ok());
                    // Reference: the sign of the last non-zero difference
                    // before each bar; the first bar with both lines and the
                    // bars before it never signal.
                    std::vector<std::uint8_t> want(len, kNoSignal);
                    int last = 0;
                    bool seen = false;
                    for (std::size_t t = 0; t < len; ++t) {
                        const double d = fa[t] - sa[t];
                        if (!seen) {
                            if (std::isnan(d))
                                continue;
                            seen = true;
                        } else if (d > 0 && last < 0) {
                            want[t] = kEnterLong | kExitShort;
                        } else if (d < 0 && last > 0) {
                            want[t] = kExitLong | kEnterShort;
                        }
                        ties += d == 0;
                        if (d > 0)
                            last = 1;
                        else if (d < 0)
                            last = -1;
                    }
                    std::vector<std::uint8_t> twoPass(len), scanned(len), onePass(len);
                    crossoverSignals(fa, sa, twoPass);
                    QCOMPARE(twoPass, want);
                    CrossoverScan scan;
                    for (std::size_t from = 0; from < len;) {
                        const std::size_t to = std::min(len, from + std::size_t(chunk(rng)));
                        scan.run(fa, sa, scanned, from, to);
                        from = to;
                    }
                    QCOMPARE(scanned, want);
                    // The one-pass kernel decides each sign as exact arithmetic
                    // would (SmaTies): the closes are integers, so the exact
                    // sign is that of slow x sum(fast window) - fast x sum(slow
                    // window), while sum x (1 / period) may leave an ulp at a tie.
                    std::vector<std::uint8_t> wantExact(len, kNoSignal);
                    last = 0;
                    seen = false;
                    for (std::size_t t = 0; t < len; ++t) {
                        if (std::isnan(fa[t] - sa[t]))
                            continue;
                        double sumFast = 0, sumSlow = 0;
                        for (int k = 0; k < fast; ++k)
                            sumFast += close[t - std::size_t(k)];
                        for (int k = 0; k < slow; ++k)
                            sumSlow += close[t - std::size_t(k)];
                        const double d = sumFast * slow - sumSlow * fast;
                        if (!seen)
                            seen = true;
                        else if (d > 0 && last < 0)
                            wantExact[t] = kEnterLong | kExitShort;
                        else if (d < 0 && last > 0)
                            wantExact[t] = kExitLong | kEnterShort;
                        last = d > 0 ? 1 : d < 0 ? -1 : last;
                    }
                    std::vector<std::uint8_t> exactTwoPass(len);
                    smaCrossoverSignals(SmaTies{close, fast, slow}, fa, sa, exactTwoPass);
                    QCOMPARE(exactTwoPass, wantExact);
                    smaCrossover(close, fast, slow, fb, sb, onePass);
                    QCOMPARE(onePass, wantExact);
                    for (std::size_t t = 0; t < len; ++t) {
                        QVERIFY2(std::isnan(fa[t]) ? std::isnan(fb[t]) : fa[t] == fb[t], "fast average");
                        QVERIFY2(std::isnan(sa[t]) ? std::isnan(sb[t]) : sa[t] == sb[t], "slow average");
                    }
                }
            }
        }
        QVERIFY(ties > 100); // the grid did produce exact ties
        // sma_cross on a fresh cache (one pass) and on one that already
        // holds the averages (two passes) gives the same signals.
        const Strategy *strategy = StrategyRegistry::find("sma_cross");
        const std::vector<double> params{10, 30};
        std::vector<std::uint8_t> fresh(n()), cached(n());
        IndicatorCache one(m_bars.high, m_bars.low, m_bars.close), two(m_bars.high, m_bars.low, m_bars.close);
        strategy->computeSignals(params, one, fresh);
        (void)two.get(IndicatorCache::Kind::Sma, 10);
        strategy->computeSignals(params, two, cached);
        QCOMPARE(fresh, cached);
        QVERIFY(std::count(fresh.begin(), fresh.end(), std::uint8_t(kEnterLong | kExitShort)) > 10);
    }

    void registryListsEveryStrategy()
    {
        const auto infos = StrategyRegistry::infos();
        QStringList names;
        for (const auto *i : infos)
            names << QString::fromStdString(i->name);
        QCOMPARE(names,
                 (QStringList{"sma_cross", "ema_cross", "macd_cross", "rsi_reversion", "bollinger_reversion",
                              "bollinger_breakout", "donchian_breakout", "buy_hold", "momentum_rotation"}));
        for (const auto *i : infos) {
            QVERIFY(!i->description.empty());
            for (const auto &p : i->params) {
                QVERIFY2(p.min <= p.defaultValue && p.defaultValue <= p.max, p.name.c_str());
                QVERIFY(!p.description.empty());
            }
            QVERIFY2(i->validate(i->defaults()).ok(), i->name.c_str());
        }
        QVERIFY(StrategyRegistry::findInfo("momentum_rotation")->multiAsset);
        QVERIFY(!StrategyRegistry::find("buy_hold")->info().supportsShort);
    }

    void smaAndEmaCross()
    {
        for (const char *name : {"sma_cross", "ema_cross"}) {
            auto r = Backtester::run(m_bars, request(name, {{"fast", "10"}, {"slow", "30"}}));
            QVERIFY(r.ok());
            std::vector<double> f(n()), s(n());
            if (std::string(name) == "sma_cross") {
                QVERIFY(ind::sma(m_bars.close, 10, f).ok() && ind::sma(m_bars.close, 30, s).ok());
            } else {
                QVERIFY(ind::ema(m_bars.close, 10, f).ok() && ind::ema(m_bars.close, 30, s).ok());
            }
            QVERIFY(!r->result.trades.empty());
            for (const auto &t : r->result.trades) {
                const std::size_t d = t.entryBar - 1, x = t.exitBar - 1;
                QVERIFY(f[d] > s[d] && f[d - 1] <= s[d - 1]);
                QVERIFY(f[x] < s[x] && f[x - 1] >= s[x - 1]);
                QCOMPARE(t.entryPrice, m_bars.open[t.entryBar]);
            }
        }
    }

    void macdCross()
    {
        auto r = Backtester::run(m_bars, request("macd_cross"));
        QVERIFY(r.ok());
        std::vector<double> l(n()), s(n()), h(n());
        QVERIFY(ind::macd(m_bars.close, 12, 26, 9, l, s, h).ok());
        QVERIFY(r->result.trades.size() > 10);
        for (const auto &t : r->result.trades) {
            QVERIFY(h[t.entryBar - 1] > 0);
            QVERIFY(h[t.exitBar - 1] < 0);
        }
    }

    void rsiReversion()
    {
        auto r = Backtester::run(
            m_bars, request("rsi_reversion", {{"period", "14"}, {"lower", "35"}, {"upper", "65"}}));
        QVERIFY(r.ok());
        std::vector<double> rsi(n());
        QVERIFY(ind::rsi(m_bars.close, 14, rsi).ok());
        QVERIFY(!r->result.trades.empty());
        for (const auto &t : r->result.trades) {
            QVERIFY(rsi[t.entryBar - 1] < 35);
            QVERIFY(rsi[t.exitBar - 1] > 65);
        }
    }

    void bollingerStrategies()
    {
        std::vector<double> mid(n()), up(n()), lo(n());
        QVERIFY(ind::bollinger(m_bars.close, 20, 2.0, mid, up, lo).ok());
        auto rev = Backtester::run(m_bars, request("bollinger_reversion"));
        QVERIFY(rev.ok());
        QVERIFY(!rev->result.trades.empty());
        for (const auto &t : rev->result.trades) {
            QVERIFY(m_bars.close[t.entryBar - 1] < lo[t.entryBar - 1]);
            QVERIFY(m_bars.close[t.exitBar - 1] >= mid[t.exitBar - 1]);
        }
        auto brk = Backtester::run(m_bars, request("bollinger_breakout"));
        QVERIFY(brk.ok());
        QVERIFY(!brk->result.trades.empty());
        for (const auto &t : brk->result.trades) {
            QVERIFY(m_bars.close[t.entryBar - 1] > up[t.entryBar - 1]);
            QVERIFY(m_bars.close[t.exitBar - 1] < mid[t.exitBar - 1]);
        }
    }

    void donchianBreakout()
    {
        auto r =
            Backtester::run(m_bars, request("donchian_breakout", {{"period", "20"}, {"exit_period", "10"}}));
        QVERIFY(r.ok());
        QVERIFY(!r->result.trades.empty());
        for (const auto &t : r->result.trades) {
            const std::size_t d = t.entryBar - 1;
            const double hh = *std::max_element(m_bars.high.begin() + std::ptrdiff_t(d) - 20,
                                                m_bars.high.begin() + std::ptrdiff_t(d));
            QVERIFY(m_bars.close[d] > hh);
            const std::size_t x = t.exitBar - 1;
            const double ll = *std::min_element(m_bars.low.begin() + std::ptrdiff_t(x) - 10,
                                                m_bars.low.begin() + std::ptrdiff_t(x));
            QVERIFY(m_bars.close[x] < ll);
        }
    }

    void buyAndHold()
    {
        auto req = request("buy_hold");
        req.config.costs.commission = 0;
        auto r = Backtester::run(m_bars, req);
        QVERIFY(r.ok());
        QCOMPARE(r->result.fills.size(), std::size_t(1));
        QCOMPARE(r->result.fills[0].bar, std::size_t(1));
        QVERIFY(std::fabs(r->result.finalEquity - 100000 / m_bars.open[1] * m_bars.close.back()) < 1e-6);
        // Against itself as the benchmark: beta 1, alpha 0.
        QVERIFY(r->metrics.beta && std::fabs(*r->metrics.beta - 1) < 1e-9);
        QVERIFY(r->metrics.alpha && std::fabs(*r->metrics.alpha) < 1e-9);
    }

    void longShortRuns()
    {
        auto req = request("sma_cross");
        req.config.allowShort = true;
        auto r = Backtester::run(m_bars, req);
        QVERIFY(r.ok());
        const auto shorts = std::count_if(r->result.trades.begin(), r->result.trades.end(),
                                          [](const Trade &t) { return t.quantity < 0; });
        QVERIFY(shorts > 0);
        // Always in the market after the first entry: exposure near 1.
        QVERIFY(r->metrics.exposure > 0.9);
    }

    void momentumRotation()
    {
        // Two assets over 2020: A doubles in the first half then falls, B
        // the reverse. With lookback 20 and top 1, the book holds A, then B.
        std::vector<BarSeries> assets(2);
        const TimestampMs day0 = toTimestamp({2020, 1, 1});
        for (int i = 0; i < 250; ++i) {
            const double a = i < 125 ? 100 + i : 225 - (i - 125);
            const double b = i < 125 ? 200 - i * 0.5 : 137.5 + (i - 125);
            const TimestampMs t = day0 + TimestampMs(i) * 86'400'000;
            assets[0].append(t, a, a, a, a, 1);
            assets[1].append(t, b, b, b, b, 1);
        }
        BacktestRequest req = request("momentum_rotation", {{"lookback", "20"}, {"top_n", "1"}});
        req.config.costs.commission = 0;
        auto r = Backtester::runMulti({&assets[0], &assets[1]}, req);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().toString().c_str());
        QVERIFY(!r->result.fills.empty());
        QCOMPARE(r->result.fills.front().asset, 0);
        // Every fill is on the first bar of a month (the bar after a month end).
        for (const auto &f : r->result.fills) {
            QCOMPARE(toCivil(f.time).day, 1);
        }
        QCOMPARE(r->result.openPositions.size(), std::size_t(1));
        QCOMPARE(r->result.openPositions[0].asset, 1);
        // Accounting: final equity = cash + holdings at the last close.
        const double held = r->result.openPositions[0].quantity * assets[1].close.back();
        QVERIFY(std::fabs(r->result.finalCash + held - r->result.finalEquity) < 1e-6);
        QVERIFY(r->result.finalCash >= 0);

        auto tooMany =
            Backtester::runMulti({&assets[0], &assets[1]}, request("momentum_rotation", {{"top_n", "3"}}));
        QVERIFY(!tooMany.ok() && contains(tooMany.error(), "top_n"));
        auto longLook = Backtester::runMulti({&assets[0], &assets[1]},
                                             request("momentum_rotation", {{"lookback", "400"}}));
        QVERIFY(!longLook.ok() && contains(longLook.error(), "lookback"));
        auto single = Backtester::run(assets[0], request("momentum_rotation"));
        QVERIFY(!single.ok() && contains(single.error(), "multi-asset"));
    }

    void cliSpellings()
    {
        QCOMPARE(Backtester::parseSizing("all_in")->mode, SizingMode::AllInFractional);
        QCOMPARE(Backtester::parseSizing("whole_shares")->mode, SizingMode::WholeShares);
        auto units = Backtester::parseSizing("units:100");
        QVERIFY(units.ok() && units->mode == SizingMode::FixedUnits && units->value == 100);
        auto pct = Backtester::parseSizing("percent:25.5");
        QVERIFY(pct.ok() && pct->mode == SizingMode::PercentEquity && pct->value == 25.5);
        for (const char *bad : {"units:", "units:-1", "percent:150", "allin", "units:1x", ""}) {
            auto r = Backtester::parseSizing(bad);
            QVERIFY2(!r.ok() && r.error().toString().find("--sizing") != std::string::npos, bad);
        }
        QCOMPARE(*Backtester::parseFill("next_open"), FillTiming::NextOpen);
        QCOMPARE(*Backtester::parseFill("close"), FillTiming::Close);
        auto f = Backtester::parseFill("open");
        QVERIFY(!f.ok() && f.error().toString().find("--fill") != std::string::npos);
    }

    void badInput()
    {
        auto unknown = Backtester::run(m_bars, request("sma_crosss"));
        QVERIFY(!unknown.ok() && contains(unknown.error(), "unknown strategy 'sma_crosss'"));
        auto param = Backtester::run(m_bars, request("sma_cross", {{"fastt", "5"}}));
        QVERIFY(!param.ok() && contains(param.error(), "'fastt'"));
        auto text = Backtester::run(m_bars, request("sma_cross", {{"fast", "ten"}}));
        QVERIFY(!text.ok() && contains(text.error(), "'fast'"));
        auto order = Backtester::run(m_bars, request("sma_cross", {{"fast", "30"}, {"slow", "30"}}));
        QVERIFY(!order.ok() && contains(order.error(), "'fast'") &&
                contains(order.error(), "less than 'slow'"));
        auto range = Backtester::run(m_bars, request("rsi_reversion", {{"upper", "150"}}));
        QVERIFY(!range.ok() && contains(range.error(), "'upper'"));
        auto frac = Backtester::run(m_bars, request("sma_cross", {{"fast", "2.5"}}));
        QVERIFY(!frac.ok() && contains(frac.error(), "whole number"));
        auto few = Backtester::run(m_bars.sliceIndex(0, 25), request("sma_cross"));
        QVERIFY(!few.ok() && contains(few.error(), "too few bars") && contains(few.error(), "'slow'"));
        auto empty = Backtester::run(m_bars.sliceIndex(0, 0), request("sma_cross"));
        QVERIFY(!empty.ok() && contains(empty.error(), "no bars"));
        auto shortHold = request("buy_hold");
        shortHold.config.allowShort = true;
        auto sh = Backtester::run(m_bars, shortHold);
        QVERIFY(!sh.ok() && contains(sh.error(), "allow_short"));
        BarSeries broken = m_bars.sliceIndex(0, 100);
        broken.close[50] = NAN;
        auto nanBar = Backtester::run(broken, request("sma_cross"));
        QVERIFY(!nanBar.ok() && contains(nanBar.error(), "'close'"));
    }
};

QTEST_APPLESS_MAIN(TestStrategies)
#include "tst_strategies.moc"
