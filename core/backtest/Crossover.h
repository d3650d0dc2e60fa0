#pragma once

#include "core/backtest/SmaTies.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <span>

namespace sn::bt {

// The crossover rule both peers use (backtrader's CrossOver, vectorbt's
// crossed_above/below), ties included: with d = fast - slow, "up" at bar t
// when the last non-zero d before t was negative and d[t] > 0, "down"
// symmetrically; the first bar that can signal is the one after the first
// bar where both lines exist. Up = kEnterLong|kExitShort, down =
// kExitLong|kEnterShort; other bars kNoSignal.
void crossoverSignals(std::span<const double> fast, std::span<const double> slow,
                      std::span<std::uint8_t> out);

// The same rule for two SMAs of ties.close made as ind::sma makes them, with
// the sign of each difference as exact arithmetic gives it (SmaTies): an
// exact tie that the running sums turned into an ulp of difference is a tie.
void smaCrossoverSignals(const SmaTies &ties, std::span<const double> fast, std::span<const double> slow,
                         std::span<std::uint8_t> out);

// The same rule applied run by run: run(fast, slow, out, from, to) writes
// out[from, to) and carries the last sign to the next call, so consecutive
// runs covering [0, n) give exactly crossoverSignals() (for example while
// the two averages are produced block by block, see smaCrossover()).
class CrossoverScan
{
public:
    // With `ties` (kept by the caller for the scan's lifetime) the signs are
    // those of exact arithmetic, as in smaCrossoverSignals().
    explicit CrossoverScan(const SmaTies *ties = nullptr);

    void run(std::span<const double> fast, std::span<const double> slow, std::span<std::uint8_t> out,
             std::size_t from, std::size_t to);

    // Eight bars whose differences are all defined and non-zero, given as
    // bit masks (bit k: d > 0 / d < 0 at the k-th bar): writes their eight
    // signals to out[0, 8). Only after run() has seen the first bar where
    // both lines exist.
    void block(unsigned pos, unsigned neg, std::uint8_t *out);

    // Bar by bar over [from, to) with a tie band the caller knows to hold
    // for each of those bars (TieBand::at of their segment), instead of the
    // scan's own. Only after run() has seen the first bar where both lines
    // exist.
    void runWithin(std::span<const double> fast, std::span<const double> slow, std::span<std::uint8_t> out,
                   std::size_t from, std::size_t to, double band);

private:
    int signAt(std::span<const double> fast, std::span<const double> slow, std::size_t i, double band) const;
    double bandAt(std::size_t i) { return m_ties ? m_band.at(i) : 0.0; }

    const SmaTies *m_ties = nullptr;
    TieBand m_band;
    bool m_started = false; // both lines have existed at some bar before
    int m_last = 0;         // sign of the last non-zero difference
};

// SMA(fast) and SMA(slow) of `close` into fastOut / slowOut, bit for bit
// ind::sma, and their smaCrossoverSignals() into `out`, in one pass: the
// signals of each eight bars are made right after their averages, while
// the running sums' add chain (the pass's real cost) is still waiting, so
// they come almost for free. Periods >= 1 and equal lengths are the
// caller's to check.
// `published` (optional) is advanced, with release order, to the length of
// the prefix of `out` that is final, every 32,768 bars and at the end, so a
// simulation can follow the pass on another core (Simulator::runIntoFollowing).
void smaCrossover(std::span<const double> close, int fast, int slow, std::span<double> fastOut,
                  std::span<double> slowOut, std::span<std::uint8_t> out,
                  std::atomic<std::size_t> *published = nullptr);

} // namespace sn::bt
