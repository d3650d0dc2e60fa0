// The server's small parts on their own: rate limits driven by an explicit
// clock, and configuration parsing with the key named on every error.
#include "core/server/RateLimits.h"
#include "core/server/ServerConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sn::server;

class TstServerParts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeIni(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("c%1.ini").arg(++m_n));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return path;
    }
    int m_n = 0;

private slots:
    void tokenBucket()
    {
        TokenBucket b(3, 2.0, 1000); // 3 burst, 2 per second
        QVERIFY(b.take(1000));
        QVERIFY(b.take(1000));
        QVERIFY(b.take(1000));
        QVERIFY(!b.take(1000));
        QVERIFY(!b.take(1400)); // 0.8 token
        QVERIFY(b.take(1500));  // 1.0 token
        QVERIFY(!b.take(1500));
        QVERIFY(b.take(100000)); // refills to the burst, not beyond
        QVERIFY(b.take(100000));
        QVERIFY(b.take(100000));
        QVERIFY(!b.take(100000));
    }

    void loginLimiter()
    {
        LoginLimiter l(3, 60000);
        const QString k = LoginLimiter::key(QStringLiteral("Alice"), QStringLiteral("10.0.0.1"));
        QCOMPARE(k, LoginLimiter::key(QStringLiteral("alice"), QStringLiteral("10.0.0.1")));
        QCOMPARE(l.retryAfter(k, 0), 0);
        l.recordFailure(k, 0);
        l.recordFailure(k, 10000);
        QCOMPARE(l.retryAfter(k, 10000), 0);
        l.recordFailure(k, 20000);
        QCOMPARE(l.retryAfter(k, 20000), 40000); // until the first failure leaves the window
        QCOMPARE(l.retryAfter(LoginLimiter::key(QStringLiteral("alice"), QStringLiteral("10.0.0.2")), 20000),
                 0);
        QCOMPARE(l.retryAfter(k, 60000), 0);
        l.recordFailure(k, 60000);
        QVERIFY(l.retryAfter(k, 60000) > 0);
        l.recordSuccess(k);
        QCOMPARE(l.retryAfter(k, 60000), 0);
    }

    void configDefaultsAndFile()
    {
        const QString path = writeIni("[server]\nlisten = 127.0.0.1\nport = 9000\ncertificate = c.pem\n"
                                      "private_key = /abs/k.pem\ndatabase = sqlite://data/s.sqlite\n"
                                      "[limits]\nmessages_per_second = 5.5\n[ops]\nport = 9001\n");
        auto c = ServerConfig::load(path);
        QVERIFY2(c.ok(), c.ok() ? "" : c.error().toString().c_str());
        QCOMPARE(c->port, quint16(9000));
        QCOMPARE(c->listenAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(c->certificateFile, m_dir.filePath(QStringLiteral("c.pem"))); // relative to the file
        QCOMPARE(c->privateKeyFile, QStringLiteral("/abs/k.pem"));
        QCOMPARE(c->databaseUrl,
                 QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("data/s.sqlite")));
        QCOMPARE(c->messagesPerSecond, 5.5);
        QCOMPARE(c->opsPort, quint16(9001));
        QCOMPARE(c->limits.maxFrameBytes, 1024 * 1024);
        // No certificate file there: validate names the key.
        auto v = c->validate();
        QVERIFY(!v.ok());
        QVERIFY(QString::fromStdString(v.error().toString()).contains(QLatin1String("server/certificate")));
    }

    void environmentWins()
    {
        const QString path = writeIni("[server]\nport = 9000\ndatabase = sqlite:///x.sqlite\n");
        qputenv("SUPERNOVA_SERVER_SERVER_PORT", "9100");
        qputenv("SUPERNOVA_SERVER_LIMITS_MAX_FRAME_BYTES", "2048");
        auto c = ServerConfig::load(path);
        qunsetenv("SUPERNOVA_SERVER_SERVER_PORT");
        qunsetenv("SUPERNOVA_SERVER_LIMITS_MAX_FRAME_BYTES");
        QVERIFY(c.ok());
        QCOMPARE(c->port, quint16(9100));
        QCOMPARE(c->limits.maxFrameBytes, 2048);
    }

    void badValuesNameTheKey_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("key");
        QTest::newRow("port") << QByteArray("[server]\nport = 70000\n") << "server/port";
        QTest::newRow("port text") << QByteArray("[server]\nport = http\n") << "server/port";
        QTest::newRow("listen") << QByteArray("[server]\nlisten = example.com\n") << "server/listen";
        QTest::newRow("insecure") << QByteArray("[server]\ninsecure_loopback = maybe\n")
                                  << "server/insecure_loopback";
        QTest::newRow("frame") << QByteArray("[limits]\nmax_frame_bytes = 10\n") << "limits/max_frame_bytes";
        QTest::newRow("rate") << QByteArray("[limits]\nmessages_per_second = -1\n")
                              << "limits/messages_per_second";
        // QString::toDouble reads "nan" and "inf" as numbers: a NaN fails
        // every comparison, so a range check written as "below min or above
        // max" let it through (found by fuzz_server_config).
        QTest::newRow("rate nan") << QByteArray("[limits]\nmessages_per_second = nan\n")
                                  << "limits/messages_per_second";
        QTest::newRow("rate inf") << QByteArray("[limits]\nmessages_per_second = inf\n")
                                  << "limits/messages_per_second";
        QTest::newRow("cost") << QByteArray("[auth]\npassword_cost = 40\n") << "auth/password_cost";
        QTest::newRow("proxy") << QByteArray("[server]\ntrusted_proxies = 10.0.0.0/8, nginx-box\n")
                               << "server/trusted_proxies";
    }
    void badValuesNameTheKey()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, key);
        auto c = ServerConfig::load(writeIni(ini));
        QVERIFY(!c.ok());
        QVERIFY2(QString::fromStdString(c.error().toString()).contains(key), c.error().toString().c_str());
    }

    void trustedProxies()
    {
        auto c =
            ServerConfig::load(writeIni("[server]\ntrusted_proxies = 127.0.0.1, 10.0.0.0/8, fd00::/8\n"));
        QVERIFY2(c.ok(), c.ok() ? "" : c.error().toString().c_str());
        QCOMPARE(c->trustedProxies.size(), 3);
        QVERIFY(c->isTrustedProxy(QHostAddress(QStringLiteral("127.0.0.1"))));
        QVERIFY(
            c->isTrustedProxy(QHostAddress(QStringLiteral("::ffff:127.0.0.1")))); // v4 on a dual-stack socket
        QVERIFY(c->isTrustedProxy(QHostAddress(QStringLiteral("10.200.3.4"))));
        QVERIFY(c->isTrustedProxy(QHostAddress(QStringLiteral("fd12::1"))));
        QVERIFY(!c->isTrustedProxy(QHostAddress(QStringLiteral("127.0.0.2"))));
        QVERIFY(!c->isTrustedProxy(QHostAddress(QStringLiteral("192.168.1.1"))));
        auto none = ServerConfig::load(writeIni("[server]\nport = 9000\n"));
        QVERIFY(none.ok());
        QVERIFY(!none->isTrustedProxy(QHostAddress(QStringLiteral("127.0.0.1"))));
    }

    void insecureOnlyOnLoopback()
    {
        ServerConfig c;
        c.databaseUrl = QStringLiteral("sqlite:///x.sqlite");
        c.insecureLoopback = true;
        c.listenAddress = QHostAddress(QStringLiteral("0.0.0.0"));
        QVERIFY(!c.validate().ok());
        QVERIFY(c.validate().error().toString().find("loopback") != std::string::npos);
        c.listenAddress = QHostAddress(QHostAddress::LocalHostIPv6);
        QVERIFY(c.validate().ok());
        QVERIFY(!c.secure());
    }

    void missingFile()
    {
        auto c = ServerConfig::load(m_dir.filePath(QStringLiteral("absent.ini")));
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, sn::ErrorCode::NotFound);
    }
};

QTEST_APPLESS_MAIN(TstServerParts)
#include "tst_serverparts.moc"
