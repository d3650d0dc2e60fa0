#pragma once

#include "core/sync/Protocol.h"

#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>
#include <optional>

class QNetworkRequest;
class QProcess;
class QWebSocket;

namespace sn::test {

// A throwaway self-signed certificate for 127.0.0.1 (with subjectAltName),
// made by the openssl CLI in `dir`. Empty paths when openssl failed.
struct TestCertificate
{
    QString certificateFile;
    QString keyFile;
    QString error;
    bool ok() const { return error.isEmpty(); }
    // A client configuration that trusts exactly this certificate and
    // verifies the peer (never "ignore all errors").
    QSslConfiguration clientSsl() const;
};
TestCertificate makeCertificate(const QString &dir);

// A raw protocol client over one QWebSocket: it can send well-formed frames
// and anything else (broken JSON, binary, oversized), and it decodes and
// validates every frame the server sends with the same core/sync code.
class TestClient : public QObject
{
    Q_OBJECT

public:
    explicit TestClient(const QSslConfiguration &ssl, QObject *parent = nullptr);
    ~TestClient() override;

    bool open(const QUrl &url, int timeoutMs = 15000);
    // With handshake headers (e.g. X-Forwarded-For, as a proxy would add).
    bool open(const QNetworkRequest &request, int timeoutMs = 15000);
    void send(const sync::Frame &frame);
    void sendText(const QString &text);
    void sendBinary(const QByteArray &bytes);
    // Sends and waits for the frame answering it (ref == frame id).
    std::optional<sync::Frame> request(const sync::Frame &frame, int timeoutMs = 15000);
    // The next received frame of `type` (others stay queued).
    std::optional<sync::Frame> waitFor(const QString &type, int timeoutMs = 15000);
    // hello + login; true on a token.
    bool helloAndLogin(const QString &user, const QString &password);
    bool waitClosed(int timeoutMs = 15000);
    int closeCode() const;
    bool connected() const;
    // Frames that did not pass validation (should stay empty).
    const QStringList &invalidFrames() const { return m_invalid; }
    QList<sync::Frame> &queue() { return m_queue; }
    QString accessToken;
    QString refreshToken;

private:
    QWebSocket *m_socket;
    QList<sync::Frame> m_queue;
    QStringList m_invalid;
    bool m_closed = false;
};

// supernova-server run as a child process (path from SUPERNOVA_SERVER_BIN).
struct CommandResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
QString serverBinary();
CommandResult runServerCommand(const QStringList &args, const QByteArray &stdinData = {},
                               int timeoutMs = 60000);
// The first of `count` consecutive TCP ports free on 127.0.0.1 (bound and
// released), or 0. They are drawn at random below the kernel's ephemeral range,
// so another test's outgoing connection can't take them between this call and
// the server's bind (what broke tst_server_process in CI), and two tests rarely
// draw the same.
quint16 freePort(int count = 1);
// Where the kernel's ephemeral ports start (net.ipv4.ip_local_port_range).
quint16 ephemeralPortStart();

class ServerProcess
{
public:
    ServerProcess() = default;
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Starts `serve` and waits until the port accepts TCP connections.
    // `environment`: extra "KEY=VALUE" entries. `program` empty: supernova-server.
    bool start(const QStringList &args, quint16 port, const QStringList &environment = {},
               int timeoutMs = 30000, const QString &program = {});
    // SIGTERM, then waits; returns the exit code (-1 when it had to be killed).
    int terminate(int timeoutMs = 15000);
    QString output() const;

private:
    QProcess *m_process = nullptr;
};

} // namespace sn::test
