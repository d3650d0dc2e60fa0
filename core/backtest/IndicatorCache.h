#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <tuple>
#include <utility>
#include <vector>

namespace sn::bt {

// Indicator arrays of one price series, each computed once and shared: a
// sweep over 7,925 SMA pairs computes each SMA length once, not per pair.
// Thread-safe; returned references stay valid for the cache's lifetime.
class IndicatorCache
{
public:
    enum class Kind : std::uint8_t
    {
        Sma,
        Ema,
        Rsi,
        MacdLine,
        MacdSignal,
        BollingerMid,
        BollingerUpper,
        BollingerLower,
        DonchianUpper,
        DonchianLower,
        // Used by strategy rules (core/rules): a = period unless noted.
        Wma,
        Roc,
        Atr,
        StochK /* a, b, c = k, d, smooth */,
        StochD /* as StochK */,
        Obv,
    };

    IndicatorCache(std::span<const double> high, std::span<const double> low, std::span<const double> close);
    // With open and volume too (strategy rules read every price field).
    IndicatorCache(std::span<const double> open, std::span<const double> high, std::span<const double> low,
                   std::span<const double> close, std::span<const double> volume);

    // Periods are validated by the strategy; a bad one gives an all-NaN array.
    const std::vector<double> &get(Kind kind, int a, int b = 0, int c = 0, double k = 0);

    // Two arrays of one kind at once: two missing SMAs (a crossover's fast
    // and slow line) are computed in one pass; anything else as get().
    std::pair<const std::vector<double> &, const std::vector<double> &> getPair(Kind kind, int a, int b);

    // When neither SMA(a) nor SMA(b) is cached (a != b): lets `fill` write
    // both arrays (it must compute them exactly as ind::sma does, e.g. with
    // smaCrossover() making signals in the same pass), caches them and
    // returns true. Otherwise calls nothing and returns false.
    using PairFillFn = std::function<void(std::span<double>, std::span<double>)>;
    bool computeSmaPair(int a, int b, const PairFillFn &fill);

    std::span<const double> open() const { return m_open; }     // empty unless given
    std::span<const double> volume() const { return m_volume; } // empty unless given
    std::span<const double> high() const { return m_high; }
    std::span<const double> low() const { return m_low; }
    std::span<const double> close() const { return m_close; }
    std::size_t size() const { return m_close.size(); }
    // max |close| per TieBand::kChunk bars (closeChunkMaxima), computed on
    // first use and shared: a sweep's SMA pairs read their tie bands from it
    // instead of each scanning the closes again.
    std::span<const double> closeChunkMaxima();

private:
    using Key = std::tuple<Kind, int, int, int, double>;
    void compute(const Key &key);

    std::span<const double> m_open;
    std::span<const double> m_high;
    std::span<const double> m_low;
    std::span<const double> m_close;
    std::span<const double> m_volume;
    std::once_flag m_closeChunkMaxOnce;
    std::vector<double> m_closeChunkMax;
    std::mutex m_mutex;
    std::map<Key, std::unique_ptr<std::vector<double>>> m_arrays;
};

} // namespace sn::bt
