#pragma once

#include "core/common/Result.h"

#include <QString>
#include <chrono>
#include <functional>
#include <vector>

class QObject;

namespace sn {

// Secrets (API keys, server passwords) in the OS keychain through QtKeychain:
// the Secret Service (gnome-keyring, KWallet) on Linux, the Keychain on macOS,
// the Credential Manager on Windows. There is never a plaintext fallback
// (QtKeychain's insecureFallback stays off): with no keychain, calls fail with
// ErrorCode::Unavailable and a message saying what to start.
//
// Errors: Unavailable (no D-Bus session / Secret Service / default keyring,
// or no answer within timeout()), AccessDenied (keyring locked on write,
// access denied), NotFound (no entry; also what the Secret Service answers
// for a read from a locked keyring, which it cannot tell apart),
// InvalidArgument (bad key name, empty secret), Unsupported (a blocking call
// on the GUI thread; on Linux, a Qt event loop without GLib, i.e. QT_NO_GLIB,
// under which libsecret's replies would never arrive).
//
// Every secret read or written is registered with sn::log::registerSecret, so
// no log line can carry it (the logger ignores values under 4 characters,
// which would mask ordinary words).
//
// Threads: QtKeychain's job queue is one process-wide object with no locking,
// so every job runs on the QCoreApplication's thread (the GUI thread in the
// desktop app) whichever thread asks. A QCoreApplication must exist, and its
// thread must run its event loop for any call to finish.
//
// A SecretStore is a cheap value (the service name and a timeout); copies
// share nothing, and destroying one never cancels jobs it started.
class SecretStore
{
public:
    using GetCallback = std::function<void(const Result<QString> &)>;
    using DoneCallback = std::function<void(const Result<void> &)>;

    static constexpr std::chrono::milliseconds kDefaultTimeout{60'000};

    // "SuperNova": the service name every entry is filed under.
    static QString defaultService();

    // `service` is injectable so tests use their own namespace in the keyring.
    explicit SecretStore(QString service = defaultService());

    const QString &service() const { return m_service; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // How long a call may wait for the Secret Service (an unlock prompt counts).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Asynchronous API, for the GUI thread. Returns at once; `done` runs later
    // in `context`'s thread (which must run an event loop), never from inside
    // the call, and not at all if `context` is destroyed first. A null
    // `context` or a missing QCoreApplication fails through `done` at once.
    void get(const QString &key, QObject *context, GetCallback done) const;
    void set(const QString &key, const QString &secret, QObject *context, DoneCallback done) const;
    // Removing a key that holds nothing succeeds (the Secret Service does not
    // distinguish), so remove() is idempotent.
    void remove(const QString &key, QObject *context, DoneCallback done) const;

    // Blocking API, for the CLI and worker threads: runs the job and waits in
    // a local event loop. NEVER call these on the GUI thread: on the thread of
    // a QGuiApplication they refuse with ErrorCode::Unsupported instead of
    // freezing the window. From a worker thread they need the application
    // thread to be running its event loop (not blocked waiting for the worker).
    Result<QString> getBlocking(const QString &key) const;
    Result<void> setBlocking(const QString &key, const QString &secret) const;
    Result<void> removeBlocking(const QString &key) const;

    // Which of the app's known keys (knownSecrets()) hold a secret; blocking,
    // same rules as getBlocking(). Reads each one, since keychains cannot list.
    Result<std::vector<QString>> storedKnownKeysBlocking() const;

private:
    QString m_service;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
};

} // namespace sn
