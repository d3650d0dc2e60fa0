#include "ui/shell/MainWindow.h"

#include "core/workspace/SampleData.h"
#include "core/workspace/Workspace.h"
#include "ui/about/AboutDialog.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/backtest/BacktestLabView.h"
#include "ui/charts/ChartsView.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/imports/ImportWizard.h"
#include "ui/market/MarketDataView.h"
#include "ui/portfolio/PortfolioView.h"
#include "ui/reportexport/ReportActions.h"
#include "ui/risk/RiskView.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/TeamSettingsPage.h"
#include "ui/shell/Area.h"
#include "ui/shell/AreaGuide.h"
#include "ui/shell/HeaderFit.h"
#include "ui/shell/JobTracker.h"
#include "ui/shell/JobsIndicator.h"
#include "ui/shell/ShortcutList.h"
#include "ui/shell/SyncIndicator.h"
#include "ui/team/TeamSession.h"
#include "ui/team/TeamView.h"
#include "ui/watchlists/WatchlistsView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <optional>
#include <vector>

namespace sn::ui {

MainWindow::MainWindow(const Workspace &db, JobTracker &jobs, QWidget *parent)
    : QMainWindow(parent), m_workspace(db), m_jobs(jobs), m_navigation(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_databaseLabel(new QLabel(this)), m_undoGroup(new QUndoGroup(this))
{
    setWindowTitle(tr("SuperNova"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    setObjectName(QStringLiteral("MainWindow"));

    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFixedWidth(170);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::areaShown);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_reportActions = new ReportActions(m_workspace, m_jobs, this);
    connect(m_reportActions, &ReportActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    m_team = new TeamSession(m_workspace, this);
    createAreas();

    m_databaseLabel->setText(tr("Database: %1").arg(m_workspace.displayUrl()));
    m_databaseLabel->setToolTip(m_workspace.displayUrl());
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(new JobsIndicator(m_jobs, this));
    auto *sync = new SyncIndicator(*m_team, this);
    connect(sync, &SyncIndicator::clicked, this, [this]() { showArea(QStringLiteral("team")); });
    statusBar()->addPermanentWidget(sync);

    createMenus();
    restoreState();
    refreshAll();
    // Signed in before (a token in the keychain): reconnect as the CLI would.
    if (m_team->config().complete())
        m_team->connectToServer();
}

MainWindow::~MainWindow() = default;

void MainWindow::createAreas()
{
    auto *dashboard = new DashboardView(m_workspace, m_jobs, this);
    auto *charts = new ChartsView(m_workspace, m_jobs, this);
    auto *lab = new BacktestLabView(m_workspace, m_jobs, this);
    auto *advisor = new AdvisorView(m_workspace, m_jobs, this);
    addArea(dashboard);
    addArea(new MarketDataView(m_workspace, m_jobs, this));
    addArea(charts);
    addArea(new PortfolioView(m_workspace, m_jobs, this));
    addArea(new RiskView(m_workspace, m_jobs, this));
    addArea(lab);
    addArea(advisor);
    addArea(new WatchlistsView(m_workspace, m_jobs, this));
    addArea(new TeamView(m_workspace, m_jobs, *m_team, this));

    // The areas know nothing of each other; the window wires what crosses them.
    connect(dashboard, &DashboardView::askRequested, this, [this, advisor](const QString &question) {
        showArea(advisor->areaId());
        advisor->ask(question);
    });
    connect(dashboard, &DashboardView::symbolActivated, this, [this, charts](const QString &symbol) {
        showArea(charts->areaId());
        charts->openSymbol(symbol);
    });
    connect(dashboard, &DashboardView::runActivated, this, [this, lab](qint64 runId) {
        showArea(lab->areaId());
        lab->reopenRun(runId);
    });
    connect(lab, &BacktestLabView::tradeSelectedWithPrices, this,
            [this, charts](const QString &symbol, qint64 entryTime, double entryPrice, qint64 exitTime,
                           double exitPrice) {
                showArea(charts->areaId());
                charts->showTrade(symbol, entryTime, entryPrice, exitTime, exitPrice);
            });
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_areas.isEmpty())
        rebuild();
    QMainWindow::changeEvent(event);
}

struct MainWindow::CarriedWork
{
    QString chartSymbol;
    std::optional<std::vector<ChartsView::IndicatorPick>> chartIndicators;
    QString riskConvention;
    int varMethod = -1;
    double confidence = 0.0;
    int horizon = 1;
    int riskTab = 0;
    qint64 conversation = 0;
    QString draftQuestion;
    std::shared_ptr<BacktestLabView::Work> lab;
    int labTab = 0;
};

void MainWindow::rebuild()
{
    const QString shown = currentArea() ? currentArea()->areaId() : QString();
    // The areas are built anew to take the new language; what the user was
    // working on is carried over to them rather than lost.
    const CarriedWork work = carryWork();
    int settingsTab = -1;
    if (m_settings) {
        // Preferences follow the language too: reopened on the same page.
        if (auto *tabs = m_settings->findChild<QTabWidget *>())
            settingsTab = tabs->currentIndex();
        disconnect(m_settings, &QObject::destroyed, this, nullptr);
        m_settings
            ->close(); // deleted later (WA_DeleteOnClose), after the slot that switched the language returns
        m_settings = nullptr;
    }
    {
        const QSignalBlocker block(m_navigation);
        m_navigation->clear();
        for (Area *area : std::as_const(m_areas)) {
            m_stack->removeWidget(area);
            area->deleteLater();
        }
        m_areas.clear();
    }
    const auto menus = menuBar()->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly);
    menuBar()->clear();
    qDeleteAll(menus);
    setWindowTitle(tr("SuperNova"));
    m_navigation->setAccessibleName(tr("Areas"));
    m_databaseLabel->setText(tr("Database: %1").arg(m_workspace.displayUrl()));
    createAreas();
    createMenus();
    m_navigation->setCurrentRow(0);
    if (!shown.isEmpty())
        showArea(shown);
    refreshAll();
    restoreWork(work);
    if (settingsTab >= 0)
        QTimer::singleShot(0, this, [this, settingsTab]() {
            showSettings();
            if (auto *tabs = m_settings->findChild<QTabWidget *>())
                tabs->setCurrentIndex(settingsTab);
        });
}

MainWindow::CarriedWork MainWindow::carryWork() const
{
    CarriedWork w = m_restored ? *m_restored : CarriedWork{};
    for (Area *area : m_areas) {
        if (auto *charts = qobject_cast<ChartsView *>(area)) {
            if (!charts->currentSymbol().isEmpty())
                w.chartSymbol = charts->currentSymbol();
            w.chartIndicators = charts->indicatorPicks();
        } else if (auto *risk = qobject_cast<RiskView *>(area)) {
            w.riskConvention = risk->conventionBox()->currentData().toString();
            w.varMethod = risk->varMethodBox()->currentIndex();
            w.confidence = risk->confidenceBox()->value();
            w.horizon = risk->horizonBox()->value();
            w.riskTab = risk->tabs()->currentIndex();
        } else if (auto *advisor = qobject_cast<AdvisorView *>(area)) {
            if (advisor->currentConversation() > 0)
                w.conversation = advisor->currentConversation();
            w.draftQuestion = advisor->questionBox()->toPlainText();
        } else if (auto *lab = qobject_cast<BacktestLabView *>(area)) {
            w.lab = std::make_shared<BacktestLabView::Work>(lab->work());
            w.labTab = lab->tabs()->currentIndex();
        }
    }
    return w;
}

void MainWindow::restoreWork(const CarriedWork &w)
{
    m_restored = std::make_shared<CarriedWork>(w);
    for (Area *area : std::as_const(m_areas)) {
        if (auto *charts = qobject_cast<ChartsView *>(area)) {
            if (w.chartIndicators)
                charts->setIndicatorPicks(*w.chartIndicators);
            if (!w.chartSymbol.isEmpty())
                charts->openSymbol(w.chartSymbol);
        } else if (auto *risk = qobject_cast<RiskView *>(area)) {
            if (!w.riskConvention.isEmpty())
                risk->pickConvention(w.riskConvention);
            if (w.varMethod >= 0) {
                risk->varMethodBox()->setCurrentIndex(w.varMethod);
                risk->confidenceBox()->setValue(w.confidence);
                risk->horizonBox()->setValue(w.horizon);
                risk->tabs()->setCurrentIndex(w.riskTab);
            }
        } else if (auto *advisor = qobject_cast<AdvisorView *>(area)) {
            if (w.conversation > 0)
                advisor->openConversation(w.conversation);
            advisor->questionBox()->setPlainText(w.draftQuestion);
        } else if (auto *lab = qobject_cast<BacktestLabView *>(area)) {
            if (w.lab) {
                lab->restoreWork(*w.lab);
                lab->tabs()->setCurrentIndex(w.labTab);
            }
        }
    }
}

void MainWindow::showImportWizard()
{
    auto *wizard = new ImportWizard(m_workspace, m_jobs, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::importFinished, this, [this](bool ok) {
        if (ok)
            refreshAll();
    });
    wizard->show();
}

void MainWindow::showSettings()
{
    if (!m_settings) {
        m_settings = new SettingsDialog(m_workspace, m_jobs, SecretStore(), this);
        static_cast<SettingsDialog *>(m_settings)
            ->tabs()
            ->addTab(new TeamSettingsPage(*m_team, m_settings), tr("&Team"));
        m_settings->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settings, &QObject::destroyed, this, [this]() {
            m_settings = nullptr;
            // The analytics settings are written through SettingsService and
            // announced, so the areas that use them follow by themselves. The
            // advisor's configuration is saved by AdvisorConfig, which
            // announces nothing: the two areas that read it reload here.
            for (Area *area : std::as_const(m_areas))
                if (area->areaId() == QLatin1String("advisor") || area->areaId() == QLatin1String("backtest"))
                    area->refresh();
        });
    }
    m_settings->show();
    m_settings->raise();
    m_settings->activateWindow();
}

void MainWindow::addArea(Area *area)
{
    m_areas.append(area);
    m_stack->addWidget(area);
    HeaderFit::keepTitlesWholeIn(area);
    if (QUndoStack *stack = area->undoStack())
        m_undoGroup->addStack(stack);
    auto *item = new QListWidgetItem(area->icon(), area->title(), m_navigation);
    item->setData(Qt::UserRole, area->areaId());
}

Area *MainWindow::currentArea() const
{
    return qobject_cast<Area *>(m_stack->currentWidget());
}

void MainWindow::showArea(const QString &areaId)
{
    for (int i = 0; i < m_areas.size(); ++i)
        if (m_areas[i]->areaId() == areaId)
            m_navigation->setCurrentRow(i);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    for (Area *area : m_areas)
        for (QAction *action : area->fileActions())
            file->addAction(action);
    file->addSeparator();
    m_reportActions->retranslate();
    file->addAction(m_reportActions->exportAction());
    file->addAction(m_reportActions->printAction());
    file->addSeparator();
    QAction *wizard = file->addAction(QIcon(QStringLiteral(":/icons/import.svg")),
                                      tr("&Import CSV (wizard)..."), this, &MainWindow::showImportWizard);
    wizard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(m_editMenu, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(m_editMenu, tr("&Redo"));
    // The platform's Redo keys, plus Ctrl+Shift+Z where the platform has only Ctrl+Y; a key
    // listed twice on one action makes Qt call it ambiguous and drop it.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setShortcuts(redoKeys);
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();
    for (Area *area : m_areas)
        for (QAction *action : area->editActions())
            m_editMenu->addAction(action);
    m_editMenu->addSeparator();
    QAction *preferences = m_editMenu->addAction(tr("&Preferences..."), this, &MainWindow::showSettings);
    preferences->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_areas.size(); ++i) {
        QAction *go = view->addAction(m_areas[i]->icon(), m_areas[i]->title());
        if (i < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i]() { m_navigation->setCurrentRow(i); });
    }
    view->addSeparator();
    QAction *refresh = view->addAction(tr("&Refresh"), this, &MainWindow::refreshAll);
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *data = menuBar()->addMenu(tr("&Data"));
    data->addAction(tr("&Load sample data"), this, &MainWindow::loadSampleData);
    data->addAction(tr("Re&set sample data..."), this, &MainWindow::resetSampleData);
    data->addAction(tr("&Remove sample data..."), this, &MainWindow::removeSampleData);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, [this]() { showShortcutList(this); });
    keys->setObjectName(QStringLiteral("help.shortcuts"));
    keys->setShortcut(QKeySequence::HelpContents);
    QAction *guide = help->addAction(tr("&Guide for this area"), this, [this]() {
        if (Area *area = currentArea())
            AreaGuide::show(this, area->areaId(), area->title());
    });
    guide->setObjectName(QStringLiteral("help.guide"));
    guide->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F1));
    help->addSeparator();
    help->addAction(tr("About &sample data"), this, [this]() { AboutDialog::showSampleData(this); });
    help->addAction(tr("&About SuperNova"), this,
                    [this]() { AboutDialog::showAbout(this, m_workspace.displayUrl()); });
}

