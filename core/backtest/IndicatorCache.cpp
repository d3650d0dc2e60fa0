#include "core/backtest/IndicatorCache.h"

#include "core/backtest/SmaTies.h"
#include "core/common/HugePages.h"
#include "core/indicators/Indicators.h"

#include <limits>

namespace sn::bt {

IndicatorCache::IndicatorCache(std::span<const double> high, std::span<const double> low,
                               std::span<const double> close)
    : m_high(high), m_low(low), m_close(close)
{
}

IndicatorCache::IndicatorCache(std::span<const double> open, std::span<const double> high,
                               std::span<const double> low, std::span<const double> close,
                               std::span<const double> volume)
    : m_open(open), m_high(high), m_low(low), m_close(close), m_volume(volume)
{
}

std::span<const double> IndicatorCache::closeChunkMaxima()
{
    std::call_once(m_closeChunkMaxOnce, [this] { m_closeChunkMax = bt::closeChunkMaxima(m_close); });
    return m_closeChunkMax;
}

const std::vector<double> &IndicatorCache::get(Kind kind, int a, int b, int c, double k)
{
    const Key key{kind, a, b, c, k};
    std::lock_guard lock(m_mutex);
    auto it = m_arrays.find(key);
    if (it == m_arrays.end()) {
        compute(key);
        it = m_arrays.find(key);
    }
    return *it->second;
}

std::pair<const std::vector<double> &, const std::vector<double> &> IndicatorCache::getPair(Kind kind, int a,
                                                                                            int b)
{
    if (kind == Kind::Sma && a != b) {
        const Key keyA{kind, a, 0, 0, 0.0}, keyB{kind, b, 0, 0, 0.0};
        std::lock_guard lock(m_mutex);
        if (!m_arrays.contains(keyA) && !m_arrays.contains(keyB)) {
            const std::size_t n = m_close.size();
            auto outA = std::make_unique<std::vector<double>>(n),
                 outB = std::make_unique<std::vector<double>>(n);
            if (!ind::smaPair(m_close, a, b, *outA, *outB)) {
                outA->assign(n, std::numeric_limits<double>::quiet_NaN());
                outB->assign(n, std::numeric_limits<double>::quiet_NaN());
            }
            m_arrays.emplace(keyA, std::move(outA));
            m_arrays.emplace(keyB, std::move(outB));
        }
    }
    const std::vector<double> &first = get(kind, a);
    return {first, get(kind, b)};
}

bool IndicatorCache::computeSmaPair(int a, int b, const PairFillFn &fill)
{
    if (a == b || a < 1 || b < 1)
        return false;
    const Key keyA{Kind::Sma, a, 0, 0, 0.0}, keyB{Kind::Sma, b, 0, 0, 0.0};
    std::lock_guard lock(m_mutex);
    if (m_arrays.contains(keyA) || m_arrays.contains(keyB))
        return false;
    const std::size_t n = m_close.size();
    // A million-bar average is 8 MB written once: huge pages (HugePages.h).
    auto outA = std::make_unique<std::vector<double>>(), outB = std::make_unique<std::vector<double>>();
    resizeLarge(*outA, n);
    resizeLarge(*outB, n);
    fill(*outA, *outB);
    m_arrays.emplace(keyA, std::move(outA));
    m_arrays.emplace(keyB, std::move(outB));
    return true;
}

void IndicatorCache::compute(const Key &key)
{
    const auto [kind, a, b, c, k] = key;
    const std::size_t n = m_close.size();
    auto out = std::make_unique<std::vector<double>>();
    reserveLarge(*out, n);
    out->assign(n, std::numeric_limits<double>::quiet_NaN());
    Result<void> r;
    switch (kind) {
    case Kind::Sma:
        r = ind::sma(m_close, a, *out);
        break;
    case Kind::Ema:
        r = ind::ema(m_close, a, *out);
        break;
    case Kind::Rsi:
        r = ind::rsi(m_close, a, *out);
        break;
    case Kind::MacdLine:
    case Kind::MacdSignal: {
        std::vector<double> line(n), sig(n), hist(n);
        r = ind::macd(m_close, a, b, c, line, sig, hist);
        *out = kind == Kind::MacdLine ? std::move(line) : std::move(sig);
        break;
    }
    case Kind::BollingerMid:
    case Kind::BollingerUpper:
    case Kind::BollingerLower: {
        std::vector<double> mid(n), up(n), lo(n);
        r = ind::bollinger(m_close, a, k, mid, up, lo);
        *out = kind == Kind::BollingerMid     ? std::move(mid)
               : kind == Kind::BollingerUpper ? std::move(up)
                                              : std::move(lo);
        break;
    }
    case Kind::DonchianUpper:
        r = ind::rollingMax(m_high, a, *out);
        break;
    case Kind::DonchianLower:
        r = ind::rollingMin(m_low, a, *out);
        break;
    case Kind::Wma:
        r = ind::wma(m_close, a, *out);
        break;
    case Kind::Roc:
        r = ind::roc(m_close, a, *out);
        break;
    case Kind::Atr:
        r = ind::atr(m_high, m_low, m_close, a, *out);
        break;
    case Kind::StochK:
    case Kind::StochD: {
        std::vector<double> kLine(n), dLine(n);
        r = ind::stochastic(m_high, m_low, m_close, a, b, c, kLine, dLine);
        *out = kind == Kind::StochK ? std::move(kLine) : std::move(dLine);
        break;
    }
    case Kind::Obv:
        // Without volume (the three-array constructor) there is nothing to sum.
        if (m_volume.size() == n)
            r = ind::obv(m_close, m_volume, *out);
        else
            r = makeError(ErrorCode::InvalidArgument, "no volume", "obv");
        break;
    }
    if (!r)
        out->assign(n, std::numeric_limits<double>::quiet_NaN());
    m_arrays.emplace(key, std::move(out));
}

} // namespace sn::bt
