// The built-in single-series strategies. Each is a few lines of signal logic
// over cached indicator arrays, so they live together here rather than in
// eleven near-empty files; each still exposes itself only via the registry.
#include "core/backtest/Crossover.h"
#include "core/backtest/IndicatorCache.h"
#include "core/backtest/MomentumRotation.h"
#include "core/backtest/SmaTies.h"
#include "core/backtest/StrategyRegistry.h"
#include "core/indicators/Indicators.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sn::bt {

namespace {

// kSpread[b] has byte k equal to 1 where bit k of b is set (in memory
// order, whatever the byte order), so b x flag writes eight signal bytes.
constexpr std::array<std::uint64_t, 256> kSpread = [] {
    std::array<std::uint64_t, 256> table{};
    for (unsigned b = 0; b < 256; ++b) {
        std::array<std::uint8_t, 8> bytes{};
        for (unsigned k = 0; k < 8; ++k)
            bytes[k] = std::uint8_t((b >> k) & 1u);
        table[b] = std::bit_cast<std::uint64_t>(bytes);
    }
    return table;
}();

// Bit k of pos / neg: fast[k] - slow[k] > tol / < -tol, for k < 8 (NaN:
// neither). tol is 0, or the SMA error bound (SmaTies) within which only an
// exact sum can tell the sign.
void signMasks(const double *fast, const double *slow, double tol, unsigned &pos, unsigned &neg)
{
#if defined(__SSE2__)
    const __m128d up = _mm_set1_pd(tol), down = _mm_set1_pd(-tol);
    for (unsigned k = 0; k < 8; k += 2) {
        const __m128d d = _mm_sub_pd(_mm_loadu_pd(fast + k), _mm_loadu_pd(slow + k));
        pos |= unsigned(_mm_movemask_pd(_mm_cmpgt_pd(d, up))) << k;
        neg |= unsigned(_mm_movemask_pd(_mm_cmplt_pd(d, down))) << k;
    }
#else
    for (unsigned k = 0; k < 8; ++k) {
        const double d = fast[k] - slow[k];
        pos |= unsigned(d > tol) << k;
        neg |= unsigned(d < -tol) << k;
    }
#endif
}

// Bit k of pos / neg: d[k] > tol / < -tol for eight values held in registers
// (paired up in registers rather than stored and reloaded as pairs), given
// tolSquared = fl(tol'^2) for some tol' >= max(tol, sqrt(DBL_MIN)) (so the
// square is a normal number). |d| > tol' is tested as d^2 > tol'^2 (rounding
// is monotone, so a square above tol'^2 means |d| > tol') and the sign taken
// from the sign bits: one constant instead of two (with two, the compiler
// kept one of the one-pass kernel's running sums on the stack).
inline void signMasksOfSquared(const double (&d)[8], double tolSquared, unsigned &pos, unsigned &neg)
{
    unsigned clear = 0, negative = 0;
#if defined(__SSE2__)
    const __m128d limit = _mm_set1_pd(tolSquared);
    for (unsigned k = 0; k < 8; k += 2) {
        const __m128d v = _mm_set_pd(d[k + 1], d[k]);
        clear |= unsigned(_mm_movemask_pd(_mm_cmpgt_pd(_mm_mul_pd(v, v), limit))) << k;
        negative |= unsigned(_mm_movemask_pd(v)) << k;
    }
#else
    for (unsigned k = 0; k < 8; ++k) {
        clear |= unsigned(d[k] * d[k] > tolSquared) << k;
        negative |= unsigned(std::signbit(d[k])) << k;
    }
#endif
    pos = clear & ~negative;
    neg = clear & negative;
}

// The bits of *p, loaded into an integer register (the compiler would
// otherwise move them over from the floating-point load of the same close,
// one more operation on the floating-point side).
inline std::uint64_t closeBits(const double *p)
{
#if defined(__x86_64__) && defined(__GNUC__)
    std::uint64_t bits;
    asm("movq %1, %0" : "=r"(bits) : "m"(*p));
    return bits;
#else
    return std::bit_cast<std::uint64_t>(*p);
#endif
}

// The tolSquared that signMasksOfSquared() needs for a tie band `tol`.
double squaredBand(double tol)
{
    constexpr double kSmallest = 0x1p-511; // sqrt(DBL_MIN), DBL_MIN = 2^-1022
    const double t = std::max(tol, kSmallest);
    return t * t;
}

} // namespace

