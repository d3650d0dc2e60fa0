#pragma once

#include "core/backtest/WalkForward.h"

#include <QList>
#include <QPointF>
#include <QWidget>
#include <optional>

class QChartView;
class QCheckBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QValueAxis;

namespace sn::ui {

// A finished walk-forward with what the chart needs, prepared off the GUI
// thread. `hindsight` is the equity over the same out-of-sample span with
// the one combination that did best on that span itself (in-sample
// optimisation over the whole period: the curve walk-forward is measured
// against, since nobody could have picked those parameters in advance).
struct WalkForwardView
{
    bt::WalkForwardResult result;
    QString strategy;
    std::vector<double> hindsightParams;
    std::optional<double> hindsightReturn; // final / starting cash - 1
    QList<QPointF> outOfSamplePoints;
    QList<QPointF> hindsightPoints;
};

// The Walk-forward tab: window lengths and mode, the per-window table (the
// in-sample winner, its in-sample and out-of-sample metrics) and the
// stitched out-of-sample equity against the in-sample (hindsight) optimum.
// The grid and ranking metric are the Optimisation tab's.
class WalkForwardPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WalkForwardPanel(QWidget *parent = nullptr);

    std::size_t inSampleBars() const;
    std::size_t outOfSampleBars() const;
    bool anchored() const;
    void setWindows(int inSample, int outOfSample, bool anchored);

    void setRunning(bool running);
    void setProgress(double fraction, const QString &text);
    void setStatus(const QString &text);
    void showResult(const WalkForwardView &view);
    void clear();

    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QStandardItemModel *windowsModel() const { return m_windows; }
    QLineSeries *outOfSampleSeries() const { return m_oos; }
    QLineSeries *hindsightSeries() const { return m_hindsight; }

Q_SIGNALS:
    void runRequested();
    void cancelRequested();

private:
    QSpinBox *m_inSample;
    QSpinBox *m_outOfSample;
    QCheckBox *m_anchored;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QStandardItemModel *m_windows;
    QTableView *m_table;
    QChartView *m_chartView;
    QLineSeries *m_oos;
    QLineSeries *m_hindsight;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
};

} // namespace sn::ui
