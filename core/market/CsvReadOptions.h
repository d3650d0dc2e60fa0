#pragma once

#include "core/common/Result.h"
#include "core/common/Time.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace sn {

// Layouts the bar CSV reader understands. Auto picks one from the header.
enum class CsvFormat
{
    Auto,
    Yahoo,     // Date,Open,High,Low,Close,Adj Close,Volume (any case, "adjclose" too)
    Stooq,     // Date,Open,High,Low,Close,Volume; also the Polish header (Data,Otwarcie,...)
    StooqBulk, // <TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>
    Generic,   // any header, columns named by a CsvColumnMap
    CloseOnly, // date + close (or price): open = high = low = close
    Long,      // symbol,date,price: several instruments in one file
};

// "auto", "yahoo", "stooq", "stooq-bulk", "generic", "close-only", "long".
const char *csvFormatName(CsvFormat format);
// Also accepts "close" for close-only. nullopt for an unknown name.
std::optional<CsvFormat> csvFormatFromName(std::string_view name);

// Which header column holds each field: a header name (matched exactly, then
// ignoring case, spaces and punctuation) or a 1-based column index ("3").
// Empty means "not mapped". date and close are required; open, high and low
// are all mapped or none (then they equal close); volume defaults to 0.
struct CsvColumnMap
{
    std::string date;
    std::string time; // optional time-of-day column (hhmmss or hh:mm[:ss])
    std::string open;
    std::string high;
    std::string low;
    std::string close;
    std::string adjClose;
    std::string volume;
    std::string symbol;

    bool empty() const;
};

// Parses "date=Date,close=Close,volume=5" (the --map option). Keys: date, time,
// open, high, low, close, adjclose, volume, symbol. Errors name the bad entry.
Result<CsvColumnMap> parseColumnMap(std::string_view text);

// "," ";" "|" and a tab, also by name: comma, semicolon, pipe, tab, "\t".
Result<char> parseCsvDelimiter(std::string_view text);
// "," ";" "tab" "|" for printing.
std::string csvDelimiterName(char delimiter);

struct CsvReadOptions
{
    CsvFormat format = CsvFormat::Auto;
    CsvColumnMap columns;                 // non-empty implies Generic
    std::optional<DateFormat> dateFormat; // nullopt: detect (ambiguous d/m order is an error)
    char delimiter = 0;                   // 0: detect from the header
    std::optional<bool> decimalComma;     // nullopt: detect (only when the delimiter is not ',')
    // For files without a symbol column (a symbol column always wins, so a
    // long or Stooq bulk file keeps its instruments apart). Empty: from the
    // file name (symbolFromFileName).
    std::string symbol;
    // Empty: from the file (Stooq <PER>), else inferred from the spacing of
    // the dates (sn::inferInterval), else "1d". Daily and longer bars are
    // stored at midnight UTC of the date the file writes (a time of day or
    // an offset does not move them to another date).
    std::string interval;
    // false: any bad row rejects the file (the error lists every bad row);
    // true: bad rows are skipped and listed in CsvBarData::issues.
    bool skipBadRows = false;
    // Yahoo only: scale open, high, low and close by AdjClose/Close of the same
    // row (dividend and split adjusted prices); volume is left as read.
    bool useAdjustedClose = false;
    std::size_t maxLineBytes = 1024 * 1024;
};

// The command-line options a CLI exposes for CSV import, with their help text.
struct CsvCliOption
{
    const char *name;     // without the leading "--"
    const char *argument; // empty for a flag
    const char *help;
};
std::span<const CsvCliOption> csvCliOptions();

// Applies one CLI option ("format", "yahoo") to `options`. Flags take an empty
// value. Errors say which option and value were wrong and what is accepted.
Result<void> applyCsvCliOption(CsvReadOptions &options, std::string_view name, std::string_view value);

} // namespace sn
