#include "core/rules/RulePlan.h"

#include "core/backtest/BacktestTypes.h"
#include "core/backtest/Crossover.h"
#include "core/indicators/Indicators.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace sn::rules {

using Kind = bt::IndicatorCache::Kind;

bool isScalarOp(Op op)
{
    return op <= Op::SMax;
}

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Periods and lags beyond this give an all-NaN (or all-false) array rather
// than a huge allocation or a wrapped index.
constexpr double kMaxWindow = 1'000'000;

// A number operand: a whole array, or a scalar broadcast to every bar.
struct Num
{
    const double *p = nullptr;
    double v = 0;
};

// A condition operand, likewise.
struct Cond
{
    const std::uint8_t *p = nullptr;
    std::uint8_t v = 0;
};

// A window length from a scalar: 0 when it is not a usable whole number.
int windowOf(double v)
{
    if (!(v >= 1) || v > kMaxWindow || v != std::floor(v))
        return 0;
    return int(v);
}

// f over two number operands, specialised by which side is a scalar so the
// inner loop is branch-free.
template <typename T, typename F> void binary(const Num &a, const Num &b, T *out, std::size_t n, F f)
{
    if (a.p && b.p)
        for (std::size_t t = 0; t < n; ++t)
            out[t] = T(f(a.p[t], b.p[t]));
    else if (a.p)
        for (std::size_t t = 0; t < n; ++t)
            out[t] = T(f(a.p[t], b.v));
    else if (b.p)
        for (std::size_t t = 0; t < n; ++t)
            out[t] = T(f(a.v, b.p[t]));
    else
        std::fill_n(out, n, T(f(a.v, b.v)));
}

template <typename F> void binaryCond(const Cond &a, const Cond &b, std::uint8_t *out, std::size_t n, F f)
{
    if (a.p && b.p)
        for (std::size_t t = 0; t < n; ++t)
            out[t] = std::uint8_t(f(a.p[t], b.p[t]));
    else if (a.p)
        for (std::size_t t = 0; t < n; ++t)
            out[t] = std::uint8_t(f(a.p[t], b.v));
    else if (b.p)
        for (std::size_t t = 0; t < n; ++t)
            out[t] = std::uint8_t(f(a.v, b.p[t]));
    else
        std::fill_n(out, n, std::uint8_t(f(a.v, b.v)));
}

// The crossover rule of the built-ins (core/backtest/Crossover.h): with
// d = a - b, "above" at bar t when the last non-zero d before t was negative
// and d[t] > 0 ("below" symmetrically). A NaN d neither signals nor changes
// the last sign, and the first defined bar cannot signal (the last sign
// starts at 0), exactly as CrossoverScan.
template <bool Above, bool AScalar, bool BScalar>
void crossKernel(const Num &a, const Num &b, std::uint8_t *out, std::size_t n)
{
    int last = 0;
    for (std::size_t t = 0; t < n; ++t) {
        const double d = (AScalar ? a.v : a.p[t]) - (BScalar ? b.v : b.p[t]);
        const bool pos = d > 0, neg = d < 0;
        out[t] = Above ? std::uint8_t(pos & (last < 0)) : std::uint8_t(neg & (last > 0));
        last = pos ? 1 : (neg ? -1 : last);
    }
}

template <bool Above> void cross(const Num &a, const Num &b, std::uint8_t *out, std::size_t n)
{
    if (a.p && b.p)
        crossKernel<Above, false, false>(a, b, out, n);
    else if (a.p)
        crossKernel<Above, false, true>(a, b, out, n);
    else if (b.p)
        crossKernel<Above, true, false>(a, b, out, n);
    else
        std::fill_n(out, n, std::uint8_t(0));
}

// Index of the first defined value (n when none): an indicator of a derived
// series starts where its input does, instead of being NaN forever.
std::size_t firstDefined(const double *x, std::size_t n)
{
    std::size_t i = 0;
    while (i < n && std::isnan(x[i]))
        ++i;
    return i;
}

