#include "core/storage/Database.h"

#include "core/common/Log.h"
#include "core/common/Time.h"
#include "core/storage/Schema.h"
#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>
#include <QThreadStorage>
#include <QUrl>
#include <algorithm>
#include <atomic>
#include <map>
#include <set>
#include <sqlite3.h>

namespace sn {

static const sn::log::Category lc("supernova.storage");

namespace {

std::atomic<quint64> g_nextId{1};

void dropConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The connections this thread opened, with their transaction depth. Held in
// QThreadStorage, whose data is destroyed as the thread finishes (before
// QThread::wait() returns), so no connection outlives its thread.
struct ThreadConnections
{
    std::map<QString, int> depth;
    ~ThreadConnections()
    {
        for (const auto &entry : depth)
            dropConnection(entry.first);
    }
};

QThreadStorage<ThreadConnections *> g_connections;

std::map<QString, int> &threadDepth()
{
    if (!g_connections.hasLocalData())
        g_connections.setLocalData(new ThreadConnections);
    return g_connections.localData()->depth;
}

Error dbError(const QSqlError &error, const Database &db, const char *what)
{
    return sql::toError(error, std::string(what) + " (" + db.displayUrl().toStdString() + ")");
}

Result<void> execAll(const QSqlDatabase &db, const QStringList &statements, const std::string &context)
{
    for (const QString &statement : statements) {
        QSqlQuery q(db);
        if (!q.exec(statement))
            return sql::toError(q.lastError(), context + ": " + statement.left(60).toStdString());
    }
    return {};
}

// What a database holds, as far as deciding whether it is ours goes.
struct Contents
{
    std::vector<std::string> tables;      // user tables and views, sorted
    std::set<std::string> versionColumns; // columns of schema_version, if it exists
    bool hasVersionTable = false;
};

// The columns migrate() gives schema_version; a table of that name without
// them belongs to someone else.
const char *const kVersionColumns[] = {"version", "name", "applied_at"};

// Ours when it has our schema_version table, or holds nothing at all (a new
// database, migrated next). Anything else is refused before it is changed.
Result<void> requireOursOrEmpty(const Contents &c, const std::string &what, bool isFile)
{
    // Whole sentences per case: "another file" and "another database" differ
    // in more than the noun in other languages.
    if (c.hasVersionTable) {
        std::string missing;
        for (const char *column : kVersionColumns)
            if (!c.versionColumns.count(column))
                missing += std::string(missing.empty() ? "" : ", ") + column;
        if (missing.empty())
            return {};
        return makeError(ErrorCode::InvalidArgument,
                         isFile
                             ? SN_TEXT("sn::Database",
                                       "%1 is not a SuperNova database: its schema_version table lacks the "
                                       "column(s) %2 (another application's?); choose another file or an "
                                       "empty one")
                             : SN_TEXT("sn::Database",
                                       "%1 is not a SuperNova database: its schema_version table lacks the "
                                       "column(s) %2 (another application's?); choose another database or "
                                       "an empty one"),
                         {what, missing});
    }
    if (c.tables.empty())
        return {};
    std::string list;
    const std::size_t shown = std::min<std::size_t>(c.tables.size(), 8);
    for (std::size_t i = 0; i < shown; ++i)
        list += (i ? ", " : "") + c.tables[i];
    const auto tables =
        c.tables.size() == 1 ? SN_TEXT("sn::Database", "table %1") : SN_TEXT("sn::Database", "tables %1");
    const auto andMore = SN_TEXT("sn::Database", "%1 and %2 more");
    const std::string rest = std::to_string(c.tables.size() - shown);
    const std::string english =
        englishText(tables, {c.tables.size() > shown ? englishText(andMore, {list, rest}) : list});
    const std::string translated =
        translatedText(tables, {c.tables.size() > shown ? translatedText(andMore, {list, rest}) : list});
    const auto sentence = isFile ? SN_TEXT("sn::Database", "%1 is not a SuperNova database: it holds %2 "
                                                           "(another application's?) and no schema_version "
                                                           "table; choose another file or an empty one")
                                 : SN_TEXT("sn::Database", "%1 is not a SuperNova database: it holds %2 "
                                                           "(another application's?) and no schema_version "
                                                           "table; choose another database or an empty one");
    Error e{ErrorCode::InvalidArgument, sentence, {what, english}};
    const std::string user = translatedText(sentence, {what, translated});
    e.userMessage = user == e.message ? std::string() : user;
    return e;
}

// Reads what an existing SQLite file holds without changing a byte of it:
// Qt's connection would switch it to WAL and set its page size as it opens.
// With no journal or WAL beside it the file is the whole database, so it is
// opened immutable (no locks, no -shm or -wal created); otherwise read-only,
// so committed changes still in a WAL are seen.
Result<Contents> readSqliteContents(const QString &path, const std::string &what)
{
    // `why` in English and in the reader's words (see sn::Error).
    auto notOurs = [&](TextKey why, std::initializer_list<std::string_view> args) {
        const auto sentence = SN_TEXT(
            "sn::Database", "%1 is not a SuperNova database: %2; choose another file or an empty one");
        Error e{ErrorCode::InvalidArgument, sentence, {what, englishText(why, args)}};
        const std::string user = translatedText(sentence, {what, translatedText(why, args)});
        e.userMessage = user == e.message ? std::string() : user;
        return e;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::IoError, SN_TEXT("sn::Database", "cannot read it: %1"),
                         {file.errorString().toStdString()}, what);
    const QByteArray header = file.read(100);
    file.close();
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return notOurs(SN_TEXT("sn::Database", "it is not an SQLite database file"), {});

    const bool sideFiles = QFileInfo::exists(path + QStringLiteral("-wal")) ||
                           QFileInfo::exists(path + QStringLiteral("-journal"));
    // One look at the file; `busy` tells a lock held by another writer (our own
    // CLI or desktop at work) from a file that cannot be read.
    auto look = [&](bool immutable, bool &busy) -> Result<Contents> {
        busy = false;
        QByteArray name;
        int flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        if (immutable) {
            name = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1";
        } else {
            name = QFile::encodeName(path);
            flags &= ~SQLITE_OPEN_URI;
        }
        sqlite3 *handle = nullptr;
        const int opened = sqlite3_open_v2(name.constData(), &handle, flags, nullptr);
        struct Closer
        {
            sqlite3 *h;
            ~Closer() { sqlite3_close_v2(h); }
        } closer{handle};
        if (opened != SQLITE_OK)
            return notOurs(SN_TEXT("sn::Database", "SQLite cannot open it (%1)"),
                           {handle ? sqlite3_errmsg(handle) : sqlite3_errstr(opened)});
        // Another process of ours may hold the write lock for a moment: wait
        // for it as every connection of ours does.
        sqlite3_busy_timeout(handle, 10000);
        Contents contents;
        auto query = [&](const char *sql, const std::function<void(sqlite3_stmt *)> &row) -> Result<void> {
            sqlite3_stmt *stmt = nullptr;
            int rc = sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr);
            if (rc == SQLITE_OK)
                while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
                    row(stmt);
            sqlite3_finalize(stmt);
            if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) {
                busy = true;
                return makeError(ErrorCode::Unavailable,
                                 SN_TEXT("sn::Database", "another program is writing to the database and did "
                                                         "not finish within 10 s; try again in a moment"),
                                 {}, what);
            }
            if (rc != SQLITE_DONE)
                return notOurs(SN_TEXT("sn::Database", "SQLite cannot read it (%1)"),
                               {sqlite3_errmsg(handle)});
            return {};
        };
        auto text = [](sqlite3_stmt *stmt, int column) {
            const unsigned char *t = sqlite3_column_text(stmt, column);
            return t ? std::string(reinterpret_cast<const char *>(t)) : std::string();
        };
        auto listed = query("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
                            " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
                            [&](sqlite3_stmt *stmt) { contents.tables.push_back(text(stmt, 0)); });
        if (!listed)
            return listed.error();
        contents.hasVersionTable = std::find(contents.tables.begin(), contents.tables.end(),
                                             "schema_version") != contents.tables.end();
        if (contents.hasVersionTable) {
            auto columns = query("PRAGMA table_info(schema_version)",
                                 [&](sqlite3_stmt *stmt) { contents.versionColumns.insert(text(stmt, 1)); });
            if (!columns)
                return columns.error();
        }
        return contents;
    };
    bool busy = false;
    auto contents = look(!sideFiles, busy);
    // Immutable means "no one writes it": if a writer started between the
    // look for side files and the read, read again with the usual locks.
    if (!contents && !sideFiles && !busy)
        contents = look(false, busy);
    return contents;
}

