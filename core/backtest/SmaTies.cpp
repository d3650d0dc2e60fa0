#include "core/backtest/SmaTies.h"

#include "core/indicators/Indicators.h"

#include <algorithm>
#include <bit>
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

// max |x| (0 when empty; NaN values are skipped: a sum that saw one is NaN
// and needs no bound), eight at a time in four independent maxima: one
// chain of scalar maxima is several times slower, and this reads every close
// the one-pass kernel reads.
double largestMagnitude(std::span<const double> x)
{
    std::size_t j = 0;
    double m = 0;
#if defined(__SSE2__)
    const __m128d absMask = _mm_castsi128_pd(_mm_set1_epi64x(0x7FFFFFFFFFFFFFFF));
    __m128d m0 = _mm_setzero_pd(), m1 = _mm_setzero_pd(), m2 = _mm_setzero_pd(), m3 = _mm_setzero_pd();
    // _mm_max_pd(a, b) gives b when either is NaN: the running maximum goes second.
    for (; j + 8 <= x.size(); j += 8) {
        m0 = _mm_max_pd(_mm_and_pd(absMask, _mm_loadu_pd(x.data() + j)), m0);
        m1 = _mm_max_pd(_mm_and_pd(absMask, _mm_loadu_pd(x.data() + j + 2)), m1);
        m2 = _mm_max_pd(_mm_and_pd(absMask, _mm_loadu_pd(x.data() + j + 4)), m2);
        m3 = _mm_max_pd(_mm_and_pd(absMask, _mm_loadu_pd(x.data() + j + 6)), m3);
    }
    double lanes[2];
    _mm_storeu_pd(lanes, _mm_max_pd(_mm_max_pd(m0, m1), _mm_max_pd(m2, m3)));
    m = std::max(lanes[0], lanes[1]);
#endif
    for (; j < x.size(); ++j)
        m = std::max(m, std::fabs(x[j])); // std::max(m, NaN) is m
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
// band is twice that, which also covers the second-order terms; DBL_MIN on
// top covers the absolute error of a product that underflows.
//
// Which closes M must cover: every re-forming bar of either sum is a
// multiple of the smaller anchor interval (both are powers of two), so a
// segment of that length starts at or after both sums' last re-forming
// bar except the larger-interval sum's, at R = start rounded down to the
// larger interval. Since R, the sums have seen the closes from R - longer +
// 1 (their windows at R) up to the bar; before the first re-forming, from
// bar 0. So a segment's M is the largest |close| from there to the
// segment's end, carried from one segment to the next until R moves.
std::vector<double> closeChunkMaxima(std::span<const double> close)
{
    std::vector<double> out;
    out.reserve(close.size() / TieBand::kChunk + 1);
    for (std::size_t begin = 0; begin < close.size(); begin += TieBand::kChunk)
        out.push_back(
            largestMagnitude(close.subspan(begin, std::min(TieBand::kChunk, close.size() - begin))));
    return out;
}

double tieBandFactor(int fast, int slow)
{
    constexpr double u = std::numeric_limits<double>::epsilon() / 2;
    const std::size_t aa = ind::smaAnchorEvery(fast), ab = ind::smaAnchorEvery(slow);
    return 2 * u * (double(fast) + double(slow) + 3 * double(aa) + 3 * double(ab) + 4);
}

TieBand::TieBand(const SmaTies &ties) : m_close(ties.close), m_chunkMax(ties.chunkMax)
{
    const std::size_t aa = ind::smaAnchorEvery(ties.fast), ab = ind::smaAnchorEvery(ties.slow);
    m_shift = unsigned(std::countr_zero(std::min(aa, ab)));
    m_slowMask = std::max(aa, ab) - 1;
    m_longer = std::size_t(std::max({ties.fast, ties.slow, 1}));
    m_factor = tieBandFactor(ties.fast, ties.slow);
}

double TieBand::enter(std::size_t segment)
{
    const std::size_t n = m_close.size();
    const std::size_t start = std::min(n, segment << m_shift);
    const std::size_t end = std::min(n, start + segmentLength());
    // The largest |close| of [from, end), from the chunk maxima when given
    // (whole chunks: a few closes more than needed, which only widens it).
    auto largest = [this](std::size_t from, std::size_t end) {
        if (m_chunkMax.empty())
            return largestMagnitude(m_close.subspan(from, end - from));
        double m = 0;
        for (std::size_t c = from / kChunk; c * kChunk < end; ++c)
            m = std::max(m, m_chunkMax[c]);
        return m;
    };
    if (segment == m_segment + 1 && (start & m_slowMask) != 0) {
        m_seen = std::max(m_seen, largest(start, end));
    } else {
        const std::size_t reformed = start & ~m_slowMask;
        const std::size_t from = reformed >= m_longer ? reformed + 1 - m_longer : 0;
        m_seen = largest(from, end);
    }
    m_segment = segment;
    m_band = m_factor * m_seen + std::numeric_limits<double>::min();
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