void runningSum(std::span<const double> in, int period, std::span<double> out)
{
    const std::size_t n = in.size(), p = std::size_t(period);
    std::fill_n(out.begin(), std::min(n, p - 1), kNaN);
    if (n < p)
        return;
    double sum = 0;
    for (std::size_t i = 0; i < p; ++i)
        sum += in[i];
    out[p - 1] = sum;
    for (std::size_t i = p; i < n; ++i) {
        sum += in[i] - in[i - p];
        out[i] = sum;
    }
}

class Executor
{
public:
    Executor(const RulePlan &plan, std::span<const double> params, bt::IndicatorCache &cache)
        : m_plan(plan), m_cache(cache), m_n(cache.size())
    {
        // Per-run tables live in per-thread storage too, so a sweep's
        // combinations run without touching the allocator.
        thread_local std::vector<double> scalarValues;
        thread_local std::vector<const double *> numberViews;
        thread_local std::vector<const std::uint8_t *> conditionViews;
        plan.scalarsInto(params, scalarValues);
        numberViews.assign(plan.nodes.size(), nullptr);
        conditionViews.assign(plan.nodes.size(), nullptr);
        m_scalars = scalarValues.data();
        m_num = numberViews.data();
        m_cond = conditionViews.data();
        // One arena per thread, grown to the largest plan x series seen and
        // then reused: a sweep allocates nothing per combination.
        thread_local std::vector<double> numbers;
        thread_local std::vector<std::uint8_t> conditions;
        if (numbers.size() < std::size_t(plan.numberSlots) * m_n)
            numbers.resize(std::size_t(plan.numberSlots) * m_n);
        if (conditions.size() < std::size_t(plan.conditionSlots) * m_n)
            conditions.resize(std::size_t(plan.conditionSlots) * m_n);
        m_numbers = numbers.data();
        m_conditions = conditions.data();
    }

    void runUpTo(int last)
    {
        // Two SMAs of the close not yet cached (a crossover's lines) are
        // made in one pass, as the built-in crossover does.
        int first = -1;
        for (int i = 0; i <= last && std::size_t(i) < m_plan.nodes.size(); ++i) {
            const PlanNode &nd = m_plan.nodes[std::size_t(i)];
            if (!nd.cached || nd.op != Op::Sma)
                continue;
            const int period = windowOf(scalar(nd.in[1]));
            if (first < 0) {
                first = period;
            } else if (period != first && period >= 1 && first >= 1) {
                (void)m_cache.getPair(Kind::Sma, first, period);
                break;
            }
        }
        for (int i = 0; i <= last && std::size_t(i) < m_plan.nodes.size(); ++i)
            if (m_plan.nodes[std::size_t(i)].series)
                node(i);
    }

    // Only the nodes marked in `need` (operands before users, as numbered):
    // a stop's distances without recomputing the signal nodes. Skipping
    // nodes is safe with the shared buffers: a buffer is reused only after
    // the last reader of what it holds, and every needed reader is run.
    void runNeeded(const std::vector<char> &need, int last)
    {
        for (int i = 0; i <= last && std::size_t(i) < m_plan.nodes.size(); ++i)
            if (need[std::size_t(i)] && m_plan.nodes[std::size_t(i)].series)
                node(i);
    }

    Num num(int i) const
    {
        const PlanNode &nd = m_plan.nodes[std::size_t(i)];
        return nd.series ? Num{m_num[std::size_t(i)], 0} : Num{nullptr, m_scalars[std::size_t(i)]};
    }
    Cond cond(int i) const
    {
        if (i < 0)
            return Cond{nullptr, 0};
        const PlanNode &nd = m_plan.nodes[std::size_t(i)];
        return nd.series ? Cond{m_cond[std::size_t(i)], 0}
                         : Cond{nullptr, std::uint8_t(m_scalars[std::size_t(i)] != 0)};
    }
    std::size_t size() const { return m_n; }

private:
    double scalar(int i) const { return m_scalars[std::size_t(i)]; }

