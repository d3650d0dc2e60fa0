#pragma once

#include "core/model/PortfolioTransaction.h"
#include "core/server/SyncServer.h"
#include "core/storage/Database.h"
#include "core/sync/SyncClient.h"
#include "core/workspace/Workspace.h"
#include "tests/server/ServerTestSupport.h"

#include <QString>
#include <memory>
#include <vector>

// A team server in this process (SQLite, TLS on loopback with a throwaway
// certificate, fixed port so it can be restarted) and analysts with their own
// local SQLite workspaces and SyncClients.
namespace sn::test {

inline const QString kTeam = QStringLiteral("Research");
inline const QString kTeamPassword = QStringLiteral("s3cret-team-pass");

class TeamServer
{
public:
    // Users alice (admin), bob (analyst), carol (viewer) in workspace Research.
    bool setUp(const QString &dir, QString *why);
    bool start(double messagesPerSecond = 100000);
    void stop();
    quint16 port() const { return m_port; }
    QUrl url() const;
    QString fingerprint() const;
    const TestCertificate &certificate() const { return m_cert; }
    server::SyncServer *server() { return m_server.get(); }

private:
    QString m_dir;
    TestCertificate m_cert;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<server::SyncServer> m_server;
    quint16 m_port = 0;
};

struct Analyst
{
    QString user;
    QString dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<sync::SyncClient> client;

    sync::SyncClientOptions options(const TeamServer &server, const QString &secretService) const;
};

// A line of the ledger as both sides must agree on it.
struct LineKey
{
    qint64 time = 0;
    QString type;
    QString amount;
    QString note;
    bool operator<(const LineKey &o) const
    {
        return std::tie(time, type, amount, note) < std::tie(o.time, o.type, o.amount, o.note);
    }
    bool operator==(const LineKey &o) const = default;
};
std::vector<LineKey> ledgerOf(const Workspace &workspace, const QString &portfolio);

} // namespace sn::test
