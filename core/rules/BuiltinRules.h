#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sn::rules {

// Each built-in single-series strategy written out as a rule with the same
// parameters, defaults and ranges: the lab's "new rule from built-in", and
// the texts whose signals tst_rule_builtins holds equal to the built-ins'
// bit for bit (so they double as the proof of what the language can say).
class BuiltinRules
{
public:
    // Names of the built-ins that have a rule form (all single-series ones).
    static std::vector<std::string> names();
    // The rule text, or empty when `strategy` has no rule form.
    static std::string ruleFor(std::string_view strategy);
};

} // namespace sn::rules
