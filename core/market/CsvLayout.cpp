#include "core/market/CsvLayout.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace sn {

namespace {

// Lower-case letters and digits only: "Adj Close" -> "adjclose", "<TICKER>" -> "ticker".
std::string normalizeName(std::string_view s)
{
    std::string out;
    for (char c : s) {
        auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u))
            out += static_cast<char>(std::tolower(u));
    }
    return out;
}

int findName(const std::vector<std::string> &norm, std::initializer_list<const char *> names)
{
    for (const char *n : names)
        for (std::size_t i = 0; i < norm.size(); ++i)
            if (norm[i] == n)
                return static_cast<int>(i);
    return -1;
}

// A --map entry: a 1-based index or a header name (exact, then normalised).
Result<int> resolveMapped(const std::string &spec, const char *key,
                          const std::vector<std::string_view> &header, const std::vector<std::string> &norm)
{
    if (spec.empty())
        return -1;
    if (std::all_of(spec.begin(), spec.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
        std::size_t idx = 0;
        std::from_chars(spec.data(), spec.data() + spec.size(), idx);
        if (idx < 1 || idx > header.size())
            return makeError(ErrorCode::InvalidArgument,
                             SN_TEXT("sn::CsvImport", "--map %1=%2: the header has only %3 columns"),
                             {key, spec, std::to_string(header.size())});
        return static_cast<int>(idx - 1);
    }
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == spec)
            return static_cast<int>(i);
    std::string n = normalizeName(spec);
    for (std::size_t i = 0; i < norm.size(); ++i)
        if (!n.empty() && norm[i] == n)
            return static_cast<int>(i);
    std::string names;
    for (auto h : header) {
        if (!names.empty())
            names += ", ";
        names += h;
    }
    return makeError(ErrorCode::InvalidArgument,
                     SN_TEXT("sn::CsvImport", "--map %1=%2: no such column in the header (%3)"),
                     {key, spec, names});
}

} // namespace

std::string intervalFromStooqPeriod(std::string_view per)
{
    if (per == "D" || per == "d")
        return "1d";
    if (per == "W" || per == "w")
        return "1wk";
    if (per == "M" || per == "m")
        return "1mo";
    if (per == "60")
        return "1h";
    if (per == "1" || per == "5" || per == "15" || per == "30")
        return std::string(per) + "m";
    return {};
}

