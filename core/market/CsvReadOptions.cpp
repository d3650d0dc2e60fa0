#include "core/market/CsvReadOptions.h"

#include "core/market/Interval.h"
#include "core/market/Symbol.h"

#include <array>
#include <cctype>

namespace sn {

namespace {

struct FormatName
{
    CsvFormat format;
    const char *name;
};
constexpr std::array<FormatName, 7> kFormatNames{{
    {CsvFormat::Auto, "auto"},
    {CsvFormat::Yahoo, "yahoo"},
    {CsvFormat::Stooq, "stooq"},
    {CsvFormat::StooqBulk, "stooq-bulk"},
    {CsvFormat::Generic, "generic"},
    {CsvFormat::CloseOnly, "close-only"},
    {CsvFormat::Long, "long"},
}};

std::string_view trim(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

constexpr std::array<CsvCliOption, 9> kCliOptions{{
    {"format", "auto|yahoo|stooq|stooq-bulk|generic|close-only|long",
     "CSV layout; auto detects it from the header"},
    {"map", "date=COL,open=COL,high=COL,low=COL,close=COL,volume=COL,symbol=COL",
     "column map for generic files; COL is a header name or a 1-based index"},
    {"date-format", "iso|yyyymmdd|dmy|mdy|mon-d-y|d-mon-y|epoch-s|epoch-ms",
     "date layout; needed when day and month order cannot be told apart"},
    {"delimiter", ",|;|tab|pipe", "field separator; detected from the header by default"},
    {"decimal-comma", "", "numbers use a decimal comma (1234,56)"},
    {"symbol", "SYMBOL", "instrument symbol; default: symbol column, else the file name"},
    {"skip-bad-rows", "", "import the good rows and list the skipped ones instead of rejecting the file"},
    {"adjusted", "", "Yahoo: scale open/high/low/close by Adj Close / Close"},
    {"interval", "1m|5m|15m|30m|1h|1d|1wk|1mo|3mo",
     "bar interval; default: inferred from the spacing of the dates (and said so)"},
}};

} // namespace

const char *csvFormatName(CsvFormat format)
{
    for (const auto &n : kFormatNames)
        if (n.format == format)
            return n.name;
    return "?";
}

std::optional<CsvFormat> csvFormatFromName(std::string_view name)
{
    std::string n = lower(trim(name));
    if (n == "close")
        return CsvFormat::CloseOnly;
    for (const auto &f : kFormatNames)
        if (n == f.name)
            return f.format;
    return std::nullopt;
}

bool CsvColumnMap::empty() const
{
    return date.empty() && time.empty() && open.empty() && high.empty() && low.empty() && close.empty() &&
           adjClose.empty() && volume.empty() && symbol.empty();
}

Result<CsvColumnMap> parseColumnMap(std::string_view text)
{
    CsvColumnMap map;
    std::string_view rest = text;
    if (trim(rest).empty())
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::CsvImport", "--map is empty; expected e.g. date=Date,close=Close"), {});
    while (!rest.empty()) {
        std::size_t comma = rest.find(',');
        std::string_view entry = trim(rest.substr(0, comma));
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
        if (entry.empty())
            return makeError(ErrorCode::InvalidArgument,
                             SN_TEXT("sn::CsvImport", "--map: empty entry in '%1'"), {text});
        std::size_t eq = entry.find('=');
        if (eq == std::string_view::npos)
            return makeError(ErrorCode::InvalidArgument,
                             SN_TEXT("sn::CsvImport", "--map: entry '%1' has no '=' (expected key=column)"),
                             {entry});
        std::string key = lower(trim(entry.substr(0, eq)));
        std::string_view column = trim(entry.substr(eq + 1));
        if (column.size() >= 2 && column.front() == '"' && column.back() == '"')
            column = column.substr(1, column.size() - 2);
        if (column.empty())
            return makeError(ErrorCode::InvalidArgument,
                             SN_TEXT("sn::CsvImport", "--map: entry '%1' names no column"), {entry});
        bool allDigits = true;
        for (char c : column)
            allDigits = allDigits && std::isdigit(static_cast<unsigned char>(c));
        if (allDigits && (column.size() > 6 || std::stoi(std::string(column)) < 1))
            return makeError(ErrorCode::InvalidArgument,
                             SN_TEXT("sn::CsvImport", "--map: column index '%1' for '%2' is out of range "
                                                      "(columns are numbered from 1)"),
                             {column, key});
        std::string *slot = nullptr;
        if (key == "date")
            slot = &map.date;
        else if (key == "time")
            slot = &map.time;
        else if (key == "open")
            slot = &map.open;
        else if (key == "high")
            slot = &map.high;
        else if (key == "low")
            slot = &map.low;
        else if (key == "close" || key == "price")
            slot = &map.close;
        else if (key == "adjclose" || key == "adj close" || key == "adj_close")
            slot = &map.adjClose;
        else if (key == "volume")
            slot = &map.volume;
        else if (key == "symbol" || key == "ticker")
            slot = &map.symbol;
        if (!slot)
            return makeError(ErrorCode::InvalidArgument,
                             SN_TEXT("sn::CsvImport", "--map: unknown key '%1' (expected date, time, open, "
                                                      "high, low, close, adjclose, volume, symbol)"),
                             {key});
        if (!slot->empty())
            return makeError(ErrorCode::InvalidArgument,
                             SN_TEXT("sn::CsvImport", "--map: key '%1' is given twice"), {key});
        *slot = std::string(column);
    }
    if (map.date.empty())
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::CsvImport", "--map: no 'date' column given"), {});
    if (map.close.empty())
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::CsvImport", "--map: no 'close' column given"), {});
    int ohl = !map.open.empty() + !map.high.empty() + !map.low.empty();
    if (ohl != 0 && ohl != 3)
        return makeError(
            ErrorCode::InvalidArgument,
            SN_TEXT("sn::CsvImport",
                    "--map: give all of open, high and low, or none of them (then they equal close)"),
            {});
    return map;
}

Result<char> parseCsvDelimiter(std::string_view text)
{
    if (text == "\t")
        return '\t';
    std::string n = lower(trim(text));
    if (n == "," || n == "comma")
        return ',';
    if (n == ";" || n == "semicolon")
        return ';';
    if (n == "|" || n == "pipe")
        return '|';
    if (n == "tab" || n == "\\t")
        return '\t';
    return makeError(ErrorCode::InvalidArgument,
                     "--delimiter: '" + std::string(text) + "' is not one of , ; tab |");
}

std::string csvDelimiterName(char delimiter)
{
    if (delimiter == '\t')
        return "tab";
    return std::string(1, delimiter);
}

std::span<const CsvCliOption> csvCliOptions()
{
    return kCliOptions;
}

Result<void> applyCsvCliOption(CsvReadOptions &options, std::string_view name, std::string_view value)
{
    while (!name.empty() && name.front() == '-')
        name.remove_prefix(1);
    auto needsValue = [&]() -> Result<void> {
        if (trim(value).empty())
            return makeError(ErrorCode::InvalidArgument, "--" + std::string(name) + " needs a value");
        return {};
    };
    auto noValue = [&]() -> Result<void> {
        if (!value.empty())
            return makeError(ErrorCode::InvalidArgument,
                             "--" + std::string(name) + " takes no value (got '" + std::string(value) + "')");
        return {};
    };
    if (name == "format") {
        if (auto r = needsValue(); !r)
            return r;
        auto f = csvFormatFromName(value);
        if (!f)
            return makeError(ErrorCode::InvalidArgument,
                             "--format: unknown format '" + std::string(value) +
                                 "' (expected auto, yahoo, stooq, stooq-bulk, generic, close-only, long)");
        options.format = *f;
        return {};
    }
    if (name == "interval") {
        if (auto r = needsValue(); !r)
            return r;
        const std::string code(trim(value));
        if (!isKnownInterval(code))
            return makeError(ErrorCode::InvalidArgument, "--interval: unknown interval '" + code +
                                                             "' (expected " + knownIntervalList() + ")");
        options.interval = code;
        return {};
    }
    if (name == "map") {
        auto m = parseColumnMap(value);
        if (!m)
            return m.error();
        options.columns = std::move(m).value();
        if (options.format == CsvFormat::Auto)
            options.format = CsvFormat::Generic;
        return {};
    }
    if (name == "date-format") {
        if (auto r = needsValue(); !r)
            return r;
        auto f = dateFormatFromName(lower(trim(value)));
        if (!f)
            return makeError(ErrorCode::InvalidArgument,
                             "--date-format: unknown date format '" + std::string(value) +
                                 "' (expected iso, yyyymmdd, dmy, mdy, mon-d-y, d-mon-y, epoch-s, epoch-ms)");
        options.dateFormat = *f;
        return {};
    }
    if (name == "delimiter") {
        auto d = parseCsvDelimiter(value);
        if (!d)
            return d.error();
        options.delimiter = *d;
        return {};
    }
    if (name == "symbol") {
        if (auto r = needsValue(); !r)
            return r;
        // Not trimmed of tabs or newlines: those are refused, not hidden.
        std::string_view symbol = value;
        while (!symbol.empty() && symbol.front() == ' ')
            symbol.remove_prefix(1);
        while (!symbol.empty() && symbol.back() == ' ')
            symbol.remove_suffix(1);
        if (auto ok = checkSymbol(symbol, "--symbol"); !ok)
            return ok;
        options.symbol = std::string(symbol);
        return {};
    }
    if (name == "decimal-comma" || name == "skip-bad-rows" || name == "adjusted") {
        if (auto r = noValue(); !r)
            return r;
        if (name == "decimal-comma")
            options.decimalComma = true;
        else if (name == "skip-bad-rows")
            options.skipBadRows = true;
        else
            options.useAdjustedClose = true;
        return {};
    }
    return makeError(ErrorCode::InvalidArgument, "unknown CSV option '--" + std::string(name) + "'");
}

} // namespace sn
