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

// "Fetch / refresh" in the Market data area: symbols and a provider, a
// background job (JobTracker) with progress and cancel that runs
// MarketFetchService (only missing days are asked for; keys from the
// keychain), the outcome per symbol ("offline: showing data up to DATE" when
// the vendor cannot be reached), and per symbol the days covered, the source
// and when it was last updated.
class MarketFetchPanel : public QWidget
{
    Q_OBJECT
public:
    MarketFetchPanel(const Workspace &workspace, JobTracker &jobs, QWidget *parent = nullptr);

    void setSymbols(const QString &symbols);
    // Starts the fetch of the symbols in the field (space or comma separated).
    void fetch();
    void cancel();
    // Reloads the coverage table in the background.
    void reloadCoverage();

    FetchCoverageModel *coverageModel() const { return m_coverage; }
    QString statusText() const;
    bool isFetching() const { return m_job != nullptr; }

Q_SIGNALS:
    void fetchFinished(bool ok);
    void coverageLoaded();

private:
    const Workspace &m_workspace;
    JobTracker &m_jobs;
    QLineEdit *m_symbols;
    QComboBox *m_provider;
    QPushButton *m_fetchButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    FetchCoverageModel *m_coverage;
    QTableView *m_table;
    QPointer<Job> m_job;
};

} // namespace sn::ui
