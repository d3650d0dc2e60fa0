#pragma once

#include "core/model/BacktestRun.h"
#include "ui/backtest/LabData.h"

#include <QWidget>

class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
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
};

} // namespace sn::ui
