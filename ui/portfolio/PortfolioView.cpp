#include "ui/portfolio/PortfolioView.h"

#include "core/common/Time.h"
#include "core/workspace/LedgerService.h"
#include "core/workspace/PortfolioService.h"
#include "core/workspace/TransactionImporter.h"
#include "core/workspace/Workspace.h"
#include "ui/portfolio/HoldingsTableModel.h"
#include "ui/portfolio/TransactionCommands.h"
#include "ui/portfolio/TransactionFilterModel.h"
#include "ui/portfolio/TransactionTableModel.h"
#include "ui/reportexport/AreaReports.h"
#include "ui/shell/ChangeWatcher.h"
#include "ui/shell/DisplayNames.h"
#include "ui/shell/Formats.h"
#include "ui/shell/JobTracker.h"
#include "ui/team/TeamShareBar.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCursor>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
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
    : Area(parent), m_workspace(db), m_jobs(jobs), m_undo(new QUndoStack(this)),
      m_portfolios(new QComboBox(this)), m_summary(new QLabel(this)), m_message(new QLabel(this)),
      m_filter(new QLineEdit(this)), m_holdings(new HoldingsTableModel(this)),
      m_holdingsView(makeTable(this, tr("Holdings"), tr("Positions of the portfolio on its valuation day"))),
      m_transactions(new TransactionTableModel(this)), m_proxy(new TransactionFilterModel(this)),
      m_transactionView(makeTable(this, tr("Transactions"),
                                  tr("The portfolio's ledger; edit a cell in place, changes can be undone"))),
      m_splitter(new QSplitter(Qt::Vertical, this))
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
    m_transactions->setDraftCommit([this](const PortfolioTransaction &draft) { commitDraft(draft); });
    connect(m_transactions, &TransactionTableModel::editRejected, this,
            [this](const QModelIndex &index, const QString &why) {
                // The model marked the cell; say it there too, where the user typed.
                const QModelIndex shown = m_proxy->mapFromSource(index);
                if (shown.isValid() && m_transactionView->isVisible())
                    QToolTip::showText(m_transactionView->viewport()->mapToGlobal(
                                           m_transactionView->visualRect(shown).bottomLeft()),
                                       why, m_transactionView->viewport());
                showMessage(tr("Line %1 not changed: %2").arg(shown.row() + 1).arg(why), true);
            });
    // This view's own writes are announced while its commands run (on this
    // thread); they are noted here so the watcher below sees only changes
    // made elsewhere: another area, the CLI, later sync.
    connect(&m_workspace.changes(), &ChangeHub::changed, this, &PortfolioView::noteOwnChanges);
    new ChangeWatcher(m_workspace,
                      {Change::Entity::Portfolio, Change::Entity::Transaction, Change::Entity::Bars,
                       Change::Entity::Instrument},
                      this, [this](const ChangeSet &changes) { changedElsewhere(changes); });
    for (QTableView *view : {m_holdingsView, m_transactionView})
        connect(view->horizontalHeader(), &QWidget::customContextMenuRequested, this,
                [this, view](const QPoint &pos) {
                    chooseColumns(view, view->horizontalHeader()->mapToGlobal(pos));
                });

    m_filter->setPlaceholderText(tr("Filter transactions (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter transactions"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &TransactionFilterModel::setFilterWords);

    auto *portfolioMenu = new QMenu(this);
    portfolioMenu->addActions({m_newPortfolioAction, m_renamePortfolioAction, m_deletePortfolioAction});
    auto *portfolioButton = new QToolButton(this);
    portfolioButton->setText(tr("Portfolio"));
    portfolioButton->setAccessibleName(tr("Portfolio actions"));
    portfolioButton->setMenu(portfolioMenu);
    portfolioButton->setPopupMode(QToolButton::InstantPopup);

    auto *header = new QHBoxLayout;
    header->addWidget(portfolioLabel);
    header->addWidget(m_portfolios);
    header->addWidget(portfolioButton);
    header->addWidget(m_summary, 1);
    header->addWidget(new TeamShareBar(m_workspace, *this, this));

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
    m_addButton = toolButton(m_addAction, ledgerBox);
    toolbar->addWidget(m_addButton);
    for (QAction *a : {m_duplicateAction, m_deleteAction, m_copyAction, m_importAction, m_exportAction})
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
    // File > Export report... follows the ledger (an empty one has no report).
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_transactions, signal, this, &Area::reportChanged);
    connect(m_transactions, &QAbstractItemModel::modelReset, this, &Area::reportChanged);
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
    m_importAction =
        new QAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("Import &transactions..."), this);
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
    m_newPortfolioAction = new QAction(tr("&New portfolio..."), this);
    connect(m_newPortfolioAction, &QAction::triggered, this, [this]() {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("New portfolio"), tr("Name:"), QLineEdit::Normal, {}, &ok);
        if (!ok || name.trimmed().isEmpty())
            return;
        const QString base =
            m_snapshot.baseCurrency.isEmpty() ? QStringLiteral("USD") : m_snapshot.baseCurrency;
        const QString currency = QInputDialog::getText(
            this, tr("New portfolio"), tr("Base currency (three letters):"), QLineEdit::Normal, base, &ok);
        if (ok)
            (void)createPortfolio(name, currency); // shown in the message line
    });
    m_renamePortfolioAction = new QAction(tr("&Rename portfolio..."), this);
    connect(m_renamePortfolioAction, &QAction::triggered, this, [this]() {
        if (m_snapshot.portfolio.isEmpty())
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename portfolio"), tr("New name:"),
                                                   QLineEdit::Normal, m_snapshot.portfolio, &ok);
        if (ok && name.trimmed() != m_snapshot.portfolio)
            (void)renameCurrentPortfolio(name); // shown in the message line
    });
    m_deletePortfolioAction = new QAction(tr("&Delete portfolio..."), this);
    connect(m_deletePortfolioAction, &QAction::triggered, this, [this]() {
        if (m_snapshot.portfolio.isEmpty())
            return;
        const int lines = m_transactions->rowCount() - (m_transactions->draftRow() >= 0 ? 1 : 0);
        const auto answer =
            QMessageBox::question(this, tr("Delete portfolio"),
                                  tr("Delete the portfolio '%1' and its %n transaction(s)? Instruments and "
                                     "prices stay. This cannot be undone.",
                                     nullptr, lines)
                                      .arg(m_snapshot.portfolio),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            (void)deleteCurrentPortfolio(); // shown in the message line
    });

    m_addAction = new QAction(tr("&Add transaction"), this);
    m_addAction->setToolTip(tr("Choose the type of the new line; then fill in the fields it takes"));
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert));
    m_addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_addAction, &QAction::triggered, this, qOverload<>(&PortfolioView::addTransaction));
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