    double *numberOut(int i)
    {
        const PlanNode &nd = m_plan.nodes[std::size_t(i)];
        double *p = m_numbers + std::size_t(nd.slot) * m_n;
        m_num[std::size_t(i)] = p;
        return p;
    }
    std::uint8_t *conditionOut(int i)
    {
        std::uint8_t *p = m_conditions + std::size_t(m_plan.nodes[std::size_t(i)].slot) * m_n;
        m_cond[std::size_t(i)] = p;
        return p;
    }

    void priceInput(int i, std::span<const double> data)
    {
        if (data.size() == m_n) {
            m_num[std::size_t(i)] = data.data();
            return;
        }
        // A field the caller's cache was not given (e.g. volume): unknown.
        std::fill_n(numberOut(i), m_n, kNaN);
    }

    // An indicator of one input series: from the cache when the input is
    // the close, else computed here from the input's first defined value.
    template <typename F> void indicator(int i, Kind kind, int a, int b, int c, double k, F compute)
    {
        const PlanNode &nd = m_plan.nodes[std::size_t(i)];
        if (nd.cached) {
            m_num[std::size_t(i)] = m_cache.get(kind, a, b, c, k).data();
            return;
        }
        double *out = numberOut(i);
        const double *x = m_num[std::size_t(nd.in[0])];
        const std::size_t first = firstDefined(x, m_n);
        std::fill_n(out, first, kNaN);
        if (first < m_n && !compute(std::span<const double>(x + first, m_n - first),
                                    std::span<double>(out + first, m_n - first)))
            std::fill_n(out + first, m_n - first, kNaN);
    }

