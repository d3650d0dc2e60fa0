// Database::open refuses a database that is not ours before changing
// anything in it. SQLite (tst_foreigndatabase) and, with the `postgres`
// fixture, PostgreSQL (tst_foreigndatabase_postgres).
#include "core/model/DatabaseUrl.h"
#include "core/storage/Database.h"
#include "core/storage/Schema.h"
#include "tests/testutils/TestPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <random>

using namespace sn;

namespace {

#define REQUIRE_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto &r_ = (expr);                                                                             \
        QVERIFY2(r_.ok(), r_.ok() ? "" : r_.error().toString().c_str());                                     \
    } while (false)

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// Runs statements on a plain Qt connection of its own, as another
// application would, and closes it again.
bool runOn(const QString &driver, const std::function<void(QSqlDatabase &)> &setUp,
           const QStringList &statements)
{
    const QString name = QStringLiteral("foreign-app");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        setUp(db);
        ok = db.open();
        if (!ok)
            qWarning("%s", qPrintable(db.lastError().text()));
        for (const QString &statement : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool makeSqlite(const QString &path, const QStringList &statements)
{
    return runOn(
        QStringLiteral("QSQLITE"), [&](QSqlDatabase &db) { db.setDatabaseName(path); }, statements);
}

QStringList sideFiles(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            found << path + QLatin1String(suffix);
    return found;
}

} // namespace

class TestForeignDatabase : public QObject
{
    Q_OBJECT
private:
    bool m_postgres = false;
    QTemporaryDir m_dir;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    // Opens `path`, expects a refusal whose text contains each of `expected`,
    // and checks that the file is byte for byte what it was, with no journal,
    // WAL or shared-memory file left beside it.
    void expectRefusedUnchanged(const QString &path, const QStringList &expected)
    {
        const QByteArray before = sha256Of(path);
        const qint64 sizeBefore = QFileInfo(path).size();
        QVERIFY(!before.isEmpty());
        QVERIFY2(sideFiles(path).isEmpty(), qPrintable(sideFiles(path).join(QLatin1Char(' '))));
        auto db = Database::open(QStringLiteral("sqlite://") + path);
        QVERIFY2(!db.ok(), "a foreign file was opened");
        const QString text = QString::fromStdString(db.error().toString());
        QCOMPARE(db.error().code, ErrorCode::InvalidArgument);
        for (const QString &e : expected)
            QVERIFY2(text.contains(e), qPrintable(text + QStringLiteral("\n  lacks: ") + e));
        QVERIFY2(text.contains(QLatin1String("choose another file or an empty one")), qPrintable(text));
        QCOMPARE(QFileInfo(path).size(), sizeBefore);
        QCOMPARE(sha256Of(path), before);
        QVERIFY2(sideFiles(path).isEmpty(), qPrintable(sideFiles(path).join(QLatin1Char(' '))));
    }

    void writeBytes(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), qint64(bytes.size()));
    }

    // A database on the fixture server created for one test and dropped after.
    QString postgresDatabase(const QString &name, const QStringList &statements)
    {
        auto base = DatabaseUrl::parse(test::postgresUrl());
        if (!base)
            return {};
        auto setUp = [&](const QString &database) {
            return [&, database](QSqlDatabase &db) {
                db.setHostName(base->host());
                db.setPort(base->port());
                db.setUserName(base->user());
                db.setPassword(base->password());
                db.setDatabaseName(database);
            };
        };
        if (!runOn(QStringLiteral("QPSQL"), setUp(base->databaseName()),
                   {QStringLiteral("DROP DATABASE IF EXISTS ") + name,
                    QStringLiteral("CREATE DATABASE ") + name}))
            return {};
        if (!runOn(QStringLiteral("QPSQL"), setUp(name), statements))
            return {};
        QString url = test::postgresUrl();
        url.replace(url.lastIndexOf(base->databaseName()), base->databaseName().size(), name);
        return url;
    }

    void dropPostgresDatabase(const QString &name)
    {
        auto base = DatabaseUrl::parse(test::postgresUrl());
        QVERIFY(base.ok());
        QVERIFY(runOn(QStringLiteral("QPSQL"),
                      [&](QSqlDatabase &db) {
                          db.setHostName(base->host());
                          db.setPort(base->port());
                          db.setUserName(base->user());
                          db.setPassword(base->password());
                          db.setDatabaseName(base->databaseName());
                      },
                      {QStringLiteral("DROP DATABASE IF EXISTS ") + name}));
    }

    QStringList postgresTables(const QString &url)
    {
        auto db = DatabaseUrl::parse(url);
        QStringList tables;
        const QString name = QStringLiteral("foreign-reader");
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            c.setHostName(db->host());
            c.setPort(db->port());
            c.setUserName(db->user());
            c.setPassword(db->password());
            c.setDatabaseName(db->databaseName());
            if (c.open()) {
                QSqlQuery q(c);
                q.exec(
                    QStringLiteral("SELECT table_name || ':' || column_name FROM information_schema.columns"
                                   " WHERE table_schema = 'public' ORDER BY 1"));
                while (q.next())
                    tables << q.value(0).toString();
            }
            c.close();
        }
        QSqlDatabase::removeDatabase(name);
        return tables;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_postgres = qEnvironmentVariable("SUPERNOVA_TEST_ENGINE") == QLatin1String("postgresql");
        if (m_postgres)
            QVERIFY2(!test::postgresUrl().isEmpty(), "SUPERNOVA_TEST_PG_URL is not set: run through ctest so "
                                                     "the 'postgres' fixture starts a server");
    }

    void foreignSqliteFileIsRefusedUnchanged()
    {
        if (m_postgres)
            QSKIP("SQLite case; runs in tst_foreigndatabase");
        const QString path = file(QStringLiteral("foreign.sqlite"));
        QVERIFY(
            makeSqlite(path, {QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT)"),
                              QStringLiteral("CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner INTEGER)"),
                              QStringLiteral("INSERT INTO people (name) VALUES ('Ada')")}));
        expectRefusedUnchanged(path,
                               {QStringLiteral("'") + path + QStringLiteral("' is not a SuperNova database"),
                                QStringLiteral("it holds tables accounts, people (another application's?)"),
                                QStringLiteral("no schema_version table")});
        // A second attempt says the same: the first left no trace.
        expectRefusedUnchanged(path, {QStringLiteral("tables accounts, people")});
    }

    void foreignWalFileIsRefusedUnchanged()
    {
        if (m_postgres)
            QSKIP("SQLite case; runs in tst_foreigndatabase");
        const QString path = file(QStringLiteral("foreign-wal.sqlite"));
        QVERIFY(makeSqlite(path, {QStringLiteral("PRAGMA journal_mode = WAL"),
                                  QStringLiteral("CREATE TABLE notes (body TEXT)")}));
        expectRefusedUnchanged(path, {QStringLiteral("it holds table notes (another application's?)")});
    }

    void manyTablesAreSummarised()
    {
        if (m_postgres)
            QSKIP("SQLite case; runs in tst_foreigndatabase");
        const QString path = file(QStringLiteral("many.sqlite"));
        QStringList statements;
        for (int i = 0; i < 12; ++i)
            statements << QStringLiteral("CREATE TABLE t%1 (x)").arg(i, 2, 10, QLatin1Char('0'));
        QVERIFY(makeSqlite(path, statements));
        expectRefusedUnchanged(path,
                               {QStringLiteral("tables t00, t01, t02, t03, t04, t05, t06, t07 and 4 more")});
    }

    void someoneElsesSchemaVersionIsRefused()
    {
        if (m_postgres)
            QSKIP("SQLite case; runs in tst_foreigndatabase");
        const QString path = file(QStringLiteral("other-version.sqlite"));
        QVERIFY(
            makeSqlite(path, {QStringLiteral("CREATE TABLE schema_version (version INTEGER, checksum TEXT)"),
                              QStringLiteral("INSERT INTO schema_version VALUES (7, 'abc')")}));
        expectRefusedUnchanged(
            path, {QStringLiteral("its schema_version table lacks the column(s) name, applied_at")});
    }

    void filesThatAreNotSqliteAreRefusedUnchanged_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("text") << QByteArray("date,type,amount\n2024-01-02,deposit,100\n");
        QByteArray random(64 * 1024, '\0');
        std::mt19937 rng(11);
        for (char &c : random)
            c = static_cast<char>(rng() & 0xff);
        QTest::newRow("random bytes") << random;
        QTest::newRow("one byte") << QByteArray("x");
        QByteArray truncated("SQLite format 3\0", 16);
        QTest::newRow("truncated SQLite header") << truncated;
        QByteArray badBody = truncated + random.left(8192);
        QTest::newRow("SQLite header, garbage after") << badBody;
    }
    void filesThatAreNotSqliteAreRefusedUnchanged()
    {
        if (m_postgres)
            QSKIP("SQLite case; runs in tst_foreigndatabase");
        QFETCH(QByteArray, bytes);
        const QString path = file(QStringLiteral("not-sqlite-%1.bin")
                                      .arg(QTest::currentDataTag())
                                      .replace(QLatin1Char(' '), QLatin1Char('-')));
        writeBytes(path, bytes);
        expectRefusedUnchanged(path, {QStringLiteral("is not a SuperNova database")});
    }

    void folderIsRefused()
    {
        if (m_postgres)
            QSKIP("SQLite case; runs in tst_foreigndatabase");
        QVERIFY(QDir().mkpath(file(QStringLiteral("a-folder.sqlite"))));
        auto db = Database::open(QStringLiteral("sqlite://") + file(QStringLiteral("a-folder.sqlite")));
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.find("is a folder") != std::string::npos, db.error().toString().c_str());
    }

    // New databases still work: an absent file, a zero-byte file and an
    // SQLite file with no tables are created or taken and migrated.
    void emptyOrAbsentFilesAreTaken_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("absent") << 0;
        QTest::newRow("zero bytes") << 1;
        QTest::newRow("SQLite without tables") << 2;
    }
    void emptyOrAbsentFilesAreTaken()
    {
        if (m_postgres)
            QSKIP("SQLite case; runs in tst_foreigndatabase");
        QFETCH(int, kind);
        const QString path = file(QStringLiteral("new-%1/db.sqlite").arg(kind));
        if (kind == 1) {
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            writeBytes(path, {});
        } else if (kind == 2) {
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            QVERIFY(makeSqlite(path, {QStringLiteral("PRAGMA user_version = 3"),
                                      QStringLiteral("CREATE TABLE scratch (x)"),
                                      QStringLiteral("DROP TABLE scratch")}));
            QVERIFY(QFileInfo(path).size() > 0);
        }
        {
            auto db = Database::open(QStringLiteral("sqlite://") + path);
            REQUIRE_OK(db);
            REQUIRE_OK((*db)->migrate());
            QCOMPARE(*(*db)->schemaVersion(), Schema::latestVersion());
        }
        // And, being ours now, it opens again (closed, then with the WAL of
        // a live connection beside it).
        auto again = Database::open(QStringLiteral("sqlite://") + path);
        REQUIRE_OK(again);
        QCOMPARE(*(*again)->schemaVersion(), Schema::latestVersion());
        auto third = Database::open(QStringLiteral("sqlite://") + path);
        REQUIRE_OK(third);
        REQUIRE_OK((*third)->migrate());
    }

    void foreignPostgresDatabaseIsRefusedUnchanged()
    {
        if (!m_postgres)
            QSKIP("PostgreSQL case; runs in tst_foreigndatabase_postgres with the 'postgres' fixture");
        const QString name = QStringLiteral("supernova_foreign_check");
        const QString url =
            postgresDatabase(name, {QStringLiteral("CREATE TABLE people (id SERIAL PRIMARY KEY, name TEXT)"),
                                    QStringLiteral("CREATE TABLE accounts (id INTEGER)")});
        QVERIFY(!url.isEmpty());
        const QStringList before = postgresTables(url);
        QCOMPARE(before.size(), 3);
        {
            auto db = Database::open(url);
            QVERIFY2(!db.ok(), "a foreign database was opened");
            const QString text = QString::fromStdString(db.error().toString());
            QVERIFY2(
                text.contains(QLatin1String("is not a SuperNova database: it holds tables accounts, people "
                                            "(another application's?) and no schema_version table; choose "
                                            "another database or an empty one")),
                qPrintable(text));
        }
        QCOMPARE(postgresTables(url), before);
        dropPostgresDatabase(name);
    }

    void someoneElsesPostgresSchemaVersionIsRefused()
    {
        if (!m_postgres)
            QSKIP("PostgreSQL case; runs in tst_foreigndatabase_postgres with the 'postgres' fixture");
        const QString name = QStringLiteral("supernova_foreign_version");
        const QString url =
            postgresDatabase(name, {QStringLiteral("CREATE TABLE schema_version (id INTEGER)")});
        QVERIFY(!url.isEmpty());
        const QStringList before = postgresTables(url);
        {
            auto db = Database::open(url);
            QVERIFY(!db.ok());
            QVERIFY2(db.error().message.find("lacks the column(s) version, name, applied_at") !=
                         std::string::npos,
                     db.error().toString().c_str());
        }
        QCOMPARE(postgresTables(url), before);
        dropPostgresDatabase(name);
    }

    void emptyPostgresDatabaseIsTaken()
    {
        if (!m_postgres)
            QSKIP("PostgreSQL case; runs in tst_foreigndatabase_postgres with the 'postgres' fixture");
        const QString name = QStringLiteral("supernova_empty_check");
        const QString url = postgresDatabase(name, {});
        QVERIFY(!url.isEmpty());
        {
            auto db = Database::open(url);
            REQUIRE_OK(db);
            REQUIRE_OK((*db)->migrate());
            QCOMPARE(*(*db)->schemaVersion(), Schema::latestVersion());
        }
        {
            auto again = Database::open(url);
            REQUIRE_OK(again);
        }
        dropPostgresDatabase(name);
    }
};

QTEST_APPLESS_MAIN(TestForeignDatabase)
#include "tst_foreigndatabase.moc"
