#include "core/indicators/IndicatorRegistry.h"

#include "core/indicators/Indicators.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace sn::ind {
namespace {

IndicatorParam period(const char *name, double def, const char *what)
{
    return {name, def, 1, 100000, true, what};
}

std::vector<IndicatorDescriptor> makeDescriptors()
{
    const std::vector<std::string> c{"close"};
    const std::vector<std::string> hlc{"high", "low", "close"};
    return {
        {"sma",
         "Simple moving average",
         {period("period", 20, "bars averaged")},
         c,
         {"sma"},
         "arithmetic mean of the last period closes; first value at bar period-1"},
        {"ema",
         "Exponential moving average",
         {period("period", 20, "span; alpha = 2/(period+1)")},
         c,
         {"ema"},
         "alpha = 2/(period+1), seeded with the SMA of the first period closes"},
        {"wma",
         "Linearly weighted moving average",
         {period("period", 20, "bars; weights 1..period")},
         c,
         {"wma"},
         "weights 1..period, newest heaviest, divided by period(period+1)/2"},
        {"rsi",
         "Relative Strength Index (Wilder)",
         {period("period", 14, "Wilder smoothing length")},
         c,
         {"rsi"},
         "first averages are simple means of the first period changes, then Wilder smoothing; first value at "
         "bar period"},
        {"macd",
         "Moving Average Convergence/Divergence",
         {period("fast", 12, "fast EMA"), period("slow", 26, "slow EMA (> fast)"),
          period("signal", 9, "signal EMA of the line")},
         c,
         {"macd", "signal", "histogram"},
         "line = EMA(fast) - EMA(slow); signal = EMA(signal) of the line seeded with its SMA"},
        {"bollinger",
         "Bollinger Bands",
         {period("period", 20, "SMA length"), {"k", 2, 0, 100, false, "band width in standard deviations"}},
         c,
         {"mid", "upper", "lower"},
         "mid = SMA; bands = mid +/- k x population standard deviation of the window (Bollinger)"},
        {"atr",
         "Average True Range (Wilder)",
         {period("period", 14, "Wilder smoothing length")},
         hlc,
         {"atr"},
         "TR of the first bar = high-low; first ATR = mean of the first period TRs, then Wilder smoothing"},
        {"stochastic",
         "Stochastic oscillator %K/%D",
         {period("k_period", 14, "high/low lookback"), period("d_period", 3, "SMA of %K"),
          period("smooth", 1, "SMA applied to raw %K (1 = fast, 3 = slow)")},
         hlc,
         {"k", "d"},
         "raw %K = 100 (close - LL) / (HH - LL), 50 when HH = LL"},
        {"donchian",
         "Donchian channel",
         {period("period", 20, "bars including the current one")},
         {"high", "low"},
         {"upper", "lower", "mid"},
         "highest high / lowest low of the last period bars including the current one"},
        {"obv", "On-Balance Volume", {}, {"close", "volume"}, {"obv"}, "starts at 0 on the first bar"},
        {"roc",
         "Rate of change (percent)",
         {period("period", 12, "lookback bars")},
         c,
         {"roc"},
         "100 (x[t] - x[t-period]) / x[t-period]"},
    };
}

std::size_t warmupOf(std::string_view name, const std::map<std::string, int, std::less<>> &p)
{
    auto get = [&](const char *k) { return std::size_t(p.at(k)); };
    if (name == "rsi" || name == "roc")
        return get("period");
    if (name == "macd")
        return get("slow") + get("signal") - 2;
    if (name == "stochastic")
        return get("k_period") + get("smooth") + get("d_period") - 3;
    if (name == "obv")
        return 0;
    return get("period") - 1;
}

} // namespace

const std::vector<IndicatorDescriptor> &IndicatorRegistry::descriptors()
{
    static const std::vector<IndicatorDescriptor> all = makeDescriptors();
    return all;
}

const IndicatorDescriptor *IndicatorRegistry::find(std::string_view name)
{
    for (const auto &d : descriptors())
        if (d.name == name)
            return &d;
    return nullptr;
}