AreaReport PortfolioView::report() const
{
    return area_reports::portfolio(m_workspace, m_snapshot.portfolio,
                                   std::size_t(m_transactions->rowCount()));
}

QList<QAction *> PortfolioView::fileActions() const
{
    return {m_newPortfolioAction, m_renamePortfolioAction, m_deletePortfolioAction, m_importAction,
            m_exportAction};
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
        [db](const JobTracker::ProgressFn &, const std::atomic<bool> &) {
            return PortfolioSnapshot::portfolioNames(*db);
        },
        this,
        [this](Result<QStringList> names) {
            if (!names) {
                showMessage(QString::fromStdString(names.error().toUserString()), true);
                return;
            }
            QSettings settings;
            QString wanted = names->contains(m_pendingPortfolio) ? m_pendingPortfolio : m_snapshot.portfolio;
            m_pendingPortfolio.clear();
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
                m_undo->clear();
                m_transactions->removeDraft();
                m_snapshot = {};
                m_transactions->setTransactions({});
                m_holdings->setLines({});
                m_summary->setText(tr(
                    "No portfolio yet: create one with Portfolio > New portfolio, or load the sample data."));
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
            progress(0.1, tr("ledger and holdings"));
            return PortfolioSnapshot::load(*db, name);
        },
        this,
        [this](Result<PortfolioSnapshot> snapshot) {
            if (!snapshot) {
                showMessage(QString::fromStdString(snapshot.error().toUserString()), true);
                return;
            }
            applySnapshot(std::move(*snapshot));
        });
}

