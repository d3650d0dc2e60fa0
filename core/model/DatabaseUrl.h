#pragma once

#include "core/common/Result.h"

#include <QString>

namespace sn {

// A parsed database location:
//   sqlite:///absolute/path/file.sqlite
//   sqlite::memory:            (private to one Database object; for tests)
//   postgresql://user[:password]@host[:port]/database
// The password is kept for connecting but never appears in display() or in
// any error message, because URLs end up in logs and dialogs.
class DatabaseUrl
{
public:
    enum class Engine
    {
        Sqlite,
        PostgreSql
    };

    static Result<DatabaseUrl> parse(const QString &url);

    Engine engine() const { return m_engine; }
    bool isMemory() const { return m_memory; }
    // SQLite file path (empty for memory databases).
    const QString &path() const { return m_path; }
    const QString &user() const { return m_user; }
    const QString &password() const { return m_password; }
    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    const QString &databaseName() const { return m_database; }

    // The URL with the password replaced by "****".
    QString display() const;

private:
    Engine m_engine = Engine::Sqlite;
    bool m_memory = false;
    QString m_path;
    QString m_user;
    QString m_password;
    QString m_host;
    int m_port = 5432;
    QString m_database;
};

} // namespace sn
