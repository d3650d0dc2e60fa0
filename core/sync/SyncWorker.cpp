#include "core/sync/SyncWorker.h"

#include "core/common/Log.h"
#include "core/common/Time.h"
#include "core/sync/Messages.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QTimer>
#include <QWebSocket>
#include <algorithm>
#include <cmath>

namespace sn::sync {

namespace {

const log::Category lc("supernova.sync.client");

QString normalFingerprint(const QString &hex)
{
    QString s = hex.toLower();
    s.remove(QLatin1Char(':'));
    return s;
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

SyncRemoteEvent remoteFrom(const msg::Event &e)
{
    return SyncRemoteEvent{e.workspace, e.entity, e.entityId, e.rev, e.deleted, e.data, e.by, e.at};
}

} // namespace

SyncWorker::SyncWorker(const Workspace &workspace, SyncClientOptions options)
    : m_workspace(workspace), m_options(std::move(options)), m_service(workspace)
{
}

SyncWorker::~SyncWorker()
{
    if (m_socket)
        m_socket->abort();
}

void SyncWorker::begin(const QString &tokens, const QString &password)
{
    if (!m_socket) {
        m_socket = new QWebSocket(QStringLiteral("supernova"), QWebSocketProtocol::VersionLatest, this);
        connect(m_socket, &QWebSocket::connected, this,
                [this] { send(msg::hello({kProtocolVersion}, QStringLiteral("supernova-sync-client"))); });
        connect(m_socket, &QWebSocket::textMessageReceived, this, &SyncWorker::onText);
        connect(m_socket, &QWebSocket::disconnected, this, &SyncWorker::onDisconnected);
        connect(m_socket, &QWebSocket::sslErrors, this, &SyncWorker::onSslErrors);
        m_reconnect = new QTimer(this);
        m_reconnect->setSingleShot(true);
        connect(m_reconnect, &QTimer::timeout, this, &SyncWorker::connectNow);
        m_poll = new QTimer(this);
        connect(m_poll, &QTimer::timeout, this, [this] {
            refreshPending();
            pushOutbox();
        });
        m_pace = new QTimer(this);
        m_pace->setSingleShot(true);
        connect(m_pace, &QTimer::timeout, this, &SyncWorker::pushOutbox);
    }
    m_password = password;
    const QJsonObject t = QJsonDocument::fromJson(tokens.toUtf8()).object();
    m_accessToken = t.value(QStringLiteral("access_token")).toString();
    m_accessExpires = t.value(QStringLiteral("expires_at")).toInteger();
    m_refreshToken = t.value(QStringLiteral("refresh_token")).toString();
    m_user = m_options.user;
    log::registerSecret(m_accessToken.toStdString());
    log::registerSecret(m_refreshToken.toStdString());
    log::registerSecret(password.toStdString());
    if (m_password.isEmpty() && m_accessToken.isEmpty() && m_refreshToken.isEmpty()) {
        fail(QStringLiteral("signed_out"),
             problemText(
                 SN_TEXT("sn::Sync", "not signed in to %1 as %2: sign in first (supernova-cli sync login)"),
                 {m_options.url.toDisplayString().toStdString(), m_options.user.toStdString()}),
             false);
        return;
    }
    if (m_options.url.scheme() == QLatin1String("ws") &&
        !(m_options.allowInsecureLoopback && isLoopback(m_options.url))) {
        fail(QStringLiteral("tls"),
             problemText(
                 SN_TEXT("sn::Sync",
                         "%1 is not encrypted: use wss:// (ws:// only to a loopback address in development)"),
                 {m_options.url.toDisplayString().toStdString()}),
             false);
        return;
    }
    m_stopped = false;
    m_attempt = 0;
    m_tokens = m_options.messageBurst;
    m_bucketClock.start();
    refreshPending();
    m_poll->start(std::max(100, m_options.outboxPollMs));
    connectNow();
}

void SyncWorker::finish()
{
    m_stopped = true;
    flushCursor();
    if (!m_acks.empty()) {
        std::vector<std::pair<SyncOutgoing, qint64>> acks;
        acks.swap(m_acks);
        if (auto r = m_service.acknowledged(acks); !r)
            lc.warn("{}", r.error().toString());
    }
    if (m_reconnect)
        m_reconnect->stop();
    if (m_poll)
        m_poll->stop();
    if (m_socket)
        m_socket->abort();
    setState(SyncState::Offline);
}

void SyncWorker::logout()
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState && !m_refreshToken.isEmpty() &&
        m_state != SyncState::Connecting) {
        send(msg::logout(m_refreshToken));
        // Out before the socket is torn down (best effort: the keychain
        // entry goes either way).
        m_socket->flush();
    }
    m_accessToken.clear();
    m_refreshToken.clear();
    finish();
    emit loggedOut();
}

