#pragma once

#include "core/common/Result.h"

#include <QString>
#include <map>

namespace sn {
class Database;
}

namespace sn::server {

// Presence shared by the server instances on one PostgreSQL. Each instance
// publishes who is online in a workspace on its own sockets (its rows in the
// presence table) and NOTIFYs "p<workspace id>" on the instances' channel;
// every instance then reads the others' rows and merges them with its own.
// Rows carry a heartbeat time: those of an instance that stopped touching
// them (it crashed) are ignored after kStaleMs and purged.
class PresenceBoard
{
public:
    static constexpr qint64 kHeartbeatMs = 10000;
    static constexpr qint64 kStaleMs = 3 * kHeartbeatMs;

    PresenceBoard(const Database &db, QString instance, QString channel);

    const QString &instance() const { return m_instance; }
    // Replaces this instance's rows for the workspace with `online` (user ->
    // connections; empty: nobody here any more) and announces the change.
    Result<void> publish(qint64 workspaceId, const std::map<QString, int> &online, qint64 now);
    // Every other live instance's users in the workspace, connections summed.
    Result<std::map<QString, int>> others(qint64 workspaceId, qint64 now);
    // Keeps this instance's rows alive and purges stale ones of others.
    Result<void> heartbeat(qint64 now);
    // Removes this instance's rows and announces each workspace (shutdown).
    Result<void> withdraw();

    // "p42" -> 42; -1 when the payload is not a presence notification.
    static qint64 workspaceOf(const QString &payload);

private:
    const Database &m_db;
    QString m_instance;
    QString m_channel;
};

} // namespace sn::server
