#pragma once

#include <cstdint>
#include <span>

namespace sn::bt {

// The crossover rule both peers use (backtrader's CrossOver, vectorbt's
// crossed_above/below), ties included: with d = fast - slow, "up" at bar t
// when the last non-zero d before t was negative and d[t] > 0, "down"
// symmetrically; the first bar that can signal is the one after the first
// bar where both lines exist. Up = kEnterLong|kExitShort, down =
// kExitLong|kEnterShort; other bars kNoSignal.
void crossoverSignals(std::span<const double> fast, std::span<const double> slow, std::span<std::uint8_t> out);

} // namespace sn::bt
