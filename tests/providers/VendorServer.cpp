#include "tests/providers/VendorServer.h"

#include <QHostAddress>
#include <QTcpSocket>

namespace sn::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

VendorServer::VendorServer(Handler handler, QObject *parent)
    : QObject(parent), m_handler(std::move(handler)), m_server(this)
{
    connect(&m_server, &QTcpServer::newConnection, this, &VendorServer::onNewConnection);
}

VendorServer::~VendorServer() = default;

bool VendorServer::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, m_port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

void VendorServer::stop()
{
    m_server.close();
}

QUrl VendorServer::url(const QString &path) const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    u.setPath(path);
    return u;
}

void VendorServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void VendorServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buf = m_buffers[socket];
    buf.append(socket->readAll());
    const qsizetype headerEnd = buf.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return; // GET requests have no body: the head is the whole request
    const QList<QByteArray> lines = buf.left(headerEnd).split('\n');
    buf.clear();
    Request req;
    const QByteArray target = lines.value(0).trimmed().split(' ').value(1);
    const qsizetype q = target.indexOf('?');
    req.path = q < 0 ? target : target.left(q);
    if (q >= 0)
        req.query = QUrlQuery(QString::fromUtf8(target.mid(q + 1)));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            req.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    m_requests.append(req);
    const Response r = m_handler(req);
    if (r.status == 0)
        return; // a vendor that never answers: the client's timeout must end it
    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
    head += "Content-Type: " + r.contentType + "\r\n";
    for (const auto &[name, value] : r.headers)
        head += name + ": " + value + "\r\n";
    head += "Connection: close\r\nContent-Length: " + QByteArray::number(r.body.size()) + "\r\n\r\n";
    socket->write(head + r.body);
    socket->disconnectFromHost();
}

} // namespace sn::test
