#pragma once

#include "core/common/Result.h"

#include <QString>

#include <memory>

class QCommandLineParser;

namespace sn::rules {
class RuleStrategy;
}

namespace sn::cli {

// --rule-file FILE / --rule TEXT for backtest, optimize and walkforward: a
// strategy rule (docs/rules.md) instead of a built-in --strategy.
struct RuleInputs
{
    static void addOptions(QCommandLineParser &p);
    // The compiled rule, or null when neither option is given. Errors: both
    // given, an unreadable file, or the rule's diagnostics (every problem
    // with file:line:column, the line, a caret and a hint).
    static Result<std::shared_ptr<const rules::RuleStrategy>> load(const QCommandLineParser &p);
    // Reads and compiles one file (the `rule check` command too).
    static Result<std::shared_ptr<const rules::RuleStrategy>> compileFile(const QString &path);
};

} // namespace sn::cli