void PortfolioView::applySnapshot(PortfolioSnapshot snapshot)
{
    const bool otherPortfolio = snapshot.portfolioId != m_snapshot.portfolioId;
    // A reload of the same ledger (changed elsewhere) keeps the user's place.
    qint64 currentId = -1;
    int currentColumn = 0;
    std::vector<qint64> selectedIds;
    if (!otherPortfolio) {
        const QModelIndex current = m_transactionView->currentIndex();
        if (current.isValid()) {
            currentId = m_transactions->row(m_proxy->mapToSource(current).row()).tx.id;
            currentColumn = current.column();
        }
        for (int r : selectedSourceRows())
            selectedIds.push_back(m_transactions->row(r).tx.id);
    }
    m_snapshot = std::move(snapshot);
    if (otherPortfolio) {
        m_undo->clear(); // commands hold lines of the previous ledger
        m_transactions->removeDraft();
    }
    m_transactions->setInstruments(m_snapshot.instrumentIds);
    m_transactions->setRows(std::move(m_snapshot.rows));
    if (currentId >= 0) {
        QItemSelectionModel *selection = m_transactionView->selectionModel();
        if (const int r = m_transactions->rowOfId(currentId); r >= 0)
            selection->setCurrentIndex(m_proxy->mapFromSource(m_transactions->index(r, currentColumn)),
                                       QItemSelectionModel::NoUpdate);
        for (qint64 id : selectedIds)
            if (const int r = m_transactions->rowOfId(id); r >= 0)
                selection->select(m_proxy->mapFromSource(m_transactions->index(r, 0)),
                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    m_holdings->setLines(m_snapshot.lines);
    showHoldingsSummary();
    if (!m_layoutRestored) {
        restoreLayout();
        m_layoutRestored = true;
    }
    QSettings().setValue(QStringLiteral("portfolio/current"), m_snapshot.portfolio);
    Q_EMIT snapshotLoaded();
    Q_EMIT reportChanged();
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
    // Which rate converted each other currency, and of which day (the latest on or before the valuation day).
    QStringList rates;
    QStringList seen;
    for (const HoldingsTableModel::Line &l : m_snapshot.lines) {
        if (l.fxDate == 0 || seen.contains(l.currency))
            continue;
        seen << l.currency;
        rates << tr("%1 at %2 of %3 (%4)")
                     .arg(l.currency, locale.toString(l.fxRate, 'f', 4),
                          QString::fromStdString(formatDate(l.fxDate)), l.fxSource);
    }
    m_summary->setText(tr("Value %1 %2 (cash %3) on %4 · %n transaction(s)", nullptr,
                          static_cast<int>(m_transactions->rowCount()))
                           .arg(locale.toString(*m_snapshot.totalValue, 'f', 2), m_snapshot.baseCurrency,
                                locale.toString(m_snapshot.cashValue.value_or(0.0), 'f', 2),
                                Formats::date(m_snapshot.asOf)) +
                       (rates.isEmpty() ? QString() : tr(" · FX: %1").arg(rates.join(QStringLiteral("; ")))));
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
        [db, request](const JobTracker::ProgressFn &,
                      const std::atomic<bool> &) mutable -> Result<PortfolioSnapshot> {
            PortfolioSnapshot::loadHoldings(*db, request);
            return request;
        },
        this,
        [this, generation](Result<PortfolioSnapshot> valued) {
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
    m_transactions->clearCellError();
    const qint64 id = after.id;
    m_undo->push(new EditTransactionCommand(
        m_workspace, *m_transactions, before, after,
        [this, id](const Error &error) { showRefusal(id, error, tr("Not changed: %1")); }));
}

void PortfolioView::showRefusal(qint64 id, const Error &error, const QString &prefix)
{
    m_refused = true;
    const QString text = QString::fromStdString(error.toUserString());
    int column = TransactionTableModel::columnOfField(error.field);
    if (column < 0)
        column = TransactionTableModel::Date; // the line as a whole
    m_transactions->setCellError(id, column, text);
    showMessage(prefix.arg(text), true);
    const int r = m_transactions->rowOfId(id);
    if (r < 0)
        return;
    const QModelIndex shown = m_proxy->mapFromSource(m_transactions->index(r, column));
    m_transactionView->scrollTo(shown);
    m_transactionView->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::NoUpdate);
    if (m_transactionView->isVisible())
        QToolTip::showText(
            m_transactionView->viewport()->mapToGlobal(m_transactionView->visualRect(shown).bottomLeft()),
            text, m_transactionView->viewport());
}

QString PortfolioView::cellErrorText() const
{
    const QModelIndex i = cellErrorIndex();
    return i.isValid() ? i.data(Qt::ToolTipRole).toString() : QString();
}

QModelIndex PortfolioView::cellErrorIndex() const
{
    for (int r = 0; r < m_transactions->rowCount(); ++r)
        for (int c = 0; c < TransactionTableModel::ColumnCount; ++c)
            if (!m_transactions->cellError(r, c).isEmpty())
                return m_proxy->mapFromSource(m_transactions->index(r, c));
    return {};
}

void PortfolioView::noteOwnChanges(const ChangeSet &changes)
{
    if (!m_transactions->ownWrite())
        return;
    for (const Change &c : changes)
        if (c.entity == Change::Entity::Transaction)
            m_ownChanges.append(c);
}

void PortfolioView::changedElsewhere(const ChangeSet &changes)
{
    bool portfolios = false;
    bool reload = false;
    std::vector<qint64> touched; // stored lines changed or removed elsewhere
    for (const Change &c : changes) {
        switch (c.entity) {
        case Change::Entity::Everything:
            portfolios = true;
            m_undo->clear();
            m_transactions->removeDraft();
            break;
        case Change::Entity::Portfolio:
            portfolios = true;
            if (c.id == m_snapshot.portfolioId && c.kind == Change::Kind::Removed) {
                m_undo->clear();
                m_transactions->removeDraft();
            } else if (c.id == m_snapshot.portfolioId && c.kind == Change::Kind::Updated &&
                       !c.key.isEmpty()) {
                m_snapshot.portfolio = c.key; // renamed: stay on it
            }
            break;
        case Change::Entity::Transaction:
            if (c.owner != m_snapshot.portfolioId)
                break;
            if (const auto own = m_ownChanges.indexOf(c); own >= 0) {
                m_ownChanges.removeAt(own);
                break;
            }
            reload = true;
            if (c.kind != Change::Kind::Created)
                touched.push_back(c.id);
            break;
        case Change::Entity::Bars:
        case Change::Entity::Instrument:
            reload = true;
            break;
        default:
            break;
        }
    }
    // The undo stack is kept unless a line it would write back was changed
    // or removed elsewhere: replaying it then would undo someone else's change.
    if (!touched.empty()) {
        bool held = false;
        for (int i = 0; i < m_undo->count() && !held; ++i)
            if (const auto *command = dynamic_cast<const LedgerCommand *>(m_undo->command(i)))
                for (qint64 id : command->lineIds())
                    held = held || std::find(touched.begin(), touched.end(), id) != touched.end();
        if (held)
            m_undo->clear();
    }
    if (portfolios)
        refresh();
    else if (reload && !m_snapshot.portfolio.isEmpty())
        loadPortfolio(m_snapshot.portfolio);
}

void PortfolioView::commitDraft(const PortfolioTransaction &draft)
{
    m_transactions->clearCellError();
    const QStringList fields = LedgerService::fieldsOf(draft.type);
    QStringList missing;
    if (fields.contains(QStringLiteral("symbol")) && !draft.instrumentId)
        missing << tr("symbol");
    if (fields.contains(QStringLiteral("quantity")) && !(draft.quantity > Decimal()))
        missing << tr("quantity");
    if (fields.contains(QStringLiteral("price")) && !(draft.price > Decimal()))
        missing << tr("price");
    if (fields.contains(QStringLiteral("amount")) && !(draft.amount > Decimal()))
        missing << tr("amount");
    if (!missing.isEmpty()) {
        showMessage(tr("New %1: fill in %2; it is stored once complete.")
                        .arg(draft.type, missing.join(QStringLiteral(", "))),
                    false);
        return;
    }
    m_refused = false;
    auto *command = new AddTransactionsCommand(
        m_workspace, *m_transactions, {draft}, tr("Add %1").arg(draft.type),
        [this](const Error &error) { showRefusal(0, error, tr("New line not stored: %1")); });
    m_undo->push(command); // deletes a refused (obsolete) command
    if (m_refused)
        return; // the draft stays, with the reason at its cell
    m_transactions->removeDraft();
    showMessage(tr("Stored the new %1.").arg(draft.type), false);
    if (const int r = m_transactions->rowOfId(command->ids().front()); r >= 0)
        m_transactionView->setCurrentIndex(
            m_proxy->mapFromSource(m_transactions->index(r, TransactionTableModel::Date)));
}

Result<void> PortfolioView::createPortfolio(const QString &name, const QString &baseCurrency)
{
    auto id = LedgerService(m_workspace).createPortfolio(name.trimmed(), baseCurrency.trimmed().toUpper());
    if (!id) {
        showMessage(tr("Portfolio not created: %1").arg(QString::fromStdString(id.error().toUserString())),
                    true);
        return id.error();
    }
    m_pendingPortfolio = name.trimmed(); // shown once the announcement reloads the list
    showMessage(tr("Created the portfolio '%1'.").arg(name.trimmed()), false);
    return {};
}

Result<void> PortfolioView::renameCurrentPortfolio(const QString &name)
{
    if (m_snapshot.portfolioId == 0)
        return makeError(ErrorCode::InvalidArgument, "no portfolio is shown", "rename");
    if (auto r = LedgerService(m_workspace).renamePortfolio(m_snapshot.portfolioId, name.trimmed()); !r) {
        showMessage(tr("Portfolio not renamed: %1").arg(QString::fromStdString(r.error().toUserString())),
                    true);
        return r.error();
    }
    showMessage(tr("Renamed the portfolio to '%1'.").arg(name.trimmed()), false);
    return {};
}

Result<void> PortfolioView::deleteCurrentPortfolio()
{
    if (m_snapshot.portfolioId == 0)
        return makeError(ErrorCode::InvalidArgument, "no portfolio is shown", "delete");
    const QString name = m_snapshot.portfolio;
    if (auto r = LedgerService(m_workspace).removePortfolio(m_snapshot.portfolioId); !r) {
        showMessage(tr("Portfolio not deleted: %1").arg(QString::fromStdString(r.error().toUserString())),
                    true);
        return r.error();
    }
    showMessage(tr("Deleted the portfolio '%1'.").arg(name), false);
    return {};
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
    // The type first: it decides which fields the line takes.
    QMenu menu(this);
    for (const QString &type : LedgerService::transactionTypes())
        menu.addAction(DisplayNames::transactionType(type.toStdString()))->setData(type);
    const QPoint at = m_addButton && m_addButton->isVisible()
                          ? m_addButton->mapToGlobal(QPoint(0, m_addButton->height()))
                          : QCursor::pos();
    if (QAction *chosen = menu.exec(at))
        addTransaction(chosen->data().toString());
}

void PortfolioView::addTransaction(const QString &type)
{
    if (m_snapshot.portfolio.isEmpty() || !LedgerService::transactionTypes().contains(type))
        return;
    PortfolioTransaction tx;
    tx.portfolioId = m_snapshot.portfolioId;
    tx.type = type;
    tx.currency = m_snapshot.baseCurrency;
    // The last price date, not today: a line dated today would move the valuation day.
    auto date = LedgerService(m_workspace).defaultDate(m_snapshot.portfolioId);
    tx.time = date ? *date : startOfDay(nowMs());
    m_transactions->clearCellError();
    const int r = m_transactions->addDraft(tx);
    const QStringList fields = LedgerService::fieldsOf(type);
    const int first = fields.isEmpty() ? TransactionTableModel::Amount
                                       : TransactionTableModel::columnOfField(fields.front().toStdString());
    const QModelIndex index = m_proxy->mapFromSource(m_transactions->index(r, first));
    m_transactionView->setCurrentIndex(index);
    m_transactionView->scrollTo(index);
    showMessage(tr("New %1 on %2: fill in %3; it is stored once complete (Delete discards it).")
                    .arg(type, Formats::date(tx.time), fields.join(QStringLiteral(", "))),
                false);
    if (m_transactionView->isVisible())
        m_transactionView->edit(index);
}

void PortfolioView::duplicateSelected()
{
    std::vector<PortfolioTransaction> txs;
    for (int r : selectedSourceRows())
        if (!m_transactions->row(r).draft)
            txs.push_back(m_transactions->row(r).tx);
    if (txs.empty())
        return;
    const QString text = tr("Duplicate %n transaction(s)", nullptr, static_cast<int>(txs.size()));
    m_transactions->clearCellError();
    // A refused duplicate is not in the grid: its reason goes to the line it copies.
    const qint64 source = txs.front().id;
    m_undo->push(new AddTransactionsCommand(
        m_workspace, *m_transactions, std::move(txs), text,
        [this, source](const Error &error) { showRefusal(source, error, tr("Not duplicated: %1")); }));
}

void PortfolioView::deleteSelected()
{
    std::vector<PortfolioTransaction> txs;
    bool draft = false;
    for (int r : selectedSourceRows()) {
        if (m_transactions->row(r).draft)
            draft = true;
        else
            txs.push_back(m_transactions->row(r).tx);
    }
    if (draft) {
        m_transactions->removeDraft(); // never stored: nothing to undo
        showMessage(tr("New line discarded."), false);
    }
    if (txs.empty())
        return;
    const auto count = static_cast<int>(txs.size());
    m_transactions->clearCellError();
    const qint64 first = txs.front().id;
    m_refused = false;
    m_undo->push(new RemoveTransactionsCommand(
        m_workspace, *m_transactions, std::move(txs),
        [this, first](const Error &error) { showRefusal(first, error, tr("Not deleted: %1")); }));
    if (m_refused)
        return;
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
    showMessage(tr("Copied %n line(s) as tab-separated text.", nullptr, static_cast<int>(rows.size())),
                false);
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
            progress(0.1, tr("reading"));
            return TransactionImporter(*db).importFile(portfolio, path);
        },
        this,
        [this, portfolio](Result<TransactionImportReport> report) {
            if (!report) {
                // The import is one transaction: nothing of the file was stored.
                showMessage(
                    tr("Nothing imported: %1").arg(QString::fromStdString(report.error().toUserString())),
                    true);
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
        this,
        [this, path](Result<std::size_t> written) {
            if (!written)
                showMessage(
                    tr("Not exported: %1").arg(QString::fromStdString(written.error().toUserString())), true);
            else
                showMessage(
                    tr("Exported %n transaction(s) to %1.", nullptr, static_cast<int>(*written)).arg(path),
                    false);
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
    settings.setValue(QStringLiteral("portfolio/holdingsHeader"),
                      m_holdingsView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("portfolio/transactionsHeader"),
                      m_transactionView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("portfolio/splitter"), m_splitter->saveState());
}

void PortfolioView::restoreLayout()
{
    QSettings settings;
    m_holdingsView->resizeColumnsToContents();
    m_transactionView->resizeColumnsToContents();
    m_holdingsView->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("portfolio/holdingsHeader")).toByteArray());
    m_transactionView->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("portfolio/transactionsHeader")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("portfolio/splitter")).toByteArray());
}

} // namespace sn::ui
