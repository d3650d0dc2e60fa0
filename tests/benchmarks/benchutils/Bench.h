#pragma once

#include <chrono>
#include <functional>
#include <string>

namespace sn::bench {

using Clock = std::chrono::steady_clock;

// Runs `fn` `repeats` times (after one warm-up) and returns the best and the
// median wall time in milliseconds.
struct Timing
{
    double bestMs = 0;
    double medianMs = 0;
    int runs = 0;
};
Timing measure(const std::function<void()> &fn, int repeats);

// Peak resident set size of this process so far (VmHWM), in MiB.
double peakRssMiB();
// Current resident set size (VmRSS), in MiB.
double currentRssMiB();
// "2 cores, Intel(R) Xeon(R) ..., 24 GiB" from /proc.
std::string machineDescription();

// Prints one result line: "name: 12.345 ms (best of N, median M ms) [limit L ms: PASS|FAIL]".
// Returns true when within the limit (limit <= 0 means no limit).
bool report(const std::string &name, const Timing &t, double limitMs);

} // namespace sn::bench
