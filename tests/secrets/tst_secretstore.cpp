#include "core/common/Log.h"
#include "core/secrets/KnownSecrets.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>
#include <sys/types.h>

using sn::ErrorCode;
using sn::Result;
using sn::SecretStore;

namespace {

const char *kNeedsKeyring =
    "the keychain tests need a REAL Secret Service: a private D-Bus session with an unlocked gnome-keyring "
    "(run installer/test.sh, or: dbus-run-session -- sh -c 'echo -n pass | gnome-keyring-daemon --unlock "
    "--components=secrets; ctest -L keychain' with a throwaway HOME)";

QString testService(const char *suffix)
{
    return QStringLiteral("SuperNova-test-%1-%2")
        .arg(QCoreApplication::applicationPid())
        .arg(QLatin1String(suffix));
}

std::string describe(const Result<QString> &r)
{
    return r.ok() ? std::string("ok")
                  : std::string(sn::errorCodeName(r.error().code)) + ": " + r.error().toString();
}
std::string describe(const Result<void> &r)
{
    return r.ok() ? std::string("ok")
                  : std::string(sn::errorCodeName(r.error().code)) + ": " + r.error().toString();
}

// Spins the event loop until `done` or 30 s.
bool waitFor(const std::function<bool()> &done)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(5);
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

bool treeContains(const QString &root, const QByteArray &needle, QStringList *scanned = nullptr)
{
    bool found = false;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        if (scanned)
            scanned->append(f.fileName());
        if (f.readAll().contains(needle))
            found = true;
    }
    return found;
}

// Child process modes, run by the parent test with a prepared environment.
// Prints one "op code message" line per call so the parent can assert on it.
int runChild(const QString &mode)
{
    SecretStore store(QStringLiteral("SuperNova-child"));
    store.setTimeout(std::chrono::seconds(20));
    const QString secret = QStringLiteral("child-secret-6f1d2c7e-no-fallback");
    auto print = [](const char *op, const auto &r) {
        std::printf("%s %s %s\n", op, r.ok() ? "ok" : sn::errorCodeName(r.error().code),
                    r.ok() ? "" : r.error().toString().c_str());
    };
    if (mode == QLatin1String("calls")) {
        print("set", store.setBlocking(QStringLiteral("llm/openai/api-key"), secret));
        print("get", store.getBlocking(QStringLiteral("llm/openai/api-key")));
        print("remove", store.removeBlocking(QStringLiteral("llm/openai/api-key")));
        return 0;
    }
    if (mode == QLatin1String("set")) {
        print("set", store.setBlocking(QStringLiteral("llm/openai/api-key"), secret));
        return 0;
    }
    if (mode == QLatin1String("stall")) {
        // Freeze the session's Secret Service (SIGSTOP): the call must come
        // back after timeout() with Unavailable instead of hanging.
        print("set", store.setBlocking(QStringLiteral("test/stall"), secret));
        const uint pid =
            QDBusConnection::sessionBus().interface()->servicePid(QStringLiteral("org.freedesktop.secrets"));
        if (pid == 0 || ::kill(pid_t(pid), SIGSTOP) != 0) {
            std::printf("stall cannot-stop-daemon\n");
            return 1;
        }
        store.setTimeout(std::chrono::seconds(2));
        QElapsedTimer clock;
        clock.start();
        print("get", store.getBlocking(QStringLiteral("test/stall")));
        std::printf("elapsed %lld\n", static_cast<long long>(clock.elapsed()));
        ::kill(pid_t(pid), SIGCONT);
        store.setTimeout(std::chrono::seconds(20));
        print("remove", store.removeBlocking(QStringLiteral("test/stall")));
        return 0;
    }
    if (mode == QLatin1String("gui")) {
        // On the GUI thread: blocking refuses, the asynchronous API works.
        print("blocking", store.getBlocking(QStringLiteral("llm/openai/api-key")));
        QObject context;
        QEventLoop loop;
        const QString key = QStringLiteral("test/gui-thread");
        store.set(key, secret, &context, [&](const Result<void> &set) {
            print("set", set);
            store.get(key, &context, [&](const Result<QString> &got) {
                print("get", got.ok() && *got != secret
                                 ? Result<QString>(sn::makeError(ErrorCode::Internal, "wrong value"))
                                 : got);
                store.remove(key, &context, [&](const Result<void> &removed) {
                    print("remove", removed);
                    loop.quit();
                });
            });
        });
        QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
        loop.exec();
        return 0;
    }
    std::fprintf(stderr, "unknown child mode\n");
    return 2;
}