    void node(int i)
    {
        const PlanNode &nd = m_plan.nodes[std::size_t(i)];
        const auto &in = nd.in;
        const std::size_t n = m_n;
        auto w = [&](int operand) { return operand >= 0 ? windowOf(scalar(in[std::size_t(operand)])) : 0; };
        switch (nd.op) {
        case Op::Open:
            return priceInput(i, m_cache.open());
        case Op::High:
            return priceInput(i, m_cache.high());
        case Op::Low:
            return priceInput(i, m_cache.low());
        case Op::Close:
            return priceInput(i, m_cache.close());
        case Op::Volume:
            return priceInput(i, m_cache.volume());
        case Op::Sma:
            return indicator(i, Kind::Sma, w(1), 0, 0, 0,
                             [&](auto x, auto o) { return bool(ind::sma(x, w(1), o)); });
        case Op::Ema:
            return indicator(i, Kind::Ema, w(1), 0, 0, 0,
                             [&](auto x, auto o) { return bool(ind::ema(x, w(1), o)); });
        case Op::Wma:
            return indicator(i, Kind::Wma, w(1), 0, 0, 0,
                             [&](auto x, auto o) { return bool(ind::wma(x, w(1), o)); });
        case Op::Rsi:
            return indicator(i, Kind::Rsi, w(1), 0, 0, 0,
                             [&](auto x, auto o) { return bool(ind::rsi(x, w(1), o)); });
        case Op::Roc:
            return indicator(i, Kind::Roc, w(1), 0, 0, 0,
                             [&](auto x, auto o) { return bool(ind::roc(x, w(1), o)); });
        case Op::MacdLine:
        case Op::MacdSignal: {
            const Kind kind = nd.op == Op::MacdLine ? Kind::MacdLine : Kind::MacdSignal;
            return indicator(i, kind, w(1), w(2), w(3), 0, [&](auto x, auto o) {
                std::vector<double> line(x.size()), sig(x.size()), hist(x.size());
                if (!ind::macd(x, w(1), w(2), w(3), line, sig, hist))
                    return false;
                std::copy(kind == Kind::MacdLine ? line.begin() : sig.begin(),
                          kind == Kind::MacdLine ? line.end() : sig.end(), o.begin());
                return true;
            });
        }
        case Op::MacdHist: {
            // line - signal, as ind::macd forms its histogram.
            double *out = numberOut(i);
            const PlanNode &input = m_plan.nodes[std::size_t(in[0])];
            if (input.op == Op::Close) {
                const auto &line = m_cache.get(Kind::MacdLine, w(1), w(2), w(3));
                const auto &sig = m_cache.get(Kind::MacdSignal, w(1), w(2), w(3));
                for (std::size_t t = 0; t < n; ++t)
                    out[t] = line[t] - sig[t];
                return;
            }
            const double *x = m_num[std::size_t(in[0])];
            const std::size_t first = firstDefined(x, n);
            std::fill_n(out, n, kNaN);
            if (first < n) {
                const std::size_t len = n - first;
                std::vector<double> line(len), sig(len);
                if (!ind::macd(std::span<const double>(x + first, len), w(1), w(2), w(3), line, sig,
                               std::span<double>(out + first, len)))
                    std::fill_n(out, n, kNaN);
            }
            return;
        }
        case Op::BbMid:
        case Op::BbUpper:
        case Op::BbLower: {
            const Kind kind = nd.op == Op::BbMid     ? Kind::BollingerMid
                              : nd.op == Op::BbUpper ? Kind::BollingerUpper
                                                     : Kind::BollingerLower;
            const double k = scalar(in[2]);
            if (!std::isfinite(k) || k < 0) {
                std::fill_n(numberOut(i), n, kNaN);
                return;
            }
            return indicator(i, kind, w(1), 0, 0, k, [&](auto x, auto o) {
                std::vector<double> mid(x.size()), up(x.size()), lo(x.size());
                if (!ind::bollinger(x, w(1), k, mid, up, lo))
                    return false;
                const auto &src = kind == Kind::BollingerMid ? mid : kind == Kind::BollingerUpper ? up : lo;
                std::copy(src.begin(), src.end(), o.begin());
                return true;
            });
        }
        case Op::Atr:
            m_num[std::size_t(i)] = m_cache.get(Kind::Atr, w(0)).data();
            return;
        case Op::StochK:
        case Op::StochD:
            m_num[std::size_t(i)] =
                m_cache.get(nd.op == Op::StochK ? Kind::StochK : Kind::StochD, w(0), w(1), w(2)).data();
            return;
        case Op::Obv:
            m_num[std::size_t(i)] = m_cache.get(Kind::Obv, 0).data();
            return;
        case Op::Highest:
        case Op::Lowest: {
            const bool high = nd.op == Op::Highest;
            return indicator(
                i, high ? Kind::DonchianUpper : Kind::DonchianLower, w(1), 0, 0, 0, [&](auto x, auto o) {
                    return bool(high ? ind::rollingMax(x, w(1), o) : ind::rollingMin(x, w(1), o));
                });
        }
        case Op::Sum:
            return indicator(i, Kind::Sma, 0, 0, 0, 0, [&](auto x, auto o) {
                if (w(1) < 1)
                    return false;
                runningSum(x, w(1), o);
                return true;
            });
        case Op::Neg:
            return binary(num(in[0]), Num{nullptr, 0}, numberOut(i), n, [](double a, double) { return -a; });
        case Op::Abs:
            return binary(num(in[0]), Num{nullptr, 0}, numberOut(i), n,
                          [](double a, double) { return std::fabs(a); });
        case Op::Add:
            return binary(num(in[0]), num(in[1]), numberOut(i), n, [](double a, double b) { return a + b; });
        case Op::Sub:
            return binary(num(in[0]), num(in[1]), numberOut(i), n, [](double a, double b) { return a - b; });
        case Op::Mul:
            return binary(num(in[0]), num(in[1]), numberOut(i), n, [](double a, double b) { return a * b; });
        case Op::Div:
            return binary(num(in[0]), num(in[1]), numberOut(i), n, [](double a, double b) { return a / b; });
        case Op::Min:
            // NaN when either side is NaN (std::fmin would hide a missing value).
            return binary(num(in[0]), num(in[1]), numberOut(i), n,
                          [](double a, double b) { return (a != a || b != b) ? kNaN : (b < a ? b : a); });
        case Op::Max:
            return binary(num(in[0]), num(in[1]), numberOut(i), n,
                          [](double a, double b) { return (a != a || b != b) ? kNaN : (a < b ? b : a); });
        case Op::Lt:
            return binary(num(in[0]), num(in[1]), conditionOut(i), n,
                          [](double a, double b) { return a < b; });
        case Op::Le:
            return binary(num(in[0]), num(in[1]), conditionOut(i), n,
                          [](double a, double b) { return a <= b; });
        case Op::Gt:
            return binary(num(in[0]), num(in[1]), conditionOut(i), n,
                          [](double a, double b) { return a > b; });
        case Op::Ge:
            return binary(num(in[0]), num(in[1]), conditionOut(i), n,
                          [](double a, double b) { return a >= b; });
        case Op::Eq:
            if (m_plan.nodes[std::size_t(in[0])].boolean)
                return binaryCond(cond(in[0]), cond(in[1]), conditionOut(i), n,
                                  [](auto a, auto b) { return a == b; });
            return binary(num(in[0]), num(in[1]), conditionOut(i), n,
                          [](double a, double b) { return a == b; });
        case Op::Ne:
            if (m_plan.nodes[std::size_t(in[0])].boolean)
                return binaryCond(cond(in[0]), cond(in[1]), conditionOut(i), n,
                                  [](auto a, auto b) { return a != b; });
            return binary(num(in[0]), num(in[1]), conditionOut(i), n,
                          [](double a, double b) { return a != b; });
        case Op::And:
            return binaryCond(cond(in[0]), cond(in[1]), conditionOut(i), n,
                              [](auto a, auto b) { return a & b; });
        case Op::Or:
            return binaryCond(cond(in[0]), cond(in[1]), conditionOut(i), n,
                              [](auto a, auto b) { return a | b; });
        case Op::Not:
            return binaryCond(cond(in[0]), Cond{nullptr, 0}, conditionOut(i), n,
                              [](auto a, auto) { return a ^ 1; });
        case Op::If: {
            const Cond c = cond(in[0]);
            if (nd.boolean) {
                const Cond a = cond(in[1]), b = cond(in[2]);
                std::uint8_t *out = conditionOut(i);
                for (std::size_t t = 0; t < n; ++t) {
                    const bool ct = c.p ? c.p[t] : c.v;
                    out[t] = ct ? (a.p ? a.p[t] : a.v) : (b.p ? b.p[t] : b.v);
                }
                return;
            }
            const Num a = num(in[1]), b = num(in[2]);
            double *out = numberOut(i);
            for (std::size_t t = 0; t < n; ++t) {
                const bool ct = c.p ? c.p[t] : c.v;
                out[t] = ct ? (a.p ? a.p[t] : a.v) : (b.p ? b.p[t] : b.v);
            }
            return;
        }
        case Op::Lag: {
            // x[k]: the value k bars ago; k >= 0 is checked when compiling.
            const double kv = scalar(in[1]);
            const std::size_t k = (kv >= 0 && kv <= kMaxWindow) ? std::size_t(kv) : n;
            const std::size_t head = std::min(k, n);
            if (nd.boolean) {
                std::uint8_t *out = conditionOut(i);
                const Cond x = cond(in[0]);
                std::fill_n(out, head, std::uint8_t(0));
                for (std::size_t t = head; t < n; ++t)
                    out[t] = x.p[t - k];
                return;
            }
            double *out = numberOut(i);
            const Num x = num(in[0]);
            std::fill_n(out, head, kNaN);
            for (std::size_t t = head; t < n; ++t)
                out[t] = x.p[t - k];
            return;
        }
        case Op::CrossAbove:
        case Op::CrossBelow: {
            if (m_cond[std::size_t(i)])
                return; // made with its partner
            const Num a = num(in[0]), b = num(in[1]);
            const bool above = nd.op == Op::CrossAbove;
            if (!a.p || !b.p)
                return above ? cross<true>(a, b, conditionOut(i), n) : cross<false>(a, b, conditionOut(i), n);
            // Two series: the built-ins' own block-wise crossover pass, then
            // its two directions split into the two condition arrays.
            std::uint8_t *own = conditionOut(i);
            const PlanNode &na = m_plan.nodes[std::size_t(in[0])];
            const PlanNode &nb = m_plan.nodes[std::size_t(in[1])];
            if (na.op == Op::Sma && na.cached && nb.op == Op::Sma && nb.cached) {
                // Two SMAs of the close (from the cache, made as ind::sma makes
                // them): decide exact ties as the built-in crossover does.
                bt::smaCrossoverSignals(bt::SmaTies{m_cache.close(), windowOf(scalar(na.in[1])),
                                                    windowOf(scalar(nb.in[1])), m_cache.closeChunkMaxima()},
                                        std::span<const double>(a.p, n), std::span<const double>(b.p, n),
                                        std::span<std::uint8_t>(own, n));
            } else {
                bt::crossoverSignals(std::span<const double>(a.p, n), std::span<const double>(b.p, n),
                                     std::span<std::uint8_t>(own, n));
            }
            const unsigned ownShift = above ? 0 : 1; // kEnterLong = 1 marks up, kExitLong = 2 down
            if (nd.partner >= 0) {
                std::uint8_t *other = conditionOut(nd.partner);
                for (std::size_t t = 0; t < n; ++t)
                    other[t] = std::uint8_t((own[t] >> (1 - ownShift)) & 1u);
            }
            for (std::size_t t = 0; t < n; ++t)
                own[t] = std::uint8_t((own[t] >> ownShift) & 1u);
            return;
        }
        case Op::BarsSince: {
            const Cond c = cond(in[0]);
            double *out = numberOut(i);
            double since = kNaN;
            for (std::size_t t = 0; t < n; ++t) {
                since = (c.p ? c.p[t] : c.v) ? 0.0 : since + 1.0;
                out[t] = since;
            }
            return;
        }
        default:
            return; // scalar ops: evaluated up front
        }
    }

