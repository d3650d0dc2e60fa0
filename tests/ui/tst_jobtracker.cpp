#include "ui/shell/JobTracker.h"

#include <QSignalSpy>
#include <QTest>
#include <atomic>
#include <thread>

using namespace sn;
using namespace sn::ui;

class TestJobTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deliversResultOnTheGuiThread()
    {
        JobTracker jobs;
        QThread *gui = QThread::currentThread();
        QThread *doneOn = nullptr;
        int value = 0;
        jobs.run<int>(
            QStringLiteral("answer"),
            [](const JobTracker::ProgressFn &p, const std::atomic<bool> &) -> Result<int> {
                p(0.5, QStringLiteral("half"));
                return 42;
            },
            this,
            [&](Result<int> r) {
                doneOn = QThread::currentThread();
                value = r.value();
            });
        QTRY_COMPARE(value, 42);
        QCOMPARE(doneOn, gui);
        QCOMPARE(jobs.runningCount(), 0);
    }

    // Regression: a tracker destroyed while work ran (a window closed mid-load)
    // returned at once, and the worker then reported progress into a destroyed
    // job; the destructor now waits for the work.
    void destructionWaitsForRunningWork()
    {
        std::atomic<bool> finished{false};
        {
            JobTracker jobs;
            jobs.run<int>(
                QStringLiteral("slow"),
                [&finished](const JobTracker::ProgressFn &p, const std::atomic<bool> &) -> Result<int> {
                    for (int i = 0; i < 20; ++i) {
                        std::this_thread::sleep_for(std::chrono::milliseconds(10));
                        p(i / 20.0, QStringLiteral("working"));
                    }
                    finished = true;
                    return 1;
                },
                this, [](Result<int>) {});
        }
        QVERIFY(finished.load());
    }

    void cancelReachesTheWork()
    {
        JobTracker jobs;
        bool cancelled = false;
        bool done = false;
        Job *job = jobs.run<int>(
            QStringLiteral("cancellable"),
            [](const JobTracker::ProgressFn &, const std::atomic<bool> &cancel) -> Result<int> {
                for (int i = 0; i < 500 && !cancel.load(); ++i)
                    std::this_thread::sleep_for(std::chrono::milliseconds(10));
                if (cancel.load())
                    return Error{ErrorCode::Cancelled, "cancelled", {}};
                return 1;
            },
            this,
            [&](Result<int> r) {
                cancelled = !r && r.error().code == ErrorCode::Cancelled;
                done = true;
            });
        job->cancel();
        QTRY_VERIFY(done);
        QVERIFY(cancelled);
    }
};

QTEST_MAIN(TestJobTracker)
#include "tst_jobtracker.moc"
