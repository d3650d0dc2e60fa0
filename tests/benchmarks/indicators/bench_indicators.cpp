// SMA / EMA / RSI over 1,000,000 bars against a plain sequential pass over
// the same array in the same run. The baseline is the simplest loop that
// carries one value from bar to bar and writes one output per bar (a running
// sum), which is the shape every one of these indicators has.
#include "core/indicators/Indicators.h"
#include "tests/benchmarks/benchutils/Bench.h"

#include <cstdio>
#include <random>
#include <vector>

using namespace sn;

int main()
{
    std::printf("machine: %s\n", bench::machineDescription().c_str());
    const std::size_t n = 1'000'000;
    std::vector<double> x(n), out(n);
    std::mt19937_64 rng(42);
    std::normal_distribution<double> step(0.0, 0.01);
    double p = 100;
    for (auto &v : x) {
        p *= 1 + step(rng);
        v = p;
    }
    const int repeats = 25;
    volatile double sink = 0;
    auto baseline = bench::measure(
        [&] {
            double acc = 0;
            for (std::size_t i = 0; i < n; ++i) {
                acc += x[i];
                out[i] = acc;
            }
            sink = sink + out[n - 1];
        },
        repeats);
    bench::report("baseline sequential pass (running sum), 1M bars", baseline, 0);
    bool ok = true;
    struct Case
    {
        const char *name;
        std::function<void()> fn;
    };
    const Case cases[] = {
        {"SMA(20), 1M bars", [&] { (void)ind::sma(x, 20, out); }},
        {"EMA(20), 1M bars", [&] { (void)ind::ema(x, 20, out); }},
        {"RSI(14), 1M bars", [&] { (void)ind::rsi(x, 14, out); }},
    };
    for (const auto &c : cases) {
        auto t = bench::measure(c.fn, repeats);
        sink = sink + out[n - 1];
        // Limit: 2x the baseline's best time measured above.
        ok = bench::report(c.name, t, 2.0 * baseline.bestMs) && ok;
        std::printf("  ratio to baseline: %.2fx\n", t.bestMs / baseline.bestMs);
    }
    std::printf("peak RSS: %.1f MiB\n", bench::peakRssMiB());
    return ok ? 0 : 1;
}