    const RulePlan &m_plan;
    bt::IndicatorCache &m_cache;
    std::size_t m_n;
    const double *m_scalars = nullptr;
    const double **m_num = nullptr;
    const std::uint8_t **m_cond = nullptr;
    double *m_numbers = nullptr;
    std::uint8_t *m_conditions = nullptr;
};

} // namespace

double applyScalar(Op op, double a, double b, double c)
{
    switch (op) {
    case Op::SNeg:
        return -a;
    case Op::SAdd:
        return a + b;
    case Op::SSub:
        return a - b;
    case Op::SMul:
        return a * b;
    case Op::SDiv:
        return a / b;
    case Op::SLt:
        return a < b;
    case Op::SLe:
        return a <= b;
    case Op::SGt:
        return a > b;
    case Op::SGe:
        return a >= b;
    case Op::SEq:
        return a == b;
    case Op::SNe:
        return a != b;
    case Op::SAnd:
        return (a != 0) && (b != 0);
    case Op::SOr:
        return (a != 0) || (b != 0);
    case Op::SNot:
        return a == 0;
    case Op::SIf:
        return a != 0 ? b : c;
    case Op::SAbs:
        return std::fabs(a);
    case Op::SMin:
        return std::isnan(a) || std::isnan(b) ? kNaN : std::min(a, b);
    case Op::SMax:
        return std::isnan(a) || std::isnan(b) ? kNaN : std::max(a, b);
    default:
        return kNaN;
    }
}

