#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

namespace sn {

class Database;

// Application settings as text key/value pairs.
class SettingsRepository
{
public:
    explicit SettingsRepository(const Database &db) : m_db(db) {}

    // NotFound when the key is not set.
    Result<QString> get(const QString &key);
    Result<void> set(const QString &key, const QString &value);
    // NotFound when the key was not set.
    Result<void> remove(const QString &key);
    Result<QStringList> keys();

private:
    const Database &m_db;
};

} // namespace sn
