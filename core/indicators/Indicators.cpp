#include "core/indicators/Indicators.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sn::ind {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Two doubles in one register (GCC/Clang vector extension; plain scalar
// code where the target has no vectors). Element-wise IEEE arithmetic.
using V2 = double __attribute__((vector_size(16)));

// x > 0 ? x : 0 per lane (0 for NaN), one instruction where there is one.
V2 positivePart(V2 x)
{
#if defined(__SSE2__)
    return _mm_max_pd(x, _mm_setzero_pd());
#else
    const V2 zero{0.0, 0.0};
    return x > zero ? x : zero;
#endif
}

// Both lanes > 0 (false for NaN).
bool bothPositive(V2 x)
{
#if defined(__SSE2__)
    return _mm_movemask_pd(_mm_cmpgt_pd(x, _mm_setzero_pd())) == 3;
#else
    return x[0] > 0 && x[1] > 0;
#endif
}

Error badArg(const std::string &what, const std::string &where)
{
    return makeError(ErrorCode::InvalidArgument, what, where);
}

Result<void> checkPeriod(const char *fn, const char *name, int period)
{
    if (period < 1)
        return badArg("parameter '" + std::string(name) + "' must be >= 1, got " + std::to_string(period),
                      fn);
    return {};
}

Result<void> checkSize(const char *fn, const char *name, std::size_t expected, std::size_t got)
{
    if (expected != got)
        return badArg("array '" + std::string(name) + "' has " + std::to_string(got) + " values, expected " +
                          std::to_string(expected),
                      fn);
    return {};
}

void fillNaN(std::span<double> out, std::size_t count)
{
    std::fill_n(out.begin(), std::min(count, out.size()), kNaN);
}

// Wilder's smoothing avg = (avg * (p - 1) + x) / p, written as two products
// so the loop-carried chain has no division in it.
struct Wilder
{
    double keep;
    double take;
    explicit Wilder(int p) : keep(double(p - 1) / p), take(1.0 / p) {}
    double operator()(double avg, double x) const { return avg * keep + x * take; }
};

template <bool IsMax> void rollingExtreme(std::span<const double> in, std::size_t p, std::span<double> out)
{
    const std::size_t n = in.size();
    // Ring buffer of candidate indices, at most p alive at once.
    std::vector<std::size_t> ring(p + 1);
    std::size_t head = 0, tail = 0; // [head, tail) modulo ring size
    const std::size_t cap = ring.size();
    auto dominated = [](double older, double newer) { return IsMax ? older <= newer : older >= newer; };
    for (std::size_t i = 0; i < n; ++i) {
        while (head != tail) {
            std::size_t back = (tail + cap - 1) % cap;
            if (!dominated(in[ring[back]], in[i]))
                break;
            tail = back;
        }
        ring[tail] = i;
        tail = (tail + 1) % cap;
        if (ring[head] + p <= i)
            head = (head + 1) % cap;
        out[i] = i + 1 >= p ? in[ring[head]] : kNaN;
    }
}

} // namespace

std::size_t smaAnchorEvery(int period)
{
    return std::bit_ceil(std::max<std::size_t>(1024, 4 * std::size_t(std::max(period, 1))));
}

namespace {

// One SMA's running sum, re-formed from the window at multiples of its
// anchor interval; sma(), smaPair() and the backtest's one-pass crossover
// all step it the same way, so their averages agree bit for bit.
struct RunningSum
{
    std::span<const double> in;
    std::size_t p;
    std::size_t mask; // smaAnchorEvery(p) - 1
    double sum = 0;

    RunningSum(std::span<const double> values, int period)
        : in(values), p(std::size_t(period)), mask(smaAnchorEvery(period) - 1)
    {
        for (std::size_t i = 0; i < p; ++i)
            sum += in[i];
    }
    // The sum of in[i - p + 1 .. i], given the sum up to i - 1 (i >= p).
    double step(std::size_t i)
    {
        if ((i & mask) != 0) [[likely]] {
            sum += in[i] - in[i - p];
        } else {
            sum = 0;
            for (std::size_t j = i + 1 - p; j <= i; ++j)
                sum += in[j];
        }
        return sum;
    }
    // out[i] = sum x inv for i in [from, to) (from >= p), given the sum up
    // to from - 1. Runs from one re-forming bar to the next, so the check
    // for re-forming is made once per run instead of at every bar (with it
    // in the loop, the compiler kept the sum in memory).
    void fill(std::size_t from, std::size_t to, double inv, std::span<double> out)
    {
        std::size_t i = from;
        while (i < to) {
            if ((i & mask) == 0) {
                out[i] = step(i) * inv;
                ++i;
            }
            const std::size_t end = std::min(to, (i | mask) + 1);
            double s = sum;
            for (; i < end; ++i) {
                s += in[i] - in[i - p];
                out[i] = s * inv;
            }
            sum = s;
        }
    }
};

} // namespace

