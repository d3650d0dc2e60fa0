#pragma once

#include "core/common/Error.h"
#include "core/market/BarSeries.h"

#include <cstddef>
#include <string>
#include <vector>

namespace sn {

// One problem found in a CSV file, located precisely enough to fix it by hand.
struct CsvIssue
{
    enum class Severity
    {
        Warning, // the data was kept (e.g. rows were out of order and got sorted)
        Error,   // the row is bad: rejected with the file, or skipped
    };
    std::size_t line = 0; // 1-based, the header is line 1
    std::string field;    // "date", "open", "high", "low", "close", "volume", "symbol", or "row"
    std::string message;  // quotes the bad value
    Severity severity = Severity::Error;
    std::string userMessage; // the message in the reader's language; empty: as in English

    // "prices.csv:12: field 'close': not a number: 'abc'"
    std::string toString(const std::string &sourceName) const;
    // The same in the reader's language (see sn::Error).
    std::string toUserString(const std::string &sourceName) const;
};

// What readBarCsv found: the good bars per symbol and every problem seen.
struct CsvBarData
{
    std::string sourceName;        // file path or the name given to readBarCsvText
    std::vector<BarSeries> series; // one per symbol, in order of first appearance, sorted by time
    std::vector<CsvIssue> issues;  // ordered by line
    // Per series (same order): how its interval was decided, e.g. "monthly:
    // the median gap between dates is 31 days" or "as given (--interval)".
    std::vector<std::string> intervalNotes;
    std::vector<std::string> intervalUserNotes; // the same in the reader's language
    std::size_t rowsRead = 0;                   // data lines (header and blank lines not counted)
    std::size_t rowsAccepted = 0;               // bars in `series`
    std::size_t rowsSkipped = 0;                // rows with at least one Error issue
    std::size_t rowsReordered = 0;              // rows that moved when sorting by time
    bool wasUnsorted = false;

    // Detected or forced layout, as names a CLI can print.
    std::string format;    // csvFormatName()
    std::string delimiter; // csvDelimiterName()
    bool decimalComma = false;
    std::string dateFormat; // dateFormatName()
    std::string columns;    // "date=Date, open=Open, ..., volume=Volume"

    std::size_t errorCount() const;
    bool hasErrors() const { return errorCount() > 0; }
    // All issues, one per line, "file:line: field 'x': message".
    std::string formatIssues() const;
    // The error a strict import returns: the count of bad rows, then every bad row.
    Error rejectionError() const;
};

} // namespace sn
