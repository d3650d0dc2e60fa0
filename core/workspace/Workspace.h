#pragma once

#include "core/common/Result.h"
#include "core/workspace/Change.h"

#include <QString>
#include <memory>

namespace sn {

class Database;

// The analyst's workspace: one database and the hub its services announce
// committed changes on. Views and the CLI hold a Workspace and reach the data
// only through core/workspace services built on it (LedgerService,
// WatchlistService, RunService, SettingsService, ConversationService,
// MarketData, BarImporter, SampleData, PortfolioService); nothing outside
// core includes a storage header. Services are cheap to construct and safe to
// use from any thread (storage opens one connection per thread).
class Workspace
{
public:
    // Opens the database, refuses one that is not ours before changing it,
    // and migrates it to the current schema.
    static Result<std::unique_ptr<Workspace>> open(const QString &url);
    // sqlite:///<AppDataLocation>/supernova.sqlite.
    static QString defaultUrl();
    // Opens a throwaway connection to `url` and closes it; for "Test
    // connection" in Settings. Changes nothing. Returns the schema version
    // (0 for an empty database).
    static Result<int> testConnection(const QString &url);
    // `url` with the password masked; an unparsable URL is returned as given.
    static QString displayUrl(const QString &url);

    // Wraps a database the caller opened and migrated, and keeps owning.
    explicit Workspace(const Database &db);
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    const Database &database() const { return *m_db; }
    ChangeHub &changes() const { return *m_changes; }
    // The database URL with the password masked; safe to show and log.
    QString displayUrl() const;
    bool isSqlite() const;
    // True when open() found no schema at all, so the workspace was created
    // now (the desktop app then loads the sample data).
    bool wasCreated() const { return m_created; }

private:
    Workspace(std::unique_ptr<Database> owned, bool created);

    std::unique_ptr<Database> m_owned;
    const Database *m_db = nullptr;
    std::unique_ptr<ChangeHub> m_changes;
    bool m_created = false;
};

} // namespace sn
