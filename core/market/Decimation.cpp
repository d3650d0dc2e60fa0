#include "core/market/Decimation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace sn {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// [begin, end) of the times inside [from, to].
std::pair<std::size_t, std::size_t> rangeOf(std::span<const TimestampMs> time, const TimeBuckets &b)
{
    const auto begin = std::lower_bound(time.begin(), time.end(), b.from);
    const auto end = std::upper_bound(begin, time.end(), b.to);
    return {static_cast<std::size_t>(begin - time.begin()), static_cast<std::size_t>(end - time.begin())};
}

} // namespace

Result<void> TimeBuckets::validate() const
{
    if (columns < 1)
        return makeError(ErrorCode::InvalidArgument,
                         "columns must be at least 1, got " + std::to_string(columns), "decimation");
    if (to < from)
        return makeError(ErrorCode::InvalidArgument,
                         "time range ends (" + std::to_string(to) + ") before it starts (" +
                             std::to_string(from) + ")",
                         "decimation");
    // span * columns must fit: column() and start() multiply them.
    const auto span = static_cast<unsigned long long>(to) - static_cast<unsigned long long>(from) + 1ULL;
    if (span > static_cast<unsigned long long>(std::numeric_limits<TimestampMs>::max()) /
                   static_cast<unsigned>(columns))
        return makeError(ErrorCode::InvalidArgument,
                         "time range of " + std::to_string(span) + " ms is too long for " +
                             std::to_string(columns) + " columns",
                         "decimation");
    return {};
}

int TimeBuckets::column(TimestampMs t) const
{
    const TimestampMs span = to - from + 1;
    return static_cast<int>((t - from) * columns / span);
}

TimestampMs TimeBuckets::start(int c) const
{
    // Smallest t with (t - from) * columns >= c * span, i.e. column(t) >= c.
    const TimestampMs span = to - from + 1;
    return from + (static_cast<TimestampMs>(c) * span + columns - 1) / columns;
}

void OhlcBuckets::clear()
{
    time.clear();
    open.clear();
    high.clear();
    low.clear();
    close.clear();
    volume.clear();
    first.clear();
    last.clear();
}

void LinePoints::clear()
{
    time.clear();
    value.clear();
    index.clear();
}

Result<void> decimateOhlc(const BarSeries &bars, const TimeBuckets &buckets, OhlcBuckets &out)
{
    out.clear();
    if (auto ok = buckets.validate(); !ok)
        return ok;
    const std::size_t n = bars.size();
    if (bars.open.size() != n || bars.high.size() != n || bars.low.size() != n || bars.close.size() != n ||
        bars.volume.size() != n)
        return makeError(ErrorCode::InvalidArgument, "open/high/low/close/volume lengths differ from time's",
                         "decimation of " + bars.symbol);
    const auto [begin, end] = rangeOf(bars.time, buckets);
    const TimestampMs *t = bars.time.data();
    const double *o = bars.open.data();
    const double *h = bars.high.data();
    const double *l = bars.low.data();
    const double *c = bars.close.data();
    const double *v = bars.volume.data();
    std::size_t i = begin;
    while (i < end) {
        // One division pair per slice, none per bar: the slice ends where the next one starts.
        const TimestampMs edge = buckets.start(buckets.column(t[i]) + 1);
        const std::size_t firstBar = i;
        double open = kNaN, close = kNaN, hi = -kInf, lo = kInf, vol = 0;
        bool anyVolume = false;
        for (; i < end && t[i] < edge; ++i) {
            if (std::isnan(open))
                open = o[i];
            if (!std::isnan(c[i]))
                close = c[i];
            // NaN compares false, so a missing high or low never wins.
            if (h[i] > hi)
                hi = h[i];
            if (l[i] < lo)
                lo = l[i];
            if (!std::isnan(v[i])) {
                vol += v[i];
                anyVolume = true;
            }
        }
        out.time.push_back(t[firstBar]);
        out.open.push_back(open);
        out.high.push_back(hi == -kInf ? kNaN : hi);
        out.low.push_back(lo == kInf ? kNaN : lo);
        out.close.push_back(close);
        out.volume.push_back(anyVolume ? vol : kNaN);
        out.first.push_back(firstBar);
        out.last.push_back(i - 1);
    }
    return {};
}

Result<void> decimateMinMax(std::span<const TimestampMs> time, std::span<const double> values,
                            const TimeBuckets &buckets, LinePoints &out)
{
    out.clear();
    if (auto ok = buckets.validate(); !ok)
        return ok;
    if (values.size() != time.size())
        return makeError(ErrorCode::InvalidArgument,
                         std::to_string(values.size()) + " values for " + std::to_string(time.size()) +
                             " times",
                         "decimation");
    const auto [begin, end] = rangeOf(time, buckets);
    const TimestampMs *t = time.data();
    const double *x = values.data();
    auto push = [&](std::size_t k) {
        if (!out.index.empty() && out.index.back() == k)
            return;
        out.time.push_back(t[k]);
        out.value.push_back(x[k]);
        out.index.push_back(k);
    };
    std::size_t firstValid = end, lastValid = end;
    for (std::size_t k = begin; k < end; ++k)
        if (!std::isnan(x[k])) {
            firstValid = k;
            break;
        }
    for (std::size_t k = end; k > begin; --k)
        if (!std::isnan(x[k - 1])) {
            lastValid = k - 1;
            break;
        }
    if (firstValid == end)
        return {};
    push(firstValid);
    std::size_t i = firstValid;
    while (i <= lastValid) {
        const TimestampMs edge = buckets.start(buckets.column(t[i]) + 1);
        std::size_t minAt = end, maxAt = end;
        double lo = kInf, hi = -kInf;
        for (; i <= lastValid && t[i] < edge; ++i) {
            const double y = x[i];
            if (std::isnan(y))
                continue;
            if (minAt == end || y < lo) {
                lo = y;
                minAt = i;
            }
            if (maxAt == end || y > hi) {
                hi = y;
                maxAt = i;
            }
        }
        if (minAt == end) // every value of the slice was NaN
            continue;
        push(std::min(minAt, maxAt));
        push(std::max(minAt, maxAt));
    }
    push(lastValid);
    return {};
}

} // namespace sn
