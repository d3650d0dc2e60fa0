#include "ui/portfolio/PortfolioView.h"

#include "core/common/Time.h"
#include "core/workspace/PortfolioService.h"
#include "core/workspace/TransactionImporter.h"
#include "ui/portfolio/HoldingsTableModel.h"
#include "ui/portfolio/TransactionCommands.h"
#include "ui/portfolio/TransactionFilterModel.h"
#include "ui/portfolio/TransactionTableModel.h"
#include "ui/shell/JobTracker.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace sn::ui {

namespace {

QTableView *makeTable(QWidget *parent, const QString &name, const QString &description)
{
    auto *view = new QTableView(parent);
    view->setAccessibleName(name);
    view->setAccessibleDescription(description);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->setDefaultSectionSize(22);
    view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    view->horizontalHeader()->setSectionsMovable(true);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace

PortfolioView::PortfolioView(const Workspace &db, JobTracker &jobs, QWidget *parent)
    : Area(parent)
    , m_workspace(db)
    , m_jobs(jobs)
    , m_undo(new QUndoStack(this))
    , m_portfolios(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_holdings(new HoldingsTableModel(this))
    , m_holdingsView(makeTable(this, tr("Holdings"), tr("Positions of the portfolio on its valuation day")))
    , m_transactions(new TransactionTableModel(this))
    , m_proxy(new TransactionFilterModel(this))
    , m_transactionView(makeTable(this, tr("Transactions"),
                                  tr("The portfolio's ledger; edit a cell in place, changes can be undone")))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("PortfolioView"));
    createActions();

    m_portfolios->setAccessibleName(tr("Portfolio"));
    m_portfolios->setMinimumContentsLength(18);
    connect(m_portfolios, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        if (!name.isEmpty() && name != m_snapshot.portfolio)
            loadPortfolio(name);
    });
    auto *portfolioLabel = new QLabel(tr("&Portfolio:"), this);
    portfolioLabel->setBuddy(m_portfolios);
    m_summary->setAccessibleName(tr("Portfolio summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setAccessibleName(tr("Message"));

    auto *holdingsProxy = new QSortFilterProxyModel(this);
    holdingsProxy->setSourceModel(m_holdings);
    holdingsProxy->setSortRole(HoldingsTableModel::SortRole);
    m_holdingsView->setModel(holdingsProxy);
    m_holdingsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_holdingsView->sortByColumn(HoldingsTableModel::MarketValue, Qt::DescendingOrder);

    m_proxy->setSourceModel(m_transactions);
    m_transactionView->setModel(m_proxy);
    m_transactionView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                       QAbstractItemView::AnyKeyPressed);
    m_transactionView->sortByColumn(TransactionTableModel::Date, Qt::AscendingOrder);
    m_transactionView->addActions({m_addAction, m_duplicateAction, m_deleteAction, m_copyAction});
    m_transactionView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_transactions->setCommit([this](const PortfolioTransaction &before, const PortfolioTransaction &after) {
        commitEdit(before, after);
    });
    connect(m_transactions, &TransactionTableModel::editRejected, this, [this](const QModelIndex &index, const QString &why) {
        showMessage(tr("Line %1 not changed: %2").arg(index.row() + 1).arg(why), true);
    });
    for (QTableView *view : {m_holdingsView, m_transactionView})
        connect(view->horizontalHeader(), &QWidget::customContextMenuRequested, this,
                [this, view](const QPoint &pos) { chooseColumns(view, view->horizontalHeader()->mapToGlobal(pos)); });

    m_filter->setPlaceholderText(tr("Filter transactions (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter transactions"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &TransactionFilterModel::setFilterWords);

    auto *header = new QHBoxLayout;
    header->addWidget(portfolioLabel);
    header->addWidget(m_portfolios);
    header->addWidget(m_summary, 1);

    auto *holdingsBox = new QWidget(this);
    auto *holdingsLayout = new QVBoxLayout(holdingsBox);
    holdingsLayout->setContentsMargins(0, 0, 0, 0);
    holdingsLayout->addWidget(new QLabel(tr("<b>Holdings</b>"), holdingsBox));
    holdingsLayout->addWidget(m_holdingsView);

    auto *ledgerBox = new QWidget(this);
    auto *ledgerLayout = new QVBoxLayout(ledgerBox);
    ledgerLayout->setContentsMargins(0, 0, 0, 0);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(new QLabel(tr("<b>Transactions</b>"), ledgerBox));
    toolbar->addWidget(m_filter, 1);
    for (QAction *a : {m_addAction, m_duplicateAction, m_deleteAction, m_copyAction, m_importAction, m_exportAction})
        toolbar->addWidget(toolButton(a, ledgerBox));
    ledgerLayout->addLayout(toolbar);
    ledgerLayout->addWidget(m_message);
    ledgerLayout->addWidget(m_transactionView);

    m_splitter->addWidget(holdingsBox);
    m_splitter->addWidget(ledgerBox);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_splitter, 1);

    // The ledger changed (edit, undo, redo): revalue once the user pauses.
    auto *revalueTimer = new QTimer(this);
    revalueTimer->setSingleShot(true);
    revalueTimer->setInterval(200);
    connect(revalueTimer, &QTimer::timeout, this, &PortfolioView::revalue);
    connect(m_undo, &QUndoStack::indexChanged, revalueTimer, qOverload<>(&QTimer::start));

    setTabOrder(m_portfolios, m_holdingsView);
    setTabOrder(m_holdingsView, m_filter);
    setTabOrder(m_filter, m_transactionView);
}

PortfolioView::~PortfolioView()
{
    saveLayout();
}

QIcon PortfolioView::icon() const
{
    return QIcon(QStringLiteral(":/icons/portfolio.svg"));
}

void PortfolioView::createActions()
{
    m_importAction = new QAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("Import &transactions..."), this);
    m_importAction->setToolTip(tr("Import transactions from a CSV file into this portfolio"));
    connect(m_importAction, &QAction::triggered, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import transactions"), {},
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            importCsv(path);
    });
    m_exportAction = new QAction(tr("E&xport transactions..."), this);
    connect(m_exportAction, &QAction::triggered, this, [this]() {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export transactions"),
                                                          currentPortfolio() + QStringLiteral(".csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    m_addAction = new QAction(tr("&Add transaction"), this);
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert));
    m_addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_addAction, &QAction::triggered, this, &PortfolioView::addTransaction);
    m_duplicateAction = new QAction(tr("D&uplicate"), this);
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicateAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_duplicateAction, &QAction::triggered, this, &PortfolioView::duplicateSelected);
    m_deleteAction = new QAction(tr("&Delete"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &PortfolioView::deleteSelected);
    m_copyAction = new QAction(tr("&Copy as TSV"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, &PortfolioView::copySelected);
    m_filterAction = new QAction(tr("&Filter transactions"), this);
    m_filterAction->setShortcut(QKeySequence::Find);
    m_filterAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_filterAction, &QAction::triggered, this, [this]() {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(m_filterAction);
    for (QAction *a : {m_addAction, m_duplicateAction, m_deleteAction, m_copyAction})
        addAction(a);
}

QList<QAction *> PortfolioView::fileActions() const
{
    return {m_importAction, m_exportAction};
}

QList<QAction *> PortfolioView::editActions() const
{
    return {m_addAction, m_duplicateAction, m_deleteAction, m_copyAction, m_filterAction};
}

QString PortfolioView::currentPortfolio() const
{
    return m_snapshot.portfolio;
}

QString PortfolioView::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString PortfolioView::summaryText() const
{
    return m_summary->text();
}

void PortfolioView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    m_message->setVisible(!text.isEmpty());
    Q_EMIT messageShown(text, error);
}

void PortfolioView::refresh()
{
    const Workspace *db = &m_workspace;
    m_jobs.run<QStringList>(
        tr("Loading portfolios"),
        [db](const JobTracker::ProgressFn &, const std::atomic<bool> &) { return PortfolioSnapshot::portfolioNames(*db); },
        this, [this](Result<QStringList> names) {
            if (!names) {
                showMessage(QString::fromStdString(names.error().toString()), true);
                return;
            }
            QSettings settings;
            QString wanted = m_snapshot.portfolio;
            if (wanted.isEmpty())
                wanted = settings.value(QStringLiteral("portfolio/current")).toString();
            if (!names->contains(wanted))
                wanted = names->isEmpty() ? QString() : names->front();
            {
                const QSignalBlocker block(m_portfolios);
                m_portfolios->clear();
                m_portfolios->addItems(*names);
                m_portfolios->setCurrentText(wanted);
            }
            Q_EMIT portfoliosLoaded();
            if (wanted.isEmpty()) {
                m_snapshot = {};
                m_transactions->setTransactions({});
                m_holdings->setLines({});
                m_summary->setText(tr("No portfolio yet: import transactions with supernova-cli or load the sample data."));
                return;
            }
            loadPortfolio(wanted);
        });
}

bool PortfolioView::selectPortfolio(const QString &name)
{
    if (m_portfolios->findText(name) < 0)
        return false;
    if (m_portfolios->currentText() == name)
        loadPortfolio(name);
    else
        m_portfolios->setCurrentText(name);
    return true;
}

void PortfolioView::loadPortfolio(const QString &name)
{
    const Workspace *db = &m_workspace;
    m_jobs.run<PortfolioSnapshot>(
        tr("Loading portfolio %1").arg(name),
        [db, name](const JobTracker::ProgressFn &progress, const std::atomic<bool> &) {
            progress(0.1, QStringLiteral("ledger and holdings"));
            return PortfolioSnapshot::load(*db, name);
        },
        this, [this](Result<PortfolioSnapshot> snapshot) {
            if (!snapshot) {
                showMessage(QString::fromStdString(snapshot.error().toString()), true);
                return;
            }
            applySnapshot(std::move(*snapshot));
        });
}

void PortfolioView::applySnapshot(PortfolioSnapshot snapshot)
{
    const bool otherPortfolio = snapshot.portfolio != m_snapshot.portfolio;
    m_snapshot = std::move(snapshot);
    if (otherPortfolio)
        m_undo->clear(); // commands hold lines of the previous ledger
    m_transactions->setInstruments(m_snapshot.instrumentIds);
    m_transactions->setRows(std::move(m_snapshot.rows));
    m_holdings->setLines(m_snapshot.lines);
    showHoldingsSummary();
    if (!m_layoutRestored) {
        restoreLayout();
        m_layoutRestored = true;
    }
    QSettings().setValue(QStringLiteral("portfolio/current"), m_snapshot.portfolio);
    Q_EMIT snapshotLoaded();
    Q_EMIT holdingsLoaded();
}

void PortfolioView::showHoldingsSummary()
{
    if (!m_snapshot.holdingsError.isEmpty()) {
        m_summary->setText(tr("Not valued: %1").arg(m_snapshot.holdingsError));
        return;
    }
    if (!m_snapshot.totalValue) {
        m_summary->setText({});
        return;
    }
    const QLocale locale;
    m_summary->setText(tr("Value %1 %2 (cash %3) on %4 · %n transaction(s)", nullptr,
                          static_cast<int>(m_transactions->rowCount()))
                           .arg(locale.toString(*m_snapshot.totalValue, 'f', 2), m_snapshot.baseCurrency,
                                locale.toString(m_snapshot.cashValue.value_or(0.0), 'f', 2),
                                QString::fromStdString(formatDate(m_snapshot.asOf))));
}

void PortfolioView::revalue()
{
    if (m_snapshot.portfolio.isEmpty())
        return;
    const int generation = ++m_revalueGeneration;
    const Workspace *db = &m_workspace;
    PortfolioSnapshot request;
    request.portfolio = m_snapshot.portfolio;
    m_jobs.run<PortfolioSnapshot>(
        tr("Valuing %1").arg(m_snapshot.portfolio),
        [db, request](const JobTracker::ProgressFn &, const std::atomic<bool> &) mutable -> Result<PortfolioSnapshot> {
            PortfolioSnapshot::loadHoldings(*db, request);
            return request;
        },
        this, [this, generation](Result<PortfolioSnapshot> valued) {
            // An older valuation finishing after a newer edit would show stale numbers.
            if (generation != m_revalueGeneration || !valued || valued->portfolio != m_snapshot.portfolio)
                return;
            m_snapshot.lines = valued->lines;
            m_snapshot.totalValue = valued->totalValue;
            m_snapshot.cashValue = valued->cashValue;
            m_snapshot.asOf = valued->asOf;
            m_snapshot.holdingsError = valued->holdingsError;
            m_holdings->setLines(m_snapshot.lines);
            showHoldingsSummary();
            Q_EMIT holdingsLoaded();
        });
}

void PortfolioView::commitEdit(const PortfolioTransaction &before, const PortfolioTransaction &after)
{
    showMessage({}, false);
    m_undo->push(new EditTransactionCommand(m_workspace, *m_transactions, before, after,
                                            [this](const QString &why) { showMessage(why, true); }));
}

std::vector<int> PortfolioView::selectedSourceRows() const
{
    std::vector<int> rows;
    const QModelIndexList selected = m_transactionView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.push_back(m_proxy->mapToSource(index).row());
    if (rows.empty() && m_transactionView->currentIndex().isValid())
        rows.push_back(m_proxy->mapToSource(m_transactionView->currentIndex()).row());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

void PortfolioView::addTransaction()
{
    if (m_snapshot.portfolio.isEmpty())
        return;
    // A new line starts as a zero deposit today, or as a copy of the current
    // line dated today, so it is valid from the start and edited from there.
    PortfolioTransaction tx;
    const std::vector<int> rows = selectedSourceRows();
    if (!rows.empty())
        tx = m_transactions->row(rows.front()).tx;
    else {
        tx.type = QStringLiteral("deposit");
        tx.currency = m_snapshot.baseCurrency;
    }
    tx.id = 0;
    tx.portfolioId = m_snapshot.portfolioId;
    tx.time = startOfDay(nowMs());
    tx.note.clear();
    auto *command = new AddTransactionsCommand(m_workspace, *m_transactions, {tx}, tr("Add transaction"),
                                               [this](const QString &why) { showMessage(why, true); });
    m_undo->push(command);
    if (const int r = m_transactions->rowOfId(command->ids().front()); r >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_transactions->index(r, TransactionTableModel::Date));
        m_transactionView->setCurrentIndex(index);
        m_transactionView->scrollTo(index);
    }
}

void PortfolioView::duplicateSelected()
{
    std::vector<PortfolioTransaction> txs;
    for (int r : selectedSourceRows())
        txs.push_back(m_transactions->row(r).tx);
    if (txs.empty())
        return;
    const QString text = tr("Duplicate %n transaction(s)", nullptr, static_cast<int>(txs.size()));
    m_undo->push(new AddTransactionsCommand(m_workspace, *m_transactions, std::move(txs), text,
                                            [this](const QString &why) { showMessage(why, true); }));
}

void PortfolioView::deleteSelected()
{
    std::vector<PortfolioTransaction> txs;
    for (int r : selectedSourceRows())
        txs.push_back(m_transactions->row(r).tx);
    if (txs.empty())
        return;
    const auto count = static_cast<int>(txs.size());
    m_undo->push(new RemoveTransactionsCommand(m_workspace, *m_transactions, std::move(txs),
                                               [this](const QString &why) { showMessage(why, true); }));
    showMessage(tr("Deleted %n transaction(s); Ctrl+Z brings them back.", nullptr, count), false);
}

void PortfolioView::copySelected()
{
    const std::vector<int> rows = selectedSourceRows();
    if (rows.empty())
        return;
    std::vector<int> columns;
    const QHeaderView *header = m_transactionView->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.push_back(logical);
    }
    QApplication::clipboard()->setText(m_transactions->toTsv(rows, columns));
    showMessage(tr("Copied %n line(s) as tab-separated text.", nullptr, static_cast<int>(rows.size())), false);
}