Result<void> sma(std::span<const double> in, int period, std::span<double> out)
{
    if (auto r = checkPeriod("sma", "period", period); !r)
        return r;
    if (auto r = checkSize("sma", "out", in.size(), out.size()); !r)
        return r;
    const std::size_t n = in.size(), p = std::size_t(period);
    fillNaN(out, p - 1);
    if (n < p)
        return {};
    const double inv = 1.0 / period;
    RunningSum s(in, period);
    out[p - 1] = s.sum * inv;
    s.fill(p, n, inv, out);
    return {};
}

Result<void> smaPair(std::span<const double> in, int periodA, int periodB, std::span<double> outA,
                     std::span<double> outB)
{
    if (auto r = checkPeriod("smaPair", "periodA", periodA); !r)
        return r;
    if (auto r = checkPeriod("smaPair", "periodB", periodB); !r)
        return r;
    if (auto r = checkSize("smaPair", "outA", in.size(), outA.size()); !r)
        return r;
    if (auto r = checkSize("smaPair", "outB", in.size(), outB.size()); !r)
        return r;
    const std::size_t n = in.size(), pa = std::size_t(periodA), pb = std::size_t(periodB);
    const std::size_t longer = std::max(pa, pb);
    if (n < longer) {
        // The longer average has no value; the shorter is a plain sma().
        fillNaN(pa == longer ? outA : outB, n);
        return pa == longer ? sma(in, periodB, outB) : sma(in, periodA, outA);
    }
    // Each sum and each value exactly as sma() forms them; only the loop
    // over the bars where both exist is shared.
    fillNaN(outA, pa - 1);
    fillNaN(outB, pb - 1);
    const double invA = 1.0 / periodA, invB = 1.0 / periodB;
    RunningSum a(in, periodA), b(in, periodB);
    outA[pa - 1] = a.sum * invA;
    outB[pb - 1] = b.sum * invB;
    a.fill(pa, longer, invA, outA);
    b.fill(pb, longer, invB, outB);
    // Runs between re-forming bars of the sum that re-forms more often (both
    // intervals are powers of two, so the other's re-forming bars are among
    // them): the check is made once per run, not at every bar.
    const std::size_t runMask = std::min(a.mask, b.mask);
    std::size_t i = longer;
    while (i < n) {
        if ((i & runMask) == 0) {
            outA[i] = a.step(i) * invA;
            outB[i] = b.step(i) * invB;
            ++i;
        }
        const std::size_t end = std::min(n, (i | runMask) + 1);
        double sa = a.sum, sb = b.sum;
        for (; i < end; ++i) {
            sa += in[i] - in[i - pa];
            sb += in[i] - in[i - pb];
            outA[i] = sa * invA;
            outB[i] = sb * invB;
        }
        a.sum = sa;
        b.sum = sb;
    }
    return {};
}

Result<void> ema(std::span<const double> in, int period, std::span<double> out)
{
    if (auto r = checkPeriod("ema", "period", period); !r)
        return r;
    if (auto r = checkSize("ema", "out", in.size(), out.size()); !r)
        return r;
    const std::size_t n = in.size(), p = std::size_t(period);
    fillNaN(out, p - 1);
    if (n < p)
        return {};
    double sum = 0;
    for (std::size_t i = 0; i < p; ++i)
        sum += in[i];
    double e = sum / period;
    out[p - 1] = e;
    const double a = 2.0 / (period + 1.0);
    const double b = 1.0 - a;
    // Two bars per step: e[i+1] = b^2 e[i-1] + (a b x[i] + a x[i+1]) halves
    // the loop-carried multiply-add chain; e[i] is computed off the chain.
    // Equal to the one-bar recursion up to rounding.
    const double b2 = b * b, ab = a * b;
    std::size_t i = p;
    for (; i + 1 < n; i += 2) {
        const double prev = e;
        e = prev * b2 + (in[i] * ab + in[i + 1] * a);
        out[i] = prev * b + in[i] * a;
        out[i + 1] = e;
    }
    if (i < n)
        out[i] = e * b + in[i] * a;
    return {};
}

