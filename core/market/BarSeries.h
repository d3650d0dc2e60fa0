#pragma once

#include "core/common/Time.h"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace sn {

// Bar spacing codes as stored in the database: "1d", "1wk", "1mo" for daily and
// longer; "1m", "5m", "15m", "30m", "1h" for intraday.
inline constexpr const char *kDailyInterval = "1d";

// One instrument's bars as a struct of arrays: each field is contiguous so
// the numeric kernels (indicators, backtests, analytics) stream over plain
// double arrays. Times are UTC epoch ms of the bar's start (midnight UTC for
// daily bars), strictly increasing once validated.
struct BarSeries
{
    std::string symbol;
    std::string interval = kDailyInterval;
    std::vector<TimestampMs> time;
    std::vector<double> open;
    std::vector<double> high;
    std::vector<double> low;
    std::vector<double> close;
    std::vector<double> volume;

    std::size_t size() const { return time.size(); }
    bool empty() const { return time.empty(); }

    void reserve(std::size_t n);
    void clear();
    void append(TimestampMs t, double o, double h, double l, double c, double v);

    // True when times strictly increase (no duplicates).
    bool isStrictlyIncreasing() const;
    // Index of the first bar at or after `t` (size() when none).
    std::size_t lowerBound(TimestampMs t) const;
    // Bars with from <= time <= to, copied.
    BarSeries slice(TimestampMs from, TimestampMs to) const;
    // Bars [begin, end) by index, copied.
    BarSeries sliceIndex(std::size_t begin, std::size_t end) const;
};

} // namespace sn
