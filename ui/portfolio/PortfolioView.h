#pragma once

#include "core/workspace/Change.h"
#include "ui/portfolio/PortfolioSnapshot.h"
#include "ui/shell/Area.h"

class QComboBox;
class QHeaderView;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QToolButton;
class QUndoStack;

namespace sn {
class Workspace;
}

namespace sn::ui {

class HoldingsTableModel;
class JobTracker;
class TransactionFilterModel;
class TransactionTableModel;

// The portfolio area: the holdings of the chosen portfolio on its valuation
// day above its ledger. The ledger is edited in place; every change is an
// undoable command that is stored before the grid shows it, and the
// holdings are revalued in the background after it.
class PortfolioView : public Area
{
    Q_OBJECT
public:
    PortfolioView(const Workspace &db, JobTracker &jobs, QWidget *parent = nullptr);
    ~PortfolioView() override;

    QString areaId() const override { return QStringLiteral("portfolio"); }
    QString title() const override { return tr("Portfolio"); }
    QIcon icon() const override;
    QList<QAction *> fileActions() const override;
    QList<QAction *> editActions() const override;
    QUndoStack *undoStack() const override { return m_undo; }
    void refresh() override;
    AreaReport report() const override; // the shown portfolio's performance

    bool selectPortfolio(const QString &name);
    QString currentPortfolio() const;

    // Asks for the type of the new line (a menu at the Add button), then
    // adds it as a draft: see addTransaction(type).
    void addTransaction();
    // A draft line of `type` dated LedgerService::defaultDate, in the base
    // currency; only the fields the type uses are editable, and it is stored
    // (one undoable command) once they are filled in and the ledger accepts it.
    void addTransaction(const QString &type);
    // Portfolio management through LedgerService; every area learns of it by
    // the change announcement. Errors are shown and returned.
    Result<void> createPortfolio(const QString &name, const QString &baseCurrency);
    Result<void> renameCurrentPortfolio(const QString &name);
    Result<void> deleteCurrentPortfolio();
    void duplicateSelected();
    void deleteSelected();
    void copySelected();
    void importCsv(const QString &path);
    void exportCsv(const QString &path);

    HoldingsTableModel *holdingsModel() const { return m_holdings; }
    TransactionTableModel *transactionModel() const { return m_transactions; }
    TransactionFilterModel *transactionProxy() const { return m_proxy; }
    QTableView *transactionView() const { return m_transactionView; }
    QLineEdit *filterEdit() const { return m_filter; }
    QString messageText() const;
    // The refused change shown at its cell, empty when none.
    QString cellErrorText() const;
    QModelIndex cellErrorIndex() const; // in the proxy (the view's) coordinates
    QAction *newPortfolioAction() const { return m_newPortfolioAction; }
    QAction *renamePortfolioAction() const { return m_renamePortfolioAction; }
    QAction *deletePortfolioAction() const { return m_deletePortfolioAction; }
    QString summaryText() const;

Q_SIGNALS:
    void portfoliosLoaded();
    void snapshotLoaded();
    void holdingsLoaded();
    void messageShown(const QString &message, bool error);
    void importFinished(bool ok);
    void exportFinished(bool ok);

private:
    void createActions();
    void loadPortfolio(const QString &name);
    void applySnapshot(PortfolioSnapshot snapshot);
    void revalue();
    void showHoldingsSummary();
    void showMessage(const QString &text, bool error);
    void commitEdit(const PortfolioTransaction &before, const PortfolioTransaction &after);
    void commitDraft(const PortfolioTransaction &draft);
    // A refused change: the reason at the cell of `id` (0: the draft) named by
    // the error's field, and in the message line.
    void showRefusal(qint64 id, const Error &error, const QString &prefix);
    void noteOwnChanges(const ChangeSet &changes);
    void changedElsewhere(const ChangeSet &changes);
    std::vector<int> selectedSourceRows() const;
    void chooseColumns(QTableView *view, const QPoint &globalPos);
    void saveLayout() const;
    void restoreLayout();

    const Workspace &m_workspace;
    JobTracker &m_jobs;
    QUndoStack *m_undo;
    QComboBox *m_portfolios;
    QLabel *m_summary;
    QLabel *m_message;
    QLineEdit *m_filter;
    HoldingsTableModel *m_holdings;
    QTableView *m_holdingsView;
    TransactionTableModel *m_transactions;
    TransactionFilterModel *m_proxy;
    QTableView *m_transactionView;
    QSplitter *m_splitter;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_newPortfolioAction = nullptr;
    QAction *m_renamePortfolioAction = nullptr;
    QAction *m_deletePortfolioAction = nullptr;
    QToolButton *m_addButton = nullptr;
    QString m_pendingPortfolio; // select this one after the next reload (just created)
    QList<Change> m_ownChanges; // announcements of this view's own writes, not yet delivered
    bool m_refused = false;     // the last pushed command was refused
    PortfolioSnapshot m_snapshot;
    int m_revalueGeneration = 0;
    bool m_layoutRestored = false;
};

} // namespace sn::ui
