#pragma once

#include "core/common/Result.h"
#include "core/model/DatabaseUrl.h"
#include "core/storage/Migration.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace sn {

// One logical database (SQLite file or PostgreSQL server) shared by every
// thread of the process. QtSql connections may only be used by the thread
// that opened them, so connection() hands out one per thread, opened on
// first use and removed when that thread ends (or when this object is
// destroyed, for the calling thread).
class Database
{
public:
    using Engine = DatabaseUrl::Engine;

    // Parses the URL, opens a connection for the calling thread and applies
    // the engine settings (SQLite: WAL, foreign keys, busy timeout). Does not
    // migrate: call migrate(). Before changing anything it checks that the
    // database is ours (our schema_version table) or empty (no tables; an
    // absent or zero-byte SQLite file): anything else, including a file that
    // is not SQLite, is refused with an error that says what it holds, and
    // left exactly as it was.
    static Result<std::unique_ptr<Database>> open(const QString &url);
    // sqlite:///<AppDataLocation>/supernova.sqlite; creates the folder.
    static QString defaultUrl();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Engine engine() const { return m_url.engine(); }
    const DatabaseUrl &url() const { return m_url; }
    // The URL with the password masked; safe to log and show.
    QString displayUrl() const { return m_url.display(); }

    // This thread's connection, opened lazily.
    Result<QSqlDatabase> connection() const;

    // Runs `work` in one transaction: commits when it returns success, rolls
    // back everything when it fails. Nested calls on the same thread join
    // the outer transaction (the outermost one commits or rolls back).
    Result<void> transaction(const std::function<Result<void>(QSqlDatabase &)> &work) const;

    // Brings the schema to the latest version in Schema::migrations(). Safe
    // to call on every start: applied versions are skipped.
    Result<void> migrate() const;
    // Same with an explicit list (used by tests to add a version).
    Result<void> migrate(const std::vector<Migration> &migrations) const;
    // 0 for an empty database.
    Result<int> schemaVersion() const;

private:
    explicit Database(DatabaseUrl url);
    QString connectionName() const;
    Result<QSqlDatabase> openConnection(const QString &name) const;
    Result<void> configure(QSqlDatabase &db) const;

    DatabaseUrl m_url;
    quint64 m_id = 0;
};

} // namespace sn
