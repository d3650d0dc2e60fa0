#include "ui/shell/JobTracker.h"

#include <QDateTime>
#include <QMetaObject>
#include <QThread>
#include <algorithm>

namespace sn::ui {

Job::Job(const QString &title, QObject *parent) : QObject(parent), m_title(title) {}

void Job::reportProgress(double fraction, const QString &stage)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 last = m_lastPostMs.load();
    // Throttled so a chatty worker cannot flood the event loop.
    if (now - last < 50 && fraction < 1.0)
        return;
    m_lastPostMs.store(now);
    QMetaObject::invokeMethod(
        this, [this, fraction, stage]() { applyProgress(fraction, stage); }, Qt::QueuedConnection);
}

void Job::applyProgress(double fraction, const QString &stage)
{
    m_progress = fraction;
    m_stage = stage;
    Q_EMIT progressChanged(fraction, stage);
}

void Job::cancel()
{
    m_cancel->store(true);
}

JobTracker::JobTracker(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
}

JobTracker::~JobTracker()
{
    waitForAll();
}

void JobTracker::waitForAll()
{
    for (const auto &w : m_watchers)
        if (w)
            w->waitForFinished();
}

void JobTracker::jobStarted(Job *job)
{
    ++m_running;
    Q_EMIT started(job);
}

void JobTracker::jobEnded(Job *job)
{
    --m_running;
    m_watchers.removeAll(nullptr);
    Q_EMIT job->finished();
    Q_EMIT ended(job);
    job->deleteLater();
}

} // namespace sn::ui
