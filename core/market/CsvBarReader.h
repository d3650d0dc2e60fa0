#pragma once

#include "core/common/Result.h"
#include "core/market/CsvBarData.h"
#include "core/market/CsvReadOptions.h"

#include <string>
#include <string_view>

namespace sn {

// Reads OHLCV bars from a CSV file: Yahoo, Stooq (daily, bulk ASCII, Polish
// header), generic with a column map, close-only and long symbol,date,price.
// The delimiter, decimal comma, BOM, CRLF, quoting and date layout are
// detected unless given in `options`.
//
// File-level problems (unreadable, empty, header only, no date/close column,
// NUL bytes, a line over options.maxLineBytes, a truncated last line, dates
// whose day/month order is ambiguous) are returned as an Error. Row problems
// are CsvIssues: with options.skipBadRows the good rows are returned and the
// bad ones listed; without it any bad row makes the result
// CsvBarData::rejectionError(), which lists every bad row as
// "file:line: field 'close': ...". An importer that wants both the data and
// the verdict reads with skipBadRows and checks CsvBarData::hasErrors().
Result<CsvBarData> readBarCsv(const std::string &path, const CsvReadOptions &options);

// The same over text already in memory; `sourceName` names it in messages and
// supplies the symbol when neither the options nor a column give one.
Result<CsvBarData> readBarCsvText(std::string_view text, std::string sourceName,
                                  const CsvReadOptions &options);

// The symbol a file name implies: the base name without its last extension, up
// to the first '_', upper-cased ("aapl_yahoo_2013_2018.csv" -> "AAPL",
// "aapl.us.txt" -> "AAPL.US"). Empty when nothing is left.
std::string symbolFromFileName(std::string_view path);

} // namespace sn
