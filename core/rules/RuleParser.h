#pragma once

#include "core/rules/RuleAst.h"
#include "core/rules/RuleDiagnostic.h"

#include <string_view>
#include <vector>

namespace sn::rules {

// Limits that keep a rule small whatever is typed (or fuzzed) into it: the
// parser's recursion and every later pass are bounded by these.
inline constexpr std::size_t kMaxRuleBytes = 64 * 1024;
inline constexpr int kMaxNesting = 64;

// Line-oriented recursive-descent parser. A statement ends at the end of
// its line unless a bracket is still open. A syntax error skips to the next
// statement, so one pass reports every broken line.
class RuleParser
{
public:
    static RuleAst parse(std::string_view source, std::vector<Diagnostic> &diagnostics);
};

} // namespace sn::rules
