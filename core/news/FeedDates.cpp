#include "core/news/FeedDates.h"

#include <QString>
#include <QStringList>

namespace sn::news {

namespace {

std::optional<int> number(QStringView s, int minDigits, int maxDigits)
{
    if (s.size() < minDigits || s.size() > maxDigits)
        return std::nullopt;
    int v = 0;
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        v = v * 10 + (c.unicode() - '0');
    }
    return v;
}

std::optional<int> monthNumber(QStringView name)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    if (name.size() < 3)
        return std::nullopt;
    const QString lower = name.left(3).toString().toLower();
    for (int i = 0; i < 12; ++i)
        if (lower == QLatin1String(months[i]))
            return i + 1;
    return std::nullopt;
}

// Offset east of UTC in minutes.
std::optional<int> zoneOffset(QStringView zone)
{
    if (zone.size() == 5 && (zone[0] == QLatin1Char('+') || zone[0] == QLatin1Char('-'))) {
        const auto hh = number(zone.mid(1, 2), 2, 2);
        const auto mm = number(zone.mid(3, 2), 2, 2);
        if (!hh || !mm || *hh > 23 || *mm > 59)
            return std::nullopt;
        const int minutes = *hh * 60 + *mm;
        return zone[0] == QLatin1Char('-') ? -minutes : minutes;
    }
    const QString z = zone.toString().toUpper();
    static const struct
    {
        const char *name;
        int minutes;
    } zones[] = {{"UT", 0},        {"UTC", 0},       {"GMT", 0},       {"Z", 0},
                 {"EST", -5 * 60}, {"EDT", -4 * 60}, {"CST", -6 * 60}, {"CDT", -5 * 60},
                 {"MST", -7 * 60}, {"MDT", -6 * 60}, {"PST", -8 * 60}, {"PDT", -7 * 60}};
    for (const auto &entry : zones)
        if (z == QLatin1String(entry.name))
            return entry.minutes;
    return std::nullopt;
}

std::optional<TimestampMs> compose(int year, int month, int day, int hour, int minute, int second, int millis,
                                   int offsetMinutes)
{
    if (!isValidDate(year, month, day) || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    // A leap second is read as the last second of the minute.
    if (second == 60)
        second = 59;
    const TimestampMs local =
        toTimestamp(CivilDate{year, month, day}) + ((hour * 60LL + minute) * 60 + second) * 1000 + millis;
    return local - offsetMinutes * 60'000LL;
}

} // namespace

std::optional<TimestampMs> parseRfc822(QStringView text)
{
    QString s = text.trimmed().toString();
    // The weekday ("Tue,") carries nothing the date does not.
    if (const int comma = s.indexOf(QLatin1Char(',')); comma >= 0 && comma <= 10)
        s = s.mid(comma + 1);
    const QStringList parts = s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() < 4)
        return std::nullopt;
    const auto day = number(parts[0], 1, 2);
    const auto month = monthNumber(parts[1]);
    auto year = number(parts[2], 2, 4);
    if (!day || !month || !year)
        return std::nullopt;
    if (parts[2].size() == 2)
        *year += *year < 50 ? 2000 : 1900;
    else if (parts[2].size() == 3)
        *year += 1900;
    const QStringList hms = parts[3].split(QLatin1Char(':'));
    if (hms.size() < 2 || hms.size() > 3)
        return std::nullopt;
    const auto hour = number(hms[0], 1, 2);
    const auto minute = number(hms[1], 2, 2);
    const auto second = hms.size() == 3 ? number(hms[2], 2, 2) : std::optional<int>(0);
    if (!hour || !minute || !second)
        return std::nullopt;
    // No zone at all happens in the wild; RFC 2822 reads it as "-0000",
    // i.e. UTC with no information about local time.
    int offset = 0;
    if (parts.size() >= 5) {
        const auto z = zoneOffset(parts[4]);
        if (!z)
            return std::nullopt;
        offset = *z;
    }
    if (parts.size() > 6 || (parts.size() == 6 && !parts[5].startsWith(QLatin1Char('('))))
        return std::nullopt;
    return compose(*year, *month, *day, *hour, *minute, *second, 0, offset);
}

std::optional<TimestampMs> parseRfc3339(QStringView text)
{
    const QStringView s = text.trimmed();
    // YYYY-MM-DD[Tt ]HH:MM:SS[.frac](Z|+HH:MM|-HH:MM)
    if (s.size() < 20 || s[4] != QLatin1Char('-') || s[7] != QLatin1Char('-') || s[13] != QLatin1Char(':') ||
        s[16] != QLatin1Char(':'))
        return std::nullopt;
    const QChar sep = s[10];
    if (sep != QLatin1Char('T') && sep != QLatin1Char('t') && sep != QLatin1Char(' '))
        return std::nullopt;
    const auto year = number(s.mid(0, 4), 4, 4);
    const auto month = number(s.mid(5, 2), 2, 2);
    const auto day = number(s.mid(8, 2), 2, 2);
    const auto hour = number(s.mid(11, 2), 2, 2);
    const auto minute = number(s.mid(14, 2), 2, 2);
    const auto second = number(s.mid(17, 2), 2, 2);
    if (!year || !month || !day || !hour || !minute || !second)
        return std::nullopt;
    qsizetype i = 19;
    int millis = 0;
    if (i < s.size() && s[i] == QLatin1Char('.')) {
        ++i;
        int digits = 0;
        // ASCII digits only: QChar::isDigit also takes other scripts' digits.
        while (i < s.size() && s[i] >= QLatin1Char('0') && s[i] <= QLatin1Char('9')) {
            if (digits < 3)
                millis = millis * 10 + (s[i].unicode() - '0');
            ++digits;
            ++i;
        }
        if (digits == 0)
            return std::nullopt;
        for (; digits < 3; ++digits)
            millis *= 10;
    }
    const QStringView zone = s.mid(i);
    int offset = 0;
    if (zone == QLatin1String("Z") || zone == QLatin1String("z")) {
        offset = 0;
    } else if (zone.size() == 6 && (zone[0] == QLatin1Char('+') || zone[0] == QLatin1Char('-')) &&
               zone[3] == QLatin1Char(':')) {
        const auto hh = number(zone.mid(1, 2), 2, 2);
        const auto mm = number(zone.mid(4, 2), 2, 2);
        if (!hh || !mm || *hh > 23 || *mm > 59)
            return std::nullopt;
        offset = (*hh * 60 + *mm) * (zone[0] == QLatin1Char('-') ? -1 : 1);
    } else {
        return std::nullopt;
    }
    return compose(*year, *month, *day, *hour, *minute, *second, millis, offset);
}

std::optional<TimestampMs> parseFeedDate(QStringView text)
{
    if (auto t = parseRfc3339(text))
        return t;
    return parseRfc822(text);
}

} // namespace sn::news