void PortfolioView::importCsv(const QString &path)
{
    const QString portfolio = m_snapshot.portfolio;
    if (portfolio.isEmpty())
        return;
    const Workspace *db = &m_workspace;
    m_jobs.run<TransactionImportReport>(
        tr("Importing %1").arg(path),
        [db, portfolio, path](const JobTracker::ProgressFn &progress, const std::atomic<bool> &) {
            progress(0.1, QStringLiteral("reading"));
            return TransactionImporter(*db).importFile(portfolio, path);
        },
        this, [this, portfolio](Result<TransactionImportReport> report) {
            if (!report) {
                // The import is one transaction: nothing of the file was stored.
                showMessage(tr("Nothing imported: %1").arg(QString::fromStdString(report.error().toString())), true);
                Q_EMIT importFinished(false);
                return;
            }
            showMessage(tr("Imported %n transaction(s) from %1.", nullptr, static_cast<int>(report->imported))
                            .arg(QString::fromStdString(report->source)),
                        false);
            m_undo->clear(); // the grid reloads; older commands would refer to lines by stale positions
            loadPortfolio(portfolio);
            Q_EMIT importFinished(true);
        });
}

void PortfolioView::exportCsv(const QString &path)
{
    const QString portfolio = m_snapshot.portfolio;
    if (portfolio.isEmpty())
        return;
    const Workspace *db = &m_workspace;
    m_jobs.run<std::size_t>(
        tr("Exporting %1").arg(portfolio),
        [db, portfolio, path](const JobTracker::ProgressFn &, const std::atomic<bool> &) {
            return PortfolioService(*db).exportCsv(portfolio, path);
        },
        this, [this, path](Result<std::size_t> written) {
            if (!written)
                showMessage(tr("Not exported: %1").arg(QString::fromStdString(written.error().toString())), true);
            else
                showMessage(tr("Exported %n transaction(s) to %1.", nullptr, static_cast<int>(*written)).arg(path), false);
            Q_EMIT exportFinished(bool(written));
        });
}

void PortfolioView::chooseColumns(QTableView *view, const QPoint &globalPos)
{
    QMenu menu(this);
    QHeaderView *header = view->horizontalHeader();
    for (int c = 0; c < header->count(); ++c) {
        QAction *a = menu.addAction(view->model()->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.exec(globalPos);
}

void PortfolioView::saveLayout() const
{
    if (!m_layoutRestored)
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("portfolio/holdingsHeader"), m_holdingsView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("portfolio/transactionsHeader"), m_transactionView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("portfolio/splitter"), m_splitter->saveState());
}

void PortfolioView::restoreLayout()
{
    QSettings settings;
    m_holdingsView->resizeColumnsToContents();
    m_transactionView->resizeColumnsToContents();
    m_holdingsView->horizontalHeader()->restoreState(settings.value(QStringLiteral("portfolio/holdingsHeader")).toByteArray());
    m_transactionView->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("portfolio/transactionsHeader")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("portfolio/splitter")).toByteArray());
}

} // namespace sn::ui
