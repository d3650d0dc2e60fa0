// libFuzzer entry point for the bar CSV reader (outside input). Built only
// with clang and -DSUPERNOVA_FUZZ=ON; see tests/market/CMakeLists.txt.
#include "core/market/CsvBarReader.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // The first byte picks the options so one corpus explores strict and
    // lenient reads, forced formats and date layouts.
    if (size == 0)
        return 0;
    sn::CsvReadOptions opt;
    const std::uint8_t sel = data[0];
    opt.skipBadRows = sel & 1;
    opt.format = static_cast<sn::CsvFormat>((sel >> 1) % 7);
    if (sel & 0x10)
        opt.dateFormat = static_cast<sn::DateFormat>((sel >> 5) % 8);
    std::string_view text(reinterpret_cast<const char *>(data + 1), size - 1);
    auto r = sn::readBarCsvText(text, "fuzz.csv", opt);
    if (r.ok()) {
        std::size_t bars = 0;
        for (const auto &s : r->series) {
            if (!s.isStrictlyIncreasing())
                __builtin_trap();
            bars += s.size();
        }
        if (bars != r->rowsAccepted || r->rowsAccepted + r->rowsSkipped != r->rowsRead)
            __builtin_trap();
    }
    return 0;
}