void SyncWorker::localChanged()
{
    refreshPending();
    pushOutbox();
}

void SyncWorker::connectNow()
{
    if (m_stopped)
        return;
    setState(SyncState::Connecting);
    m_inflight.clear();
    m_lastSentSeq = 0;
    m_refusedThisSession.clear();
    m_triedRefresh = false;
    m_syncRef.clear();
    m_historyRef.clear();
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setSslConfiguration(ssl);
    m_socket->open(m_options.url);
}

void SyncWorker::scheduleReconnect()
{
    if (m_stopped)
        return;
    // Exponential backoff with jitter: many clients cut by one server restart
    // do not all come back in the same millisecond.
    const double base = std::min<double>(m_options.backoffMaxMs,
                                         m_options.backoffMinMs * std::pow(2.0, std::min(m_attempt, 16)));
    std::uniform_real_distribution<double> jitter(0.5, 1.0);
    const int delay = static_cast<int>(base * jitter(m_random));
    ++m_attempt;
    lc.info("reconnecting in {} ms (attempt {})", delay, m_attempt);
    m_reconnect->start(delay);
}

void SyncWorker::setState(SyncState state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

bool SyncWorker::takeToken()
{
    const double elapsed = m_bucketClock.restart() / 1000.0;
    m_tokens = std::min(m_options.messageBurst, m_tokens + elapsed * m_options.messagesPerSecond);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

void SyncWorker::send(const Frame &frame)
{
    m_socket->sendTextMessage(QString::fromUtf8(frame.encode()));
}

void SyncWorker::onSslErrors(const QList<QSslError> &errors)
{
    const QString pin = normalFingerprint(m_options.pinnedSha256);
    const QSslCertificate peer = m_socket->sslConfiguration().peerCertificate();
    const QString actual = normalFingerprint(SyncClient::fingerprint(peer));
    if (!pin.isEmpty() && !peer.isNull() && actual == pin) {
        // The pinned certificate and nothing else: self-signed is expected.
        m_socket->ignoreSslErrors();
        return;
    }
    QStringList what;
    for (const QSslError &e : errors)
        what << e.errorString();
    // Qt's own words for each certificate error stay as they are (Qt translates them itself).
    const std::string qtSays = what.join(QStringLiteral("; ")).toStdString();
    const std::string sha = SyncClient::fingerprint(peer).toStdString();
    fail(QStringLiteral("tls"),
         pin.isEmpty()
             ? problemText(SN_TEXT("sn::Sync", "the server's certificate is not trusted (%1); its SHA-256 "
                                               "is %2: pin it if you trust it"),
                           {qtSays, sha})
             : problemText(SN_TEXT("sn::Sync", "the server's certificate is not trusted (%1); its SHA-256 "
                                               "is %2, not the pinned one"),
                           {qtSays, sha}),
         false);
}

void SyncWorker::onDisconnected()
{
    m_flushQueued = false;
    flushCursor();
    if (!m_acks.empty()) {
        std::vector<std::pair<SyncOutgoing, qint64>> acks;
        acks.swap(m_acks);
        if (auto r = m_service.acknowledged(acks); !r)
            lc.warn("{}", r.error().toString());
    }
    m_catchUp.clear();
    m_pushedDuringCatchUp.clear();
    m_inflight.clear();
    if (m_stopped) {
        setState(SyncState::Offline);
        return;
    }
    lc.info("disconnected from {} (close code {})", m_options.url.toDisplayString().toStdString(),
            static_cast<int>(m_socket->closeCode()));
    setState(SyncState::Offline);
    scheduleReconnect();
}

void SyncWorker::fail(const QString &code, const ProblemText &text, bool retry)
{
    lc.warn("{}: {}", code.toStdString(), text.english.toStdString());
    emit problem(code, text.user);
    if (!retry) {
        m_stopped = true;
        if (m_poll)
            m_poll->stop();
        if (m_reconnect)
            m_reconnect->stop();
        if (m_socket)
            m_socket->abort();
        setState(SyncState::Offline);
    }
}

void SyncWorker::onText(const QString &text)
{
    Limits generous;
    generous.maxFrameBytes = 64 * 1024 * 1024;
    const DecodeResult decoded = decode(text.toUtf8(), generous);
    if (!decoded.ok()) {
        lc.warn("ignored a bad frame from the server: {} {}", decoded.error.field.toStdString(),
                decoded.error.message.toStdString());
        return;
    }
    const Frame &f = *decoded.frame;
    const QString &type = f.type();
    if (type == QLatin1String("welcome"))
        onWelcome();
    else if (type == QLatin1String("token")) {
        m_accessToken = f.str(QStringLiteral("access_token"));
        m_accessExpires = f.integer(QStringLiteral("expires_at"));
        m_refreshToken = f.str(QStringLiteral("refresh_token"));
        m_user = f.str(QStringLiteral("user"));
        m_password.clear();
        // Before anything could log them: every sink masks registered secrets.
        log::registerSecret(m_accessToken.toStdString());
        log::registerSecret(m_refreshToken.toStdString());
        const QJsonObject t{{QStringLiteral("access_token"), m_accessToken},
                            {QStringLiteral("expires_at"), m_accessExpires},
                            {QStringLiteral("refresh_token"), m_refreshToken},
                            {QStringLiteral("user"), m_user}};
        emit tokensIssued(QString::fromUtf8(QJsonDocument(t).toJson(QJsonDocument::Compact)), m_user);
        onSignedIn();
    } else if (type == QLatin1String("authenticated"))
        onSignedIn();
    else if (type == QLatin1String("subscribed")) {
        emit roleChanged(f.str(QStringLiteral("role")));
        auto since = m_service.cursor(m_options.workspace);
        if (!since) {
            fail(QStringLiteral("local"), problemText(since.error()), false);
            return;
        }
        setState(SyncState::CatchingUp);
        requestSync(*since);
    } else if (type == QLatin1String("sync.batch")) {
        if (!m_historyRef.isEmpty() && f.str(QStringLiteral("ref")) == m_historyRef)
            onHistoryBatch(f);
        else
            onBatch(f);
    } else if (type == QLatin1String("chat.message")) {
        if (f.str(QStringLiteral("workspace")) == m_options.workspace)
            emit chatMessage(f.str(QStringLiteral("room")), f.str(QStringLiteral("by")),
                             f.str(QStringLiteral("text")), f.integer(QStringLiteral("at")),
                             f.integer(QStringLiteral("rev")));
    } else if (type == QLatin1String("presence")) {
        if (f.str(QStringLiteral("workspace")) == m_options.workspace) {
            QStringList users;
            for (const QJsonValue &u : f.arr(QStringLiteral("users")))
                users << u.toObject().value(QStringLiteral("user")).toString();
            users.removeAll(QString());
            emit presenceChanged(users);
        }
    } else if (type == QLatin1String("workspaces.list"))
        emit workspacesListed(f.arr(QStringLiteral("workspaces")));
    else if (type == QLatin1String("members.list")) {
        if (f.str(QStringLiteral("workspace")) == m_options.workspace)
            emit membersListed(f.arr(QStringLiteral("members")));
    } else if (type == QLatin1String("event"))
        onEvent(f);
    else if (type == QLatin1String("ack") || type == QLatin1String("conflict"))
        onAnswer(f);
    else if (type == QLatin1String("error"))
        onError(f);
    else if (type == QLatin1String("ok") && m_refreshToken.isEmpty())
        m_socket->close();
    // pong: not used by this client.
}

void SyncWorker::onWelcome()
{
    Frame f;
    if (!m_password.isEmpty())
        f = msg::login(m_options.user, m_password);
    else if (!m_accessToken.isEmpty() && m_accessExpires > nowMs() + 30'000)
        f = msg::auth(m_accessToken);
    else if (!m_refreshToken.isEmpty()) {
        m_triedRefresh = true;
        f = msg::refresh(m_refreshToken);
    } else {
        fail(QStringLiteral("signed_out"),
             problemText(SN_TEXT("sn::Sync", "signed out: sign in again (supernova-cli sync login)")), false);
        return;
    }
    m_pendingAuthRef = f.id();
    send(f);
}

void SyncWorker::onSignedIn()
{
    m_pendingAuthRef.clear();
    send(msg::subscribe(m_options.workspace));
}

void SyncWorker::requestSync(qint64 since)
{
    const Frame f = msg::sync(m_options.workspace, since);
    m_syncRef = f.id();
    send(f);
}

void SyncWorker::onBatch(const Frame &f)
{
    if (f.str(QStringLiteral("ref")) != m_syncRef)
        return;
    const QJsonArray list = f.arr(QStringLiteral("events"));
    qint64 last = 0;
    const std::size_t firstNew = m_catchUp.size();
    for (const QJsonValue &v : list) {
        m_catchUp.push_back(remoteFrom(msg::Event::fromJson(m_options.workspace, v.toObject())));
        last = std::max(last, m_catchUp.back().rev);
    }
    reportEvents(std::vector<SyncRemoteEvent>(m_catchUp.begin() + static_cast<std::ptrdiff_t>(firstNew),
                                              m_catchUp.end()));
    const bool more = f.boolean(QStringLiteral("more"));
    if (more) {
        // Ask for the next batch before applying this one, so the server
        // reads while this database writes; apply in large runs (one ledger
        // replay per run).
        requestSync(last);
        if (m_catchUp.size() >= 5000 && !applyCatchUp(last))
            return;
        return;
    }
    const qint64 upTo = std::max(last, f.integer(QStringLiteral("rev")));
    if (!applyCatchUp(upTo))
        return;
    if (!m_pushedDuringCatchUp.empty()) {
        m_catchUp.swap(m_pushedDuringCatchUp);
        qint64 pushedUpTo = upTo;
        for (const SyncRemoteEvent &e : m_catchUp)
            pushedUpTo = std::max(pushedUpTo, e.rev);
        if (!applyCatchUp(pushedUpTo))
            return;
    }
    m_syncRef.clear();
    m_attempt = 0;
    setState(SyncState::Online);
    emit caughtUp(upTo);
    emit conflictsChanged();
    if (m_historyWanted)
        requestHistory(m_historySince);
    refreshPending();
    pushOutbox();
}

bool SyncWorker::applyCatchUp(qint64 upTo)
{
    std::vector<SyncRemoteEvent> events;
    events.swap(m_catchUp);
    auto applied = m_service.applyRemote(events);
    if (!applied) {
        // The local database refused to write (disk full, locked for too
        // long): retry the whole catch-up later, nothing is skipped.
        fail(QStringLiteral("local"), problemText(applied.error()), true);
        m_socket->close();
        return false;
    }
    if (*applied > 0)
        emit remoteApplied(*applied);
    if (auto r = m_service.advanceCursor(m_options.workspace, upTo); !r)
        lc.warn("cannot record the sync cursor: {}", r.error().toString());
    return true;
}

void SyncWorker::onEvent(const Frame &f)
{
    if (f.str(QStringLiteral("workspace")) != m_options.workspace)
        return;
    const QJsonObject &o = f.object();
    const SyncRemoteEvent e = remoteFrom(msg::Event::fromJson(m_options.workspace, o));
    reportEvents({e});
    if (m_state != SyncState::Online) {
        m_pushedDuringCatchUp.push_back(e);
        return;
    }
    auto applied = m_service.applyRemote({e});
    if (!applied) {
        fail(QStringLiteral("local"), problemText(applied.error()), true);
        m_socket->close(); // the catch-up after the reconnect applies it again
        return;
    }
    // During catch-up the batches move the cursor; a pushed event may be
    // ahead of events not read yet.
    if (m_state == SyncState::Online) {
        m_cursorPending = std::max(m_cursorPending, e.rev);
        if (!m_flushQueued) {
            m_flushQueued = true;
            QTimer::singleShot(0, this, &SyncWorker::flushAcks);
        }
    }
    if (*applied > 0)
        emit remoteApplied(*applied);
}

void SyncWorker::onAnswer(const Frame &f)
{
    const auto it = m_inflight.find(f.str(QStringLiteral("ref")));
    if (it == m_inflight.end())
        return;
    const SyncOutgoing item = it.value();
    m_inflight.erase(it);
    Result<void> r;
    if (f.type() == QLatin1String("ack")) {
        m_acks.emplace_back(item, f.integer(QStringLiteral("rev")));
        if (!m_flushQueued) {
            // After every frame already received has been read.
            m_flushQueued = true;
            QTimer::singleShot(0, this, &SyncWorker::flushAcks);
        }
        return;
    } else {
        flushAcks();
        const QJsonValue data = f.value(QStringLiteral("data"));
        const bool deleted = f.boolean(QStringLiteral("deleted"));
        r = m_service.conflicted(item, f.integer(QStringLiteral("server_rev")),
                                 deleted || !data.isObject() ? std::nullopt
                                                             : std::optional<QJsonObject>(data.toObject()));
        emit conflictsChanged();
    }
    if (!r) {
        fail(QStringLiteral("local"), problemText(r.error()), true);
        m_socket->close();
        return;
    }
    refreshPending();
    pushOutbox();
}

void SyncWorker::onError(const Frame &f)
{
    const QString ref = f.str(QStringLiteral("ref"));
    const QString code = f.str(QStringLiteral("code"));
    const QString message = f.str(QStringLiteral("message"));
    if (!ref.isEmpty() && ref == m_pendingAuthRef) {
        m_pendingAuthRef.clear();
        if ((code == QLatin1String(code::TokenExpired) || code == QLatin1String(code::TokenInvalid)) &&
            !m_triedRefresh && !m_refreshToken.isEmpty() && m_password.isEmpty()) {
            m_triedRefresh = true;
            const Frame r = msg::refresh(m_refreshToken);
            m_pendingAuthRef = r.id();
            send(r);
            return;
        }
        if (code == QLatin1String(code::Unavailable) || code == QLatin1String(code::RateLimited)) {
            fail(code,
                 {QStringLiteral("sign-in: ") + message,
                  QString::fromStdString(translatedText(SN_TEXT("sn::Sync", "sign-in: %1"),
                                                        {reasonForCode(code, message).toStdString()}))},
                 true);
            m_socket->close();
            return;
        }
        m_password.clear();
        const std::string url = m_options.url.toDisplayString().toStdString();
        fail(code == QLatin1String(code::AuthFailed) ? code : QStringLiteral("signed_out"),
             {QStringLiteral("sign-in to %1 refused: %2").arg(m_options.url.toDisplayString(), message),
              QString::fromStdString(translatedText(SN_TEXT("sn::Sync", "sign-in to %1 refused: %2"),
                                                    {url, reasonForCode(code, message).toStdString()}))},
             false);
        return;
    }
    const auto it = m_inflight.find(ref);
    if (it != m_inflight.end()) {
        const SyncOutgoing item = it.value();
        m_inflight.erase(it);
        if (code == QLatin1String(code::NotFound) && item.remove) {
            // Deleting what the server no longer has: the goal is reached.
            if (auto r = m_service.acknowledged(item, item.baseRev); !r)
                lc.warn("{}", r.error().toString());
        } else if (code == QLatin1String(code::Forbidden) || code == QLatin1String(code::NotFound) ||
                   code == QLatin1String(code::BadField) || code == QLatin1String(code::TooLarge)) {
            m_refusedThisSession.insert(item.seq);
            const QString why =
                code == QLatin1String(code::Forbidden)
                    ? QStringLiteral(
                          "the server refused the change to %1 '%2': %3 (your role in workspace '%4' "
                          "does not allow writing; the change stays here, unsent)")
                          .arg(item.entity, item.entityId, message, m_options.workspace)
                    : QStringLiteral("the server refused the change to %1 '%2': %3")
                          .arg(item.entity, item.entityId, message);
            if (auto r = m_service.refused(item, why); !r)
                lc.warn("{}", r.error().toString());
            const QString reason = reasonForCode(code, message);
            const std::string kind = item.entity.toStdString();
            const std::string id = item.entityId.toStdString();
            emit problem(
                code,
                QString::fromStdString(
                    code == QLatin1String(code::Forbidden)
                        ? translatedText(SN_TEXT("sn::Sync",
                                                 "the server refused the change to %1 '%2': %3 (your "
                                                 "role in workspace '%4' does not allow writing; the "
                                                 "change stays here, unsent)"),
                                         {kind, id, reason.toStdString(), m_options.workspace.toStdString()})
                        : translatedText(SN_TEXT("sn::Sync", "the server refused the change to %1 '%2': %3"),
                                         {kind, id, reason.toStdString()})));
        } else {
            // unavailable, rate_limited, internal: the item stays and goes
            // out again after the reconnect.
            fail(code, {message, reasonForCode(code, message)}, true);
            m_socket->close();
            return;
        }
        refreshPending();
        pushOutbox();
        return;
    }
    if (ref == m_syncRef || code == QLatin1String(code::NotFound)) {
        fail(code,
             {QStringLiteral("workspace '%1': %2").arg(m_options.workspace, message),
              QString::fromStdString(translatedText(
                  SN_TEXT("sn::Sync", "workspace '%1': %2"),
                  {m_options.workspace.toStdString(), reasonForCode(code, message).toStdString()}))},
             code == QLatin1String(code::Unavailable));
        if (code == QLatin1String(code::Unavailable))
            m_socket->close();
        return;
    }
    if (code == QLatin1String(code::RateLimited)) {
        fail(code, {message, reasonForCode(code, message)}, true);
        return;
    }
    emit problem(code, reasonForCode(code, message));
}

void SyncWorker::flushAcks()
{
    m_flushQueued = false;
    flushCursor();
    if (m_acks.empty())
        return;
    std::vector<std::pair<SyncOutgoing, qint64>> acks;
    acks.swap(m_acks);
    if (auto r = m_service.acknowledged(acks); !r) {
        fail(QStringLiteral("local"), problemText(r.error()), true);
        if (m_socket)
            m_socket->close();
        return;
    }
    refreshPending();
    pushOutbox();
}

void SyncWorker::flushCursor()
{
    if (m_cursorPending <= 0)
        return;
    const qint64 rev = m_cursorPending;
    m_cursorPending = 0;
    if (auto r = m_service.advanceCursor(m_options.workspace, rev); !r)
        lc.warn("cannot record the sync cursor: {}", r.error().toString());
}

void SyncWorker::pushOutbox()
{
    if (m_state != SyncState::Online || m_stopped)
        return;
    if (!m_acks.empty())
        return; // flushAcks() comes back here once they are written
    // Refill in chunks rather than one item per ack.
    if (!m_inflight.isEmpty() && m_inflight.size() > m_options.window / 2)
        return;
    while (m_inflight.size() < m_options.window) {
        auto items =
            m_service.outgoing(m_lastSentSeq, m_options.window - static_cast<int>(m_inflight.size()));
        if (!items) {
            fail(QStringLiteral("local"), problemText(items.error()), true);
            return;
        }
        if (items->empty())
            break;
        // Recorded before they go out: an ack lost with the connection is
        // then recognised by its data (SyncService::conflicted/applyRemote).
        if (auto r = m_service.markSent(items.value()); !r) {
            fail(QStringLiteral("local"), problemText(r.error()), true);
            return;
        }
        for (const SyncOutgoing &item : items.value()) {
            if (m_refusedThisSession.contains(item.seq)) {
                m_lastSentSeq = item.seq;
                continue;
            }
            if (!takeToken()) {
                m_pace->start(
                    static_cast<int>(std::ceil(1000.0 / std::max(1.0, m_options.messagesPerSecond))));
                return;
            }
            const Frame f =
                item.remove ? msg::remove(item.workspace, item.entity, item.entityId, item.baseRev)
                            : msg::put(item.workspace, item.entity, item.entityId, item.baseRev, item.data);
            m_inflight.insert(f.id(), item);
            m_lastSentSeq = item.seq;
            send(f);
        }
    }
    if (m_inflight.isEmpty()) {
        // A newer edit of an item sent earlier keeps that item's place in
        // the queue: look from the start again once nothing is in flight.
        auto again = m_service.outgoing(0, 1);
        const bool leftover = again && !again->empty() && !m_refusedThisSession.contains(again->front().seq);
        if (leftover && m_lastSentSeq > 0) {
            m_lastSentSeq = 0;
            QTimer::singleShot(0, this, &SyncWorker::pushOutbox);
            return;
        }
        m_lastSentSeq = 0;
        refreshPending();
        if (m_lastPending == 0 || !leftover)
            emit outboxDrained();
    }
}

void SyncWorker::refreshPending()
{
    auto n = m_service.pendingCount();
    if (!n)
        return;
    if (*n != m_lastPending) {
        m_lastPending = *n;
        emit pendingChanged(*n);
    }
}

namespace {

QJsonObject changeJson(const SyncRemoteEvent &e)
{
    return QJsonObject{{QStringLiteral("entity"), e.entity},
                       {QStringLiteral("entity_id"), e.entityId},
                       {QStringLiteral("rev"), e.rev},
                       {QStringLiteral("by"), e.by},
                       {QStringLiteral("at"), e.at},
                       {QStringLiteral("deleted"), e.deleted},
                       {QStringLiteral("name"), e.data.value(QStringLiteral("name")).toString()}};
}

QJsonObject chatJson(const QString &room, const QString &by, const QString &text, qint64 at, qint64 rev)
{
    return QJsonObject{{QStringLiteral("room"), room},
                       {QStringLiteral("by"), by},
                       {QStringLiteral("text"), text},
                       {QStringLiteral("at"), at},
                       {QStringLiteral("rev"), rev}};
}

} // namespace

void SyncWorker::reportEvents(const std::vector<SyncRemoteEvent> &events)
{
    QJsonArray changes;
    for (const SyncRemoteEvent &e : events) {
        if (e.entity == QLatin1String("chat")) {
            // Pushed chat lines arrive as chat.message; only the log carries them as events.
            emit chatMessage(e.entityId, e.by, e.data.value(QStringLiteral("text")).toString(), e.at, e.rev);
            continue;
        }
        changes.append(changeJson(e));
    }
    if (!changes.isEmpty())
        emit activity(changes);
}

void SyncWorker::sendChat(const QString &room, const QString &text)
{
    if (m_state != SyncState::Online || !m_socket) {
        emit problem(QStringLiteral("offline"),
                     problemText(SN_TEXT("sn::Sync", "not connected: the chat line was not sent")).user);
        return;
    }
    if (!takeToken()) {
        emit problem(
            QString::fromLatin1(code::RateLimited),
            problemText(
                SN_TEXT("sn::Sync", "sending too fast: the chat line was not sent, try again in a moment"))
                .user);
        return;
    }
    send(msg::chatSend(m_options.workspace, room, text));
}

void SyncWorker::requestHistory(qint64 since)
{
    m_historyWanted = true;
    m_historySince = since;
    if (m_state != SyncState::Online || !m_socket || !m_historyRef.isEmpty())
        return; // asked again once caught up
    m_historyWanted = false;
    m_historyChat = {};
    m_historyChanges = {};
    const Frame f = msg::sync(m_options.workspace, m_historySince);
    m_historyRef = f.id();
    send(f);
}

void SyncWorker::onHistoryBatch(const Frame &f)
{
    qint64 last = 0;
    // Only each entity's newest change is kept: the view shows who changed
    // what last, not the whole log.
    QHash<QString, qsizetype> latest;
    for (qsizetype i = 0; i < m_historyChanges.size(); ++i) {
        const QJsonObject c = m_historyChanges.at(i).toObject();
        latest.insert(c.value(QStringLiteral("entity")).toString() + QLatin1Char('/') +
                          c.value(QStringLiteral("entity_id")).toString(),
                      i);
    }
    for (const QJsonValue &v : f.arr(QStringLiteral("events"))) {
        const SyncRemoteEvent e = remoteFrom(msg::Event::fromJson(m_options.workspace, v.toObject()));
        last = std::max(last, e.rev);
        if (e.entity == QLatin1String("chat")) {
            m_historyChat.append(
                chatJson(e.entityId, e.by, e.data.value(QStringLiteral("text")).toString(), e.at, e.rev));
            continue;
        }
        const QString key = e.entity + QLatin1Char('/') + e.entityId;
        const auto it = latest.constFind(key);
        if (it != latest.constEnd()) {
            m_historyChanges.replace(it.value(), changeJson(e));
        } else {
            latest.insert(key, m_historyChanges.size());
            m_historyChanges.append(changeJson(e));
        }
    }
    if (f.boolean(QStringLiteral("more"))) {
        const Frame next = msg::sync(m_options.workspace, last);
        m_historyRef = next.id();
        send(next);
        return;
    }
    m_historyRef.clear();
    QJsonArray chat;
    QJsonArray changes;
    chat.swap(m_historyChat);
    changes.swap(m_historyChanges);
    emit historyLoaded(chat, changes);
}

void SyncWorker::requestWorkspaces()
{
    if (m_state == SyncState::Online && m_socket)
        send(msg::workspaces());
}

void SyncWorker::requestMembers()
{
    // A server older than the members message answers unknown_type, which
    // onError reports as a problem; the Team area then lists who it has seen.
    if (m_state == SyncState::Online && m_socket)
        send(msg::members(m_options.workspace));
}

} // namespace sn::sync
