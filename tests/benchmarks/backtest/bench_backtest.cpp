// 1) One SMA(10)/SMA(30) crossover backtest over a seeded synthetic
//    1,000,000-bar series (indicators, signals and the full simulation with
//    fills, trades and equity curve): limit 5 ms.
// 2) The 7,925-combination sweep (fast 5..50 x slow 10..200, fast < slow) on
//    the S&P 500 sample (5,104 bars), commission 0.001, ranked by Sharpe:
//    limit 0.3 s wall, peak RSS 200 MiB.
#include "SampleBars.h"
#include "core/backtest/Crossover.h"
#include "core/backtest/IndicatorCache.h"
#include "core/backtest/Optimizer.h"
#include "core/backtest/Simulator.h"
#include "core/backtest/StrategyRegistry.h"
#include "core/indicators/Indicators.h"
#include "tests/benchmarks/benchutils/Bench.h"

#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>
#include <random>
#include <string>
#include <thread>

using namespace sn;
using namespace sn::bt;

namespace {

// Best CPU time (ms) over `repeats` runs of `fn` for the given clock: the
// thread clock for single-threaded work, the process clock for the sweep.
// On a shared machine this is the part of the wall time that was ours.
double bestCpuMs(clockid_t clock, const std::function<void()> &fn, int repeats)
{
    double best = 1e300;
    for (int r = 0; r < repeats; ++r) {
        timespec a{}, b{};
        clock_gettime(clock, &a);
        fn();
        clock_gettime(clock, &b);
        best = std::min(best, (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    std::printf("machine: %s\n", bench::machineDescription().c_str());
    bool ok = true;

    // Synthetic daily series, seed 2024: a driftless random walk of the log
    // price from log(100), 1.2 % daily noise, the open gapping from the
    // previous close by a quarter of that.
    BarSeries s;
    const std::size_t n = 1'000'000;
    s.reserve(n);
    std::mt19937_64 rng(2024);
    std::normal_distribution<double> z(0.0, 1.0);
    const double anchor = std::log(100.0);
    double lp = anchor;
    for (std::size_t i = 0; i < n; ++i) {
        const double open = std::exp(lp + 0.003 * z(rng));
        lp += 0.012 * z(rng);
        const double close = std::exp(lp);
        s.append(TimestampMs(i) * 86'400'000, open, std::max(open, close), std::min(open, close), close, 1e6);
    }
    const Strategy *sma = StrategyRegistry::find("sma_cross");
    const std::vector<double> params{10, 30};
    BacktestConfig cfg;
    std::vector<std::uint8_t> flags(n);
    std::size_t trades = 0;
    double final = 0;
    // Cold: everything allocated afresh (first touch of ~26 MB of new pages
    // is a large part of it on this VM).
    auto cold = bench::measure(
        [&] {
            IndicatorCache cache(s.high, s.low, s.close);
            sma->computeSignals(params, cache, flags);
            auto r = Simulator::run(s, flags, cfg);
            trades = r->trades.size();
            final = r->finalEquity;
        },
        9);
    bench::report("SMA(10/30) crossover backtest, 1,000,000 bars, cold buffers (info)", cold, 0);
    // Steady state: the caller keeps its result buffers, as the GUI does
    // when it re-runs; both SMAs are recomputed every time, in one pass with
    // the signals, exactly as sma_cross does on a fresh IndicatorCache
    // (IndicatorCache::computeSmaPair with smaCrossover).
    const PriceView pv{s.time, s.open, s.close};
    std::vector<double> fastSma(n), slowSma(n);
    BacktestResult reuse;
    auto smasAndSignals = [&] { smaCrossover(s.close, 10, 30, fastSma, slowSma, flags); };
    {
        // The one-pass route must give what the two-pass one gives.
        smasAndSignals();
        std::vector<double> fastRef(n), slowRef(n);
        std::vector<std::uint8_t> twoPass(n);
        (void)ind::sma(s.close, 10, fastRef);
        (void)ind::sma(s.close, 30, slowRef);
        crossoverSignals(fastRef, slowRef, twoPass);
        if (twoPass != flags || std::memcmp(fastRef.data(), fastSma.data(), n * sizeof(double)) != 0 ||
            std::memcmp(slowRef.data(), slowSma.data(), n * sizeof(double)) != 0) {
            std::printf("one-pass and two-pass SMAs or crossover signals differ\n");
            return 1;
        }
    }
    // As Backtester::run does from Backtester::kFollowFromBars bars: the
    // simulation follows the one-pass SMAs + signals on the second core.
    auto followed = [&] {
        std::atomic<std::size_t> ready{0};
        std::thread producer([&] { smaCrossover(s.close, 10, 30, fastSma, slowSma, flags, &ready); });
        (void)Simulator::runIntoFollowing(pv, flags, ready, cfg, reuse);
        producer.join();
    };
    {
        // Same result as one pass after the other, bit for bit.
        smasAndSignals();
        (void)Simulator::runInto(pv, flags, cfg, reuse);
        const std::vector<double> sequentialEquity = reuse.equity;
        const std::size_t sequentialTrades = reuse.trades.size();
        std::fill(flags.begin(), flags.end(), std::uint8_t(0xFF));
        followed();
        if (reuse.trades.size() != sequentialTrades ||
            std::memcmp(reuse.equity.data(), sequentialEquity.data(), n * sizeof(double)) != 0) {
            std::printf("the followed simulation differs from the sequential one\n");
            return 1;
        }
    }
    auto t = bench::measure(
        [&] {
            followed();
            trades = reuse.trades.size();
            final = reuse.finalEquity;
        },
        15);
    ok = bench::report("SMA(10/30) crossover backtest, 1,000,000 bars (SMAs + signals + full simulation)", t,
                       5.0) &&
         ok;
    auto seq = bench::measure(
        [&] {
            smasAndSignals();
            (void)Simulator::runInto(pv, flags, cfg, reuse);
        },
        15);
    bench::report("  for reference: the same on one thread, one pass after the other", seq, 0);
    std::printf("  thread CPU time, best of 15: %.3f ms\n", bestCpuMs(
                                                                CLOCK_THREAD_CPUTIME_ID,
                                                                [&] {
                                                                    smasAndSignals();
                                                                    (void)Simulator::runInto(pv, flags, cfg,
                                                                                             reuse);
                                                                },
                                                                15));
    {
        auto tis = bench::measure(smasAndSignals, 15);
        bench::report("  of which: both SMAs and the signals (one pass)", tis, 0);
        auto tsim = bench::measure([&] { (void)Simulator::runInto(pv, flags, cfg, reuse); }, 15);
        bench::report("  of which: full simulation (fills, trades, equity)", tsim, 0);
        auto ti = bench::measure([&] { (void)ind::smaPair(s.close, 10, 30, fastSma, slowSma); }, 15);
        bench::report("  for reference: both SMAs alone", ti, 0);
        auto tsig = bench::measure([&] { crossoverSignals(fastSma, slowSma, flags); }, 15);
        bench::report("  for reference: signals alone, from the stored SMAs", tsig, 0);
    }
    std::printf("  %zu closed trades, final equity %.2f\n", trades, final);

    const std::string path =
        argc > 1 ? argv[1] : std::string(SUPERNOVA_SAMPLE_DIR) + "/sp500_yahoo_2000_2020.csv";
    auto bars = test::readSampleBars(path);
    if (!bars) {
        std::printf("cannot read %s: %s\n", path.c_str(), bars.error().toString().c_str());
        return 1;
    }
    SweepConfig sweep;
    sweep.strategy = "sma_cross";
    sweep.grid = {{"fast", 5, 50, 1}, {"slow", 10, 200, 1}};
    sweep.config.costs.commission = 0.001;
    sweep.rankBy = Metric::Sharpe;
    std::size_t rows = 0;
    std::size_t best = 0;
    SweepResult last;
    auto ts = bench::measure(
        [&] {
            auto r = Optimizer::run(*bars, sweep);
            rows = r->table.rows();
            best = r->ranking.front();
            last = std::move(r).value();
        },
        7);
    ok = bench::report("sweep 7,925 SMA pairs on the S&P 500 sample, c = 0.001", ts, 300.0) && ok;
    const double cpu = bestCpuMs(
        CLOCK_PROCESS_CPUTIME_ID, [&] { (void)Optimizer::run(*bars, sweep); }, 5);
    std::printf("  process CPU time, best of 5: %.1f ms (%.1f ms per core on %u threads)\n", cpu,
                cpu / std::max(1u, std::thread::hardware_concurrency()),
                std::max(1u, std::thread::hardware_concurrency()));
    const auto bp = last.table.row(best);
    std::printf("  %zu combinations on %zu bars; best Sharpe %.4f at fast=%g slow=%g\n", rows, bars->size(),
                last.table.score[best], bp[0], bp[1]);
    const double rss = bench::peakRssMiB();
    const bool rssOk = rss <= 200.0;
    std::printf("peak RSS (whole process, incl. the 1M-bar series): %.1f MiB [limit 200 MiB: %s]\n", rss,
                rssOk ? "PASS" : "FAIL");
    return ok && rssOk && rows == 7925 ? 0 : 1;
}
