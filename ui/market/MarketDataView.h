#pragma once

#include "core/common/Result.h"
#include "ui/shell/Area.h"

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace sn {
class Workspace;
}

namespace sn::ui {

class BarTableModel;
class InstrumentTableModel;
class JobTracker;

// The market data area: instruments with their stored bars, the bars of the
// selected one, and CSV import. All database work runs as background jobs.
class MarketDataView : public Area
{
    Q_OBJECT
public:
    MarketDataView(const Workspace &db, JobTracker &jobs, QWidget *parent = nullptr);

    QString areaId() const override { return QStringLiteral("market"); }
    QString title() const override { return tr("Market data"); }
    QIcon icon() const override;
    QList<QAction *> fileActions() const override;
    void refresh() override;

    // Imports a CSV file in the background; on rejected rows asks whether to
    // import only the good rows (unless `skipBadRows` already says so).
    void importFile(const QString &path, bool skipBadRows = false);
    // Selects the row for symbol+interval (loads its bars in the background).
    bool selectInstrument(const QString &symbol, const QString &interval = QStringLiteral("1d"));

    InstrumentTableModel *instrumentModel() const { return m_instruments; }
    BarTableModel *barModel() const { return m_bars; }
    QString statusText() const;

Q_SIGNALS:
    void instrumentsLoaded();
    void barsLoaded();
    void importFinished(bool ok, const QString &message);

private:
    void chooseAndImport();
    void showSelected();
    void reportImportError(const QString &path, const Error &error, bool skipBadRows);

    const Workspace &m_workspace;
    JobTracker &m_jobs;
    InstrumentTableModel *m_instruments;
    QSortFilterProxyModel *m_proxy;
    BarTableModel *m_bars;
    QLineEdit *m_filter;
    QTableView *m_instrumentTable;
    QTableView *m_barTable;
    QLabel *m_details;
    QAction *m_importAction;
    QString m_pendingSymbol;
    QString m_pendingInterval;
    quint64 m_barRequest = 0;
};

} // namespace sn::ui