std::vector<double> RulePlan::scalars(std::span<const double> params) const
{
    std::vector<double> v;
    scalarsInto(params, v);
    return v;
}

void RulePlan::scalarsInto(std::span<const double> params, std::vector<double> &v) const
{
    v.assign(nodes.size(), kNaN);
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const PlanNode &nd = nodes[i];
        if (nd.series)
            continue;
        auto x = [&](std::size_t k) { return nd.in[k] >= 0 ? v[std::size_t(nd.in[k])] : kNaN; };
        if (nd.op == Op::SConst)
            v[i] = nd.constant;
        else if (nd.op == Op::SParam)
            v[i] = std::size_t(nd.param) < params.size() ? params[std::size_t(nd.param)] : kNaN;
        else
            v[i] = applyScalar(nd.op, x(0), x(1), x(2));
    }
}

void RulePlan::run(std::span<const double> params, bt::IndicatorCache &cache,
                   std::span<std::uint8_t> out) const
{
    Executor ex(*this, params, cache);
    ex.runUpTo(int(nodes.size()) - 1);
    const Cond e = ex.cond(entry), x = ex.cond(exit), se = ex.cond(shortEntry), sx = ex.cond(shortExit);
    const std::size_t n = std::min(out.size(), ex.size());
    // The four roots into SignalFlag bits in one pass; an absent root is a
    // constant 0 and costs nothing but the multiply.
    auto at = [](const Cond &c, std::size_t t) { return c.p ? c.p[t] : c.v; };
    const bool arraysOrOff = (e.p || !e.v) && (x.p || !x.v) && (se.p || !se.v) && (sx.p || !sx.v);
    if (arraysOrOff) {
        // Every root an array or never true: an absent one reads zeros, so
        // the pass is one branch-free loop.
        thread_local std::vector<std::uint8_t> zeros;
        if (zeros.size() < n)
            zeros.assign(n, 0);
        const std::uint8_t *pe = e.p ? e.p : zeros.data(), *px = x.p ? x.p : zeros.data();
        const std::uint8_t *pse = se.p ? se.p : zeros.data(), *psx = sx.p ? sx.p : zeros.data();
        std::uint8_t *o = out.data();
        for (std::size_t t = 0; t < n; ++t)
            o[t] = std::uint8_t(pe[t] * bt::kEnterLong | px[t] * bt::kExitLong | pse[t] * bt::kEnterShort |
                                psx[t] * bt::kExitShort);
    } else {
        for (std::size_t t = 0; t < n; ++t)
            out[t] = std::uint8_t(at(e, t) * bt::kEnterLong | at(x, t) * bt::kExitLong |
                                  at(se, t) * bt::kEnterShort | at(sx, t) * bt::kExitShort);
    }
    std::fill(out.begin() + std::ptrdiff_t(n), out.end(), std::uint8_t(bt::kNoSignal));
}