// The same for PostgreSQL, in the connection's current schema (where
// migrate() creates its tables). Reads only.
Result<Contents> readPostgresContents(const QSqlDatabase &db, const std::string &what)
{
    Contents contents;
    auto tables = sql::run(db,
                           QStringLiteral("SELECT table_name FROM information_schema.tables"
                                          " WHERE table_schema = current_schema() ORDER BY table_name"),
                           {}, "listing the tables of " + what);
    if (!tables)
        return tables.error();
    while (tables->next())
        contents.tables.push_back(tables->value(0).toString().toStdString());
    contents.hasVersionTable =
        std::find(contents.tables.begin(), contents.tables.end(), "schema_version") != contents.tables.end();
    if (contents.hasVersionTable) {
        auto columns = sql::run(
            db,
            QStringLiteral("SELECT column_name FROM information_schema.columns"
                           " WHERE table_schema = current_schema() AND table_name = 'schema_version'"),
            {}, "reading the columns of schema_version in " + what);
        if (!columns)
            return columns.error();
        while (columns->next())
            contents.versionColumns.insert(columns->value(0).toString().toStdString());
    }
    return contents;
}

} // namespace

Database::Database(DatabaseUrl url) : m_url(std::move(url)), m_id(g_nextId.fetch_add(1)) {}

