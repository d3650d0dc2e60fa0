#pragma once

#include "core/sync/ProblemText.h"
#include "core/sync/Protocol.h"
#include "core/sync/SyncClient.h"
#include "core/workspace/SyncService.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QSslError>
#include <QStringList>
#include <random>

class QTimer;
class QWebSocket;

namespace sn::sync {

// The protocol side of SyncClient, living on its own thread (internal).
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(const Workspace &workspace, SyncClientOptions options);
    ~SyncWorker() override;

public slots:
    // `tokens`: the keychain entry's JSON (may be empty); `password`: login.
    void begin(const QString &tokens, const QString &password);
    void finish();
    void logout();
    void localChanged();
    // Team chat and the activity view (docs/sync.md).
    void sendChat(const QString &room, const QString &text);
    // Reads the event log after `since` (its own sync, separate from the
    // catch-up) and reports the chat lines and each entity's last change.
    void requestHistory(qint64 since);
    void requestWorkspaces();
    // Every member of the workspace with their role (membersListed).
    void requestMembers();

signals:
    void stateChanged(sn::sync::SyncState state);
    void pendingChanged(qint64 pending);
    void roleChanged(const QString &role);
    void problem(const QString &code, const QString &message);
    void caughtUp(qint64 rev);
    void remoteApplied(int changes);
    void conflictsChanged();
    void outboxDrained();
    // New tokens from the server, as the keychain entry's JSON.
    void tokensIssued(const QString &tokens, const QString &user);
    void loggedOut();
    void chatMessage(const QString &room, const QString &by, const QString &text, qint64 at, qint64 rev);
    void presenceChanged(const QStringList &users);
    // Entity changes seen in the log or pushed: one JSON object per change
    // {entity, entity_id, rev, by, at, deleted, name}.
    void activity(const QJsonArray &changes);
    // The answer to requestHistory: chat lines {room, by, text, at, rev}.
    void historyLoaded(const QJsonArray &chat, const QJsonArray &changes);
    void workspacesListed(const QJsonArray &workspaces);
    void membersListed(const QJsonArray &members);

private:
    void connectNow();
    void scheduleReconnect();
    void setState(SyncState state);
    void send(const Frame &frame);
    void onText(const QString &text);
    void onSslErrors(const QList<QSslError> &errors);
    void onDisconnected();
    void onWelcome();
    void onSignedIn();
    void onBatch(const Frame &f);
    void onEvent(const Frame &f);
    void onAnswer(const Frame &f);
    void onError(const Frame &f);
    void requestSync(qint64 since);
    void pushOutbox();
    void refreshPending();
    // Acks and the cursor are written in batches: a lost batch (a crash) is
    // harmless, since a replayed put of the same data counts as an ack and
    // remote events already here are skipped.
    void flushAcks();
    void flushCursor();
    bool applyCatchUp(qint64 upTo);
    void fail(const QString &code, const ProblemText &text, bool retry);
    bool takeToken();
    void onHistoryBatch(const Frame &f);
    // Chat lines and entity changes among events, for the activity signals.
    void reportEvents(const std::vector<SyncRemoteEvent> &events);

    const Workspace &m_workspace;
    SyncClientOptions m_options;
    SyncService m_service;
    QWebSocket *m_socket = nullptr;
    QTimer *m_reconnect = nullptr;
    QTimer *m_poll = nullptr;
    QTimer *m_pace = nullptr;
    SyncState m_state = SyncState::Offline;
    std::mt19937 m_random{std::random_device{}()};
    int m_attempt = 0;
    bool m_stopped = true;

    // Credentials (memory only).
    QString m_password;
    QString m_accessToken;
    qint64 m_accessExpires = 0;
    QString m_refreshToken;
    QString m_user;
    bool m_triedRefresh = false;

    QString m_pendingAuthRef;
    QString m_syncRef;
    QString m_historyRef;
    QJsonArray m_historyChat;
    QJsonArray m_historyChanges;
    bool m_historyWanted = false;
    qint64 m_historySince = 0;
    QHash<QString, SyncOutgoing> m_inflight; // frame id -> item
    qint64 m_lastSentSeq = 0;
    QSet<qint64> m_refusedThisSession;
    qint64 m_lastPending = -1;
    std::vector<std::pair<SyncOutgoing, qint64>> m_acks;
    bool m_flushQueued = false;
    qint64 m_cursorPending = 0;
    std::vector<SyncRemoteEvent> m_catchUp;
    // Pushed while catching up: applied after the log, which holds what they
    // build on (a line's portfolio) at lower revisions.
    std::vector<SyncRemoteEvent> m_pushedDuringCatchUp;
    double m_tokens = 0;
    QElapsedTimer m_bucketClock;
};

} // namespace sn::sync
