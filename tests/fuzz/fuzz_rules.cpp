// libFuzzer entry point for the rule language (text a user types or loads):
// parse, check and compile anything; when it compiles, run it over a small
// fixed series so the kernels see whatever plans the fuzzer can build.
// Built only with clang and -DSUPERNOVA_FUZZ=ON; see tests/rules/CMakeLists.txt.
#include "core/backtest/IndicatorCache.h"
#include "core/rules/RuleStrategy.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    std::vector<sn::rules::Diagnostic> diagnostics;
    auto rule = sn::rules::RuleStrategy::compile(text, "fuzz", diagnostics);
    for (const auto &d : diagnostics) {
        if (d.at.line < 1 || d.at.column < 1 || d.message.empty())
            __builtin_trap();
        (void)d.format(text, "fuzz.rule");
    }
    if (!rule) {
        if (diagnostics.empty())
            __builtin_trap(); // refused without saying why
        return 0;
    }
    static const std::vector<double> open = [] {
        std::vector<double> v(64);
        for (std::size_t i = 0; i < v.size(); ++i)
            v[i] = 100 + 10 * std::sin(double(i) / 5);
        return v;
    }();
    static const std::vector<double> close = [] {
        std::vector<double> v(64);
        for (std::size_t i = 0; i < v.size(); ++i)
            v[i] = 100 + 10 * std::sin(double(i + 1) / 5);
        return v;
    }();
    std::vector<double> high(64), low(64), volume(64, 1000);
    for (std::size_t i = 0; i < 64; ++i) {
        high[i] = std::max(open[i], close[i]) + 1;
        low[i] = std::min(open[i], close[i]) - 1;
    }
    sn::bt::IndicatorCache cache(open, high, low, close, volume);
    std::vector<std::uint8_t> out(64);
    const std::vector<double> params = rule->info().defaults();
    rule->computeSignals(params, cache, out);
    for (std::uint8_t f : out)
        if (f > 15)
            __builtin_trap();
    (void)rule->warmup(params);
    return 0;
}
