#include "tests/sync/SyncTestSupport.h"

#include "core/server/ServerSchema.h"
#include "core/server/ServerUsers.h"
#include "core/server/ServerWorkspaces.h"
#include "core/sync/PasswordHash.h"
#include "core/workspace/LedgerService.h"

#include <QSslCertificate>
#include <algorithm>

namespace sn::test {

bool TeamServer::setUp(const QString &dir, QString *why)
{
    m_dir = dir;
    m_cert = makeCertificate(dir);
    if (!m_cert.ok()) {
        *why = m_cert.error;
        return false;
    }
    auto db = Database::open(QStringLiteral("sqlite://") + dir + QStringLiteral("/server.sqlite"));
    if (!db) {
        *why = QString::fromStdString(db.error().toString());
        return false;
    }
    m_db = std::move(db).value();
    if (auto r = server::ServerSchema::prepare(*m_db); !r) {
        *why = QString::fromStdString(r.error().toString());
        return false;
    }
    server::ServerUsers users(*m_db);
    server::ServerWorkspaces workspaces(*m_db);
    auto check = [why](const Result<void> &r) {
        if (!r)
            *why = QString::fromStdString(r.error().toString());
        return r.ok();
    };
    for (const char *name : {"alice", "bob", "carol"}) {
        auto hash = sync::PasswordHash::hash(kTeamPassword, {10, 8, 1});
        if (!hash) {
            *why = QString::fromStdString(hash.error().toString());
            return false;
        }
        auto added = users.add(QString::fromLatin1(name), *hash);
        if (!added) {
            *why = QString::fromStdString(added.error().toString());
            return false;
        }
    }
    auto created = workspaces.create(kTeam);
    if (!created) {
        *why = QString::fromStdString(created.error().toString());
        return false;
    }
    if (!check(workspaces.setMember(kTeam, QStringLiteral("alice"), server::Role::Admin)) ||
        !check(workspaces.setMember(kTeam, QStringLiteral("bob"), server::Role::Analyst)) ||
        !check(workspaces.setMember(kTeam, QStringLiteral("carol"), server::Role::Viewer)))
        return false;
    m_port = freePort();
    return m_port != 0;
}

bool TeamServer::start(double messagesPerSecond)
{
    server::ServerConfig c;
    c.listenAddress = QHostAddress::LocalHost;
    c.port = m_port;
    c.certificateFile = m_cert.certificateFile;
    c.privateKeyFile = m_cert.keyFile;
    c.databaseUrl = QStringLiteral("sqlite://") + m_dir + QStringLiteral("/server.sqlite");
    c.messageBurst = std::max(200.0, messagesPerSecond);
    c.messagesPerSecond = messagesPerSecond;
    c.passwordCostLog2N = 10;
    m_server = std::make_unique<server::SyncServer>(*m_db, c);
    auto started = m_server->start();
    if (!started) {
        qWarning("server start failed: %s", started.error().toString().c_str());
        m_server.reset();
        return false;
    }
    return true;
}

void TeamServer::stop()
{
    if (m_server) {
        m_server->shutdown();
        m_server.reset();
    }
}

QUrl TeamServer::url() const
{
    return QUrl(QStringLiteral("wss://127.0.0.1:%1").arg(m_port));
}

QString TeamServer::fingerprint() const
{
    const auto certs = QSslCertificate::fromPath(m_cert.certificateFile);
    return certs.isEmpty() ? QString() : sync::SyncClient::fingerprint(certs.first());
}

sync::SyncClientOptions Analyst::options(const TeamServer &server, const QString &secretService) const
{
    sync::SyncClientOptions o;
    o.url = server.url();
    o.user = user;
    o.workspace = kTeam;
    o.pinnedSha256 = server.fingerprint();
    o.secretService = secretService;
    o.backoffMinMs = 100;
    o.backoffMaxMs = 1000;
    o.outboxPollMs = 200;
    return o;
}

std::vector<LineKey> ledgerOf(const Workspace &workspace, const QString &portfolio)
{
    LedgerService ledger(workspace);
    std::vector<LineKey> out;
    auto p = ledger.portfolioByName(portfolio);
    if (!p)
        return out;
    auto lines = ledger.transactions(p->id);
    if (!lines)
        return out;
    for (const PortfolioTransaction &l : lines.value())
        out.push_back({l.time, l.type, QString::fromStdString(l.amount.toString()), l.note});
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace sn::test
