#include "core/rules/BuiltinRules.h"

#include <utility>

namespace sn::rules {

namespace {

struct Entry
{
    const char *name;
    const char *text;
};

// Ranges and defaults copy the built-ins' ParamSpecs (BuiltinStrategies.cpp).
const Entry kRules[] = {
    {"sma_cross", R"(# SMA crossover: fast above slow = long, below = exit (or short)
param fast: int = 10 in 1..5000   # fast average length (bars)
param slow: int = 30 in 2..5000   # slow average length (bars)
require fast < slow
let up = cross_above(sma(close, fast), sma(close, slow))
let down = cross_below(sma(close, fast), sma(close, slow))
entry = up
exit = down
short_entry = down
short_exit = up
)"},
    {"ema_cross", R"(# EMA crossover: fast above slow = long, below = exit (or short)
param fast: int = 10 in 1..5000   # fast average length (bars)
param slow: int = 30 in 2..5000   # slow average length (bars)
require fast < slow
let up = cross_above(ema(close, fast), ema(close, slow))
let down = cross_below(ema(close, fast), ema(close, slow))
entry = up
exit = down
short_entry = down
short_exit = up
)"},
    {"macd_cross", R"(# MACD line crossing its signal line: up = long, down = exit (or short)
param fast: int = 12 in 1..5000     # fast EMA
param slow: int = 26 in 2..5000     # slow EMA
param signal: int = 9 in 1..5000    # signal EMA of the MACD line
require fast < slow
let line = macd_line(close, fast, slow, signal)
let trigger = macd_signal(close, fast, slow, signal)
entry = cross_above(line, trigger)
exit = cross_below(line, trigger)
short_entry = cross_below(line, trigger)
short_exit = cross_above(line, trigger)
)"},
    {"rsi_reversion",
     R"(# RSI mean reversion: enter long below 'lower', exit above 'upper' (long/short: short above 'upper', cover below 'lower')
param period: int = 14 in 2..1000    # Wilder RSI length
param lower: float = 30 in 0..100    # oversold level: long entry
param upper: float = 70 in 0..100    # overbought level: long exit
require lower < upper
let r = rsi(close, period)
entry = r < lower
exit = r > upper
short_entry = r > upper
short_exit = r < lower
)"},
    {"bollinger_reversion",
     R"(# Bollinger mean reversion: long on a close below the lower band, exit at the middle
param period: int = 20 in 2..5000   # SMA length
param k: float = 2 in 0.1..10       # band width in population standard deviations
entry = close < bb_lower(close, period, k)
exit = close >= bb_mid(close, period, k)
short_entry = close > bb_upper(close, period, k)
short_exit = close < bb_mid(close, period, k)
)"},
    {"bollinger_breakout",
     R"(# Bollinger breakout: long on a close above the upper band, exit below the middle
param period: int = 20 in 2..5000   # SMA length
param k: float = 2 in 0.1..10       # band width in population standard deviations
entry = close > bb_upper(close, period, k)
exit = close < bb_mid(close, period, k)
short_entry = close < bb_lower(close, period, k)
short_exit = close > bb_mid(close, period, k)
)"},
    {"donchian_breakout",
     R"(# Donchian breakout: long on a close above the previous 'period'-bar high, exit (or short) on a close below the previous 'exit_period'-bar low
param period: int = 20 in 1..5000        # entry channel length
param exit_period: int = 10 in 1..5000   # exit channel length
entry = close > highest(high, period)[1]
exit = close < lowest(low, exit_period)[1]
short_entry = close < lowest(low, period)[1]
short_exit = close > highest(high, exit_period)[1]
)"},
    {"buy_hold", R"(# Buy and hold (the benchmark): enter at the first possible bar, never exit
entry = true
)"},
};

} // namespace

std::vector<std::string> BuiltinRules::names()
{
    std::vector<std::string> out;
    for (const Entry &e : kRules)
        out.emplace_back(e.name);
    return out;
}

std::string BuiltinRules::ruleFor(std::string_view strategy)
{
    for (const Entry &e : kRules)
        if (strategy == e.name)
            return e.text;
    return {};
}

} // namespace sn::rules
