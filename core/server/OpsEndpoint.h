#pragma once

#include "core/common/Result.h"

#include <QHostAddress>
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace sn::server {

class SyncServer;

// The operations port, separate from the WebSocket port so it can stay on a
// private interface: GET /healthz (the process answers), /readyz (listening,
// database reachable, LISTEN up on PostgreSQL) and /metrics (Prometheus text).
// A minimal HTTP/1.1 responder over QTcpServer: one GET per connection,
// nothing else is accepted.
class OpsEndpoint : public QObject
{
    Q_OBJECT

public:
    OpsEndpoint(SyncServer &server, QObject *parent = nullptr);
    Result<void> listen(const QHostAddress &address, quint16 port);
    quint16 port() const;

private:
    void onConnection();
    void respond(QTcpSocket *socket, const QByteArray &request);

    SyncServer &m_server;
    QTcpServer *m_tcp;
};

} // namespace sn::server
