#include "ui/shell/Formats.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <cmath>

namespace sn::ui::Formats {

namespace {

// The locale's percent sign placement differs ("12 %" in German and French,
// "12%" in English); one spaced form keeps columns aligned in every language.
QString withPercentSign(const QString &number)
{
    return number + QStringLiteral(" %");
}

} // namespace

QString money(double amount)
{
    return QLocale().toString(amount, 'f', 2);
}

QString price(double price)
{
    return QLocale().toString(price, 'f', std::fabs(price) >= 1.0 || price == 0.0 ? 2 : 4);
}

QString percent(double fraction, int decimals)
{
    return withPercentSign(QLocale().toString(fraction * 100.0, 'f', decimals));
}

QString signedPercent(double fraction, int decimals)
{
    const QString text = percent(fraction, decimals);
    // Rounded to zero reads as "0.00 %", without a sign.
    if (fraction > 0 && std::round(fraction * 100.0 * std::pow(10.0, decimals)) != 0.0)
        return QLocale().positiveSign() + text;
    return text;
}

QString drawdown(double depth)
{
    return percent(-std::fabs(depth));
}

QString ratio(double value)
{
    return QLocale().toString(value, 'f', 2);
}

QString count(std::int64_t n)
{
    return QLocale().toString(static_cast<qlonglong>(n));
}

QString quantity(double units)
{
    QString text = QLocale().toString(units, 'f', 8);
    const QChar point = QLocale().decimalPoint().front();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

QString decimal(const QString &plain, int minDecimals)
{
    QString text = plain.trimmed();
    const bool negative = text.startsWith(QLatin1Char('-'));
    if (negative)
        text.remove(0, 1);
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    bool ok = false;
    const qlonglong units = whole.toLongLong(&ok);
    if (!ok)
        return plain; // not a plain decimal: shown as it came
    while (fraction.size() < minDecimals)
        fraction += QLatin1Char('0');
    const QLocale locale;
    QString out = (negative ? locale.negativeSign() : QString()) + locale.toString(units);
    if (!fraction.isEmpty())
        out += locale.decimalPoint() + fraction;
    return out;
}

QString dateTime(std::int64_t epochMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(epochMs).toLocalTime(), QLocale::ShortFormat);
}

QString shortDateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    // "M/d/yy" and "dd.MM.yy": a two-digit year is ambiguous on a 1970-2024 series.
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}

QString date(std::int64_t epochMs)
{
    // The day the data names, whatever the user's time zone: a daily bar of
    // 2 Jan stored as midnight UTC is 2 Jan in New York too.
    const QDate day = QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc()).date();
    return QLocale().toString(day, shortDateFormat());
}

QString barTime(std::int64_t epochMs, bool intraday)
{
    if (!intraday)
        return date(epochMs);
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc());
    return date(epochMs) + QLatin1Char(' ') + QLocale().toString(utc.time(), QLocale::ShortFormat) +
           QStringLiteral(" UTC");
}

} // namespace sn::ui::Formats
