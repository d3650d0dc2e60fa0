#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace sn::bt {

// Deciding the sign of SMA(fast) - SMA(slow) as exact arithmetic would.
//
// The averages come from running sums (ind::sma): each new bar adds one
// close and drops another, so the sums carry rounding error. Where closes
// repeat (holidays carry the previous close) the two averages can be
// exactly equal, and the running sums turn that tie into a difference of
// an ulp or two: a crossover that no exact computation (and no peer
// backtester) sees. A computed difference outside the tie band (TieBand)
// has the exact sign; within it, exactSign() sums the two windows without
// rounding error. Real crossings almost never fall within the band (about
// 1e-12 of the local price level), so the exact path runs only at ties.
struct SmaTies
{
    std::span<const double> close;
    int fast = 0;
    int slow = 0;
    // Optional: closeChunkMaxima(close), when the caller keeps it (a sweep
    // scans thousands of pairs over one series); computed on demand otherwise.
    std::span<const double> chunkMax = {};

    // -1, 0 or 1: the sign of sum(close[i-fast+1..i]) / fast -
    // sum(close[i-slow+1..i]) / slow in exact arithmetic over the stored
    // doubles. Needs i + 1 >= max(fast, slow).
    int exactSign(std::size_t i) const;
};

// An upper bound on |computed - exact| of SMA(fast)[i] - SMA(slow)[i] when
// both come from ind::sma's running sums (re-formed every
// ind::smaAnchorEvery(period) bars). Constant over chunks of kChunk bars:
// each chunk's bound comes from the largest |close| its sums can have seen
// since they were last re-formed. The derivation is in SmaTies.cpp.
// max |close| of each TieBand::kChunk bars, in order.
std::vector<double> closeChunkMaxima(std::span<const double> close);

class TieBand
{
public:
    static constexpr std::size_t kChunk = 1024;

    explicit TieBand(const SmaTies &ties);
    // Cheap while i stays in one chunk; chunks are measured once each.
    double at(std::size_t i) { return i / kChunk == m_chunk ? m_band : enter(i / kChunk); }

private:
    double enter(std::size_t chunk);

    std::span<const double> m_close;
    std::size_t m_reach = 0;         // bars before a chunk that its sums may still hold
    double m_factor = 0;             // bound = factor x largest |close|
    std::span<const double> m_given; // precomputed chunk maxima, if any
    std::vector<double> m_chunkMax;
    std::size_t m_chunk = static_cast<std::size_t>(-1);
    double m_band = 0;
};

} // namespace sn::bt
