#include "ui/team/TeamSession.h"

#include "core/workspace/SettingsService.h"
#include "core/workspace/Workspace.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

namespace sn::ui {

namespace {

namespace key {
const QString role = QStringLiteral("sync.role");
} // namespace key

const QString kGeneral = QStringLiteral("general");

} // namespace

TeamSession::TeamSession(const Workspace &workspace, QObject *parent, QString secretService)
    : QObject(parent), m_workspace(workspace), m_secretService(std::move(secretService))
{
    (void)loadConfig();
    m_lines.insert(kGeneral, {});
    m_currentRoom = kGeneral;
}

TeamSession::~TeamSession()
{
    // The client announces its last state while it stops; by the time the
    // members are destroyed that would reach handlers of a session half gone
    // (m_online is declared after m_client, so it is freed first).
    if (m_client) {
        m_client->disconnect(this);
        m_client.reset();
    }
}

Result<TeamSession::Config> TeamSession::loadConfig()
{
    auto c = readSyncConnection(m_workspace);
    if (!c)
        return c.error();
    m_config = *c;
    return c;
}

Result<void> TeamSession::saveConfig(const Config &config)
{
    const QUrl url(config.server.trimmed());
    if (!config.server.isEmpty() &&
        (!url.isValid() || (url.scheme() != QLatin1String("wss") && url.scheme() != QLatin1String("ws"))))
        return makeError(ErrorCode::InvalidArgument,
                         "server URL '" + config.server.toStdString() + "' is not a wss:// URL",
                         "team settings");
    Config trimmed = config;
    trimmed.server = config.server.trimmed();
    trimmed.user = config.user.trimmed();
    trimmed.workspace = config.workspace.trimmed();
    trimmed.fingerprint = config.fingerprint.trimmed();
    if (auto r = writeSyncConnection(m_workspace, trimmed); !r)
        return r.error();
    const bool moved = trimmed.server != m_config.server || trimmed.user != m_config.user ||
                       trimmed.workspace != m_config.workspace;
    m_config = trimmed;
    if (moved)
        disconnectFromServer(); // the old connection's tokens and room belong to another place
    emit configChanged();
    return {};
}

Result<void> TeamSession::savePinnedFingerprint(const QString &fingerprint)
{
    if (auto r = writeSyncFingerprint(m_workspace, fingerprint); !r)
        return r.error();
    m_config.fingerprint = fingerprint;
    emit configChanged();
    return {};
}

sync::SyncClient *TeamSession::makeClient()
{
    dropClient();
    sync::SyncClientOptions o;
    o.url = QUrl(m_config.server);
    o.user = m_config.user;
    o.workspace = m_config.workspace;
    o.pinnedSha256 = m_config.fingerprint;
    o.allowInsecureLoopback = m_config.insecureLoopback;
    o.secretService = m_secretService;
    m_client = std::make_unique<sync::SyncClient>(m_workspace, o);
    sync::SyncClient *c = m_client.get();
    connect(c, &sync::SyncClient::stateChanged, this, [this](sync::SyncState s) {
        if (s == sync::SyncState::Online && m_client) {
            // Only the log after what an earlier connection of this session
            // read: the lines held stay, the server sends what is newer.
            const QString key = m_config.server + QLatin1Char('\n') + m_config.workspace;
            if (key != m_historyKey) {
                m_historyKey = key;
                m_historyRev = 0;
            }
            m_client->requestHistory(m_historyRev);
            m_client->requestWorkspaces();
            m_client->requestMembers();
        }
        if (s != sync::SyncState::Online && !m_online.isEmpty()) {
            m_online.clear();
            emit presenceChanged();
        }
        emit stateChanged(s);
    });
    connect(c, &sync::SyncClient::pendingChanged, this, &TeamSession::pendingChanged);
    connect(c, &sync::SyncClient::roleChanged, this, [this](const QString &role) {
        m_role = role;
        // Kept in the settings so the areas that disable a viewer's edits
        // follow it through the usual Setting announcement.
        if (auto r = SettingsService(m_workspace).set(key::role, role); !r)
            m_lastProblem = QString::fromStdString(r.error().toUserString());
        emit roleChanged(role);
    });
    connect(c, &sync::SyncClient::problem, this, [this](const QString &code, const QString &message) {
        m_lastProblem = message;
        emit problem(code, message);
    });
    connect(c, &sync::SyncClient::conflictsChanged, this, &TeamSession::conflictsChanged);
    connect(c, &sync::SyncClient::remoteApplied, this, &TeamSession::activityChanged);
    connect(c, &sync::SyncClient::loggedIn, this, &TeamSession::signedIn);
    connect(c, &sync::SyncClient::signedOut, this, &TeamSession::signedOut);
    connect(c, &sync::SyncClient::chatMessage, this,
            [this](const QString &room, const QString &by, const QString &text, qint64 at, qint64 rev) {
                addLine({room, by, text, at, rev}, true);
            });
    connect(c, &sync::SyncClient::presenceChanged, this, [this](const QStringList &users) {
        m_online = users;
        m_online.sort(Qt::CaseInsensitive);
        for (const QString &u : users)
            m_seen.insert(u);
        emit presenceChanged();
    });
    connect(c, &sync::SyncClient::membersListed, this, [this](const QJsonArray &members) {
        m_roles.clear();
        for (const QJsonValue &v : members) {
            const QString user = v.toObject().value(QStringLiteral("user")).toString();
            if (user.isEmpty())
                continue;
            m_roles.insert(user, v.toObject().value(QStringLiteral("role")).toString());
            m_seen.insert(user);
        }
        emit presenceChanged();
    });
    connect(c, &sync::SyncClient::activity, this, [this](const QJsonArray &changes) { addChanges(changes); });
    connect(
        c, &sync::SyncClient::historyLoaded, this, [this](const QJsonArray &chat, const QJsonArray &changes) {
            for (const QJsonArray *part : {&chat, &changes})
                for (const QJsonValue &v : *part)
                    m_historyRev =
                        std::max(m_historyRev, v.toObject().value(QStringLiteral("rev")).toInteger());
            ++m_historyReads;
            m_lastHistoryChat = static_cast<int>(chat.size());
            for (const QJsonValue &v : chat) {
                const QJsonObject o = v.toObject();
                addLine({o.value(QStringLiteral("room")).toString(), o.value(QStringLiteral("by")).toString(),
                         o.value(QStringLiteral("text")).toString(),
                         o.value(QStringLiteral("at")).toInteger(),
                         o.value(QStringLiteral("rev")).toInteger()},
                        false);
            }
            addChanges(changes);
        });
    connect(c, &sync::SyncClient::workspacesListed, this, [this](const QJsonArray &list) {
        m_workspaces.clear();
        for (const QJsonValue &v : list)
            m_workspaces << v.toObject().value(QStringLiteral("name")).toString();
        emit workspacesChanged();
    });
    return c;
}

void TeamSession::dropClient()
{
    if (!m_client)
        return;
    // Its destructor stops the worker thread (SyncClient::stop waits for it).
    m_client->disconnect(this);
    m_client.reset();
    emit stateChanged(sync::SyncState::Offline);
}

void TeamSession::connectToServer()
{
    if (!m_config.complete()) {
        m_lastProblem = tr("Set the team server, user and workspace in Preferences > Team first.");
        emit problem(QStringLiteral("not_configured"), m_lastProblem);
        return;
    }
    makeClient()->start();
}

void TeamSession::signIn(const QString &password)
{
    if (!m_config.complete()) {
        m_lastProblem = tr("Set the team server, user and workspace in Preferences > Team first.");
        emit problem(QStringLiteral("not_configured"), m_lastProblem);
        return;
    }
    makeClient()->login(password);
}

void TeamSession::signOut()
{
    if (!m_client && m_config.complete())
        makeClient(); // only to delete the keychain entry
    if (m_client)
        m_client->logout();
    if (auto r = SettingsService(m_workspace).remove(key::role); !r)
        m_lastProblem = QString::fromStdString(r.error().toUserString());
    m_role.clear();
    emit roleChanged(m_role);
}

void TeamSession::disconnectFromServer()
{
    dropClient();
    if (!m_online.isEmpty()) {
        m_online.clear();
        emit presenceChanged();
    }
}

sync::SyncState TeamSession::state() const
{
    return m_client ? m_client->state() : sync::SyncState::Offline;
}

qint64 TeamSession::pendingEdits() const
{
    return m_client ? m_client->pendingEdits() : 0;
}

QStringList TeamSession::members() const
{
    QStringList all(m_seen.begin(), m_seen.end());
    if (!m_config.user.isEmpty() && !all.contains(m_config.user))
        all << m_config.user;
    all.sort(Qt::CaseInsensitive);
    return all;
}

QStringList TeamSession::rooms() const
{
    QStringList r = m_lines.keys();
    r.sort(Qt::CaseInsensitive);
    return r;
}

QList<TeamSession::ChatLine> TeamSession::lines(const QString &room) const
{
    return m_lines.value(room);
}

void TeamSession::setCurrentRoom(const QString &room)
{
    m_currentRoom = room;
    if (!m_lines.contains(room)) {
        m_lines.insert(room, {});
        emit chatChanged(room);
    }
    if (m_unread.value(room) != 0) {
        m_unread.remove(room);
        emit unreadChanged();
    }
}

void TeamSession::sendChat(const QString &room, const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return;
    if (!m_client || m_client->state() != sync::SyncState::Online) {
        m_lastProblem = tr("Not connected to the team server: the chat line was not sent.");
        emit problem(QStringLiteral("offline"), m_lastProblem);
        return;
    }
    m_client->sendChat(room, t);
}

bool TeamSession::mentionsMe(const QString &text) const
{
    if (m_config.user.isEmpty())
        return false;
    const QRegularExpression re(QStringLiteral("(^|[^\\w@])@") + QRegularExpression::escape(m_config.user) +
                                    QStringLiteral("(?![\\w.@-])"),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

void TeamSession::addLine(const ChatLine &line, bool live)
{
    // A line can arrive twice: pushed, and again from the log.
    if (line.rev > 0 && m_lineRevs.contains(line.rev))
        return;
    if (line.rev > 0)
        m_lineRevs.insert(line.rev);
    QList<ChatLine> &list = m_lines[line.room];
    const auto pos = std::upper_bound(list.begin(), list.end(), line,
                                      [](const ChatLine &a, const ChatLine &b) { return a.rev < b.rev; });
    list.insert(pos, line);
    if (!line.by.isEmpty())
        m_seen.insert(line.by);
    if (live && line.room != m_currentRoom && line.by != m_config.user) {
        ++m_unread[line.room];
        emit unreadChanged();
    }
    emit chatChanged(line.room);
}

void TeamSession::addChanges(const QJsonArray &changes)
{
    for (const QJsonValue &v : changes) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("entity_id")).toString();
        if (m_changes.value(id).value(QStringLiteral("rev")).toInteger() >
            o.value(QStringLiteral("rev")).toInteger())
            continue;
        m_changes.insert(id, o);
        const QString by = o.value(QStringLiteral("by")).toString();
        if (!by.isEmpty())
            m_seen.insert(by);
    }
    emit activityChanged();
}

} // namespace sn::ui
