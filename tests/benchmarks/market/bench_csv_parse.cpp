// Parses a seeded 1,000,000-row Yahoo-format file: the budget is 500 ms for
// the parse (reading the file included), with a target well under it.
#include "core/market/CsvBarReader.h"
#include "tests/benchmarks/benchutils/Bench.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <time.h>
#include <unistd.h>

using namespace sn;

namespace {

// A random walk with realistic Yahoo formatting (6 decimals, integer volume)
// on consecutive calendar days from 1990-01-01.
std::string makeYahooCsv(std::size_t rows, std::uint32_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> ret(0.0, 0.015);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::string out = "Date,Open,High,Low,Close,Adj Close,Volume\n";
    out.reserve(rows * 80);
    double price = 100.0;
    TimestampMs t = toTimestamp({1990, 1, 1});
    char line[256];
    for (std::size_t i = 0; i < rows; ++i) {
        double open = price;
        double close = open * std::exp(ret(rng));
        double high = std::max(open, close) * (1.0 + 0.01 * u(rng));
        double low = std::min(open, close) * (1.0 - 0.01 * u(rng));
        CivilDate d = toCivil(t);
        int n = std::snprintf(line, sizeof line, "%04d-%02d-%02d,%.6f,%.6f,%.6f,%.6f,%.6f,%lld\n", d.year,
                              d.month, d.day, open, high, low, close, close * 0.98,
                              static_cast<long long>(1'000'000 + rng() % 50'000'000));
        out.append(line, static_cast<std::size_t>(n));
        // Keep the walk in a realistic price range so field widths stay typical.
        price = close > 1000.0 ? close * 0.5 : close < 10.0 ? close * 2.0 : close;
        t += kMsPerDay;
    }
    return out;
}

} // namespace

int main()
{
    constexpr std::size_t kRows = 1'000'000;
    std::printf("machine: %s\n", bench::machineDescription().c_str());
    auto dir = std::filesystem::temp_directory_path() / ("supernova-bench-csv-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "bench_1m.csv").string();
    const std::string text = makeYahooCsv(kRows, 20261122);
    std::ofstream(path, std::ios::binary) << text;
    std::printf("file: %zu rows, %.1f MiB\n", kRows, static_cast<double>(text.size()) / (1024.0 * 1024.0));

    std::size_t accepted = 0;
    bool ok = true;
    // CPU time of this process next to the wall time: on a shared machine the
    // wall figure also counts time other processes held the cores.
    double bestCpuMs = 1e300;
    bench::Timing t = bench::measure(
        [&] {
            timespec c0{}, c1{};
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c0);
            auto r = readBarCsv(path, CsvReadOptions{});
            if (!r.ok())
                std::printf("error: %.300s\n", r.error().toString().c_str());
            ok = ok && r.ok() && r->rowsAccepted == kRows;
            accepted = r.ok() ? r->rowsAccepted : 0;
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c1);
            bestCpuMs = std::min(bestCpuMs, (c1.tv_sec - c0.tv_sec) * 1e3 + (c1.tv_nsec - c0.tv_nsec) / 1e6);
        },
        5);
    bool pass = bench::report("csv parse 1M yahoo rows (readBarCsv)", t, 500.0);
    std::printf("csv parse 1M yahoo rows, CPU time of the best run: %.3f ms\n", bestCpuMs);
    std::printf("rows accepted: %zu (%s)\n", accepted, ok ? "all" : "MISSING ROWS: FAIL");
    // The same text already in memory: the parse alone, without reading the file.
    bool memOk = true;
    bench::Timing mem = bench::measure(
        [&] {
            auto r = readBarCsvText(text, "bench_1m.csv", CsvReadOptions{});
            memOk = memOk && r.ok() && r->rowsAccepted == kRows;
        },
        5);
    pass = bench::report("csv parse 1M yahoo rows from memory (readBarCsvText)", mem, 500.0) && pass && memOk;
    std::printf("throughput: %.1f M rows/s (best run)\n", static_cast<double>(kRows) / t.bestMs / 1000.0);
    std::printf("peak RSS: %.0f MiB\n", bench::peakRssMiB());
    std::filesystem::remove_all(dir);
    return pass && ok ? 0 : 1;
}
