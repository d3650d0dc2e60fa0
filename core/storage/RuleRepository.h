#pragma once

#include "core/common/Result.h"
#include "core/model/StoredRule.h"

#include <vector>

namespace sn {

class Database;

// Strategy rules and their version history (tables rules, rule_versions).
// Only RuleService (core/workspace) writes through it, inside the one
// transaction that also validated the text.
class RuleRepository
{
public:
    explicit RuleRepository(const Database &db) : m_db(db) {}

    // Ordered by name.
    Result<std::vector<StoredRule>> list();
    // NotFound when no rule has that name.
    Result<StoredRule> findByName(const QString &name);
    // One version of a rule; version 0 is the latest. NotFound names what is
    // missing (the rule, or that version with the ones that exist).
    Result<RuleVersion> version(const QString &name, int version = 0);
    // Every version, oldest first.
    Result<std::vector<RuleVersion>> history(const QString &name);
    // Adds the next version of `name`, creating the rule when it has none.
    // Must run inside Database::transaction: the rule row is locked (FOR
    // UPDATE on PostgreSQL; SQLite's write transaction is already exclusive)
    // before the next number is read, so two writers never take the same one.
    Result<RuleVersion> appendVersion(const QString &name, const QString &source, const QString &note);
    // The rule and all its versions.
    Result<void> remove(const QString &name);

private:
    const Database &m_db;
};

} // namespace sn
