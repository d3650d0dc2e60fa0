#pragma once

#include "core/common/UserText.h"

#include <cstddef>
#include <initializer_list>
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

// A diagnostic's text in English (the CLI, --json, logs) and in the
// reader's language (the desktop's rule editor): made from SN_TEXT, so the
// translator core/common/UserText installs picks the reader's words. A plain
// string (a name from the rule, a number) reads the same in both.
struct DiagText
{
    std::string english;
    std::string user;

    DiagText() = default;
    // Implicit on purpose: a name or a number is passed as it is.
    DiagText(std::string same) : english(same), user(std::move(same)) {}
    DiagText(const char *same) : DiagText(std::string(same)) {}
    DiagText(std::string english_, std::string user_) : english(std::move(english_)), user(std::move(user_))
    {
    }

    bool empty() const { return english.empty(); }
};

// `text` filled in with `args` (%1 .. %9), in English and in the reader's language.
DiagText diagText(TextKey text, std::initializer_list<DiagText> args = {});

// One problem found in a rule: what, where, and what to do about it.
// `message` and `hint` are English (the CLI's `rule check`, logs);
// userMessage and userHint are the reader's, empty when they read the same.
struct Diagnostic
{
    SourceSpan at;
    std::string message;
    std::string hint;
    std::string userMessage;
    std::string userHint;

    Diagnostic() = default;
    Diagnostic(SourceSpan at_, const DiagText &message_, const DiagText &hint_ = {});

    // What the reader sees (their language where the diagnostic has it).
    const std::string &shownMessage() const { return userMessage.empty() ? message : userMessage; }
    const std::string &shownHint() const { return userHint.empty() ? hint : userHint; }

    // The compiler-style form an analyst reads:
    //   file:3:9: error: unknown name 'smaa'
    //       3 | entry = smaa(close, fast)
    //         |         ^~~~
    //   hint: did you mean 'sma'?
    std::string format(std::string_view source, std::string_view fileName) const;
    // The same in the reader's language ("error:", "hint:" and the texts).
    std::string formatForReader(std::string_view source, std::string_view fileName) const;
};

// Every diagnostic formatted, separated by blank lines.
std::string formatAll(const std::vector<Diagnostic> &diagnostics, std::string_view source,
                      std::string_view fileName);
std::string formatAllForReader(const std::vector<Diagnostic> &diagnostics, std::string_view source,
                               std::string_view fileName);

} // namespace sn::rules