void RulePlan::stopDistancesInto(std::span<const double> params, bt::IndicatorCache &cache,
                                 bt::StopDistances &out) const
{
    const int roots[] = {stopDistance, takeProfitDistance, trailingDistance};
    std::vector<double> *arrays[] = {&out.stopLoss, &out.takeProfit, &out.trailing};
    for (std::vector<double> *a : arrays)
        a->clear();
    const int last = *std::max_element(std::begin(roots), std::end(roots));
    if (last < 0)
        return;
    std::vector<char> need(nodes.size(), 0);
    for (int r : roots)
        if (r >= 0)
            need[std::size_t(r)] = 1;
    for (std::size_t i = std::size_t(last) + 1; i-- > 0;)
        if (need[i]) {
            for (int k : nodes[i].in)
                if (k >= 0)
                    need[std::size_t(k)] = 1;
            // A crossing made in its earlier partner's pass (same operands).
            if (nodes[i].partner >= 0 && nodes[i].partner < int(i))
                need[std::size_t(nodes[i].partner)] = 1;
        }
    Executor ex(*this, params, cache);
    ex.runNeeded(need, last);
    const std::size_t n = ex.size();
    for (std::size_t k = 0; k < 3; ++k) {
        if (roots[k] < 0)
            continue;
        const Num v = ex.num(roots[k]);
        arrays[k]->resize(n);
        if (v.p)
            std::copy(v.p, v.p + n, arrays[k]->begin());
        else
            std::fill(arrays[k]->begin(), arrays[k]->end(), v.v);
    }
}