void crossoverSignals(std::span<const double> fast, std::span<const double> slow, std::span<std::uint8_t> out)
{
    CrossoverScan scan;
    scan.run(fast, slow, out, 0, out.size());
}

void smaCrossoverSignals(const SmaTies &ties, std::span<const double> fast, std::span<const double> slow,
                         std::span<std::uint8_t> out)
{
    CrossoverScan scan(&ties);
    scan.run(fast, slow, out, 0, out.size());
}

CrossoverScan::CrossoverScan(const SmaTies *ties) : m_ties(ties), m_band(ties ? *ties : SmaTies{}) {}

int CrossoverScan::signAt(std::span<const double> fast, std::span<const double> slow, std::size_t i,
                          double band) const
{
    const double d = fast[i] - slow[i];
    if (m_ties && !std::isnan(d) && std::fabs(d) <= band)
        return m_ties->exactSign(i);
    return d > 0 ? 1 : d < 0 ? -1 : 0;
}

void CrossoverScan::run(std::span<const double> fast, std::span<const double> slow,
                        std::span<std::uint8_t> out, std::size_t from, std::size_t to)
{
    std::size_t t = from;
    if (!m_started) {
        // Bars until both lines exist (and that first bar itself) cannot signal.
        while (t < to && std::isnan(fast[t] - slow[t]))
            out[t++] = kNoSignal;
        if (t == to)
            return;
        m_last = signAt(fast, slow, t, bandAt(t));
        m_started = true;
        out[t++] = kNoSignal;
    }
    int last = m_last;
    constexpr std::uint8_t up = kEnterLong | kExitShort, down = kExitLong | kEnterShort;
    // One bar: a NaN difference neither signals nor changes the last
    // non-zero sign; nor does an exact tie.
    auto step = [&](std::size_t i) {
        const int sign = signAt(fast, slow, i, bandAt(i));
        const bool pos = sign > 0, neg = sign < 0;
        out[i] = std::uint8_t((pos & (last < 0)) * up | (neg & (last > 0)) * down);
        last = pos ? 1 : (neg ? -1 : last);
    };
    // Eight bars at a time without a branch per bar: bit k of `pos`/`neg`
    // says d > tol / d < -tol at bar t + k. When every d in the block is
    // defined and clear of the tie band, the sign before bar t + k is that
    // of bar t + k - 1 (of `last` for k = 0), so the crossings are bit
    // operations; a block with a possible tie or a NaN goes bar by bar.
    for (; t + 8 <= to; t += 8) {
        unsigned pos = 0, neg = 0;
        signMasks(fast.data() + t, slow.data() + t, std::max(bandAt(t), bandAt(t + 7)), pos, neg);
        if ((pos | neg) != 0xFF) {
            for (std::size_t k = 0; k < 8; ++k)
                step(t + k);
            continue;
        }
        m_last = last;
        block(pos, neg, out.data() + t);
        last = m_last;
    }
    for (; t < to; ++t)
        step(t);
    m_last = last;
}

void CrossoverScan::block(unsigned pos, unsigned neg, std::uint8_t *out)
{
    // The sign before bar k is that of bar k - 1 (of m_last for k = 0).
    constexpr std::uint8_t up = kEnterLong | kExitShort, down = kExitLong | kEnterShort;
    const unsigned negBefore = ((neg << 1) | unsigned(m_last < 0)) & 0xFF;
    const unsigned posBefore = ((pos << 1) | unsigned(m_last > 0)) & 0xFF;
    const std::uint64_t bytes = kSpread[pos & negBefore] * up | kSpread[neg & posBefore] * down;
    std::memcpy(out, &bytes, sizeof bytes);
    m_last = (pos & 0x80) ? 1 : -1;
}

void CrossoverScan::runWithin(std::span<const double> fast, std::span<const double> slow,
                              std::span<std::uint8_t> out, std::size_t from, std::size_t to, double band)
{
    constexpr std::uint8_t up = kEnterLong | kExitShort, down = kExitLong | kEnterShort;
    int last = m_last;
    for (std::size_t i = from; i < to; ++i) {
        const int sign = signAt(fast, slow, i, band);
        const bool pos = sign > 0, neg = sign < 0;
        out[i] = std::uint8_t((pos & (last < 0)) * up | (neg & (last > 0)) * down);
        last = pos ? 1 : (neg ? -1 : last);
    }
    m_last = last;
}

