#pragma once

#include "core/common/Result.h"
#include "core/workspace/Change.h"

#include <QString>

namespace sn {

class Database;
class Workspace;

// Settings kept in the database (shared by the desktop app and the CLI: the
// default convention, the risk-free rate, the advisor's configuration). Each
// change is announced as a Setting change with its key.
class SettingsService
{
public:
    explicit SettingsService(const Workspace &workspace);

    // NotFound when the key is not set.
    Result<QString> get(const QString &key) const;
    // `fallback` when the key is not set; storage errors still fail.
    Result<QString> value(const QString &key, const QString &fallback) const;
    Result<void> set(const QString &key, const QString &value) const;
    // Removing a key that is not set is not an error.
    Result<void> remove(const QString &key) const;

private:
    const Database &m_db;
    ChangeHub &m_changes;
};

} // namespace sn