void MainWindow::areaShown(int index)
{
    if (index < 0 || index >= m_areas.size())
        return;
    m_stack->setCurrentIndex(index);
    Area *shown = m_areas[index];
    m_undoGroup->setActiveStack(shown->undoStack());
    m_reportActions->setArea(shown);
    // Only the shown area's edit actions are live, so one shortcut never has two owners.
    for (Area *area : m_areas)
        for (QAction *action : area->editActions())
            action->setVisible(area == shown);
}

void MainWindow::refreshAll()
{
    for (Area *area : m_areas)
        area->refresh();
}

void MainWindow::loadSampleData()
{
    const Workspace *db = &m_workspace;
    m_jobs.run<bool>(
        tr("Loading sample data"),
        [db](const JobTracker::ProgressFn &progress, const std::atomic<bool> &) -> Result<bool> {
            progress(0.1, tr("importing"));
            if (auto r = SampleData(*db).load(); !r)
                return r.error();
            return true;
        },
        this,
        [this](Result<bool> result) {
            if (!result) {
                statusBar()->showMessage(tr("Sample data not loaded: %1")
                                             .arg(QString::fromStdString(result.error().toUserString())));
                return;
            }
            // Every area follows the announcement of the new data itself.
            Q_EMIT sampleDataChanged(true);
        });
}

