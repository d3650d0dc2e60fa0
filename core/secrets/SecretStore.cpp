#include "core/secrets/SecretStore.h"

#include "core/common/Log.h"
#include "core/secrets/KeychainError.h"
#include "core/secrets/KnownSecrets.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QEventLoop>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <memory>
#include <optional>
#include <qt6keychain/keychain.h>

namespace sn {

static const sn::log::Category lc("supernova.secrets");

namespace {

enum class Operation
{
    Get,
    Set,
    Remove
};

const char *operationName(Operation op)
{
    switch (op) {
    case Operation::Get:
        return "read";
    case Operation::Set:
        return "write";
    case Operation::Remove:
        return "remove";
    }
    return "?";
}

struct Request
{
    Operation op = Operation::Get;
    QString service;
    QString key;
    QString secret;
    std::chrono::milliseconds timeout{};

    std::string context() const
    {
        return "keychain service '" + service.toStdString() + "', key '" + key.toStdString() + "'";
    }

    // An error about this request, in English and in the reader's language.
    Error error(ErrorCode code, TextKey text, std::initializer_list<std::string_view> args = {}) const
    {
        Error e(code, text, args);
        e.at(SN_TEXT("sn::Keychain", "keychain service '%1', key '%2'"),
             {service.toStdString(), key.toStdString()});
        return e;
    }
};

// Filled on the application thread, read in the caller's thread after the
// queued Relay::finished signal (the event queue orders the two).
struct Outcome
{
    Result<QString> result = Result<QString>(QString());
    bool delivered = false; // the timeout and a late job answer must not both deliver
};

// Carries "the job is over" from the application thread to the caller's
// thread. A queued connection to the caller's context object is what makes a
// destroyed context safe: Qt drops the connection and any pending call.
class Relay : public QObject
{
    Q_OBJECT
signals:
    void finished();
};

void finish(Relay *relay, const std::shared_ptr<Outcome> &out, Result<QString> result)
{
    if (out->delivered)
        return;
    out->delivered = true;
    out->result = std::move(result);
    emit relay->finished();
    relay->deleteLater();
}

std::string secondsText(std::chrono::milliseconds ms)
{
    if (ms.count() % 1000 == 0)
        return std::to_string(ms.count() / 1000) + " s";
    return std::to_string(ms.count()) + " ms";
}

// QtKeychain's Linux backend is libsecret, whose GDBus replies are delivered
// through the GLib main context of the calling thread. Under QT_NO_GLIB, Qt's
// own event loop never runs it and every job would silently wait forever.
bool eventLoopRunsGlib()
{
#if defined(Q_OS_LINUX)
    const QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    return dispatcher && dispatcher->inherits("QEventDispatcherGlib");
#else
    return true;
#endif
}

// Runs on the application thread.
void startJob(Relay *relay, const Request &req, const std::shared_ptr<Outcome> &out)
{
    if (!eventLoopRunsGlib()) {
        lc.error("{}: the Qt event loop does not run GLib (QT_NO_GLIB?)", req.context());
        finish(relay, out,
               req.error(ErrorCode::Unsupported,
                         SN_TEXT("sn::Keychain",
                                 "the application's Qt event loop does not run GLib (is QT_NO_GLIB set?), "
                                 "which the Secret Service client (libsecret) needs: unset "
                                 "QT_NO_GLIB")));
        return;
    }
    QKeychain::Job *job = nullptr;
    switch (req.op) {
    case Operation::Get:
        job = new QKeychain::ReadPasswordJob(req.service);
        break;
    case Operation::Set: {
        auto *write = new QKeychain::WritePasswordJob(req.service);
        write->setTextData(req.secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(req.service);
        break;
    }
    job->setKey(req.key);
    job->setInsecureFallback(false);
    // The job deletes itself when it finishes, even after a timeout: QtKeychain's
    // libsecret callbacks hold a raw pointer to it, so it must outlive them.
    job->setAutoDelete(true);

    auto *timer = new QTimer(relay);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, relay, [relay, req, out] {
        lc.warn("{} of {} timed out after {} ms", operationName(req.op), req.context(), req.timeout.count());
        finish(relay, out,
               req.error(ErrorCode::Unavailable,
                         SN_TEXT("sn::Keychain",
                                 "the Secret Service did not answer within %1: check that gnome-keyring or "
                                 "KWallet is running and not waiting on a prompt"),
                         {secondsText(req.timeout)}));
    });
    QObject::connect(job, &QKeychain::Job::finished, relay, [relay, timer, req, out](QKeychain::Job *done) {
        timer->stop();
        if (done->error() != QKeychain::NoError) {
            Error e = keychainError(done->error(), done->errorString(), req.context());
            // The same place as people read it.
            e.at(SN_TEXT("sn::Keychain", "keychain service '%1', key '%2'"),
                 {req.service.toStdString(), req.key.toStdString()});
            if (e.code == ErrorCode::NotFound)
                lc.debug("{}: nothing stored", req.context());
            else
                lc.warn("{} failed: {}", operationName(req.op), e.toString());
            finish(relay, out, std::move(e));
            return;
        }
        QString value;
        if (req.op == Operation::Get) {
            value = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
            sn::log::registerSecret(value.toStdString());
        }
        lc.debug("{} of {} done", operationName(req.op), req.context());
        finish(relay, out, std::move(value));
    });
    timer->start(req.timeout);
    job->start();
}

Result<void> validate(const Request &req)
{
    if (!isValidSecretKey(req.key.toStdString()))
        return req.error(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Keychain",
                                 "parameter 'key' must be lowercase segments [a-z0-9._-] joined by '/' "
                                 "(1..200 characters), e.g. 'llm/openai/api-key'"));
    if (req.service.isEmpty())
        return req.error(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Keychain", "the keychain service name is empty"));
    if (req.op == Operation::Set && req.secret.isEmpty())
        return req.error(
            ErrorCode::InvalidArgument,
            SN_TEXT("sn::Keychain", "parameter 'secret' is empty: use remove() to delete a secret"));
    return {};
}

Result<void> toVoid(const Result<QString> &r)
{
    if (r.ok())
        return {};
    return r.error();
}

// Posts `req` to the application thread; `deliver` runs in `context`'s thread.
void dispatch(const Request &req, QObject *context, std::function<void(const Result<QString> &)> deliver)
{
    if (Result<void> valid = validate(req); !valid.ok()) {
        // Still asynchronous, as promised, when there is a loop to post to.
        if (context) {
            QMetaObject::invokeMethod(
                context, [deliver = std::move(deliver), e = valid.error()] { deliver(e); },
                Qt::QueuedConnection);
        } else {
            deliver(valid.error());
        }
        return;
    }
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || !context) {
        deliver(
            makeError(ErrorCode::Internal,
                      app ? "SecretStore needs a context object to deliver the result to"
                          : "SecretStore needs a QCoreApplication (its event loop runs the keychain jobs)",
                      req.context()));
        return;
    }
    if (req.op == Operation::Set)
        sn::log::registerSecret(req.secret.toStdString());

    auto out = std::make_shared<Outcome>();
    auto *relay = new Relay;
    QObject::connect(
        relay, &Relay::finished, context, [out, deliver = std::move(deliver)] { deliver(out->result); },
        Qt::QueuedConnection);
    relay->moveToThread(app->thread());
    QMetaObject::invokeMethod(
        relay, [relay, req, out] { startJob(relay, req, out); }, Qt::QueuedConnection);
}

Result<QString> runBlocking(const Request &req)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return makeError(ErrorCode::Internal,
                         "SecretStore needs a QCoreApplication (its event loop runs the keychain jobs)",
                         req.context());
    // Checked by class name: core must not link QtGui just to ask this.
    if (QThread::currentThread() == app->thread() && app->inherits("QGuiApplication"))
        return makeError(ErrorCode::Unsupported,
                         "blocking keychain call on the GUI thread refused (it would freeze the window): "
                         "use the asynchronous get/set/remove",
                         req.context());

