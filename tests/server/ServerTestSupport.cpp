#include "tests/server/ServerTestSupport.h"

#include "core/sync/Messages.h"

#include <QFile>
#include <QNetworkRequest>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

namespace sn::test {

TestCertificate makeCertificate(const QString &dir)
{
    TestCertificate c;
    c.certificateFile = dir + QStringLiteral("/cert.pem");
    c.keyFile = dir + QStringLiteral("/key.pem");
    QProcess p;
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
             QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
             QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
             QStringLiteral("-keyout"), c.keyFile, QStringLiteral("-out"), c.certificateFile});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        c.error = QStringLiteral("openssl req failed: ") + QString::fromLocal8Bit(p.readAllStandardError());
    return c;
}

QSslConfiguration TestCertificate::clientSsl() const
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(certificateFile));
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    return ssl;
}

TestClient::TestClient(const QSslConfiguration &ssl, QObject *parent)
    : QObject(parent), m_socket(new QWebSocket)
{
    m_socket->setSslConfiguration(ssl);
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        sync::Limits generous;
        generous.maxFrameBytes = 64 * 1024 * 1024;
        const sync::DecodeResult r = sync::decode(text.toUtf8(), generous);
        if (!r.ok()) {
            m_invalid << r.error.field + QStringLiteral(": ") + r.error.message + QStringLiteral(" in ") +
                             text.left(200);
            return;
        }
        m_queue.append(*r.frame);
    });
    connect(m_socket, &QWebSocket::disconnected, this, [this] { m_closed = true; });
}

TestClient::~TestClient()
{
    m_socket->abort();
    delete m_socket;
}

bool TestClient::open(const QUrl &url, int timeoutMs)
{
    return open(QNetworkRequest(url), timeoutMs);
}

bool TestClient::open(const QNetworkRequest &request, int timeoutMs)
{
    m_closed = false;
    m_socket->open(request);
    return QTest::qWaitFor(
               [this] { return m_socket->state() == QAbstractSocket::ConnectedState || m_closed; },
               timeoutMs) &&
           m_socket->state() == QAbstractSocket::ConnectedState;
}

void TestClient::send(const sync::Frame &frame)
{
    m_socket->sendTextMessage(QString::fromUtf8(frame.encode()));
}

void TestClient::sendText(const QString &text)
{
    m_socket->sendTextMessage(text);
}

void TestClient::sendBinary(const QByteArray &bytes)
{
    m_socket->sendBinaryMessage(bytes);
}

std::optional<sync::Frame> TestClient::request(const sync::Frame &frame, int timeoutMs)
{
    send(frame);
    std::optional<sync::Frame> found;
    (void)QTest::qWaitFor(
        [&] {
            for (qsizetype i = 0; i < m_queue.size(); ++i) {
                if (m_queue[i].str(QStringLiteral("ref")) == frame.id()) {
                    found = m_queue.takeAt(i);
                    return true;
                }
            }
            return m_closed;
        },
        timeoutMs);
    return found;
}

std::optional<sync::Frame> TestClient::waitFor(const QString &type, int timeoutMs)
{
    std::optional<sync::Frame> found;
    (void)QTest::qWaitFor(
        [&] {
            for (qsizetype i = 0; i < m_queue.size(); ++i) {
                if (m_queue[i].type() == type) {
                    found = m_queue.takeAt(i);
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

bool TestClient::helloAndLogin(const QString &user, const QString &password)
{
    auto welcome = request(sync::msg::hello({1}, QStringLiteral("tst")));
    if (!welcome || welcome->type() != QLatin1String("welcome"))
        return false;
    auto token = request(sync::msg::login(user, password));
    if (!token || token->type() != QLatin1String("token"))
        return false;
    accessToken = token->str(QStringLiteral("access_token"));
    refreshToken = token->str(QStringLiteral("refresh_token"));
    return true;
}

bool TestClient::waitClosed(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_closed; }, timeoutMs);
}

int TestClient::closeCode() const
{
    return static_cast<int>(m_socket->closeCode());
}

bool TestClient::connected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

QString serverBinary()
{
    return qEnvironmentVariable("SUPERNOVA_SERVER_BIN");
}

CommandResult runServerCommand(const QStringList &args, const QByteArray &stdinData, int timeoutMs)
{
    CommandResult r;
    QProcess p;
    p.start(serverBinary(), args);
    if (!p.waitForStarted(timeoutMs)) {
        r.err = QStringLiteral("cannot start ") + serverBinary();
        return r;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

quint16 ephemeralPortStart()
{
    QFile range(QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range"));
    if (range.open(QIODevice::ReadOnly)) {
        bool ok = false;
        const int start =
            QString::fromLatin1(range.readAll()).simplified().section(QLatin1Char(' '), 0, 0).toInt(&ok);
        if (ok && start > 1024 && start <= 65535)
            return quint16(start);
    }
    return 32768; // Linux's default
}

quint16 freePort(int count)
{
    constexpr int kLowest = 10000;
    const int end = int(ephemeralPortStart()) - count; // exclusive
    if (count < 1 || end <= kLowest)
        return 0;
    for (int attempt = 0; attempt < 500; ++attempt) {
        const auto first = quint16(QRandomGenerator::global()->bounded(kLowest, end));
        bool allFree = true;
        for (int i = 0; i < count && allFree; ++i) {
            QTcpServer probe;
            allFree = probe.listen(QHostAddress::LocalHost, quint16(first + i));
        }
        if (allFree)
            return first;
    }
    return 0;
}

ServerProcess::~ServerProcess()
{
    if (m_process) {
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        delete m_process;
    }
}

bool ServerProcess::start(const QStringList &args, quint16 port, const QStringList &environment,
                          int timeoutMs, const QString &program)
{
    m_process = new QProcess;
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : environment)
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    m_process->setProcessEnvironment(env);
    m_process->start(program.isEmpty() ? serverBinary() : program, args);
    if (!m_process->waitForStarted(timeoutMs))
        return false;
    return QTest::qWaitFor(
               [&] {
                   if (m_process->state() == QProcess::NotRunning)
                       return true;
                   QTcpSocket probe;
                   probe.connectToHost(QHostAddress::LocalHost, port);
                   return probe.waitForConnected(200);
               },
               timeoutMs) &&
           m_process->state() == QProcess::Running;
}

int ServerProcess::terminate(int timeoutMs)
{
    if (!m_process)
        return -1;
    m_process->terminate();
    if (!m_process->waitForFinished(timeoutMs)) {
        m_process->kill();
        m_process->waitForFinished(5000);
        return -1;
    }
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

QString ServerProcess::output() const
{
    return m_process ? QString::fromUtf8(m_process->readAll()) : QString();
}

} // namespace sn::test
