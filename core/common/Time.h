#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace sn {

// All instants in the core and the database are UTC epoch milliseconds.
using TimestampMs = std::int64_t;

inline constexpr TimestampMs kMsPerDay = 86'400'000;

struct CivilDate
{
    int year = 1970;
    int month = 1; // 1..12
    int day = 1;   // 1..31
    bool operator==(const CivilDate &) const = default;
};

// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's algorithm).
std::int64_t daysFromCivil(int year, int month, int day);
CivilDate civilFromDays(std::int64_t days);
bool isValidDate(int year, int month, int day);

TimestampMs toTimestamp(const CivilDate &date);
CivilDate toCivil(TimestampMs ms);
// Midnight UTC of the day holding `ms` (floor for negative values too).
TimestampMs startOfDay(TimestampMs ms);
TimestampMs nowMs();

// "2020-03-23"
std::string formatDate(TimestampMs ms);
// "2020-03-23T14:30:00Z", or "2020-03-23T14:30:00.125Z" when there are milliseconds.
std::string formatDateTime(TimestampMs ms);

// Layouts of the date part of a timestamp found in CSV files.
enum class DateFormat
{
    Iso,              // 2020-03-23 (also 2020/03/23, 2020.03.23)
    Compact,          // 20200323 (Stooq bulk files)
    DayMonthYear,     // 23.03.2020, 23/03/2020, 23-03-2020
    MonthDayYear,     // 03/23/2020
    MonthNameDayYear, // Mar 23 2020, March 23, 2020
    DayMonthNameYear, // 23 Mar 2020, 23-Mar-2020
    EpochSeconds,
    EpochMillis,
};

const char *dateFormatName(DateFormat format);
std::optional<DateFormat> dateFormatFromName(std::string_view name);

// Parses a date with an optional time of day ("T" or space, HH:MM[:SS[.fff]])
// and an optional zone ("Z" or +HH:MM / -HH:MM; none means UTC).
std::optional<TimestampMs> parseTimestamp(std::string_view text, DateFormat format);

// Picks the one format that parses every sample (day-first vs month-first is
// decided by values above 12). Returns nullopt when none or when the samples
// cannot tell DayMonthYear from MonthDayYear; callers then ask the user.
std::optional<DateFormat> detectDateFormat(std::span<const std::string_view> samples);

} // namespace sn
