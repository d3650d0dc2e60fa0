#include "core/market/BarSeries.h"

#include "core/common/HugePages.h"

#include <algorithm>

namespace sn {

void BarSeries::reserve(std::size_t n)
{
    // Reserved columns are about to be filled: huge pages make a million
    // bars 24 faults instead of 12,000 (HugePages.h).
    reserveLarge(time, n);
    reserveLarge(open, n);
    reserveLarge(high, n);
    reserveLarge(low, n);
    reserveLarge(close, n);
    reserveLarge(volume, n);
}

void BarSeries::clear()
{
    time.clear();
    open.clear();
    high.clear();
    low.clear();
    close.clear();
    volume.clear();
}

void BarSeries::append(TimestampMs t, double o, double h, double l, double c, double v)
{
    time.push_back(t);
    open.push_back(o);
    high.push_back(h);
    low.push_back(l);
    close.push_back(c);
    volume.push_back(v);
}

bool BarSeries::isStrictlyIncreasing() const
{
    return std::adjacent_find(time.begin(), time.end(), [](auto a, auto b) { return a >= b; }) == time.end();
}

std::size_t BarSeries::lowerBound(TimestampMs t) const
{
    return static_cast<std::size_t>(std::lower_bound(time.begin(), time.end(), t) - time.begin());
}

BarSeries BarSeries::slice(TimestampMs from, TimestampMs to) const
{
    std::size_t b = lowerBound(from);
    std::size_t e = static_cast<std::size_t>(std::upper_bound(time.begin(), time.end(), to) - time.begin());
    return sliceIndex(b, std::max(b, e));
}

BarSeries BarSeries::sliceIndex(std::size_t begin, std::size_t end) const
{
    BarSeries out;
    out.symbol = symbol;
    out.interval = interval;
    end = std::min(end, size());
    if (begin >= end)
        return out;
    auto copy = [&](const auto &src, auto &dst) { dst.assign(src.begin() + begin, src.begin() + end); };
    copy(time, out.time);
    copy(open, out.open);
    copy(high, out.high);
    copy(low, out.low);
    copy(close, out.close);
    copy(volume, out.volume);
    return out;
}

} // namespace sn
