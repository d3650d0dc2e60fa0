#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace sn {
class Workspace;
}

namespace sn::ui {

class FetchCoverageModel;
class Job;
class JobTracker;
class SymbolSearchPanel;

// "Fetch / refresh" in the Market data area: symbols and a provider, a
// background job (JobTracker) with progress and cancel that runs
// MarketFetchService (only missing days are asked for; keys from the
// keychain), the outcome per symbol ("offline: showing data up to DATE" when
// the vendor cannot be reached), and per symbol the days covered, the source
// and when it was last updated. Above it, "Add a symbol" searches a provider
// (SymbolSearchPanel) and fetches the picked symbol here; below the fetch
// row, what the scheduled refresh of watchlist symbols last did.
class MarketFetchPanel : public QWidget
{
    Q_OBJECT
public:
    MarketFetchPanel(const Workspace &workspace, JobTracker &jobs, QWidget *parent = nullptr);

    void setSymbols(const QString &symbols);
    // Picks `provider` (when enabled) and fetches `symbol`: what Add in the search does.
    void fetchSymbol(const QString &symbol, const QString &provider);
    // Starts the fetch of the symbols in the field (space or comma separated).
    void fetch();
    void cancel();
    // Reloads the coverage table in the background.
    void reloadCoverage();

    FetchCoverageModel *coverageModel() const { return m_coverage; }
    QString statusText() const;
    QString scheduleText() const;
    QString provider() const;
    SymbolSearchPanel *searchPanel() const { return m_search; }
    bool isFetching() const { return m_job != nullptr; }

Q_SIGNALS:
    void fetchFinished(bool ok);
    void coverageLoaded();
    void scheduleLoaded();

private:
    void reloadProviders();
    void reloadSchedule();

    const Workspace &m_workspace;
    JobTracker &m_jobs;
    SymbolSearchPanel *m_search;
    QLineEdit *m_symbols;
    QComboBox *m_provider;
    QPushButton *m_fetchButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_schedule;
    FetchCoverageModel *m_coverage;
    QTableView *m_table;
    QPointer<Job> m_job;
};

} // namespace sn::ui