struct ChildLines
{
    QMap<QString, QString> codeByOp;
    QMap<QString, QString> lineByOp;
    QString all;
};

ChildLines parseChild(const QByteArray &out)
{
    ChildLines lines;
    lines.all = QString::fromUtf8(out);
    for (const QString &line : lines.all.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(QLatin1Char(' '));
        if (parts.size() >= 2 &&
            (parts[0] == QLatin1String("set") || parts[0] == QLatin1String("get") ||
             parts[0] == QLatin1String("remove") || parts[0] == QLatin1String("blocking"))) {
            lines.codeByOp[parts[0]] = parts[1];
            lines.lineByOp[parts[0]] = line;
        }
    }
    return lines;
}

ChildLines runSelf(const QString &mode, const QProcessEnvironment &env)
{
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), mode});
    if (!child.waitForFinished(90'000)) {
        child.kill();
        child.waitForFinished();
    }
    ChildLines lines = parseChild(child.readAllStandardOutput());
    lines.all += QString::fromUtf8(child.readAllStandardError());
    return lines;
}

// A separate dbus-run-session with its own gnome-keyring and throwaway HOME,
// for the cases that need a keyring in a particular state (locked, frozen)
// without disturbing the one the other tests share. `$SN_SELF` in a script is
// this test executable.
class PrivateSession
{
public:
    PrivateSession()
    {
        m_dbusRunSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        if (m_dbusRunSession.isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty())
            m_problem = QStringLiteral(
                "dbus-run-session and gnome-keyring-daemon are needed (Debian: dbus, gnome-keyring)");
        else if (!m_home.isValid())
            m_problem = QStringLiteral("cannot create a temporary HOME");
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HOME"), m_home.path());
        m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path() + QStringLiteral("/run"));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        m_env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        m_env.remove(QStringLiteral("DISPLAY")); // no unlock prompt can be shown
        m_env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        m_env.insert(QStringLiteral("SN_SELF"), QCoreApplication::applicationFilePath());
    }

    bool ready() const { return m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }
    const QTemporaryDir &home() const { return m_home; }

    // Runs `script` under `sh -c` in a new D-Bus session; a fresh runtime dir
    // each time, so no daemon of an earlier run is found.
    ChildLines run(const QString &script)
    {
        const QString runtime = m_home.path() + QStringLiteral("/run");
        QDir(runtime).removeRecursively();
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(m_dbusRunSession, {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script});
        if (!p.waitForFinished(120'000)) {
            p.kill();
            p.waitForFinished();
        }
        ChildLines lines = parseChild(p.readAllStandardOutput());
        lines.all += QString::fromUtf8(p.readAllStandardError());
        return lines;
    }

private:
    QString m_dbusRunSession;
    QString m_problem;
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

    SecretStore m_store{testService("main")};

private slots:
    void initTestCase()
    {
        m_store.setTimeout(std::chrono::seconds(30));
        const Result<void> probe =
            m_store.setBlocking(QStringLiteral("probe/reachable"), QStringLiteral("probe-value"));
        if (!probe.ok())
            QFAIL(qPrintable(QString::fromStdString(describe(probe)) + QStringLiteral("\n") +
                             QLatin1String(kNeedsKeyring)));
        QVERIFY(m_store.removeBlocking(QStringLiteral("probe/reachable")).ok());
    }

    void defaultServiceIsSuperNova()
    {
        QCOMPARE(SecretStore().service(), QStringLiteral("SuperNova"));
        QCOMPARE(SecretStore::defaultService(), QStringLiteral("SuperNova"));
    }

    void setGetRoundTrip()
    {
        const QString key = QStringLiteral("llm/openai/api-key");
        const QString secret = QStringLiteral("sk-roundtrip-4b1e9a0c77d2");
        const Result<void> set = m_store.setBlocking(key, secret);
        QVERIFY2(set.ok(), describe(set).c_str());
        const Result<QString> got = m_store.getBlocking(key);
        QVERIFY2(got.ok(), describe(got).c_str());
        QCOMPARE(*got, secret);
        QVERIFY(m_store.removeBlocking(key).ok());
    }

    void overwriteReplaces()
    {
        const QString key = QStringLiteral("llm/anthropic/api-key");
        QVERIFY(m_store.setBlocking(key, QStringLiteral("first-value-0001")).ok());
        QVERIFY(m_store.setBlocking(key, QStringLiteral("second-value-0002")).ok());
        const Result<QString> got = m_store.getBlocking(key);
        QVERIFY2(got.ok(), describe(got).c_str());
        QCOMPARE(*got, QStringLiteral("second-value-0002"));
        QVERIFY(m_store.removeBlocking(key).ok());
    }

    void removeThenNotFound()
    {
        const QString key = QStringLiteral("sync/team-server/password");
        QVERIFY(m_store.setBlocking(key, QStringLiteral("hunter2-team")).ok());
        const Result<void> removed = m_store.removeBlocking(key);
        QVERIFY2(removed.ok(), describe(removed).c_str());
        const Result<QString> got = m_store.getBlocking(key);
        QVERIFY(!got.ok());
        QCOMPARE(sn::errorCodeName(got.error().code), sn::errorCodeName(ErrorCode::NotFound));
        // The context names the service and key, never a value.
        QVERIFY2(got.error().context.find("sync/team-server/password") != std::string::npos,
                 got.error().context.c_str());
        // Removing again is not an error: the Secret Service cannot tell.
        QVERIFY(m_store.removeBlocking(key).ok());
    }

    void missingIsNotFound()
    {
        const Result<QString> got = m_store.getBlocking(QStringLiteral("never/stored"));
        QVERIFY(!got.ok());
        QCOMPARE(sn::errorCodeName(got.error().code), sn::errorCodeName(ErrorCode::NotFound));
    }

    void unicodeSecrets_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("latin-1 accents") << QStringLiteral("p\u00e4ssw\u00f6rd-\u00df-\u00e9\u00e8");
        QTest::newRow("cjk") << QStringLiteral("\u5bc6\u7801-\u30d1\u30b9\u30ef\u30fc\u30c9");
        QTest::newRow("emoji (surrogate pairs)") << QStringLiteral("key-\U0001F511\U0001F680-end");
        QTest::newRow("rtl arabic") << QStringLiteral("\u0645\u0641\u062a\u0627\u062d-123");
        QTest::newRow("spaces and newline") << QStringLiteral("  two words\nsecond line\t");
        QTest::newRow("4 KiB") << QString(4096, QChar(0x0416));
    }
    void unicodeSecrets()
    {
        QFETCH(QString, secret);
        const QString key = QStringLiteral("test/unicode");
        const Result<void> set = m_store.setBlocking(key, secret);
        QVERIFY2(set.ok(), describe(set).c_str());
        const Result<QString> got = m_store.getBlocking(key);
        QVERIFY2(got.ok(), describe(got).c_str());
        QCOMPARE(*got, secret);
        QVERIFY(m_store.removeBlocking(key).ok());
    }

    void servicesAreIsolated()
    {
        SecretStore a(testService("iso-a"));
        SecretStore b(testService("iso-b"));
        const QString key = QStringLiteral("llm/openai/api-key");
        QVERIFY(a.setBlocking(key, QStringLiteral("value-for-a")).ok());
        QVERIFY(b.setBlocking(key, QStringLiteral("value-for-b")).ok());
        QCOMPARE(a.getBlocking(key).valueOr({}), QStringLiteral("value-for-a"));
        QCOMPARE(b.getBlocking(key).valueOr({}), QStringLiteral("value-for-b"));
        QVERIFY(a.removeBlocking(key).ok());
        QCOMPARE(b.getBlocking(key).valueOr({}), QStringLiteral("value-for-b"));
        QVERIFY(b.removeBlocking(key).ok());
    }

    void invalidArguments_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty key") << QString() << QStringLiteral("v") << QStringLiteral("'key'");
        QTest::newRow("uppercase key")
            << QStringLiteral("LLM/Key") << QStringLiteral("v") << QStringLiteral("'key'");
        QTest::newRow("double slash")
            << QStringLiteral("llm//key") << QStringLiteral("v") << QStringLiteral("'key'");
        QTest::newRow("empty secret")
            << QStringLiteral("llm/openai/api-key") << QString() << QStringLiteral("'secret'");
    }
    void invalidArguments()
    {
        QFETCH(QString, key);
        QFETCH(QString, secret);
        QFETCH(QString, mentions);
        const Result<void> set = m_store.setBlocking(key, secret);
        QVERIFY(!set.ok());
        QCOMPARE(sn::errorCodeName(set.error().code), sn::errorCodeName(ErrorCode::InvalidArgument));
        QVERIFY2(set.error().message.find(mentions.toStdString()) != std::string::npos,
                 set.error().message.c_str());

        // The async API reports it through the callback, later, not from inside the call.
        std::optional<Result<void>> async;
        QObject context;
        m_store.set(key, secret, &context, [&](const Result<void> &r) { async = r; });
        QVERIFY(!async);
        QVERIFY(waitFor([&] { return async.has_value(); }));
        QVERIFY(!async->ok());
        QCOMPARE(sn::errorCodeName(async->error().code), sn::errorCodeName(ErrorCode::InvalidArgument));
    }

    void asyncApiFromEventLoop()
    {
        const QString key = QStringLiteral("llm/openai-compatible/api-key");
        const QString secret = QStringLiteral("async-secret-a81f03c9");
        QObject context;
        QThread *mainThread = QThread::currentThread();

        std::optional<Result<void>> setResult;
        QThread *callbackThread = nullptr;
        m_store.set(key, secret, &context, [&](const Result<void> &r) {
            setResult = r;
            callbackThread = QThread::currentThread();
        });
        QVERIFY2(!setResult, "set() must return before its callback runs");
        QVERIFY(waitFor([&] { return setResult.has_value(); }));
        QVERIFY2(setResult->ok(), describe(*setResult).c_str());
        QCOMPARE(callbackThread, mainThread);

        std::optional<Result<QString>> getResult;
        m_store.get(key, &context, [&](const Result<QString> &r) { getResult = r; });
        QVERIFY(!getResult);
        QVERIFY(waitFor([&] { return getResult.has_value(); }));
        QVERIFY2(getResult->ok(), describe(*getResult).c_str());
        QCOMPARE(getResult->value(), secret);

        std::optional<Result<void>> removeResult;
        m_store.remove(key, &context, [&](const Result<void> &r) { removeResult = r; });
        QVERIFY(waitFor([&] { return removeResult.has_value(); }));
        QVERIFY2(removeResult->ok(), describe(*removeResult).c_str());

        std::optional<Result<QString>> afterRemove;
        m_store.get(key, &context, [&](const Result<QString> &r) { afterRemove = r; });
        QVERIFY(waitFor([&] { return afterRemove.has_value(); }));
        QVERIFY(!afterRemove->ok());
        QCOMPARE(sn::errorCodeName(afterRemove->error().code), sn::errorCodeName(ErrorCode::NotFound));
    }

    // The callback runs in the context object's thread, here a worker's.
    void asyncCallbackRunsInContextThread()
    {
        const QString key = QStringLiteral("test/context-thread");
        QVERIFY(m_store.setBlocking(key, QStringLiteral("context-thread-value")).ok());
        QThread worker;
        worker.start();
        QObject context;
        context.moveToThread(&worker);
        std::atomic<QThread *> callbackThread{nullptr};
        std::atomic<bool> ok{false};
        m_store.get(key, &context, [&](const Result<QString> &r) {
            ok = r.ok() && *r == QStringLiteral("context-thread-value");
            callbackThread = QThread::currentThread();
        });
        QVERIFY(waitFor([&] { return callbackThread.load() != nullptr; }));
        QCOMPARE(callbackThread.load(), &worker);
        QVERIFY(ok.load());
        worker.quit();
        QVERIFY(worker.wait(10'000));
        QVERIFY(m_store.removeBlocking(key).ok());
    }

    void manyAsyncCallsInFlight()
    {
        constexpr int n = 12;
        QObject context;
        int setsDone = 0;
        int setsOk = 0;
        for (int i = 0; i < n; ++i) {
            m_store.set(QStringLiteral("test/many/%1").arg(i), QStringLiteral("value-%1-x").arg(i), &context,
                        [&](const Result<void> &r) {
                            ++setsDone;
                            setsOk += r.ok() ? 1 : 0;
                        });
        }
        QVERIFY(waitFor([&] { return setsDone == n; }));
        QCOMPARE(setsOk, n);
        QStringList got(n);
        int getsDone = 0;
        for (int i = 0; i < n; ++i) {
            m_store.get(QStringLiteral("test/many/%1").arg(i), &context,
                        [&got, &getsDone, i](const Result<QString> &r) {
                            got[i] = r.valueOr(QStringLiteral("<error>"));
                            ++getsDone;
                        });
        }
        QVERIFY(waitFor([&] { return getsDone == n; }));
        for (int i = 0; i < n; ++i) {
            QCOMPARE(got[i], QStringLiteral("value-%1-x").arg(i));
            QVERIFY(m_store.removeBlocking(QStringLiteral("test/many/%1").arg(i)).ok());
        }
    }

    void destroyedContextGetsNoCallback()
    {
        const QString key = QStringLiteral("test/context");
        QVERIFY(m_store.setBlocking(key, QStringLiteral("context-value-1")).ok());
        bool called = false;
        auto context = std::make_unique<QObject>();
        m_store.get(key, context.get(), [&](const Result<QString> &) { called = true; });
        context.reset();
        // Jobs run one at a time in order, so once this one is back the first is over.
        QVERIFY(m_store.removeBlocking(key).ok());
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void blockingFromWorkerThread()
    {
        const QString key = QStringLiteral("test/worker");
        const QString secret = QStringLiteral("worker-secret-5d2e");
        std::optional<Result<void>> set;
        std::optional<Result<QString>> got;
        std::optional<Result<void>> removed;
        QThread *worker = QThread::create([&] {
            set = m_store.setBlocking(key, secret);
            got = m_store.getBlocking(key);
            removed = m_store.removeBlocking(key);
        });
        bool finished = false;
        connect(worker, &QThread::finished, this, [&] { finished = true; });
        worker->start();
        // The jobs run on this (the application) thread: it must keep its loop running.
        QVERIFY(waitFor([&] { return finished; }));
        worker->wait();
        delete worker;
        QVERIFY2(set && set->ok(), set ? describe(*set).c_str() : "no result");
        QVERIFY2(got && got->ok(), got ? describe(*got).c_str() : "no result");
        QCOMPARE(got->value(), secret);
        QVERIFY(removed && removed->ok());
    }

    void secretsAreRegisteredForRedaction()
    {
        const QString key = QStringLiteral("test/redaction");
        const std::string secret = "redact-me-9c0b3f21e7";
        QCOMPARE(sn::log::redact("x " + secret), "x " + secret);
        QVERIFY(m_store.setBlocking(key, QString::fromStdString(secret)).ok());
        QCOMPARE(sn::log::redact("x " + secret), std::string("x ********"));

        // A value only ever read (stored by another process) is registered too.
        sn::log::unregisterSecret(secret);
        QCOMPARE(sn::log::redact(secret), secret);
        const Result<QString> got = m_store.getBlocking(key);
        QVERIFY(got.ok());
        QCOMPARE(sn::log::redact(secret), std::string("********"));
        QVERIFY(m_store.removeBlocking(key).ok());
    }

    void storedKnownKeys()
    {
        SecretStore store(testService("known"));
        const auto known = sn::knownSecrets();
        QVERIFY(known.size() >= 3);
        const QString first = QString::fromUtf8(known[0].key.data(), qsizetype(known[0].key.size()));
        const QString third = QString::fromUtf8(known[2].key.data(), qsizetype(known[2].key.size()));
        Result<std::vector<QString>> none = store.storedKnownKeysBlocking();
        QVERIFY(none.ok());
        QVERIFY(none->empty());
        QVERIFY(store.setBlocking(third, QStringLiteral("third-value")).ok());
        QVERIFY(store.setBlocking(first, QStringLiteral("first-value")).ok());
        Result<std::vector<QString>> stored = store.storedKnownKeysBlocking();
        QVERIFY(stored.ok());
        QCOMPARE(*stored, (std::vector<QString>{first, third}));
        QVERIFY(store.removeBlocking(first).ok());
        QVERIFY(store.removeBlocking(third).ok());
    }

    // A worker's blocking call while the application thread is itself blocked
    // (here: waiting for that worker) cannot run; it must come back with an
    // error instead of deadlocking.
    void blockingWorkerWhileAppThreadBlocked()
    {
        SecretStore store(testService("blocked"));
        store.setTimeout(std::chrono::seconds(1));
        std::optional<Result<QString>> got;
        QThread *worker = QThread::create([&] { got = store.getBlocking(QStringLiteral("test/blocked")); });
        QElapsedTimer clock;
        clock.start();
        worker->start();
        QVERIFY(worker->wait(30'000)); // blocks this thread's event loop on purpose
        delete worker;
        QVERIFY(got.has_value());
        QVERIFY(!got->ok());
        QCOMPARE(sn::errorCodeName(got->error().code), sn::errorCodeName(ErrorCode::Unavailable));
        QVERIFY2(got->error().message.find("event loop") != std::string::npos, got->error().message.c_str());
        QVERIFY(clock.elapsed() >= 5'000);
        QTest::qWait(200); // let the stale job run and finish here
    }

    // The GUI thread never blocks: blocking calls refuse, async calls work.
    void guiThreadRefusesBlockingCalls()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const ChildLines lines = runSelf(QStringLiteral("gui"), env);
        QVERIFY2(lines.codeByOp.value(QStringLiteral("blocking")) == QLatin1String("unsupported"),
                 qPrintable(lines.all));
        QVERIFY2(lines.lineByOp.value(QStringLiteral("blocking")).contains(QLatin1String("GUI thread")),
                 qPrintable(lines.all));
        for (const char *op : {"set", "get", "remove"})
            QVERIFY2(lines.codeByOp.value(QLatin1String(op)) == QLatin1String("ok"), qPrintable(lines.all));
    }

    // Under QT_NO_GLIB libsecret's replies never arrive: fail at once, saying why.
    void eventLoopWithoutGlibFailsFast()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_NO_GLIB"), QStringLiteral("1"));
        QElapsedTimer clock;
        clock.start();
        const ChildLines lines = runSelf(QStringLiteral("calls"), env);
        for (const char *op : {"set", "get", "remove"}) {
            QVERIFY2(lines.codeByOp.value(QLatin1String(op)) == QLatin1String("unsupported"),
                     qPrintable(lines.all));
            QVERIFY2(lines.lineByOp.value(QLatin1String(op)).contains(QLatin1String("QT_NO_GLIB")),
                     qPrintable(lines.all));
        }
        QVERIFY(clock.elapsed() < 15'000);
    }

    // No D-Bus session reachable: the calls fail with Unavailable and a message
    // saying what to start, and nothing is written anywhere as a fallback.
    void unavailableWithoutSessionBus_data()
    {
        QTest::addColumn<QString>("busAddress");
        QTest::newRow("address points nowhere") << QStringLiteral("unix:path=/nonexistent/supernova/bus");
        QTest::newRow("no address, no display") << QString();
    }
    void unavailableWithoutSessionBus()
    {
        QFETCH(QString, busAddress);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QDir(home.path()).mkpath(QStringLiteral("run"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path() + QStringLiteral("/run"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.path() + QStringLiteral("/cache"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        if (busAddress.isEmpty())
            env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        else
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);

        const ChildLines lines = runSelf(QStringLiteral("calls"), env);
        for (const char *op : {"set", "get", "remove"}) {
            const QString name = QLatin1String(op);
            QVERIFY2(lines.codeByOp.value(name) == QLatin1String("unavailable"), qPrintable(lines.all));
            QVERIFY2(lines.lineByOp.value(name).contains(QLatin1String("no Secret Service")),
                     qPrintable(lines.all));
            QVERIFY2(lines.lineByOp.value(name).contains(QLatin1String("gnome-keyring")),
                     qPrintable(lines.all));
        }
        QStringList scanned;
        QVERIFY2(!treeContains(home.path(), QByteArrayLiteral("child-secret-6f1d2c7e-no-fallback"), &scanned),
                 "the secret was written to a file: a plaintext fallback happened");
    }

    // A real gnome-keyring whose login keyring exists but is locked (the
    // daemon started without the password): writing is AccessDenied. Reading
    // a locked item comes back as NotFound: libsecret cannot unlock without a
    // prompt and reports "no item", which SecretStore documents.
    void lockedKeyringDeniesWrite()
    {
        PrivateSession session;
        QVERIFY2(session.ready(), qPrintable(session.problem()));
        const QTemporaryDir &home = session.home();
        // 1. Create the login keyring with a password and store an entry.
        const ChildLines created = session.run(QStringLiteral(
            "echo -n locked-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "
            "\"$SN_SELF\" --child set"));
        QVERIFY2(created.codeByOp.value(QStringLiteral("set")) == QLatin1String("ok"),
                 qPrintable(created.all));
        QVERIFY2(QFile::exists(home.path() + QStringLiteral("/data/keyrings/login.keyring")),
                 qPrintable(created.all));
        // 2. A new session whose daemon never got the password: the keyring stays locked.
        const ChildLines locked = session.run(QStringLiteral(
            "gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1; \"$SN_SELF\" --child calls"));
        QVERIFY2(locked.codeByOp.value(QStringLiteral("set")) == QLatin1String("access_denied"),
                 qPrintable(locked.all));
        QVERIFY2(locked.lineByOp.value(QStringLiteral("set")).contains(QLatin1String("unlock")),
                 qPrintable(locked.all));
        QVERIFY2(locked.codeByOp.value(QStringLiteral("get")) == QLatin1String("not_found"),
                 qPrintable(locked.all));
    }

    // A Secret Service that stops answering (frozen with SIGSTOP in a private
    // session): the call returns Unavailable after timeout(), and the job
    // still in QtKeychain's queue completes harmlessly once it wakes up.
    void unresponsiveSecretServiceTimesOut()
    {
        PrivateSession session;
        QVERIFY2(session.ready(), qPrintable(session.problem()));
        const ChildLines lines = session.run(QStringLiteral(
            "echo -n stall-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "
            "\"$SN_SELF\" --child stall"));
        QVERIFY2(lines.codeByOp.value(QStringLiteral("set")) == QLatin1String("ok"), qPrintable(lines.all));
        QVERIFY2(lines.codeByOp.value(QStringLiteral("get")) == QLatin1String("unavailable"),
                 qPrintable(lines.all));
        QVERIFY2(
            lines.lineByOp.value(QStringLiteral("get")).contains(QLatin1String("did not answer within 2 s")),
            qPrintable(lines.all));
        // After SIGCONT the queue drains: the stale read, then this remove.
        QVERIFY2(lines.codeByOp.value(QStringLiteral("remove")) == QLatin1String("ok"),
                 qPrintable(lines.all));
        const QRegularExpressionMatch elapsed =
            QRegularExpression(QStringLiteral("elapsed (\\d+)")).match(lines.all);
        QVERIFY2(elapsed.hasMatch(), qPrintable(lines.all));
        QVERIFY2(elapsed.captured(1).toLongLong() >= 1900 && elapsed.captured(1).toLongLong() < 10'000,
                 qPrintable(lines.all));
    }

    void cleanupTestCase()
    {
        // Leave nothing behind in the keyring even when a test failed midway.
        for (const char *k : {"llm/openai/api-key", "llm/anthropic/api-key", "sync/team-server/password",
                              "test/unicode", "test/worker", "test/redaction", "test/context"})
            (void)m_store.removeBlocking(QLatin1String(k));
    }
};

int main(int argc, char **argv)
{
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0) {
        // The "gui" child is a desktop-app stand-in: a real QGuiApplication.
        std::unique_ptr<QCoreApplication> app;
        if (qstrcmp(argv[2], "gui") == 0)
            app = std::make_unique<QGuiApplication>(argc, argv);
        else
            app = std::make_unique<QCoreApplication>(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
