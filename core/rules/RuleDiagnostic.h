#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sn::rules {

// Where a token or an expression sits in the rule text (1-based line and
// column, counted in bytes; length >= 1 for the caret run).
struct SourceSpan
{
    int line = 1;
    int column = 1;
    int length = 1;
};

// One problem found in a rule: what, where, and what to do about it.
struct Diagnostic
{
    SourceSpan at;
    std::string message;
    std::string hint;

    // The compiler-style form an analyst reads:
    //   file:3:9: error: unknown name 'smaa'
    //       3 | entry = smaa(close, fast)
    //         |         ^~~~
    //   hint: did you mean 'sma'?
    std::string format(std::string_view source, std::string_view fileName) const;
};

// Every diagnostic formatted, separated by blank lines.
std::string formatAll(const std::vector<Diagnostic> &diagnostics, std::string_view source,
                      std::string_view fileName);

} // namespace sn::rules
