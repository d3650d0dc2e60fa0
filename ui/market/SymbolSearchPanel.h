#pragma once

#include "core/workspace/ProviderSettings.h"

#include <QTimer>
#include <QWidget>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sn {
class Workspace;
}

namespace sn::ui {

class JobTracker;
class SymbolMatchModel;

// "Add a symbol" in the Market data area: a search field that asks the chosen
// provider's symbol search once typing pauses (debounced), off the GUI thread
// through MarketFetchService, and lists the hits with name, exchange and
// type. Add (or a double-click) asks for the picked symbol's bars to be
// fetched: addRequested(), which the Fetch / refresh panel runs. A provider
// without a search says so plainly and sends nothing.
class SymbolSearchPanel : public QWidget
{
    Q_OBJECT
public:
    // How long typing must pause before a search goes out.
    static constexpr int kDebounceMs = 350;

    SymbolSearchPanel(const Workspace &workspace, JobTracker &jobs, QWidget *parent = nullptr);

    void setProvider(const QString &id);
    QString provider() const;
    QStringList providers() const; // as offered, enabled ones in priority order
    // Searches at once for the field's text (what the debounce timer calls).
    void search();
    // Asks to fetch the selected hit (or `row`); false when there is none.
    bool addSelected(int row = -1);

    QLineEdit *queryField() const { return m_query; }
    SymbolMatchModel *matchModel() const { return m_matches; }
    QTableView *resultsView() const { return m_results; }
    QString statusText() const;
    int searchesSent() const { return m_sent; }

Q_SIGNALS:
    void searchFinished(bool ok);
    void addRequested(const QString &symbol, const QString &provider);

private:
    void reloadProviders();

    const Workspace &m_workspace;
    JobTracker &m_jobs;
    std::vector<ProviderChoice> m_choices;
    QComboBox *m_provider;
    QLineEdit *m_query;
    QPushButton *m_add;
    QLabel *m_status;
    SymbolMatchModel *m_matches;
    QTableView *m_results;
    QTimer m_debounce;
    quint64 m_request = 0; // the newest search; older answers are dropped
    int m_sent = 0;
};

} // namespace sn::ui
