// Several real supernova-cli processes write one portfolio at the same
// moment, each write valid alone but not together (issue 11: both withdraw
// the whole cash, both sell the same shares held). The ledger check runs
// inside the serialised write transaction, so exactly one of each group
// commits, on SQLite (one file) and on PostgreSQL (tst_cli_concurrent_writers_postgres),
// over many rounds; afterwards the ledger replays and `portfolio show` works.
#include "tests/testutils/TestPaths.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>
#include <vector>

class TestCliConcurrentWriters : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    bool m_postgres = false;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        return env;
    }

    int run(const QStringList &args, QString *err = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(SUPERNOVA_CLI_BINARY), QStringList{QStringLiteral("--db"), m_db} + args);
        if (!p.waitForFinished(120000))
            return -1;
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return f.fileName();
    }

    // Starts all `imports` (portfolio, file) at once and returns how many exited 0.
    int racing(const std::vector<std::pair<QString, QString>> &imports)
    {
        std::vector<std::unique_ptr<QProcess>> procs;
        for (const auto &[portfolio, file] : imports) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(environment());
            p->setProgram(QStringLiteral(SUPERNOVA_CLI_BINARY));
            p->setArguments({QStringLiteral("--db"), m_db, QStringLiteral("portfolio"),
                             QStringLiteral("import"), portfolio, file});
            procs.push_back(std::move(p));
        }
        for (auto &p : procs)
            p->start();
        int ok = 0;
        for (auto &p : procs) {
            if (!p->waitForFinished(120000))
                return -1;
            const int code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
            const QString err = QString::fromUtf8(p->readAllStandardError());
            if (code == 0) {
                ++ok;
            } else if (code != 1) { // a refusal is exit 1; anything else is a crash or a usage error
                qWarning("exit %d: %s", code, qPrintable(err));
                return -100 - code;
            } else if (!err.contains(QLatin1String("needs")) && !err.contains(QLatin1String("exceeds"))) {
                // Refused, but not by the ledger: a writer must wait for
                // another, never fail because one is at work (the open check
                // once read a locked file as "not a SuperNova database").
                qWarning("refused for another reason: %s", qPrintable(err));
                return -1000;
            }
        }
        return ok;
    }

    // An empty public schema on the shared test server, so this test neither
    // sees nor leaves portfolios that trade the sample instruments (tst_cli
    // starts from `sample remove`, which such portfolios refuse).
    void resetPostgres()
    {
        {
            QUrl url(m_db);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("reset"));
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setDatabaseName(url.path().mid(1));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP SCHEMA public CASCADE")));
            QVERIFY(q.exec(QStringLiteral("CREATE SCHEMA public")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reset"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_postgres = qEnvironmentVariable("SUPERNOVA_TEST_ENGINE") == QLatin1String("postgresql");
        if (m_postgres) {
            m_db = sn::test::postgresUrl();
            QVERIFY2(!m_db.isEmpty(), "SUPERNOVA_TEST_PG_URL is not set: run through ctest");
            resetPostgres();
        } else {
            m_db = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("shared.sqlite"));
        }
        QString err;
        QCOMPARE(run({QStringLiteral("sample"), QStringLiteral("load")}, &err), 0);
        qInfo("engine: %s", m_postgres ? "postgresql" : "sqlite");
    }

    void eachConflictingGroupCommitsOnce()
    {
        // AAPL's sample closes cover 2013-2018: trades in 2018 are priced.
        const QString withdrawAll =
            writeFile(QStringLiteral("withdraw.csv"), "date,type,amount\n2018-03-01,withdrawal,1000\n");
        const QString sellAll = writeFile(QStringLiteral("sell.csv"),
                                          "date,type,symbol,quantity,price\n2018-03-01,sell,AAPL,10,175\n");
        const int rounds = 6;
        const int writers = 3;
        for (int round = 0; round < rounds; ++round) {
            const QString cash = QStringLiteral("Cash %1").arg(round);
            const QString shares = QStringLiteral("Shares %1").arg(round);
            QString err;
            QCOMPARE(run({QStringLiteral("portfolio"), QStringLiteral("create"), cash}, &err), 0);
            QCOMPARE(run({QStringLiteral("portfolio"), QStringLiteral("create"), shares}, &err), 0);
            const QString seedCash =
                writeFile(QStringLiteral("seed-cash.csv"), "date,type,amount\n2018-01-02,deposit,1000\n");
            const QString seedShares = writeFile(QStringLiteral("seed-shares.csv"),
                                                 "date,type,symbol,quantity,price,amount\n2018-01-02,deposit,"
                                                 ",,,5000\n2018-01-03,buy,AAPL,10,170,\n");
            QVERIFY2(run({QStringLiteral("portfolio"), QStringLiteral("import"), cash, seedCash}, &err) == 0,
                     qPrintable(err));
            QVERIFY2(run({QStringLiteral("portfolio"), QStringLiteral("import"), shares, seedShares}, &err) ==
                         0,
                     qPrintable(err));

            std::vector<std::pair<QString, QString>> imports;
            for (int w = 0; w < writers; ++w) {
                imports.emplace_back(cash, withdrawAll);
                imports.emplace_back(shares, sellAll);
            }
            const int committed = racing(imports);
            QCOMPARE(committed, 2); // one withdrawal and one sale, whatever the order

            for (const QString &name : {cash, shares}) {
                QVERIFY2(run({QStringLiteral("portfolio"), QStringLiteral("show"), name}, &err) == 0,
                         qPrintable(err));
            }
        }
    }

    void cleanupTestCase()
    {
        if (m_postgres)
            resetPostgres();
    }
};

QTEST_GUILESS_MAIN(TestCliConcurrentWriters)
#include "tst_cli_concurrent_writers.moc"
