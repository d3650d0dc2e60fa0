// Scale-out: two supernova-server processes on one PostgreSQL database. A
// change committed through instance A reaches a subscriber connected to
// instance B through LISTEN/NOTIFY, tokens from one instance work on the
// other, and revisions stay one sequence per workspace.
#include "core/storage/Database.h"
#include "core/sync/Messages.h"
#include "tests/server/ServerTestSupport.h"
#include "tests/testutils/TestPaths.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace sn;
namespace msg = sn::sync::msg;

class TstScaleOut : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TestCertificate m_cert;
    QString m_ini;
    quint16 m_portA = 0;
    quint16 m_portB = 0;
    test::ServerProcess m_a;
    test::ServerProcess m_b;
    test::ServerProcess m_nginx;
    quint16 m_portNginx = 0;

    std::unique_ptr<test::TestClient> login(quint16 port, const QString &user)
    {
        auto c = std::make_unique<test::TestClient>(m_cert.clientSsl());
        if (!c->open(QUrl(QStringLiteral("wss://127.0.0.1:%1").arg(port))) ||
            !c->helloAndLogin(user, QStringLiteral("password-") + user))
            return nullptr;
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!test::serverBinary().isEmpty(), "SUPERNOVA_SERVER_BIN is not set: run through ctest");
        QVERIFY2(!test::postgresUrl().isEmpty(), "SUPERNOVA_TEST_PG_URL is not set: run through ctest");
        {
            auto admin = Database::open(test::postgresUrl());
            QVERIFY(admin.ok());
            QSqlQuery q(*(*admin)->connection());
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS supernova_scaleout_test WITH (FORCE)"));
            QVERIFY(q.exec(QStringLiteral("CREATE DATABASE supernova_scaleout_test")));
        }
        QString url = test::postgresUrl();
        url.replace(QStringLiteral("/supernova_test"), QStringLiteral("/supernova_scaleout_test"));
        m_cert = test::makeCertificate(m_dir.path());
        QVERIFY2(m_cert.ok(), qPrintable(m_cert.error));
        m_ini = m_dir.filePath(QStringLiteral("server.ini"));
        QFile ini(m_ini);
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write(
            QStringLiteral("[server]\nlisten = 127.0.0.1\ncertificate = %1\nprivate_key = %2\ndatabase = %3\n"
                           "trusted_proxies = 127.0.0.1\n"
                           "[auth]\npassword_cost = 10\n")
                .arg(m_cert.certificateFile, m_cert.keyFile, url)
                .toUtf8());
        ini.close();
        auto cfg = [this](QStringList args) { return QStringList{QStringLiteral("--config"), m_ini} + args; };
        for (const QString &user : {QStringLiteral("alice"), QStringLiteral("bob")}) {
            auto r =
                test::runServerCommand(cfg({QStringLiteral("user"), QStringLiteral("add"), user,
                                            QStringLiteral("--password-stdin")}),
                                       (QStringLiteral("password-") + user + QLatin1Char('\n')).toUtf8());
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        QCOMPARE(test::runServerCommand(
                     cfg({QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("Team")}))
                     .exitCode,
                 0);
        for (const QString &user : {QStringLiteral("alice"), QStringLiteral("bob")})
            QCOMPARE(test::runServerCommand(cfg({QStringLiteral("workspace"), QStringLiteral("member"),
                                                 QStringLiteral("add"), QStringLiteral("Team"), user}))
                         .exitCode,
                     0);
        m_portA = test::freePort();
        m_portB = test::freePort();
        QVERIFY(m_portA && m_portB && m_portA != m_portB);
        QVERIFY2(m_a.start(cfg({QStringLiteral("serve"), QStringLiteral("--port"), QString::number(m_portA)}),
                           m_portA, {QStringLiteral("SUPERNOVA_SERVER_SERVER_NAME=instance-a")}),
                 qPrintable(m_a.output()));
        QVERIFY2(m_b.start(cfg({QStringLiteral("serve"), QStringLiteral("--port"), QString::number(m_portB)}),
                           m_portB, {QStringLiteral("SUPERNOVA_SERVER_SERVER_NAME=instance-b")}),
                 qPrintable(m_b.output()));

        // nginx in front of both, as docs/deployment.md configures it: TLS
        // for clients, least_conn over the instances, verified TLS upstream.
        m_portNginx = test::freePort();
        const QString conf = m_dir.filePath(QStringLiteral("nginx.conf"));
        QFile nginx(conf);
        QVERIFY(nginx.open(QIODevice::WriteOnly));
        nginx.write(
            QStringLiteral(
                "%1worker_processes 1;\ndaemon off;\npid %2/nginx.pid;\nevents { worker_connections 256; }\n"
                "http {\n access_log off;\n client_body_temp_path %2/nt-body; proxy_temp_path %2/nt-proxy;\n"
                " fastcgi_temp_path %2/nt-fcgi; uwsgi_temp_path %2/nt-uwsgi; scgi_temp_path %2/nt-scgi;\n"
                " upstream supernova { least_conn; server 127.0.0.1:%3; server 127.0.0.1:%4; }\n"
                " map $http_upgrade $connection_upgrade { default upgrade; '' close; }\n"
                " server {\n  listen 127.0.0.1:%5 ssl;\n  ssl_certificate %6;\n  ssl_certificate_key %7;\n"
                "  ssl_protocols TLSv1.2 TLSv1.3;\n"
                "  location / {\n   proxy_pass https://supernova;\n   proxy_ssl_verify on;\n"
                "   proxy_ssl_trusted_certificate %6;\n   proxy_ssl_name localhost;\n"
                "   proxy_http_version 1.1;\n   proxy_set_header Upgrade $http_upgrade;\n"
                "   proxy_set_header Connection $connection_upgrade;\n"
                "   proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n   proxy_read_timeout "
                "1h;\n  }\n }\n}\n")
                .arg(::getuid() == 0 ? QStringLiteral("user root;\n") : QString(), m_dir.path())
                .arg(m_portA)
                .arg(m_portB)
                .arg(m_portNginx)
                .arg(m_cert.certificateFile, m_cert.keyFile)
                .toUtf8());
        nginx.close();
        QVERIFY2(
            m_nginx.start({QStringLiteral("-p"), m_dir.path(), QStringLiteral("-e"),
                           m_dir.filePath(QStringLiteral("nginx-error.log")), QStringLiteral("-c"), conf},
                          m_portNginx, {}, 30000, QStringLiteral("/usr/sbin/nginx")),
            qPrintable(m_nginx.output()));
    }

    void aChangeOnOneInstanceReachesTheOther()
    {
        auto alice = login(m_portA, QStringLiteral("alice"));
        auto bob = login(m_portB, QStringLiteral("bob"));
        QVERIFY(alice && bob);
        QCOMPARE(alice->request(msg::subscribe(QStringLiteral("Team")))->type(),
                 QStringLiteral("subscribed"));
        QCOMPARE(bob->request(msg::subscribe(QStringLiteral("Team")))->type(), QStringLiteral("subscribed"));

        const QJsonObject data{{QStringLiteral("name"), QStringLiteral("Shared growth")}};
        auto ack = alice->request(
            msg::put(QStringLiteral("Team"), QStringLiteral("portfolio"), QStringLiteral("pf-x"), 0, data));
        QCOMPARE(ack->type(), QStringLiteral("ack"));
        auto event = bob->waitFor(QStringLiteral("event"));
        QVERIFY2(event, "the event did not cross instances");
        QCOMPARE(event->integer(QStringLiteral("rev")), ack->integer(QStringLiteral("rev")));
        QCOMPARE(event->obj(QStringLiteral("data")), data);
        QCOMPARE(event->str(QStringLiteral("by")), QStringLiteral("alice"));

        // And back: bob's chat line on B reaches alice on A.
        QCOMPARE(bob->request(msg::chatSend(QStringLiteral("Team"), QStringLiteral("desk"),
                                            QStringLiteral("seen it")))
                     ->type(),
                 QStringLiteral("ack"));
        auto line = alice->waitFor(QStringLiteral("chat.message"));
        QVERIFY(line);
        QCOMPARE(line->str(QStringLiteral("by")), QStringLiteral("bob"));

        // One revision sequence: a stale write through B conflicts with A's.
        auto conflict =
            bob->request(msg::put(QStringLiteral("Team"), QStringLiteral("portfolio"), QStringLiteral("pf-x"),
                                  0, {{QStringLiteral("name"), QStringLiteral("mine")}}));
        QCOMPARE(conflict->type(), QStringLiteral("conflict"));
        QCOMPARE(conflict->obj(QStringLiteral("data")), data);

        // Concurrent writers on both instances: every ack is a distinct
        // revision and both subscribers receive all of them in order.
        QList<qint64> acks;
        for (int i = 0; i < 10; ++i) {
            alice->send(msg::put(QStringLiteral("Team"), QStringLiteral("note"),
                                 QStringLiteral("a-%1").arg(i), 0, {}));
            bob->send(msg::put(QStringLiteral("Team"), QStringLiteral("note"), QStringLiteral("b-%1").arg(i),
                               0, {}));
        }
        for (test::TestClient *c : {alice.get(), bob.get()})
            for (int i = 0; i < 10; ++i) {
                auto a = c->waitFor(QStringLiteral("ack"));
                QVERIFY(a);
                acks << a->integer(QStringLiteral("rev"));
            }
        QCOMPARE(QSet<qint64>(acks.begin(), acks.end()).size(), 20);
        for (test::TestClient *c : {alice.get(), bob.get()}) {
            qint64 last = 0;
            int seen = 0;
            while (seen < 20) {
                auto e = c->waitFor(QStringLiteral("event"));
                QVERIFY2(e, qPrintable(QStringLiteral("only %1 of 20 events arrived").arg(seen)));
                if (!e->str(QStringLiteral("entity_id")).contains(QLatin1Char('-')))
                    continue;
                QVERIFY(e->integer(QStringLiteral("rev")) > last);
                last = e->integer(QStringLiteral("rev"));
                ++seen;
            }
        }
    }

    // Two clients through nginx land on different instances (least_conn), and
    // a change made through one reaches the other.
    void throughNginx()
    {
        test::TestClient x(m_cert.clientSsl());
        test::TestClient y(m_cert.clientSsl());
        const QUrl url(QStringLiteral("wss://127.0.0.1:%1").arg(m_portNginx));
        QVERIFY(x.open(url));
        auto wx = x.request(msg::hello({1}, {}));
        QVERIFY(y.open(url));
        auto wy = y.request(msg::hello({1}, {}));
        QVERIFY(wx && wy);
        QCOMPARE(QSet<QString>({wx->str(QStringLiteral("server")), wy->str(QStringLiteral("server"))}),
                 QSet<QString>({QStringLiteral("instance-a"), QStringLiteral("instance-b")}));
        QCOMPARE(x.request(msg::login(QStringLiteral("alice"), QStringLiteral("password-alice")))->type(),
                 QStringLiteral("token"));
        QCOMPARE(y.request(msg::login(QStringLiteral("bob"), QStringLiteral("password-bob")))->type(),
                 QStringLiteral("token"));
        QCOMPARE(y.request(msg::subscribe(QStringLiteral("Team")))->type(), QStringLiteral("subscribed"));
        auto ack =
            x.request(msg::put(QStringLiteral("Team"), QStringLiteral("note"), QStringLiteral("via-nginx"), 0,
                               {{QStringLiteral("text"), QStringLiteral("through the balancer")}}));
        QCOMPARE(ack->type(), QStringLiteral("ack"));
        bool seen = false;
        while (auto e = y.waitFor(QStringLiteral("event"))) {
            if (e->str(QStringLiteral("entity_id")) == QLatin1String("via-nginx")) {
                QCOMPARE(e->integer(QStringLiteral("rev")), ack->integer(QStringLiteral("rev")));
                seen = true;
                break;
            }
        }
        QVERIFY(seen);
    }

    // Presence spans instances: alice on A and bob on B each see both, and
    // when alice's connection closes, bob sees her go.
    void presenceSpansInstances()
    {
        auto usersIn = [](const sync::Frame &p) {
            QStringList users;
            for (const QJsonValue &u : p.arr(QStringLiteral("users")))
                users << u.toObject().value(QStringLiteral("user")).toString();
            users.sort();
            return users;
        };
        // The latest presence a client holds after waiting for `expected`.
        auto waitForUsers = [&](test::TestClient &c, const QStringList &expected) {
            QStringList last;
            (void)QTest::qWaitFor(
                [&] {
                    while (auto p = c.waitFor(QStringLiteral("presence"), 0))
                        last = usersIn(*p);
                    return last == expected;
                },
                20000);
            return last;
        };
        auto alice = login(m_portA, QStringLiteral("alice"));
        auto bob = login(m_portB, QStringLiteral("bob"));
        QVERIFY(alice && bob);
        QCOMPARE(alice->request(msg::subscribe(QStringLiteral("Team")))->type(),
                 QStringLiteral("subscribed"));
        QCOMPARE(bob->request(msg::subscribe(QStringLiteral("Team")))->type(), QStringLiteral("subscribed"));
        const QStringList both{QStringLiteral("alice"), QStringLiteral("bob")};
        QCOMPARE(waitForUsers(*bob, both), both);
        QCOMPARE(waitForUsers(*alice, both), both);

        alice.reset(); // closes the socket on A
        QCOMPARE(waitForUsers(*bob, {QStringLiteral("bob")}), QStringList{QStringLiteral("bob")});
    }

    void tokensWorkOnEveryInstance()
    {
        auto alice = login(m_portA, QStringLiteral("alice"));
        QVERIFY(alice);
        test::TestClient other(m_cert.clientSsl());
        QVERIFY(other.open(QUrl(QStringLiteral("wss://127.0.0.1:%1").arg(m_portB))));
        QVERIFY(other.request(msg::hello({1}, {})));
        QCOMPARE(other.request(msg::auth(alice->accessToken))->type(), QStringLiteral("authenticated"));
        QCOMPARE(other.request(msg::refresh(alice->refreshToken))->type(), QStringLiteral("token"));
    }

    void cleanupTestCase()
    {
        m_nginx.terminate();
        QCOMPARE(m_a.terminate(), 0);
        QCOMPARE(m_b.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TstScaleOut)
#include "tst_scaleout.moc"
