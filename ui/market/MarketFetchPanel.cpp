#include "ui/market/MarketFetchPanel.h"

#include "core/secrets/SecretStore.h"
#include "core/workspace/MarketFetchService.h"
#include "core/workspace/ProviderSettings.h"
#include "ui/market/FetchCoverageModel.h"
#include "ui/market/SymbolSearchPanel.h"
#include "ui/shell/ChangeWatcher.h"
#include "ui/shell/JobTracker.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace sn::ui {

namespace {

struct FetchReport
{
    QStringList lines;
    int failures = 0;
};

} // namespace

MarketFetchPanel::MarketFetchPanel(const Workspace &workspace, JobTracker &jobs, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_jobs(jobs),
      m_search(new SymbolSearchPanel(workspace, jobs, this)), m_symbols(new QLineEdit(this)),
      m_provider(new QComboBox(this)), m_fetchButton(new QPushButton(tr("&Fetch / refresh"), this)),
      m_cancelButton(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_schedule(new QLabel(this)), m_coverage(new FetchCoverageModel(this)),
      m_table(new QTableView(this))
{
    m_symbols->setPlaceholderText(tr("Symbols to fetch, e.g. AAPL MSFT"));
    m_symbols->setAccessibleName(tr("Symbols to fetch"));
    m_provider->setAccessibleName(tr("Data provider"));
    reloadProviders();
    m_cancelButton->setEnabled(false);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setModel(m_coverage);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Fetched symbols: days covered, source and last update"));
    m_table->setMaximumHeight(160);

    auto *row = new QHBoxLayout;
    row->addWidget(m_symbols, 1);
    row->addWidget(m_provider);
    row->addWidget(m_fetchButton);
    row->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(row);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    m_schedule->setWordWrap(true);
    m_schedule->setAccessibleName(tr("Scheduled refresh"));
    layout->addWidget(m_schedule);
    layout->addWidget(m_table);

    connect(m_fetchButton, &QPushButton::clicked, this, &MarketFetchPanel::fetch);
    connect(m_symbols, &QLineEdit::returnPressed, this, &MarketFetchPanel::fetch);
    connect(m_cancelButton, &QPushButton::clicked, this, &MarketFetchPanel::cancel);
    connect(m_search, &SymbolSearchPanel::addRequested, this, &MarketFetchPanel::fetchSymbol);
    new ChangeWatcher(m_workspace, {Change::Entity::Bars}, this,
                      [this](const ChangeSet &) { reloadCoverage(); });
    new ChangeWatcher(m_workspace, {Change::Entity::Setting}, this, [this](const ChangeSet &changes) {
        bool providers = false, schedule = false;
        for (const Change &c : changes) {
            schedule = schedule || c.key.startsWith(QLatin1String("providers.refresh."));
            providers = providers || (c.key.startsWith(QLatin1String("providers.")) &&
                                      !c.key.startsWith(QLatin1String("providers.refresh.")));
        }
        if (providers)
            reloadProviders();
        if (schedule)
            reloadSchedule();
    });
    reloadCoverage();
    reloadSchedule();
}

void MarketFetchPanel::reloadProviders()
{
    // The enabled providers in the order Preferences set; a settings read, cheap enough for the GUI thread.
    const QString keep = m_provider->currentText();
    m_provider->clear();
    m_provider->addItems(MarketFetchService(m_workspace).providerOrder().valueOr({}));
    if (const int at = m_provider->findText(keep); at >= 0)
        m_provider->setCurrentIndex(at);
}

QString MarketFetchPanel::provider() const
{
    return m_provider->currentText();
}

QString MarketFetchPanel::scheduleText() const
{
    return m_schedule->text();
}

void MarketFetchPanel::reloadSchedule()
{
    const Workspace *ws = &m_workspace;
    using Stored = std::pair<RefreshSchedule, RefreshRecord>;
    m_jobs.run<Stored>(
        tr("Reading the refresh schedule"),
        [ws](const JobTracker::ProgressFn &, const std::atomic<bool> &) -> Result<Stored> {
            ProviderSettings settings(*ws);
            auto schedule = settings.schedule();
            if (!schedule)
                return schedule.error();
            auto last = settings.lastRefresh();
            if (!last)
                return last.error();
            return Stored{*schedule, *last};
        },
        this,
        [this](Result<Stored> stored) {
            if (!stored) {
                m_schedule->setText(
                    tr("Scheduled refresh: %1").arg(QString::fromStdString(stored.error().toUserString())));
            } else {
                const auto &[schedule, last] = *stored;
                QString text =
                    schedule.enabled
                        ? tr("Scheduled refresh of watchlist symbols: every %n minute(s)%1.", nullptr,
                             schedule.intervalMinutes)
                              .arg(schedule.allowMetered ? tr(", also on metered connections")
                                                         : tr(", not on metered connections"))
                        : tr("Scheduled refresh of watchlist symbols: off (Preferences > Data providers).");
                if (last.ranAt > 0)
                    text +=
                        QLatin1Char(' ') + tr("Last run %1: %2")
                                               .arg(QDateTime::fromMSecsSinceEpoch(last.ranAt, Qt::UTC)
                                                        .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                                                    last.summary);
                m_schedule->setText(text);
            }
            Q_EMIT scheduleLoaded();
        });
}

void MarketFetchPanel::fetchSymbol(const QString &symbol, const QString &provider)
{
    if (m_job)
        return;
    if (const int at = m_provider->findText(provider); at >= 0)
        m_provider->setCurrentIndex(at);
    m_symbols->setText(symbol);
    fetch();
}

void MarketFetchPanel::setSymbols(const QString &symbols)
{
    m_symbols->setText(symbols);
}

QString MarketFetchPanel::statusText() const
{
    return m_status->text();
}

void MarketFetchPanel::cancel()
{
    if (m_job)
        m_job->cancel();
}

void MarketFetchPanel::fetch()
{
    if (m_job)
        return;
    const QStringList symbols =
        m_symbols->text().split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    if (symbols.isEmpty()) {
        m_status->setText(tr("Type one or more symbols to fetch."));
        return;
    }
    if (m_provider->count() == 0) {
        m_status->setText(tr("Every data provider is disabled: enable one in Preferences > Data providers."));
        return;
    }
    MarketFetchOptions options;
    options.provider = m_provider->currentText();
    const Workspace *ws = &m_workspace;
    m_fetchButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_status->setText(
        tr("Fetching %n symbol(s) from %1...", nullptr, int(symbols.size())).arg(options.provider));
    m_job = m_jobs.run<FetchReport>(
        tr("Fetching market data"),
        [ws, symbols, options](const JobTracker::ProgressFn &progress,
                               const std::atomic<bool> &cancel) -> Result<FetchReport> {
            // On the worker: keys come from the keychain, which answers on the GUI thread.
            MarketFetchService service(*ws,
                                       [](const QString &key) { return SecretStore().getBlocking(key); });
            FetchReport report;
            for (qsizetype i = 0; i < symbols.size(); ++i) {
                if (cancel.load())
                    return Error(
                        ErrorCode::Cancelled,
                        SN_TEXT("sn::MarketFetch", "fetch cancelled; the symbols fetched so far are stored"),
                        {});
                progress(double(i) / double(symbols.size()), symbols.at(i));
                auto outcome = service.fetch(symbols.at(i), options, &cancel);
                if (!outcome) {
                    ++report.failures;
                    report.lines << QString::fromStdString(outcome.error().toUserString());
                } else if (outcome->offline) {
                    report.lines << outcome->symbol + QStringLiteral(": ") + outcome->userNote;
                } else {
                    report.lines << QObject::tr("%1: %2 bars stored, data up to %3 (%4 request(s))")
                                        .arg(outcome->symbol)
                                        .arg(outcome->barsWritten)
                                        .arg(outcome->lastStored
                                                 ? dayOf(*outcome->lastStored).toString(Qt::ISODate)
                                                 : QStringLiteral("-"))
                                        .arg(outcome->requests);
                }
            }
            progress(1.0, QObject::tr("done"));
            return report;
        },
        this,
        [this](Result<FetchReport> result) {
            m_job = nullptr; // the tracker deletes the Job later; a new fetch may start now
            m_fetchButton->setEnabled(true);
            m_cancelButton->setEnabled(false);
            m_progress->setVisible(false);
            if (!result) {
                m_status->setText(QString::fromStdString(result.error().toUserString()));
                Q_EMIT fetchFinished(false);
                return;
            }
            m_status->setText(result->lines.join(QLatin1Char('\n')));
            reloadCoverage();
            Q_EMIT fetchFinished(result->failures == 0);
        });
    connect(m_job, &Job::progressChanged, this,
            [this](double fraction, const QString &) { m_progress->setValue(int(fraction * 1000)); });
}

void MarketFetchPanel::reloadCoverage()
{
    const Workspace *ws = &m_workspace;
    m_jobs.run<std::vector<FetchCoverageInfo>>(
        tr("Loading fetch coverage"),
        [ws](const JobTracker::ProgressFn &, const std::atomic<bool> &) {
            return MarketFetchService(*ws).coverage();
        },
        this,
        [this](Result<std::vector<FetchCoverageInfo>> result) {
            if (result) {
                m_coverage->setRows(std::move(result).value());
                m_table->resizeColumnsToContents();
            }
            Q_EMIT coverageLoaded();
        });
}

} // namespace sn::ui
