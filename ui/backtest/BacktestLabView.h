#pragma once

#include "core/analytics/ReturnStats.h"
#include "core/backtest/Backtester.h"
#include "core/backtest/Optimizer.h"
#include "core/backtest/Strategy.h"
#include "ui/backtest/LabData.h"
#include "ui/reportexport/AreaReports.h"
#include "ui/shell/Area.h"

#include <QPointer>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace sn {
class Workspace;
}

namespace sn::ui {

class Job;
class JobTracker;
class RuleEditor;
class RuleLibraryPanel;
class OptimisationPanel;
class ResultsPanel;
class RunHistoryPanel;
class NotesPanel;
class TeamItemShareBar;
class StrategyForm;
class WalkForwardPanel;

// The backtest lab: a form generated from the chosen strategy's parameter
// spec, and four tabs over the core engine (bt::Backtester, bt::Optimizer,
// bt::WalkForward) and the saved runs (BacktestRunRepository): Results of
// one run, Optimisation (two-parameter sweep heatmap), Walk-forward, and
// History. Every run, sweep and database access is a JobTracker job with
// progress and cancel; the GUI thread only shows prepared results.
class BacktestLabView : public Area
{
    Q_OBJECT
public:
    enum Tab
    {
        ResultsTab,
        OptimisationTab,
        WalkForwardTab,
        HistoryTab
    };

    BacktestLabView(const Workspace &db, JobTracker &jobs, QWidget *parent = nullptr);
    ~BacktestLabView() override;

    QString areaId() const override { return QStringLiteral("backtest"); }
    QString title() const override { return tr("Backtest lab"); }
    QIcon icon() const override;
    QList<QAction *> fileActions() const override;
    void refresh() override;
    // The report of the shown tab: the last run, sweep or walk-forward.
    AreaReport report() const override;

    // The conventions every metric here is computed under.
    const Convention &convention() const { return m_convention; }

    StrategyForm *form() const { return m_form; }
    ResultsPanel *results() const { return m_results; }
    OptimisationPanel *optimisation() const { return m_optimisation; }
    WalkForwardPanel *walkForward() const { return m_walkForward; }
    RunHistoryPanel *history() const { return m_history; }
    TeamItemShareBar *teamBar() const { return m_teamBar; }
    NotesPanel *notesPanel() const { return m_notes; }
    RuleEditor *ruleEditor() const { return m_ruleEditor; }
    RuleLibraryPanel *ruleLibrary() const { return m_ruleLibrary; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *saveButton() const { return m_save; }
    QLineEdit *saveNameEdit() const { return m_saveName; }
    QLabel *statusLabel() const { return m_status; }
    // The last finished single run (null before one, or after a reopen).
    const bt::BacktestReport *lastReport() const { return m_report.get(); }
    // Jobs in flight (null when none).
    Job *runJob() const { return m_runJob.data(); }
    Job *sweepJob() const { return m_sweepJob.data(); }
    Job *walkForwardJob() const { return m_walkForwardJob.data(); }
    // What a rebuild of the window (a language switch) carries over to the
    // new lab: the shown run with its report, and the form's strategy, symbol
    // and parameters.
    struct Work
    {
        std::optional<RunView> view;
        Convention convention;
        std::shared_ptr<const bt::BacktestReport> report;
        std::shared_ptr<const LabInputs> inputs;
        std::vector<std::shared_ptr<const BarSeries>> series;
        QString strategy;
        QString symbol;
        std::vector<double> params;
        bool adjusted = false; // the form's "Split/dividend adjusted"
        QString saveName;
        bool saveEnabled = false;
    };
    Work work() const;
    void restoreWork(const Work &work);
    // The last finished sweep still valid for the lab's inputs (empty otherwise).
    const area_reports::SweepRecord &sweepRecord() const { return m_sweepRecord; }

public Q_SLOTS:
    void run();
    void runSweep();
    void runWalkForward();
    void saveRun();
    void reopenRun(qint64 id);
    void renameRun(qint64 id, const QString &name);
    void deleteRun(qint64 id);
    void compareRuns(qint64 first, qint64 second);

Q_SIGNALS:
    // A trade picked in the trades table: the chart area shows it.
    void tradeSelected(const QString &symbol, qint64 entryTimeMs, qint64 exitTimeMs);
    // The same with the fill prices (ChartsView::showTrade takes them).
    void tradeSelectedWithPrices(const QString &symbol, qint64 entryTimeMs, double entryPrice,
                                 qint64 exitTimeMs, double exitPrice);
    void instrumentsLoaded();
    void runFinished();
    void sweepFinished();
    void walkForwardFinished();
    void historyLoaded();
    void runSaved(qint64 id);
    void runReopened(qint64 id);
    void comparisonShown();
    // A job ended without a result (error or cancel); the text is shown in place.
    void failed(const QString &message);

private:
    void loadHistory();
    void showFailure(const QString &what, const Error &error);
    void updateRunEnabled();
    Result<bt::SweepConfig> sweepFromForm(const LabInputs &inputs) const;
    // The form's inputs under the convention from Settings.
    Result<LabInputs> formInputs() const;

    const Workspace &m_workspace;
    JobTracker &m_jobs;
    std::shared_ptr<SeriesCache> m_cache;
    Convention m_convention = Convention::supernova(); // from Settings > Analytics
    StrategyForm *m_form;
    QPushButton *m_run;
    QPushButton *m_cancelRun;
    QLineEdit *m_saveName;
    QPushButton *m_save;
    QLabel *m_status;
    QTabWidget *m_tabs;
    ResultsPanel *m_results;
    OptimisationPanel *m_optimisation;
    WalkForwardPanel *m_walkForward;
    RunHistoryPanel *m_history;
    TeamItemShareBar *m_teamBar = nullptr;
    NotesPanel *m_notes = nullptr;
    RuleEditor *m_ruleEditor;        // the "Rule" tab (docs/rules.md)
    RuleLibraryPanel *m_ruleLibrary; // beside it: the rules stored in the workspace
    // What sweeps and walk-forward vary: the rule when the Rule tab runs
    // one, else the form's strategy; and the parameter layout the
    // optimisation panel was last given, so a recompile that keeps the
    // parameters keeps the user's ranges.
    const bt::StrategyInfo *sweptInfo() const;
    void updateSweptStrategy();
    void sweepInputsChanged();
    std::string m_sweptSignature;
    QAction *m_runAction;
    std::shared_ptr<const bt::BacktestReport> m_report;
    std::optional<RunView> m_shownView; // what the results panel shows, for work()
    QString m_pendingSymbol;            // restoreWork()'s symbol, chosen once the instruments are read
    Convention m_shownConvention;
    std::shared_ptr<const LabInputs> m_reportInputs;
    std::vector<std::shared_ptr<const BarSeries>> m_reportSeries;
    area_reports::SweepRecord m_sweepRecord;             // the last finished sweep, for its report
    area_reports::WalkForwardRecord m_walkForwardRecord; // the same for walk-forward
    QPointer<Job> m_runJob;
    QPointer<Job> m_sweepJob;
    // Counts changes of the inputs a sweep depends on: a sweep that finishes
    // after one was run on inputs no longer on screen.
    std::uint64_t m_sweepInputs = 0;
    bool m_applyingSweep = false; // "Apply to form" writes the sweep's own combination
    QPointer<Job> m_walkForwardJob;
};

} // namespace sn::ui