    QEventLoop loop;
    std::optional<Result<QString>> result;
    dispatch(req, &loop, [&](const Result<QString> &r) {
        result = r;
        loop.quit();
    });
    if (!result) {
        // The job-side timer answers after req.timeout; this one only fires if
        // the application thread never ran the job at all (blocked, or no loop).
        QTimer guard;
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &loop, [&] {
            result = req.error(ErrorCode::Unavailable,
                               SN_TEXT("sn::Keychain",
                                       "the keychain job never ran: the application thread is not running "
                                       "its event loop (is it waiting for this thread?)"));
            loop.quit();
        });
        guard.start(req.timeout + std::chrono::seconds(5));
        loop.exec();
    }
    return *result;
}

} // namespace

QString SecretStore::defaultService()
{
    return QStringLiteral("SuperNova");
}

SecretStore::SecretStore(QString service) : m_service(std::move(service)) {}

void SecretStore::get(const QString &key, QObject *context, GetCallback done) const
{
    dispatch(Request{Operation::Get, m_service, key, {}, m_timeout}, context, std::move(done));
}

void SecretStore::set(const QString &key, const QString &secret, QObject *context, DoneCallback done) const
{
    dispatch(Request{Operation::Set, m_service, key, secret, m_timeout}, context,
             [done = std::move(done)](const Result<QString> &r) { done(toVoid(r)); });
}

void SecretStore::remove(const QString &key, QObject *context, DoneCallback done) const
{
    dispatch(Request{Operation::Remove, m_service, key, {}, m_timeout}, context,
             [done = std::move(done)](const Result<QString> &r) { done(toVoid(r)); });
}

Result<QString> SecretStore::getBlocking(const QString &key) const
{
    return runBlocking(Request{Operation::Get, m_service, key, {}, m_timeout});
}

Result<void> SecretStore::setBlocking(const QString &key, const QString &secret) const
{
    return toVoid(runBlocking(Request{Operation::Set, m_service, key, secret, m_timeout}));
}

Result<void> SecretStore::removeBlocking(const QString &key) const
{
    return toVoid(runBlocking(Request{Operation::Remove, m_service, key, {}, m_timeout}));
}

Result<std::vector<QString>> SecretStore::storedKnownKeysBlocking() const
{
    std::vector<QString> stored;
    for (const KnownSecret &known : knownSecrets()) {
        const QString key = QString::fromUtf8(known.key.data(), qsizetype(known.key.size()));
        Result<QString> r = getBlocking(key);
        if (r.ok())
            stored.push_back(key);
        else if (r.error().code != ErrorCode::NotFound)
            return r.error();
    }
    return stored;
}

} // namespace sn

#include "SecretStore.moc"
