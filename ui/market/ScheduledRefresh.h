#pragma once

#include "core/workspace/MarketFetchService.h"
#include "core/workspace/ProviderSettings.h"
#include "ui/market/NetworkStatus.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace sn {
class Workspace;
}

namespace sn::ui {

class Job;
class JobTracker;

// The scheduled refresh of watchlist symbols (issue 15): off by default; when
// Preferences > Data providers turns it on, every N minutes it fetches what
// is new for every symbol of every watchlist through MarketFetchService, as a
// background job (JobTracker), from the provider that already covers the
// symbol, else the first enabled one. On a metered connection it is skipped
// unless allowed; where the system cannot tell (NetworkStatus), it runs and
// says so. Each run's summary ("2 updated, 1 offline: showing data up to
// DATE") is recorded through ProviderSettings, so the Market data area and
// the status bar show when it last ran and what happened, also after a
// restart.
class ScheduledRefresh : public QObject
{
    Q_OBJECT
public:
    using NetworkProbe = std::function<NetworkStatus()>;

    ScheduledRefresh(const Workspace &workspace, JobTracker &jobs, QObject *parent = nullptr);

    // Tests decide what the network looks like, and where keys come from.
    void setNetworkProbe(NetworkProbe probe) { m_probe = std::move(probe); }
    void setKeyLookup(MarketFetchService::KeyLookup keys) { m_keys = std::move(keys); }

    // Reads the schedule and (re)starts or stops the timer. Called on
    // construction and whenever the refresh settings change.
    void reload();
    // One run now, whether or not the schedule is on (the metered rule still
    // applies). Returns false when a run is already under way.
    bool runNow();

    const RefreshSchedule &schedule() const { return m_schedule; }
    bool isScheduled() const { return m_timer.isActive(); }
    int intervalMs() const { return m_timer.interval(); }
    bool isRunning() const { return m_job != nullptr; }
    QString statusText() const { return m_status; }

Q_SIGNALS:
    void statusChanged(const QString &status);
    // After each attempt: ran = false when it was skipped.
    void finished(bool ran);

private:
    void setStatus(const QString &status);
    void record(const QString &summary);

    const Workspace &m_workspace;
    JobTracker &m_jobs;
    NetworkProbe m_probe;
    MarketFetchService::KeyLookup m_keys;
    RefreshSchedule m_schedule;
    QTimer m_timer;
    QPointer<Job> m_job;
    QString m_status;
};

} // namespace sn::ui