void smaCrossover(std::span<const double> close, int fast, int slow, std::span<double> fastOut,
                  std::span<double> slowOut, std::span<std::uint8_t> out, std::atomic<std::size_t> *published)
{
    const std::size_t n = close.size(), pa = std::size_t(fast), pb = std::size_t(slow);
    const std::size_t longer = std::max(pa, pb);
    auto publish = [published](std::size_t ready) {
        if (published)
            published->store(ready, std::memory_order_release);
    };
    if (n < longer + 8) {
        (void)ind::smaPair(close, fast, slow, fastOut, slowOut);
        smaCrossoverSignals(SmaTies{close, fast, slow}, fastOut, slowOut, out);
        publish(n);
        return;
    }
    // The running sums exactly as ind::sma forms them (re-formed from the
    // window at multiples of ind::smaAnchorEvery). The signs of each eight
    // differences are taken from registers as they are made (reading them
    // back from the outputs as pairs would wait on the single stores).
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    std::fill_n(fastOut.begin(), pa - 1, kNaN);
    std::fill_n(slowOut.begin(), pb - 1, kNaN);
    const double invA = 1.0 / fast, invB = 1.0 / slow;
    const std::size_t maskA = ind::smaAnchorEvery(fast) - 1, maskB = ind::smaAnchorEvery(slow) - 1;
    auto form = [&](std::size_t end, std::size_t p) {
        double sum = 0;
        for (std::size_t j = end + 1 - p; j <= end; ++j)
            sum += close[j];
        return sum;
    };
    double sumA = form(pa - 1, pa), sumB = form(pb - 1, pb);
    fastOut[pa - 1] = sumA * invA;
    slowOut[pb - 1] = sumB * invB;
    // The tie band (tieBandFactor x M, SmaTies.cpp) needs M, the largest
    // |close| both sums can have seen since the longer one (which re-forms
    // less often or at the same bars, over a window holding the other's)
    // last re-formed: its window then, and every close that entered since.
    // The loop keeps M as it goes, from the closes it reads anyway (TieBand,
    // for arrays made elsewhere, reads each segment's closes a second time).
    // A NaN close may be left out of M: the longer sum holds it from then
    // until it re-forms (when M restarts), so every difference that M would
    // bound is NaN.
    auto windowMagnitude = [&](std::size_t end) {
        double m = 0;
        for (std::size_t j = end + 1 - longer; j <= end; ++j)
            m = std::max(m, std::fabs(close[j])); // std::max(m, NaN) is m
        return m;
    };
    const std::size_t maskLonger = std::max(maskA, maskB);
    double seen = windowMagnitude(longer - 1);
    const double bandFactor = tieBandFactor(fast, slow);
    auto bandOf = [bandFactor](double largest) {
        return bandFactor * largest + std::numeric_limits<double>::min();
    };
    // One bar with the re-forming rule, for the few bars outside the hot
    // loop's plain blocks.
    auto advanceAnchored = [&](std::size_t i) {
        seen = (i & maskLonger) != 0 ? std::max(seen, std::fabs(close[i])) : windowMagnitude(i);
        sumA = (i & maskA) != 0 ? sumA + (close[i] - close[i - pa]) : form(i, pa);
        sumB = (i & maskB) != 0 ? sumB + (close[i] - close[i - pb]) : form(i, pb);
        const double a = sumA * invA, b = sumB * invB;
        fastOut[i] = a;
        slowOut[i] = b;
        return a - b;
    };
    for (std::size_t i = pa; i < longer; ++i) {
        sumA = (i & maskA) != 0 ? sumA + (close[i] - close[i - pa]) : form(i, pa);
        fastOut[i] = sumA * invA;
    }
    for (std::size_t i = pb; i < longer; ++i) {
        sumB = (i & maskB) != 0 ? sumB + (close[i] - close[i - pb]) : form(i, pb);
        slowOut[i] = sumB * invB;
    }
    // Ties are decided exactly (SmaTies): a block of eight differences all
    // outside the segment's tie band has exact signs; any other goes bar by
    // bar, with an exact sum where a difference is within the band.
    const SmaTies ties{close, fast, slow};
    CrossoverScan scan(&ties);
    scan.run(fastOut, slowOut, out, 0, longer);
    std::size_t i = longer;
    // Bar by bar up to a multiple of 8: every re-forming bar (a multiple of
    // the segment length) is then the first bar of a block, and no segment
    // leaves a remainder to go bar by bar.
    for (; (i & 7) != 0; ++i) {
        advanceAnchored(i);
        scan.runWithin(fastOut, slowOut, out, i, i + 1, bandOf(seen));
    }
    // Signals below i are final once the loop reaches i: a consumer (the
    // simulator on another core) may read them while later ones are made.
    constexpr std::size_t kPublishEvery = 1 << 15;
    std::size_t nextPublish = i + kPublishEvery;
    const std::size_t segmentMask = std::min(maskA, maskB);
    const std::size_t blocksEnd = n & ~std::size_t(7);
    // A NaN band (a NaN close in this block reached M) comes with NaN
    // differences from that close on; the block's earlier bars are then
    // decided exactly.
    auto orInfinite = [](double band) {
        return std::isnan(band) ? std::numeric_limits<double>::infinity() : band;
    };
    // The masks of a block whose band is `tol` (the square of which,
    // squaredBand(tol), the masks were tested against); `tol` is only
    // needed, and so only computed, when the block has a possible tie or a
    // NaN (rarely).
    auto decide = [&](unsigned pos, unsigned neg, std::size_t at, auto &&tol) {
        if ((pos | neg) == 0xFF)
            scan.block(pos, neg, out.data() + at);
        else
            scan.runWithin(fastOut, slowOut, out, at, at + 8, orInfinite(tol())); // a possible tie or a NaN
    };
    while (i < blocksEnd) {
        // One segment: inside it neither sum re-forms after its first bar.
        const std::size_t segmentEnd = std::min(blocksEnd, (i | segmentMask) + 1);
        if ((i & segmentMask) == 0) {
            double d[8];
            for (unsigned k = 0; k < 8; ++k)
                d[k] = advanceAnchored(i + k);
            const double tol = bandOf(seen);
            unsigned pos = 0, neg = 0;
            signMasksOfSquared(d, squaredBand(tol), pos, neg);
            decide(pos, neg, i, [tol] { return tol; });
            i += 8;
        }
        double a = sumA, b = sumB;
#if defined(__SSE2__)
        // M is kept bar by bar on the integer units (the floating-point adds
        // are the loop's bottleneck): for doubles without their sign bit the
        // order of the bit patterns is that of the values (NaN above all).
        // The band follows each block without a branch on whether M grew
        // (too frequent and irregular to predict). A NaN close makes M
        // NaN-like until the longer sum re-forms (that sum is NaN from it
        // on); the band is then NaN and its blocks are decided exactly.
        constexpr std::uint64_t kMagnitude = 0x7FFFFFFFFFFFFFFF;
        std::uint64_t seenBits = std::bit_cast<std::uint64_t>(seen);
        auto blockBand = [&] { return bandOf(std::bit_cast<double>(seenBits)); };
        for (; i < segmentEnd; i += 8) {
            if (i >= nextPublish) {
                publish(i);
                nextPublish = i + kPublishEvery;
            }
            double d[8];
            for (unsigned k = 0; k < 8; ++k) {
                const std::size_t j = i + k;
                seenBits = std::max(seenBits, closeBits(close.data() + j) & kMagnitude);
                a += close[j] - close[j - pa];
                b += close[j] - close[j - pb];
                const double fa = a * invA, fb = b * invB;
                fastOut[j] = fa;
                slowOut[j] = fb;
                d[k] = fa - fb;
            }
            // (factor M)^2, at least DBL_MIN: factor M has a margin far
            // above bandOf()'s DBL_MIN wherever it is above 2^-511.
            const double tolFloor = std::max(bandFactor * std::bit_cast<double>(seenBits), 0x1p-511);
            const __m128d limit = _mm_set1_pd(tolFloor * tolFloor);
            unsigned clear = 0, negative = 0;
            for (unsigned k = 0; k < 8; k += 2) {
                const __m128d v = _mm_set_pd(d[k + 1], d[k]);
                clear |= unsigned(_mm_movemask_pd(_mm_cmpgt_pd(_mm_mul_pd(v, v), limit))) << k;
                negative |= unsigned(_mm_movemask_pd(v)) << k;
            }
            decide(clear & ~negative, clear & negative, i, blockBand);
        }
        seen = std::bit_cast<double>(seenBits);
#else
        for (; i < segmentEnd; i += 8) {
            if (i >= nextPublish) {
                publish(i);
                nextPublish = i + kPublishEvery;
            }
            double d[8];
            for (unsigned k = 0; k < 8; ++k) {
                const std::size_t j = i + k;
                seen = std::max(seen, std::fabs(close[j]));
                a += close[j] - close[j - pa];
                b += close[j] - close[j - pb];
                const double fa = a * invA, fb = b * invB;
                fastOut[j] = fa;
                slowOut[j] = fb;
                d[k] = fa - fb;
            }
            const double tol = bandOf(seen);
            unsigned pos = 0, neg = 0;
            signMasksOfSquared(d, squaredBand(tol), pos, neg);
            decide(pos, neg, i, [tol] { return tol; });
        }
#endif
        sumA = a;
        sumB = b;
    }
    for (; i < n; ++i) {
        advanceAnchored(i);
        scan.runWithin(fastOut, slowOut, out, i, i + 1, bandOf(seen));
    }
    publish(n);
}

