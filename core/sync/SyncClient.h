#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

class QThread;
class QSslCertificate;

namespace sn {
class Workspace;
}

namespace sn::sync {

class SyncWorker;

// What the indicator shows. CatchingUp: connected and signed in, reading the
// workspace's event log since the last revision this database holds.
enum class SyncState
{
    Offline,
    Connecting,
    CatchingUp,
    Online
};
const char *stateName(SyncState state);

struct SyncClientOptions
{
    QUrl url; // wss://host:port; ws:// only to a loopback host with allowInsecureLoopback
    QString user;
    QString workspace;
    // SHA-256 of the server certificate (DER), hex with or without colons.
    // When set, exactly that certificate is trusted even if self-signed; when
    // empty, only certificates the system trusts.
    QString pinnedSha256;
    bool allowInsecureLoopback = false;
    // The keychain entry holding the tokens (SecretStore service and key);
    // empty: SecretStore's default service and tokenKey(url, user).
    QString secretService;
    QString secretKey;
    int backoffMinMs = 500;
    int backoffMaxMs = 30000;
    // Client-side pacing below the server's default per-connection limit
    // (burst 200, 50/s), so a long replay is never cut with 1008.
    double messagesPerSecond = 40.0;
    double messageBurst = 150.0;
    int window = 100;        // puts and deletes in flight at once
    int outboxPollMs = 1000; // picks up edits made by another process (the CLI)
};

// Team sync for one workspace of the team server (docs/sync.md). The
// protocol runs in a worker QObject on its own QThread (QWebSocket, protocol
// frames from core/sync, the local side through SyncService), so the GUI
// thread never waits on the network or on applying remote events. This
// object lives on the caller's thread, owns the worker thread and keeps the
// tokens in the OS keychain (SecretStore): they are never written to
// settings, files or logs.
//
// After every (re)connect: hello, auth (or refresh, or login), subscribe,
// sync {since_rev} until caught up, then the outbox is replayed in order.
// Disconnects are retried with exponential backoff and jitter.
class SyncClient : public QObject
{
    Q_OBJECT

public:
    SyncClient(const Workspace &workspace, SyncClientOptions options, QObject *parent = nullptr);
    ~SyncClient() override;

    // Reads the tokens from the keychain and connects.
    void start();
    // Connects and signs in with a password; the tokens go to the keychain
    // (loggedIn after they are stored). The password is not kept.
    void login(const QString &password);
    // Revokes the refresh token on the server when connected, deletes the
    // keychain entry and stops (signedOut).
    void logout();
    void stop();

    // Team chat: a line in `room` of the workspace (any member, viewers too).
    // The server pushes it back to every subscriber as chatMessage.
    void sendChat(const QString &room, const QString &text);
    // The chat history and each shared entity's last change, read from the
    // workspace's event log after `since` (historyLoaded: a caller holding
    // the log up to some revision reads only what is newer); asked again
    // after each catch-up when called while not online.
    void requestHistory(qint64 since = 0);
    // The workspaces this user belongs to (workspacesListed).
    void requestWorkspaces();
    // The members of the workspace with their roles (membersListed).
    void requestMembers();

    SyncState state() const { return m_state; }
    qint64 pendingEdits() const { return m_pending; }
    QString role() const { return m_role; }
    const SyncClientOptions &options() const { return m_options; }

    static QString tokenKey(const QUrl &url, const QString &user);
    // "ab:cd:..." form of a certificate's SHA-256, as pinnedSha256 takes it.
    static QString fingerprint(const QSslCertificate &certificate);

signals:
    void stateChanged(sn::sync::SyncState state);
    void pendingChanged(qint64 pending);
    void roleChanged(const QString &role);
    // Something the analyst must know: the server refused a write (a viewer),
    // sign-in failed, the certificate is not the pinned one. `code` is the
    // protocol's error code or a local one ("keychain", "tls", "signed_out").
    void problem(const QString &code, const QString &message);
    void caughtUp(qint64 rev);
    void remoteApplied(int changes);
    void conflictsChanged();
    // Every waiting item was acknowledged or turned into a conflict.
    void outboxDrained();
    void loggedIn(const QString &user);
    void signedOut();
    // A chat line, pushed or read from the log (the same line may come
    // twice, once each way: `rev` tells them apart).
    void chatMessage(const QString &room, const QString &by, const QString &text, qint64 at, qint64 rev);
    // Who is online in the workspace now.
    void presenceChanged(const QStringList &users);
    // Entity changes seen: {entity, entity_id, rev, by, at, deleted, name}.
    void activity(const QJsonArray &changes);
    void historyLoaded(const QJsonArray &chat, const QJsonArray &changes);
    // {name, role, rev} per workspace.
    void workspacesListed(const QJsonArray &workspaces);
    // {user, role} per member of the workspace, online or not.
    void membersListed(const QJsonArray &members);

private:
    void startWorker(const QString &tokens, const QString &password);
    void storeTokens(const QString &tokens);

    const Workspace &m_workspace;
    SyncClientOptions m_options;
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;
    SyncState m_state = SyncState::Offline;
    qint64 m_pending = 0;
    QString m_role;
    bool m_loggingIn = false;
    QString m_pendingUser;
};

} // namespace sn::sync

Q_DECLARE_METATYPE(sn::sync::SyncState)
