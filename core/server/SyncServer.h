#pragma once

#include "core/common/Result.h"
#include "core/server/AuthService.h"
#include "core/server/EventLog.h"
#include "core/server/RateLimits.h"
#include "core/server/ServerConfig.h"
#include "core/server/ServerUsers.h"
#include "core/server/ServerWorkspaces.h"
#include "core/server/WriteCommitter.h"
#include "core/sync/Messages.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

class QWebSocket;
class QWebSocketServer;

namespace sn {
class Database;
}

namespace sn::server {

class ChangeListener;
class PresenceBoard;

// Counters for /metrics and the tests.
struct ServerStats
{
    qint64 connectionsAccepted = 0;
    qint64 framesIn = 0;
    qint64 framesOut = 0;
    qint64 errorsSent = 0;
    qint64 floodsCut = 0;
    std::map<QString, qint64> framesByType;
    // Request handling time (decode to reply queued), Prometheus buckets.
    static constexpr double kLatencyBuckets[] = {0.0005, 0.001, 0.0025, 0.005, 0.01,
                                                 0.025,  0.05,  0.1,    0.25,  1.0};
    qint64 latencyCounts[std::size(kLatencyBuckets)] = {};
    qint64 latencyCount = 0;
    double latencySum = 0.0;
    // Group commit: transactions, the writes they carried, time inside them.
    qint64 commitBatches = 0;
    qint64 commitWrites = 0;
    double commitSeconds = 0.0;
    // Fan-out: events handed to local subscribers and the time spent
    // encrypting and writing them to the sockets (the server's share of the
    // delivery delay; the rest is the network and the clients).
    qint64 fanoutEvents = 0;
    double fanoutSeconds = 0.0;
    // The same hand-off counted per frame written to a subscriber, and this
    // thread's CPU time inside it: on a shared machine the wall time above
    // includes waiting for a core, the CPU time per delivery does not, so it
    // shows whether the cost per subscriber grows with their number.
    qint64 fanoutDeliveries = 0;
    double fanoutCpuSeconds = 0.0;
};

// The team server: protocol v1 over a QWebSocketServer (wss:// with TLS 1.2+,
// or ws:// on loopback for development), one event loop, one database
// connection on this thread. Each connection walks hello -> login/auth ->
// requests; every request is validated, authorised against the member's role
// in the database, applied through EventLog and answered; committed changes
// fan out to the workspace's subscribers from the event log (and, on
// PostgreSQL, to every other instance through LISTEN/NOTIFY).
class SyncServer : public QObject
{
    Q_OBJECT

public:
    // The database must be migrated to ServerSchema already.
    SyncServer(const Database &db, ServerConfig config, QObject *parent = nullptr);
    ~SyncServer() override;

    // For tests: the clock behind token expiry, rate limits and timestamps.
    void setClock(AuthService::Clock clock);

    Result<void> start();
    quint16 port() const;
    // Closes every connection with 1001 (going away) so clients reconnect to
    // another instance, and stops listening.
    void shutdown();

    int connectionCount() const { return static_cast<int>(m_sessions.size()); }
    const ServerStats &stats() const { return m_stats; }
    // Listening, database answering, LISTEN up (PostgreSQL); else why not.
    Result<void> readiness();
    // Prometheus text exposition of the counters above.
    QByteArray metricsText();
    AuthService &auth() { return *m_auth; }

signals:
    void connectionCountChanged(int count);

private:
    struct Session;
    struct Room
    {
        QString name;
        qint64 delivered = 0; // last revision fanned out to this room
        QList<Session *> subscribers;
        std::map<QString, int> online; // user -> subscribed connections here
        std::map<QString, int> remote; // the same on the other instances (PostgreSQL)
    };

    void onNewConnection();
    // The client's address for limits and logs: the TCP peer, or the
    // X-Forwarded-For client when the peer is a trusted proxy (then *proxy
    // is set to the peer).
    QString clientAddress(QWebSocket *socket, QString *proxy) const;
    void onText(Session *s, const QString &text);
    void onBinary(Session *s);
    void onDisconnected(Session *s);
    // Takes a token from the connection's bucket; when it is empty, sends
    // rate_limited and closes the connection (1008).
    bool admit(Session *s);

