#include "ui/backtest/BacktestLabView.h"

#include "core/backtest/IndicatorCache.h"
#include "core/backtest/Optimizer.h"
#include "core/backtest/Simulator.h"
#include "core/backtest/StrategyRegistry.h"
#include "core/backtest/WalkForward.h"
#include "core/workspace/MarketData.h"
#include "core/workspace/PortfolioService.h"
#include "core/workspace/RunService.h"
#include "core/workspace/SettingsService.h"
#include "core/workspace/SyncService.h"
#include "core/workspace/Workspace.h"
#include "ui/backtest/OptimisationPanel.h"
#include "ui/backtest/ResultsPanel.h"
#include "ui/backtest/RuleEditor.h"
#include "ui/backtest/RuleLibraryPanel.h"
#include "ui/backtest/RunCodec.h"
#include "ui/backtest/RunHistoryPanel.h"
#include "ui/backtest/StrategyForm.h"
#include "ui/backtest/WalkForwardPanel.h"
#include "ui/shell/ChangeWatcher.h"
#include "ui/shell/JobTracker.h"
#include "ui/team/NotesPanel.h"
#include "ui/team/TeamItemShareBar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QThread>
#include <QVBoxLayout>
#include <cmath>

namespace sn::ui {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

Error cancelled(const char *what)
{
    return makeError(ErrorCode::Cancelled, "cancelled", what);
}

// Bars of every symbol of the inputs, cut to the form's dates.
Result<std::vector<std::shared_ptr<const BarSeries>>> loadAll(SeriesCache &cache, const LabInputs &in)
{
    std::vector<std::shared_ptr<const BarSeries>> out;
    for (const QString &symbol : in.symbols) {
        auto s = cache.get(symbol, in.interval, in.from, in.to, in.adjusted);
        if (!s)
            return s.error();
        out.push_back(std::move(s).value());
    }
    return out;
}

struct RunOutput
{
    std::shared_ptr<const bt::BacktestReport> report;
    std::vector<std::shared_ptr<const BarSeries>> series;
    RunView view;
};

struct ComparisonOutput
{
    RunView first;
    RunView second;
};

struct ReopenOutput
{
    RunView view;
    QJsonObject inputs;
};

} // namespace

