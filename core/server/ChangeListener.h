#pragma once

#include "core/common/Result.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QTimer>

namespace sn {
class Database;
}

namespace sn::server {

// LISTENs on the PostgreSQL channel that EventLog NOTIFYs after each commit,
// on a connection of its own (a notification must not wait behind a long
// query), and says which workspace changed. Every instance on one database
// runs one, its own commits included, so all fan out the same way.
// If the connection drops it reconnects and emits reconnected(): anything
// committed meanwhile was not announced, so callers catch up from the log.
class ChangeListener : public QObject
{
    Q_OBJECT

public:
    ChangeListener(const Database &db, QString channel, QObject *parent = nullptr);
    ~ChangeListener() override;

    Result<void> start();
    bool listening() const { return m_listening; }

signals:
    void workspaceChanged(qint64 workspaceId);
    // Some instance changed who is online in the workspace (PresenceBoard).
    void presenceChanged(qint64 workspaceId);
    void reconnected();

private:
    Result<void> connectAndListen();
    void checkHealth();

    const Database &m_db;
    QString m_channel;
    QString m_connectionName;
    QTimer m_health;
    bool m_listening = false;
};

} // namespace sn::server
