#pragma once

#include "core/backtest/Strategy.h"
#include "core/rules/RuleAst.h"
#include "core/rules/RuleDiagnostic.h"
#include "core/rules/RulePlan.h"

#include <optional>
#include <string>
#include <vector>

namespace sn::rules {

// Limits on what one rule may build (with kMaxRuleBytes and kMaxNesting of
// the parser they bound a run's memory: at most this many arrays).
inline constexpr std::size_t kMaxPlanNodes = 2000;
inline constexpr double kMaxPeriod = 1'000'000;

struct CompiledRule
{
    bt::StrategyInfo info;
    RulePlan plan;
};

// Names and types: resolves every name, checks each operand's type,
// folds constants, shares equal sub-expressions (one plan node each),
// drops what no output reads and assigns reusable buffers.
class RuleCompiler
{
public:
    static std::optional<CompiledRule> compile(const RuleAst &ast, const std::string &name,
                                               std::vector<Diagnostic> &diagnostics);
};

} // namespace sn::rules
