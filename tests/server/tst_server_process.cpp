// supernova-server as its users run it: `init`, the admin commands, `serve`
// as a child process on SQLite, an outside client (python3-websockets, written
// from docs/protocol.md), and SIGTERM draining connections with 1001.
#include "core/sync/Messages.h"
#include "tests/server/ServerTestSupport.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocketProtocol>

using namespace sn;
namespace msg = sn::sync::msg;

namespace {
QByteArray httpGet(quint16 port, const QByteArray &path)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(5000))
        return "no connection";
    s.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray all;
    while (s.waitForReadyRead(5000))
        all += s.readAll();
    return all + s.readAll();
}
} // namespace

class TstServerProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ini;
    QString m_adminPassword;
    quint16 m_port = 0;

    QStringList withConfig(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--config"), m_ini} + args;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!test::serverBinary().isEmpty(), "SUPERNOVA_SERVER_BIN is not set: run through ctest");
        // `serve` binds this port and the operations port after it.
        m_port = test::freePort(2);
        QVERIFY(m_port != 0);
    }

    // Ports drawn for a server stay clear of the ports the kernel hands to
    // outgoing connections, which other tests open all the time.
    void serverPortsAreOutsideTheEphemeralRange()
    {
        const quint16 ephemeral = test::ephemeralPortStart();
        for (int i = 0; i < 50; ++i) {
            const quint16 first = test::freePort(2);
            QVERIFY(first != 0);
            QVERIFY2(first + 1 < ephemeral, qPrintable(QString::number(first)));
            for (quint16 port : {first, quint16(first + 1)}) {
                QTcpServer bind;
                QVERIFY2(bind.listen(QHostAddress::LocalHost, port), qPrintable(bind.errorString()));
            }
        }
    }

    void initWritesAWorkingServer()
    {
        const QString dir = m_dir.filePath(QStringLiteral("srv"));
        auto r = test::runServerCommand({QStringLiteral("init"), dir, QStringLiteral("--listen"),
                                         QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                         QString::number(m_port), QStringLiteral("--admin"),
                                         QStringLiteral("root")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_ini = dir + QStringLiteral("/server.ini");
        QVERIFY(QFile::exists(m_ini));
        QVERIFY(QFile::exists(dir + QStringLiteral("/cert.pem")));
        QCOMPARE(QFile(dir + QStringLiteral("/key.pem")).permissions() &
                     (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        for (const QString &line : lines)
            if (line.startsWith(QLatin1String("one-time password")))
                m_adminPassword = line.section(QStringLiteral(": "), 1).trimmed();
        QVERIFY(m_adminPassword.size() >= 16);
        // A second init on the same folder is refused.
        auto again = test::runServerCommand({QStringLiteral("init"), dir});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QLatin1String("exists")));

        auto check = test::runServerCommand(withConfig({QStringLiteral("check-config")}));
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        QVERIFY(check.out.contains(QLatin1String("config ok: wss://127.0.0.1")));
    }

    void configErrorsNameTheKey()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.ini"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[server]\nport = 99999\ndatabase = sqlite:///tmp/x.sqlite\n");
        f.close();
        auto r = test::runServerCommand({QStringLiteral("--config"), bad, QStringLiteral("check-config")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("server/port")), qPrintable(r.err));
        // Plain ws:// is refused off loopback.
        auto insecure = test::runServerCommand({QStringLiteral("--config"), m_ini, QStringLiteral("serve"),
                                                QStringLiteral("--insecure-loopback"),
                                                QStringLiteral("--listen"), QStringLiteral("0.0.0.0")});
        QCOMPARE(insecure.exitCode, 1);
        QVERIFY2(insecure.err.contains(QLatin1String("loopback")), qPrintable(insecure.err));
        auto usage = test::runServerCommand({QStringLiteral("frobnicate")});
        QCOMPARE(usage.exitCode, 2);
    }

    void adminCommands()
    {
        auto add =
            test::runServerCommand(withConfig({QStringLiteral("user"), QStringLiteral("add"),
                                               QStringLiteral("ana"), QStringLiteral("--password-stdin")}),
                                   "ana-password-1\n");
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        auto dup =
            test::runServerCommand(withConfig({QStringLiteral("user"), QStringLiteral("add"),
                                               QStringLiteral("ana"), QStringLiteral("--password-stdin")}),
                                   "ana-password-1\n");
        QCOMPARE(dup.exitCode, 1);
        QVERIFY(dup.err.contains(QLatin1String("exists")));
        QCOMPARE(test::runServerCommand(
                     withConfig({QStringLiteral("workspace"), QStringLiteral("member"), QStringLiteral("add"),
                                 QStringLiteral("Team"), QStringLiteral("ana")}))
                     .exitCode,
                 0);
        auto role = test::runServerCommand(
            withConfig({QStringLiteral("workspace"), QStringLiteral("role"), QStringLiteral("Team"),
                        QStringLiteral("ana"), QStringLiteral("overlord")}));
        QCOMPARE(role.exitCode, 2);
        auto members = test::runServerCommand(
            withConfig({QStringLiteral("workspace"), QStringLiteral("members"), QStringLiteral("Team")}));
        QVERIFY(members.out.contains(QLatin1String("root\tadmin")));
        QVERIFY(members.out.contains(QLatin1String("ana\tanalyst")));
        auto list = test::runServerCommand(withConfig({QStringLiteral("user"), QStringLiteral("list")}));
        QVERIFY(list.out.contains(QLatin1String("ana\tenabled")));
    }

    // compact's arguments are checked before the database is touched; a run
    // reports what it deleted (what it keeps is tst_server's
    // compactionKeepsTheNewestRevisionOfEachEntity).
    void compactCommand()
    {
        auto none = test::runServerCommand(withConfig({QStringLiteral("compact")}));
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains(QLatin1String("--keep-days")), qPrintable(none.err));
        auto bad = test::runServerCommand(
            withConfig({QStringLiteral("compact"), QStringLiteral("--keep-days"), QStringLiteral("soon")}));
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QLatin1String("'soon' is not a number of days")), qPrintable(bad.err));
        auto ok = test::runServerCommand(
            withConfig({QStringLiteral("compact"), QStringLiteral("--keep-days"), QStringLiteral("30")}));
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QVERIFY2(ok.out.startsWith(QLatin1String("deleted 0 superseded events written before ")),
                 qPrintable(ok.out));
    }

    void serveAnOutsideClientAndDrainOnSigterm()
    {
        test::ServerProcess server;
        QVERIFY2(server.start(withConfig({QStringLiteral("serve")}), m_port), qPrintable(server.output()));

        // The python client follows docs/protocol.md on its own.
        QProcess python;
        python.setProcessChannelMode(QProcess::MergedChannels);
        python.start(
            QStringLiteral("/usr/bin/python3"),
            {qEnvironmentVariable("SUPERNOVA_SOURCE_DIR") + QStringLiteral("/tests/server/outside_client.py"),
             QStringLiteral("--url"), QStringLiteral("wss://127.0.0.1:%1").arg(m_port),
             QStringLiteral("--ca"), m_dir.filePath(QStringLiteral("srv/cert.pem")), QStringLiteral("--user"),
             QStringLiteral("ana"), QStringLiteral("--password"), QStringLiteral("ana-password-1")});
        QVERIFY(python.waitForFinished(60000));
        const QString pyOut = QString::fromUtf8(python.readAll());
        QVERIFY2(python.exitCode() == 0, qPrintable(pyOut));

        // The one-time admin password works; then SIGTERM closes with 1001.
        test::TestCertificate cert;
        cert.certificateFile = m_dir.filePath(QStringLiteral("srv/cert.pem"));
        test::TestClient c(cert.clientSsl());
        QVERIFY(c.open(QUrl(QStringLiteral("wss://127.0.0.1:%1").arg(m_port))));
        QVERIFY(c.helloAndLogin(QStringLiteral("root"), m_adminPassword));
        QCOMPARE(c.request(msg::subscribe(QStringLiteral("Team")))->str(QStringLiteral("role")),
                 QStringLiteral("admin"));
        // The ack's correlation id finds the request's log line.
        const auto put =
            msg::put(QStringLiteral("Team"), QStringLiteral("note"), QStringLiteral("traced"), 0, {});
        auto ack = c.request(put);
        QCOMPARE(ack->type(), QStringLiteral("ack"));
        const QString cid = ack->str(QStringLiteral("cid"));
        QVERIFY(!cid.isEmpty());
        // The operations port (init put it next to the WebSocket port).
        const QByteArray ready = httpGet(quint16(m_port + 1), "/readyz");
        QVERIFY2(ready.startsWith("HTTP/1.1 200"), ready.constData());
        const QByteArray metrics = httpGet(quint16(m_port + 1), "/metrics");
        QVERIFY2(metrics.contains("supernova_connections 1"), metrics.constData());
        QVERIFY(metrics.contains("supernova_messages_total{type=\"put\"}"));
        QVERIFY(metrics.contains("supernova_request_seconds_bucket{le=\"+Inf\"}"));
        QVERIFY(metrics.contains("supernova_fanout_deliveries_total "));
        QVERIFY(metrics.contains("supernova_fanout_cpu_seconds_total "));
        QVERIFY(httpGet(quint16(m_port + 1), "/healthz").startsWith("HTTP/1.1 200"));
        QVERIFY(httpGet(quint16(m_port + 1), "/nope").startsWith("HTTP/1.1 404"));
        QCOMPARE(server.terminate(), 0);
        QVERIFY(c.waitClosed());
        QCOMPARE(c.closeCode(), int(QWebSocketProtocol::CloseCodeGoingAway));
        const QString log = server.output();
        QVERIFY2(log.contains(QLatin1String("\"logger\":\"supernova.server\"")), qPrintable(log.left(2000)));
        QVERIFY(!log.contains(m_adminPassword)); // never logged
        bool traced = false;
        for (const QString &line : log.split(QLatin1Char('\n')))
            traced = traced || (line.contains(QStringLiteral("\"cid\":\"%1\"").arg(cid)) &&
                                line.contains(QLatin1String("note/traced")) &&
                                line.contains(QStringLiteral("\"ref\":\"%1\"").arg(put.id())));
        QVERIFY2(traced, qPrintable(log.right(3000)));
    }
};

QTEST_GUILESS_MAIN(TstServerProcess)
#include "tst_server_process.moc"