Result<void> wma(std::span<const double> in, int period, std::span<double> out)
{
    if (auto r = checkPeriod("wma", "period", period); !r)
        return r;
    if (auto r = checkSize("wma", "out", in.size(), out.size()); !r)
        return r;
    const std::size_t n = in.size(), p = std::size_t(period);
    fillNaN(out, p - 1);
    if (n < p)
        return {};
    const double denom = double(p) * double(p + 1) / 2.0;
    double plain = 0, weighted = 0;
    for (std::size_t i = 0; i < p; ++i) {
        plain += in[i];
        weighted += double(i + 1) * in[i];
    }
    out[p - 1] = weighted / denom;
    for (std::size_t i = p; i < n; ++i) {
        // Every old weight drops by one (subtract the old plain sum), the
        // newest value enters with weight p.
        weighted += double(p) * in[i] - plain;
        plain += in[i] - in[i - p];
        out[i] = weighted / denom;
    }
    return {};
}

Result<void> rsi(std::span<const double> in, int period, std::span<double> out)
{
    if (auto r = checkPeriod("rsi", "period", period); !r)
        return r;
    if (auto r = checkSize("rsi", "out", in.size(), out.size()); !r)
        return r;
    const std::size_t n = in.size(), p = std::size_t(period);
    fillNaN(out, p);
    if (n <= p)
        return {};
    double gain = 0, loss = 0;
    for (std::size_t i = 1; i <= p; ++i) {
        double ch = in[i] - in[i - 1];
        gain += ch > 0 ? ch : 0;
        loss += ch < 0 ? -ch : 0;
    }
    // 100 - 100 / (1 + g/l) written as 100 g / (g + l): one division per
    // bar, and no losses gives exactly 100 without a special case.
    auto value = [](double g, double l) {
        const double sum = g + l;
        return sum > 0 ? 100.0 * g / sum : 50.0;
    };
    out[p] = value(gain / period, loss / period);
    // Wilder's averages avg = avg (p - 1)/p + x/p are carried times p,
    // S = S (p - 1)/p + x: the RSI is a ratio, so the scale cancels and each
    // step saves a multiplication (equal up to rounding, ~1e-15 relative).
    // Two bars per step (see ema()): the carried chain is one multiply-add
    // per two bars. Gain and loss travel as the two lanes of one vector, so
    // both chains cost one vector multiply-add, max(c, 0) and max(-c, 0) are
    // one vector max, and two bars' RSI values share one vector division.
    const double keep = double(p - 1) / double(p);
    const V2 zero{0.0, 0.0}, fifty{50.0, 50.0}, hundred{100.0, 100.0};
    const V2 vKeep{keep, keep}, vKeep2{keep * keep, keep * keep};
    V2 sums{gain, loss};
    std::size_t i = p + 1;
    for (; i + 1 < n; i += 2) {
        V2 x0, x1;
        std::memcpy(&x0, &in[i - 1], sizeof x0);
        std::memcpy(&x1, &in[i], sizeof x1);
        const V2 c = x1 - x0, negC = -c;
        const V2 m0 = positivePart(__builtin_shufflevector(c, negC, 0, 2)); // (gain, loss) of bar i
        const V2 m1 = positivePart(__builtin_shufflevector(c, negC, 1, 3)); // of bar i + 1
        const V2 prev = sums;
        sums = prev * vKeep2 + (m0 * vKeep + m1);
        const V2 mid = prev * vKeep + m0;
        const V2 g = __builtin_shufflevector(mid, sums, 0, 2), l = __builtin_shufflevector(mid, sums, 1, 3);
        const V2 total = g + l;
        V2 r = hundred * g / total;
        if (!bothPositive(total)) [[unlikely]]
            r = total > zero ? r : fifty;
        std::memcpy(&out[i], &r, sizeof r);
    }
    if (i < n) {
        const double ch = in[i] - in[i - 1];
        out[i] = value(sums[0] * keep + (ch > 0 ? ch : 0), sums[1] * keep + (ch < 0 ? -ch : 0));
    }
    return {};
}

