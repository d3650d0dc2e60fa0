// Execution semantics, costs, sizing and stops of the simulator, against
// hand-computed fills on tiny series.
#include "core/backtest/Backtester.h"
#include "core/backtest/Crossover.h"
#include "core/backtest/IndicatorCache.h"
#include "core/backtest/Simulator.h"
#include "core/backtest/Strategy.h"
#include "core/backtest/StrategyRegistry.h"
#include "core/market/BarSeries.h"

#include <QTest>
#include <cmath>
#include <cstring>
#include <thread>

using namespace sn;
using namespace sn::bt;

namespace {

BarSeries bars(std::vector<double> open, std::vector<double> close)
{
    BarSeries s;
    for (std::size_t i = 0; i < open.size(); ++i)
        s.append(toTimestamp({2020, 1, int(i) + 1}), open[i], std::max(open[i], close[i]),
                 std::min(open[i], close[i]), close[i], 1000);
    return s;
}

// Opens 10..15, closes 10.5..15.5.
BarSeries ramp()
{
    return bars({10, 11, 12, 13, 14, 15}, {10.5, 11.5, 12.5, 13.5, 14.5, 15.5});
}

bool near(double a, double b, double tol = 1e-9)
{
    return std::fabs(a - b) <= tol * std::max(1.0, std::fabs(b));
}

// Enter at bar 1's close, exit at bar 3's close, and a last-bar entry.
std::vector<std::uint8_t> roundTrip()
{
    return {0, kEnterLong, 0, kExitLong, 0, kEnterLong};
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT
private slots:
    void nextOpenWithCommission()
    {
        BacktestConfig c;
        c.cash = 1000;
        c.costs.commission = 0.01;
        auto r = Simulator::run(ramp(), roundTrip(), c);
        QVERIFY(r.ok());
        // Buy at bar 2's open 12: qty = 1000 / (12 x 1.01); sell at bar 4's open 14
        // keeping 99 %: 1000 x 14 x 0.99 / 12.12. The last-bar signal is never filled.
        const double q = 1000 / 12.12;
        QCOMPARE(r->fills.size(), std::size_t(2));
        QCOMPARE(r->fills[0].bar, std::size_t(2));
        QVERIFY(near(r->fills[0].price, 12));
        QVERIFY(near(r->fills[0].quantity, q));
        QVERIFY(near(r->fills[0].commission, 0.01 * q * 12));
        QCOMPARE(r->fills[1].bar, std::size_t(4));
        QVERIFY(near(r->finalEquity, 13860.0 / 12.12));
        QCOMPARE(r->trades.size(), std::size_t(1));
        QVERIFY(near(r->trades[0].pnl, 13860.0 / 12.12 - 1000));
        QVERIFY(near(r->trades[0].costs, 0.01 * q * 12 + 0.01 * q * 14));
        QVERIFY(r->openPositions.empty());
        QVERIFY(!r->optimisticFills);
        // Equity: cash until the fill, then marked at closes.
        QVERIFY(near(r->equity[1], 1000));
        QVERIFY(near(r->equity[2], q * 12.5));
        QVERIFY(r->finalCash >= 0);
    }

    void fillAtCloseIsOptimistic()
    {
        BacktestConfig c;
        c.cash = 1000;
        c.fill = FillTiming::Close;
        auto r = Simulator::run(ramp(), roundTrip(), c);
        QVERIFY(r.ok());
        QVERIFY(r->optimisticFills);
        QCOMPARE(r->fills[0].bar, std::size_t(1));
        QVERIFY(near(r->finalEquity, 1000 / 11.5 * 13.5));
    }

    void openPositionValuedAtLastClose()
    {
        BacktestConfig c;
        c.cash = 1000;
        auto r = Simulator::run(ramp(), std::vector<std::uint8_t>{0, kEnterLong, 0, 0, 0, 0}, c);
        QVERIFY(r.ok());
        QCOMPARE(r->trades.size(), std::size_t(0));
        QCOMPARE(r->openPositions.size(), std::size_t(1));
        QVERIFY(near(r->finalEquity, 1000.0 / 12 * 15.5));
        QVERIFY(near(r->openPositions[0].unrealizedPnl, 1000.0 / 12 * 15.5 - 1000));
        QCOMPARE(r->openPositions[0].lastPrice, 15.5);
    }

    void slippageAgainstTheTrader()
    {
        BacktestConfig c;
        c.cash = 1000;
        c.costs.slippageBps = 50;
        auto r = Simulator::run(ramp(), roundTrip(), c);
        QVERIFY(r.ok());
        QVERIFY(near(r->fills[0].price, 12 * 1.005));
        QVERIFY(near(r->fills[1].price, 14 * 0.995));
        QVERIFY(near(r->finalEquity, 1000 / 12.06 * 13.93));
        QVERIFY(near(r->fills[0].slippage, 1000 / 12.06 * 12 * 0.005));
    }

    void sizingModes()
    {
        BacktestConfig c;
        c.cash = 1000;
        c.sizing = {SizingMode::WholeShares, 0};
        auto whole = Simulator::run(ramp(), roundTrip(), c);
        QVERIFY(near(whole->fills[0].quantity, 83)); // floor(1000 / 12)
        QVERIFY(near(whole->finalEquity, 4 + 83 * 14));

        c.sizing = {SizingMode::FixedUnits, 100}; // 1,200 > 1,000 cash: rejected
        auto fixed = Simulator::run(ramp(), roundTrip(), c);
        QCOMPARE(fixed->fills.size(), std::size_t(0));
        QCOMPARE(fixed->tally.rejectedOrders, std::size_t(1));
        QVERIFY(near(fixed->finalEquity, 1000));

        c.sizing = {SizingMode::FixedUnits, 10};
        auto ten = Simulator::run(ramp(), roundTrip(), c);
        QVERIFY(near(ten->finalEquity, 1000 + 10 * (14 - 12)));

        c.sizing = {SizingMode::PercentEquity, 50};
        auto half = Simulator::run(ramp(), roundTrip(), c);
        QVERIFY(near(half->finalEquity, 500 + 500.0 / 12 * 14));
    }

    void perShareAndMinimumCommission()
    {
        BacktestConfig c;
        c.cash = 1000;
        c.costs.minimum = 5;
        auto mins = Simulator::run(ramp(), roundTrip(), c);
        // The minimum binds: qty = (1000 - 5) / 12; exit pays 5 again.
        QVERIFY(near(mins->fills[0].quantity, 995.0 / 12));
        QVERIFY(near(mins->finalEquity, 995.0 / 12 * 14 - 5));
        QVERIFY(mins->finalCash >= 0);

        c.costs.minimum = 0;
        c.costs.perShare = 0.1;
        auto ps = Simulator::run(ramp(), roundTrip(), c);
        const double q = 1000 / 12.1;
        QVERIFY(near(ps->fills[0].quantity, q));
        QVERIFY(near(ps->finalEquity, q * 13.9));
        QCOMPARE(Simulator::commission(c.costs, -10, 50), 1.0);
    }

    void stops()
    {
        // Falling market: entry at bar 1's open 10; close 8.5 at bar 3 is
        // below 10 x 0.9, so the stop exits at bar 4's open 8.
        auto falling = bars({10, 10, 10, 9, 8, 7}, {10, 10, 9.5, 8.5, 7.5, 7});
        BacktestConfig c;
        c.cash = 1000;
        c.stopLoss = 0.1;
        auto sl = Simulator::run(falling, std::vector<std::uint8_t>{kEnterLong, 0, 0, 0, 0, 0}, c);
        QCOMPARE(sl->trades.size(), std::size_t(1));
        QCOMPARE(sl->trades[0].exitReason, FillReason::StopLoss);
        QCOMPARE(sl->trades[0].exitBar, std::size_t(4));
        QVERIFY(near(sl->finalEquity, 800));

        c.stopLoss = 0;
        c.takeProfit = 0.2; // 12.5 at bar 2 >= 10 x 1.2 -> exit at bar 3's open 13
        auto rising = bars({10, 10, 11, 13, 14, 15}, {10, 11, 12.5, 13, 14, 15});
        auto tp = Simulator::run(rising, std::vector<std::uint8_t>{kEnterLong, 0, 0, 0, 0, 0}, c);
        QCOMPARE(tp->trades.size(), std::size_t(1));
        QCOMPARE(tp->trades[0].exitReason, FillReason::TakeProfit);
        QVERIFY(near(tp->finalEquity, 1300));

        c.takeProfit = 0;
        c.trailingStop = 0.1; // best close 14 at bar 2, 12.5 at bar 3 < 12.6 -> exit at 12
        auto peak = bars({10, 10, 12, 13, 12, 11}, {10, 12, 14, 12.5, 12, 11});
        auto ts = Simulator::run(peak, std::vector<std::uint8_t>{kEnterLong, 0, 0, 0, 0, 0}, c);
        QCOMPARE(ts->trades.size(), std::size_t(1));
        QCOMPARE(ts->trades[0].exitReason, FillReason::TrailingStop);
        QCOMPARE(ts->trades[0].exitBar, std::size_t(4));
        QVERIFY(near(ts->finalEquity, 1200));
    }

    void shorts()
    {
        BacktestConfig c;
        c.cash = 1000;
        std::vector<std::uint8_t> sig{0, kEnterShort, 0, kExitShort, 0, 0};
        auto longOnly = Simulator::run(ramp(), sig, c);
        QCOMPARE(longOnly->fills.size(), std::size_t(0));
        c.allowShort = true;
        auto r = Simulator::run(ramp(), sig, c);
        // Short 1000/12 at 12, cover at 14.
        QCOMPARE(r->trades.size(), std::size_t(1));
        QVERIFY(r->trades[0].quantity < 0);
        QVERIFY(near(r->finalEquity, 1000 - 1000.0 / 12 * 2));
        // A reversal signal closes the long and opens a short on the same open.
        std::vector<std::uint8_t> rev{0, kEnterLong, 0, kExitLong | kEnterShort, 0, 0};
        auto rv = Simulator::run(ramp(), rev, c);
        QCOMPARE(rv->fills.size(), std::size_t(3));
        QCOMPARE(rv->fills[1].bar, rv->fills[2].bar);
        QCOMPARE(rv->openPositions.size(), std::size_t(1));
        QVERIFY(rv->openPositions[0].quantity < 0);
    }

    void badInput()
    {
        auto s = ramp();
        std::vector<std::uint8_t> sig(6, 0);
        BacktestConfig c;
        c.cash = 0;
        auto r = Simulator::run(s, sig, c);
        QVERIFY(!r.ok() && r.error().message.find("cash") != std::string::npos);
        c = BacktestConfig{};
        c.costs.commission = -0.1;
        r = Simulator::run(s, sig, c);
        QVERIFY(!r.ok() && r.error().message.find("commission") != std::string::npos);
        c.costs.commission = 1.5;
        QVERIFY(!Simulator::run(s, sig, c).ok());
        c = BacktestConfig{};
        c.sizing = {SizingMode::PercentEquity, 0};
        r = Simulator::run(s, sig, c);
        QVERIFY(!r.ok() && r.error().message.find("sizing") != std::string::npos);
        c = BacktestConfig{};
        QVERIFY(!Simulator::run(s, std::vector<std::uint8_t>(5, 0), c).ok());
        r = Simulator::run(s, sig, c, 3, 3);
        QVERIFY(!r.ok() && r.error().message.find("range") != std::string::npos);
    }

    void lightRunMatchesFullRun()
    {
        // The sweep's light run and the full run share the engine: same equity.
        auto s = bars({10, 11, 12, 11, 10, 11, 12, 13, 12, 11},
                      {10.5, 11.5, 11.5, 10.5, 10.5, 11.5, 12.5, 12.5, 11.5, 11});
        std::vector<std::uint8_t> sig{kEnterLong, 0, kExitLong, 0,          kEnterLong,
                                      0,          0, kExitLong, kEnterLong, 0};
        BacktestConfig c;
        c.costs.commission = 0.002;
        auto full = Simulator::run(s, sig, c);
        std::vector<double> eq(s.size());
        TradeTally t;
        const double fin = Simulator::runLight({s.time, s.open, s.close}, sig, c, 0, s.size(), eq, t);
        QCOMPARE(fin, full->finalEquity);
        QCOMPARE(t.closedTrades, full->trades.size());
        for (std::size_t i = 0; i < eq.size(); ++i)
            QCOMPARE(eq[i], full->equity[i]);
    }

    void longSeriesReusedResultMatchesBarByBar()
    {
        // 300,000 bars (long enough for the quiet-stretch, prefetch and
        // streamed-copy paths), entries every 37 bars held 13 bars, so the
        // stretches have odd and even lengths; against a bar-by-bar
        // reference of the rules, run twice into the same result.
        const std::size_t n = 300'000;
        BarSeries s;
        s.reserve(n);
        for (std::size_t i = 0; i < n; ++i) {
            const double open = 100.0 + double(i % 50) * 0.25, close = open + (i % 3 == 0 ? 0.5 : -0.25);
            s.append(TimestampMs(i) * 86'400'000 + 7, open, std::max(open, close), std::min(open, close),
                     close, 1);
        }
        std::vector<std::uint8_t> sig(n, kNoSignal);
        for (std::size_t i = 5; i + 13 < n; i += 37) {
            sig[i] = kEnterLong;
            sig[i + 13] = kExitLong;
        }
        BacktestConfig c;
        c.costs.commission = 0.001;
        // Reference: decide at the close, fill at the next open, all-in.
        std::vector<double> want(n);
        double cash = c.cash, qty = 0;
        std::size_t closed = 0;
        for (std::size_t t = 0; t < n; ++t) {
            if (t > 0 && sig[t - 1] == kEnterLong && qty == 0) {
                qty = cash / (s.open[t] * (1 + c.costs.commission));
                cash -= qty * s.open[t] * (1 + c.costs.commission);
            } else if (t > 0 && sig[t - 1] == kExitLong && qty > 0) {
                cash += qty * s.open[t] * (1 - c.costs.commission);
                qty = 0;
                ++closed;
            }
            want[t] = cash + qty * s.close[t];
        }
        // The second run's bars are an hour later, so a stale copy of the
        // first run's times would show.
        std::vector<TimestampMs> later(s.time.begin(), s.time.end());
        for (auto &t : later)
            t += 3'600'000;
        BacktestResult out;
        for (int run = 0; run < 2; ++run) {
            const std::span<const TimestampMs> times =
                run == 0 ? std::span<const TimestampMs>(s.time) : later;
            const PriceView pv{times, s.open, s.close};
            QVERIFY(Simulator::runInto(pv, sig, c, out).ok());
            QCOMPARE(out.time.size(), n);
            QCOMPARE(out.equity.size(), n);
            QCOMPARE(out.trades.size(), closed);
            for (std::size_t t = 0; t < n; ++t) {
                QVERIFY2(out.time[t] == times[t], "time copied");
                QVERIFY2(near(out.equity[t], want[t]), "equity");
            }
            QVERIFY(near(out.finalEquity, want[n - 1]));
        }
    }

    // The simulation following the signal pass on another thread gives the
    // sequential result bit for bit, whatever the fill timing, stops or shorts.
    void followingTheSignalPassMatchesSequential()
    {
        const std::size_t n = 400'000;
        BarSeries s;
        s.reserve(n);
        std::uint64_t x = 88172645463325252ull;
        double price = 100;
        for (std::size_t i = 0; i < n; ++i) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            const double r = (double(x % 20001) / 10000.0 - 1.0) * 0.01;
            const double open = price * (1 + r * 0.3);
            price *= 1 + r;
            s.append(TimestampMs(i) * 86'400'000, open, std::max(open, price) * 1.001,
                     std::min(open, price) * 0.999, price, 1000);
        }
        const PriceView pv{s.time, s.open, s.close};
        std::vector<BacktestConfig> configs(4);
        configs[0].costs.commission = 0.001;
        configs[1].fill = FillTiming::Close;
        configs[2].allowShort = true;
        configs[3].stopLoss = 0.02;
        configs[3].trailingStop = 0.05;
        for (const BacktestConfig &c : configs) {
            std::vector<double> fa(n), sa(n);
            std::vector<std::uint8_t> sequentialFlags(n);
            smaCrossover(s.close, 10, 30, fa, sa, sequentialFlags);
            BacktestResult want;
            QVERIFY(Simulator::runInto(pv, sequentialFlags, c, want).ok());

            std::vector<double> fb(n), sb(n);
            std::vector<std::uint8_t> flags(n, 0xFF); // garbage until published
            std::atomic<std::size_t> ready{0};
            std::thread producer([&]() { smaCrossover(s.close, 10, 30, fb, sb, flags, &ready); });
            BacktestResult got;
            const bool ok = Simulator::runIntoFollowing(pv, flags, ready, c, got).ok();
            producer.join();
            QVERIFY(ok);
            QCOMPARE(flags, sequentialFlags);
            QCOMPARE(got.equity.size(), want.equity.size());
            QVERIFY(std::memcmp(got.equity.data(), want.equity.data(), n * sizeof(double)) == 0);
            QCOMPARE(got.trades.size(), want.trades.size());
            QVERIFY(!want.trades.empty());
            for (std::size_t i = 0; i < want.trades.size(); ++i) {
                QCOMPARE(got.trades[i].entryTime, want.trades[i].entryTime);
                QCOMPARE(got.trades[i].exitTime, want.trades[i].exitTime);
                QCOMPARE(got.trades[i].pnl, want.trades[i].pnl);
            }
            QCOMPARE(got.fills.size(), want.fills.size());
            QCOMPARE(got.finalEquity, want.finalEquity);
            QCOMPARE(got.finalCash, want.finalCash);
            QCOMPARE(got.openPositions.size(), want.openPositions.size());
            QCOMPARE(got.tally.barsInMarket, want.tally.barsInMarket);
        }
    }

