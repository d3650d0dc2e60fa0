#pragma once

#include "ui/dashboard/DashboardSnapshot.h"
#include "ui/shell/Area.h"

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace sn {
class Workspace;
}

namespace sn::ui {

class JobTracker;

// The first thing an analyst sees: the chosen portfolio's value with its
// day, year-to-date and since-start change, its allocation, its
// time-weighted return against the S&P 500, the watchlist with sparklines,
// the biggest movers and the latest backtest runs. Read in one background job.
class DashboardView : public Area
{
    Q_OBJECT
public:
    DashboardView(const Workspace &db, JobTracker &jobs, QWidget *parent = nullptr);

    QString areaId() const override { return QStringLiteral("dashboard"); }
    QString title() const override { return tr("Dashboard"); }
    QIcon icon() const override;
    void refresh() override;

    const DashboardSnapshot &snapshot() const { return m_snapshot; }
    QString kpiText() const;
    QStandardItemModel *watchModel() const { return m_watch; }
    QStandardItemModel *moversModel() const { return m_movers; }
    QStandardItemModel *runsModel() const { return m_runs; }

Q_SIGNALS:
    void loaded();
    // The quick-ask box: the main window hands the question to the advisor.
    void askRequested(const QString &question);
    // A watchlist or mover row was opened (double-click or Enter): the main
    // window shows the symbol in the Charts area.
    void symbolActivated(const QString &symbol);
    // A recent run was opened: the main window reopens it in the Backtest lab.
    void runActivated(qint64 runId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load(const QString &portfolio);
    void apply(DashboardSnapshot snapshot);
    void showKpis();
    void showCurve();
    void showAllocation();
    void showQuotes();
    void showRuns();

    const Workspace &m_workspace;
    JobTracker &m_jobs;
    DashboardSnapshot m_snapshot;
    QComboBox *m_portfolios;
    QLabel *m_value;
    QLabel *m_day;
    QLabel *m_ytd;
    QLabel *m_since;
    QLabel *m_note;
    QChartView *m_curve;
    QChartView *m_allocation;
    QStandardItemModel *m_watch;
    QStandardItemModel *m_movers;
    QStandardItemModel *m_runs;
    QLabel *m_watchTitle;
    QLineEdit *m_ask;
    QList<QTableView *> m_tables;

public:
    // The three lists, for tests: watchlist, movers, recent runs.
    const QList<QTableView *> &tables() const { return m_tables; }
};

} // namespace sn::ui
