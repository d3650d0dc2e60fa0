#pragma once

#include "core/common/Result.h"

#include <cstddef>
#include <span>

// Batch technical indicators over contiguous arrays. Every function is O(n),
// writes one value per input bar into caller-owned output spans of the same
// length, allocates nothing per bar, and fills the warm-up bars with NaN.
// Preconditions (periods >= 1, equal lengths) are checked and reported as
// InvalidArgument errors naming the parameter; a NaN inside the input
// propagates to every later value of a running-sum indicator.
namespace sn::ind {

// Simple moving average: mean of the last `period` values, from a running
// sum (one add of new - old per bar) that is formed afresh from the window
// at every multiple of smaAnchorEvery(period) bars, so its rounding error
// never builds up over more updates than that (a sum kept for a million
// bars of a wide-ranging series drifts, and two averages that are exactly
// equal come out an ulp apart; see backtest/SmaTies).
Result<void> sma(std::span<const double> in, int period, std::span<double> out);

// The re-forming interval of sma() for a period: a power of two, at least
// 1024 and at least 4 x period (so re-forming costs at most 1/4 add per bar).
std::size_t smaAnchorEvery(int period);

// Two simple moving averages of the same input in one pass (a moving-average
// crossover needs both): equal bit for bit to sma(in, periodA, outA) and
// sma(in, periodB, outB), in about the time of one, since the two running
// sums are independent chains that overlap.
Result<void> smaPair(std::span<const double> in, int periodA, int periodB, std::span<double> outA,
                     std::span<double> outB);

// Exponential moving average, alpha = 2 / (period + 1), seeded with the SMA of
// the first `period` values (StockCharts / TA-Lib convention): first value at
// index period - 1.
Result<void> ema(std::span<const double> in, int period, std::span<double> out);

// Linearly weighted moving average, weights 1..period (newest heaviest).
Result<void> wma(std::span<const double> in, int period, std::span<double> out);

// Wilder's RSI (New Concepts in Technical Trading Systems, 1978): the first
// average gain/loss is the simple mean of the first `period` changes, later
// ones use Wilder smoothing avg = (avg * (period - 1) + x) / period. First
// value at index `period`. No losses in the window gives 100; a window
// without any change gives 50.
Result<void> rsi(std::span<const double> in, int period, std::span<double> out);

// MACD line = EMA(fast) - EMA(slow); signal = EMA(signal) of the line seeded
// with the SMA of its first `signal` values; histogram = line - signal.
Result<void> macd(std::span<const double> in, int fast, int slow, int signal, std::span<double> line,
                  std::span<double> signalOut, std::span<double> histogram);

// Bollinger Bands: mid = SMA(period), upper/lower = mid +/- k * sigma with
// sigma the POPULATION standard deviation of the window (divide by period),
// as in John Bollinger's definition and StockCharts' tables.
Result<void> bollinger(std::span<const double> in, int period, double k, std::span<double> mid,
                       std::span<double> upper, std::span<double> lower);

// Wilder's Average True Range. TR[0] = high - low (no previous close), later
// TR = max(high - low, |high - prevClose|, |low - prevClose|); the first ATR
// at index period - 1 is the mean of the first `period` TRs (Wilder,
// StockCharts), then Wilder smoothing.
Result<void> atr(std::span<const double> high, std::span<const double> low, std::span<const double> close,
                 int period, std::span<double> out);

// Stochastic oscillator. Raw %K = 100 * (close - LL) / (HH - LL) over
// `kPeriod` bars (50 when HH == LL); %K = SMA(smooth) of raw %K (smooth = 1 is
// the fast stochastic, 3 the usual slow one); %D = SMA(dPeriod) of %K.
Result<void> stochastic(std::span<const double> high, std::span<const double> low,
                        std::span<const double> close, int kPeriod, int dPeriod, int smooth,
                        std::span<double> k, std::span<double> d);

// Donchian channel over the last `period` bars including the current one:
// upper = highest high, lower = lowest low, mid = (upper + lower) / 2.
Result<void> donchian(std::span<const double> high, std::span<const double> low, int period,
                      std::span<double> upper, std::span<double> lower, std::span<double> mid);

// On-Balance Volume starting at 0 on the first bar: + volume on an up close,
// - volume on a down close, unchanged on an equal close.
Result<void> obv(std::span<const double> close, std::span<const double> volume, std::span<double> out);

// Rate of change in percent: 100 * (x[i] - x[i-period]) / x[i-period]
// (NaN where the base is 0).
Result<void> roc(std::span<const double> in, int period, std::span<double> out);

// Rolling maximum / minimum over `period` values including the current one
// (monotonic deque; used by Donchian and Stochastic).
Result<void> rollingMax(std::span<const double> in, int period, std::span<double> out);
Result<void> rollingMin(std::span<const double> in, int period, std::span<double> out);

} // namespace sn::ind
