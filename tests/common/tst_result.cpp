#include "core/common/Result.h"

#include <QTest>
#include <csignal>
#include <functional>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using sn::Error;
using sn::ErrorCode;
using sn::Result;

namespace {

struct ChildOutcome
{
    bool aborted = false; // ended by SIGABRT
    int exitCode = -1;    // when it exited normally instead
    std::string err;      // what it wrote to stderr
};

// Runs `misuse` in a forked child with stderr captured, so a test can check
// that it stops the process (in this build type, which CI builds as Release
// with NDEBUG) and what it says, without stopping the test itself.
ChildOutcome runInChild(const std::function<void()> &misuse)
{
    ChildOutcome outcome;
    int fds[2];
    if (pipe(fds) != 0)
        return outcome;
    std::fflush(stdout);
    std::fflush(stderr);
    const pid_t pid = fork();
    if (pid == 0) {
        const rlimit noCore{0, 0};
        setrlimit(RLIMIT_CORE, &noCore);
        // QTest's crash handler would otherwise print a stack trace (slowly).
        std::signal(SIGABRT, SIG_DFL);
        close(fds[0]);
        dup2(fds[1], STDERR_FILENO);
        misuse();
        _exit(0);
    }
    close(fds[1]);
    char buffer[512];
    ssize_t n = 0;
    while ((n = read(fds[0], buffer, sizeof buffer)) > 0)
        outcome.err.append(buffer, static_cast<std::size_t>(n));
    close(fds[0]);
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) != pid)
        return outcome;
    outcome.aborted = WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT;
    if (WIFEXITED(status))
        outcome.exitCode = WEXITSTATUS(status);
    return outcome;
}

Result<int> failed()
{
    return sn::makeError(ErrorCode::NotFound, "no such portfolio", "portfolio 'Gone'");
}

struct Named
{
    std::string name;
};

} // namespace

class TestResult : public QObject
{
    Q_OBJECT
private slots:
    void correctUseWorks()
    {
        Result<int> good = 7;
        QVERIFY(good.ok());
        QCOMPARE(good.value(), 7);
        QCOMPARE(*good, 7);
        QCOMPARE(failed().valueOr(3), 3);
        QCOMPARE(failed().error().code, ErrorCode::NotFound);
        Result<Named> named = Named{"x"};
        QCOMPARE(named->name, std::string("x"));
        QCOMPARE(std::move(named).value().name, std::string("x"));
        Result<void> fine;
        QVERIFY(fine.ok());
        Result<void> bad = sn::makeError(ErrorCode::Conflict, "taken");
        QCOMPARE(bad.error().message, std::string("taken"));
    }

    // The child must not print "survived": each misuse stops it.
    void misuseAbortsWithAMessage_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("expected");
        const QString valueOfFailed = QStringLiteral(
            "fatal: sn::Result misuse: value of a failed Result read: portfolio 'Gone': no such portfolio");
        QTest::newRow("value() of an error") << 0 << valueOfFailed;
        QTest::newRow("const value() of an error") << 1 << valueOfFailed;
        QTest::newRow("rvalue value() of an error") << 2 << valueOfFailed;
        QTest::newRow("operator* of an error") << 3 << valueOfFailed;
        QTest::newRow("operator-> of an error")
            << 4 << QStringLiteral("fatal: sn::Result misuse: value of a failed Result read: no name");
        QTest::newRow("error() of a value")
            << 5 << QStringLiteral("fatal: sn::Result misuse: error() called on a successful Result");
        QTest::newRow("error() of a void success")
            << 6 << QStringLiteral("fatal: sn::Result misuse: error() called on a successful Result<void>");
    }
    void misuseAbortsWithAMessage()
    {
        QFETCH(int, which);
        QFETCH(QString, expected);
        const ChildOutcome outcome = runInChild([which] {
            volatile std::size_t sink = 0;
            switch (which) {
            case 0: {
                Result<int> r = failed();
                sink = static_cast<std::size_t>(r.value());
                break;
            }
            case 1: {
                const Result<int> r = failed();
                sink = static_cast<std::size_t>(r.value());
                break;
            }
            case 2:
                sink = static_cast<std::size_t>(failed().value());
                break;
            case 3: {
                Result<int> r = failed();
                sink = static_cast<std::size_t>(*r);
                break;
            }
            case 4: {
                Result<Named> r = sn::makeError(ErrorCode::NotFound, "no name");
                sink = r->name.size();
                break;
            }
            case 5: {
                Result<int> r = 1;
                sink = r.error().message.size();
                break;
            }
            case 6: {
                Result<void> r;
                sink = r.error().message.size();
                break;
            }
            }
            std::fprintf(stderr, "survived %zu\n", static_cast<std::size_t>(sink));
        });
        QVERIFY2(outcome.aborted, outcome.err.c_str());
        QVERIFY2(QString::fromStdString(outcome.err).startsWith(expected), outcome.err.c_str());
        QVERIFY(outcome.err.find("survived") == std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestResult)
#include "tst_result.moc"
