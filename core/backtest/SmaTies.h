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
    // scans thousands of pairs over one series); TieBand scans the closes
    // itself otherwise.
    std::span<const double> chunkMax = {};

    // -1, 0 or 1: the sign of sum(close[i-fast+1..i]) / fast -
    // sum(close[i-slow+1..i]) / slow in exact arithmetic over the stored
    // doubles. Needs i + 1 >= max(fast, slow).
    int exactSign(std::size_t i) const;
};

// An upper bound on |computed - exact| of SMA(fast)[i] - SMA(slow)[i] when
// both come from ind::sma's running sums (re-formed every
// ind::smaAnchorEvery(period) bars) is tieBandFactor(fast, slow) x M +
// DBL_MIN, M the largest |close| those sums can have seen since their last
// re-forming (the derivation is in SmaTies.cpp). TieBand measures M from the
// closes; the one-pass kernel smaCrossover keeps it from the closes it reads
// anyway.
double tieBandFactor(int fast, int slow);

// max |close| of each TieBand::kChunk bars, in order (NaN closes skipped).
std::vector<double> closeChunkMaxima(std::span<const double> close);

// That bound for SMA arrays made elsewhere (the sweep's and the rules'
// cached averages), one per segment: the bars between two re-formings of the
// sum that re-forms more often. Each segment's closes are read once when the
// bars are visited in order (the scans do), while the caller is about to
// read them anyway, so there is no separate pass.
class TieBand
{
public:
    static constexpr std::size_t kChunk = 1024; // divides every segment length

    explicit TieBand(const SmaTies &ties);

    // Valid for every bar of the segment holding i.
    double at(std::size_t i) { return (i >> m_shift) == m_segment ? m_band : enter(i >> m_shift); }
    // Segment length: a power of two, at least 1,024.
    std::size_t segmentLength() const { return std::size_t(1) << m_shift; }

private:
    double enter(std::size_t segment);

    std::span<const double> m_close;
    std::span<const double> m_chunkMax; // closeChunkMaxima(m_close), if given
    unsigned m_shift = 10;              // log2 of the segment length
    std::size_t m_slowMask = 0;         // anchor interval - 1 of the sum that re-forms less often
    std::size_t m_longer = 0;           // the longer period
    double m_factor = 0;                // bound = factor x largest |close| seen
    std::size_t m_segment = static_cast<std::size_t>(-1);
    double m_seen = 0; // largest |close| seen by both sums through the current segment
    double m_band = 0;
};

} // namespace sn::bt
