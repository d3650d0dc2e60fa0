#include "core/backtest/Simulator.h"

#include "core/common/HugePages.h"
#include "core/market/BarSeries.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sn::bt {

const char *fillReasonName(FillReason r)
{
    switch (r) {
    case FillReason::Signal:
        return "signal";
    case FillReason::StopLoss:
        return "stop_loss";
    case FillReason::TakeProfit:
        return "take_profit";
    case FillReason::TrailingStop:
        return "trailing_stop";
    }
    return "signal";
}

namespace {

// Records fills/trades in the full run; compiled away in the light run.
template <bool Full> struct Recorder
{
    BacktestResult *out = nullptr;
};

struct State
{
    double cash = 0;
    double qty = 0; // signed
    double entryPrice = 0;
    double entryCommission = 0;
    std::size_t entryBar = 0;
    double bestClose = 0; // for the trailing stop: highest (long) / lowest (short)
    // Distance stops of the open trade, in price, fixed at entry (NaN: off).
    double stopLossDistance = std::numeric_limits<double>::quiet_NaN();
    double takeProfitDistance = std::numeric_limits<double>::quiet_NaN();
};

struct Pending
{
    bool exit = false;
    FillReason exitReason = FillReason::Signal;
    int enter = 0; // +1 long, -1 short
};

template <bool Full> class Engine
{
public:
    Engine(const PriceView &p, std::span<const std::uint8_t> s, const BacktestConfig &c, TradeTally &tally,
           BacktestResult *out)
        : m_p(p), m_sig(s), m_c(c), m_tally(tally), m_out(out)
    {
    }

    double run(std::size_t begin, std::size_t end, std::span<double> equity)
    {
        start();
        step(begin, begin, end, end, equity);
        return finish(begin, end);
    }

    void start()
    {
        m_s.cash = m_c.cash;
        m_havePending = false;
    }

    // Bars [from, to) of the run over [begin, end): consecutive steps covering
    // [begin, end) give exactly run(begin, end). Each step reads signals below
    // `to` only, so the signals may still be being made beyond it.
    void step(std::size_t begin, std::size_t from, std::size_t to, std::size_t end, std::span<double> equity)
    {
        Pending &pending = m_pending;
        bool &havePending = m_havePending;
        const bool atClose = m_c.fill == FillTiming::Close;
        const bool stops = m_c.stopLoss > 0 || m_c.takeProfit > 0 || m_c.trailingStop > 0 || m_distances;
        for (std::size_t t = from; t < to; ++t) {
            if (!havePending && !(stops && m_s.qty != 0)) {
                // Nothing can happen until the next bar with a signal: value
                // the unchanged position over the quiet stretch in one
                // branch-free loop instead of deciding bar by bar.
                const std::size_t stop = std::min(nextSignal(t, to), to - 1);
                if (stop > t) {
                    prefetchFillInputs(t, stop, to);
                    const double cash = m_s.cash, qty = m_s.qty;
                    const double *close = m_p.close.data() + t;
                    double *eq = equity.data() + (t - begin);
                    // Whole pairs, so the loop has no odd tail to branch
                    // into: an odd stretch also values bar `stop`, which is
                    // valued again below after its own decision.
                    const std::size_t count = stop - t, pairs = (count + 1) / 2;
                    for (std::size_t k = 0; k < pairs; ++k) {
                        eq[2 * k] = cash + qty * close[2 * k];
                        eq[2 * k + 1] = cash + qty * close[2 * k + 1];
                    }
                    if (qty != 0)
                        m_tally.barsInMarket += stop - t;
                    t = stop;
                }
            }
            if (havePending) {
                execute(pending, t, m_p.open[t]);
                havePending = false;
            }
            const double close = m_p.close[t];
            if (m_s.qty != 0) {
                m_s.bestClose = m_s.qty > 0 ? std::max(m_s.bestClose, close) : std::min(m_s.bestClose, close);
            }
            if (t + 1 < end) {
                pending = decide(t, close);
                havePending = pending.exit || pending.enter != 0;
                if (havePending && atClose) {
                    execute(pending, t, close);
                    havePending = false;
                    if (m_s.qty != 0)
                        m_s.bestClose = close;
                }
            }
            if (m_s.qty != 0)
                ++m_tally.barsInMarket;
            equity[t - begin] = m_s.cash + m_s.qty * close;
        }
    }

    double finish(std::size_t begin, std::size_t end)
    {
        const double last = end > begin ? m_p.close[end - 1] : 0;
        if constexpr (Full) {
            if (m_s.qty != 0) {
                OpenPosition op;
                op.entryBar = m_s.entryBar;
                op.entryTime = m_p.time[m_s.entryBar];
                op.entryPrice = m_s.entryPrice;
                op.quantity = m_s.qty;
                op.lastPrice = last;
                op.unrealizedPnl = m_s.qty * (last - m_s.entryPrice) - m_s.entryCommission;
                m_out->openPositions.push_back(op);
            }
            m_out->finalCash = m_s.cash;
        }
        return m_s.cash + m_s.qty * last;
    }

private:
    // A fill reads open[] (and, when recorded, time[]) at a bar that the
    // quiet stretches never touch, every few dozen bars: each one a miss to
    // memory that nothing overlaps, most of the run's time on a long series.
    // Touching the lines a fixed distance ahead of the stretch [t, stop)
    // streams both arrays into the cache before the fills need them.
    void prefetchFillInputs(std::size_t t, std::size_t stop, std::size_t end) const
    {
        constexpr std::size_t kAhead = 512; // bars, ~ a few hundred ns of work ahead
        constexpr std::size_t kLine = 64 / sizeof(double);
        const std::size_t to = std::min(stop + kAhead, end);
        for (std::size_t u = t + kAhead; u < to; u += kLine) {
            __builtin_prefetch(m_p.open.data() + u);
            if constexpr (Full)
                __builtin_prefetch(m_p.time.data() + u);
        }
    }

    // First bar >= t with a non-zero signal, or `end`: eight flags per load,
    // the first non-zero byte of a word found by counting zero bits.
    std::size_t nextSignal(std::size_t t, std::size_t end) const
    {
        const std::uint8_t *sig = m_sig.data();
        while (t + 8 <= end) {
            std::uint64_t word;
            std::memcpy(&word, sig + t, 8);
            if (word) {
                const int zeros = std::endian::native == std::endian::little ? std::countr_zero(word)
                                                                             : std::countl_zero(word);
                return t + std::size_t(zeros / 8);
            }
            t += 8;
        }
        while (t < end && sig[t] == 0)
            ++t;
        return t;
    }

    Pending decide(std::size_t t, double close) const
    {
        Pending p;
        const std::uint8_t sig = m_sig[t];
        if (m_distances && m_s.qty != 0 && !(sig & (m_s.qty > 0 ? kExitLong : kExitShort))) {
            p.exitReason = distanceStop(t, close);
            p.exit = p.exitReason != FillReason::Signal;
        }
        if (p.exit) {
            // a distance stop decided it
        } else if (m_s.qty > 0) {
            if (sig & kExitLong) {
                p.exit = true;
            } else if (m_c.stopLoss > 0 && close <= m_s.entryPrice * (1 - m_c.stopLoss)) {
                p.exit = true;
                p.exitReason = FillReason::StopLoss;
            } else if (m_c.takeProfit > 0 && close >= m_s.entryPrice * (1 + m_c.takeProfit)) {
                p.exit = true;
                p.exitReason = FillReason::TakeProfit;
            } else if (m_c.trailingStop > 0 && close <= m_s.bestClose * (1 - m_c.trailingStop)) {
                p.exit = true;
                p.exitReason = FillReason::TrailingStop;
            }
        } else if (m_s.qty < 0) {
            if (sig & kExitShort) {
                p.exit = true;
            } else if (m_c.stopLoss > 0 && close >= m_s.entryPrice * (1 + m_c.stopLoss)) {
                p.exit = true;
                p.exitReason = FillReason::StopLoss;
            } else if (m_c.takeProfit > 0 && close <= m_s.entryPrice * (1 - m_c.takeProfit)) {
                p.exit = true;
                p.exitReason = FillReason::TakeProfit;
            } else if (m_c.trailingStop > 0 && close >= m_s.bestClose * (1 + m_c.trailingStop)) {
                p.exit = true;
                p.exitReason = FillReason::TrailingStop;
            }
        }
        const bool flatAfter = m_s.qty == 0 || p.exit;
        if (flatAfter) {
            const bool wantLong = sig & kEnterLong;
            const bool wantShort = (sig & kEnterShort) && m_c.allowShort;
            if (wantLong != wantShort)
                p.enter = wantLong ? 1 : -1;
            // A stop exit does not re-enter on the same bar in the same direction.
            if (p.exit && p.exitReason != FillReason::Signal && p.enter == (m_s.qty > 0 ? 1 : -1))
                p.enter = 0;
        }
        return p;
    }

    // Which distance stop, if any, the close at bar t breaks (Signal: none).
    // NaN distances compare false, so a stop still in its warm-up is off.
    // Checked before the fraction stops: a rule states only one kind of each.
    FillReason distanceStop(std::size_t t, double close) const
    {
        const double dir = m_s.qty > 0 ? 1 : -1;
        // dir x (close - level) is how far the close is on the trade's side.
        if (m_s.stopLossDistance > 0 && dir * (close - (m_s.entryPrice - dir * m_s.stopLossDistance)) <= 0)
            return FillReason::StopLoss;
        if (m_s.takeProfitDistance > 0 &&
            dir * (close - (m_s.entryPrice + dir * m_s.takeProfitDistance)) >= 0)
            return FillReason::TakeProfit;
        if (!m_c.trailingDistance.empty()) {
            const double trail = m_c.trailingDistance[t];
            if (trail > 0 && dir * (close - (m_s.bestClose - dir * trail)) <= 0)
                return FillReason::TrailingStop;
        }
        return FillReason::Signal;
    }

    double fee(double q, double price) const { return Simulator::commission(m_c.costs, q, price); }

    void execute(const Pending &p, std::size_t t, double ref)
    {
        const double slip = m_c.costs.slippageBps * 1e-4;
        if (p.exit && m_s.qty != 0)
            closePosition(t, ref, slip, p.exitReason);
        if (p.enter != 0)
            openPosition(t, ref, slip, p.enter);
    }

    void closePosition(std::size_t t, double ref, double slip, FillReason reason)
    {
        const double q = m_s.qty;
        const double price = q > 0 ? ref * (1 - slip) : ref * (1 + slip);
        const double comm = fee(q, price);
        m_s.cash += q * price - comm;
        if (m_s.cash < 0 && m_s.cash > -1e-9 * m_c.cash)
            m_s.cash = 0; // rounding of an all-in order, not a debt
        const double pnl = q * (price - m_s.entryPrice) - m_s.entryCommission - comm;
        ++m_tally.closedTrades;
        ++m_tally.fills;
        m_tally.totalCosts += comm;
        if (pnl > 0) {
            ++m_tally.wins;
            m_tally.grossProfit += pnl;
        } else if (pnl < 0) {
            ++m_tally.losses;
            m_tally.grossLoss -= pnl;
        }
        if (m_tally.closedTrades == 1) {
            m_tally.bestTrade = m_tally.worstTrade = pnl;
        } else {
            m_tally.bestTrade = std::max(m_tally.bestTrade, pnl);
            m_tally.worstTrade = std::min(m_tally.worstTrade, pnl);
        }
        if constexpr (Full) {
            m_out->fills.push_back({t, m_p.time[t], 0, -q, price, comm, std::fabs(q) * ref * slip, reason});
            Trade tr;
            tr.entryBar = m_s.entryBar;
            tr.exitBar = t;
            tr.entryTime = m_p.time[m_s.entryBar];
            tr.exitTime = m_p.time[t];
            tr.entryPrice = m_s.entryPrice;
            tr.exitPrice = price;
            tr.quantity = q;
            tr.pnl = pnl;
            tr.costs = m_s.entryCommission + comm;
            tr.returnPct = pnl / (std::fabs(q) * m_s.entryPrice) * 100.0;
            tr.exitReason = reason;
            m_out->trades.push_back(tr);
        }
        m_s.qty = 0;
    }

    void openPosition(std::size_t t, double ref, double slip, int dir)
    {
        const double price = dir > 0 ? ref * (1 + slip) : ref * (1 - slip);
        const CostModel &k = m_c.costs;
        const double budget = m_s.cash;
        if (!(price > 0) || !(budget > 0))
            return;
        // Units affordable with every cost paid from `b`.
        auto affordable = [&](double b) {
            double q = b / (price * (1 + k.commission) + k.perShare);
            if (k.minimum > 0 && k.commission * q * price + k.perShare * q < k.minimum)
                q = (b - k.minimum) / price;
            return std::max(q, 0.0);
        };
        double q = 0;
        switch (m_c.sizing.mode) {
        case SizingMode::AllInFractional:
            q = affordable(budget);
            break;
        case SizingMode::WholeShares:
            q = std::floor(affordable(budget));
            while (q > 0 && q * price + fee(q, price) > budget)
                q -= 1;
            break;
        case SizingMode::FixedUnits:
            q = m_c.sizing.value;
            if (q * price + fee(q, price) > budget) {
                ++m_tally.rejectedOrders;
                return;
            }
            break;
        case SizingMode::PercentEquity:
            q = std::min(affordable(budget * m_c.sizing.value / 100.0), affordable(budget));
            break;
        }
        if (!(q > 0))
            return;
        const double comm = fee(q, price);
        const double signedQ = dir > 0 ? q : -q;
        m_s.cash -= signedQ * price + comm;
        if (m_s.cash < 0 && m_s.cash > -1e-9 * m_c.cash)
            m_s.cash = 0;
        m_s.qty = signedQ;
        m_s.entryPrice = price;
        m_s.entryCommission = comm;
        m_s.entryBar = t;
        m_s.bestClose = price;
        if (m_distances) {
            // The bar whose close decided this entry: the distance known then.
            const std::size_t decided = m_c.fill == FillTiming::Close || t == 0 ? t : t - 1;
            constexpr double kOff = std::numeric_limits<double>::quiet_NaN();
            m_s.stopLossDistance = m_c.stopLossDistance.empty() ? kOff : m_c.stopLossDistance[decided];
            m_s.takeProfitDistance = m_c.takeProfitDistance.empty() ? kOff : m_c.takeProfitDistance[decided];
        }
        ++m_tally.fills;
        m_tally.totalCosts += comm;
        if constexpr (Full)
            m_out->fills.push_back(
                {t, m_p.time[t], 0, signedQ, price, comm, q * ref * slip, FillReason::Signal});
    }

    const PriceView &m_p;
    std::span<const std::uint8_t> m_sig;
    const BacktestConfig &m_c;
    const bool m_distances =
        !m_c.stopLossDistance.empty() || !m_c.takeProfitDistance.empty() || !m_c.trailingDistance.empty();
    Pending m_pending;
    bool m_havePending = false;
    TradeTally &m_tally;
    BacktestResult *m_out;
    State m_s;
};

// The result's copy of the bar times. Into a reused buffer of the right
// size (a GUI re-run, a benchmark's steady state) a long copy bypasses the
// cache: nothing reads the times back in bulk (metrics look up a few), and
// an ordinary store would first read every destination line from memory.
void copyTimes(std::span<const TimestampMs> from, std::vector<TimestampMs> &to)
{
#if defined(__SSE2__)
    constexpr std::size_t kStreamFrom = std::size_t(1) << 17; // 1 MiB of times
    if (to.size() == from.size() && from.size() >= kStreamFrom) {
        static_assert(sizeof(TimestampMs) == 8);
        TimestampMs *dst = to.data();
        const TimestampMs *src = from.data();
        std::size_t i = 0, n = from.size();
        for (; i < n && reinterpret_cast<std::uintptr_t>(dst + i) % 16 != 0; ++i)
            dst[i] = src[i];
        for (; i + 2 <= n; i += 2)
            _mm_stream_si128(reinterpret_cast<__m128i *>(dst + i),
                             _mm_loadu_si128(reinterpret_cast<const __m128i *>(src + i)));
        for (; i < n; ++i)
            dst[i] = src[i];
        _mm_sfence();
        return;
    }
#endif
    if (to.capacity() < from.size())
        reserveLarge(to, from.size());
    to.assign(from.begin(), from.end());
}

// "'cash' must be ..." in English and in the reader's language, at "backtest config".
Error invalid(const std::string &field, TextKey what, std::initializer_list<std::string_view> args = {})
{
    const std::string english = englishText(what, args);
    const std::string translated = translatedText(what, args);
    Error e(ErrorCode::InvalidArgument, "'" + field + "' " + english);
    if (translated != english)
        e.userMessage = "'" + field + "' " + translated;
    e.at(SN_TEXT("sn::Backtest", "backtest config"), {});
    return e;
}

Result<void> checkDistances(const BacktestConfig &c, std::size_t bars)
{
    const std::pair<const char *, std::span<const double>> arrays[] = {
        {"stop", c.stopLossDistance}, {"target", c.takeProfitDistance}, {"trail", c.trailingDistance}};
    for (const auto &[name, a] : arrays)
        if (!a.empty() && a.size() != bars)
            return invalid(name, SN_TEXT("sn::Backtest", "distances cover %1 bars, the series has %2"),
                           {std::to_string(a.size()), std::to_string(bars)});
    return {};
}

} // namespace