Database::~Database()
{
    const QString name = connectionName();
    if (threadDepth().erase(name) > 0)
        dropConnection(name);
    if (!m_url.password().isEmpty())
        sn::log::unregisterSecret(m_url.password().toStdString());
}

Result<std::unique_ptr<Database>> Database::open(const QString &url)
{
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return parsed.error();
    if (!parsed->password().isEmpty())
        sn::log::registerSecret(parsed->password().toStdString());
    std::unique_ptr<Database> db(new Database(std::move(parsed).value()));
    if (db->engine() == Engine::Sqlite && !db->m_url.isMemory()) {
        // Checked before Qt opens it: opening configures the file.
        const QString path = db->m_url.path();
        const QFileInfo info(path);
        const std::string what = "'" + path.toStdString() + "'";
        if (info.isDir())
            return makeError(
                ErrorCode::InvalidArgument,
                SN_TEXT("sn::Database", "%1 is a folder, not a SuperNova database; choose a file in it"),
                {what});
        if (info.exists() && info.size() > 0) {
            auto contents = readSqliteContents(path, what);
            if (!contents)
                return contents.error();
            if (auto ours = requireOursOrEmpty(*contents, what, true); !ours)
                return ours.error();
        }
        const QString dir = info.absolutePath();
        if (!QDir().mkpath(dir))
            return makeError(ErrorCode::IoError, SN_TEXT("sn::Database", "cannot create the folder '%1'"),
                             {dir.toStdString()}, db->displayUrl().toStdString());
    }
    auto conn = db->connection();
    if (!conn)
        return conn.error();
    if (db->engine() == Engine::PostgreSql) {
        // Connecting changes nothing on the server (the settings are per
        // session), so the check can use the connection itself.
        const std::string what = "'" + db->displayUrl().toStdString() + "'";
        auto contents = readPostgresContents(*conn, what);
        if (!contents)
            return contents.error();
        if (auto ours = requireOursOrEmpty(*contents, what, false); !ours)
            return ours.error();
    }
    lc.info("opened {}", db->displayUrl().toStdString());
    return db;
}

QString Database::defaultUrl()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/SuperNova");
    QDir().mkpath(dir);
    return QStringLiteral("sqlite://") + QDir(dir).absoluteFilePath(QStringLiteral("supernova.sqlite"));
}

QString Database::connectionName() const
{
    return QStringLiteral("supernova-%1-%2")
        .arg(m_id)
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()), 0, 16);
}

Result<QSqlDatabase> Database::connection() const
{
    const QString name = connectionName();
    if (threadDepth().count(name) > 0) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        threadDepth().erase(name);
        dropConnection(name);
    }
    return openConnection(name);
}

Result<QSqlDatabase> Database::openConnection(const QString &name) const
{
    const bool sqlite = engine() == Engine::Sqlite;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
        if (!db.isValid()) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return makeError(ErrorCode::Unavailable,
                             std::string("the Qt SQL driver ") + (sqlite ? "QSQLITE" : "QPSQL") +
                                 " is not installed",
                             displayUrl().toStdString());
        }
        if (sqlite) {
            if (m_url.isMemory()) {
                // A named shared-cache memory database, so every thread's
                // connection sees the same data while this object lives.
                db.setDatabaseName(QStringLiteral("file:supernova-memory-%1-%2?mode=memory&cache=shared")
                                       .arg(QCoreApplication::applicationPid())
                                       .arg(m_id));
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=10000"));
            } else {
                db.setDatabaseName(m_url.path());
                db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
            }
        } else {
            db.setHostName(m_url.host());
            db.setPort(m_url.port());
            db.setDatabaseName(m_url.databaseName());
            db.setUserName(m_url.user());
            db.setPassword(m_url.password());
            db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        }
        if (!db.open()) {
            Error err = dbError(db.lastError(), *this, "cannot open the database");
            err.code = ErrorCode::Unavailable;
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return err;
        }
        auto configured = configure(db);
        if (!configured) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return configured.error();
        }
    }
    threadDepth()[name] = 0;
    lc.debug("connection {} opened for {}", name.toStdString(), displayUrl().toStdString());
    return QSqlDatabase::database(name, false);
}

