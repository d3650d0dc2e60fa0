#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <utility>
#include <vector>

class QTcpSocket;

namespace sn::test {

// An HTTP/1.1 server on 127.0.0.1 standing in for a market-data vendor: a
// handler sees each request (path, query, headers) and answers with the
// vendor's wire format. Every request is recorded, so a test can check how
// many were made and which ranges they asked for. stop() closes the port, so
// the next request meets "connection refused" as when offline.
class VendorServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray path; // without the query
        QUrlQuery query;
        QMap<QByteArray, QByteArray> headers; // names lower-cased
        QString item(const char *name) const
        {
            return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
        }
    };
    struct Response
    {
        int status = 200; // 0: never answer (the connection stays open)
        QByteArray contentType = "application/json";
        QByteArray body;
        std::vector<std::pair<QByteArray, QByteArray>> headers;
    };
    using Handler = std::function<Response(const Request &)>;

    explicit VendorServer(Handler handler, QObject *parent = nullptr);
    ~VendorServer() override;

    bool listen();
    void stop();
    QUrl url(const QString &path = {}) const;
    const QList<Request> &requests() const { return m_requests; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    Handler m_handler;
    QTcpServer m_server; // a child, so moveToThread() takes it along
    quint16 m_port = 0;
    QList<Request> m_requests;
    QMap<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace sn::test