    void dispatch(Session *s, const sync::Frame &f);
    void handleHello(Session *s, const sync::Frame &f);
    void handleLogin(Session *s, const sync::Frame &f);
    void handleAuth(Session *s, const sync::Frame &f);
    void handleRefresh(Session *s, const sync::Frame &f);
    void handleLogout(Session *s, const sync::Frame &f);
    void handleWorkspaces(Session *s, const sync::Frame &f);
    void handleMembers(Session *s, const sync::Frame &f); // SyncServerMembers.cpp
    void handleSubscribe(Session *s, const sync::Frame &f);
    void handleUnsubscribe(Session *s, const sync::Frame &f);
    void handleSync(Session *s, const sync::Frame &f);
    void handleWrite(Session *s, const sync::Frame &f);
    void handleChat(Session *s, const sync::Frame &f);

    // The caller's membership; sends the error itself and returns nullopt.
    std::optional<Membership> requireMember(Session *s, const sync::Frame &f);
    void grant(Session *s, const Grant &g);
    void unsubscribeAll(Session *s);
    void leaveRoom(Session *s, qint64 workspaceId);
    // Hands the queued puts and deletes to the writer thread as one batch
    // (unless one is in flight; its answer starts the next).
    void startCommit();
    void onCommitted(quint64 batchId);
    // Waits for every queued and in-flight write to commit and be answered
    // (before a request that must see them, or shutdown).
    void drainWrites();
    // Answers each write of a committed batch and fans the applied ones out.
    struct PendingWrite;
    void answerWrites(std::vector<PendingWrite> batch, const CommitResult &result);
    void deliver(qint64 workspaceId);
    // Events this instance just committed, in revision order: sent straight
    // to the room's subscribers when they continue what it has delivered,
    // else read back from the event log.
    void fanOut(qint64 workspaceId, const QList<sync::msg::Event> &events);
    void sendToRoom(const Room &room, const QList<sync::msg::Event> &events);
    void deliverAll();
    void schedulePresence(qint64 workspaceId);
    void flushPresence();
    // Another instance (or this one) published presence for the workspace.
    void onPresenceNotified(qint64 workspaceId);
    // Re-reads the other instances' presence; true when it changed.
    bool refreshRemotePresence(qint64 workspaceId);
    void presenceHeartbeat();
    // To every subscriber, or to one.
    void sendPresence(qint64 workspaceId, Session *only = nullptr);

    void send(Session *s, const sync::Frame &f);
    void sendError(Session *s, const QString &code, const QString &message, const QString &field = {},
                   const QString &ref = {});
    // A storage failure: tell the client to retry and drop this thread's
    // connection so the next request opens a fresh one (the database may have
    // restarted).
    void storageFailed(Session *s, const Error &error, const QString &ref);

    const Database &m_db;
    ServerConfig m_config;
    AuthService::Clock m_clock;
    ServerUsers m_users;
    ServerWorkspaces m_workspaces;
    EventLog m_events;
    std::unique_ptr<AuthService> m_auth;
    QWebSocketServer *m_server = nullptr;
    ChangeListener *m_listener = nullptr;
    std::unordered_map<QWebSocket *, std::unique_ptr<Session>> m_sessions;
    std::unordered_map<qint64, Room> m_rooms;
    ServerStats m_stats;
    quint64 m_nextConnection = 1;
    QString m_instanceTag;
    quint64 m_requestSeq = 0;
    std::vector<PendingWrite> m_pendingWrites;
    std::vector<PendingWrite> m_writesInFlight; // the batch the committer has
    bool m_commitQueued = false;
    quint64 m_commitSeq = 0; // the batch in flight (or last answered)
    std::unique_ptr<WriteCommitter> m_committer;
    QSet<qint64> m_presenceDirty;
    QTimer m_presenceTimer;
    std::unique_ptr<PresenceBoard> m_board; // PostgreSQL: presence across instances
    QTimer m_heartbeatTimer;
};

} // namespace sn::server
