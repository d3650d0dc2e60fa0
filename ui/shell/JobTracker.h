#pragma once

#include "core/common/Result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace sn::ui {

// One piece of background work as the GUI sees it: a title, progress and a
// cancel request. The work itself runs on the thread pool.
class Job : public QObject
{
    Q_OBJECT
public:
    explicit Job(const QString &title, QObject *parent = nullptr);

    QString title() const { return m_title; }
    double progress() const { return m_progress; }
    QString stage() const { return m_stage; }
    bool isCancelRequested() const { return m_cancel->load(); }
    std::shared_ptr<std::atomic<bool>> cancelFlag() const { return m_cancel; }

    // Thread-safe: may be called from the worker; delivered on the GUI thread
    // at most every 50 ms (or when the stage text changes).
    void reportProgress(double fraction, const QString &stage);

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progressChanged(double fraction, const QString &stage);
    void finished();

private:
    void applyProgress(double fraction, const QString &stage);

    QString m_title;
    double m_progress = 0;
    QString m_stage;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    std::atomic<qint64> m_lastPostMs{0};
};

// Runs one-shot work off the GUI thread and brings the result back on it.
// The status bar shows the running jobs with their progress and a cancel
// button; the GUI thread never waits for a job.
class JobTracker : public QObject
{
    Q_OBJECT
public:
    using ProgressFn = std::function<void(double fraction, const QString &stage)>;

    explicit JobTracker(QObject *parent = nullptr);
    // Waits for work still running: it may report progress into its Job,
    // which dies with the tracker.
    ~JobTracker() override;

    int runningCount() const { return m_running; }
    // Blocks until every job has finished (used on shutdown and by tests).
    void waitForAll();

    // `work` runs on the thread pool with a progress callback and the cancel
    // flag; `done` runs on the GUI thread with its result, unless `context`
    // was destroyed meanwhile.
    template <typename T>
    Job *run(const QString &title,
             std::function<Result<T>(const ProgressFn &progress, const std::atomic<bool> &cancel)> work,
             QObject *context, std::function<void(Result<T>)> done)
    {
        auto *job = new Job(title, this);
        auto holder = std::make_shared<std::optional<Result<T>>>();
        auto cancel = job->cancelFlag();
        QPointer<Job> jobRef(job);
        ProgressFn progress = [jobRef](double f, const QString &stage) {
            if (Job *j = jobRef.data())
                j->reportProgress(f, stage);
        };
        auto *watcher = new QFutureWatcher<void>(this);
        QPointer<QObject> ctx(context);
        connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, job, holder, ctx, done]() {
            watcher->deleteLater();
            if (ctx && holder->has_value())
                done(std::move(**holder));
            jobEnded(job);
        });
        jobStarted(job);
        watcher->setFuture(QtConcurrent::run(
            &m_pool, [work, holder, progress, cancel]() { holder->emplace(work(progress, *cancel)); }));
        m_watchers.append(watcher);
        return job;
    }

Q_SIGNALS:
    void started(sn::ui::Job *job);
    void ended(sn::ui::Job *job);

private:
    void jobStarted(Job *job);
    void jobEnded(Job *job);

    int m_running = 0;
    QList<QPointer<QFutureWatcher<void>>> m_watchers;
    // Jobs leave one core to the GUI thread: with every core busy it waited
    // for a time slice (risk view on 2 cores: 63 ms stalls). Work that spreads
    // over cores itself (sweeps) still uses the global pool inside its job.
    QThreadPool m_pool;
};

} // namespace sn::ui