namespace {

using Kind = IndicatorCache::Kind;

ParamSpec intParam(const char *name, double def, double min, double max, const char *what)
{
    return {name, ParamType::Int, def, min, max, what, {}};
}
ParamSpec realParam(const char *name, double def, double min, double max, const char *what)
{
    return {name, ParamType::Double, def, min, max, what, {}};
}

int iv(std::span<const double> p, std::size_t i)
{
    return int(p[i]);
}

class MaCross final : public Strategy
{
public:
    MaCross(const char *name, const char *what, Kind kind) : m_kind(kind)
    {
        m_info = {name,
                  what,
                  {intParam("fast", 10, 1, 5000, "fast average length (bars)"),
                   intParam("slow", 30, 2, 5000, "slow average length (bars)")},
                  {{"fast", "slow"}},
                  true,
                  false};
    }
    const StrategyInfo &info() const override { return m_info; }
    std::size_t warmup(std::span<const double> p) const override { return std::size_t(iv(p, 1)); }
    void computeSignals(std::span<const double> p, IndicatorCache &cache,
                        std::span<std::uint8_t> out) const override
    {
        signals(p, cache, out, nullptr);
    }
    void computeSignalsPublishing(std::span<const double> p, IndicatorCache &cache,
                                  std::span<std::uint8_t> out, std::atomic<std::size_t> &ready) const override
    {
        signals(p, cache, out, &ready);
        ready.store(out.size(), std::memory_order_release);
    }

private:
    void signals(std::span<const double> p, IndicatorCache &cache, std::span<std::uint8_t> out,
                 std::atomic<std::size_t> *ready) const
    {
        if (m_kind == Kind::Sma) {
            // Two SMAs not computed yet: make the signals in the same pass.
            const int fast = iv(p, 0), slow = iv(p, 1);
            const bool computed =
                cache.computeSmaPair(fast, slow, [&](std::span<double> a, std::span<double> b) {
                    smaCrossover(cache.close(), fast, slow, a, b, out, ready);
                });
            if (computed)
                return;
        }
        const auto [fast, slow] = cache.getPair(m_kind, iv(p, 0), iv(p, 1));
        if (m_kind == Kind::Sma)
            smaCrossoverSignals(SmaTies{cache.close(), iv(p, 0), iv(p, 1), cache.closeChunkMaxima()}, fast,
                                slow, out);
        else
            crossoverSignals(fast, slow, out);
    }

