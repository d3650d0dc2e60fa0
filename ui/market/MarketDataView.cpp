#include "ui/market/MarketDataView.h"

#include "core/workspace/BarImporter.h"
#include "core/workspace/MarketData.h"
#include "ui/market/BarTableModel.h"
#include "ui/market/InstrumentTableModel.h"
#include "ui/market/MarketFetchPanel.h"
#include "ui/shell/ChangeWatcher.h"
#include "ui/shell/JobTracker.h"

#include <QAction>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sn::ui {

MarketDataView::MarketDataView(const Workspace &db, JobTracker &jobs, QWidget *parent)
    : Area(parent), m_workspace(db), m_jobs(jobs), m_instruments(new InstrumentTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_bars(new BarTableModel(this)),
      m_filter(new QLineEdit(this)), m_instrumentTable(new QTableView(this)),
      m_barTable(new QTableView(this)), m_details(new QLabel(this)),
      m_importAction(
          new QAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import bars from CSV..."), this))
{
    new ChangeWatcher(m_workspace, {Change::Entity::Instrument, Change::Entity::Bars}, this,
                      [this](const ChangeSet &) { refresh(); });
    m_proxy->setSourceModel(m_instruments);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_filter->setPlaceholderText(tr("Filter instruments"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter instruments"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_instrumentTable->setModel(m_proxy);
    m_instrumentTable->setSortingEnabled(true);
    m_instrumentTable->sortByColumn(InstrumentTableModel::Symbol, Qt::AscendingOrder);
    m_instrumentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_instrumentTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_instrumentTable->verticalHeader()->hide();
    m_instrumentTable->horizontalHeader()->setStretchLastSection(true);
    m_instrumentTable->setAccessibleName(tr("Instruments"));
    connect(m_instrumentTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this]() { showSelected(); });

    m_barTable->setModel(m_bars);
    m_barTable->verticalHeader()->hide();
    m_barTable->horizontalHeader()->setStretchLastSection(true);
    m_barTable->setAccessibleName(tr("Bars of the selected instrument"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_instrumentTable);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details);
    rightLayout->addWidget(m_barTable);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new MarketFetchPanel(m_workspace, m_jobs, this));
    layout->addWidget(splitter, 1);

    // Ctrl+I belongs to File > Import CSV (wizard), the import for every kind of file.
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import daily or intraday bars from a CSV file"));
    connect(m_importAction, &QAction::triggered, this, &MarketDataView::chooseAndImport);
}

QIcon MarketDataView::icon() const
{
    return QIcon(QStringLiteral(":/icons/market.svg"));
}

QList<QAction *> MarketDataView::fileActions() const
{
    return {m_importAction};
}

void MarketDataView::refresh()
{
    const Workspace *db = &m_workspace;
    m_jobs.run<std::vector<InstrumentSummary>>(
        tr("Loading instruments"),
        [db](const JobTracker::ProgressFn &, const std::atomic<bool> &) {
            return MarketData(*db).summaries();
        },
        this,
        [this](Result<std::vector<InstrumentSummary>> result) {
            if (!result) {
                m_details->setText(tr("Could not read the instruments: %1")
                                       .arg(QString::fromStdString(result.error().toUserString())));
                return;
            }
            const QString keepSymbol = m_pendingSymbol;
            m_instruments->setSummaries(std::move(result).value());
            m_instrumentTable->resizeColumnsToContents();
            if (!keepSymbol.isEmpty())
                selectInstrument(keepSymbol, m_pendingInterval);
            else if (m_proxy->rowCount() > 0 && !m_instrumentTable->currentIndex().isValid())
                m_instrumentTable->setCurrentIndex(m_proxy->index(0, 0));
            Q_EMIT instrumentsLoaded();
        });
}

bool MarketDataView::selectInstrument(const QString &symbol, const QString &interval)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
        const InstrumentSummary *s = m_instruments->summaryAt(source.row());
        if (s && s->symbol == symbol && s->interval == interval) {
            m_pendingSymbol.clear();
            m_instrumentTable->setCurrentIndex(m_proxy->index(row, 0));
            return true;
        }
    }
    m_pendingSymbol = symbol;
    m_pendingInterval = interval;
    return false;
}