double Simulator::commission(const CostModel &costs, double quantity, double price)
{
    const double q = std::fabs(quantity);
    return std::max(costs.minimum, costs.commission * q * price + costs.perShare * q);
}

Result<void> Simulator::validate(const BacktestConfig &c)
{
    if (!(c.cash > 0) || !std::isfinite(c.cash))
        return invalid("cash", SN_TEXT("sn::Backtest", "must be a positive number"));
    const std::pair<const char *, double> nonNegative[] = {
        {"commission", c.costs.commission},  {"per_share", c.costs.perShare},
        {"min_commission", c.costs.minimum}, {"slippage_bps", c.costs.slippageBps},
        {"stop_loss", c.stopLoss},           {"take_profit", c.takeProfit},
        {"trailing_stop", c.trailingStop}};
    for (const auto &[name, v] : nonNegative)
        if (!(v >= 0) || !std::isfinite(v))
            return invalid(name, SN_TEXT("sn::Backtest", "must be >= 0, got %1"), {std::to_string(v)});
    if (c.costs.commission >= 1)
        return invalid("commission", SN_TEXT("sn::Backtest",
                                             "is a fraction of traded value and must be < 1 (0.001 = 0.1%)"));
    if (c.costs.slippageBps >= 10000)
        return invalid("slippage_bps", SN_TEXT("sn::Backtest", "must be < 10000"));
    if (c.stopLoss >= 1)
        return invalid("stop_loss",
                       SN_TEXT("sn::Backtest", "is a fraction of the entry price and must be < 1"));
    if (c.trailingStop >= 1)
        return invalid("trailing_stop", SN_TEXT("sn::Backtest", "is a fraction and must be < 1"));
    if (c.sizing.mode == SizingMode::FixedUnits && !(c.sizing.value > 0))
        return invalid("sizing", SN_TEXT("sn::Backtest", "units must be > 0"));
    if (c.sizing.mode == SizingMode::PercentEquity && !(c.sizing.value > 0 && c.sizing.value <= 100))
        return invalid("sizing", SN_TEXT("sn::Backtest", "percent must be in (0, 100]"));
    return {};
}

