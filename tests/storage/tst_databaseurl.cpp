#include "core/model/DatabaseUrl.h"

#include <QTest>

using sn::DatabaseUrl;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT
private slots:
    void parsesSqlite()
    {
        auto u = DatabaseUrl::parse(QStringLiteral("sqlite:///var/lib/supernova/data.sqlite"));
        QVERIFY2(u.ok(), u.ok() ? "" : u.error().toString().c_str());
        QCOMPARE(u->engine(), DatabaseUrl::Engine::Sqlite);
        QCOMPARE(u->path(), QStringLiteral("/var/lib/supernova/data.sqlite"));
        QVERIFY(!u->isMemory());
        QCOMPARE(u->display(), QStringLiteral("sqlite:///var/lib/supernova/data.sqlite"));

        auto m = DatabaseUrl::parse(QStringLiteral("sqlite::memory:"));
        QVERIFY(m.ok());
        QVERIFY(m->isMemory());
    }

    void parsesPostgres_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("display");
        QTest::newRow("full") << "postgresql://alice:s3cret@db.example.com:6543/markets"
                              << "alice"
                              << "s3cret"
                              << "db.example.com" << 6543 << "markets"
                              << "postgresql://alice:****@db.example.com:6543/markets";
        QTest::newRow("default port") << "postgresql://bob@127.0.0.1/supernova"
                                      << "bob"
                                      << ""
                                      << "127.0.0.1" << 5432 << "supernova"
                                      << "postgresql://bob@127.0.0.1:5432/supernova";
        QTest::newRow("postgres scheme, encoded password with @ and :")
            << "postgres://carol:p%40ss%3Aw0rd@localhost:5433/db"
            << "carol"
            << "p@ss:w0rd"
            << "localhost" << 5433 << "db"
            << "postgresql://carol:****@localhost:5433/db";
        QTest::newRow("no user") << "postgresql://localhost/db"
                                 << ""
                                 << ""
                                 << "localhost" << 5432 << "db"
                                 << "postgresql://localhost:5432/db";
    }
    void parsesPostgres()
    {
        QFETCH(QString, url);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, display);
        auto u = DatabaseUrl::parse(url);
        QVERIFY2(u.ok(), u.ok() ? "" : u.error().toString().c_str());
        QCOMPARE(u->engine(), DatabaseUrl::Engine::PostgreSql);
        QCOMPARE(u->user(), user);
        QCOMPARE(u->password(), password);
        QCOMPARE(u->host(), host);
        QCOMPARE(u->port(), port);
        QCOMPARE(u->databaseName(), database);
        QCOMPARE(u->display(), display);
        if (!password.isEmpty())
            QVERIFY(!u->display().contains(password));
    }

    // Each bad URL is rejected with a message naming the wrong part, and the
    // password never appears in the error.
    void rejectsBadUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("no scheme") << "/tmp/x.sqlite"
                                   << "scheme";
        QTest::newRow("unknown scheme") << "mysql://u:hunter22@h/db"
                                        << "mysql";
        QTest::newRow("relative sqlite path") << "sqlite://data.sqlite"
                                              << "absolute";
        QTest::newRow("sqlite folder only") << "sqlite:///tmp/"
                                            << "no file";
        QTest::newRow("no database") << "postgresql://u:hunter22@host:5432"
                                     << "database name";
        QTest::newRow("empty database") << "postgresql://u:hunter22@host:5432/"
                                        << "database name";
        QTest::newRow("port not a number") << "postgresql://u:hunter22@host:54x2/db"
                                           << "port '54x2'";
        QTest::newRow("port out of range") << "postgresql://u:hunter22@host:70000/db"
                                           << "port '70000'";
        QTest::newRow("no host") << "postgresql://u:hunter22@/db"
                                 << "host";
        QTest::newRow("empty user") << "postgresql://:hunter22@host/db"
                                    << "user";
        QTest::newRow("query options") << "postgresql://u:hunter22@host/db?sslmode=require"
                                       << "sslmode";
        QTest::newRow("sqlite query options") << "sqlite:///tmp/x.sqlite?mode=ro"
                                              << "?mode=ro";
    }
    void rejectsBadUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, mentions);
        auto u = DatabaseUrl::parse(url);
        QVERIFY(!u.ok());
        QCOMPARE(u.error().code, sn::ErrorCode::InvalidArgument);
        const QString text = QString::fromStdString(u.error().toString());
        QVERIFY2(text.contains(mentions), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("hunter22")), qPrintable(text));
    }
};

QTEST_APPLESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
