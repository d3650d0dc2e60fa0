#include "core/backtest/SmaTies.h"

#include "core/indicators/Indicators.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// max |x| (0 when empty), four lanes at a time: a plain std::max loop is one
// dependent chain of scalar maxima, four times slower, and this runs over
// every close of every pass.
double largestMagnitude(std::span<const double> x)
{
    std::size_t j = 0;
    double m = 0;
#if defined(__SSE2__)
    const __m128d absMask = _mm_castsi128_pd(_mm_set1_epi64x(0x7FFFFFFFFFFFFFFF));
    __m128d m0 = _mm_setzero_pd(), m1 = _mm_setzero_pd();
    for (; j + 4 <= x.size(); j += 4) {
        m0 = _mm_max_pd(m0, _mm_and_pd(absMask, _mm_loadu_pd(x.data() + j)));
        m1 = _mm_max_pd(m1, _mm_and_pd(absMask, _mm_loadu_pd(x.data() + j + 2)));
    }
    double lanes[2];
    _mm_storeu_pd(lanes, _mm_max_pd(m0, m1));
    m = std::max(lanes[0], lanes[1]);
#endif
    for (; j < x.size(); ++j)
        m = std::max(m, std::fabs(x[j]));
    return m;
}

int signOf(const std::vector<double> &partials)
{
    for (auto it = partials.rbegin(); it != partials.rend(); ++it)
        if (*it != 0)
            return *it > 0 ? 1 : -1;
    return 0;
}

} // namespace

// With u = 2^-53, for one average of period p whose sum was last formed
// from its window at most A = smaAnchorEvery(p) updates ago, and M the
// largest |close| in that window and every value added or dropped since:
//   forming the sum of p values:            error <= (p - 1) u p M
//   each update s += (new - old):           <= u 2M for the subtraction, u |s| <= u (p M + E) for the add
//   times fl(1/p):                          the product and the rounded reciprocal add <= 2 u M (1 + u)
// so the average is off by at most u M (p + 3A + 2) to first order (E / (p M)
// stays below 3 A u, far below 1). The difference of the two computed
// averages is off by at most the sum of both bounds, and its computed sign
// (fl(a - b) keeps the sign of a - b) is exact when |a - b| exceeds it. The
// band is twice that, which also covers the second-order terms.
// The values such a sum has seen at bar i lie in [i - A - p + 1, i], so a
// chunk's M is the largest |close| from `reach` = max(A) + max(p) bars
// before the chunk to its end.
std::vector<double> closeChunkMaxima(std::span<const double> close)
{
    std::vector<double> out;
    out.reserve(close.size() / TieBand::kChunk + 1);
    for (std::size_t begin = 0; begin < close.size(); begin += TieBand::kChunk)
        out.push_back(
            largestMagnitude(close.subspan(begin, std::min(TieBand::kChunk, close.size() - begin))));
    return out;
}

TieBand::TieBand(const SmaTies &ties) : m_close(ties.close), m_given(ties.chunkMax)
{
    constexpr double u = std::numeric_limits<double>::epsilon() / 2;
    const double pa = double(ties.fast), pb = double(ties.slow);
    const std::size_t aa = ind::smaAnchorEvery(ties.fast), ab = ind::smaAnchorEvery(ties.slow);
    m_reach = std::max(aa, ab) + std::size_t(std::max(ties.fast, ties.slow));
    m_factor = 2 * u * (pa + pb + 3 * double(aa) + 3 * double(ab) + 4);
}

double TieBand::enter(std::size_t chunk)
{
    while (m_given.size() <= chunk && m_chunkMax.size() <= chunk) {
        const std::size_t begin = std::min(m_close.size(), m_chunkMax.size() * kChunk);
        const std::size_t end = std::min(m_close.size(), begin + kChunk);
        m_chunkMax.push_back(largestMagnitude(m_close.subspan(begin, end - begin)));
    }
    const std::size_t start = chunk * kChunk;
    const std::size_t first = start > m_reach ? (start - m_reach) / kChunk : 0;
    const std::span<const double> maxima =
        m_given.size() > chunk ? m_given : std::span<const double>(m_chunkMax);
    double m = 0;
    for (std::size_t c = first; c <= chunk; ++c)
        m = std::max(m, maxima[c]);
    m_chunk = chunk;
    m_band = m_factor * m;
    return m_band;
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
