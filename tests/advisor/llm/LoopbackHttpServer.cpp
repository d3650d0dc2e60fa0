#include "tests/advisor/llm/LoopbackHttpServer.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>

namespace sn::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    case 529:
        return "Overloaded";
    default:
        return "Status";
    }
}

} // namespace

LoopbackHttpServer::Response LoopbackHttpServer::Response::json(int status, const QByteArray &body)
{
    Response r;
    r.status = status;
    r.headers.emplace_back("Content-Type", "application/json");
    r.body = body;
    return r;
}

LoopbackHttpServer::Response LoopbackHttpServer::Response::sse(std::vector<Chunk> chunks, End end)
{
    Response r;
    r.headers.emplace_back("Content-Type", "text/event-stream; charset=utf-8");
    r.headers.emplace_back("Cache-Control", "no-cache");
    r.chunks = std::move(chunks);
    r.stream = true;
    r.end = end;
    return r;
}

LoopbackHttpServer::Response LoopbackHttpServer::Response::sseInPieces(const QByteArray &stream,
                                                                       int pieceBytes, int delayMs)
{
    std::vector<Chunk> chunks;
    for (qsizetype at = 0; at < stream.size(); at += pieceBytes)
        chunks.push_back({stream.mid(at, pieceBytes), delayMs});
    return sse(std::move(chunks));
}

QJsonObject LoopbackHttpServer::Request::json() const
{
    return QJsonDocument::fromJson(body).object();
}

LoopbackHttpServer::LoopbackHttpServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackHttpServer::onNewConnection);
}

LoopbackHttpServer::~LoopbackHttpServer() = default;

bool LoopbackHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl LoopbackHttpServer::url(const QString &path) const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_server.serverPort());
    u.setPath(path);
    return u;
}

void LoopbackHttpServer::enqueue(Response response)
{
    m_script.push_back(std::move(response));
}

void LoopbackHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // each scripted chunk leaves at once
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buf = m_buffers[socket];
    buf.append(socket->readAll());
    // One request per connection is enough: every response says Connection: close.
    const qsizetype headerEnd = buf.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Request req;
    const QList<QByteArray> lines = buf.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    req.method = requestLine.value(0);
    req.path = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            req.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const qsizetype length = req.headers.value("content-length", "0").toLongLong();
    if (buf.size() < headerEnd + 4 + length)
        return;
    req.body = buf.mid(headerEnd + 4, length);
    buf.clear();
    m_requests.append(req);
    if (m_script.empty()) {
        respond(socket, Response::json(
                            500, R"({"error":{"message":"the test server has no scripted response left"}})"));
        return;
    }
    Response next = std::move(m_script.front());
    m_script.pop_front();
    respond(socket, std::move(next));
}

void LoopbackHttpServer::respond(QTcpSocket *socket, Response response)
{
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Connection: close\r\n";
    if (!response.stream) {
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
        socket->write(head + response.body);
        socket->disconnectFromHost();
        return;
    }
    head += "Transfer-Encoding: chunked\r\n\r\n";
    socket->write(head);
    sendChunk(socket, std::move(response), 0);
}

void LoopbackHttpServer::sendChunk(QTcpSocket *socket, Response response, std::size_t next)
{
    QPointer<QTcpSocket> guard(socket);
    if (next == response.chunks.size()) {
        if (response.end == End::Complete) {
            socket->write("0\r\n\r\n");
            socket->disconnectFromHost();
        } else if (response.end == End::Disconnect) {
            socket->disconnectFromHost(); // no terminating chunk: the body is cut off
        }
        return; // End::Hang: say nothing more, keep the connection open
    }
    const int delay = response.chunks[next].delayMs;
    auto send = [this, guard, response = std::move(response), next]() mutable {
        if (!guard)
            return;
        const QByteArray &bytes = response.chunks[next].bytes;
        guard->write(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
        guard->flush();
        sendChunk(guard, std::move(response), next + 1);
    };
    // Always through the event loop: the client reads between chunks.
    QTimer::singleShot(std::max(0, delay), this, std::move(send));
}

} // namespace sn::test
