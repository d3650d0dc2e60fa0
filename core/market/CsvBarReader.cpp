#include "core/market/CsvBarReader.h"

#include "core/common/HugePages.h"
#include "core/common/Log.h"
#include "core/common/UserText.h"
#include "core/market/CsvLayout.h"
#include "core/market/Interval.h"
#include "core/market/Symbol.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <limits>
#include <map>
#include <memory>
#include <numeric>
#include <sys/mman.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>
#include <vector>

namespace sn {

static const sn::log::Category lc("supernova.market");

namespace {

constexpr std::size_t kDateSampleRows = 2000;

bool isBlank(std::string_view s)
{
    for (char c : s)
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    return true;
}

std::string_view trimSpaces(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// Shortens a value for quoting in a message, so one huge bad field does not
// make a huge error.
std::string quoted(std::string_view value)
{
    constexpr std::size_t kMax = 40;
    std::string out = "'";
    if (value.size() > kMax) {
        out.append(value.substr(0, kMax));
        out += "...";
    } else {
        out.append(value);
    }
    out += '\'';
    return out;
}

// Splits one record at `delim`, honouring double quotes ("" inside quotes is a
// literal quote and stays doubled in the view; bar fields never need it
// unescaped). Fields are trimmed of spaces. Returns false when a quote is not
// closed or is followed by something other than the delimiter.
bool splitFields(std::string_view line, char delim, std::vector<std::string_view> &out)
{
    out.clear();
    const char *p = line.data();
    const char *end = p + line.size();
    if (!std::memchr(p, '"', line.size())) {
        // Fields are short: a plain scan beats a memchr call per field.
        const char *fs = p;
        for (; p < end; ++p) {
            if (*p == delim) {
                out.push_back(trimSpaces(std::string_view(fs, static_cast<std::size_t>(p - fs))));
                fs = p + 1;
            }
        }
        out.push_back(trimSpaces(std::string_view(fs, static_cast<std::size_t>(end - fs))));
        return true;
    }
    for (;;) {
        while (p < end && (*p == ' ' || (*p == '\t' && delim != '\t')))
            ++p;
        if (p < end && *p == '"') {
            const char *start = ++p;
            for (;;) {
                if (p >= end)
                    return false;
                if (*p == '"') {
                    if (p + 1 < end && p[1] == '"') {
                        p += 2;
                        continue;
                    }
                    break;
                }
                ++p;
            }
            out.emplace_back(start, static_cast<std::size_t>(p - start));
            ++p;
            while (p < end && (*p == ' ' || (*p == '\t' && delim != '\t')))
                ++p;
            if (p == end)
                return true;
            if (*p != delim)
                return false;
            ++p;
        } else {
            const char *d =
                static_cast<const char *>(std::memchr(p, delim, static_cast<std::size_t>(end - p)));
            const char *fe = d ? d : end;
            out.push_back(trimSpaces(std::string_view(p, static_cast<std::size_t>(fe - p))));
            if (!d)
                return true;
            p = d + 1;
        }
    }
}

enum class NumberStatus
{
    Ok,
    Empty,
    Invalid,
    NotFinite
};

NumberStatus parseNumber(std::string_view s, bool decimalComma, double &out)
{
    if (s.empty())
        return NumberStatus::Empty;
    {
        // Clinger's fast path for plain decimals ("-64.501427"): with at most
        // 15 significant digits the mantissa and 10^k are exact doubles, so one
        // division is correctly rounded and equals what from_chars returns.
        static constexpr double kPow10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                            1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
        const char point = decimalComma ? ',' : '.';
        std::size_t i = 0;
        bool negative = s[0] == '-';
        i += negative;
        std::uint64_t mantissa = 0;
        int digits = 0, fraction = 0;
        bool seenPoint = false, simple = i < s.size();
        for (; i < s.size(); ++i) {
            char ch = s[i];
            if (ch >= '0' && ch <= '9') {
                mantissa = mantissa * 10 + static_cast<unsigned>(ch - '0');
                digits += mantissa != 0 || seenPoint;
                fraction += seenPoint;
            } else if (ch == point && !seenPoint) {
                seenPoint = true;
            } else {
                simple = false;
                break;
            }
        }
        if (simple && digits <= 15 && fraction <= 15 && !(seenPoint && s.size() == 1u + negative)) {
            double v = static_cast<double>(mantissa) / kPow10[fraction];
            out = negative ? -v : v;
            return NumberStatus::Ok;
        }
    }
    const char *b = s.data();
    const char *e = b + s.size();
    char buf[64];
    if (decimalComma) {
        if (s.size() >= sizeof buf || s.find('.') != std::string_view::npos)
            return NumberStatus::Invalid;
        for (std::size_t i = 0; i < s.size(); ++i)
            buf[i] = s[i] == ',' ? '.' : s[i];
        b = buf;
        e = buf + s.size();
    }
    auto [ptr, ec] = std::from_chars(b, e, out);
    if (ec == std::errc::result_out_of_range)
        return NumberStatus::NotFinite;
    if (ec != std::errc() || ptr != e)
        return NumberStatus::Invalid;
    if (!std::isfinite(out))
        return NumberStatus::NotFinite;
    return NumberStatus::Ok;
}

// The common "yyyy-mm-dd" case without the general parser; anything else
// (times, zones, one-digit fields) goes to parseTimestamp, which accepts the
// same dates, so both paths agree.
std::optional<TimestampMs> parseDate(std::string_view s, DateFormat format)
{
    if (format == DateFormat::Iso && s.size() == 10 && s[4] == s[7] &&
        (s[4] == '-' || s[4] == '/' || s[4] == '.')) {
        auto d = [&](std::size_t i) { return static_cast<unsigned>(s[i] - '0'); };
        bool digits = true;
        for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
            digits = digits && d(i) <= 9;
        if (digits) {
            int y = static_cast<int>(d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3));
            int m = static_cast<int>(d(5) * 10 + d(6));
            int day = static_cast<int>(d(8) * 10 + d(9));
            if (!isValidDate(y, m, day))
                return std::nullopt;
            return daysFromCivil(y, m, day) * kMsPerDay;
        }
    }
    return parseTimestamp(s, format);
}

// hhmmss, hh:mm or hh:mm:ss -> ms since midnight.
std::optional<TimestampMs> parseTimeOfDay(std::string_view s)
{
    int h = 0, m = 0, sec = 0;
    auto digits = [&](std::size_t at, int &v) {
        if (at + 2 > s.size() || !std::isdigit(static_cast<unsigned char>(s[at])) ||
            !std::isdigit(static_cast<unsigned char>(s[at + 1])))
            return false;
        v = (s[at] - '0') * 10 + (s[at + 1] - '0');
        return true;
    };
    if (s.size() == 6) {
        if (!digits(0, h) || !digits(2, m) || !digits(4, sec))
            return std::nullopt;
    } else if (s.size() == 5 || s.size() == 8) {
        if (!digits(0, h) || s[2] != ':' || !digits(3, m))
            return std::nullopt;
        if (s.size() == 8 && (s[5] != ':' || !digits(6, sec)))
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (h > 23 || m > 59 || sec > 59)
        return std::nullopt;
    return ((h * 60 + m) * 60 + sec) * 1000LL;
}

// Stooq's <PER> column -> our interval codes.

// Walks the text line by line without storing the lines. A CR before the LF
// is dropped; blank lines are passed over.
struct LineCursor
{
    std::string_view text;
    std::size_t pos = 0;
    std::size_t number = 0;   // 1-based number of the line last returned
    std::size_t longLine = 0; // length of the over-long line that stopped the walk

    bool next(std::string_view &line, std::size_t maxBytes)
    {
        while (pos < text.size()) {
            ++number;
            const char *base = text.data();
            const char *nl = static_cast<const char *>(std::memchr(base + pos, '\n', text.size() - pos));
            std::size_t end = nl ? static_cast<std::size_t>(nl - base) : text.size();
            std::string_view l(base + pos, end - pos);
            pos = end + 1;
            if (l.size() > maxBytes) {
                longLine = l.size();
                pos = text.size();
                return false;
            }
            if (!l.empty() && l.back() == '\r')
                l.remove_suffix(1);
            if (!isBlank(l)) {
                line = l;
                return true;
            }
        }
        return false;
    }
};

struct Accumulator
{
    BarSeries series;
    std::vector<std::size_t> lines;
    // Rows whose date text carried a time or an offset: (index in series,
    // midnight UTC of the date as written), for when the bars are daily.
    std::vector<std::pair<std::size_t, TimestampMs>> writtenDays;
    bool intervalFromFile = false; // Stooq <PER>
};

// The date part of a date-time text: "2024-01-02T09:30:00+05:00" ->
// "2024-01-02", "02/01/2024 16:00" -> "02/01/2024"; a date alone unchanged.
std::string_view datePart(std::string_view s)
{
    const std::size_t t = s.find('T');
    if (t != std::string_view::npos && t >= 8 && std::isdigit(static_cast<unsigned char>(s[t - 1])))
        return s.substr(0, t);
    const std::size_t colon = s.find(':');
    if (colon == std::string_view::npos)
        return s;
    const std::size_t space = s.rfind(' ', colon);
    return space == std::string_view::npos ? s : trimSpaces(s.substr(0, space));
}

// A field that looks like the digit group after a thousands separator
// ("234.50" in an unquoted "1,234.50").
bool looksLikeDigitGroup(std::string_view f)
{
    std::size_t digits = 0;
    while (digits < f.size() && std::isdigit(static_cast<unsigned char>(f[digits])))
        ++digits;
    return digits == 3 && (f.size() == 3 || f[3] == '.');
}

// Picks the date layout from samples. Ambiguous day/month order is an error
// asking for --date-format; a layout is never guessed.
template <typename AllDates>
Result<DateFormat> detectDates(const std::vector<std::string_view> &samples,
                               const std::vector<std::size_t> &lines, AllDates &&allDates)
{
    std::vector<std::string_view> usable;
    for (auto s : samples) {
        if (s.empty())
            continue;
        usable.push_back(s);
    }
    if (usable.empty())
        return makeError(ErrorCode::ParseError, SN_TEXT("sn::CsvImport", "no date values to read"), {});

    bool allDigits = true;
    std::size_t minLen = SIZE_MAX, maxLen = 0;
    for (auto s : usable) {
        for (char ch : s)
            allDigits = allDigits && std::isdigit(static_cast<unsigned char>(ch));
        minLen = std::min(minLen, s.size());
        maxLen = std::max(maxLen, s.size());
    }
    if (allDigits && minLen >= 9 && maxLen <= 10)
        return DateFormat::EpochSeconds;
    if (allDigits && minLen >= 12 && maxLen <= 13)
        return DateFormat::EpochMillis;

    if (auto f = detectDateFormat(usable))
        return *f;

    static constexpr std::array<DateFormat, 6> kFormats{
        DateFormat::Iso,          DateFormat::Compact,          DateFormat::DayMonthYear,
        DateFormat::MonthDayYear, DateFormat::MonthNameDayYear, DateFormat::DayMonthNameYear};
    std::array<std::size_t, kFormats.size()> fits{};
    for (auto s : usable)
        for (std::size_t f = 0; f < kFormats.size(); ++f)
            if (parseTimestamp(s, kFormats[f]))
                ++fits[f];
    const std::size_t dmy = 2, mdy = 3;
    if (fits[dmy] == usable.size() && fits[mdy] == usable.size()) {
        // The sample had no day above 12: look at every row before giving up.
        bool dmyAll = true, mdyAll = true;
        for (auto s : allDates()) {
            if (s.empty())
                continue;
            dmyAll = dmyAll && parseTimestamp(s, DateFormat::DayMonthYear).has_value();
            mdyAll = mdyAll && parseTimestamp(s, DateFormat::MonthDayYear).has_value();
        }
        if (dmyAll != mdyAll)
            return dmyAll ? DateFormat::DayMonthYear : DateFormat::MonthDayYear;
        return makeError(
            ErrorCode::ParseError,
            SN_TEXT("sn::CsvImport",
                    "ambiguous dates: %1 and every other date can be read as day/month/year or as "
                    "month/day/year; give --date-format dmy or --date-format mdy"),
            {quoted(usable.front())});
    }
    // Mixed or partly broken dates: use the layout most rows follow and let
    // the rest fail row by row, as long as it is unambiguous.
    std::size_t best = 0;
    for (std::size_t f = 1; f < kFormats.size(); ++f)
        if (fits[f] > fits[best])
            best = f;
    if (fits[best] == 0)
        return Error{ErrorCode::ParseError,
                     SN_TEXT("sn::CsvImport", "no known date layout fits %1 (give --date-format "
                                              "iso|yyyymmdd|dmy|mdy|mon-d-y|d-mon-y|epoch-s|epoch-ms)"),
                     {quoted(usable.front())},
                     "line " + std::to_string(lines.empty() ? 0 : lines.front())};
    if ((best == dmy || best == mdy) && fits[dmy] == fits[mdy])
        return makeError(ErrorCode::ParseError,
                         SN_TEXT("sn::CsvImport", "ambiguous dates: day/month order cannot be told from the "
                                                  "values; give --date-format dmy or --date-format mdy"),
                         {});
    return kFormats[best];
}

class Reader
{
public:
    Reader(std::string_view text, std::string sourceName, const CsvReadOptions &opt)
        : m_text(text), m_opt(opt)
    {
        m_data.sourceName = std::move(sourceName);
    }

    Result<CsvBarData> run();

private:
    struct LineRef
    {
        std::string_view text;
        std::size_t number;
    };

    Error fileError(std::string message, std::size_t line = 0) const
    {
        std::string ctx = m_data.sourceName;
        if (line)
            ctx += ":" + std::to_string(line);
        return Error{ErrorCode::ParseError, std::move(message), ctx};
    }
    Error fileError(TextKey text, std::initializer_list<std::string_view> args, std::size_t line = 0) const
    {
        std::string ctx = m_data.sourceName;
        if (line)
            ctx += ":" + std::to_string(line);
        return Error{ErrorCode::ParseError, text, args, ctx};
    }
    Error longLineError(const LineCursor &c) const
    {
        return fileError("line is " + std::to_string(c.longLine) + " bytes long, over the limit of " +
                             std::to_string(m_opt.maxLineBytes) + " bytes; not a bar CSV file",
                         c.number);
    }
    void issue(std::size_t line, const char *field, std::string message)
    {
        m_data.issues.push_back(CsvIssue{line, field, std::move(message), CsvIssue::Severity::Error, {}});
    }
    void issue(std::size_t line, const char *field, TextKey text,
               std::initializer_list<std::string_view> args)
    {
        CsvIssue i{line, field, englishText(text, args), CsvIssue::Severity::Error,
                   translatedText(text, args)};
        if (i.userMessage == i.message)
            i.userMessage.clear();
        m_data.issues.push_back(std::move(i));
    }
    bool number(std::size_t line, const char *field, std::string_view s, double &out);
    std::string fieldCountMessage(std::string_view line, const std::vector<std::string_view> &fields) const
    {
        std::string m = "expected " + std::to_string(m_fieldCount) + " fields, found " +
                        std::to_string(fields.size()) + ": " + quoted(line);
        if (m_delim == ',' && fields.size() > m_fieldCount &&
            std::any_of(fields.begin() + 1, fields.end(),
                        [](std::string_view f) { return looksLikeDigitGroup(f); }))
            m += " (a thousands separator? write 1234.50, or quote the number: \"1,234.50\")";
        return m;
    }
    void parseRow(const LineRef &line);
    Accumulator &seriesFor(std::string_view symbol);
    void decideInterval(Accumulator &acc);
    void finish();

    std::string_view m_text;
    std::string m_crOnly; // the text with CR line ends turned into LF
    const CsvReadOptions &m_opt;
    CsvBarData m_data;
    CsvLayout m_layout;
    char m_delim = ',';
    bool m_decimalComma = false;
    DateFormat m_dateFormat = DateFormat::Iso;
    std::size_t m_fieldCount = 0;
    std::size_t m_rowCount = 0;
    std::string m_defaultSymbol;
    std::vector<std::string_view> m_fields;
    std::vector<Accumulator> m_acc;
    std::map<std::string, std::size_t, std::less<>> m_bySymbol;
    std::size_t m_lastAcc = SIZE_MAX;
};

Result<CsvBarData> Reader::run()
{
    std::string_view text = m_text;
    if (text.data() == nullptr)
        text = std::string_view(""); // memchr and memcmp need a pointer even for 0 bytes
    if (text.size() >= 3 && std::memcmp(text.data(), "\xEF\xBB\xBF", 3) == 0)
        text.remove_prefix(3);
    if (text.size() >= 2 &&
        (std::memcmp(text.data(), "\xFF\xFE", 2) == 0 || std::memcmp(text.data(), "\xFE\xFF", 2) == 0))
        return fileError(SN_TEXT("sn::CsvImport", "UTF-16 text; save the file as UTF-8 (or ASCII) CSV"), {});
    if (const void *nul = std::memchr(text.data(), '\0', text.size())) {
        std::size_t off = static_cast<std::size_t>(static_cast<const char *>(nul) - text.data());
        std::size_t line = 1 + static_cast<std::size_t>(std::count(text.data(), text.data() + off, '\n'));
        return fileError(
            "binary content (NUL byte at offset " + std::to_string(off) + "); not a CSV text file", line);
    }

    // Old Mac files end lines with a CR alone: read them as LF files (the
    // copy is only made for such files).
    if (std::memchr(text.data(), '\n', text.size()) == nullptr &&
        std::memchr(text.data(), '\r', text.size())) {
        m_crOnly.assign(text);
        std::replace(m_crOnly.begin(), m_crOnly.end(), '\r', '\n');
        text = m_crOnly;
    }

    // Lines are never stored: each pass walks the text with a cursor.
    LineCursor cursor{text};
    LineRef headerLine;
    if (!cursor.next(headerLine.text, m_opt.maxLineBytes)) {
        if (cursor.longLine)
            return longLineError(cursor);
        return fileError(SN_TEXT("sn::CsvImport", "empty file: no header and no data"), {});
    }
    headerLine.number = cursor.number;
    if (m_opt.delimiter) {
        m_delim = m_opt.delimiter;
    } else {
        static constexpr std::array<char, 4> kCandidates{',', ';', '\t', '|'};
        std::array<std::size_t, 4> counts{};
        bool inQuote = false;
        for (char ch : headerLine.text) {
            if (ch == '"')
                inQuote = !inQuote;
            for (std::size_t i = 0; i < kCandidates.size(); ++i)
                if (!inQuote && ch == kCandidates[i])
                    ++counts[i];
        }
        std::size_t best = 0;
        for (std::size_t i = 1; i < counts.size(); ++i)
            if (counts[i] > counts[best])
                best = i;
        if (counts[best] == 0)
            return fileError(
                SN_TEXT("sn::CsvImport", "the header %1 has a single column: no delimiter (, ; tab |) found"),
                {quoted(headerLine.text)}, headerLine.number);
        m_delim = kCandidates[best];
    }
    m_data.delimiter = csvDelimiterName(m_delim);

    std::vector<std::string_view> header;
    if (!splitFields(headerLine.text, m_delim, header))
        return fileError(SN_TEXT("sn::CsvImport", "unterminated quote in the header"), {}, headerLine.number);
    m_fieldCount = header.size();
    if (m_opt.columns.empty()) {
        // "Date,Close,High,Low,Close" would be read from whichever Close comes
        // first: refuse it, naming both columns.
        auto norm = [](std::string_view h) {
            std::string out;
            for (char ch : h)
                if (std::isalnum(static_cast<unsigned char>(ch)))
                    out += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            return out;
        };
        for (std::size_t a = 0; a < header.size(); ++a)
            for (std::size_t b = a + 1; b < header.size(); ++b)
                if (!norm(header[a]).empty() && norm(header[a]) == norm(header[b]))
                    return fileError(
                        SN_TEXT("sn::CsvImport", "the header names %1 twice (columns %2 and %3); rename one, "
                                                 "or say which column is which with --map"),
                        {quoted(header[a]), std::to_string(a + 1), std::to_string(b + 1)}, headerLine.number);
    }
    auto layout = resolveCsvLayout(header, m_opt);
    if (!layout) {
        Error e = layout.error();
        if (e.context == "line 1")
            e.context = m_data.sourceName + ":" + std::to_string(headerLine.number);
        else
            e.context = m_data.sourceName;
        return e;
    }
    m_layout = *layout;
    const CsvColumns &c = m_layout.cols;
    m_data.format = csvFormatName(m_layout.format);
    {
        std::string cols;
        auto add = [&](const char *key, int col) {
            if (col >= 0)
                cols += (cols.empty() ? "" : ", ") + std::string(key) + "=" +
                        std::string(header[static_cast<std::size_t>(col)]);
        };
        add("symbol", c.symbol);
        add("date", c.date);
        add("time", c.time);
        add("open", c.open);
        add("high", c.high);
        add("low", c.low);
        add("close", c.close);
        add("adjclose", c.adj);
        add("volume", c.volume);
        m_data.columns = cols;
    }
    if (m_opt.useAdjustedClose && c.adj < 0)
        return fileError(
            SN_TEXT("sn::CsvImport", "adjusted prices asked for, but the file has no Adj Close column"), {},
            headerLine.number);

    // Truncated last line: the file stops mid-row without a newline. (A
    // complete last row without a newline is fine.)
    if (text.back() != '\n') {
        std::size_t lastNl = text.rfind('\n');
        std::string_view last =
            lastNl == std::string_view::npos ? std::string_view{} : text.substr(lastNl + 1);
        if (!last.empty() && last.back() == '\r')
            last.remove_suffix(1);
        std::vector<std::string_view> f;
        if (!isBlank(last) && last.size() <= m_opt.maxLineBytes &&
            (!splitFields(last, m_delim, f) || f.size() < m_fieldCount))
            return fileError(SN_TEXT("sn::CsvImport",
                                     "truncated last line: the file ends without a newline after %1 of %2 "
                                     "fields (%3)"),
                             {std::to_string(f.size()), std::to_string(m_fieldCount), quoted(last)},
                             static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
    }

    // Date layout, decimal comma: decided from a sample of rows.
    {
        std::vector<std::string_view> dates;
        std::vector<std::size_t> dateLines;
        bool sawComma = false;
        std::vector<std::string_view> f;
        LineCursor sample = cursor;
        std::string_view l;
        std::size_t sampled = 0;
        std::size_t firstBadLine = 0;
        std::string firstBadText;
        while (sampled < kDateSampleRows && sample.next(l, m_opt.maxLineBytes)) {
            ++sampled;
            if (!splitFields(l, m_delim, f) || f.size() != m_fieldCount) {
                if (!firstBadLine) {
                    firstBadLine = sample.number;
                    firstBadText = fieldCountMessage(l, f);
                }
                continue;
            }
            dates.push_back(f[static_cast<std::size_t>(c.date)]);
            dateLines.push_back(sample.number);
            for (int col : {c.open, c.high, c.low, c.close})
                if (col >= 0 && f[static_cast<std::size_t>(col)].find(',') != std::string_view::npos)
                    sawComma = true;
        }
        if (sample.longLine)
            return longLineError(sample);
        if (sampled == 0)
            return fileError(SN_TEXT("sn::CsvImport", "header only: the file has no data rows"), {},
                             headerLine.number);
        if (dates.empty() && firstBadLine)
            return fileError(SN_TEXT("sn::CsvImport", "no row has the header's %1 fields; the first: %2"),
                             {std::to_string(m_fieldCount), firstBadText}, firstBadLine);
        // Room for every row, so the columns never grow: the lines left are
        // counted (memchr, a few ms for 70 MB). An estimate from the sample fell
        // short when prices later in the file have more digits, and the one
        // growth past it copied every column and touched twice the memory.
        if (sampled < kDateSampleRows) {
            m_rowCount = sampled;
        } else {
            std::size_t lines = 1;
            const char *p = text.data() + std::min(text.size(), cursor.pos);
            const char *end = text.data() + text.size();
            while (p < end) {
                const void *nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
                if (!nl)
                    break;
                ++lines;
                p = static_cast<const char *>(nl) + 1;
            }
            m_rowCount = lines;
        }
        // Every date, gathered only when the sample cannot tell day/month order.
        auto allDates = [&] {
            std::vector<std::string_view> all;
            LineCursor every = cursor;
            while (every.next(l, m_opt.maxLineBytes))
                if (splitFields(l, m_delim, f) && f.size() == m_fieldCount)
                    all.push_back(f[static_cast<std::size_t>(c.date)]);
            return all;
        };
        m_decimalComma = m_opt.decimalComma.value_or(m_delim != ',' && sawComma);
        if (m_decimalComma && m_delim == ',')
            return fileError("a decimal comma needs a delimiter other than ','", headerLine.number);
        if (m_opt.dateFormat) {
            m_dateFormat = *m_opt.dateFormat;
        } else if (m_layout.format == CsvFormat::StooqBulk) {
            m_dateFormat = DateFormat::Compact;
        } else {
            auto df = detectDates(dates, dateLines, allDates);
            if (!df) {
                Error e = df.error();
                // detectDates locates problems as "line N".
                e.context = m_data.sourceName + (e.context.empty() ? "" : ":" + e.context.substr(5));
                return e;
            }
            m_dateFormat = *df;
        }
    }
    m_data.decimalComma = m_decimalComma;
    m_data.dateFormat = dateFormatName(m_dateFormat);

    m_defaultSymbol = !m_opt.symbol.empty() ? m_opt.symbol : symbolFromFileName(m_data.sourceName);
    if (c.symbol < 0 && m_defaultSymbol.empty())
        m_defaultSymbol = "UNKNOWN";

    LineRef row;
    while (cursor.next(row.text, m_opt.maxLineBytes)) {
        row.number = cursor.number;
        parseRow(row);
        ++m_data.rowsRead;
    }
    if (cursor.longLine)
        return longLineError(cursor);
    finish();

    std::stable_sort(m_data.issues.begin(), m_data.issues.end(),
                     [](const CsvIssue &a, const CsvIssue &b) { return a.line < b.line; });
    lc.debug("{}: {} rows, {} accepted, {} skipped, format {}, delimiter '{}', dates {}", m_data.sourceName,
             m_data.rowsRead, m_data.rowsAccepted, m_data.rowsSkipped, m_data.format, m_data.delimiter,
             m_data.dateFormat);
    if (m_data.rowsSkipped > 0 && !m_opt.skipBadRows)
        return m_data.rejectionError();
    if (m_data.rowsAccepted == 0) {
        Error e = m_data.rejectionError();
        const auto noneValid = SN_TEXT("sn::CsvImport", "no valid rows: %1");
        if (!e.userMessage.empty())
            e.userMessage = translatedText(noneValid, {e.userMessage});
        e.message = englishText(noneValid, {e.message});
        return e;
    }
    return std::move(m_data);
}

bool Reader::number(std::size_t line, const char *field, std::string_view s, double &out)
{
    switch (parseNumber(s, m_decimalComma, out)) {
    case NumberStatus::Ok:
        return true;
    case NumberStatus::Empty:
        issue(line, field, SN_TEXT("sn::CsvImport", "empty value"), {});
        return false;
    case NumberStatus::Invalid:
        issue(line, field, SN_TEXT("sn::CsvImport", "not a number: %1"), {quoted(s)});
        return false;
    case NumberStatus::NotFinite:
        issue(line, field, SN_TEXT("sn::CsvImport", "not a finite number: %1"), {quoted(s)});
        return false;
    }
    return false;
}

Accumulator &Reader::seriesFor(std::string_view symbol)
{
    if (m_lastAcc != SIZE_MAX && m_acc[m_lastAcc].series.symbol == symbol)
        return m_acc[m_lastAcc];
    auto it = m_bySymbol.find(symbol);
    if (it == m_bySymbol.end()) {
        it = m_bySymbol.emplace(std::string(symbol), m_acc.size()).first;
        m_acc.emplace_back();
        m_acc.back().series.symbol = std::string(symbol);
        m_acc.back().series.interval = m_opt.interval.empty() ? kDailyInterval : m_opt.interval;
        if (m_layout.cols.symbol < 0) {
            // One instrument per file: every row lands here.
            m_acc.back().series.reserve(m_rowCount);
            reserveLarge(m_acc.back().lines, m_rowCount);
        }
    }
    m_lastAcc = it->second;
    return m_acc[m_lastAcc];
}

void Reader::parseRow(const LineRef &line)
{
    const CsvColumns &c = m_layout.cols;
    const std::size_t n = line.number;
    const std::size_t before = m_data.issues.size();
    if (!splitFields(line.text, m_delim, m_fields)) {
        issue(n, "row", SN_TEXT("sn::CsvImport", "unterminated or misplaced quote in %1"),
              {quoted(line.text)});
        ++m_data.rowsSkipped;
        return;
    }
    if (m_fields.size() != m_fieldCount) {
        issue(n, "row", fieldCountMessage(line.text, m_fields));
        ++m_data.rowsSkipped;
        return;
    }
    auto field = [&](int col) { return m_fields[static_cast<std::size_t>(col)]; };

    std::string_view dateText = field(c.date);
    std::optional<TimestampMs> t = parseDate(dateText, m_dateFormat);
    if (!t)
        issue(n, "date", SN_TEXT("sn::CsvImport", "not a date in format '%1': %2"),
              {dateFormatName(m_dateFormat), quoted(dateText)});
    if (t && c.time >= 0) {
        std::string_view tt = field(c.time);
        auto tod = parseTimeOfDay(tt);
        if (!tod)
            issue(n, "time", SN_TEXT("sn::CsvImport", "not a time of day (hhmmss or hh:mm[:ss]): %1"),
                  {quoted(tt)});
        else
            *t += *tod;
    }

    double o = 0, h = 0, l = 0, cl = 0, v = 0, adj = 0;
    bool okClose = number(n, "close", field(c.close), cl);
    bool okOhl = true;
    if (c.open >= 0) {
        bool a = number(n, "open", field(c.open), o);
        bool b = number(n, "high", field(c.high), h);
        bool d = number(n, "low", field(c.low), l);
        okOhl = a && b && d;
    } else {
        o = h = l = cl;
    }
    if (c.volume >= 0 && number(n, "volume", field(c.volume), v) && v < 0)
        issue(n, "volume", SN_TEXT("sn::CsvImport", "negative volume: %1"), {quoted(field(c.volume))});
    bool okAdj = true;
    if (m_opt.useAdjustedClose && c.adj >= 0) {
        okAdj = number(n, "adjclose", field(c.adj), adj);
        if (okAdj && adj <= 0) {
            issue(n, "adjclose", SN_TEXT("sn::CsvImport", "price must be > 0, got %1"),
                  {quoted(field(c.adj))});
            okAdj = false;
        }
    }
    bool positive = true;
    auto checkPositive = [&](bool ok, const char *name, int col, double value) {
        if (ok && !(value > 0)) {
            issue(n, name, SN_TEXT("sn::CsvImport", "price must be > 0, got %1"), {quoted(field(col))});
            positive = false;
        } else if (ok && value < std::numeric_limits<double>::min()) {
            // A subnormal passes "> 0" but is printed as 0 and divides to inf.
            issue(n, name, SN_TEXT("sn::CsvImport", "price %1 is too small to be a price (below 1e-300)"),
                  {quoted(field(col))});
            positive = false;
        }
    };
    if (c.open >= 0) {
        checkPositive(okOhl, "open", c.open, o);
        checkPositive(okOhl, "high", c.high, h);
        checkPositive(okOhl, "low", c.low, l);
    }
    checkPositive(okClose, "close", c.close, cl);
    if (c.open >= 0 && okOhl && okClose && positive) {
        if (h < l) {
            issue(n, "high", SN_TEXT("sn::CsvImport", "high %1 is below low %2"),
                  {quoted(field(c.high)), quoted(field(c.low))});
        } else {
            if (o < l || o > h)
                issue(n, "open", SN_TEXT("sn::CsvImport", "open %1 is outside low..high %2..%3"),
                      {quoted(field(c.open)), quoted(field(c.low)), quoted(field(c.high))});
            if (cl < l || cl > h)
                issue(n, "close", SN_TEXT("sn::CsvImport", "close %1 is outside low..high %2..%3"),
                      {quoted(field(c.close)), quoted(field(c.low)), quoted(field(c.high))});
        }
    }

    std::string_view symbol = m_defaultSymbol;
    if (c.symbol >= 0) {
        symbol = field(c.symbol);
        if (symbol.empty())
            issue(n, "symbol", SN_TEXT("sn::CsvImport", "empty symbol"), {});
        else if (auto ok = checkSymbol(symbol, ""); !ok)
            issue(n, "symbol", ok.error().message);
    }
    if (m_data.issues.size() != before) {
        ++m_data.rowsSkipped;
        return;
    }
    if (m_opt.useAdjustedClose && c.adj >= 0) {
        double k = adj / cl;
        o *= k;
        h *= k;
        l *= k;
        cl = adj;
    }
    Accumulator &acc = seriesFor(symbol);
    if (c.per >= 0 && acc.series.empty() && m_opt.interval.empty()) {
        std::string iv = intervalFromStooqPeriod(field(c.per));
        if (!iv.empty()) {
            acc.series.interval = iv;
            acc.intervalFromFile = true;
        }
    }
    if (c.time >= 0 || dateText.size() > 10) {
        // A time of day or an offset: keep the date as written, for the case
        // that the bars turn out to be daily.
        // Only a date that differs from the UTC date of the time is kept:
        // decideInterval takes every other day from the time itself, so an
        // intraday file without offsets keeps nothing here.
        const TimestampMs utcDay = *t - ((*t % kMsPerDay) + kMsPerDay) % kMsPerDay;
        if (auto d = parseDate(datePart(dateText), m_dateFormat); d && *d != utcDay)
            acc.writtenDays.emplace_back(acc.series.size(), *d);
    }
    acc.series.append(*t, o, h, l, cl, v);
    acc.lines.push_back(n);
}

void Reader::decideInterval(Accumulator &acc)
{
    BarSeries &s = acc.series;
    // A sorted copy only when the file is out of order: a million times are
    // 8 MB to copy and fault in.
    std::vector<TimestampMs> sortedTimes;
    const bool inOrder = std::is_sorted(s.time.begin(), s.time.end());
    if (!inOrder) {
        sortedTimes = s.time;
        std::sort(sortedTimes.begin(), sortedTimes.end());
    }
    const std::vector<TimestampMs> &times = inOrder ? s.time : sortedTimes;
    const auto inferred = inferInterval(times);
    const std::size_t firstLine = acc.lines.empty() ? 0 : acc.lines.front();
    // Each note in English (CLI, logs) and in the reader's words (the import wizard).
    auto noteThat = [this](TextKey text, std::initializer_list<std::string_view> english,
                           std::initializer_list<std::string_view> reader) {
        m_data.intervalNotes.push_back(englishText(text, english));
        m_data.intervalUserNotes.push_back(translatedText(text, reader));
    };
    const std::string given =
        intervalDescriptionForReader(m_opt.interval.empty() ? s.interval : m_opt.interval);
    if (!m_opt.interval.empty()) {
        s.interval = m_opt.interval;
        noteThat(SN_TEXT("sn::Interval", "%1 (as given)"), {intervalDescription(s.interval)}, {given});
        if (inferred && inferred->code != s.interval) {
            const TextKey text =
                s.symbol.empty() ? SN_TEXT("sn::Interval",
                                           "stored as %1 as asked, but %2, which is %3; annualised figures "
                                           "will be refused until it is imported with --interval %4")
                                 : SN_TEXT("sn::Interval",
                                           "stored as %1 as asked, but %2, which is %3 for %5; annualised "
                                           "figures will be refused until it is imported with --interval %4");
            CsvIssue issue{firstLine, "date",
                           englishText(text, {intervalDescription(s.interval), inferred->reason,
                                              intervalDescription(inferred->code), inferred->code, s.symbol}),
                           CsvIssue::Severity::Warning,
                           translatedText(text, {given, inferred->userReason,
                                                 intervalDescriptionForReader(inferred->code), inferred->code,
                                                 s.symbol})};
            m_data.issues.push_back(std::move(issue));
        }
    } else if (acc.intervalFromFile) {
        noteThat(SN_TEXT("sn::Interval", "%1 (from the file's period column)"),
                 {intervalDescription(s.interval)}, {intervalDescriptionForReader(s.interval)});
    } else if (inferred) {
        s.interval = inferred->code;
        noteThat(SN_TEXT("sn::Interval", "%1: %2"), {intervalDescription(s.interval), inferred->reason},
                 {intervalDescriptionForReader(s.interval), inferred->userReason});
    } else {
        // Nothing to go by: daily as before, times as read.
        s.interval = kDailyInterval;
        noteThat(times.size() < 10
                     ? SN_TEXT("sn::Interval", "daily, assumed: too few rows to tell (give --interval)")
                     : SN_TEXT("sn::Interval",
                               "daily, assumed: the spacing of the dates fits no interval (give --interval)"),
                 {}, {});
        if (times.size() >= 10) {
            const TextKey text =
                s.symbol.empty()
                    ? SN_TEXT("sn::Interval",
                              "the spacing of the dates fits no interval; stored as daily (give --interval)")
                    : SN_TEXT("sn::Interval", "the spacing of the dates for %1 fits no interval; stored as "
                                              "daily (give --interval)");
            m_data.issues.push_back(CsvIssue{firstLine, "date", englishText(text, {s.symbol}),
                                             CsvIssue::Severity::Warning, translatedText(text, {s.symbol})});
        }
        return;
    }
    // Daily and longer bars sit at midnight UTC of the date the file writes.
    const bool intraday = s.interval.back() == 'm' && s.interval != "1mo" && s.interval != "3mo";
    if (intraday || s.interval.back() == 'h')
        return;
    std::size_t k = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (k < acc.writtenDays.size() && acc.writtenDays[k].first == i)
            s.time[i] = acc.writtenDays[k++].second;
        else
            s.time[i] -= ((s.time[i] % kMsPerDay) + kMsPerDay) % kMsPerDay;
    }
}

void Reader::finish()
{
    for (Accumulator &acc : m_acc) {
        decideInterval(acc);
        BarSeries &s = acc.series;
        const std::size_t count = s.size();
        if (s.isStrictlyIncreasing()) {
            m_data.rowsAccepted += count;
            m_data.series.push_back(std::move(s));
            continue;
        }
        bool sorted = std::is_sorted(s.time.begin(), s.time.end());
        std::vector<std::size_t> order;
        if (!sorted) {
            order.resize(count);
            std::iota(order.begin(), order.end(), std::size_t{0});
            std::stable_sort(order.begin(), order.end(),
                             [&](std::size_t a, std::size_t b) { return s.time[a] < s.time[b]; });
            std::size_t firstBad = 1;
            while (firstBad < count && s.time[firstBad - 1] <= s.time[firstBad])
                ++firstBad;
            std::size_t moved = 0;
            for (std::size_t i = 0; i < count; ++i)
                moved += order[i] != i;
            m_data.wasUnsorted = true;
            m_data.rowsReordered += moved;
            m_data.issues.push_back(CsvIssue{acc.lines[firstBad],
                                             "date",
                                             "rows are not in date order (" + formatDate(s.time[firstBad]) +
                                                 " comes after " + formatDate(s.time[firstBad - 1]) +
                                                 (s.symbol.empty() ? "" : " for " + s.symbol) + "); " +
                                                 std::to_string(moved) + " rows were sorted by date",
                                             CsvIssue::Severity::Warning,
                                             {}});
        }
        BarSeries out;
        out.symbol = s.symbol;
        out.interval = s.interval;
        out.reserve(count);
        std::vector<std::size_t> outLines;
        outLines.reserve(count);
        for (std::size_t k = 0; k < count; ++k) {
            std::size_t i = sorted ? k : order[k];
            if (!out.empty() && out.time.back() == s.time[i]) {
                // Stable sort keeps file order among equal times: the later
                // line is the duplicate.
                std::string when =
                    s.time[i] % kMsPerDay == 0 ? formatDate(s.time[i]) : formatDateTime(s.time[i]);
                issue(acc.lines[i], "date",
                      SN_TEXT("sn::CsvImport", "duplicate date %1 (first seen on line %2)"),
                      {when, std::to_string(outLines.back())});
                ++m_data.rowsSkipped;
                continue;
            }
            out.append(s.time[i], s.open[i], s.high[i], s.low[i], s.close[i], s.volume[i]);
            outLines.push_back(acc.lines[i]);
        }
        m_data.rowsAccepted += out.size();
        m_data.series.push_back(std::move(out));
    }
}

} // namespace

std::string symbolFromFileName(std::string_view path)
{
    std::size_t slash = path.find_last_of("/\\");
    std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
    std::size_t dot = base.rfind('.');
    if (dot != std::string_view::npos && dot > 0)
        base = base.substr(0, dot);
    std::size_t us = base.find('_');
    if (us != std::string_view::npos)
        base = base.substr(0, us);
    std::string out;
    for (char ch : trimSpaces(base))
        out += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    return out;
}

Result<CsvBarData> readBarCsvText(std::string_view text, std::string sourceName,
                                  const CsvReadOptions &options)
{
    Reader reader(text, std::move(sourceName), options);
    return reader.run();
}

Result<CsvBarData> readBarCsv(const std::string &path, const CsvReadOptions &options)
{
    std::error_code ec;
    auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status))
        return Error{ErrorCode::NotFound, SN_TEXT("sn::CsvImport", "no such file"), {}, path};
    if (std::filesystem::is_directory(status))
        return Error{
            ErrorCode::IoError, SN_TEXT("sn::CsvImport", "is a directory, not a CSV file"), {}, path};
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error{ErrorCode::IoError,
                     SN_TEXT("sn::CsvImport", "cannot open for reading: %1"),
                     {std::strerror(errno)},
                     path};
    struct FdCloser
    {
        int fd;
        ~FdCloser() { ::close(fd); }
    } closer{fd};
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0)
        return Error{ErrorCode::IoError,
                     std::string("cannot determine the file size: ") + std::strerror(errno), path};
    if (S_ISREG(st.st_mode)) {
        const auto size = static_cast<std::size_t>(st.st_size);
        if (size == 0)
            return readBarCsvText(std::string_view(), path, options);
        // Mapped, not read: a copy of a 70 MB file costs as much as parsing it
        // (the kernel's copy plus a page fault on every 4 KiB of the buffer).
        // MAP_POPULATE maps the file's cached pages in one pass.
        void *mapped = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
        if (mapped != MAP_FAILED) {
            ::madvise(mapped, size, MADV_SEQUENTIAL);
            auto result =
                readBarCsvText(std::string_view(static_cast<const char *>(mapped), size), path, options);
            ::munmap(mapped, size);
            return result;
        }
    }
    // A pipe, a device or a file that cannot be mapped: read it to the end.
    std::string content;
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n == 0)
            break;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Error{ErrorCode::IoError, std::string("read failed: ") + std::strerror(errno), path};
        }
        content.append(buffer, static_cast<std::size_t>(n));
    }
    return readBarCsvText(content, path, options);
}

} // namespace sn