BacktestLabView::BacktestLabView(const Workspace &db, JobTracker &jobs, QWidget *parent)
    : Area(parent), m_workspace(db), m_jobs(jobs), m_cache(std::make_shared<SeriesCache>(db)),
      m_form(new StrategyForm(this)), m_run(new QPushButton(tr("&Run"), this)),
      m_cancelRun(new QPushButton(tr("Cancel"), this)), m_saveName(new QLineEdit(this)),
      m_save(new QPushButton(tr("&Save run"), this)), m_status(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_results(new ResultsPanel(this)),
      m_optimisation(new OptimisationPanel(this)), m_walkForward(new WalkForwardPanel(this)),
      m_history(new RunHistoryPanel(this)), m_runAction(new QAction(tr("Run backtest"), this))
{
    setObjectName(QStringLiteral("BacktestLabView"));
    // Saved runs (from here, the CLI or later sync) reload the history; the
    // settings and the instruments feed the form and the conventions.
    new ChangeWatcher(m_workspace, {Change::Entity::BacktestRun}, this,
                      [this](const ChangeSet &) { loadHistory(); });
    new ChangeWatcher(m_workspace,
                      {Change::Entity::Setting, Change::Entity::Instrument, Change::Entity::Bars}, this,
                      [this](const ChangeSet &) { refresh(); });
    m_run->setAccessibleName(tr("Run backtest"));
    m_run->setToolTip(tr("Run the strategy on the chosen symbol (Ctrl+R)"));
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_runAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_runAction);
    m_cancelRun->setAccessibleName(tr("Cancel backtest"));
    m_cancelRun->setEnabled(false);
    m_saveName->setAccessibleName(tr("Run name"));
    m_saveName->setPlaceholderText(tr("Name of the saved run"));
    m_save->setAccessibleName(tr("Save run"));
    m_save->setEnabled(false);
    m_status->setAccessibleName(tr("Lab status"));
    m_status->setWordWrap(true);

    m_tabs->addTab(m_results, tr("Results"));
    m_tabs->addTab(m_optimisation, tr("Optimisation"));
    m_tabs->addTab(m_walkForward, tr("Walk-forward"));
    m_tabs->addTab(m_history, tr("History"));
    m_ruleEditor = new RuleEditor(this);
    m_ruleLibrary = new RuleLibraryPanel(m_workspace, m_ruleEditor, this);
    auto *ruleTab = new QSplitter(Qt::Horizontal, this);
    ruleTab->addWidget(m_ruleEditor);
    ruleTab->addWidget(m_ruleLibrary);
    ruleTab->setStretchFactor(0, 1);
    m_tabs->addTab(ruleTab, tr("Rule"));
    m_tabs->setAccessibleName(tr("Backtest lab tabs"));

    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setMinimumWidth(340);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(formScroll, 1);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_run, 1);
    runRow->addWidget(m_cancelRun);
    leftLayout->addLayout(runRow);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveName, 1);
    saveRow->addWidget(m_save);
    leftLayout->addLayout(saveRow);
    leftLayout->addWidget(m_status);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_tabs);
    split->setStretchFactor(1, 1);
    split->setSizes({350, 1050});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(m_run, &QPushButton::clicked, this, &BacktestLabView::run);
    connect(m_runAction, &QAction::triggered, this, &BacktestLabView::run);
    connect(m_cancelRun, &QPushButton::clicked, this, [this] {
        if (m_runJob)
            m_runJob->cancel();
    });
    connect(m_save, &QPushButton::clicked, this, &BacktestLabView::saveRun);
    connect(m_form, &StrategyForm::validityChanged, this, &BacktestLabView::updateRunEnabled);
    connect(m_form, &StrategyForm::strategyChanged, this, &BacktestLabView::updateSweptStrategy);
    // A sweep answers the inputs it ran on; once they change it is cleared, not left to mislead.
    connect(m_form, &StrategyForm::inputsChanged, this, &BacktestLabView::sweepInputsChanged);
    // A rule edit matters only while the rule is what runs in the lab.
    connect(m_ruleEditor, &RuleEditor::ruleChanged, this, [this] {
        if (m_ruleEditor->runsInLab())
            sweepInputsChanged();
    });
    connect(m_ruleEditor, &RuleEditor::runsInLabChanged, this, &BacktestLabView::sweepInputsChanged);
    connect(m_optimisation, &OptimisationPanel::gridChanged, this, &BacktestLabView::sweepInputsChanged);
    connect(m_ruleEditor, &RuleEditor::ruleChanged, this, &BacktestLabView::updateSweptStrategy);
    connect(m_ruleEditor, &RuleEditor::runsInLabChanged, this, &BacktestLabView::updateSweptStrategy);
    connect(m_results, &ResultsPanel::tradeSelected, this, &BacktestLabView::tradeSelected);
    connect(m_results, &ResultsPanel::tradeSelectedWithPrices, this,
            &BacktestLabView::tradeSelectedWithPrices);
    connect(m_optimisation, &OptimisationPanel::runRequested, this, &BacktestLabView::runSweep);
    connect(m_optimisation, &OptimisationPanel::cancelRequested, this, [this] {
        if (m_sweepJob)
            m_sweepJob->cancel();
    });
    connect(m_optimisation, &OptimisationPanel::applyRequested, this,
            [this](const std::vector<double> &params) {
                const bt::StrategyInfo *info = m_form->strategyInfo();
                if (!info || info != sweptInfo()) // a rule's parameters live in the Rule tab's own form
                    return;
                m_applyingSweep = true;
                for (std::size_t i = 0; i < params.size() && i < info->params.size(); ++i)
                    m_form->setParam(qs(info->params[i].name), params[i]);
                m_applyingSweep = false;
                m_tabs->setCurrentIndex(ResultsTab);
                m_status->setText(tr("Applied %1 to the form")
                                      .arg(describeParams(
                                          qs(info->name),
                                          [&] {
                                              std::vector<std::string> names;
                                              for (const auto &p : info->params)
                                                  names.push_back(p.name);
                                              return names;
                                          }(),
                                          params)));
            });
    connect(m_walkForward, &WalkForwardPanel::runRequested, this, &BacktestLabView::runWalkForward);
    connect(m_walkForward, &WalkForwardPanel::cancelRequested, this, [this] {
        if (m_walkForwardJob)
            m_walkForwardJob->cancel();
    });
    connect(m_history, &RunHistoryPanel::reopenRequested, this, &BacktestLabView::reopenRun);
    connect(m_history, &RunHistoryPanel::renameRequested, this, &BacktestLabView::renameRun);
    connect(m_history, &RunHistoryPanel::deleteRequested, this, &BacktestLabView::deleteRun);
    connect(m_history, &RunHistoryPanel::compareRequested, this, &BacktestLabView::compareRuns);
    // Team sync: share the selected run, its badge, a viewer's lock.
    m_teamBar = new TeamItemShareBar(m_workspace, QStringLiteral("backtest_run"), m_history);
    m_history->addTeamWidget(m_teamBar);
    connect(m_history, &RunHistoryPanel::currentRunChanged, m_teamBar, &TeamItemShareBar::setItem);
    connect(m_teamBar, &TeamItemShareBar::stateChanged, this,
            [this] { m_history->setEditLock(m_teamBar->readOnly(), m_teamBar->readOnlyReason()); });
    connect(m_teamBar, &TeamItemShareBar::message, m_history, &RunHistoryPanel::setStatus);
    m_notes = new NotesPanel(m_workspace, m_history);
    m_history->addSideWidget(m_notes);
    connect(m_history, &RunHistoryPanel::currentRunChanged, m_notes,
            [this](qint64 id, const QString &) { m_notes->setItem(QStringLiteral("backtest_run"), id); });

    m_optimisation->setStrategy(m_form->strategyInfo());
    updateRunEnabled();
    // File > Export report... reports the shown tab's last result.
    for (auto signal : {&BacktestLabView::runFinished, &BacktestLabView::sweepFinished,
                        &BacktestLabView::walkForwardFinished})
        connect(this, signal, this, &Area::reportChanged);
    connect(this, &BacktestLabView::runReopened, this, &Area::reportChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, &Area::reportChanged);
}

