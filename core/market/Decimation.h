#pragma once

#include "core/common/Result.h"
#include "core/market/BarSeries.h"

#include <cstddef>
#include <span>
#include <vector>

// Decimation for drawing: a chart never needs more than one aggregated bar
// (or two extremes of a line) per pixel column, so the visible range of a
// long history is reduced here, in one O(n) pass, before a drawing library
// sees it. Output buffers are reused between calls (cleared, capacity kept):
// a zoom or pan step allocates nothing once the buffers have grown.
namespace sn {

// The time span [from, to] (inclusive, epoch ms) cut into `columns` equal
// slices, one per pixel column (or group of columns):
//   column(t) = floor((t - from) * columns / (to - from + 1)).
// Integer arithmetic, so the kernel and any check of it agree to the bar.
struct TimeBuckets
{
    TimestampMs from = 0;
    TimestampMs to = 0;
    int columns = 1;

    // InvalidArgument when to < from, columns < 1 or the span times columns
    // would overflow 64 bits.
    Result<void> validate() const;
    // The slice holding t (from <= t <= to).
    int column(TimestampMs t) const;
    // The first instant of slice c (c may be columns: one past the end).
    TimestampMs start(int c) const;
};

// One aggregated bar per non-empty slice: open of the first bar, highest
// high, lowest low, close of the last bar, summed volume, time of the first
// bar. NaN values are skipped (a missing close does not blank its slice); a
// field whose values are all NaN in a slice is NaN. `first`/`last` are the
// indices into the source series of the slice's first and last bar.
struct OhlcBuckets
{
    std::vector<TimestampMs> time;
    std::vector<double> open;
    std::vector<double> high;
    std::vector<double> low;
    std::vector<double> close;
    std::vector<double> volume;
    std::vector<std::size_t> first;
    std::vector<std::size_t> last;

    std::size_t size() const { return time.size(); }
    bool empty() const { return time.empty(); }
    void clear();
};

// Bars with buckets.from <= time <= buckets.to, aggregated per slice into
// `out` (cleared first). At most buckets.columns entries.
Result<void> decimateOhlc(const BarSeries &bars, const TimeBuckets &buckets, OhlcBuckets &out);

// Points of a line kept by min/max decimation, at their true times.
struct LinePoints
{
    std::vector<TimestampMs> time;
    std::vector<double> value;
    std::vector<std::size_t> index; // into the source arrays, increasing

    std::size_t size() const { return time.size(); }
    bool empty() const { return time.empty(); }
    void clear();
};

// Min/max decimation of a line (close, indicator output) over the values
// whose time lies in [buckets.from, buckets.to]: per slice the lowest and the
// highest value, in the order they occur (one point when they are the same
// bar), plus the first and the last value of the range so the line starts
// and ends where the data does. NaN values are skipped. At most
// 2 * columns + 2 points: a caller that wants at most W points per W pixels
// passes columns = (W - 2) / 2.
Result<void> decimateMinMax(std::span<const TimestampMs> time, std::span<const double> values,
                            const TimeBuckets &buckets, LinePoints &out);

} // namespace sn