    // Backtester::run takes the two-thread route on long series; the report
    // equals the one-thread route's.
    void backtesterOnALongSeriesMatchesTheSequentialRoute()
    {
        const std::size_t n = Backtester::kFollowFromBars + 12'345;
        BarSeries s;
        s.symbol = "SYN";
        s.reserve(n);
        double price = 50;
        for (std::size_t i = 0; i < n; ++i) {
            const double r = std::sin(double(i) * 0.013) * 0.004 + std::cos(double(i) * 0.0007) * 0.003;
            const double open = price;
            price *= 1 + r;
            s.append(TimestampMs(i) * 86'400'000, open, std::max(open, price), std::min(open, price), price,
                     1);
        }
        const Strategy *sma = StrategyRegistry::find("sma_cross");
        QVERIFY(sma);
        const std::vector<double> params{20, 50};
        BacktestConfig c;
        c.costs.commission = 0.0005;
        auto report = Backtester::run(s, *sma, params, c, Convention::supernova(), false);
        QVERIFY(report.ok());
        IndicatorCache cache(s.high, s.low, s.close);
        std::vector<std::uint8_t> flags(n);
        sma->computeSignals(params, cache, flags);
        auto sequential = Simulator::run(s, flags, c);
        QVERIFY(sequential.ok());
        QVERIFY(std::memcmp(report->result.equity.data(), sequential->equity.data(), n * sizeof(double)) ==
                0);
        QCOMPARE(report->result.trades.size(), sequential->trades.size());
        QCOMPARE(report->result.finalEquity, sequential->finalEquity);
    }
};

QTEST_APPLESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
