#include "core/server/ServerSchema.h"

#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sn::server {

namespace {

Migration version1()
{
    // Times are UTC epoch milliseconds; flags are INTEGER 0/1 on both engines.
    // Entity data is compact JSON text: the server stores what clients share
    // and checks only that it is a JSON object within the frame limit.
    return Migration::portable(
        1, QStringLiteral("team server"),
        {
            QStringLiteral("CREATE TABLE server_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE users ("
                           " id {ID},"
                           " name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 64),"
                           " password_hash TEXT NOT NULL,"
                           " disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),"
                           " created_at BIGINT NOT NULL)"),
            QStringLiteral(
                // Only a SHA-256 of each refresh token is kept, so a copy of the
                // database does not hand out sessions.
                "CREATE TABLE refresh_tokens ("
                " token_hash TEXT PRIMARY KEY,"
                " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                " expires_at BIGINT NOT NULL,"
                " revoked INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),"
                " created_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id)"),
            QStringLiteral(
                // rev is the workspace's last assigned revision; writers bump it in
                // their transaction, which also serialises them per workspace.
                "CREATE TABLE workspaces ("
                " id {ID},"
                " name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 64),"
                " rev BIGINT NOT NULL DEFAULT 0,"
                " created_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE TABLE members ("
                           " workspace_id BIGINT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,"
                           " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                           " role TEXT NOT NULL CHECK (role IN ('admin', 'analyst', 'viewer')),"
                           " PRIMARY KEY (workspace_id, user_id))"),
            QStringLiteral("CREATE TABLE entities ("
                           " workspace_id BIGINT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,"
                           " entity TEXT NOT NULL,"
                           " entity_id TEXT NOT NULL,"
                           " rev BIGINT NOT NULL,"
                           " data TEXT,"
                           " deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),"
                           " updated_by TEXT NOT NULL,"
                           " updated_at BIGINT NOT NULL,"
                           " PRIMARY KEY (workspace_id, entity, entity_id))"),
            QStringLiteral(
                // The event log: one row per revision, chat lines included
                // (entity 'chat', entity_id the room), so sync catches up on both.
                "CREATE TABLE events ("
                " workspace_id BIGINT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,"
                " rev BIGINT NOT NULL,"
                " entity TEXT NOT NULL,"
                " entity_id TEXT NOT NULL,"
                " data TEXT,"
                " deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),"
                " by_user TEXT NOT NULL,"
                " at BIGINT NOT NULL,"
                " PRIMARY KEY (workspace_id, rev))"),
        });
}

Migration version2()
{
    // Who is online where, per server instance, for presence across the
    // instances on one PostgreSQL (a single SQLite instance keeps it in
    // memory and leaves this empty). Each instance rewrites its own rows when
    // its local presence changes and touches seen_at on a heartbeat; readers
    // ignore rows older than a few heartbeats, so a crashed instance's users
    // drop out by themselves.
    return Migration::portable(
        2, QStringLiteral("presence across instances"),
        {
            QStringLiteral("CREATE TABLE presence ("
                           " instance TEXT NOT NULL,"
                           " workspace_id BIGINT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,"
                           " user_name TEXT NOT NULL,"
                           " connections INTEGER NOT NULL,"
                           " seen_at BIGINT NOT NULL,"
                           " PRIMARY KEY (instance, workspace_id, user_name))"),
            QStringLiteral("CREATE INDEX presence_workspace ON presence (workspace_id)"),
        });
}

} // namespace

Result<void> ServerSchema::prepare(const Database &db)
{
    auto version = db.schemaVersion();
    if (!version)
        return version.error();
    if (*version == 0 && db.engine() == Database::Engine::Sqlite && !db.url().isMemory()) {
        auto conn = db.connection();
        if (!conn)
            return conn.error();
        for (const char *statement : {"PRAGMA journal_mode = DELETE", "PRAGMA page_size = 4096", "VACUUM",
                                      "PRAGMA journal_mode = WAL"}) {
            QSqlQuery q(*conn);
            if (!q.exec(QString::fromLatin1(statement)))
                return makeError(ErrorCode::DatabaseError, q.lastError().text().toStdString(),
                                 std::string("preparing the server database: ") + statement);
        }
    }
    return db.migrate(migrations());
}

const std::vector<Migration> &ServerSchema::migrations()
{
    static const std::vector<Migration> list = {version1(), version2()};
    return list;
}

} // namespace sn::server
