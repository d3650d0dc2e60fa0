#include "ui/market/ScheduledRefresh.h"

#include "core/secrets/SecretStore.h"
#include "core/workspace/WatchlistService.h"
#include "core/workspace/Workspace.h"
#include "ui/shell/ChangeWatcher.h"
#include "ui/shell/JobTracker.h"

#include <QDateTime>
#include <map>

namespace sn::ui {

namespace {

QString stamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

struct RunReport
{
    int symbols = 0;
    int updated = 0;
    int current = 0; // nothing new
    int offline = 0;
    int failed = 0;
    QString firstOffline; // "AAPL: offline: showing data up to ..."
    QString firstFailure;
    QString summary() const
    {
        if (symbols == 0)
            return ScheduledRefresh::tr("nothing to refresh: no watchlist holds a symbol.");
        QString text = ScheduledRefresh::tr("%n watchlist symbol(s): ", nullptr, symbols) +
                       ScheduledRefresh::tr("%1 updated, %2 already current, %3 offline, %4 failed.")
                           .arg(updated)
                           .arg(current)
                           .arg(offline)
                           .arg(failed);
        if (!firstOffline.isEmpty())
            text += QLatin1Char(' ') + firstOffline;
        if (!firstFailure.isEmpty())
            text += QLatin1Char(' ') + firstFailure;
        return text;
    }
};

} // namespace

ScheduledRefresh::ScheduledRefresh(const Workspace &workspace, JobTracker &jobs, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_jobs(jobs), m_probe(&currentNetworkStatus),
      m_keys([](const QString &key) { return SecretStore().getBlocking(key); })
{
    m_timer.setSingleShot(false);
    connect(&m_timer, &QTimer::timeout, this, [this]() { runNow(); });
    new ChangeWatcher(m_workspace, {Change::Entity::Setting}, this, [this](const ChangeSet &changes) {
        for (const Change &c : changes)
            if (c.key == ProviderSettings::refreshKey("enabled") ||
                c.key == ProviderSettings::refreshKey("interval_minutes") ||
                c.key == ProviderSettings::refreshKey("allow_metered"))
                return reload();
    });
    reload();
}

void ScheduledRefresh::reload()
{
    // Three settings rows: cheap enough for the GUI thread, and the timer must follow at once.
    ProviderSettings settings(m_workspace);
    auto schedule = settings.schedule();
    if (!schedule) {
        m_timer.stop();
        setStatus(
            tr("Scheduled refresh is off: %1").arg(QString::fromStdString(schedule.error().toUserString())));
        return;
    }
    const bool changed = !(m_schedule == *schedule);
    m_schedule = *schedule;
    if (!m_schedule.enabled) {
        m_timer.stop();
        return;
    }
    const int interval = m_schedule.intervalMinutes * 60 * 1000;
    if (!m_timer.isActive() || changed || m_timer.interval() != interval) {
        m_timer.start(interval);
        if (m_status.isEmpty()) {
            auto last = settings.lastRefresh();
            if (last && last->ranAt > 0)
                setStatus(tr("Market data last refreshed %1: %2").arg(stamp(last->ranAt), last->summary));
        }
    }
}

void ScheduledRefresh::setStatus(const QString &status)
{
    m_status = status;
    Q_EMIT statusChanged(status);
}

bool ScheduledRefresh::runNow()
{
    if (m_job)
        return false;
    const NetworkStatus network = m_probe ? m_probe() : NetworkStatus{};
    if (network.meteredKnown && network.metered && !m_schedule.allowMetered) {
        const QString summary =
            tr("skipped: the connection is metered (%1 backend); allow it in Preferences > "
               "Data providers.")
                .arg(network.backend);
        record(summary);
        setStatus(tr("Market data refresh %1").arg(summary));
        Q_EMIT finished(false);
        return true;
    }
    // The run goes ahead either way: with no network each fetch falls back to the cache and says so.
    QString networkNote = network.meteredKnown ? QString() : tr(" (metered or not: cannot tell)");
    if (network.disconnected)
        networkNote += tr(" (the system reports no network)");
    const Workspace *ws = &m_workspace;
    const MarketFetchService::KeyLookup keys = m_keys;
    setStatus(tr("Refreshing watchlist symbols..."));
    m_job = m_jobs.run<RunReport>(
        tr("Refreshing watchlist symbols"),
        [ws, keys](const JobTracker::ProgressFn &progress,
                   const std::atomic<bool> &cancel) -> Result<RunReport> {
            auto lists = WatchlistService(*ws).list();
            if (!lists)
                return lists.error();
            QStringList symbols;
            for (const Watchlist &w : *lists)
                for (const QString &s : w.symbols)
                    if (!symbols.contains(s))
                        symbols << s;
            MarketFetchService service(*ws, keys);
            auto order = service.providerOrder();
            if (!order)
                return order.error();
            // The provider that already covers a symbol's daily bars keeps serving it, so a
            // refresh asks only for the new days instead of starting over elsewhere.
            std::map<QString, QString> coveredBy;
            if (auto coverage = service.coverage(); coverage)
                for (const FetchCoverageInfo &c : *coverage) {
                    if (c.interval != QLatin1String("1d") || !order->contains(c.provider))
                        continue;
                    const auto known = coveredBy.find(c.symbol);
                    if (known == coveredBy.end() ||
                        order->indexOf(c.provider) < order->indexOf(known->second))
                        coveredBy[c.symbol] = c.provider;
                }
            RunReport report;
            report.symbols = static_cast<int>(symbols.size());
            if (!symbols.isEmpty() && order->isEmpty())
                return Error(
                    ErrorCode::InvalidArgument,
                    SN_TEXT("sn::MarketFetch",
                            "every data provider is disabled: enable one in Preferences > Data providers"),
                    {});
            for (qsizetype i = 0; i < symbols.size(); ++i) {
                if (cancel.load())
                    return Error(ErrorCode::Cancelled,
                                 SN_TEXT("sn::MarketFetch",
                                         "refresh cancelled; the symbols refreshed so far are stored"),
                                 {});
                progress(double(i) / double(symbols.size()), symbols.at(i));
                MarketFetchOptions options;
                const auto it = coveredBy.find(symbols.at(i));
                options.provider = it != coveredBy.end() ? it->second : order->value(0);
                auto outcome = service.fetch(symbols.at(i), options, &cancel);
                if (!outcome) {
                    ++report.failed;
                    if (report.firstFailure.isEmpty())
                        report.firstFailure = QString::fromStdString(outcome.error().toUserString());
                } else if (outcome->offline) {
                    ++report.offline;
                    if (report.firstOffline.isEmpty())
                        report.firstOffline = outcome->symbol + QStringLiteral(": ") + outcome->userNote;
                } else if (outcome->barsWritten > 0 || outcome->actionsChanged > 0) {
                    ++report.updated;
                } else {
                    ++report.current;
                }
            }
            progress(1.0, QString());
            return report;
        },
        this,
        [this, networkNote](Result<RunReport> result) {
            m_job = nullptr;
            const QString summary =
                result ? result->summary() + networkNote
                       : tr("failed: %1").arg(QString::fromStdString(result.error().toUserString()));
            record(summary);
            setStatus(
                tr("Market data refreshed %1: %2")
                    .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("HH:mm 'UTC'")), summary));
            Q_EMIT finished(true);
        });
    return true;
}

void ScheduledRefresh::record(const QString &summary)
{
    // One settings write on the GUI thread, like Preferences' saves; announced, so the Market
    // data area shows it.
    auto saved = ProviderSettings(m_workspace).recordRefresh({QDateTime::currentMSecsSinceEpoch(), summary});
    if (!saved)
        m_status = tr("The refresh result could not be recorded: %1")
                       .arg(QString::fromStdString(saved.error().toUserString()));
}

} // namespace sn::ui
