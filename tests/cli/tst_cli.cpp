#include "tests/testutils/CliRunner.h"
#include "tests/testutils/TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

// Drives the real supernova-cli binary against a real database: a temporary
// SQLite file, or (SUPERNOVA_TEST_ENGINE=postgresql) the throwaway server of
// the `postgres` CTest fixture.
class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    using Run = sn::test::CliRun;

    Run cli(QStringList args, bool withDb = true)
    {
        if (withDb)
            args = QStringList{QStringLiteral("--db"), m_db} + args;
        return sn::test::runCli(QStringLiteral(SUPERNOVA_CLI_BINARY), args,
                                m_dir.filePath(QStringLiteral("xdg-data")), 60000);
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return f.fileName();
    }

    static QJsonDocument json(const Run &r) { return QJsonDocument::fromJson(r.out.toUtf8()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariable("SUPERNOVA_TEST_ENGINE") == QLatin1String("postgresql")) {
            m_db = sn::test::postgresUrl();
            QVERIFY2(!m_db.isEmpty(),
                     "SUPERNOVA_TEST_PG_URL is not set: run through CTest's postgres fixture");
            // A clean slate on the shared test server: an empty schema, not
            // just the sample removed, since the test before may have left its
            // own instruments (seen: 2 left by another suite, in CI order).
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
        } else {
            m_db = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("cli.sqlite"));
        }
    }

    void helpAndVersion()
    {
        Run r = cli({QStringLiteral("--help")}, false);
        QCOMPARE(r.code, 0);
        for (const char *command : {"import", "instruments", "bars", "db", "sample"})
            QVERIFY2(r.out.contains(QLatin1String(command)), command);
        for (const char *command : {"import", "instruments", "bars", "db", "sample"}) {
            Run h = cli({QLatin1String(command), QStringLiteral("--help")}, false);
            QCOMPARE(h.code, 0);
            QVERIFY(h.out.contains(QStringLiteral("--json")));
        }
        QVERIFY(cli({QStringLiteral("--version")}, false).out.startsWith(QStringLiteral("supernova-cli ")));
    }

    void usageErrorsExitTwo()
    {
        Run r = cli({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.startsWith(QStringLiteral("error: unknown command 'frobnicate'")));
        QCOMPARE(r.out, QString());
        QCOMPARE(cli({QStringLiteral("bars")}).code, 2);
        QCOMPARE(cli({QStringLiteral("bars"), QStringLiteral("AAPL"), QStringLiteral("--from"),
                      QStringLiteral("May")})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("x.csv"), QStringLiteral("--format"),
                      QStringLiteral("excel")})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("explode")}).code, 2);
        QCOMPARE(cli({QStringLiteral("--db")}, false).code, 2);
    }

    void dbInfoAndMigrate()
    {
        Run r = cli({QStringLiteral("db"), QStringLiteral("migrate")});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("info")});
        QCOMPARE(r.code, 0);
        const QJsonObject info = json(r).object();
        QVERIFY(info.value(QStringLiteral("schema_version")).toInt() >= 1);
        QCOMPARE(info.value(QStringLiteral("schema_version")),
                 info.value(QStringLiteral("latest_schema_version")));
        // An explicit database is never seeded behind the user's back.
        QCOMPARE(info.value(QStringLiteral("instruments")).toInt(), 0);
    }

    void importYahooThenListAndRead()
    {
        Run r = cli({QStringLiteral("import"),
                     sn::test::sampleDataFile(QStringLiteral("aapl_yahoo_2013_2018.csv")),
                     QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonObject report = json(r).object();
        QCOMPARE(report.value(QStringLiteral("rows_imported")).toInt(), 1260);
        QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("yahoo"));

        // Re-import is idempotent.
        r = cli(
            {QStringLiteral("import"), sn::test::sampleDataFile(QStringLiteral("aapl_yahoo_2013_2018.csv"))});
        QCOMPARE(r.code, 0);

        r = cli({QStringLiteral("instruments"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray list = json(r).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject aapl = list.first().toObject();
        QCOMPARE(aapl.value(QStringLiteral("symbol")).toString(), QStringLiteral("AAPL"));
        const QJsonObject daily = aapl.value(QStringLiteral("bars")).toArray().first().toObject();
        QCOMPARE(daily.value(QStringLiteral("bars")).toInt(), 1260);
        QCOMPARE(daily.value(QStringLiteral("first")).toString(), QStringLiteral("2013-05-13"));
        QCOMPARE(daily.value(QStringLiteral("last")).toString(), QStringLiteral("2018-05-11"));

        // Values as in the file: 2013-05-13,64.501427,65.414284,64.500000,64.962860,...,79237200
        r = cli({QStringLiteral("bars"), QStringLiteral("AAPL"), QStringLiteral("--to"),
                 QStringLiteral("2013-05-14"), QStringLiteral("--csv")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("date,open,high,low,close,volume"));
        QCOMPARE(lines[1], QStringLiteral("2013-05-13,64.501427,65.414284,64.5,64.96286,79237200"));

        r = cli({QStringLiteral("bars"), QStringLiteral("AAPL"), QStringLiteral("--from"),
                 QStringLiteral("2018-05-10"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r).object().value(QStringLiteral("count")).toInt(), 2);
    }

    void monthlyFileImportsAsMonthlyAndSaysSo()
    {
        QByteArray text = "date,price\n";
        const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        for (int k = 0; k < 48; ++k)
            text += QByteArray(months[k % 12]) + " 1 " + QByteArray::number(2000 + k / 12) + "," +
                    QByteArray::number(30 + (k * 7) % 11) + ".25\n";
        const QString file = writeFile(QStringLiteral("MONTHLYX.csv"), text);
        Run r = cli({QStringLiteral("import"), file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("1mo")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("monthly: the median gap between dates is")),
                 qPrintable(r.out));
        // Given explicitly, the interval is taken as given.
        r = cli({QStringLiteral("import"), file, QStringLiteral("--interval"), QStringLiteral("1mo"),
                 QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(json(r).object()[QStringLiteral("series")][0][QStringLiteral("interval")].toString(),
                 QStringLiteral("1mo"));
        r = cli({QStringLiteral("import"), file, QStringLiteral("--interval"), QStringLiteral("2mo")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("2mo")), qPrintable(r.err));
    }

    void badSymbolsCurrenciesAndUrlsAreRefused()
    {
        const QString file =
            writeFile(QStringLiteral("plain.csv"), "Date,Close\n2024-01-02,10\n2024-01-03,11\n");
        for (const QString &symbol : {QStringLiteral("-X"), QStringLiteral("A\tB"), QStringLiteral("A\nB")}) {
            Run r = cli({QStringLiteral("import"), file, QStringLiteral("--symbol"), symbol});
            QVERIFY2(r.code == 2, qPrintable(symbol + QStringLiteral(": ") + r.err));
        }
        Run huge = cli(
            {QStringLiteral("import"), file, QStringLiteral("--symbol"), QString(10000, QLatin1Char('Z'))});
        QCOMPARE(huge.code, 2);
        QVERIFY2(huge.err.size() < 500, qPrintable(huge.err.left(600)));
        Run ccy = cli({QStringLiteral("import"), file, QStringLiteral("--currency"), QStringLiteral("XYZ")});
        QCOMPARE(ccy.code, 2);
        QVERIFY2(ccy.err.contains(QLatin1String("'XYZ' is not an ISO 4217 currency code")),
                 qPrintable(ccy.err));
        // --db "" is a mistake, not the default database.
        Run empty = cli({QStringLiteral("--db"), QString(), QStringLiteral("instruments")}, false);
        QCOMPARE(empty.code, 2);
        QVERIFY2(empty.err.contains(QLatin1String("--db is empty")), qPrintable(empty.err));
        // A query in an sqlite URL is refused instead of becoming part of the file name.
        const QString roUrl = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("ro.sqlite")) +
                              QStringLiteral("?mode=ro");
        Run ro = cli({QStringLiteral("--db"), roUrl, QStringLiteral("instruments")}, false);
        QCOMPARE(ro.code, 1);
        QVERIFY2(ro.err.contains(QLatin1String("?mode=ro")), qPrintable(ro.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("ro.sqlite?mode=ro"))));
    }

    void rawDatabaseTextIsExplained()
    {
        const QString notADb = writeFile(QStringLiteral("notes.sqlite"), QByteArray(4096, 'x'));
        Run r =
            cli({QStringLiteral("--db"), QStringLiteral("sqlite://") + notADb, QStringLiteral("instruments")},
                false);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("is not a SuperNova database")), qPrintable(r.err));
        // Database::open refuses a file that is not ours before SQLite or Qt
        // speak, so the user reads what to do and no raw driver text at all.
        QVERIFY2(r.err.contains(QLatin1String("choose another file")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("PRAGMA")), qPrintable(r.err));
    }

    void outputToAFullDiskFails()
    {
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full on this system");
        Run seeded = cli(
            {QStringLiteral("import"), sn::test::sampleDataFile(QStringLiteral("aapl_yahoo_2013_2018.csv"))});
        QVERIFY2(seeded.code == 0, qPrintable(seeded.err));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        p.setProcessEnvironment(env);
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start(QStringLiteral(SUPERNOVA_CLI_BINARY), {QStringLiteral("--db"), m_db, QStringLiteral("bars"),
                                                       QStringLiteral("AAPL"), QStringLiteral("--csv")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("writing the output failed")), qPrintable(err));
    }

    // A file output names a device or a FIFO: it is written in place (renaming a
    // temporary file over it would turn the device node into a regular file),
    // and a write that fails there is an error, not "exported".
    void exportToADeviceWritesInPlaceAndFailsWhenFull()
    {
        Run created = cli({QStringLiteral("portfolio"), QStringLiteral("create"), QStringLiteral("Devices")});
        QVERIFY2(created.code == 0, qPrintable(created.err));
        const QByteArray fifo = QFile::encodeName(m_dir.filePath(QStringLiteral("out.fifo")));
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        QByteArray received;
        std::thread reader([&]() {
            const int fd = ::open(fifo.constData(), O_RDONLY);
            if (fd < 0)
                return;
            char buf[4096];
            for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) > 0;)
                received.append(buf, n);
            ::close(fd);
        });
        Run toFifo = cli({QStringLiteral("portfolio"), QStringLiteral("export"), QStringLiteral("Devices"),
                          QString::fromLocal8Bit(fifo)});
        // If the CLI never opened the FIFO, the reader still waits in open(): a
        // writer of our own that closes at once releases it.
        if (const int unblock = ::open(fifo.constData(), O_WRONLY | O_NONBLOCK); unblock >= 0)
            ::close(unblock);
        reader.join();
        QVERIFY2(toFifo.code == 0, qPrintable(toFifo.err));
        QVERIFY2(received.startsWith("date,type,symbol"), received.constData());
        struct stat st
        {
        };
        QCOMPARE(::stat(fifo.constData(), &st), 0);
        QVERIFY2(S_ISFIFO(st.st_mode), "the FIFO was replaced by a regular file");

        // Only once a device is known to be written in place is /dev/full used:
        // a regression would otherwise replace this machine's /dev/full.
        if (::stat("/dev/full", &st) != 0 || !S_ISCHR(st.st_mode))
            QSKIP("no /dev/full character device on this system");
        Run full = cli({QStringLiteral("portfolio"), QStringLiteral("export"), QStringLiteral("Devices"),
                        QStringLiteral("/dev/full")});
        QCOMPARE(full.code, 1);
        QVERIFY2(full.err.contains(QLatin1String("/dev/full")) &&
                     full.err.contains(QLatin1String("cannot write")),
                 qPrintable(full.err));
        QCOMPARE(::stat("/dev/full", &st), 0);
        QVERIFY(S_ISCHR(st.st_mode));
    }

    void badFileIsRejectedWholeThenSkippedOnRequest()
    {
        const QString bad = writeFile(QStringLiteral("ZZZ.csv"), "Date,Open,High,Low,Close,Adj Close,Volume\n"
                                                                 "2020-01-01,1,2,0.5,1.5,1.5,100\n"
                                                                 "2020-01-02,1,0.5,2,1.5,1.5,100\n"
                                                                 "2020-01-03,abc,2,0.5,1.5,1.5,100\n");
        Run r = cli({QStringLiteral("import"), bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("error: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("ZZZ.csv:3: field 'high'")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("ZZZ.csv:4: field 'open'")), qPrintable(r.err));
        Run missing = cli({QStringLiteral("bars"), QStringLiteral("ZZZ")});
        QCOMPARE(missing.code, 1); // nothing was written, not even the instrument

        r = cli({QStringLiteral("import"), bad, QStringLiteral("--skip-bad-rows"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject report = json(r).object();
        QCOMPARE(report.value(QStringLiteral("rows_imported")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("rows_skipped")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("skipped")).toArray().size(), 2);
    }

    void missingFileFails()
    {
        Run r = cli({QStringLiteral("import"), m_dir.filePath(QStringLiteral("nope.csv"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("nope.csv")));
    }

    void sampleDataLoadAndRemove()
    {
        Run r = cli({QStringLiteral("sample"), QStringLiteral("load")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("instruments"), QStringLiteral("--json")});
        QStringList symbols;
        for (const auto &v : json(r).array())
            symbols << v.toObject().value(QStringLiteral("symbol")).toString();
        for (const char *s : {"AAPL", "^GSPC", "MSFT", "AMZN", "IBM", "GOOG"})
            QVERIFY2(symbols.contains(QLatin1String(s)), s);
        r = cli({QStringLiteral("bars"), QStringLiteral("^GSPC"), QStringLiteral("--json")});
        // sp500_yahoo_2000_2020.csv holds 5,105 data rows (2000-01-03..2020-04-17).
        QCOMPARE(json(r).object().value(QStringLiteral("count")).toInt(), 5105);
        r = cli({QStringLiteral("sample"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(json(r).object().value(QStringLiteral("loaded")).toBool(), true);
        r = cli({QStringLiteral("sample"), QStringLiteral("remove")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("bars"), QStringLiteral("^GSPC")});
        QCOMPARE(r.code, 1);
        r = cli({QStringLiteral("sample"), QStringLiteral("about")}, false);
        QVERIFY(r.out.contains(QStringLiteral("vega-datasets")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