Result<void> macd(std::span<const double> in, int fast, int slow, int signal, std::span<double> line,
                  std::span<double> signalOut, std::span<double> histogram)
{
    if (auto r = checkPeriod("macd", "fast", fast); !r)
        return r;
    if (auto r = checkPeriod("macd", "slow", slow); !r)
        return r;
    if (auto r = checkPeriod("macd", "signal", signal); !r)
        return r;
    if (fast >= slow)
        return badArg("parameter 'fast' (" + std::to_string(fast) + ") must be less than 'slow' (" +
                          std::to_string(slow) + ")",
                      "macd");
    for (auto [name, s] :
         {std::pair{"line", line.size()}, {"signal", signalOut.size()}, {"histogram", histogram.size()}})
        if (auto r = checkSize("macd", name, in.size(), s); !r)
            return r;
    const std::size_t n = in.size();
    // The slow EMA goes to the histogram buffer first to avoid a temporary.
    if (auto r = ema(in, fast, line); !r)
        return r;
    if (auto r = ema(in, slow, histogram); !r)
        return r;
    for (std::size_t i = 0; i < n; ++i)
        line[i] -= histogram[i];
    const std::size_t first = std::size_t(slow) - 1;
    fillNaN(signalOut, n);
    fillNaN(histogram, n);
    if (n < first + 1)
        return {};
    if (auto r = ema(line.subspan(first), signal, signalOut.subspan(first)); !r)
        return r;
    for (std::size_t i = first; i < n; ++i)
        histogram[i] = line[i] - signalOut[i];
    return {};
}

Result<void> bollinger(std::span<const double> in, int period, double k, std::span<double> mid,
                       std::span<double> upper, std::span<double> lower)
{
    if (auto r = checkPeriod("bollinger", "period", period); !r)
        return r;
    if (!(k >= 0) || !std::isfinite(k))
        return badArg("parameter 'k' must be a finite number >= 0", "bollinger");
    for (auto [name, s] : {std::pair{"mid", mid.size()}, {"upper", upper.size()}, {"lower", lower.size()}})
        if (auto r = checkSize("bollinger", name, in.size(), s); !r)
            return r;
    const std::size_t n = in.size(), p = std::size_t(period);
    fillNaN(mid, p - 1);
    fillNaN(upper, p - 1);
    fillNaN(lower, p - 1);
    if (n < p)
        return {};
    // Rolling mean and sum of squared deviations (Welford-style add/remove
    // update), which stays accurate where sum-of-squares would cancel.
    double mean = 0, m2 = 0;
    for (std::size_t i = 0; i < p; ++i) {
        double d = in[i] - mean;
        mean += d / double(i + 1);
        m2 += d * (in[i] - mean);
    }
    auto emit = [&](std::size_t i) {
        double sd = std::sqrt(std::max(m2, 0.0) / period);
        mid[i] = mean;
        upper[i] = mean + k * sd;
        lower[i] = mean - k * sd;
    };
    emit(p - 1);
    const double inv = 1.0 / period;
    for (std::size_t i = p; i < n; ++i) {
        if (i % p == 0) {
            // The add/remove update drifts by rounding; a two-pass recompute
            // once per window length bounds the error and keeps O(n).
            double s = 0;
            for (std::size_t j = i + 1 - p; j <= i; ++j)
                s += in[j];
            mean = s * inv;
            m2 = 0;
            for (std::size_t j = i + 1 - p; j <= i; ++j)
                m2 += (in[j] - mean) * (in[j] - mean);
        } else {
            const double x = in[i], old = in[i - p];
            const double oldMean = mean;
            mean += (x - old) * inv;
            m2 += (x - old) * (x - mean + old - oldMean);
        }
        emit(i);
    }
    return {};
}

Result<void> atr(std::span<const double> high, std::span<const double> low, std::span<const double> close,
                 int period, std::span<double> out)
{
    if (auto r = checkPeriod("atr", "period", period); !r)
        return r;
    const std::size_t n = close.size();
    for (auto [name, s] : {std::pair{"high", high.size()}, {"low", low.size()}, {"out", out.size()}})
        if (auto r = checkSize("atr", name, n, s); !r)
            return r;
    const std::size_t p = std::size_t(period);
    fillNaN(out, p - 1);
    if (n < p)
        return {};
    auto tr = [&](std::size_t i) {
        double range = high[i] - low[i];
        if (i == 0)
            return range;
        return std::max({range, std::fabs(high[i] - close[i - 1]), std::fabs(low[i] - close[i - 1])});
    };
    double a = 0;
    for (std::size_t i = 0; i < p; ++i)
        a += tr(i);
    a /= period;
    out[p - 1] = a;
    const Wilder smooth(period);
    for (std::size_t i = p; i < n; ++i) {
        a = smooth(a, tr(i));
        out[i] = a;
    }
    return {};
}