Result<CsvLayout> resolveCsvLayout(const std::vector<std::string_view> &header, const CsvReadOptions &opt)
{
    std::vector<std::string> norm;
    norm.reserve(header.size());
    for (auto h : header)
        norm.push_back(normalizeName(h));

    CsvLayout l;
    CsvColumns &c = l.cols;
    if (!opt.columns.empty()) {
        const CsvColumnMap &m = opt.columns;
        struct Slot
        {
            const std::string &spec;
            const char *key;
            int &col;
        };
        Slot slots[] = {
            {m.date, "date", c.date},        {m.time, "time", c.time},       {m.open, "open", c.open},
            {m.high, "high", c.high},        {m.low, "low", c.low},          {m.close, "close", c.close},
            {m.adjClose, "adjclose", c.adj}, {m.volume, "volume", c.volume}, {m.symbol, "symbol", c.symbol}};
        for (auto &s : slots) {
            auto r = resolveMapped(s.spec, s.key, header, norm);
            if (!r)
                return r.error();
            s.col = *r;
        }
        if (c.date < 0 || c.close < 0)
            return makeError(ErrorCode::InvalidArgument,
                             SN_TEXT("sn::CsvImport", "--map must name the date and close columns"), {});
        int ohl = (c.open >= 0) + (c.high >= 0) + (c.low >= 0);
        if (ohl != 0 && ohl != 3)
            return makeError(
                ErrorCode::InvalidArgument,
                SN_TEXT("sn::CsvImport",
                        "--map: give all of open, high and low, or none of them (then they equal close)"),
                {});
        l.format = opt.format == CsvFormat::Auto ? CsvFormat::Generic : opt.format;
        return l;
    }

    c.date = findName(norm, {"date", "data", "datum", "datetime", "timestamp", "day"});
    c.open = findName(norm, {"open", "otwarcie"});
    c.high = findName(norm, {"high", "najwyzszy"});
    c.low = findName(norm, {"low", "najnizszy"});
    c.close = findName(norm, {"close", "zamkniecie", "price", "last"});
    c.adj = findName(norm, {"adjclose", "adjustedclose"});
    c.volume = findName(norm, {"volume", "vol", "wolumen"});
    c.symbol = findName(norm, {"symbol", "ticker"});
    c.per = findName(norm, {"per"});
    if (c.date >= 0)
        c.time = findName(norm, {"time"});
    else
        c.date = findName(norm, {"time"}); // "time,open,high,..." files carry the whole timestamp there
    if (c.close < 0 && c.adj >= 0 && c.open < 0) {
        // A close-only file whose one price column is "Adj Close".
        c.close = c.adj;
        c.adj = -1;
    }
    bool ohlc = c.open >= 0 && c.high >= 0 && c.low >= 0 && c.close >= 0;
    auto missing = [&](std::initializer_list<std::pair<const char *, int>> need) -> std::string {
        std::string out;
        for (auto [name, col] : need)
            if (col < 0) {
                if (!out.empty())
                    out += ", ";
                out += name;
            }
        return out;
    };
    std::string headerText;
    for (auto h : header) {
        if (!headerText.empty())
            headerText += ',';
        headerText += h;
    }

    if (c.date < 0 && !header.empty()) {
        std::string_view first = header.front();
        for (DateFormat f :
             {DateFormat::Iso, DateFormat::Compact, DateFormat::DayMonthYear, DateFormat::MonthDayYear,
              DateFormat::MonthNameDayYear, DateFormat::DayMonthNameYear})
            if (parseTimestamp(first, f))
                return makeError(
                    ErrorCode::ParseError,
                    SN_TEXT("sn::CsvImport",
                            "the first line '%1' looks like data, not a header: the file needs a "
                            "header row naming its columns (e.g. Date,Open,High,Low,Close,Volume)"),
                    {headerText}, "line 1");
    }
    if (c.date < 0 || c.close < 0)
        return makeError(ErrorCode::ParseError,
                         c.date < 0
                             ? SN_TEXT("sn::CsvImport",
                                       "no recognisable date column in the header '%1' (use --format and "
                                       "--map date=COL,close=COL to name the columns)")
                             : SN_TEXT("sn::CsvImport",
                                       "no recognisable close column in the header '%1' (use --format and "
                                       "--map date=COL,close=COL to name the columns)"),
                         {headerText}, "line 1");

    CsvFormat detected;
    if (c.per >= 0 && c.symbol >= 0 && ohlc)
        detected = CsvFormat::StooqBulk;
    else if (ohlc && c.adj >= 0)
        detected = CsvFormat::Yahoo;
    else if (ohlc &&
             (norm[static_cast<std::size_t>(c.date)] == "data" ||
              (header.size() <= 6 && c.symbol < 0 && norm[static_cast<std::size_t>(c.date)] == "date")))
        detected = CsvFormat::Stooq;
    else if (ohlc)
        detected = CsvFormat::Generic;
    else if (c.symbol >= 0)
        detected = CsvFormat::Long;
    else
        detected = CsvFormat::CloseOnly;

    CsvFormat want = opt.format == CsvFormat::Auto ? detected : opt.format;
    std::string miss;
    switch (want) {
    case CsvFormat::Yahoo:
        miss = missing({{"Date", c.date},
                        {"Open", c.open},
                        {"High", c.high},
                        {"Low", c.low},
                        {"Close", c.close},
                        {"Volume", c.volume}});
        break;
    case CsvFormat::Stooq:
        if (detected == CsvFormat::StooqBulk) {
            want = CsvFormat::StooqBulk;
            break;
        }
        miss = missing(
            {{"Date", c.date}, {"Open", c.open}, {"High", c.high}, {"Low", c.low}, {"Close", c.close}});
        break;
    case CsvFormat::StooqBulk:
        miss = missing({{"<TICKER>", c.symbol},
                        {"<PER>", c.per},
                        {"<DATE>", c.date},
                        {"<OPEN>", c.open},
                        {"<HIGH>", c.high},
                        {"<LOW>", c.low},
                        {"<CLOSE>", c.close}});
        break;
    case CsvFormat::Generic:
        // open, high and low come together or not at all (then they equal close).
        if (c.open >= 0 || c.high >= 0 || c.low >= 0)
            miss = missing({{"Open", c.open}, {"High", c.high}, {"Low", c.low}});
        break;
    case CsvFormat::CloseOnly:
        c.open = c.high = c.low = -1;
        c.symbol = -1;
        break;
    case CsvFormat::Long:
        miss = missing({{"symbol", c.symbol}});
        c.open = c.high = c.low = -1;
        break;
    case CsvFormat::Auto:
        break;
    }
    if (!miss.empty())
        return makeError(ErrorCode::ParseError,
                         SN_TEXT("sn::CsvImport", "the header '%1' lacks the %2 column(s) %3"),
                         {headerText, csvFormatName(want), miss}, "line 1");
    if (c.open < 0 || c.high < 0 || c.low < 0)
        c.open = c.high = c.low = -1; // never read a partial set
    if (want != CsvFormat::StooqBulk)
        c.per = -1;
    if (want != CsvFormat::Yahoo && want != CsvFormat::Generic)
        c.adj = -1;
    l.format = want;
    return l;
}

} // namespace sn
