#pragma once

#include "core/common/Result.h"
#include "core/sync/SyncClient.h"
#include "core/workspace/SyncSettings.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <memory>

namespace sn {
class Workspace;
}

namespace sn::ui {

// The desktop's one connection to the team server: it outlives the areas
// (they are rebuilt on a language change) and holds what the Team area, the
// status-bar indicator and the Team settings page show. The network runs in
// SyncClient's worker thread; this object only receives its queued signals
// and keeps what the views need to draw.
//
// The connection settings are the CLI's (`sync.server`, `sync.user`,
// `sync.workspace`, `sync.fingerprint`, `sync.insecure_loopback`, written
// through SettingsService), so `supernova-cli sync` and the app share them;
// the tokens stay in the keychain under SyncClient::tokenKey.
class TeamSession : public QObject
{
    Q_OBJECT
public:
    using Config = SyncConnection;

    struct ChatLine
    {
        QString room;
        QString by;
        QString text;
        qint64 at = 0;
        qint64 rev = 0;
    };

    // `secretService`: the keychain service of the tokens (tests keep theirs
    // apart); empty for SecretStore's default.
    explicit TeamSession(const Workspace &workspace, QObject *parent = nullptr, QString secretService = {});
    ~TeamSession() override;

    Config config() const { return m_config; }
    // Reads the settings again (after another process or page changed them).
    Result<Config> loadConfig();
    Result<void> saveConfig(const Config &config);
    Result<void> savePinnedFingerprint(const QString &fingerprint);

    // Connects with the token in the keychain.
    void connectToServer();
    // Signs in with a password (the token goes to the keychain) and connects.
    void signIn(const QString &password);
    // Revokes the token when online, deletes it from the keychain, disconnects.
    void signOut();
    void disconnectFromServer();
    bool active() const { return m_client != nullptr; }

    sync::SyncState state() const;
    qint64 pendingEdits() const;
    QString role() const { return m_role; }
    QString lastProblem() const { return m_lastProblem; }

    // Who is online now, and every member: the server's member list (asked
    // for on every connect) plus anyone seen online or as an author, so an
    // older server without the members message still shows who it can.
    QStringList online() const { return m_online; }
    QStringList members() const;
    // A member's role from the member list ("admin", "analyst", "viewer"),
    // empty when not known.
    QString memberRole(const QString &user) const { return m_roles.value(user); }

    QStringList rooms() const;
    QList<ChatLine> lines(const QString &room) const;
    int unread(const QString &room) const { return m_unread.value(room); }
    // The room the analyst is reading: its lines do not count as unread.
    void setCurrentRoom(const QString &room);
    QString currentRoom() const { return m_currentRoom; }
    void sendChat(const QString &room, const QString &text);
    // True when `text` mentions the signed-in user (@name).
    bool mentionsMe(const QString &text) const;

    // The newest change seen per entity id: {entity, entity_id, rev, by, at, deleted, name}.
    QJsonObject lastChange(const QString &entityId) const { return m_changes.value(entityId); }
    QStringList workspaces() const { return m_workspaces; }
    // The event log revision the chat history is read up to; the next
    // connection asks only for what is newer.
    qint64 historyRevision() const { return m_historyRev; }
    int historyReads() const { return m_historyReads; }
    // Chat lines the last history read brought (all of them only the first time).
    int lastHistoryChatLines() const { return m_lastHistoryChat; }

Q_SIGNALS:
    void configChanged();
    void stateChanged(sn::sync::SyncState state);
    void pendingChanged(qint64 pending);
    void roleChanged(const QString &role);
    void problem(const QString &code, const QString &message);
    void presenceChanged();
    void chatChanged(const QString &room);
    void unreadChanged();
    void activityChanged();
    void workspacesChanged();
    void conflictsChanged();
    void signedIn(const QString &user);
    void signedOut();

private:
    sync::SyncClient *makeClient();
    void dropClient();
    void addLine(const ChatLine &line, bool live);
    void addChanges(const QJsonArray &changes);

    const Workspace &m_workspace;
    QString m_secretService;
    Config m_config;
    std::unique_ptr<sync::SyncClient> m_client;
    QString m_role;
    QString m_lastProblem;
    QStringList m_online;
    QSet<QString> m_seen;
    QHash<QString, QString> m_roles;
    QString m_historyKey;    // server and workspace m_historyRev belongs to
    qint64 m_historyRev = 0; // the newest log revision a history read brought
    int m_historyReads = 0;
    int m_lastHistoryChat = 0;
    QHash<QString, QList<ChatLine>> m_lines;
    QSet<qint64> m_lineRevs;
    QHash<QString, int> m_unread;
    QString m_currentRoom;
    QHash<QString, QJsonObject> m_changes;
    QStringList m_workspaces;
};

} // namespace sn::ui
