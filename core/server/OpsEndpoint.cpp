#include "core/server/OpsEndpoint.h"

#include "core/server/SyncServer.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace sn::server {

namespace {

QByteArray reply(int status, const char *reason, const QByteArray &contentType, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

OpsEndpoint::OpsEndpoint(SyncServer &server, QObject *parent)
    : QObject(parent), m_server(server), m_tcp(new QTcpServer(this))
{
    connect(m_tcp, &QTcpServer::newConnection, this, &OpsEndpoint::onConnection);
}

Result<void> OpsEndpoint::listen(const QHostAddress &address, quint16 port)
{
    if (!m_tcp->listen(address, port))
        return makeError(ErrorCode::Unavailable, "cannot listen: " + m_tcp->errorString().toStdString(),
                         "operations port " + address.toString().toStdString() + ":" + std::to_string(port));
    return {};
}

quint16 OpsEndpoint::port() const
{
    return m_tcp->serverPort();
}

void OpsEndpoint::onConnection()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            // Only the request line matters; wait for the end of the headers.
            if (!socket->canReadLine() && socket->bytesAvailable() < 8192)
                return;
            const QByteArray head = socket->peek(8192);
            if (!head.contains("\r\n\r\n") && !head.contains("\n\n") && head.size() < 8192)
                return;
            const QByteArray requestLine = socket->readLine(1024).trimmed();
            respond(socket, requestLine);
        });
    }
}

void OpsEndpoint::respond(QTcpSocket *socket, const QByteArray &requestLine)
{
    const QList<QByteArray> parts = requestLine.split(' ');
    QByteArray response;
    if (parts.size() < 2 || parts[0] != "GET") {
        response = reply(405, "Method Not Allowed", "text/plain", "GET only\n");
    } else if (parts[1] == "/healthz") {
        response = reply(200, "OK", "text/plain", "ok\n");
    } else if (parts[1] == "/readyz") {
        const Result<void> ready = m_server.readiness();
        response = ready ? reply(200, "OK", "text/plain", "ready\n")
                         : reply(503, "Service Unavailable", "text/plain",
                                 QByteArray::fromStdString(ready.error().toString()) + '\n');
    } else if (parts[1] == "/metrics") {
        response = reply(200, "OK", "text/plain; version=0.0.4", m_server.metricsText());
    } else {
        response = reply(404, "Not Found", "text/plain", "try /healthz, /readyz or /metrics\n");
    }
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace sn::server
