// libFuzzer target: the bar CSV reader (files an analyst imports from
// anywhere) in every layout, with the CLI's import options applied first.
//
// Input: byte 0 chooses options, then the file. With bit 5 set the file's
// first line is a list of CLI options ("format=generic map=date=1,close=2
// delimiter=tab"), so the fuzzer explores the option parser and the column
// maps as well as forced formats, date layouts and strict or lenient reads.
#include "core/market/CsvBarReader.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

// Applies "name=value" / "name" words; false when an option was refused.
bool applyOptionLine(sn::CsvReadOptions &options, std::string_view line)
{
    while (!line.empty()) {
        const std::size_t space = line.find(' ');
        const std::string_view word = line.substr(0, space);
        line = space == std::string_view::npos ? std::string_view() : line.substr(space + 1);
        if (word.empty())
            continue;
        const std::size_t eq = word.find('=');
        const std::string_view name = word.substr(0, eq);
        const std::string_view value =
            eq == std::string_view::npos ? std::string_view() : word.substr(eq + 1);
        const auto applied = sn::applyCsvCliOption(options, name, value);
        if (!applied.ok()) {
            if (applied.error().message.empty())
                __builtin_trap(); // a refusal must say why
            return false;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    sn::CsvReadOptions opt;
    const std::uint8_t sel = data[0];
    opt.skipBadRows = sel & 1;
    opt.useAdjustedClose = sel & 2;
    opt.format = static_cast<sn::CsvFormat>((sel >> 2) % 7);
    if (sel & 0x40)
        opt.maxLineBytes = 64; // the over-long-line refusal
    std::string_view text(reinterpret_cast<const char *>(data + 1), size - 1);
    if (sel & 0x20) {
        const std::size_t nl = text.find('\n');
        const std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
        if (!applyOptionLine(opt, line))
            return 0;
    }
    auto r = sn::readBarCsvText(text, "fuzz.csv", opt);
    if (!r.ok()) {
        if (r.error().message.empty())
            __builtin_trap();
        return 0;
    }
    std::size_t bars = 0;
    for (const auto &s : r->series) {
        if (!s.isStrictlyIncreasing())
            __builtin_trap();
        // What the reader accepts, the kernels may divide by and take logs of.
        for (std::size_t i = 0; i < s.size(); ++i) {
            for (double p : {s.open[i], s.high[i], s.low[i], s.close[i]})
                if (!std::isfinite(p) || !(p > 0))
                    __builtin_trap();
            if (!(s.low[i] <= s.high[i]) || !std::isfinite(s.volume[i]) || s.volume[i] < 0)
                __builtin_trap();
        }
        bars += s.size();
    }
    if (bars != r->rowsAccepted || r->rowsAccepted + r->rowsSkipped != r->rowsRead)
        __builtin_trap();
    return 0;
}