Result<void> Database::configure(QSqlDatabase &db) const
{
    QStringList statements;
    if (engine() == Engine::Sqlite) {
        // WAL lets readers work during an import; NORMAL sync is durable
        // across application crashes in WAL mode and much faster than FULL.
        // 16 KiB pages make the bar table's B-tree shallower for bulk loads;
        // it only takes effect on a new, empty file (before WAL is set).
        if (!m_url.isMemory())
            statements << QStringLiteral("PRAGMA page_size = 16384")
                       << QStringLiteral("PRAGMA journal_mode = WAL");
        statements << QStringLiteral("PRAGMA foreign_keys = ON")
                   << QStringLiteral("PRAGMA synchronous = NORMAL")
                   << QStringLiteral("PRAGMA temp_store = MEMORY")
                   << QStringLiteral("PRAGMA cache_size = -65536")
                   // Reads go straight from the mapped file instead of a read() and a copy per page.
                   << QStringLiteral("PRAGMA mmap_size = 1073741824");
    } else {
        // Bulk bar imports stage through a temporary table; a larger
        // temp_buffers ceiling (allocated only when used) keeps it in memory.
        statements << QStringLiteral("SET client_min_messages = warning")
                   << QStringLiteral("SET TIME ZONE 'UTC'") << QStringLiteral("SET temp_buffers = '256MB'");
    }
    auto r = execAll(db, statements, "configuring " + displayUrl().toStdString());
    if (!r)
        return r;
    if (engine() == Engine::Sqlite) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA foreign_keys")) || !q.next() || q.value(0).toInt() != 1)
            return makeError(ErrorCode::Unsupported, "this SQLite build cannot enforce foreign keys",
                             displayUrl().toStdString());
    }
    return {};
}

Result<void> Database::transaction(const std::function<Result<void>(QSqlDatabase &)> &work) const
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    int &depth = threadDepth()[connectionName()];
    if (depth > 0) {
        ++depth;
        Result<void> inner = work(db);
        --depth;
        return inner;
    }
    {
        // IMMEDIATE takes the write lock up front, so two writers wait on the
        // busy timeout instead of failing on a lock upgrade.
        QSqlQuery begin(db);
        if (!begin.exec(engine() == Engine::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                   : QStringLiteral("BEGIN")))
            return dbError(begin.lastError(), *this, "cannot begin a transaction");
    }
    ++depth;
    Result<void> result = work(db);
    --depth;
    QSqlQuery end(db);
    if (!result) {
        if (!end.exec(QStringLiteral("ROLLBACK")))
            lc.warn("rollback failed on {}: {}", displayUrl().toStdString(),
                    end.lastError().text().toStdString());
        return result;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        Error err = dbError(end.lastError(), *this, "cannot commit");
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        return err;
    }
    return {};
}

Result<void> Database::migrate() const
{
    return migrate(Schema::migrations());
}

Result<void> Database::migrate(const std::vector<Migration> &migrations) const
{
    for (std::size_t i = 0; i < migrations.size(); ++i) {
        if (migrations[i].version != static_cast<int>(i) + 1)
            return makeError(ErrorCode::Internal, "migration versions must be 1, 2, 3...; found " +
                                                      std::to_string(migrations[i].version) +
                                                      " at position " + std::to_string(i + 1));
    }
    auto conn = connection();
    if (!conn)
        return conn.error();
    auto created = execAll(*conn,
                           {QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                           " version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                                           " applied_at BIGINT NOT NULL)")},
                           "creating schema_version");
    if (!created)
        return created;
    auto current = schemaVersion();
    if (!current)
        return current.error();
    const int known = static_cast<int>(migrations.size());
    if (*current > known)
        return makeError(ErrorCode::Unsupported,
                         "the database schema is version " + std::to_string(*current) +
                             ", newer than this build knows (" + std::to_string(known) + ")",
                         displayUrl().toStdString());
    for (const Migration &m : migrations) {
        if (m.version <= *current)
            continue;
        auto applied = transaction([&](QSqlDatabase &db) -> Result<void> {
            const QStringList &statements =
                engine() == Engine::Sqlite ? m.sqliteStatements : m.postgresStatements;
            auto r = execAll(db, statements, "migration " + std::to_string(m.version));
            if (!r)
                return r;
            auto row = sql::run(
                db, QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"),
                {m.version, m.name, QVariant::fromValue<qint64>(nowMs())},
                "recording migration " + std::to_string(m.version));
            if (!row)
                return row.error();
            return {};
        });
        if (!applied)
            return applied.error().withContext(displayUrl().toStdString());
        lc.info("migrated {} to schema version {} ({})", displayUrl().toStdString(), m.version,
                m.name.toStdString());
    }
    return {};
}

Result<int> Database::schemaVersion() const
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    if (!conn->tables().contains(QStringLiteral("schema_version")))
        return 0;
    auto q = sql::run(*conn, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"), {},
                      "reading schema_version");
    if (!q)
        return q.error();
    if (!q->next())
        return 0;
    return q->value(0).toInt();
}

} // namespace sn
