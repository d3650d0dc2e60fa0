#pragma once

#include "core/model/BacktestRun.h"
#include "ui/backtest/LabData.h"

#include <QSet>
#include <QWidget>
#include <functional>

class QChartView;
class QHBoxLayout;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QSplitter;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QValueAxis;

namespace sn::ui {

// The History tab: saved runs newest first (reopen, rename in place,
// delete, compare two side by side: every KPI and both equity curves). The
// lab does the database work in jobs; this panel lists and shows.
class RunHistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RunHistoryPanel(QWidget *parent = nullptr);

    void setRuns(const std::vector<BacktestRun> &runs);
    std::vector<qint64> selectedIds() const;
    void selectIds(const std::vector<qint64> &ids);
    void showComparison(const RunView &a, const RunView &b);
    void setStatus(const QString &text);
    // Team sync: the runs shared with the team (a badge in the Team column),
    // a widget beside the buttons (the lab's "Share with team..." bar), and
    // a lock on renaming and deleting the selected run with the reason
    // (a viewer's change to a shared run would be refused by the server).
    void setSharedRuns(const QSet<qint64> &ids, const QString &team);
    void addTeamWidget(QWidget *widget);
    // Beside the runs (the lab's notes panel for the selected run).
    void addSideWidget(QWidget *widget);
    void setEditLock(bool locked, const QString &why);
    // For a viewer of the team workspace: the reason a shared run cannot be
    // changed, by its name (empty function: not a viewer). It locks deleting
    // a selection of several runs when any of them is shared; the single
    // selected run is locked through setEditLock.
    void setViewerLock(std::function<QString(const QString &runName)> reasonFor);
    bool editLocked() const { return m_locked; }

    QStandardItemModel *runsModel() const { return m_runs; }
    QTableView *runsView() const { return m_view; }
    QStandardItemModel *comparisonModel() const { return m_compare; }
    QLineSeries *comparisonSeries(int which) const { return which == 0 ? m_a : m_b; }
    QPushButton *reopenButton() const { return m_reopen; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *compareButton() const { return m_compareButton; }

Q_SIGNALS:
    void reopenRequested(qint64 id);
    void renameRequested(qint64 id, const QString &name);
    void deleteRequested(qint64 id);
    void compareRequested(qint64 first, qint64 second);
    // The one selected run (0 and empty when none or several).
    void currentRunChanged(qint64 id, const QString &name);

private:
    void updateButtons();

    QStandardItemModel *m_runs;
    QTableView *m_view;
    QPushButton *m_reopen;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QPushButton *m_compareButton;
    QLabel *m_status;
    QStandardItemModel *m_compare;
    QTableView *m_compareView;
    QChartView *m_chartView;
    QLineSeries *m_a;
    QLineSeries *m_b;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    bool m_filling = false;
    QHBoxLayout *m_buttons = nullptr;
    QSplitter *m_top = nullptr;
    QSet<qint64> m_sharedIds;
    QString m_team;
    bool m_locked = false;
    qint64 m_currentId = 0;
    QString m_lockReason;
    std::function<QString(const QString &)> m_viewerReasonFor;
};

} // namespace sn::ui
