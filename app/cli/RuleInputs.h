#pragma once

#include "core/common/Result.h"

#include <QString>
#include <memory>

class QCommandLineParser;

namespace sn::rules {
class RuleStrategy;
}

namespace sn::cli {

class CliContext;
struct BacktestInputs;

// --rule-file FILE / --rule TEXT / --rule-name NAME for backtest, optimize and walkforward: a
// strategy rule (docs/rules.md) instead of a built-in --strategy.
struct RuleInputs
{
    static void addOptions(QCommandLineParser &p);
    // The compiled rule, or null when neither option is given. Errors: both
    // given, an unreadable file, or the rule's diagnostics (every problem
    // with file:line:column, the line, a caret and a hint).
    // `ctx` opens the workspace for a stored rule: --rule-name NAME, or
    // --rule NAME when the text is a bare rule name (a rule's text always
    // has an '='), with --rule-version N (default: the latest).
    static Result<std::shared_ptr<const rules::RuleStrategy>> load(const QCommandLineParser &p,
                                                                   CliContext *ctx);
    // A stored rule's version (0: the latest), compiled.
    static Result<std::shared_ptr<const rules::RuleStrategy>> loadStored(CliContext &ctx, const QString &name,
                                                                         int version);
    // `backtest` with a rule and several symbols (--symbols A,B,C or a
    // repeated --symbol): the rule on each symbol with an equal share of the
    // cash, reported per symbol and combined (rules::RuleUniverse).
    static int backtestEach(CliContext &ctx, BacktestInputs &in, const QCommandLineParser &p,
                            const QString &cmd);
    // Reads and compiles one file (the `rule check` command too).
    static Result<std::shared_ptr<const rules::RuleStrategy>> compileFile(const QString &path);
};

} // namespace sn::cli