Result<void> Simulator::runInto(const PriceView &prices, std::span<const std::uint8_t> signalFlags,
                                const BacktestConfig &config, BacktestResult &out, std::size_t begin,
                                std::size_t end)
{
    if (auto v = validate(config); !v)
        return v;
    const std::size_t n = prices.close.size();
    if (prices.open.size() != n || prices.time.size() != n || signalFlags.size() != n)
        return makeError(ErrorCode::InvalidArgument, "open, close, time and signal arrays differ in length",
                         "backtest");
    if (auto d = checkDistances(config, n); !d)
        return d;
    if (end == npos)
        end = n;
    if (begin >= end || end > n)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Backtest", "empty or invalid bar range [%1, %2) of %3 bars"),
                         {std::to_string(begin), std::to_string(end), std::to_string(n)})
            .at(SN_TEXT("sn::Backtest", "backtest"), {});
    out.fills.clear();
    out.trades.clear();
    out.openPositions.clear();
    out.tally = TradeTally{};
    out.initialCash = config.cash;
    out.optimisticFills = config.fill == FillTiming::Close;
    resizeLarge(out.equity, end - begin);
    copyTimes(prices.time.subspan(begin, end - begin), out.time);
    Engine<true> engine(prices, signalFlags, config, out.tally, &out);
    out.finalEquity = engine.run(begin, end, out.equity);
    return {};
}

