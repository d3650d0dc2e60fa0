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

    std::unique_ptr<test::TestClient> login(quint16 port, const QString &user)
    {
        auto c = std::make_unique<test::TestClient>(m_cert.clientSsl());
        if (!c->open(QUrl(QStringLiteral("wss://127.0.0.1:%1").arg(port))) || !c->helloAndLogin(user, QStringLiteral("password-") + user))
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
        ini.write(QStringLiteral("[server]\nlisten = 127.0.0.1\ncertificate = %1\nprivate_key = %2\ndatabase = %3\n"
                                 "[auth]\npassword_cost = 10\n")
                      .arg(m_cert.certificateFile, m_cert.keyFile, url)
                      .toUtf8());
        ini.close();
        auto cfg = [this](QStringList args) { return QStringList{QStringLiteral("--config"), m_ini} + args; };
        for (const QString &user : {QStringLiteral("alice"), QStringLiteral("bob")}) {
            auto r = test::runServerCommand(cfg({QStringLiteral("user"), QStringLiteral("add"), user, QStringLiteral("--password-stdin")}),
                                            (QStringLiteral("password-") + user + QLatin1Char('\n')).toUtf8());
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        QCOMPARE(test::runServerCommand(cfg({QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("Team")})).exitCode, 0);
        for (const QString &user : {QStringLiteral("alice"), QStringLiteral("bob")})
            QCOMPARE(test::runServerCommand(cfg({QStringLiteral("workspace"), QStringLiteral("member"), QStringLiteral("add"),
                                                 QStringLiteral("Team"), user}))
                         .exitCode,
                     0);
        m_portA = test::freePort();
        m_portB = test::freePort();
        QVERIFY(m_portA && m_portB && m_portA != m_portB);
        QVERIFY(m_a.start(cfg({QStringLiteral("serve"), QStringLiteral("--port"), QString::number(m_portA)}), m_portA));
        QVERIFY(m_b.start(cfg({QStringLiteral("serve"), QStringLiteral("--port"), QString::number(m_portB)}), m_portB));
    }

    void aChangeOnOneInstanceReachesTheOther()
    {
        auto alice = login(m_portA, QStringLiteral("alice"));
        auto bob = login(m_portB, QStringLiteral("bob"));
        QVERIFY(alice && bob);
        QCOMPARE(alice->request(msg::subscribe(QStringLiteral("Team")))->type(), QStringLiteral("subscribed"));
        QCOMPARE(bob->request(msg::subscribe(QStringLiteral("Team")))->type(), QStringLiteral("subscribed"));

        const QJsonObject data{{QStringLiteral("name"), QStringLiteral("Shared growth")}};
        auto ack = alice->request(msg::put(QStringLiteral("Team"), QStringLiteral("portfolio"), QStringLiteral("pf-x"), 0, data));
        QCOMPARE(ack->type(), QStringLiteral("ack"));
        auto event = bob->waitFor(QStringLiteral("event"));
        QVERIFY2(event, "the event did not cross instances");
        QCOMPARE(event->integer(QStringLiteral("rev")), ack->integer(QStringLiteral("rev")));
        QCOMPARE(event->obj(QStringLiteral("data")), data);
        QCOMPARE(event->str(QStringLiteral("by")), QStringLiteral("alice"));

        // And back: bob's chat line on B reaches alice on A.
        QCOMPARE(bob->request(msg::chatSend(QStringLiteral("Team"), QStringLiteral("desk"), QStringLiteral("seen it")))->type(),
                 QStringLiteral("ack"));
        auto line = alice->waitFor(QStringLiteral("chat.message"));
        QVERIFY(line);
        QCOMPARE(line->str(QStringLiteral("by")), QStringLiteral("bob"));

        // One revision sequence: a stale write through B conflicts with A's.
        auto conflict = bob->request(msg::put(QStringLiteral("Team"), QStringLiteral("portfolio"), QStringLiteral("pf-x"), 0,
                                              {{QStringLiteral("name"), QStringLiteral("mine")}}));
        QCOMPARE(conflict->type(), QStringLiteral("conflict"));
        QCOMPARE(conflict->obj(QStringLiteral("data")), data);

        // Concurrent writers on both instances: every ack is a distinct
        // revision and both subscribers receive all of them in order.
        QList<qint64> acks;
        for (int i = 0; i < 10; ++i) {
            alice->send(msg::put(QStringLiteral("Team"), QStringLiteral("note"), QStringLiteral("a-%1").arg(i), 0, {}));
            bob->send(msg::put(QStringLiteral("Team"), QStringLiteral("note"), QStringLiteral("b-%1").arg(i), 0, {}));
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
        QCOMPARE(m_a.terminate(), 0);
        QCOMPARE(m_b.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TstScaleOut)
#include "tst_scaleout.moc"