    Kind m_kind;
    StrategyInfo m_info;
};

class MacdCross final : public Strategy
{
public:
    MacdCross()
    {
        m_info = {"macd_cross",
                  "MACD line crossing its signal line: up = long, down = exit (or short)",
                  {intParam("fast", 12, 1, 5000, "fast EMA"), intParam("slow", 26, 2, 5000, "slow EMA"),
                   intParam("signal", 9, 1, 5000, "signal EMA of the MACD line")},
                  {{"fast", "slow"}},
                  true,
                  false};
    }
    const StrategyInfo &info() const override { return m_info; }
    std::size_t warmup(std::span<const double> p) const override
    {
        return std::size_t(iv(p, 1) + iv(p, 2) - 1);
    }
    void computeSignals(std::span<const double> p, IndicatorCache &cache,
                        std::span<std::uint8_t> out) const override
    {
        crossoverSignals(cache.get(Kind::MacdLine, iv(p, 0), iv(p, 1), iv(p, 2)),
                         cache.get(Kind::MacdSignal, iv(p, 0), iv(p, 1), iv(p, 2)), out);
    }

private:
    StrategyInfo m_info;
};

class RsiReversion final : public Strategy
{
public:
    RsiReversion()
    {
        m_info = {"rsi_reversion",
                  "RSI mean reversion: enter long below 'lower', exit above 'upper' (long/short: short above "
                  "'upper', cover below 'lower')",
                  {intParam("period", 14, 2, 1000, "Wilder RSI length"),
                   realParam("lower", 30, 0, 100, "oversold level: long entry"),
                   realParam("upper", 70, 0, 100, "overbought level: long exit")},
                  {{"lower", "upper"}},
                  true,
                  false};
    }
    const StrategyInfo &info() const override { return m_info; }
    std::size_t warmup(std::span<const double> p) const override { return std::size_t(iv(p, 0)); }
    void computeSignals(std::span<const double> p, IndicatorCache &cache,
                        std::span<std::uint8_t> out) const override
    {
        const auto &r = cache.get(Kind::Rsi, iv(p, 0));
        for (std::size_t t = 0; t < out.size(); ++t) {
            std::uint8_t s = kNoSignal;
            if (r[t] < p[1])
                s = kEnterLong | kExitShort;
            else if (r[t] > p[2])
                s = kExitLong | kEnterShort;
            out[t] = s;
        }
    }

private:
    StrategyInfo m_info;
};

class BollingerStrategy final : public Strategy
{
public:
    explicit BollingerStrategy(bool breakout) : m_breakout(breakout)
    {
        m_info = {breakout ? "bollinger_breakout" : "bollinger_reversion",
                  breakout
                      ? "Bollinger breakout: long on a close above the upper band, exit below the middle"
                      : "Bollinger mean reversion: long on a close below the lower band, exit at the middle",
                  {intParam("period", 20, 2, 5000, "SMA length"),
                   realParam("k", 2, 0.1, 10, "band width in population standard deviations")},
                  {},
                  true,
                  false};
    }
    const StrategyInfo &info() const override { return m_info; }
    std::size_t warmup(std::span<const double> p) const override { return std::size_t(iv(p, 0) - 1); }
    void computeSignals(std::span<const double> p, IndicatorCache &cache,
                        std::span<std::uint8_t> out) const override
    {
        const int n = iv(p, 0);
        const auto &mid = cache.get(Kind::BollingerMid, n, 0, 0, p[1]);
        const auto &up = cache.get(Kind::BollingerUpper, n, 0, 0, p[1]);
        const auto &lo = cache.get(Kind::BollingerLower, n, 0, 0, p[1]);
        const auto close = cache.close();
        for (std::size_t t = 0; t < out.size(); ++t) {
            const double c = close[t];
            std::uint8_t s = kNoSignal;
            if (std::isnan(mid[t])) {
                out[t] = s;
                continue;
            }
            if (m_breakout) {
                if (c > up[t])
                    s = kEnterLong | kExitShort;
                else if (c < lo[t])
                    s = kEnterShort | kExitLong;
                else if (c < mid[t])
                    s = kExitLong;
                else if (c > mid[t])
                    s = kExitShort;
            } else {
                if (c < lo[t])
                    s = kEnterLong | kExitShort;
                else if (c > up[t])
                    s = kEnterShort | kExitLong;
                else if (c >= mid[t])
                    s = kExitLong;
                else
                    s = kExitShort;
            }
            out[t] = s;
        }
    }

private:
    bool m_breakout;
    StrategyInfo m_info;
};

class DonchianBreakout final : public Strategy
{
public:
    DonchianBreakout()
    {
        m_info = {
            "donchian_breakout",
            "Donchian breakout: long on a close above the previous 'period'-bar high, exit (or short) on a "
            "close below the previous 'exit_period'-bar low",
            {intParam("period", 20, 1, 5000, "entry channel length"),
             intParam("exit_period", 10, 1, 5000, "exit channel length")},
            {},
            true,
            false};
    }
    const StrategyInfo &info() const override { return m_info; }
    std::size_t warmup(std::span<const double> p) const override
    {
        return std::size_t(std::max(iv(p, 0), iv(p, 1)));
    }
    void computeSignals(std::span<const double> p, IndicatorCache &cache,
                        std::span<std::uint8_t> out) const override
    {
        const auto &upIn = cache.get(Kind::DonchianUpper, iv(p, 0));
        const auto &loIn = cache.get(Kind::DonchianLower, iv(p, 0));
        const auto &upOut = cache.get(Kind::DonchianUpper, iv(p, 1));
        const auto &loOut = cache.get(Kind::DonchianLower, iv(p, 1));
        const auto close = cache.close();
        if (!out.empty())
            out[0] = kNoSignal;
        // Compare with the channel up to the previous bar: a close can never
        // exceed a channel that includes itself.
        for (std::size_t t = 1; t < out.size(); ++t) {
            std::uint8_t s = kNoSignal;
            if (close[t] > upIn[t - 1])
                s |= kEnterLong;
            if (close[t] < loIn[t - 1])
                s |= kEnterShort;
            if (close[t] < loOut[t - 1])
                s |= kExitLong;
            if (close[t] > upOut[t - 1])
                s |= kExitShort;
            out[t] = s;
        }
    }

private:
    StrategyInfo m_info;
};

class BuyAndHold final : public Strategy
{
public:
    BuyAndHold()
    {
        m_info = {"buy_hold", "Buy and hold (the benchmark): enter at the first possible bar, never exit",
                  {},         {},
                  false,      false};
    }
    const StrategyInfo &info() const override { return m_info; }
    std::size_t warmup(std::span<const double>) const override { return 0; }
    void computeSignals(std::span<const double>, IndicatorCache &, std::span<std::uint8_t> out) const override
    {
        // Every bar asks to be long, so the first simulated bar of any window enters.
        for (auto &s : out)
            s = kEnterLong;
    }

private:
    StrategyInfo m_info;
};

} // namespace

