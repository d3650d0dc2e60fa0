#pragma once

#include "core/backtest/BacktestTypes.h"
#include "core/common/Result.h"

#include <atomic>
#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace sn::bt {

class IndicatorCache;

enum class ParamType
{
    Int,
    Double,
    Bool,
    Enum
};
const char *paramTypeName(ParamType t);

// One typed strategy parameter, as the CLI, the GUI form and the advisor read
// it. Bool values are 0/1; Enum values are an index into `choices`.
struct ParamSpec
{
    std::string name;
    ParamType type = ParamType::Int;
    double defaultValue = 0;
    double min = 0;
    double max = 0;
    std::string description;
    std::vector<std::string> choices;
};

// `lesser` must be strictly below `greater` (fast < slow).
struct ParamConstraint
{
    std::string lesser;
    std::string greater;
};

struct StrategyInfo
{
    std::string name;
    std::string description;
    std::vector<ParamSpec> params;
    std::vector<ParamConstraint> lessThan;
    bool supportsShort = true;
    bool multiAsset = false;

    int indexOf(const std::string &param) const; // -1 when unknown
    std::vector<double> defaults() const;
    // Range, type and constraint checks on values in spec order; the error
    // names the parameter.
    Result<void> validate(std::span<const double> values) const;
    // "fast=10", "slow=30" style overrides on top of the defaults: unknown
    // names, unparsable text, out-of-range values and broken constraints are
    // errors naming the parameter.
    Result<std::vector<double>>
    resolve(const std::vector<std::pair<std::string, std::string>> &overrides) const;
    // The same with numeric overrides (sweeps, the GUI form).
    Result<std::vector<double>> resolve(const std::vector<std::pair<std::string, double>> &overrides) const;
};

// A built-in strategy turns one series into SignalFlag bits in one batch call
// (one virtual call per run, never per bar).
class Strategy
{
public:
    virtual ~Strategy() = default;
    virtual const StrategyInfo &info() const = 0;
    // Bars consumed before the first possible signal for these parameters.
    virtual std::size_t warmup(std::span<const double> params) const = 0;
    // Fills `out` (one entry per bar of the cache's series). Parameters must
    // have passed info().validate().
    virtual void computeSignals(std::span<const double> params, IndicatorCache &cache,
                                std::span<std::uint8_t> out) const = 0;
    // The same, advancing `ready` (release order) to the length of the prefix
    // of `out` that is final, so the simulation can follow on another core.
    // By default everything is published at the end.
    virtual void computeSignalsPublishing(std::span<const double> params, IndicatorCache &cache,
                                          std::span<std::uint8_t> out, std::atomic<std::size_t> &ready) const
    {
        computeSignals(params, cache, out);
        ready.store(out.size(), std::memory_order_release);
    }
    // The simulation's config for these parameters: a strategy that states
    // its own stops (a rule, core/rules) applies them to `base` here; an
    // error names the conflict. The built-ins use `base` as given.
    virtual Result<BacktestConfig> configFor(std::span<const double> params, const BacktestConfig &base) const
    {
        (void)params;
        return base;
    }
    // Stops as per-bar distances in price that the strategy states (a
    // rule's `stop = 2 * atr(14)`), one value per bar of the cache's
    // series; returns false (and leaves `out` empty) when it states none,
    // as every built-in does. Apply them with StopDistances::applyTo on
    // the config from configFor().
    virtual bool computeStopDistances(std::span<const double> params, IndicatorCache &cache,
                                      StopDistances &out) const
    {
        (void)params;
        (void)cache;
        out = {};
        return false;
    }
};

} // namespace sn::bt