BacktestLabView::~BacktestLabView()
{
    // Work still running must not outlive the cache it reads; the tracker
    // drops results for a destroyed view, the flags make it stop early.
    for (Job *job : {m_runJob.data(), m_sweepJob.data(), m_walkForwardJob.data()})
        if (job)
            job->cancel();
}

QIcon BacktestLabView::icon() const
{
    return QIcon(QStringLiteral(":/icons/backtest.svg"));
}

QList<QAction *> BacktestLabView::fileActions() const
{
    return {m_runAction};
}

AreaReport BacktestLabView::report() const
{
    switch (m_tabs->currentIndex()) {
    case OptimisationTab:
        return area_reports::optimisation(m_workspace, m_sweepRecord);
    case WalkForwardTab:
        return area_reports::walkForward(m_workspace, m_walkForwardRecord);
    default:
        return area_reports::backtest(m_workspace, m_reportInputs, m_report, m_reportSeries);
    }
}

Result<LabInputs> BacktestLabView::formInputs() const
{
    auto inputs = m_form->inputs();
    if (inputs)
        inputs->request.convention = m_convention; // Settings > Analytics
    return inputs;
}

void BacktestLabView::refresh()
{
    m_cache->clear();
    const Workspace *db = &m_workspace;
    // The metric convention and risk-free rate chosen in Settings (the CLI's defaults too).
    m_jobs.run<Convention>(
        tr("Reading settings"),
        [db](const JobTracker::ProgressFn &, const std::atomic<bool> &) -> Result<Convention> {
            auto rf = PortfolioService(*db).riskFreeFromSettings();
            if (!rf)
                return rf.error();
            auto name = SettingsService(*db).get(QStringLiteral("analytics.convention"));
            return Convention::byName(
                name && !name->isEmpty() ? name->toStdString() : std::string("supernova"), *rf);
        },
        this,
        [this](Result<Convention> c) {
            if (c)
                m_convention = *c;
            else
                showFailure(tr("Reading settings"), c.error());
        });
    m_jobs.run<std::vector<InstrumentSummary>>(
        tr("Reading instruments"),
        [db](const JobTracker::ProgressFn &, const std::atomic<bool> &) {
            return MarketData(*db).summaries();
        },
        this,
        [this](Result<std::vector<InstrumentSummary>> r) {
            if (!r) {
                showFailure(tr("Reading instruments"), r.error());
                return;
            }
            m_form->setInstruments(*r);
            if (!m_pendingSymbol.isEmpty()) {
                m_form->setSymbol(m_pendingSymbol);
                m_pendingSymbol.clear();
            }
            Q_EMIT instrumentsLoaded();
        });
    loadHistory();
}

namespace {
// The saved runs and which of them are shared with the team workspace.
struct HistoryRead
{
    std::vector<BacktestRun> runs;
    QSet<qint64> shared;
    QString team;
    bool viewer = false; // this user's role in the team workspace
};
} // namespace

void BacktestLabView::loadHistory()
{
    const Workspace *db = &m_workspace;
    m_jobs.run<HistoryRead>(
        tr("Reading saved runs"),
        [db](const JobTracker::ProgressFn &, const std::atomic<bool> &) -> Result<HistoryRead> {
            HistoryRead read;
            auto runs = RunService(*db).list();
            if (!runs)
                return runs.error();
            read.runs = std::move(runs).value();
            read.team = SettingsService(*db).value(QStringLiteral("sync.workspace"), {}).valueOr(QString());
            if (!read.team.isEmpty()) {
                read.viewer =
                    SettingsService(*db).value(QStringLiteral("sync.role"), {}).valueOr(QString()) ==
                    QLatin1String("viewer");
                auto shared = SyncService(*db).shared(read.team);
                if (!shared)
                    return shared.error();
                for (const SyncSharedItem &i : shared.value())
                    if (i.entity == QLatin1String("backtest_run"))
                        read.shared.insert(i.localId);
            }
            return read;
        },
        this,
        [this](Result<HistoryRead> r) {
            if (!r) {
                showFailure(tr("Reading saved runs"), r.error());
                return;
            }
            m_history->setSharedRuns(r->shared, r->team);
            if (r->viewer)
                m_history->setViewerLock([team = r->team](const QString &name) {
                    return TeamItemShareBar::viewerReason(team, QStringLiteral("backtest_run"), name);
                });
            else
                m_history->setViewerLock({});
            m_history->setRuns(r->runs);
            m_teamBar->refresh();
            Q_EMIT historyLoaded();
        });
}

