#pragma once

#include "core/common/Result.h"
#include "core/sync/Protocol.h"

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

namespace sn::server {

// Everything supernova-server needs to serve, read from an INI file and then
// from SUPERNOVA_SERVER_* environment variables (which win). See
// docs/deployment.md for every key.
struct ServerConfig
{
    QHostAddress listenAddress = QHostAddress::Any;
    quint16 port = 8765;
    QString certificateFile; // PEM
    QString privateKeyFile;  // PEM, RSA or EC
    // Plain ws:// for development: refused unless the listen address is a
    // loopback address.
    bool insecureLoopback = false;
    QString databaseUrl;
    // /healthz, /readyz, /metrics over plain HTTP; port 0 = off.
    QHostAddress opsAddress = QHostAddress::LocalHost;
    quint16 opsPort = 0;
    QString serverName = QStringLiteral("supernova-server");
    // Reverse proxies (nginx) whose X-Forwarded-For header is believed:
    // addresses or subnets. A connection from anywhere else is known by its
    // TCP peer address whatever headers it sends. Empty: no proxy is trusted.
    QList<QPair<QHostAddress, int>> trustedProxies;
    bool isTrustedProxy(const QHostAddress &address) const;

    sync::Limits limits;
    double messagesPerSecond = 50.0; // sustained, per connection
    double messageBurst = 200.0;     // per connection
    int loginFailures = 5;           // per user and address ...
    int loginWindowSeconds = 60;     // ... within this window
    int accessTokenSeconds = 15 * 60;
    int refreshTokenDays = 30;
    // scrypt cost for new password hashes (log2 of N).
    int passwordCostLog2N = 15;
    // PostgreSQL: the NOTIFY channel shared by every instance on one database.
    QString notifyChannel = QStringLiteral("supernova_events");

    // Reads `path` (may be empty: defaults plus environment).
    static Result<ServerConfig> load(const QString &path);
    // Checks values and files (certificate and key readable and parseable,
    // the insecure flag only on loopback). Names the key at fault.
    Result<void> validate() const;
    bool secure() const { return !insecureLoopback; }
};

} // namespace sn::server