QString MarketDataView::statusText() const
{
    return m_details->text();
}

void MarketDataView::showSelected()
{
    const QModelIndex current = m_proxy->mapToSource(m_instrumentTable->currentIndex());
    const InstrumentSummary *s = m_instruments->summaryAt(current.row());
    if (!s)
        return;
    if (s->bars == 0) {
        m_bars->setSeries({});
        m_details->setText(
            tr("<b>%1</b> %2: no bars stored").arg(s->symbol.toHtmlEscaped(), s->name.toHtmlEscaped()));
        return;
    }
    m_details->setText(tr("<b>%1</b> %2 - %3 bars (%4), %5 to %6<br><small>%7</small>")
                           .arg(s->symbol.toHtmlEscaped(), s->name.toHtmlEscaped())
                           .arg(s->bars)
                           .arg(s->interval, QString::fromStdString(formatDate(s->first)),
                                QString::fromStdString(formatDate(s->last)), s->source.toHtmlEscaped()));
    const Workspace *db = &m_workspace;
    const QString symbol = s->symbol;
    const QString interval = s->interval;
    const quint64 request = ++m_barRequest;
    m_jobs.run<BarSeries>(
        tr("Loading %1").arg(symbol),
        [db, symbol, interval](const JobTracker::ProgressFn &, const std::atomic<bool> &) {
            return MarketData(*db).bars(symbol, interval);
        },
        this,
        [this, request](Result<BarSeries> result) {
            if (request != m_barRequest)
                return; // the user has moved on to another instrument
            if (!result) {
                m_details->setText(tr("Could not read the bars: %1")
                                       .arg(QString::fromStdString(result.error().toUserString())));
                return;
            }
            m_bars->setSeries(std::move(result).value());
            m_barTable->resizeColumnsToContents();
            m_barTable->scrollToBottom();
            Q_EMIT barsLoaded();
        });
}

void MarketDataView::chooseAndImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import bars"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void MarketDataView::importFile(const QString &path, bool skipBadRows)
{
    const Workspace *db = &m_workspace;
    m_jobs.run<ImportReport>(
        tr("Importing %1").arg(QFileInfo(path).fileName()),
        [db, path, skipBadRows](const JobTracker::ProgressFn &progress, const std::atomic<bool> &cancel) {
            CsvReadOptions options;
            options.skipBadRows = skipBadRows;
            return BarImporter(*db).importFile(path, options, {}, progress, &cancel);
        },
        this,
        [this, path, skipBadRows](Result<ImportReport> result) {
            if (!result) {
                reportImportError(path, result.error(), skipBadRows);
                return;
            }
            const ImportReport &r = result.value();
            QString message = tr("Imported %n bar(s)", nullptr, static_cast<int>(r.rowsImported));
            if (r.rowsSkipped)
                message += tr(", skipped %n bad row(s)", nullptr, static_cast<int>(r.rowsSkipped));
            if (!r.series.empty()) {
                m_pendingSymbol = r.series.front().symbol;
                m_pendingInterval = r.series.front().interval;
            }
            refresh();
            Q_EMIT importFinished(true, message);
        });
}

void MarketDataView::reportImportError(const QString &path, const Error &error, bool skipBadRows)
{
    const QString text = QString::fromStdString(error.toUserString());
    Q_EMIT importFinished(false, text);
    if (!isVisible())
        return;
    QMessageBox box(this);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Import failed"));
    box.setText(tr("Nothing was imported from %1.").arg(QFileInfo(path).fileName()));
    box.setDetailedText(text);
    box.setInformativeText(text.section(QLatin1Char('\n'), 0, 2));
    QPushButton *goodRows = nullptr;
    if (!skipBadRows && error.code == ErrorCode::ParseError && text.contains(QLatin1String("field")))
        goodRows = box.addButton(tr("Import good rows only"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (goodRows && box.clickedButton() == static_cast<QAbstractButton *>(goodRows))
        importFile(path, true);
}

} // namespace sn::ui
