#pragma once

#include "core/common/Result.h"
#include "core/model/StoredRule.h"
#include "core/workspace/Change.h"

#include <vector>

namespace sn {

class Database;
class Workspace;

// Strategy rules kept in the workspace with their version history, for the
// lab's Rule tab, the CLI (`rules ...`) and the advisor. Saving is the
// guarded write path: one write transaction that compiles the text (a rule
// that does not compile is refused with every diagnostic, nothing written),
// numbers the next version under the rule's lock, commits, then announces a
// Rule change.
class RuleService
{
public:
    // The longest rule name accepted.
    static constexpr int kMaxNameLength = 100;

    explicit RuleService(const Workspace &workspace);

    // A name is 1 to 100 letters, digits, '_', '-' or '.', starting with a
    // letter or digit: it appears on command lines and as a file name.
    static Result<void> checkName(const QString &name);

    // Ordered by name, each with its latest version number.
    Result<std::vector<StoredRule>> list() const;
    // Version `version` of the rule (0: the latest). Errors name the rule and
    // the versions that exist.
    Result<RuleVersion> version(const QString &name, int version = 0) const;
    // Every version, oldest first; NotFound for an unknown rule.
    Result<std::vector<RuleVersion>> history(const QString &name) const;

    struct Saved
    {
        RuleVersion version;
        bool created = false; // false: the text equals the latest version, nothing written
    };
    // Saves `source` as the next version of `name` (version 1 of a new
    // rule). Text equal to the latest version adds nothing and announces
    // nothing. A rule that does not compile is refused with its diagnostics
    // ("NAME:line:column: error: ...").
    Result<Saved> save(const QString &name, const QString &source, const QString &note = {}) const;
    // The rule and its whole history.
    Result<void> remove(const QString &name) const;

    // Writes one version's text to `path` (a rule file for --rule-file).
    Result<RuleVersion> exportTo(const QString &name, int version, const QString &path) const;
    // Saves the rule in `path` under `name`, or under the file's base name
    // when `name` is empty ("breakout.rule" -> "breakout").
    Result<Saved> importFrom(const QString &path, const QString &name = {}) const;

private:
    const Database &m_db;
    ChangeHub &m_changes;
};

} // namespace sn
