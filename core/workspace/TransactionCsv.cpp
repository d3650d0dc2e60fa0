#include "core/workspace/TransactionCsv.h"

#include "core/analytics/Transaction.h"

#include <algorithm>
#include <fmt/format.h>
#include <string_view>

namespace sn {

namespace {

struct Record
{
    int line = 0;
    std::vector<std::string> fields;
};

// RFC 4180 records over the whole text, so a quoted note may hold a newline
// or the delimiter. Blank lines are skipped; a leading UTF-8 BOM is ignored.
Result<std::vector<Record>> readRecords(const QByteArray &bytes, char delimiter, const std::string &source)
{
    std::string_view text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    std::vector<Record> records;
    Record current;
    std::string field;
    int line = 1;
    current.line = 1;
    bool inQuotes = false;
    bool quoted = false;
    bool any = false;
    auto endField = [&] {
        current.fields.push_back(field);
        field.clear();
        quoted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.front().empty() && !any;
        if (!blank)
            records.push_back(std::move(current));
        current = Record{};
        any = false;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == '\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == '"' && field.empty() && !quoted) {
            inQuotes = true;
            quoted = true;
            any = true;
        } else if (c == delimiter) {
            any = true;
            endField();
        } else if (c == '\r') {
            continue;
        } else if (c == '\n') {
            endRecord();
            ++line;
            current.line = line;
        } else {
            field += c;
            any = true;
        }
    }
    if (inQuotes)
        return makeError(ErrorCode::ParseError, SN_TEXT("sn::TransactionCsv", "unterminated quoted field"),
                         {}, fmt::format("{}:{}", source, current.line));
    if (any || !field.empty())
        endRecord();
    return records;
}

std::string trimmed(std::string s)
{
    const auto notSpace = [](unsigned char c) { return c != ' ' && c != '\t'; };
    s.erase(s.begin(), std::find_if(s.begin(), s.end(), notSpace));
    s.erase(std::find_if(s.rbegin(), s.rend(), notSpace).base(), s.end());
    return s;
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string quoteField(const std::string &value)
{
    if (value.find_first_of(",\"\r\n") == std::string::npos && trimmed(value) == value)
        return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

bool needsSymbol(TransactionType t)
{
    return t == TransactionType::Buy || t == TransactionType::Sell || t == TransactionType::Split ||
           t == TransactionType::TransferIn || t == TransactionType::TransferOut ||
           t == TransactionType::Dividend;
}

} // namespace

const std::vector<std::string> &TransactionCsv::fields()
{
    static const std::vector<std::string> all{"date", "type", "symbol", "quantity", "price",
                                              "fee",  "tax",  "amount", "currency", "note"};
    return all;
}

Result<TransactionCsv::ColumnMap> TransactionCsv::parseColumnMap(const std::vector<std::string> &entries)
{
    ColumnMap map;
    // The CLI's option; the desktop calls it the column mapping.
    const auto mapOption = SN_TEXT("sn::TransactionCsv", "--map");
    for (const std::string &entry : entries) {
        std::size_t start = 0;
        while (start <= entry.size()) {
            std::size_t comma = entry.find(',', start);
            if (comma == std::string::npos)
                comma = entry.size();
            const std::string item = trimmed(entry.substr(start, comma - start));
            start = comma + 1;
            if (item.empty())
                continue;
            const auto eq = item.find('=');
            if (eq == std::string::npos)
                return makeError(ErrorCode::InvalidArgument,
                                 SN_TEXT("sn::TransactionCsv", "expected FIELD=COLUMN, got '%1'"), {item},
                                 "--map")
                    .at(mapOption, {});
            const std::string field = lower(trimmed(item.substr(0, eq)));
            const std::string column = trimmed(item.substr(eq + 1));
            if (std::find(fields().begin(), fields().end(), field) == fields().end())
                return makeError(ErrorCode::InvalidArgument,
                                 SN_TEXT("sn::TransactionCsv",
                                         "unknown field '%1' (fields: date, type, symbol, quantity, "
                                         "price, fee, tax, amount, currency, note)"),
                                 {field}, "--map")
                    .at(mapOption, {});
            if (column.empty())
                return makeError(ErrorCode::InvalidArgument,
                                 SN_TEXT("sn::TransactionCsv", "no column named for field '%1'"), {field},
                                 "--map")
                    .at(mapOption, {});
            map[field] = column;
        }
    }
    return map;
}

Result<std::vector<TransactionCsvRow>> TransactionCsv::parse(const QByteArray &text,
                                                             const std::string &source, const ColumnMap &map)
{
    auto lines = parseLines(text, source, map);
    if (!lines)
        return lines.error();
    if (!lines->problems.empty())
        return badLines(std::move(lines->problems), source, ErrorCode::ParseError);
    return std::move(lines->rows);
}

TransactionCsvProblem TransactionCsv::problemAt(const std::string &source, int line, const char *field,
                                                TextKey why, std::initializer_list<std::string_view> args)
{
    const std::string where = fmt::format("{}:{}", source, line);
    TransactionCsvProblem p;
    p.line = line;
    p.message = fmt::format("{}: field '{}': {}", where, field, englishText(why, args));
    // The same words as a bar import's problems, so the two read alike.
    p.userMessage = translatedText(SN_TEXT("sn::CsvImport", "%1: field '%2': %3"),
                                   {where, field, translatedText(why, args)});
    if (p.userMessage == p.message)
        p.userMessage.clear();
    return p;
}

Error TransactionCsv::badLines(std::vector<TransactionCsvProblem> problems, const std::string &source,
                               ErrorCode code)
{
    std::stable_sort(problems.begin(), problems.end(),
                     [](const auto &a, const auto &b) { return a.line < b.line; });
    const auto head = SN_TEXT("sn::TransactionCsv", "%1 bad line(s), nothing imported:");
    const auto more = SN_TEXT("sn::TransactionCsv", "... and %1 more");
    const std::string count = std::to_string(problems.size());
    Error e(code, head, {count}, source);
    std::string user = e.userMessage.empty() ? e.message : e.userMessage;
    const std::size_t shown = std::min<std::size_t>(problems.size(), 50);
    for (std::size_t i = 0; i < shown; ++i) {
        e.message += "\n  " + problems[i].message;
        user += "\n  " + problems[i].forReader();
    }
    if (shown < problems.size()) {
        const std::string rest = std::to_string(problems.size() - shown);
        e.message += "\n  " + englishText(more, {rest});
        user += "\n  " + translatedText(more, {rest});
    }
    e.userMessage = user == e.message ? std::string() : std::move(user);
    return e;
}

Result<TransactionCsv::Lines> TransactionCsv::parseLines(const QByteArray &text, const std::string &source,
                                                         const ColumnMap &map)
{
    // The delimiter is the first of , ; or tab found in the header line.
    const qsizetype headerEnd = text.indexOf('\n');
    const QByteArray header = text.left(headerEnd < 0 ? text.size() : headerEnd);
    char delimiter = ',';
    if (!header.contains(',')) {
        if (header.contains(';'))
            delimiter = ';';
        else if (header.contains('\t'))
            delimiter = '\t';
    }
    auto records = readRecords(text, delimiter, source);
    if (!records)
        return records.error();
    if (records->empty())
        return makeError(ErrorCode::ParseError, SN_TEXT("sn::TransactionCsv", "empty file: no header"), {},
                         source);

    // Column index of each field: the mapped header name, else the field's own name.
    const Record &head = records->front();
    std::map<std::string, std::size_t> column;
    for (const std::string &field : fields()) {
        auto m = map.find(field);
        const std::string wanted = lower(m == map.end() ? field : m->second);
        for (std::size_t i = 0; i < head.fields.size(); ++i)
            if (lower(trimmed(head.fields[i])) == wanted) {
                column[field] = i;
                break;
            }
        if (m != map.end() && !column.count(field))
            return makeError(
                ErrorCode::ParseError,
                SN_TEXT("sn::TransactionCsv", "column '%1' (mapped to field '%2') is not in the header"),
                {m->second, field}, fmt::format("{}:{}", source, head.line));
    }
    for (const char *required : {"date", "type"})
        if (!column.count(required))
            return makeError(
                ErrorCode::ParseError,
                SN_TEXT("sn::TransactionCsv", "no '%1' column in the header (map one with --map %1=COLUMN)"),
                {required}, fmt::format("{}:{}", source, head.line));

    auto value = [&](const Record &r, const char *field) -> std::string {
        auto it = column.find(field);
        if (it == column.end() || it->second >= r.fields.size())
            return {};
        return trimmed(r.fields[it->second]);
    };

    // One date format for the whole file: ISO when every date reads as ISO,
    // otherwise the one format that reads them all.
    std::vector<std::string> dates;
    for (std::size_t i = 1; i < records->size(); ++i)
        dates.push_back(value((*records)[i], "date"));
    DateFormat dateFormat = DateFormat::Iso;
    {
        bool allIso = true;
        for (const std::string &d : dates)
            if (!parseTimestamp(d, DateFormat::Iso)) {
                allIso = false;
                break;
            }
        if (!allIso) {
            std::vector<std::string_view> samples(dates.begin(), dates.end());
            if (auto detected = detectDateFormat(samples))
                dateFormat = *detected;
        }
    }

    Lines out;
    std::vector<TransactionCsvRow> &rows = out.rows;
    std::vector<TransactionCsvProblem> &problems = out.problems;
    for (std::size_t i = 1; i < records->size(); ++i) {
        const Record &r = (*records)[i];
        auto problem = [&](const char *field, TextKey why,
                           std::initializer_list<std::string_view> args = {}) {
            problems.push_back(problemAt(source, r.line, field, why, args));
        };
        const auto missing = SN_TEXT("sn::TransactionCsv", "missing");
        const std::size_t before = problems.size();
        TransactionCsvRow row;
        row.line = r.line;

        const std::string dateText = value(r, "date");
        if (auto t = parseTimestamp(dateText, dateFormat))
            row.date = *t;
        else if (dateText.empty())
            problem("date", missing);
        else
            problem("date", SN_TEXT("sn::TransactionCsv", "not a date '%1'"), {dateText});

        const std::string typeText = lower(value(r, "type"));
        std::string normalised = typeText;
        std::replace(normalised.begin(), normalised.end(), ' ', '_');
        std::replace(normalised.begin(), normalised.end(), '-', '_');
        auto type = transactionTypeFromName(normalised);
        if (type)
            row.type = normalised;
        else if (typeText.empty())
            problem("type", missing);
        else
            problem("type",
                    SN_TEXT("sn::TransactionCsv",
                            "unknown type '%1' (buy, sell, dividend, interest, fee, tax, deposit, "
                            "withdrawal, split, transfer_in, transfer_out)"),
                    {value(r, "type")});

        row.symbol = value(r, "symbol");
        if (type && needsSymbol(*type) && row.symbol.empty())
            problem("symbol", SN_TEXT("sn::TransactionCsv", "a %1 needs a symbol"), {normalised});

        auto decimal = [&](const char *field, Decimal &out, bool required) -> bool {
            const std::string text = value(r, field);
            if (text.empty()) {
                if (required)
                    problem(field, missing);
                return false;
            }
            auto d = Decimal::parse(text);
            if (!d) {
                problem(field, SN_TEXT("sn::TransactionCsv", "unparseable decimal '%1'"), {text});
                return false;
            }
            if (d->isNegative()) {
                problem(field,
                        SN_TEXT("sn::TransactionCsv",
                                "negative %1 %2 (amounts are positive; the type gives the direction)"),
                        {field, text});
                return false;
            }
            out = *d;
            return true;
        };
        const bool trade =
            type && (*type == TransactionType::Buy || *type == TransactionType::Sell ||
                     *type == TransactionType::TransferIn || *type == TransactionType::TransferOut);
        const bool cashOnly = type && !trade && *type != TransactionType::Split;
        decimal("quantity", row.quantity, trade || (type && *type == TransactionType::Split));
        decimal("price", row.price,
                type && (*type == TransactionType::Buy || *type == TransactionType::Sell));
        decimal("fee", row.fee, false);
        decimal("tax", row.tax, false);
        row.amountGiven = decimal("amount", row.amount, cashOnly);
        if (trade && (row.quantity.isZero()) && problems.size() == before)
            problem("quantity", SN_TEXT("sn::TransactionCsv", "must be positive"));
        if (!row.amountGiven && trade) {
            auto product = row.quantity.checkedMul(row.price);
            if (product)
                row.amount = *product;
            else
                problem("amount", SN_TEXT("sn::TransactionCsv", "quantity x price overflows"));
        }
        row.currency = value(r, "currency");
        for (char &c : row.currency)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (!row.currency.empty() && row.currency.size() != 3)
            problem("currency", SN_TEXT("sn::TransactionCsv", "not a three-letter currency code '%1'"),
                    {row.currency});
        {
            // The note keeps its inner spacing: only the raw field, untrimmed at the edges by export.
            auto it = column.find("note");
            row.note =
                (it == column.end() || it->second >= r.fields.size()) ? std::string() : r.fields[it->second];
        }
        if (problems.size() == before)
            rows.push_back(std::move(row));
    }
    return out;
}

QByteArray TransactionCsv::format(const std::vector<TransactionCsvRow> &rows)
{
    std::string out = "date,type,symbol,quantity,price,fee,tax,amount,currency,note\n";
    for (const TransactionCsvRow &r : rows) {
        const std::string date = r.date == startOfDay(r.date) ? formatDate(r.date) : formatDateTime(r.date);
        out += fmt::format("{},{},{},{},{},{},{},{},{},{}\n", date, r.type, quoteField(r.symbol),
                           r.quantity.toString(), r.price.toString(), r.fee.toString(), r.tax.toString(),
                           r.amount.toString(), quoteField(r.currency), quoteField(r.note));
    }
    return QByteArray::fromStdString(out);
}

} // namespace sn
