#include "core/sync/SyncClient.h"

#include "core/secrets/SecretStore.h"
#include "core/sync/ProblemText.h"
#include "core/sync/SyncWorker.h"
#include "core/workspace/Workspace.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QSslCertificate>
#include <QThread>

namespace sn::sync {

const char *stateName(SyncState state)
{
    switch (state) {
    case SyncState::Offline:
        return "offline";
    case SyncState::Connecting:
        return "connecting";
    case SyncState::CatchingUp:
        return "catching-up";
    case SyncState::Online:
        return "online";
    }
    return "offline";
}

namespace {

SecretStore secretStore(const SyncClientOptions &o)
{
    return o.secretService.isEmpty() ? SecretStore() : SecretStore(o.secretService);
}

QString secretKey(const SyncClientOptions &o)
{
    return o.secretKey.isEmpty() ? SyncClient::tokenKey(o.url, o.user) : o.secretKey;
}

// Empty when the URL may be used; else why not (checked before the keychain
// is touched, so a wrong URL is reported as what it is).
QString urlProblem(const SyncClientOptions &o)
{
    const QString scheme = o.url.scheme();
    if (scheme == QLatin1String("wss"))
        return {};
    if (scheme == QLatin1String("ws")) {
        QHostAddress address;
        const bool loopback = o.url.host() == QLatin1String("localhost") ||
                              (address.setAddress(o.url.host()) && address.isLoopback());
        if (loopback && o.allowInsecureLoopback)
            return {};
        return problemText(
                   SN_TEXT(
                       "sn::Sync",
                       "%1 is not encrypted: use wss:// (ws:// only to a loopback address in development)"),
                   {o.url.toDisplayString().toStdString()})
            .user;
    }
    return problemText(SN_TEXT("sn::Sync", "'%1' is not a wss:// URL"),
                       {o.url.toDisplayString().toStdString()})
        .user;
}

} // namespace

SyncClient::SyncClient(const Workspace &workspace, SyncClientOptions options, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_options(std::move(options))
{
    qRegisterMetaType<sn::sync::SyncState>();
}

SyncClient::~SyncClient()
{
    stop();
}

QString SyncClient::tokenKey(const QUrl &url, const QString &user)
{
    // Keychain keys are lowercase segments of [a-z0-9._-] (SecretStore).
    auto segment = [](const QString &s) {
        QString out = s.toLower();
        for (QChar &c : out)
            if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                  (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') ||
                  c == QLatin1Char('_') || c == QLatin1Char('-')))
                c = QLatin1Char('_');
        return out.isEmpty() ? QStringLiteral("_") : out;
    };
    return QStringLiteral("sync/%1-%2/%3").arg(segment(url.host())).arg(url.port(443)).arg(segment(user));
}

QString SyncClient::fingerprint(const QSslCertificate &certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex();
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

void SyncClient::start()
{
    if (const QString why = urlProblem(m_options); !why.isEmpty()) {
        emit problem(QStringLiteral("tls"), why);
        return;
    }
    secretStore(m_options).get(secretKey(m_options), this, [this](const Result<QString> &tokens) {
        if (!tokens) {
            const bool absent = tokens.error().code == ErrorCode::NotFound;
            const QString message =
                absent ? problemText(
                             SN_TEXT("sn::Sync",
                                     "not signed in to %1 as %2: sign in first (supernova-cli sync login)"),
                             {m_options.url.toDisplayString().toStdString(), m_options.user.toStdString()})
                             .user
                       : problemText(SN_TEXT("sn::Sync", "cannot read the sign-in from the keychain: %1"),
                                     {messageForReader(tokens.error())})
                             .user;
            emit problem(absent ? QStringLiteral("signed_out") : QStringLiteral("keychain"), message);
            return;
        }
        startWorker(*tokens, {});
    });
}

void SyncClient::login(const QString &password)
{
    if (const QString why = urlProblem(m_options); !why.isEmpty()) {
        emit problem(QStringLiteral("tls"), why);
        return;
    }
    m_loggingIn = true;
    startWorker({}, password);
}

void SyncClient::logout()
{
    auto removeEntry = [this] {
        secretStore(m_options).remove(secretKey(m_options), this, [this](const Result<void> &r) {
            if (!r)
                emit problem(
                    QStringLiteral("keychain"),
                    problemText(SN_TEXT("sn::Sync", "cannot delete the sign-in from the keychain: %1"),
                                {messageForReader(r.error())})
                        .user);
            stop();
            emit signedOut();
        });
    };
    if (m_worker && m_state == SyncState::Online) {
        QMetaObject::invokeMethod(m_worker, &SyncWorker::logout, Qt::QueuedConnection);
        removeEntry();
        return;
    }
    removeEntry();
}

void SyncClient::startWorker(const QString &tokens, const QString &password)
{
    if (!m_thread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("sync"));
        m_worker = new SyncWorker(m_workspace, m_options);
        m_worker->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        connect(m_worker, &SyncWorker::stateChanged, this, [this](SyncState s) {
            m_state = s;
            emit stateChanged(s);
        });
        connect(m_worker, &SyncWorker::pendingChanged, this, [this](qint64 n) {
            m_pending = n;
            emit pendingChanged(n);
        });
        connect(m_worker, &SyncWorker::roleChanged, this, [this](const QString &role) {
            m_role = role;
            emit roleChanged(role);
        });
        connect(m_worker, &SyncWorker::problem, this, &SyncClient::problem);
        connect(m_worker, &SyncWorker::caughtUp, this, &SyncClient::caughtUp);
        connect(m_worker, &SyncWorker::remoteApplied, this, &SyncClient::remoteApplied);
        connect(m_worker, &SyncWorker::conflictsChanged, this, &SyncClient::conflictsChanged);
        connect(m_worker, &SyncWorker::outboxDrained, this, &SyncClient::outboxDrained);
        connect(m_worker, &SyncWorker::chatMessage, this, &SyncClient::chatMessage);
        connect(m_worker, &SyncWorker::presenceChanged, this, &SyncClient::presenceChanged);
        connect(m_worker, &SyncWorker::activity, this, &SyncClient::activity);
        connect(m_worker, &SyncWorker::historyLoaded, this, &SyncClient::historyLoaded);
        connect(m_worker, &SyncWorker::workspacesListed, this, &SyncClient::workspacesListed);
        connect(m_worker, &SyncWorker::membersListed, this, &SyncClient::membersListed);
        connect(m_worker, &SyncWorker::tokensIssued, this, [this](const QString &t, const QString &user) {
            storeTokens(t);
            if (m_loggingIn) {
                m_loggingIn = false;
                m_pendingUser = user;
            }
        });
        // Edits in this process go out at once; other processes' edits are
        // picked up by the worker's poll.
        connect(&m_workspace.changes(), &ChangeHub::changed, m_worker, &SyncWorker::localChanged,
                Qt::QueuedConnection);
        m_thread->start();
    }
    QMetaObject::invokeMethod(m_worker, "begin", Qt::QueuedConnection, Q_ARG(QString, tokens),
                              Q_ARG(QString, password));
}

void SyncClient::storeTokens(const QString &tokens)
{
    secretStore(m_options).set(secretKey(m_options), tokens, this, [this](const Result<void> &r) {
        if (!r) {
            emit problem(QStringLiteral("keychain"),
                         problemText(SN_TEXT("sn::Sync", "cannot keep the sign-in in the keychain: %1"),
                                     {messageForReader(r.error())})
                             .user);
            return;
        }
        if (!m_pendingUser.isEmpty()) {
            const QString user = m_pendingUser;
            m_pendingUser.clear();
            emit loggedIn(user);
        }
    });
}

void SyncClient::sendChat(const QString &room, const QString &text)
{
    if (!m_worker) {
        emit problem(QStringLiteral("offline"),
                     problemText(SN_TEXT("sn::Sync", "not connected: the chat line was not sent")).user);
        return;
    }
    QMetaObject::invokeMethod(m_worker, "sendChat", Qt::QueuedConnection, Q_ARG(QString, room),
                              Q_ARG(QString, text));
}

void SyncClient::requestHistory(qint64 since)
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, since] { worker->requestHistory(since); }, Qt::QueuedConnection);
}

void SyncClient::requestWorkspaces()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::requestWorkspaces, Qt::QueuedConnection);
}

void SyncClient::requestMembers()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::requestMembers, Qt::QueuedConnection);
}

void SyncClient::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(m_worker, &SyncWorker::finish, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
    m_state = SyncState::Offline;
    emit stateChanged(m_state);
}

} // namespace sn::sync