const std::vector<const Strategy *> &StrategyRegistry::strategies()
{
    static const MaCross sma("sma_cross", "SMA crossover: fast above slow = long, below = exit (or short)",
                             Kind::Sma);
    static const MaCross ema("ema_cross", "EMA crossover: fast above slow = long, below = exit (or short)",
                             Kind::Ema);
    static const MacdCross macd;
    static const RsiReversion rsi;
    static const BollingerStrategy bbRev(false);
    static const BollingerStrategy bbBreak(true);
    static const DonchianBreakout donchian;
    static const BuyAndHold hold;
    static const std::vector<const Strategy *> all{&sma,   &ema,     &macd,     &rsi,
                                                   &bbRev, &bbBreak, &donchian, &hold};
    return all;
}

const Strategy *StrategyRegistry::find(std::string_view name)
{
    for (const Strategy *s : strategies())
        if (s->info().name == name)
            return s;
    return nullptr;
}

std::vector<const StrategyInfo *> StrategyRegistry::infos()
{
    std::vector<const StrategyInfo *> out;
    for (const Strategy *s : strategies())
        out.push_back(&s->info());
    out.push_back(&MomentumRotation::info());
    return out;
}

const StrategyInfo *StrategyRegistry::findInfo(std::string_view name)
{
    for (const StrategyInfo *i : infos())
        if (i->name == name)
            return i;
    return nullptr;
}

Error StrategyRegistry::unknown(std::string_view name)
{
    std::string known;
    for (const StrategyInfo *i : infos()) {
        if (!known.empty())
            known += ", ";
        known += i->name;
    }
    return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::Backtest", "unknown strategy '%1' (known: %2)"),
                     {name, known})
        .at(SN_TEXT("sn::Backtest", "strategy"), {});
}

} // namespace sn::bt