void BacktestLabView::showFailure(const QString &what, const Error &error)
{
    const QString text = error.code == ErrorCode::Cancelled
                             ? tr("%1: cancelled").arg(what)
                             : tr("%1 failed: %2").arg(what, qs(error.toUserString()));
    m_status->setText(text);
    m_status->setStyleSheet(error.code == ErrorCode::Cancelled ? QString()
                                                               : QStringLiteral("color: #c62828"));
    Q_EMIT failed(text);
}

void BacktestLabView::updateRunEnabled()
{
    const bool idle = !m_runJob;
    m_run->setEnabled(idle && m_form->isValid());
    m_runAction->setEnabled(idle && m_form->isValid());
    m_cancelRun->setEnabled(!idle);
    if (!m_form->isValid())
        m_run->setToolTip(m_form->problem());
    else
        m_run->setToolTip(tr("Run the strategy on the chosen symbol (Ctrl+R)"));
}

const bt::StrategyInfo *BacktestLabView::sweptInfo() const
{
    if (m_ruleEditor->runsInLab())
        return &m_ruleEditor->rule()->info();
    return m_form->strategyInfo();
}

BacktestLabView::Work BacktestLabView::work() const
{
    Work w;
    w.view = m_shownView;
    w.convention = m_shownConvention;
    w.report = m_report;
    w.inputs = m_reportInputs;
    w.series = m_reportSeries;
    if (const bt::StrategyInfo *info = m_form->strategyInfo())
        w.strategy = qs(info->name);
    const QStringList symbols = m_form->selectedSymbols();
    w.symbol = symbols.isEmpty() ? m_pendingSymbol : symbols.front();
    w.params = m_form->paramValues();
    w.adjusted = m_form->isAdjusted();
    w.saveName = m_saveName->text();
    w.saveEnabled = m_save->isEnabled();
    return w;
}

void BacktestLabView::restoreWork(const Work &work)
{
    if (!work.strategy.isEmpty())
        m_form->setStrategy(work.strategy);
    if (const bt::StrategyInfo *info = m_form->strategyInfo())
        for (std::size_t i = 0; i < work.params.size() && i < info->params.size(); ++i)
            m_form->setParam(qs(info->params[i].name), work.params[i]);
    m_pendingSymbol = work.symbol; // the instruments arrive later
    m_form->setSymbol(work.symbol);
    m_form->setAdjusted(work.adjusted);
    if (!work.view)
        return;
    RunView view = *work.view;
    // A fresh run's title is generated: give it in the new language (a saved run keeps its name).
    if (work.report)
        view.title = runTitle(view.strategy, view.paramNames, view.params, view.symbols);
    m_report = work.report;
    m_reportInputs = work.inputs;
    m_reportSeries = work.series;
    m_shownView = view;
    m_shownConvention = work.convention;
    m_results->showRun(view, work.convention);
    m_tabs->setCurrentIndex(ResultsTab);
    m_saveName->setText(work.report ? view.title : work.saveName);
    m_save->setEnabled(work.saveEnabled);
    Q_EMIT reportChanged();
}

void BacktestLabView::sweepInputsChanged()
{
    if (m_applyingSweep)
        return;
    ++m_sweepInputs;
    m_optimisation->inputsChanged();
    if (m_sweepRecord.result) {
        m_sweepRecord = {};
        Q_EMIT reportChanged();
    }
}

void BacktestLabView::updateSweptStrategy()
{
    const bt::StrategyInfo *info = sweptInfo();
    std::string signature = info ? info->name : std::string();
    if (info)
        for (const bt::ParamSpec &p : info->params)
            signature += ";" + p.name + ":" + std::to_string(p.min) + ".." + std::to_string(p.max);
    // The panel keeps a pointer to the info: a recompiled rule is a new
    // object, so it is always handed over; the ranges reset only when the
    // parameters themselves changed.
    const bool sameLayout = signature == m_sweptSignature;
    m_sweptSignature = signature;
    m_optimisation->setStrategy(info, sameLayout);
}