Result<void> rollingMax(std::span<const double> in, int period, std::span<double> out)
{
    if (auto r = checkPeriod("rollingMax", "period", period); !r)
        return r;
    if (auto r = checkSize("rollingMax", "out", in.size(), out.size()); !r)
        return r;
    rollingExtreme<true>(in, std::size_t(period), out);
    return {};
}

Result<void> rollingMin(std::span<const double> in, int period, std::span<double> out)
{
    if (auto r = checkPeriod("rollingMin", "period", period); !r)
        return r;
    if (auto r = checkSize("rollingMin", "out", in.size(), out.size()); !r)
        return r;
    rollingExtreme<false>(in, std::size_t(period), out);
    return {};
}

Result<void> stochastic(std::span<const double> high, std::span<const double> low,
                        std::span<const double> close, int kPeriod, int dPeriod, int smooth,
                        std::span<double> k, std::span<double> d)
{
    if (auto r = checkPeriod("stochastic", "k_period", kPeriod); !r)
        return r;
    if (auto r = checkPeriod("stochastic", "d_period", dPeriod); !r)
        return r;
    if (auto r = checkPeriod("stochastic", "smooth", smooth); !r)
        return r;
    const std::size_t n = close.size();
    for (auto [name, s] :
         {std::pair{"high", high.size()}, {"low", low.size()}, {"k", k.size()}, {"d", d.size()}})
        if (auto r = checkSize("stochastic", name, n, s); !r)
            return r;
    // d holds the highest high and k the lowest low until both are combined.
    rollingExtreme<true>(high, std::size_t(kPeriod), d);
    rollingExtreme<false>(low, std::size_t(kPeriod), k);
    for (std::size_t i = 0; i < n; ++i) {
        double range = d[i] - k[i];
        k[i] = std::isnan(range) ? kNaN : (range == 0 ? 50.0 : 100.0 * (close[i] - k[i]) / range);
    }
    auto smoothFrom = [&](std::span<double> series, std::size_t first, int p,
                          std::span<double> dst) -> Result<void> {
        fillNaN(dst, n);
        if (n <= first)
            return {};
        return sma(series.subspan(first), p, dst.subspan(first));
    };
    const std::size_t firstRaw = std::size_t(kPeriod) - 1;
    if (smooth > 1) {
        // Smooth in place through d as scratch, then copy back.
        if (auto r = smoothFrom(k, firstRaw, smooth, d); !r)
            return r;
        std::copy(d.begin(), d.end(), k.begin());
    }
    const std::size_t firstK = firstRaw + std::size_t(smooth) - 1;
    return smoothFrom(k, firstK, dPeriod, d);
}

Result<void> donchian(std::span<const double> high, std::span<const double> low, int period,
                      std::span<double> upper, std::span<double> lower, std::span<double> mid)
{
    if (auto r = checkPeriod("donchian", "period", period); !r)
        return r;
    const std::size_t n = high.size();
    for (auto [name, s] : {std::pair{"low", low.size()},
                           {"upper", upper.size()},
                           {"lower", lower.size()},
                           {"mid", mid.size()}})
        if (auto r = checkSize("donchian", name, n, s); !r)
            return r;
    rollingExtreme<true>(high, std::size_t(period), upper);
    rollingExtreme<false>(low, std::size_t(period), lower);
    for (std::size_t i = 0; i < n; ++i)
        mid[i] = (upper[i] + lower[i]) * 0.5;
    return {};
}

Result<void> obv(std::span<const double> close, std::span<const double> volume, std::span<double> out)
{
    const std::size_t n = close.size();
    if (auto r = checkSize("obv", "volume", n, volume.size()); !r)
        return r;
    if (auto r = checkSize("obv", "out", n, out.size()); !r)
        return r;
    double acc = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0) {
            if (close[i] > close[i - 1])
                acc += volume[i];
            else if (close[i] < close[i - 1])
                acc -= volume[i];
        }
        out[i] = acc;
    }
    return {};
}

Result<void> roc(std::span<const double> in, int period, std::span<double> out)
{
    if (auto r = checkPeriod("roc", "period", period); !r)
        return r;
    if (auto r = checkSize("roc", "out", in.size(), out.size()); !r)
        return r;
    const std::size_t n = in.size(), p = std::size_t(period);
    fillNaN(out, p);
    for (std::size_t i = p; i < n; ++i)
        out[i] = in[i - p] == 0 ? kNaN : 100.0 * (in[i] - in[i - p]) / in[i - p];
    return {};
}

} // namespace sn::ind
