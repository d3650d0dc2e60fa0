#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <deque>
#include <vector>

class QTcpSocket;

namespace sn::test {

// A scripted HTTP/1.1 server on 127.0.0.1 standing in for a model vendor.
// Each request takes the next scripted response: a plain body with a status
// and headers, or an SSE stream sent as chunked transfer encoding in chosen
// pieces with chosen delays, then ended, cut off, or left hanging. Every
// request is recorded (method, path, headers, body) for assertions.
class LoopbackHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Chunk
    {
        QByteArray bytes;
        int delayMs = 0; // before this chunk is sent
    };
    enum class End
    {
        Complete,
        Disconnect,
        Hang
    };
    struct Response
    {
        int status = 200;
        std::vector<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;           // a plain response (Content-Length)
        std::vector<Chunk> chunks; // an SSE stream's pieces
        bool stream = false;       // chunked transfer encoding (set by sse())
        End end = End::Complete;

        static Response json(int status, const QByteArray &body);
        static Response sse(std::vector<Chunk> chunks, End end = End::Complete);
        // The whole stream cut into pieces of `pieceBytes` (the last shorter).
        static Response sseInPieces(const QByteArray &stream, int pieceBytes, int delayMs = 0);
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QMap<QByteArray, QByteArray> headers; // names lower-cased
        QByteArray body;
        QJsonObject json() const;
    };

    explicit LoopbackHttpServer(QObject *parent = nullptr);
    ~LoopbackHttpServer() override;

    bool listen();
    QUrl url(const QString &path = {}) const;
    void enqueue(Response response);
    const QList<Request> &requests() const { return m_requests; }
    int pendingResponses() const { return int(m_script.size()); }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, Response response);
    void sendChunk(QTcpSocket *socket, Response response, std::size_t next);

    QTcpServer m_server;
    std::deque<Response> m_script;
    QList<Request> m_requests;
    QMap<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace sn::test