void BacktestLabView::run()
{
    if (m_runJob)
        return;
    auto inputs = formInputs();
    if (!inputs) {
        showFailure(tr("Backtest"), inputs.error());
        return;
    }
    m_ruleEditor->applyTo(*inputs); // a rule, when the Rule tab says so
    auto in = std::make_shared<const LabInputs>(std::move(inputs).value());
    auto cache = m_cache;
    const int width = m_results->plotWidth();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Running %1...").arg(qs(in->request.strategy)));
    m_runJob = m_jobs.run<RunOutput>(
        tr("Backtest %1").arg(qs(in->request.strategy)),
        [in, cache, width](const JobTracker::ProgressFn &progress,
                           const std::atomic<bool> &cancel) -> Result<RunOutput> {
            progress(0.05, QObject::tr("Reading bars"));
            auto series = loadAll(*cache, *in);
            if (!series)
                return series.error();
            if (cancel)
                return cancelled("backtest");
            progress(0.3, QObject::tr("Simulating"));
            const bt::StrategyInfo *info = bt::StrategyRegistry::findInfo(in->request.strategy);
            auto report = [&]() -> Result<bt::BacktestReport> {
                if (info && info->multiAsset) {
                    std::vector<const BarSeries *> assets;
                    for (const auto &s : *series)
                        assets.push_back(s.get());
                    return bt::Backtester::runMulti(assets, in->request);
                }
                return bt::Backtester::run(*series->front(), in->request);
            }();
            if (!report)
                return report.error();
            if (cancel)
                return cancelled("backtest");
            progress(0.8, QObject::tr("Preparing charts"));
            RunOutput out;
            out.view = runViewFromReport(*report, in->symbols, width);
            out.view.adjusted = in->adjusted;
            out.report = std::make_shared<const bt::BacktestReport>(std::move(report).value());
            out.series = std::move(series).value();
            return out;
        },
        this,
        [this, in](Result<RunOutput> r) {
            m_runJob = nullptr;
            updateRunEnabled();
            if (!r) {
                showFailure(tr("Backtest"), r.error());
                return;
            }
            m_report = r->report;
            m_reportInputs = in;
            m_reportSeries = r->series;
            m_results->showRun(r->view, r->report->convention); // periods per year as the run used them
            m_shownView = r->view;
            m_shownConvention = r->report->convention;
            m_tabs->setCurrentIndex(ResultsTab);
            m_saveName->setText(r->view.title);
            m_save->setEnabled(!in->rule); // rules are not stored yet, so neither are their runs
            // Which prices the run used is said with its result (and saved with its recipe).
            m_status->setText(
                tr("%1 trades, total return %2; %3")
                    .arg(r->view.metrics.trades)
                    .arg(ResultsPanel::formatKpi(QStringLiteral("total_return"), r->view.metrics))
                    .arg(in->adjusted ? tr("split/dividend-adjusted prices")
                                      : tr("unadjusted prices (as traded)")));
            Q_EMIT runFinished();
        });
    updateRunEnabled();
}

Result<bt::SweepConfig> BacktestLabView::sweepFromForm(const LabInputs &in) const
{
    auto grid = m_optimisation->sweepConfig();
    if (!grid)
        return grid.error();
    bt::SweepConfig sc = std::move(grid).value();
    sc.custom = in.rule.get(); // kept alive by the job's copy of `in`
    sc.config = in.request.config;
    sc.convention = in.request.convention;
    // One core stays with the GUI thread: with every core sweeping it waited
    // up to 140 ms for a time slice (2 cores, 5 ms of its own work in that gap).
    sc.threads = unsigned(std::max(1, QThread::idealThreadCount() - 1));
    // Parameters not swept stay at the form's values.
    const bt::StrategyInfo *info = in.rule ? &in.rule->info() : m_form->strategyInfo();
    for (std::size_t i = 0; i < info->params.size(); ++i) {
        const std::string &name = info->params[i].name;
        const bool swept = std::any_of(sc.grid.begin(), sc.grid.end(),
                                       [&](const bt::ParamRange &r) { return r.name == name; });
        if (!swept)
            sc.fixed.emplace_back(name, in.paramValues[i]);
    }
    return sc;
}

