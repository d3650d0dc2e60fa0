#pragma once

#include "core/common/Result.h"
#include "core/market/CsvReadOptions.h"

#include <string>
#include <string_view>
#include <vector>

namespace sn {

// Which column of a bar CSV holds which field (0-based, -1 when absent).
struct CsvColumns
{
    int date = -1;
    int time = -1;
    int open = -1;
    int high = -1;
    int low = -1;
    int close = -1;
    int adj = -1;
    int volume = -1;
    int symbol = -1;
    int per = -1;
};

// The layout the reader settled on: the format and where each field is.
struct CsvLayout
{
    CsvFormat format = CsvFormat::Auto;
    CsvColumns cols;
};

// Maps a header to a layout: the forced format or column map in `options`, or
// the format the header names (Yahoo, Stooq, Stooq bulk, close-only, long).
// Errors say which column is missing or which --map entry does not match.
Result<CsvLayout> resolveCsvLayout(const std::vector<std::string_view> &header,
                                   const CsvReadOptions &options);

// Stooq's <PER> column to an interval code ("D" -> "1d", "5" -> "5m"); empty when unknown.
std::string intervalFromStooqPeriod(std::string_view per);

} // namespace sn