std::vector<double> RulePlan::evaluate(int node, std::span<const double> params,
                                       bt::IndicatorCache &cache) const
{
    Executor ex(*this, params, cache);
    // Nodes after `node` are not run, so no later node can reuse its buffer.
    ex.runUpTo(node);
    const std::size_t n = ex.size();
    std::vector<double> out(n);
    const Num v = ex.num(node);
    for (std::size_t t = 0; t < n; ++t)
        out[t] = v.p ? v.p[t] : v.v;
    return out;
}

std::size_t RulePlan::warmup(std::span<const double> params) const
{
    const std::vector<double> sv = scalars(params);
    std::vector<std::size_t> w(nodes.size(), 0);
    auto win = [&](const PlanNode &nd, int k) {
        const double v = sv[std::size_t(nd.in[std::size_t(k)])];
        return (v >= 1 && v <= kMaxWindow) ? std::size_t(v) : std::size_t(0);
    };
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const PlanNode &nd = nodes[i];
        if (!nd.series)
            continue;
        std::size_t inputs = 0;
        for (int k : nd.in)
            if (k >= 0 && nodes[std::size_t(k)].series)
                inputs = std::max(inputs, w[std::size_t(k)]);
        std::size_t own = 0;
        switch (nd.op) {
        case Op::Sma:
        case Op::Ema:
        case Op::Wma:
        case Op::Highest:
        case Op::Lowest:
        case Op::Sum:
        case Op::BbMid:
        case Op::BbUpper:
        case Op::BbLower:
            own = win(nd, 1) ? win(nd, 1) - 1 : 0;
            break;
        case Op::Rsi:
        case Op::Roc:
            own = win(nd, 1);
            break;
        case Op::MacdLine:
            own = win(nd, 2) ? win(nd, 2) - 1 : 0;
            break;
        case Op::MacdSignal:
        case Op::MacdHist:
            own = (win(nd, 2) ? win(nd, 2) - 1 : 0) + (win(nd, 3) ? win(nd, 3) - 1 : 0);
            break;
        case Op::Atr:
            own = win(nd, 0) ? win(nd, 0) - 1 : 0;
            break;
        case Op::StochK:
            own = (win(nd, 0) ? win(nd, 0) - 1 : 0) + (win(nd, 2) ? win(nd, 2) - 1 : 0);
            break;
        case Op::StochD:
            own = (win(nd, 0) ? win(nd, 0) - 1 : 0) + (win(nd, 2) ? win(nd, 2) - 1 : 0) +
                  (win(nd, 1) ? win(nd, 1) - 1 : 0);
            break;
        case Op::Lag: {
            const double k = sv[std::size_t(nd.in[1])];
            own = (k >= 0 && k <= kMaxWindow) ? std::size_t(k) : 0;
            break;
        }
        case Op::CrossAbove:
        case Op::CrossBelow:
            own = 1;
            break;
        default:
            break;
        }
        w[i] = inputs + own;
    }
    std::size_t out = 0;
    for (int root : {entry, exit, shortEntry, shortExit})
        if (root >= 0 && nodes[std::size_t(root)].series)
            out = std::max(out, w[std::size_t(root)]);
    return out;
}

} // namespace sn::rules