void BacktestLabView::runSweep()
{
    if (m_sweepJob)
        return;
    const bt::StrategyInfo *info = sweptInfo();
    auto inputs = formInputs();
    if (inputs)
        m_ruleEditor->applyTo(*inputs); // the rule, when the Rule tab runs one
    if (inputs && info && info->multiAsset)
        inputs = labError(ErrorCode::InvalidArgument,
                          QT_TRANSLATE_NOOP("sn::ui::BacktestLab", "sweeps take a single-series strategy"),
                          {}, QT_TRANSLATE_NOOP("sn::ui::BacktestLab", "optimisation"));
    if (!inputs) {
        showFailure(tr("Sweep"), inputs.error());
        m_optimisation->setProgress(0, tr("Cannot sweep: %1").arg(qs(inputs.error().toUserString())));
        return;
    }
    auto sweep = sweepFromForm(*inputs);
    if (!sweep) {
        showFailure(tr("Sweep"), sweep.error());
        m_optimisation->setProgress(0, qs(sweep.error().toUserString()));
        return;
    }
    auto in = std::make_shared<const LabInputs>(std::move(inputs).value());
    auto config = std::make_shared<const bt::SweepConfig>(std::move(sweep).value());
    auto cache = m_cache;
    m_optimisation->clear();
    m_optimisation->setRunning(true);
    m_sweepRecord = {};
    Q_EMIT reportChanged();
    auto used = std::make_shared<std::shared_ptr<const BarSeries>>(); // the series swept, for the report
    m_sweepJob = m_jobs.run<SweepView>(
        tr("Sweep %1").arg(qs(config->strategy)),
        [in, config, cache, info, used](const JobTracker::ProgressFn &progress,
                                        const std::atomic<bool> &cancel) -> Result<SweepView> {
            auto series = cache->get(in->symbols.front(), in->interval, in->from, in->to, in->adjusted);
            if (!series)
                return series.error();
            *used = *series;
            bt::SweepConfig sc = *config;
            sc.cancel = &cancel;
            sc.progress = [&progress](std::size_t done, std::size_t total) {
                progress(total ? double(done) / double(total) : 0,
                         QObject::tr("%1 of %2 combinations").arg(done).arg(total));
            };
            auto result = bt::Optimizer::run(**series, sc);
            if (!result)
                return result.error();
            if (result->cancelled)
                return labError(
                    ErrorCode::Cancelled,
                    QT_TRANSLATE_NOOP("sn::ui::BacktestLab", "cancelled after %1 of %2 combinations"),
                    {std::to_string(result->evaluated), std::to_string(result->table.rows())},
                    QT_TRANSLATE_NOOP("sn::ui::BacktestLab", "sweep"));
            return OptimisationPanel::layout(std::move(result).value(), sc, *info);
        },
        this,
        [this, in, config, used, sweptInputs = m_sweepInputs](Result<SweepView> r) {
            m_sweepJob = nullptr;

            if (r)
                m_sweepRecord = {in, config, std::make_shared<const bt::SweepResult>(r->result), *used};
            m_optimisation->setRunning(false);
            if (!r) {
                // A cancelled sweep shows nothing: a partial heatmap would rank
                // only the combinations that happened to run first.
                m_optimisation->clear();
                // "Sweep cancelled after 3 of 10 combinations; ...": the sentence without its "sweep"
                // context.
                const Error &e = r.error();
                m_optimisation->setProgress(
                    0, e.code == ErrorCode::Cancelled
                           ? tr("Sweep %1; nothing is shown")
                                 .arg(qs(e.userMessage.empty() ? e.message : e.userMessage))
                           : qs(e.toUserString()));
                showFailure(tr("Sweep"), r.error());
                return;
            }
            m_optimisation->showSweep(*r);
            // Shown, but marked: an input was touched while the sweep ran, so
            // these results answer the inputs it started with.
            if (sweptInputs != m_sweepInputs)
                m_optimisation->setProgress(
                    1, tr("An input changed while the sweep ran: these results are for the "
                          "inputs at its start. Run the sweep again for the current ones."));
            Q_EMIT sweepFinished();
        });
    connect(m_sweepJob, &Job::progressChanged, m_optimisation, &OptimisationPanel::setProgress);
}

