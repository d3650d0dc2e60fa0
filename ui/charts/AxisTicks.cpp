#include "ui/charts/AxisTicks.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cmath>

namespace sn::ui::axis {

namespace {

// Decimals that show a value on a grid of `step` exactly (0.5 -> 1, 0.02 -> 2, 10 -> 0).
int decimalsFor(double step)
{
    if (!(step > 0))
        return 0;
    return std::clamp(int(std::ceil(-std::log10(step) - 1e-9)), 0, 10);
}

QString numberLabel(double v, int decimals, const QLocale &locale)
{
    if (std::abs(v) < 1e-12)
        v = 0; // no "-0.00"
    return locale.toString(v, 'f', decimals);
}

} // namespace

double niceStep(double span, int maxTicks)
{
    if (!(span > 0) || !std::isfinite(span))
        return 1;
    const double raw = span / std::max(1, maxTicks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= raw * (1 - 1e-12))
            return m * magnitude;
    return 10 * magnitude;
}

std::vector<Tick> linearTicks(double lo, double hi, int maxTicks, const QLocale &locale)
{
    std::vector<Tick> out;
    if (!std::isfinite(lo) || !std::isfinite(hi) || !(hi > lo) || maxTicks < 1)
        return out;
    const double step = niceStep(hi - lo, maxTicks);
    const int decimals = decimalsFor(step);
    // Multiples of the step by index, so no error accumulates along the axis.
    const double first = std::ceil(lo / step - 1e-9);
    for (double i = first; i * step <= hi * (1 + 1e-12) + 1e-12 && out.size() <= std::size_t(maxTicks); ++i)
        out.push_back({i * step, numberLabel(i * step, decimals, locale)});
    return out;
}

std::vector<Tick> logTicks(double lo, double hi, int maxTicks, const QLocale &locale)
{
    std::vector<Tick> out;
    if (!(lo > 0) || !(hi > lo) || !std::isfinite(hi) || maxTicks < 1)
        return out;
    const int d0 = int(std::floor(std::log10(lo)));
    const int d1 = int(std::ceil(std::log10(hi)));
    auto inside = [&](double v) { return v >= lo * (1 - 1e-12) && v <= hi * (1 + 1e-12); };
    auto withMantissas = [&](std::initializer_list<int> mantissas, int everyDecade) {
        std::vector<Tick> ticks;
        for (int d = d0; d <= d1; ++d) {
            if (everyDecade > 1 && ((d % everyDecade) + everyDecade) % everyDecade != 0)
                continue;
            const double decade = std::pow(10.0, d);
            for (int m : mantissas) {
                const double v = m * decade;
                if (inside(v))
                    ticks.push_back({v, numberLabel(v, std::max(0, -d), locale)});
            }
        }
        return ticks;
    };
    // Decades, thinned to every 2nd, 5th, ... decade when there are too many.
    for (int every : {1, 2, 5, 10, 20, 50}) {
        out = withMantissas({1}, every);
        if (out.size() <= std::size_t(maxTicks))
            break;
    }
    if (out.size() >= 2)
        return out;
    auto finer = withMantissas({1, 2, 5}, 1);
    if (finer.size() >= 3 && finer.size() <= std::size_t(maxTicks))
        return finer;
    // Within about a decade (55 to 190): round values as on a linear axis;
    // 1..9 mantissas would crowd below 100 and leave 100-190 bare.
    // Spaced for the top of the axis, where a log scale packs values closest.
    const double topSpacing = (hi - lo) / (hi * std::log(hi / lo));
    return linearTicks(lo, hi, std::max(2, int(maxTicks * topSpacing)), locale);
}

std::vector<Tick> volumeTicks(double lo, double hi, int maxTicks, const QLocale &locale)
{
    std::vector<Tick> out = linearTicks(lo, hi, maxTicks, locale);
    if (out.empty())
        return out;
    const double top = std::max(std::abs(out.front().value), std::abs(out.back().value));
    struct Unit
    {
        double size;
        const char *format;
    };
    //: Volume axis: thousands, millions, billions (%1 is the number).
    static const Unit units[] = {{1e9, QT_TRANSLATE_NOOP("sn::ui::axis", "%1B")},
                                 {1e6, QT_TRANSLATE_NOOP("sn::ui::axis", "%1M")},
                                 {1e3, QT_TRANSLATE_NOOP("sn::ui::axis", "%1K")}};
    const double step = out.size() > 1 ? out[1].value - out[0].value : top;
    for (const Unit &u : units) {
        if (top < u.size)
            continue;
        const int decimals = decimalsFor(step / u.size);
        const QString format = QCoreApplication::translate("sn::ui::axis", u.format);
        for (Tick &t : out)
            t.label = std::abs(t.value) < 1e-12 ? locale.toString(0)
                                                : format.arg(numberLabel(t.value / u.size, decimals, locale));
        break;
    }
    return out;
}

namespace {

enum class Unit
{
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year
};

struct TimeStep
{
    Unit unit;
    int count;
    TimestampMs approxMs;
};

constexpr TimestampMs kMinute = 60'000;
constexpr TimestampMs kHour = 60 * kMinute;
constexpr TimestampMs kYear = 365 * kMsPerDay + kMsPerDay / 4;

const std::vector<TimeStep> &steps()
{
    static const std::vector<TimeStep> all = [] {
        std::vector<TimeStep> s;
        for (int m : {1, 2, 5, 10, 15, 30})
            s.push_back({Unit::Minute, m, m * kMinute});
        for (int h : {1, 2, 3, 6, 12})
            s.push_back({Unit::Hour, h, h * kHour});
        for (int d : {1, 2})
            s.push_back({Unit::Day, d, d * kMsPerDay});
        for (int w : {1, 2})
            s.push_back({Unit::Week, w, w * 7 * kMsPerDay});
        for (int m : {1, 2, 3, 6})
            s.push_back({Unit::Month, m, m * kYear / 12});
        for (int y : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000})
            s.push_back({Unit::Year, y, y * kYear});
        return s;
    }();
    return all;
}

TimestampMs ceilTo(TimestampMs t, TimestampMs step)
{
    const TimestampMs q = t / step;
    TimestampMs c = q * step;
    if (c < t)
        c += step;
    return c;
}

} // namespace

