#pragma once

#include "core/backtest/BacktestTypes.h"
#include "core/backtest/Strategy.h"
#include "core/common/Result.h"
#include "core/rules/RuleDiagnostic.h"
#include "core/rules/RulePlan.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sn::rules {

// A strategy written as a rule (docs/rules.md), compiled once into a
// RulePlan and then run like a built-in: Backtester::run, Optimizer and
// WalkForward take it through BacktestRequest::custom /
// SweepConfig::custom, and every indicator array comes from the run's
// shared IndicatorCache, so a sweep computes each distinct one once.
// Immutable after compile(); computeSignals may run on many threads at once.
class RuleStrategy final : public bt::Strategy
{
public:
    // Parses, type-checks and compiles `source`. On any problem returns null
    // and appends every diagnostic found (line, column, message, hint).
    static std::unique_ptr<RuleStrategy> compile(std::string_view source, const std::string &name,
                                                 std::vector<Diagnostic> &diagnostics);
    // The same with the diagnostics formatted into one error (for the CLI
    // and the advisor): "file:3:9: error: ...", the line, a caret, a hint.
    static Result<std::unique_ptr<RuleStrategy>> fromText(std::string_view source, const std::string &name,
                                                          std::string_view fileName = {});

    const bt::StrategyInfo &info() const override { return m_info; }
    std::size_t warmup(std::span<const double> params) const override;
    void computeSignals(std::span<const double> params, bt::IndicatorCache &cache,
                        std::span<std::uint8_t> out) const override;

    // The stops the rule states, as fractions (0 where it states none).
    struct Stops
    {
        double stopLoss = 0;
        double takeProfit = 0;
        double trailingStop = 0;
    };
    Stops stops(std::span<const double> params) const;
    bool statesStops() const;
    // Indices of the parameters the stops are computed from (a sweep over
    // one of them would need a config per combination: refused).
    std::vector<int> stopParameters() const;
    // `base` with the rule's stops applied. A stop both in the rule and in
    // `base` is an error naming it; so is a stop outside [0, 1).
    Result<bt::BacktestConfig> configFor(std::span<const double> params,
                                         const bt::BacktestConfig &base) const override;
    // The rule's `stop`, `target` and `trail` distances over the series.
    bool computeStopDistances(std::span<const double> params, bt::IndicatorCache &cache,
                              bt::StopDistances &out) const override;

    const RulePlan &plan() const { return m_plan; }
    const std::string &source() const { return m_source; }

private:
    RuleStrategy() = default;

    std::string m_source;
    bt::StrategyInfo m_info;
    RulePlan m_plan;
};

} // namespace sn::rules
