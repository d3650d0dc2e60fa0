#include "tests/report/SyntheticBacktest.h"

#include "core/report/builders/BacktestReportBuilder.h"

#include <cmath>
#include <string>

namespace sn::test {

SyntheticBacktest syntheticBacktest(std::size_t bars, std::uint64_t seed, int fast, int slow)
{
    SyntheticBacktest out;
    out.series.symbol = "SYN";
    out.series.interval = "1d";
    std::uint64_t state = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    auto uniform = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return double(state >> 11) / double(1ULL << 53);
    };
    double close = 100.0;
    const TimestampMs start = toTimestamp({2000, 1, 3});
    for (std::size_t i = 0; i < bars; ++i) {
        const double r = (uniform() - 0.49) * 0.04;
        const double open = close;
        close = std::max(1.0, close * (1.0 + r));
        out.series.append(start + TimestampMs(i) * kMsPerDay, open, std::max(open, close) * 1.005,
                          std::min(open, close) * 0.995, close, 1000.0 + double(i % 97));
    }
    bt::BacktestRequest request;
    request.strategy = "sma_cross";
    request.params = {{"fast", std::to_string(fast)}, {"slow", std::to_string(slow)}};
    request.config.costs.commission = 0.001;
    auto run = bt::Backtester::run(out.series, request);
    if (run)
        out.report = std::move(run).value();
    report::BacktestReportInput input;
    input.series = {&out.series};
    input.origin = "synthetic";
    input.interval = "1d";
    input.sizingText = "all_in";
    input.fillText = "next_open";
    input.config = request.config;
    input.convention = request.convention;
    input.report = &out.report;
    out.document = report::buildBacktestReport(input);
    return out;
}

} // namespace sn::test
