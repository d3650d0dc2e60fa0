#include "core/workspace/Workspace.h"

#include "core/model/DatabaseUrl.h"
#include "core/storage/Database.h"

namespace sn {

namespace {

// Registered once so ChangeSet can cross threads in queued connections.
const int g_changeSetType = qRegisterMetaType<sn::ChangeSet>("sn::ChangeSet");

} // namespace

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &url)
{
    auto db = Database::open(url);
    if (!db)
        return db.error();
    auto version = db.value()->schemaVersion();
    if (!version)
        return version.error();
    if (auto migrated = db.value()->migrate(); !migrated)
        return migrated.error();
    return std::unique_ptr<Workspace>(new Workspace(std::move(db).value(), version.value() == 0));
}

QString Workspace::defaultUrl()
{
    return Database::defaultUrl();
}

Result<int> Workspace::testConnection(const QString &url)
{
    auto db = Database::open(url);
    if (!db)
        return db.error();
    return db.value()->schemaVersion();
}

QString Workspace::displayUrl(const QString &url)
{
    auto parsed = DatabaseUrl::parse(url);
    return parsed ? parsed->display() : url;
}

Workspace::Workspace(const Database &db) : m_db(&db), m_changes(std::make_unique<ChangeHub>())
{
    (void)g_changeSetType;
}

Workspace::Workspace(std::unique_ptr<Database> owned, bool created)
    : m_owned(std::move(owned)), m_db(m_owned.get()), m_changes(std::make_unique<ChangeHub>()),
      m_created(created)
{
}

Workspace::~Workspace() = default;

QString Workspace::displayUrl() const
{
    return m_db->displayUrl();
}

bool Workspace::isSqlite() const
{
    return m_db->engine() == Database::Engine::Sqlite;
}

} // namespace sn