Result<void> Simulator::runIntoFollowing(const PriceView &prices, std::span<const std::uint8_t> signalFlags,
                                         const std::atomic<std::size_t> &ready, const BacktestConfig &config,
                                         BacktestResult &out)
{
    if (auto v = validate(config); !v)
        return v;
    const std::size_t n = prices.close.size();
    if (prices.open.size() != n || prices.time.size() != n || signalFlags.size() != n)
        return makeError(ErrorCode::InvalidArgument, "open, close, time and signal arrays differ in length",
                         "backtest");
    if (auto d = checkDistances(config, n); !d)
        return d;
    if (n == 0)
        return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::Backtest", "empty bar range"), {})
            .at(SN_TEXT("sn::Backtest", "backtest"), {});
    out.fills.clear();
    out.trades.clear();
    out.openPositions.clear();
    out.tally = TradeTally{};
    out.initialCash = config.cash;
    out.optimisticFills = config.fill == FillTiming::Close;
    resizeLarge(out.equity, n);
    copyTimes(prices.time, out.time);
    Engine<true> engine(prices, signalFlags, config, out.tally, &out);
    engine.start();
    std::size_t done = 0;
    while (done < n) {
        std::size_t upTo = std::min(ready.load(std::memory_order_acquire), n);
        for (unsigned spins = 0; upTo <= done; upTo = std::min(ready.load(std::memory_order_acquire), n))
            if (++spins > 64) // the producer is behind: give its core back now and then
                std::this_thread::yield();
        engine.step(0, done, upTo, n, out.equity);
        done = upTo;
    }
    out.finalEquity = engine.finish(0, n);
    return {};
}

Result<BacktestResult> Simulator::run(const PriceView &prices, std::span<const std::uint8_t> signalFlags,
                                      const BacktestConfig &config, std::size_t begin, std::size_t end)
{
    BacktestResult out;
    if (auto r = runInto(prices, signalFlags, config, out, begin, end); !r)
        return r.error();
    return out;
}

Result<BacktestResult> Simulator::run(const BarSeries &series, std::span<const std::uint8_t> signalFlags,
                                      const BacktestConfig &config, std::size_t begin, std::size_t end)
{
    return run(PriceView{series.time, series.open, series.close}, signalFlags, config, begin, end);
}

double Simulator::runLight(const PriceView &prices, std::span<const std::uint8_t> signalFlags,
                           const BacktestConfig &config, std::size_t begin, std::size_t end,
                           std::span<double> equity, TradeTally &tally)
{
    tally = TradeTally{};
    Engine<false> engine(prices, signalFlags, config, tally, nullptr);
    return engine.run(begin, end, equity);
}

} // namespace sn::bt