void BacktestLabView::runWalkForward()
{
    if (m_walkForwardJob)
        return;
    const bt::StrategyInfo *info = sweptInfo();
    auto inputs = formInputs();
    if (inputs)
        m_ruleEditor->applyTo(*inputs); // the rule, when the Rule tab runs one
    if (inputs && info && info->multiAsset)
        inputs =
            labError(ErrorCode::InvalidArgument,
                     QT_TRANSLATE_NOOP("sn::ui::BacktestLab", "walk-forward takes a single-series strategy"),
                     {}, QT_TRANSLATE_NOOP("sn::ui::BacktestLab", "walk-forward"));
    if (!inputs) {
        showFailure(tr("Walk-forward"), inputs.error());
        return;
    }
    auto sweep = sweepFromForm(*inputs);
    if (!sweep) {
        showFailure(tr("Walk-forward"), sweep.error());
        return;
    }
    auto in = std::make_shared<const LabInputs>(std::move(inputs).value());
    bt::WalkForwardConfig wf;
    wf.sweep = std::move(sweep).value();
    wf.inSampleBars = m_walkForward->inSampleBars();
    wf.outOfSampleBars = m_walkForward->outOfSampleBars();
    wf.anchored = m_walkForward->anchored();
    auto config = std::make_shared<const bt::WalkForwardConfig>(std::move(wf));
    auto cache = m_cache;
    const int width = m_results->plotWidth();
    m_walkForward->clear();
    m_walkForward->setRunning(true);
    m_walkForwardRecord = {};
    Q_EMIT reportChanged();
    auto used = std::make_shared<std::shared_ptr<const BarSeries>>(); // the series walked, for the report
    m_walkForwardJob = m_jobs.run<WalkForwardView>(
        tr("Walk-forward %1").arg(qs(config->sweep.strategy)),
        [in, config, cache, info, width, used](const JobTracker::ProgressFn &progress,
                                               const std::atomic<bool> &cancel) -> Result<WalkForwardView> {
            auto loaded = cache->get(in->symbols.front(), in->interval, in->from, in->to, in->adjusted);
            if (!loaded)
                return loaded.error();
            *used = *loaded;
            const BarSeries &series = **loaded;
            const std::size_t n = series.size();
            // Windows the engine will run (the same stepping as bt::WalkForward), for progress.
            std::size_t windows = 0;
            for (std::size_t k = 0; config->inSampleBars + k * config->outOfSampleBars + 2 <= n; ++k)
                ++windows;
            bt::WalkForwardConfig wf = *config;
            wf.sweep.cancel = &cancel;
            std::size_t window = 0, lastDone = 0;
            const std::size_t steps = std::max<std::size_t>(windows, 1) + 1; // + the hindsight sweep
            wf.sweep.progress = [&](std::size_t done, std::size_t total) {
                if (done < lastDone)
                    ++window; // a new window's sweep started
                lastDone = done;
                const double within = total ? double(done) / double(total) : 0;
                progress((double(window) + within) / double(steps),
                         QObject::tr("Window %1 of %2").arg(window + 1).arg(windows));
            };
            auto result = bt::WalkForward::run(series, wf);
            if (!result)
                return result.error();
            WalkForwardView view;
            view.strategy = QString::fromStdString(config->sweep.strategy);
            view.outOfSamplePoints = decimateMinMax(result->oosTime, result->oosEquity, width);

            // The in-sample optimum over the traded span itself (hindsight).
            const std::size_t begin = result->windows.front().oosBegin, end = result->windows.back().oosEnd;
            bt::SweepConfig hs = config->sweep;
            hs.cancel = &cancel;
            hs.begin = begin;
            hs.end = end;
            hs.progress = [&](std::size_t done, std::size_t total) {
                progress((double(steps - 1) + (total ? double(done) / double(total) : 0)) / double(steps),
                         QObject::tr("In-sample optimum over the whole span"));
            };
            auto best = bt::Optimizer::run(series, hs);
            if (!best)
                return best.error();
            if (best->cancelled)
                return cancelled("walk-forward");
            if (!best->ranking.empty()) {
                const auto row = best->table.row(best->ranking.front());
                view.hindsightParams.assign(row.begin(), row.end());
                const bt::Strategy *strategy =
                    config->sweep.custom ? config->sweep.custom : bt::StrategyRegistry::find(info->name);
                bt::IndicatorCache indicators(series.open, series.high, series.low, series.close,
                                              series.volume);
                std::vector<std::uint8_t> flags(n);
                strategy->computeSignals(view.hindsightParams, indicators, flags);
                // A rule's own stops, as the walk-forward itself ran them.
                auto simConfig = strategy->configFor(view.hindsightParams, config->sweep.config);
                if (!simConfig)
                    return simConfig.error();
                bt::StopDistances distances;
                if (strategy->computeStopDistances(view.hindsightParams, indicators, distances))
                    distances.applyTo(*simConfig);
                auto sim = bt::Simulator::run(series, flags, *simConfig, begin, end);
                if (!sim)
                    return sim.error();
                view.hindsightPoints = decimateMinMax(sim->time, sim->equity, width);
                view.hindsightReturn = sim->finalEquity / sim->initialCash - 1.0;
            }
            view.result = std::move(result).value();
            return view;
        },
        this,
        [this, in, config, used](Result<WalkForwardView> r) {
            m_walkForwardJob = nullptr;
            if (r)
                m_walkForwardRecord = {in, config, std::make_shared<const bt::WalkForwardResult>(r->result),
                                       *used};
            m_walkForward->setRunning(false);
            if (!r) {
                m_walkForward->setStatus(r.error().code == ErrorCode::Cancelled
                                             ? tr("Walk-forward cancelled; nothing is shown")
                                             : qs(r.error().toUserString()));
                showFailure(tr("Walk-forward"), r.error());
                return;
            }
            m_walkForward->showResult(*r);
            Q_EMIT walkForwardFinished();
        });
    connect(m_walkForwardJob, &Job::progressChanged, m_walkForward, &WalkForwardPanel::setProgress);
}

void BacktestLabView::saveRun()
{
    if (!m_report || !m_reportInputs)
        return;
    const QString name = m_saveName->text().trimmed();
    if (name.isEmpty()) {
        m_status->setText(tr("Give the run a name to save it"));
        return;
    }
    auto report = m_report;
    auto in = m_reportInputs;
    auto series = m_reportSeries;
    const Workspace *db = &m_workspace;
    m_save->setEnabled(false);
    m_jobs.run<qint64>(
        tr("Saving run"),
        [db, report, in, series, name](const JobTracker::ProgressFn &, const std::atomic<bool> &) {
            std::vector<const BarSeries *> raw;
            for (const auto &s : series)
                raw.push_back(s.get());
            return RunService(*db).save(RunCodec::encode(name, *report, *in, raw, db->displayUrl()));
        },
        this,
        [this, name](Result<qint64> r) {
            m_save->setEnabled(true);
            if (!r) {
                showFailure(tr("Saving the run"), r.error());
                return;
            }
            m_status->setText(tr("Saved as '%1'").arg(name));
            // RunService announced the run: the history reloads through the watcher.
            Q_EMIT runSaved(*r);
        });
}

