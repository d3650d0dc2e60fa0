#pragma once

#include "core/backtest/Optimizer.h"
#include "core/backtest/Strategy.h"
#include "core/common/Result.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace sn::ui {

class HeatmapWidget;

// A finished sweep laid out for the heatmap (rows = the second parameter's
// values, columns = the first's), prepared off the GUI thread.
struct SweepView
{
    bt::SweepResult result;
    int rowParam = -1;    // spec index, -1 for a one-parameter sweep
    int columnParam = -1; // spec index
    int rows = 0;
    int columns = 0;
    double columnStart = 0, columnStep = 1, rowStart = 0, rowStep = 1; // the grid's ranges
    std::vector<double> cells; // rows x columns, NaN where a combination was left out
    QStringList rowLabels;
    QStringList columnLabels;
};

// The Optimisation tab: two parameters with ranges from the strategy's
// spec, the metric to rank by, the sweep's heatmap and its top rows. The
// lab runs the sweep; this panel describes it and shows the result.
class OptimisationPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kTopRows = 25;

    explicit OptimisationPanel(QWidget *parent = nullptr);

    // `keepRanges`: the same parameters as before in a new object (a
    // recompiled rule), so the chosen axes and ranges stay.
    void setStrategy(const bt::StrategyInfo *info, bool keepRanges = false);
    // The grid and metric as a SweepConfig (strategy, grid, rankBy); the
    // caller adds the costs and the fixed parameters. Errors name the field.
    Result<bt::SweepConfig> sweepConfig() const;
    // Lays the sweep out for the heatmap (call from the worker).
    static SweepView layout(bt::SweepResult result, const bt::SweepConfig &config,
                            const bt::StrategyInfo &info);

    void setRange(const QString &param, double start, double stop, double step, bool asRows);
    void setMetric(bt::Metric metric);
    void setRunning(bool running);
    void setProgress(double fraction, const QString &text);
    void showSweep(const SweepView &view);
    void clear();
    // The inputs changed: a shown sweep no longer answers them, so it goes,
    // with a note saying why (nothing happens when none is shown).
    void inputsChanged();
    bool hasResult() const { return m_hasResult; }

    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *applyButton() const { return m_apply; }
    HeatmapWidget *heatmap() const { return m_heatmap; }
    QStandardItemModel *topModel() const { return m_top; }
    QTableView *topView() const { return m_topView; }
    QLabel *statusLabel() const { return m_status; }
    // Parameters (spec order) of the chosen combination: the selected top
    // row, or the heatmap cell clicked last.
    std::vector<double> chosenParams() const { return m_chosen; }

Q_SIGNALS:
    void runRequested();
    void cancelRequested();
    void applyRequested(const std::vector<double> &params);
    // The grid or the ranking metric changed.
    void gridChanged();

private:
    struct Axis
    {
        QComboBox *param;
        QDoubleSpinBox *start;
        QDoubleSpinBox *stop;
        QDoubleSpinBox *step;
    };
    Axis makeAxis(const QString &name);
    void axisParamChanged(Axis &axis);
    void choose(std::vector<double> params);

    const bt::StrategyInfo *m_info = nullptr;
    Axis m_columns;
    Axis m_rows;
    QComboBox *m_metric;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    HeatmapWidget *m_heatmap;
    QStandardItemModel *m_top;
    QTableView *m_topView;
    QPushButton *m_apply;
    QLabel *m_chosenLabel;
    std::vector<double> m_chosen;
    SweepView m_shown; // row/column params and the table, for cell clicks
    bool m_hasResult = false;
};

} // namespace sn::ui
