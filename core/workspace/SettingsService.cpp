#include "core/workspace/SettingsService.h"

#include "core/storage/Database.h"
#include "core/storage/SettingsRepository.h"
#include "core/workspace/Workspace.h"

namespace sn {

SettingsService::SettingsService(const Workspace &workspace)
    : m_db(workspace.database()), m_changes(workspace.changes())
{
}

Result<QString> SettingsService::get(const QString &key) const
{
    return SettingsRepository(m_db).get(key);
}

Result<QString> SettingsService::value(const QString &key, const QString &fallback) const
{
    auto v = get(key);
    if (!v && v.error().code == ErrorCode::NotFound)
        return fallback;
    return v;
}

Result<void> SettingsService::set(const QString &key, const QString &value) const
{
    SettingsRepository repo(m_db);
    if (auto current = repo.get(key); current && current.value() == value)
        return {};
    auto r = repo.set(key, value);
    if (r)
        m_changes.announce({Change{Change::Entity::Setting, Change::Kind::Updated, 0, 0, key, {}}});
    return r;
}

Result<void> SettingsService::remove(const QString &key) const
{
    auto r = SettingsRepository(m_db).remove(key);
    if (!r && r.error().code == ErrorCode::NotFound)
        return {};
    if (r)
        m_changes.announce({Change{Change::Entity::Setting, Change::Kind::Removed, 0, 0, key, {}}});
    return r;
}

} // namespace sn
