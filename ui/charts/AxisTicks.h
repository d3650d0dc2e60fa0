#pragma once

#include "core/common/Time.h"

#include <QLocale>
#include <QString>
#include <vector>

// Axis ticks for the chart panes, chosen the way a reader counts: price
// ticks on 1-2-5 steps, log ticks on decades (or 1-2-5 within them), time
// ticks on calendar boundaries (every year, every third month, each Monday),
// volume in K/M/B. Pure functions of the range, so tests check them without
// a window.
namespace sn::ui::axis {

struct Tick
{
    double value = 0; // price or volume, or epoch ms for time ticks
    QString label;
};

// The 1-2-5 step (1, 2, 5, 10, 20, ...) that cuts `span` into at most `maxTicks` intervals.
double niceStep(double span, int maxTicks);

// Multiples of a 1-2-5 step inside [lo, hi], labelled with as many decimals as the step needs.
std::vector<Tick> linearTicks(double lo, double hi, int maxTicks, const QLocale &locale = QLocale());

// For a log scale over [lo, hi] (lo > 0): decades when at least two fit,
// else 1-2-5 mantissas when three fit, else round linear values; never more
// than `maxTicks`.
std::vector<Tick> logTicks(double lo, double hi, int maxTicks, const QLocale &locale = QLocale());

// Volume from 0 up to `hi` on a 1-2-5 step, labelled "500K", "1.5M", "2B".
std::vector<Tick> volumeTicks(double lo, double hi, int maxTicks, const QLocale &locale = QLocale());

// Ticks at calendar boundaries inside [from, to] (UTC), at most `maxTicks`:
// years (every 1, 2, 5, 10, ... years, on multiples), months (1, 2, 3, 6,
// from January), days (1, 2, Mondays, every other Monday), hours, minutes.
// Each label names its tick once: "2016", "Apr 2000", "3 Apr", "14:30".
std::vector<Tick> timeTicks(TimestampMs from, TimestampMs to, int maxTicks,
                            const QLocale &locale = QLocale());

} // namespace sn::ui::axis
