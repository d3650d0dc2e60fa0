#pragma once

#include <cstddef>
#include <span>

namespace sn::bt {

// Deciding the sign of SMA(fast) - SMA(slow) as exact arithmetic would.
//
// The averages come from running sums (ind::sma): each new bar adds one
// close and drops another, so after many bars the sum carries rounding
// error. Where closes repeat (holidays carry the previous close) the two
// averages can be exactly equal, and the running sums turn that tie into a
// difference of an ulp or two: a crossover that no exact computation (and
// no peer backtester) sees. A computed difference larger than
// errorBound() has the exact sign; within it, exactSign() sums the two
// windows without rounding error. Real crossings almost never fall within
// the bound (about 1e-9 of the price level after a million bars), so the
// exact path runs only at ties and costs nothing elsewhere.
struct SmaTies
{
    std::span<const double> close;
    int fast = 0;
    int slow = 0;
    double maxAbsClose = 0; // over the whole series (or at least up to every bar asked about)

    // An upper bound on |computed - exact| of SMA(fast)[i] - SMA(slow)[i]
    // when both were formed as ind::sma forms them (a first sum over the
    // period, then one add of (new - old) per bar, times 1/period). Its
    // derivation is in SmaTies.cpp.
    double errorBound(std::size_t i) const;

    // -1, 0 or 1: the sign of sum(close[i-fast+1..i]) / fast -
    // sum(close[i-slow+1..i]) / slow in exact arithmetic over the stored
    // doubles. Needs i + 1 >= max(fast, slow).
    int exactSign(std::size_t i) const;
};

// The largest |close| of a series (0 for an empty one).
double maxAbs(std::span<const double> values);

} // namespace sn::bt