void MainWindow::resetSampleData()
{
    if (QMessageBox::question(this, tr("Reset sample data"),
                              tr("Put the sample data back as shipped? Changes to the sample portfolio and "
                                 "watchlist are undone; your own data is kept.")) != QMessageBox::Yes)
        return;
    runSampleJob(
        tr("Resetting sample data"), [](const SampleData &s) { return s.reset(); }, true);
}

void MainWindow::runSampleJob(const QString &title,
                              const std::function<Result<void>(const SampleData &)> &work, bool loadedAfter)
{
    const Workspace *db = &m_workspace;
    m_jobs.run<bool>(
        title,
        [db, work](const JobTracker::ProgressFn &, const std::atomic<bool> &) -> Result<bool> {
            if (auto r = work(SampleData(*db)); !r)
                return r.error();
            return true;
        },
        this,
        [this, title, loadedAfter](Result<bool> result) {
            if (!result) {
                QMessageBox::warning(this, title, QString::fromStdString(result.error().toUserString()));
                return;
            }
            // Every area follows the announcement (the workspace changed as a whole).
            Q_EMIT sampleDataChanged(loadedAfter);
        });
}

void MainWindow::removeSampleData()
{
    if (QMessageBox::question(
            this, tr("Remove sample data"),
            tr("Remove the sample instruments with their bars, the sample watchlist and the "
               "sample portfolio? Your own data is kept.")) != QMessageBox::Yes)
        return;
    runSampleJob(
        tr("Removing sample data"), [](const SampleData &s) { return s.remove(); }, false);
}

void MainWindow::restoreState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    QMainWindow::restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    const QString area = settings.value(QStringLiteral("mainWindow/area")).toString();
    m_navigation->setCurrentRow(0);
    if (!area.isEmpty())
        showArea(area);
    if (!settings.contains(QStringLiteral("mainWindow/geometry")))
        resize(1200, 760);
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), QMainWindow::saveState());
    if (Area *area = currentArea())
        settings.setValue(QStringLiteral("mainWindow/area"), area->areaId());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

} // namespace sn::ui