std::vector<Tick> timeTicks(TimestampMs from, TimestampMs to, int maxTicks, const QLocale &locale)
{
    std::vector<Tick> out;
    if (!(to > from) || maxTicks < 1)
        return out;
    const TimestampMs span = to - from;
    const TimeStep *step = &steps().back();
    for (const TimeStep &s : steps())
        if (span / s.approxMs + 1 <= maxTicks) {
            step = &s;
            break;
        }
    auto dt = [](TimestampMs t) { return QDateTime::fromMSecsSinceEpoch(t, Qt::UTC); };
    auto add = [&](TimestampMs t, const QString &label) { out.push_back({double(t), label}); };
    const CivilDate start = toCivil(from);
    switch (step->unit) {
    case Unit::Year: {
        int y = start.year;
        if (toTimestamp({y, 1, 1}) < from)
            ++y;
        y = int(std::ceil(double(y) / step->count)) * step->count;
        for (; toTimestamp({y, 1, 1}) <= to; y += step->count)
            add(toTimestamp({y, 1, 1}), QString::number(y));
        break;
    }
    case Unit::Month: {
        int index = start.year * 12 + (start.month - 1);
        if (toTimestamp({start.year, start.month, 1}) < from)
            ++index;
        while (index % step->count != 0)
            ++index;
        for (;; index += step->count) {
            const TimestampMs t = toTimestamp({index / 12, index % 12 + 1, 1});
            if (t > to)
                break;
            add(t, locale.toString(dt(t), QStringLiteral("MMM yyyy")));
        }
        break;
    }
    case Unit::Week: {
        // 1970-01-05 was a Monday: weeks counted from it.
        const TimestampMs monday = 4 * kMsPerDay;
        const TimestampMs stride = step->count * 7 * kMsPerDay;
        for (TimestampMs t = monday + ceilTo(from - monday, stride); t <= to; t += stride)
            add(t, locale.toString(dt(t), QStringLiteral("d MMM")));
        break;
    }
    case Unit::Day: {
        const TimestampMs stride = step->count * kMsPerDay;
        for (TimestampMs t = ceilTo(from, stride); t <= to; t += stride)
            add(t, locale.toString(dt(t), QStringLiteral("d MMM")));
        break;
    }
    case Unit::Hour:
    case Unit::Minute: {
        const TimestampMs stride = step->count * (step->unit == Unit::Hour ? kHour : kMinute);
        for (TimestampMs t = ceilTo(from, stride); t <= to; t += stride)
            add(t, locale.toString(dt(t),
                                   t % kMsPerDay == 0 ? QStringLiteral("d MMM") : QStringLiteral("HH:mm")));
        break;
    }
    }
    return out;
}

} // namespace sn::ui::axis