Result<IndicatorOutput> IndicatorRegistry::compute(std::string_view name,
                                                   const std::vector<std::pair<std::string, double>> &params,
                                                   const IndicatorInput &input)
{
    const IndicatorDescriptor *desc = find(name);
    if (!desc)
        return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::Indicators", "unknown indicator '%1'"),
                         {name})
            .at(SN_TEXT("sn::Indicators", "indicator"), {});
    // Every refusal below names the indicator, in English and in the reader's language.
    const auto bad = [&desc](TextKey text, std::initializer_list<std::string_view> args) {
        return Error(ErrorCode::InvalidArgument, text, args)
            .at(SN_TEXT("sn::Indicators", "indicator %1"), {desc->name});
    };
    std::map<std::string, double, std::less<>> values;
    for (const auto &p : desc->params)
        values[p.name] = p.defaultValue;
    for (const auto &[key, v] : params) {
        // Named init-capture: clang before 16 cannot capture a structured binding.
        auto spec = std::find_if(desc->params.begin(), desc->params.end(),
                                 [&wanted = key](const auto &p) { return p.name == wanted; });
        if (spec == desc->params.end())
            return bad(SN_TEXT("sn::Indicators", "unknown parameter '%1'"), {key});
        if (!std::isfinite(v) || v < spec->min || v > spec->max)
            return bad(SN_TEXT("sn::Indicators", "parameter '%1' = %2 is outside [%3, %4]"),
                       {key, std::to_string(v), std::to_string(spec->min), std::to_string(spec->max)});
        if (spec->integer && v != std::floor(v))
            return bad(SN_TEXT("sn::Indicators", "parameter '%1' must be a whole number"), {key});
        values[key] = v;
    }
    std::map<std::string, int, std::less<>> ints;
    for (const auto &[k, v] : values)
        ints[k] = int(v);
    const std::size_t n = !input.close.empty() ? input.close.size() : input.high.size();
    for (const auto &in : desc->inputs) {
        std::size_t size = in == "open"    ? input.open.size()
                           : in == "high"  ? input.high.size()
                           : in == "low"   ? input.low.size()
                           : in == "close" ? input.close.size()
                                           : input.volume.size();
        if (size != n)
            return bad(SN_TEXT("sn::Indicators", "input '%1' has %2 values, expected %3"),
                       {in, std::to_string(size), std::to_string(n)});
    }
    if (desc->name == "macd" && ints["fast"] >= ints["slow"])
        return bad(SN_TEXT("sn::Indicators", "parameter 'fast' must be less than 'slow'"), {});
    IndicatorOutput out;
    out.warmup = warmupOf(desc->name, ints);
    if (n <= out.warmup)
        return bad(SN_TEXT("sn::Indicators", "too few bars: %1 given, the warm-up needs %2"),
                   {std::to_string(n), std::to_string(out.warmup + 1)});
    out.names = desc->outputs;
    out.values.assign(desc->outputs.size(), std::vector<double>(n));
    auto &o = out.values;
    Result<void> r;
    const std::string &nm = desc->name;
    if (nm == "sma")
        r = sma(input.close, ints["period"], o[0]);
    else if (nm == "ema")
        r = ema(input.close, ints["period"], o[0]);
    else if (nm == "wma")
        r = wma(input.close, ints["period"], o[0]);
    else if (nm == "rsi")
        r = rsi(input.close, ints["period"], o[0]);
    else if (nm == "macd")
        r = macd(input.close, ints["fast"], ints["slow"], ints["signal"], o[0], o[1], o[2]);
    else if (nm == "bollinger")
        r = bollinger(input.close, ints["period"], values["k"], o[0], o[1], o[2]);
    else if (nm == "atr")
        r = atr(input.high, input.low, input.close, ints["period"], o[0]);
    else if (nm == "stochastic")
        r = stochastic(input.high, input.low, input.close, ints["k_period"], ints["d_period"], ints["smooth"],
                       o[0], o[1]);
    else if (nm == "donchian")
        r = donchian(input.high, input.low, ints["period"], o[0], o[1], o[2]);
    else if (nm == "obv")
        r = obv(input.close, input.volume, o[0]);
    else
        r = roc(input.close, ints["period"], o[0]);
    if (!r)
        return r.error();
    return out;
}

} // namespace sn::ind