void BacktestLabView::reopenRun(qint64 id)
{
    const Workspace *db = &m_workspace;
    const int width = m_results->plotWidth();
    m_jobs.run<ReopenOutput>(
        tr("Opening saved run"),
        [db, id, width](const JobTracker::ProgressFn &, const std::atomic<bool> &) -> Result<ReopenOutput> {
            auto run = RunService(*db).load(id);
            if (!run)
                return run.error();
            auto view = RunCodec::decode(*run, width);
            if (!view)
                return view.error();
            return ReopenOutput{std::move(view).value(), RunCodec::inputsOf(*run)};
        },
        this,
        [this, id](Result<ReopenOutput> r) {
            if (!r) {
                showFailure(tr("Opening the run"), r.error());
                return;
            }
            // The form shows what produced the run so it can be varied and re-run.
            const QJsonObject in = r->inputs;
            m_form->setStrategy(r->view.strategy);
            // The recipe's prices, so a re-run rebuilds the same series (runs saved before the
            // choice existed have no "prices": they ran on the stored, unadjusted bars).
            m_form->setAdjusted(r->view.adjusted);
            if (!r->view.symbols.isEmpty())
                m_form->setSymbol(r->view.symbols.front());
            for (std::size_t i = 0; i < r->view.paramNames.size(); ++i)
                m_form->setParam(qs(r->view.paramNames[i]), r->view.params[i]);
            Convention convention = Convention::supernova(in.value(QStringLiteral("convention"))
                                                              .toObject()
                                                              .value(QStringLiteral("risk_free"))
                                                              .toDouble());
            const QString conventionName =
                in.value(QStringLiteral("convention")).toObject().value(QStringLiteral("name")).toString();
            if (!conventionName.isEmpty())
                convention.name = conventionName.toStdString();
            m_report.reset();
            m_reportInputs.reset();
            m_reportSeries.clear();
            m_save->setEnabled(false);
            m_results->showRun(r->view, convention);
            m_shownView = r->view;
            m_shownConvention = convention;
            m_tabs->setCurrentIndex(ResultsTab);
            m_status->setStyleSheet(QString());
            m_status->setText(tr("Reopened %1 (%2)")
                                  .arg(r->view.title, r->view.adjusted
                                                          ? tr("split/dividend-adjusted prices")
                                                          : tr("unadjusted prices (as traded)")));
            Q_EMIT runReopened(id);
        });
}

void BacktestLabView::renameRun(qint64 id, const QString &name)
{
    const Workspace *db = &m_workspace;
    m_jobs.run<bool>(
        tr("Renaming run"),
        [db, id, name](const JobTracker::ProgressFn &, const std::atomic<bool> &) -> Result<bool> {
            if (auto r = RunService(*db).rename(id, name); !r)
                return r.error();
            return true;
        },
        this,
        [this](Result<bool> r) {
            if (!r) {
                showFailure(tr("Renaming the run"), r.error());
                loadHistory(); // put back the stored name: a refusal announces nothing
            }
        });
}

void BacktestLabView::deleteRun(qint64 id)
{
    const Workspace *db = &m_workspace;
    m_jobs.run<bool>(
        tr("Deleting run"),
        [db, id](const JobTracker::ProgressFn &, const std::atomic<bool> &) -> Result<bool> {
            if (auto r = RunService(*db).remove(id); !r)
                return r.error();
            return true;
        },
        this,
        [this](Result<bool> r) {
            if (!r) {
                showFailure(tr("Deleting the run"), r.error());
                loadHistory();
            }
        });
}

void BacktestLabView::compareRuns(qint64 first, qint64 second)
{
    const Workspace *db = &m_workspace;
    const int width = m_results->plotWidth();
    m_jobs.run<ComparisonOutput>(
        tr("Comparing runs"),
        [db, first, second, width](const JobTracker::ProgressFn &,
                                   const std::atomic<bool> &) -> Result<ComparisonOutput> {
            ComparisonOutput out;
            for (const auto &[id, target] : {std::pair{first, &out.first}, std::pair{second, &out.second}}) {
                auto run = RunService(*db).load(id);
                if (!run)
                    return run.error();
                auto view = RunCodec::decode(*run, width);
                if (!view)
                    return view.error();
                *target = std::move(view).value();
                target->title = run->name;
            }
            return out;
        },
        this,
        [this](Result<ComparisonOutput> r) {
            if (!r) {
                showFailure(tr("Comparing runs"), r.error());
                return;
            }
            m_history->showComparison(r->first, r->second);
            Q_EMIT comparisonShown();
        });
}

} // namespace sn::ui
