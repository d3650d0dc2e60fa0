// The price chart with 100,000 and 1,000,000 synthetic daily candles in a
// shown view (offscreen, 1200 x 800, candles + volume + SMA(50)): one zoom
// step and one pan step, each = re-decimate the visible range, hand it to the
// panes, process the posted events and repaint every pane. Issue 17's limit:
// 16 ms (one frame at 60 Hz) at both sizes. The decimation kernel alone and
// the repaint alone are timed too, to tell where the time goes, and each step
// also reports the GUI thread's own CPU time, which other processes on a
// loaded machine do not add to (they still share its caches).
//   build/benchmarks/bench_charts
#include "core/market/Decimation.h"
#include "tests/benchmarks/benchutils/Bench.h"
#include "ui/charts/ChartPane.h"
#include "ui/charts/PriceChartView.h"

#include <QApplication>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <random>
#include <vector>

using namespace sn;
using namespace sn::ui;

namespace {

BarSeries synthetic(std::size_t n)
{
    BarSeries s;
    s.symbol = "SYN";
    s.reserve(n);
    std::mt19937_64 rng(7);
    std::normal_distribution<double> ret(0.0003, 0.015);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    double price = 100;
    for (std::size_t i = 0; i < n; ++i) {
        const double open = price;
        price = std::max(0.01, price * std::exp(ret(rng)));
        const double hi = std::max(open, price) * (1 + 0.01 * unit(rng));
        const double lo = std::min(open, price) * (1 - 0.01 * unit(rng));
        s.append(static_cast<TimestampMs>(i) * kMsPerDay, open, hi, lo, price,
                 std::floor(1e6 * (0.5 + unit(rng))));
    }
    return s;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Wall time as bench::measure, and the thread CPU time of the same runs (best / median).
bench::Timing measureWithCpu(const std::function<void()> &fn, int repeats, bench::Timing &cpu)
{
    std::vector<double> cpuMs;
    const bench::Timing wall = bench::measure(
        [&]() {
            const double start = threadCpuMs();
            fn();
            cpuMs.push_back(threadCpuMs() - start);
        },
        repeats);
    cpuMs.erase(cpuMs.begin()); // the warm-up
    std::sort(cpuMs.begin(), cpuMs.end());
    cpu = {cpuMs.front(), cpuMs[cpuMs.size() / 2], int(cpuMs.size())};
    return wall;
}

void repaintAll(PriceChartView &view)
{
    QApplication::processEvents(); // the scene's deferred item and layout updates
    for (ChartPane *p : view.panes())
        p->repaint();
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    bool ok = true;
    std::printf("machine: %s\n", bench::machineDescription().c_str());
    for (std::size_t n : {std::size_t(100'000), std::size_t(1'000'000)}) {
        const double limit = 16;
        const std::string tag = std::to_string(n / 1000) + "k candles";
        BarSeries bars = synthetic(n);

        {
            // The kernel alone over the whole history, 400 candle slices / 600 line slices.
            OhlcBuckets ohlc;
            LinePoints line;
            const TimeBuckets slices{bars.time.front(), bars.time.back(), 400};
            bench::report(tag + ": decimateOhlc, whole history",
                          bench::measure([&]() { (void)decimateOhlc(bars, slices, ohlc); }, 15), 0);
            const TimeBuckets lineSlices{bars.time.front(), bars.time.back(), 600};
            bench::report(
                tag + ": decimateMinMax close, whole history",
                bench::measure([&]() { (void)decimateMinMax(bars.time, bars.close, lineSlices, line); }, 15),
                0);
        }

        PriceChartView view(nullptr, nullptr);
        view.resize(1200, 800);
        view.show();
        QApplication::processEvents();
        view.setBars(std::move(bars));
        if (!view.setIndicators({{"sma", {{"period", 50}}}}).ok())
            return 2;
        QApplication::processEvents();
        std::printf("%s: plot %d px wide\n", tag.c_str(), view.plotWidth());

        for (ChartType type : {ChartType::Candles, ChartType::OhlcBars, ChartType::Line}) {
            view.setChartType(type);
            const std::string kind = type == ChartType::Candles    ? "candles"
                                     : type == ChartType::OhlcBars ? "OHLC bars"
                                                                   : "line";
            // Zoom in and out by 10 % around the middle of the whole history:
            // every step decimates (nearly) all bars.
            view.applyPreset(RangePreset::Max);
            repaintAll(view);
            bool in = true;
            bench::Timing cpu;
            const bench::Timing zoom = measureWithCpu(
                [&]() {
                    view.zoom(in ? 1.1 : 1 / 1.1);
                    in = !in;
                    repaintAll(view);
                },
                21, cpu);
            ok = bench::report(tag + ", " + kind + ": zoom step (whole history visible)", zoom, limit) && ok;
            bench::report(tag + ", " + kind + ": zoom step, GUI thread CPU", cpu, 0);

            // Pan by 5 % back and forth with half the history visible.
            view.zoom(2.0);
            repaintAll(view);
            int step = 0;
            const bench::Timing pan = measureWithCpu(
                [&]() {
                    view.pan(step++ % 2 ? 0.05 : -0.05);
                    repaintAll(view);
                },
                21, cpu);
            ok = bench::report(tag + ", " + kind + ": pan step (half the history visible)", pan, limit) && ok;
            bench::report(tag + ", " + kind + ": pan step, GUI thread CPU", cpu, 0);
        }

        // Where the time goes: the repaint alone, with nothing changed.
        view.setChartType(ChartType::Candles);
        view.applyPreset(RangePreset::Max);
        repaintAll(view);
        bench::report(tag + ": repaint only (no change)", bench::measure([&]() { repaintAll(view); }, 21), 0);
    }
    std::printf("peak RSS %.0f MiB\n", bench::peakRssMiB());
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) == 3)
        std::printf("load average %.2f %.2f %.2f\n", load[0], load[1], load[2]);
    return ok ? 0 : 1;
}
