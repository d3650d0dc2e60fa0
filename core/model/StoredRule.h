#pragma once

#include "core/common/Time.h"

#include <QString>
#include <QtGlobal>

namespace sn {

// A strategy rule kept in the workspace (docs/rules.md): a name and its
// versions, each version the rule's whole text. Versions are numbered from 1
// and never change once written; saving a rule adds one.
struct StoredRule
{
    qint64 id = 0;
    QString name;
    int latestVersion = 0;
    TimestampMs createdAt = 0;
    TimestampMs updatedAt = 0; // when the latest version was saved
    QString description;       // the latest version's first-line comment, if any
};

struct RuleVersion
{
    qint64 ruleId = 0;
    QString name;
    int version = 0;
    QString source;
    QString note; // why this version was saved (may be empty)
    TimestampMs createdAt = 0;
};

} // namespace sn
