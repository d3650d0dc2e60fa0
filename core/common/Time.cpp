#include "core/common/Time.h"

#include <array>
#include <cctype>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <vector>

namespace sn {

std::int64_t daysFromCivil(int year, int month, int day)
{
    const std::int64_t y = static_cast<std::int64_t>(year) - (month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t mp = (month + 9) % 12;
    const std::int64_t doy = (153 * mp + 2) / 5 + day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilDate civilFromDays(std::int64_t days)
{
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = yoe + era * 400;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
    return CivilDate{static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

bool isValidDate(int year, int month, int day)
{
    if (month < 1 || month > 12 || day < 1 || year < 1 || year > 9999)
        return false;
    static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int dim = kDays[static_cast<std::size_t>(month - 1)];
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (month == 2 && leap)
        dim = 29;
    return day <= dim;
}

TimestampMs toTimestamp(const CivilDate &date)
{
    return daysFromCivil(date.year, date.month, date.day) * kMsPerDay;
}

static std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

CivilDate toCivil(TimestampMs ms)
{
    return civilFromDays(floorDiv(ms, kMsPerDay));
}

TimestampMs startOfDay(TimestampMs ms)
{
    return floorDiv(ms, kMsPerDay) * kMsPerDay;
}

TimestampMs nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string formatDate(TimestampMs ms)
{
    CivilDate d = toCivil(ms);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

std::string formatDateTime(TimestampMs ms)
{
    std::int64_t inDay = ms - startOfDay(ms);
    int h = static_cast<int>(inDay / 3'600'000);
    int m = static_cast<int>(inDay / 60'000 % 60);
    int s = static_cast<int>(inDay / 1000 % 60);
    int milli = static_cast<int>(inDay % 1000);
    char buf[32];
    if (milli)
        std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d.%03dZ", h, m, s, milli);
    else
        std::snprintf(buf, sizeof buf, "T%02d:%02d:%02dZ", h, m, s);
    return formatDate(ms) + buf;
}

namespace {

struct DateFormatName
{
    DateFormat format;
    const char *name;
};
constexpr std::array<DateFormatName, 8> kFormatNames{{
    {DateFormat::Iso, "iso"},
    {DateFormat::Compact, "yyyymmdd"},
    {DateFormat::DayMonthYear, "dmy"},
    {DateFormat::MonthDayYear, "mdy"},
    {DateFormat::MonthNameDayYear, "mon-d-y"},
    {DateFormat::DayMonthNameYear, "d-mon-y"},
    {DateFormat::EpochSeconds, "epoch-s"},
    {DateFormat::EpochMillis, "epoch-ms"},
}};

// A small cursor over the text; every reader returns false without consuming
// on mismatch so the parsers stay strict.
struct Cursor
{
    std::string_view s;
    std::size_t i = 0;
    bool done() const { return i >= s.size(); }
    char peek() const { return done() ? '\0' : s[i]; }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++i;
        return true;
    }
    bool number(int minDigits, int maxDigits, int &out)
    {
        std::size_t start = i;
        int v = 0;
        while (!done() && std::isdigit(static_cast<unsigned char>(s[i])) &&
               static_cast<int>(i - start) < maxDigits) {
            v = v * 10 + (s[i] - '0');
            ++i;
        }
        int n = static_cast<int>(i - start);
        if (n < minDigits) {
            i = start;
            return false;
        }
        out = v;
        return true;
    }
    bool monthName(int &out)
    {
        static constexpr std::array<const char *, 12> kNames{"jan", "feb", "mar", "apr", "may", "jun",
                                                             "jul", "aug", "sep", "oct", "nov", "dec"};
        std::size_t start = i;
        std::string word;
        while (!done() && std::isalpha(static_cast<unsigned char>(s[i]))) {
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
            ++i;
        }
        if (word.size() >= 3) {
            for (std::size_t m = 0; m < kNames.size(); ++m) {
                if (word.compare(0, 3, kNames[m]) == 0) {
                    static constexpr std::array<const char *, 12> kFull{
                        "january", "february", "march",     "april",   "may",      "june",
                        "july",    "august",   "september", "october", "november", "december"};
                    if (word.size() == 3 || word == kFull[m] || (word == "sept" && m == 8)) {
                        out = static_cast<int>(m) + 1;
                        return true;
                    }
                }
            }
        }
        i = start;
        return false;
    }
    bool sep(std::string_view allowed, char &used)
    {
        if (!done() && allowed.find(s[i]) != std::string_view::npos) {
            used = s[i++];
            return true;
        }
        return false;
    }
};

bool parseDatePart(Cursor &c, DateFormat f, int &y, int &m, int &d)
{
    char s1 = 0, s2 = 0;
    switch (f) {
    case DateFormat::Iso:
        return c.number(4, 4, y) && c.sep("-/.", s1) && c.number(1, 2, m) && c.sep("-/.", s2) && s1 == s2 &&
               c.number(1, 2, d);
    case DateFormat::Compact:
        return c.number(4, 4, y) && c.number(2, 2, m) && c.number(2, 2, d);
    case DateFormat::DayMonthYear:
        return c.number(1, 2, d) && c.sep("-/.", s1) && c.number(1, 2, m) && c.sep("-/.", s2) && s1 == s2 &&
               c.number(4, 4, y);
    case DateFormat::MonthDayYear:
        return c.number(1, 2, m) && c.sep("-/.", s1) && c.number(1, 2, d) && c.sep("-/.", s2) && s1 == s2 &&
               c.number(4, 4, y);
    case DateFormat::MonthNameDayYear: {
        if (!c.monthName(m))
            return false;
        c.take('.');
        if (!(c.sep(" -", s1) && c.number(1, 2, d)))
            return false;
        c.take(',');
        return c.sep(" -", s2) && c.number(4, 4, y);
    }
    case DateFormat::DayMonthNameYear:
        return c.number(1, 2, d) && c.sep(" -", s1) && c.monthName(m) && c.sep(" -", s2) && c.number(4, 4, y);
    case DateFormat::EpochSeconds:
    case DateFormat::EpochMillis:
        return false;
    }
    return false;
}

} // namespace

const char *dateFormatName(DateFormat format)
{
    for (const auto &n : kFormatNames)
        if (n.format == format)
            return n.name;
    return "?";
}

std::optional<DateFormat> dateFormatFromName(std::string_view name)
{
    for (const auto &n : kFormatNames)
        if (name == n.name)
            return n.format;
    return std::nullopt;
}

std::optional<TimestampMs> parseTimestamp(std::string_view text, DateFormat format)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '"'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '"' || text.back() == '\r'))
        text.remove_suffix(1);
    if (text.empty())
        return std::nullopt;

    if (format == DateFormat::EpochSeconds || format == DateFormat::EpochMillis) {
        std::int64_t v = 0;
        auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
        if (ec != std::errc() || p != text.data() + text.size())
            return std::nullopt;
        if (format == DateFormat::EpochSeconds) {
            if (v > INT64_MAX / 1000 || v < INT64_MIN / 1000)
                return std::nullopt;
            v *= 1000;
        }
        return v;
    }

    Cursor c{text};
    int y = 0, m = 0, d = 0;
    if (!parseDatePart(c, format, y, m, d) || !isValidDate(y, m, d))
        return std::nullopt;
    TimestampMs ms = daysFromCivil(y, m, d) * kMsPerDay;
    if (c.done())
        return ms;

    if (!(c.take('T') || c.take(' ')))
        return std::nullopt;
    int hh = 0, mm = 0, ss = 0, frac = 0;
    if (!(c.number(2, 2, hh) && c.take(':') && c.number(2, 2, mm)))
        return std::nullopt;
    if (c.take(':')) {
        if (!c.number(2, 2, ss))
            return std::nullopt;
        if (c.take('.')) {
            std::size_t start = c.i;
            if (!c.number(1, 9, frac))
                return std::nullopt;
            int digits = static_cast<int>(c.i - start);
            while (digits > 3) {
                frac /= 10;
                --digits;
            }
            while (digits < 3) {
                frac *= 10;
                ++digits;
            }
        }
    }
    if (hh > 23 || mm > 59 || ss > 60)
        return std::nullopt;
    ms += ((hh * 60 + mm) * 60 + ss) * 1000LL + frac;
    if (c.done() || c.take('Z'))
        return c.done() ? std::optional<TimestampMs>(ms) : std::nullopt;
    char sign = c.peek();
    if (sign != '+' && sign != '-')
        return std::nullopt;
    c.i++;
    int oh = 0, om = 0;
    if (!c.number(2, 2, oh))
        return std::nullopt;
    c.take(':');
    if (!c.done() && !c.number(2, 2, om))
        return std::nullopt;
    if (!c.done() || oh > 14 || om > 59)
        return std::nullopt;
    std::int64_t offset = (oh * 60 + om) * 60'000LL;
    return sign == '+' ? ms - offset : ms + offset;
}

std::optional<DateFormat> detectDateFormat(std::span<const std::string_view> samples)
{
    if (samples.empty())
        return std::nullopt;
    static constexpr std::array<DateFormat, 6> kTextFormats{
        DateFormat::Iso,          DateFormat::Compact,          DateFormat::DayMonthYear,
        DateFormat::MonthDayYear, DateFormat::MonthNameDayYear, DateFormat::DayMonthNameYear};
    std::vector<DateFormat> fits;
    for (DateFormat f : kTextFormats) {
        bool all = true;
        for (auto s : samples) {
            if (!parseTimestamp(s, f)) {
                all = false;
                break;
            }
        }
        if (all)
            fits.push_back(f);
    }
    if (fits.size() == 1)
        return fits.front();
    if (fits.empty())
        return std::nullopt;
    // Both DMY and MDY parse every sample: no day above 12 was seen, so the
    // order is ambiguous. Do not guess.
    return std::nullopt;
}

} // namespace sn
