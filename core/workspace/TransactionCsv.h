#pragma once

#include "core/common/Decimal.h"
#include "core/common/Result.h"
#include "core/common/Time.h"

#include <QByteArray>
#include <map>
#include <string>
#include <vector>

namespace sn {

// One transaction as read from or written to a CSV file. Money and
// quantities are positive magnitudes; the type gives the direction.
struct TransactionCsvRow
{
    int line = 0; // 1-based line in the file (0 for rows built in code)
    TimestampMs date = 0;
    std::string type; // storage name: buy, sell, dividend, ..., transfer_out
    std::string symbol;
    Decimal quantity;
    Decimal price;
    Decimal fee;
    Decimal tax;
    Decimal amount;
    bool amountGiven = false; // false: buys and sells get quantity x price
    std::string currency;     // empty: the instrument's or the portfolio's
    std::string note;
};

// A line of a transactions CSV that cannot be taken, in English
// ("file:line: field 'x': why": logs, the CLI, --json) and as its reader
// reads it (translated where the desktop installed a translator).
struct TransactionCsvProblem
{
    int line = 0;
    std::string message;
    std::string userMessage; // empty: as in English

    const std::string &forReader() const { return userMessage.empty() ? message : userMessage; }
};

// The generic transactions CSV: one transaction per line, a header naming
// the columns. Fields: date, type, symbol, quantity, price, fee, tax, amount,
// currency, note; a column map renames them ("date=Trade Date"). Parsing is
// all-or-nothing: every bad line is reported (file:line: field 'x': why) and
// no row is returned, so an import never half-lands. Symbols and holdings are
// checked by the caller, which knows the database and the ledger.
class TransactionCsv
{
public:
    using ColumnMap = std::map<std::string, std::string>; // field -> header in the file

    static const std::vector<std::string> &fields();
    // "field=Header" entries (also comma-separated in one entry). Errors name
    // an unknown field or an entry without '='.
    static Result<ColumnMap> parseColumnMap(const std::vector<std::string> &entries);

    // `source` names the file in errors. Dates: ISO, or the one format that
    // reads every date in the file (sn::detectDateFormat).
    static Result<std::vector<TransactionCsvRow>> parse(const QByteArray &text, const std::string &source,
                                                        const ColumnMap &map = {});

    // The rows that read cleanly and every bad line, so a caller that checks
    // more (symbols, prices) can report all problems of a file at once
    // instead of one class of them per attempt. An error only for what stops
    // reading altogether (no header, a missing column).
    struct Lines
    {
        std::vector<TransactionCsvRow> rows;
        std::vector<TransactionCsvProblem> problems;
    };
    static Result<Lines> parseLines(const QByteArray &text, const std::string &source,
                                    const ColumnMap &map = {});
    // "N bad line(s), nothing imported:" and the first 50 problems in line order.
    static Error badLines(std::vector<TransactionCsvProblem> problems, const std::string &source,
                          ErrorCode code);
    // A problem at `line` of `source`: "file:line: field 'x': why", the
    // reason made from `why` and `args` (English and the reader's text).
    static TransactionCsvProblem problemAt(const std::string &source, int line, const char *field,
                                           TextKey why, std::initializer_list<std::string_view> args = {});
    // Header and one line per row with every field, decimals as exact
    // strings: parse(format(rows)) gives the rows back unchanged.
    static QByteArray format(const std::vector<TransactionCsvRow> &rows);
};

} // namespace sn
