#include "core/backtest/SmaTies.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace sn::bt {

namespace {

// Adds x to a non-overlapping expansion kept in increasing magnitude
// (Shewchuk's "grow expansion"): the partials' exact sum grows by exactly
// x. The sign of that sum is the sign of the largest partial.
void growExpansion(std::vector<double> &partials, double x)
{
    std::size_t kept = 0;
    for (std::size_t k = 0; k < partials.size(); ++k) {
        double y = partials[k];
        if (std::fabs(x) < std::fabs(y))
            std::swap(x, y);
        const double hi = x + y;
        const double lo = y - (hi - x);
        if (lo != 0)
            partials[kept++] = lo;
        x = hi;
    }
    partials.resize(kept);
    partials.push_back(x);
}

// The window sum close[end - period, end) as an exact expansion.
std::vector<double> exactWindowSum(std::span<const double> close, std::size_t end, std::size_t period)
{
    std::vector<double> partials;
    partials.reserve(16);
    for (std::size_t j = end - period; j < end; ++j)
        growExpansion(partials, close[j]);
    return partials;
}

int signOf(const std::vector<double> &partials)
{
    for (auto it = partials.rbegin(); it != partials.rend(); ++it)
        if (*it != 0)
            return *it > 0 ? 1 : -1;
    return 0;
}

} // namespace

double maxAbs(std::span<const double> values)
{
    double m = 0;
    for (double v : values)
        m = std::max(m, std::fabs(v));
    return m;
}

// With u = 2^-53 and M = max |close|, for one average of period p at bar i
// (k = i - p + 1 updates after the first sum):
//   first sum of p values: error <= (p - 1) u p M
//   each update s += (new - old): <= u 2M for the subtraction, u |s| <= u (p M + E) for the add
//   times fl(1/p): the product and the rounded reciprocal add <= 2 u M (1 + u)
// so the average is off by at most u M (p + 3k + 2) to first order (E / (p M)
// stays below 3 k u, far below 1 for any real series). The difference of the
// two computed averages is then off by the sum of both bounds; its computed
// sign (fl(a - b) keeps the sign of a - b) is exact when |a - b| exceeds it.
// The bound returned is twice that, which also covers the second-order terms.
double SmaTies::errorBound(std::size_t i) const
{
    constexpr double u = std::numeric_limits<double>::epsilon() / 2;
    const double k = double(i) + 1;
    const double one = double(fast) + 3 * k + 2, two = double(slow) + 3 * k + 2;
    return 2 * u * maxAbsClose * (one + two);
}

int SmaTies::exactSign(std::size_t i) const
{
    const std::size_t pa = std::size_t(fast), pb = std::size_t(slow);
    // sign(SA / pa - SB / pb) = sign(pb SA - pa SB): two exact window sums,
    // each partial times an integer split exactly (product and its error by
    // fma), all summed exactly again.
    const std::vector<double> a = exactWindowSum(close, i + 1, pa), b = exactWindowSum(close, i + 1, pb);
    std::vector<double> total;
    total.reserve(4 * (a.size() + b.size()));
    auto addScaled = [&total](const std::vector<double> &partials, double factor) {
        for (double x : partials) {
            const double product = x * factor;
            growExpansion(total, product);
            growExpansion(total, std::fma(x, factor, -product));
        }
    };
    addScaled(a, double(pb));
    addScaled(b, -double(pa));
    return signOf(total);
}

} // namespace sn::bt
