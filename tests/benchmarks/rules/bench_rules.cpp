// The rule language against the built-ins it can state (issue 13's limits):
// 1) the SMA(10/30) crossover as a rule vs the built-in sma_cross, one
//    backtest on the seeded synthetic 1,000,000-bar series of
//    bench_backtest (Backtester::run: signals, simulation, metrics):
//    within 1.5x;
// 2) the 7,925-combination sweep (fast 5..50 x slow 10..200) on the S&P 500
//    sample, rule vs built-in: within 2x;
// 3) compiling a rule: <= 1 ms.
// Both sides of each comparison are checked to give the same result first.
#include "SampleBars.h"
#include "core/backtest/Backtester.h"
#include "core/backtest/IndicatorCache.h"
#include "core/backtest/Optimizer.h"
#include "core/backtest/Simulator.h"
#include "core/backtest/StrategyRegistry.h"
#include "core/rules/BuiltinRules.h"
#include "core/rules/RuleStrategy.h"
#include "tests/benchmarks/benchutils/Bench.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>

using namespace sn;
using namespace sn::bt;

namespace {

bool ratioReport(const char *what, double rule, double builtin, double limit)
{
    const double ratio = rule / builtin;
    if (limit <= 0) {
        std::printf("%s: rule / built-in = %.2f\n", what, ratio);
        return true;
    }
    const bool ok = ratio <= limit;
    std::printf("%s: rule / built-in = %.2f [limit %.1fx: %s]\n", what, ratio, limit, ok ? "PASS" : "FAIL");
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    std::printf("machine: %s\n", bench::machineDescription().c_str());
    bool ok = true;

    // The series of bench_backtest: seed 2024, driftless log random walk.
    BarSeries s;
    const std::size_t n = 1'000'000;
    s.reserve(n);
    std::mt19937_64 rng(2024);
    std::normal_distribution<double> z(0.0, 1.0);
    double lp = std::log(100.0);
    for (std::size_t i = 0; i < n; ++i) {
        const double open = std::exp(lp + 0.003 * z(rng));
        lp += 0.012 * z(rng);
        const double close = std::exp(lp);
        s.append(TimestampMs(i) * 86'400'000, open, std::max(open, close), std::min(open, close), close, 1e6);
    }

    const std::string text = rules::BuiltinRules::ruleFor("sma_cross");
    auto compiled = rules::RuleStrategy::fromText(text, "sma_cross_rule");
    if (!compiled) {
        std::printf("%s\n", compiled.error().message.c_str());
        return 1;
    }
    const rules::RuleStrategy &rule = **compiled;
    const Strategy &builtin = *StrategyRegistry::find("sma_cross");
    const std::vector<double> params{10, 30};
    const BacktestConfig cfg;
    const Convention conv = Convention::supernova();

    // Same result first.
    {
        auto a = Backtester::run(s, builtin, params, cfg, conv, false);
        auto b = Backtester::run(s, rule, params, cfg, conv, false);
        if (!a || !b || a->result.trades.size() != b->result.trades.size() ||
            std::memcmp(a->result.equity.data(), b->result.equity.data(), n * sizeof(double)) != 0) {
            std::printf("rule and built-in differ on the 1M-bar series\n");
            return 1;
        }
        std::printf("1M bars: %zu trades, final equity %.2f (rule and built-in equal bit for bit)\n",
                    a->result.trades.size(), a->result.finalEquity);
    }
    // The engine's part (signals on a fresh indicator cache + the full
    // simulation into reused result buffers, one thread), then the whole
    // Backtester::run (series checks and metrics too). The two sides are
    // measured alternately so neither always runs on a cold machine.
    std::vector<std::uint8_t> flags(n);
    BacktestResult reuse;
    const PriceView pv{s.time, s.open, s.close};
    auto engine = [&](const Strategy &st) {
        return [&] {
            IndicatorCache cache(s.open, s.high, s.low, s.close, s.volume);
            st.computeSignals(params, cache, flags);
            (void)Simulator::runInto(pv, flags, cfg, reuse);
        };
    };
    auto signalsOnly = [&](const Strategy &st) {
        return [&] {
            IndicatorCache cache(s.open, s.high, s.low, s.close, s.volume);
            st.computeSignals(params, cache, flags);
        };
    };
    auto fullRun = [&](const Strategy &st) {
        return [&] { (void)Backtester::run(s, st, params, cfg, conv, false); };
    };
    bench::Timing eb{1e300, 0}, er{1e300, 0}, sb{1e300, 0}, sr{1e300, 0}, fb{1e300, 0}, fr{1e300, 0};
    auto keepBest = [](bench::Timing &best, const bench::Timing &t) {
        if (t.bestMs < best.bestMs)
            best = t;
    };
    for (int round = 0; round < 5; ++round) {
        keepBest(eb, bench::measure(engine(builtin), 3));
        keepBest(er, bench::measure(engine(rule), 3));
        keepBest(sb, bench::measure(signalsOnly(builtin), 3));
        keepBest(sr, bench::measure(signalsOnly(rule), 3));
        keepBest(fb, bench::measure(fullRun(builtin), 3));
        keepBest(fr, bench::measure(fullRun(rule), 3));
    }
    bench::report("built-in sma_cross: signals (fresh cache) + full simulation, 1,000,000 bars", eb, 0);
    bench::report("SMA-crossover rule: signals (fresh cache) + full simulation, 1,000,000 bars", er, 0);
    ok = ratioReport("1M-bar backtest, signals + simulation (best of 15)", er.bestMs, eb.bestMs, 1.5) && ok;
    bench::report("  of which signals, built-in (both SMAs and the crossover in one pass)", sb, 0);
    bench::report("  of which signals, rule (SMA pair, one crossover pass, flags)", sr, 0);
    ratioReport("  signals alone (for reference)", sr.bestMs, sb.bestMs, 0);
    bench::report("built-in sma_cross, whole Backtester::run (checks, metrics)", fb, 0);
    bench::report("SMA-crossover rule, whole Backtester::run (checks, metrics)", fr, 0);
    ratioReport("  whole Backtester::run (for reference)", fr.bestMs, fb.bestMs, 0);
    {
        IndicatorCache warm(s.open, s.high, s.low, s.close, s.volume);
        rule.computeSignals(params, warm, flags);
        auto sw = bench::measure([&] { rule.computeSignals(params, warm, flags); }, 15);
        bench::report("  rule signals with the SMAs already cached (a sweep's case)", sw, 0);
    }

    // The sweep.
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
    SweepConfig ruleSweep = sweep;
    ruleSweep.custom = &rule;
    {
        auto a = Optimizer::run(*bars, sweep);
        auto b = Optimizer::run(*bars, ruleSweep);
        if (!a || !b || a->table.rows() != 7925 || a->table.finalEquity != b->table.finalEquity ||
            a->ranking != b->ranking) {
            std::printf("rule and built-in sweeps differ\n");
            return 1;
        }
    }
    bench::Timing wb{1e300, 0}, wr{1e300, 0};
    for (int round = 0; round < 4; ++round) {
        keepBest(wb, bench::measure([&] { (void)Optimizer::run(*bars, sweep); }, 2));
        keepBest(wr, bench::measure([&] { (void)Optimizer::run(*bars, ruleSweep); }, 2));
    }
    bench::report("built-in sweep, 7,925 SMA pairs on the S&P 500 sample", wb, 0);
    bench::report("rule sweep, 7,925 SMA pairs on the S&P 500 sample", wr, 0);
    ok = ratioReport("sweep (best of 8)", wr.bestMs, wb.bestMs, 2.0) && ok;

    // The same rule with a stop two ATRs below the entry (a per-bar distance
    // array the simulation reads), for what a distance stop costs.
    {
        auto stopped = rules::RuleStrategy::fromText(text + "stop = 2 * atr(14)\n", "sma_cross_atr_stop");
        if (!stopped) {
            std::printf("%s\n", stopped.error().message.c_str());
            return 1;
        }
        auto r = Backtester::run(s, **stopped, params, cfg, conv, false);
        std::size_t stops = 0;
        for (const Trade &t : r->result.trades)
            stops += t.exitReason == FillReason::StopLoss;
        std::printf("1M bars with stop = 2 * atr(14): %zu trades, %zu stopped out\n", r->result.trades.size(),
                    stops);
        bench::Timing with{1e300, 0}, without{1e300, 0};
        for (int round = 0; round < 3; ++round) {
            keepBest(without, bench::measure(fullRun(rule), 3));
            keepBest(with, bench::measure(
                               [&] { (void)Backtester::run(s, **stopped, params, cfg, conv, false); }, 3));
        }
        bench::report("SMA-crossover rule, whole Backtester::run (1,000,000 bars)", without, 0);
        bench::report("the same + stop = 2 * atr(14), whole Backtester::run", with, 0);
        ratioReport("ATR stop (for reference, with / without)", with.bestMs, without.bestMs, 0);
    }

    // Compiling.
    const std::string larger =
        "param fast: int = 10 in 2..200\nparam slow: int = 30 in 5..400\n"
        "param rsi_max: float = 70 in 0..100\nrequire fast < slow\n"
        "let f = sma(close, fast)\nlet sl = sma(close, slow)\n"
        "entry = cross_above(f, sl) and rsi(close, 14) < rsi_max and close > highest(high, 20)[1]\n"
        "exit = cross_below(f, sl) or bars_since(close < open) > 5\n"
        "stop_loss = 0.05\n";
    for (const auto &[name, src] : {std::pair{"compile the SMA-crossover rule", text},
                                    std::pair{"compile a 9-line rule (RSI filter, channel, stop)", larger}}) {
        auto t = bench::measure(
            [&] {
                std::vector<rules::Diagnostic> d;
                auto r = rules::RuleStrategy::compile(src, "bench", d);
                if (!r)
                    std::printf("compile failed\n");
            },
            200);
        ok = bench::report(name, t, 1.0) && ok;
    }
    return ok ? 0 : 1;
}
