#include "ui/reportexport/AreaReports.h"
#include "ui/risk/RiskViewSupport.h"

// RiskView: construction, panels, options and the bookkeeping of its background parts.
// The jobs are in RiskViewCompute.cpp, what they show in RiskViewShow.cpp.
namespace sn::ui {

using namespace risk_detail;

RiskView::RiskView(const Workspace &db, JobTracker &jobs, QWidget *parent)
    : Area(parent), m_workspace(db), m_jobs(jobs), m_undo(new QUndoStack(this)),
      m_ledger(new TransactionTableModel(this)), m_portfolios(new QComboBox(this)),
      m_conventions(new QComboBox(this)), m_conventionLabel(noteLabel(this, tr("Active convention"))),
      m_status(noteLabel(this, tr("Risk status"))), m_metrics(new QStandardItemModel(0, 3, this)),
      m_metricsView(nullptr), m_how(new QTextBrowser(this)), m_varMethod(new QComboBox(this)),
      m_confidence(new QDoubleSpinBox(this)), m_horizon(new QSpinBox(this)), m_varDebounce(new QTimer(this)),
      m_tabs(new QTabWidget(this)), m_heatmap(nullptr), m_heatmapNote(nullptr), m_fanView(nullptr),
      m_fanNote(nullptr), m_stressModel(new QStandardItemModel(0, 4, this)), m_stressNote(nullptr),
      m_frontierView(nullptr), m_frontierCount(nullptr), m_frontierChoice(nullptr),
      m_weights(new QStandardItemModel(0, 3, this)), m_frontierNote(nullptr),
      m_targets(new QStandardItemModel(0, 3, this)), m_targetSum(nullptr), m_wholeShares(nullptr),
      m_trades(new QStandardItemModel(0, 5, this)), m_proposalNote(nullptr), m_apply(nullptr)
{
    setObjectName(QStringLiteral("RiskView"));
    m_undo->setObjectName(QStringLiteral("RiskUndoStack"));
    // Every figure here derives from the ledger, the prices and the analytics
    // settings: a change to any of them, made anywhere, recomputes the view.
    new ChangeWatcher(m_workspace,
                      {Change::Entity::Portfolio, Change::Entity::Transaction, Change::Entity::Setting,
                       Change::Entity::Bars, Change::Entity::Instrument},
                      this, [this](const ChangeSet &changes) {
                          // Lines the undo stack holds may be gone (portfolio removed, workspace replaced).
                          for (const Change &c : changes)
                              if (c.entity == Change::Entity::Everything ||
                                  (c.entity == Change::Entity::Portfolio && c.kind == Change::Kind::Removed))
                                  m_undo->clear();
                          refresh();
                      });

    m_portfolios->setAccessibleName(tr("Portfolio"));
    m_portfolios->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_conventions->setAccessibleName(tr("Convention"));
    m_conventions->setToolTip(
        tr("How the statistics are defined (annualisation, deviation, risk-free handling)"));
    for (const std::string &name : Convention::profileNames())
        m_conventions->addItem(DisplayNames::convention(name), qs(name));

    auto *top = new QHBoxLayout;
    auto *portfolioLabel = new QLabel(tr("&Portfolio:"), this);
    portfolioLabel->setBuddy(m_portfolios);
    auto *conventionLabel = new QLabel(tr("Con&vention:"), this);
    conventionLabel->setBuddy(m_conventions);
    top->addWidget(portfolioLabel);
    top->addWidget(m_portfolios);
    top->addWidget(conventionLabel);
    top->addWidget(m_conventions);
    top->addWidget(m_conventionLabel, 1);

    auto *left = new QWidget(this);
    buildMetricsPanel(left);

    m_tabs->setAccessibleName(tr("Risk panels"));
    m_tabs->addTab(buildHeatmapTab(), tr("&Correlation"));
    m_tabs->addTab(buildFanTab(), tr("&Monte Carlo"));
    m_tabs->addTab(buildStressTab(), tr("&Stress tests"));
    m_tabs->addTab(buildFrontierTab(), tr("&Efficient frontier"));
    m_tabs->addTab(buildRebalanceTab(), tr("&Rebalancing"));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({560, 840});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_portfolios, &QComboBox::currentTextChanged, this, [this](const QString &) {
        if (m_startupLoaded)
            computeAll();
    });
    connect(m_conventions, &QComboBox::currentIndexChanged, this, [this](int) {
        // A pick made before the stored default arrives (a language switch
        // carrying the user's choice into the rebuilt view) outranks it.
        m_conventionPicked = true;
        if (m_startupLoaded)
            computeAll();
    });
    // Spin boxes step one value per key press; wait for the typing to settle.
    m_varDebounce->setSingleShot(true);
    m_varDebounce->setInterval(150);
    connect(m_varDebounce, &QTimer::timeout, this, &RiskView::computeRisk);
    connect(m_varMethod, &QComboBox::currentIndexChanged, this, [this]() {
        if (m_startupLoaded)
            computeRisk();
    });
    connect(m_confidence, &QDoubleSpinBox::valueChanged, this, [this]() {
        if (m_startupLoaded)
            m_varDebounce->start();
    });
    connect(m_horizon, &QSpinBox::valueChanged, this, [this]() {
        if (m_startupLoaded)
            m_varDebounce->start();
    });
    // The ledger changed (rebalance applied or undone): every figure depends on it.
    connect(m_undo, &QUndoStack::indexChanged, this, [this]() { computeAll(); });
    // File > Export report... is offered once the figures it reports are shown.
    connect(this, &RiskView::loaded, this, &Area::reportChanged);
    connect(this, &RiskView::partUpdated, this, &Area::reportChanged);
}

RiskView::~RiskView() = default;

AreaReport RiskView::report() const
{
    if (!m_risk)
        return {{},
                {},
                partError(Risk).isEmpty() ? tr("No risk figures yet: pick a portfolio and wait for them.")
                                          : tr("No risk report: %1").arg(partError(Risk))};
    report::RiskReportOptions o;
    o.risk = riskOptions();
    o.projection = projectionOptions();
    o.stress = stressOptions();
    o.frontierPoints = frontierPoints();
    if (m_proposal)
        o.rebalance = rebalanceOptions();
    return area_reports::risk(m_workspace, portfolio(), o);
}

QIcon RiskView::icon() const
{
    return QIcon(QStringLiteral(":/icons/risk.svg"));
}

// ---- Layout ---------------------------------------------------------------

void RiskView::buildMetricsPanel(QWidget *host)
{
    m_metrics->setHorizontalHeaderLabels({tr("Metric"), tr("Value"), tr("Detail")});
    m_metricsView = makeTable(host, m_metrics, tr("Risk metrics"));
    connect(m_metricsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this]() { showHowComputed(); });

    m_how->setAccessibleName(tr("How computed"));
    m_how->setOpenLinks(false);
    m_how->setMinimumHeight(140);

    m_varMethod->setAccessibleName(tr("VaR method"));
    m_varMethod->addItem(tr("Historical"), static_cast<int>(RiskReport::VarMethod::Historical));
    m_varMethod->addItem(tr("Parametric (normal)"), static_cast<int>(RiskReport::VarMethod::Normal));
    m_varMethod->addItem(tr("Parametric (Cornish-Fisher)"),
                         static_cast<int>(RiskReport::VarMethod::CornishFisher));
    m_varMethod->addItem(tr("Monte Carlo"), static_cast<int>(RiskReport::VarMethod::MonteCarlo));
    m_confidence->setAccessibleName(tr("VaR confidence"));
    m_confidence->setRange(50.0, 99.9);
    m_confidence->setDecimals(1);
    m_confidence->setSingleStep(0.5);
    m_confidence->setSuffix(QStringLiteral(" %"));
    m_confidence->setValue(95.0);
    m_horizon->setAccessibleName(tr("VaR horizon"));
    m_horizon->setRange(1, 252);
    m_horizon->setSuffix(tr(" trading day(s)"));
    m_horizon->setValue(1);

    auto *varBox = new QGroupBox(tr("Value at risk"), host);
    auto *form = new QFormLayout(varBox);
    auto *methodLabel = new QLabel(tr("Me&thod:"), varBox);
    methodLabel->setBuddy(m_varMethod);
    auto *confidenceLabel = new QLabel(tr("Con&fidence:"), varBox);
    confidenceLabel->setBuddy(m_confidence);
    auto *horizonLabel = new QLabel(tr("&Horizon:"), varBox);
    horizonLabel->setBuddy(m_horizon);
    form->addRow(methodLabel, m_varMethod);
    form->addRow(confidenceLabel, m_confidence);
    form->addRow(horizonLabel, m_horizon);

    auto *layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_metricsView, 3);
    layout->addWidget(varBox);
    layout->addWidget(new QLabel(tr("<b>How computed</b> (the selected metric)"), host));
    layout->addWidget(m_how, 2);
}

QWidget *RiskView::buildHeatmapTab()
{
    auto *page = new QWidget(this);
    m_heatmap = new CorrelationHeatmap(page);
    m_heatmapNote = noteLabel(page, tr("Correlation notes"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_heatmap, 1);
    layout->addWidget(m_heatmapNote);
    return page;
}

QWidget *RiskView::buildFanTab()
{
    auto *page = new QWidget(this);
    m_fanView = new QChartView(page);
    m_fanView->setRenderHint(QPainter::Antialiasing);
    m_fanView->setAccessibleName(tr("Monte Carlo fan chart"));
    m_fanNote = noteLabel(page, tr("Monte Carlo notes"));
    m_projectionHorizon = new QSpinBox(page);
    m_projectionHorizon->setAccessibleName(tr("Projection horizon"));
    m_projectionHorizon->setRange(5, 2520); // a week to ten years of trading days
    m_projectionHorizon->setValue(PortfolioService::ProjectionOptions{}.steps);
    m_projectionHorizon->setSuffix(tr(" trading days"));
    m_projectionHorizon->setToolTip(tr("How far ahead the paths run: 252 trading days are about a year"));
    m_projectionPaths = new QSpinBox(page);
    m_projectionPaths->setAccessibleName(tr("Simulated paths"));
    m_projectionPaths->setRange(100, 200'000);
    m_projectionPaths->setSingleStep(1000);
    m_projectionPaths->setGroupSeparatorShown(true);
    m_projectionPaths->setValue(PortfolioService::ProjectionOptions{}.paths);
    m_projectionPaths->setToolTip(tr("More paths give steadier percentiles and take longer"));
    auto *inputs = new QHBoxLayout;
    auto *horizonLabel = new QLabel(tr("Hori&zon:"), page);
    horizonLabel->setBuddy(m_projectionHorizon);
    auto *pathsLabel = new QLabel(tr("Pa&ths:"), page);
    pathsLabel->setBuddy(m_projectionPaths);
    inputs->addWidget(horizonLabel);
    inputs->addWidget(m_projectionHorizon);
    inputs->addWidget(pathsLabel);
    inputs->addWidget(m_projectionPaths);
    inputs->addStretch(1);
    // Typing a number steps the box once per key: run the projection when it settles.
    m_projectionDebounce = new QTimer(page);
    m_projectionDebounce->setSingleShot(true);
    m_projectionDebounce->setInterval(250);
    connect(m_projectionDebounce, &QTimer::timeout, this, &RiskView::computeProjection);
    for (QSpinBox *box : {m_projectionHorizon, m_projectionPaths})
        connect(box, &QSpinBox::valueChanged, this, [this]() {
            if (m_startupLoaded)
                m_projectionDebounce->start();
        });
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(inputs);
    layout->addWidget(m_fanView, 1);
    layout->addWidget(m_fanNote);
    return page;
}

QWidget *RiskView::buildStressTab()
{
    auto *page = new QWidget(this);
    m_stressModel->setHorizontalHeaderLabels({tr("Scenario"), tr("Change"), tr("P&L"), tr("Positions")});
    auto *view = makeTable(page, m_stressModel, tr("Stress tests"));
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    view->setWordWrap(true);
    m_stressNote = noteLabel(page, tr("Stress test notes"));

    // The analyst's own scenarios: a named shock to the market, an asset class or an instrument.
    auto *name = new QLineEdit(page);
    name->setAccessibleName(tr("Scenario name"));
    name->setPlaceholderText(tr("Scenario name, e.g. Tech sell-off"));
    auto *scope = new QComboBox(page);
    scope->setAccessibleName(tr("Shock applies to"));
    scope->addItem(tr("Every position (market-wide)"), int(StressTest::Shock::Scope::All));
    scope->addItem(tr("One asset class"), int(StressTest::Shock::Scope::AssetClass));
    scope->addItem(tr("One instrument"), int(StressTest::Shock::Scope::Symbol));
    auto *target = new QLineEdit(page);
    target->setAccessibleName(tr("Asset class or symbol"));
    target->setPlaceholderText(tr("equity, bond, ... or a symbol"));
    target->setEnabled(false);
    connect(scope, &QComboBox::currentIndexChanged, target, [scope, target]() {
        target->setEnabled(scope->currentData().toInt() != int(StressTest::Shock::Scope::All));
    });
    auto *change = new QDoubleSpinBox(page);
    change->setAccessibleName(tr("Price change"));
    change->setRange(-99.9, 1000.0);
    change->setDecimals(1);
    change->setValue(-20.0);
    change->setSuffix(QStringLiteral(" %"));
    auto *add = new QPushButton(tr("&Add scenario"), page);
    auto *remove = new QPushButton(tr("Remove selected scenario"), page);
    remove->setToolTip(tr("Removes your own scenario selected in the table; the built-in ones stay"));
    connect(add, &QPushButton::clicked, this, [this, name, scope, target, change]() {
        if (addCustomStress(name->text(), StressTest::Shock::Scope(scope->currentData().toInt()),
                            target->text(), change->value()))
            name->clear();
    });
    connect(remove, &QPushButton::clicked, this, [this, view]() {
        const int row = view->currentIndex().isValid() ? view->currentIndex().row() : -1;
        removeCustomStress(row - (m_stressModel->rowCount() - int(m_customStress.size())));
    });
    auto *custom = new QHBoxLayout;
    custom->addWidget(name, 2);
    custom->addWidget(scope);
    custom->addWidget(target, 1);
    custom->addWidget(change);
    custom->addWidget(add);
    custom->addWidget(remove);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(view, 1);
    layout->addLayout(custom);
    layout->addWidget(m_stressNote);
    return page;
}

QWidget *RiskView::buildFrontierTab()
{
    auto *page = new QWidget(this);
    m_frontierView = new QChartView(page);
    m_frontierView->setRenderHint(QPainter::Antialiasing);
    m_frontierView->setAccessibleName(tr("Efficient frontier"));
    m_frontierCount = new QSpinBox(page);
    m_frontierCount->setAccessibleName(tr("Frontier points"));
    m_frontierCount->setRange(2, 200);
    m_frontierCount->setValue(m_frontierPointCount);
    m_frontierChoice = new QComboBox(page);
    m_frontierChoice->setAccessibleName(tr("Frontier portfolio"));
    m_weights->setHorizontalHeaderLabels(
        {tr("Symbol"), tr("Current weight (invested)"), tr("Selected weight")});
    auto *weightsView = makeTable(page, m_weights, tr("Weights of the selected portfolio"));
    m_frontierNote = noteLabel(page, tr("Frontier notes"));

    auto *controls = new QHBoxLayout;
    auto *countLabel = new QLabel(tr("Poi&nts:"), page);
    countLabel->setBuddy(m_frontierCount);
    auto *choiceLabel = new QLabel(tr("Sho&w weights of:"), page);
    choiceLabel->setBuddy(m_frontierChoice);
    controls->addWidget(countLabel);
    controls->addWidget(m_frontierCount);
    controls->addWidget(choiceLabel);
    controls->addWidget(m_frontierChoice, 1);

    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(m_frontierView);
    split->addWidget(weightsView);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(controls);
    layout->addWidget(split, 1);
    layout->addWidget(m_frontierNote);

    connect(m_frontierCount, &QSpinBox::editingFinished, this,
            [this]() { setFrontierPoints(m_frontierCount->value()); });
    connect(m_frontierChoice, &QComboBox::currentIndexChanged, this, [this]() { showWeights(); });
    return page;
}

QWidget *RiskView::buildRebalanceTab()
{
    auto *page = new QWidget(this);
    m_targets->setHorizontalHeaderLabels(
        {tr("Symbol"), tr("Current weight (of total)"), tr("Target weight (%)")});
    auto *targetsView = makeTable(page, m_targets, tr("Target weights"));
    targetsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed);
    targetsView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_targetSum = noteLabel(page, tr("Sum of the target weights"));
    connect(m_targets, &QStandardItemModel::itemChanged, this, &RiskView::showTargetSum);

    auto *fromSelection = new QPushButton(tr("From the &selected frontier portfolio"), page);
    fromSelection->setAccessibleName(tr("Targets from the selected frontier portfolio"));
    auto *equal = new QPushButton(tr("E&qual weight"), page);
    equal->setAccessibleName(tr("Equal-weight targets"));
    m_wholeShares = new QCheckBox(tr("W&hole shares"), page);
    m_wholeShares->setChecked(true);
    m_wholeShares->setAccessibleName(tr("Trade whole shares only"));
    auto *proposeButton = new QPushButton(tr("&Propose trades"), page);
    proposeButton->setAccessibleName(tr("Propose trades"));
    proposeButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_apply = new QPushButton(tr("&Apply as transactions"), page);
    m_apply->setAccessibleName(tr("Apply the proposed trades as transactions"));
    m_apply->setToolTip(
        tr("Stores the trades as buy and sell lines on the valuation day; Edit > Undo removes them"));
    m_apply->setEnabled(false);
    connect(fromSelection, &QPushButton::clicked, this, &RiskView::targetsFromSelection);
    connect(equal, &QPushButton::clicked, this, &RiskView::targetsEqualWeight);
    connect(proposeButton, &QPushButton::clicked, this, &RiskView::propose);
    connect(m_apply, &QPushButton::clicked, this, &RiskView::applyProposal);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(fromSelection);
    buttons->addWidget(equal);
    buttons->addWidget(m_wholeShares);
    buttons->addStretch(1);
    buttons->addWidget(proposeButton);

    m_trades->setHorizontalHeaderLabels({tr("Symbol"), tr("Side"), tr("Quantity"), tr("Value"), tr("Fee")});
    auto *tradesView = makeTable(page, m_trades, tr("Proposed trades"));
    m_proposalNote = noteLabel(page, tr("Rebalancing notes"));

    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_proposalNote, 1);
    applyRow->addWidget(m_apply);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("<b>Targets</b> (edit the weights, then propose)"), page));
    layout->addWidget(targetsView, 1);
    layout->addWidget(m_targetSum);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("<b>Proposed trades</b>"), page));
    layout->addWidget(tradesView, 1);
    layout->addLayout(applyRow);
    return page;
}

// ---- Options --------------------------------------------------------------

QString RiskView::portfolio() const
{
    return m_portfolios->currentText();
}

bool RiskView::pickConvention(const QString &id)
{
    const int index = m_conventions->findData(id);
    if (index < 0)
        return false;
    m_conventionPicked = true;
    m_conventions->setCurrentIndex(index);
    return true;
}

Convention RiskView::convention() const
{
    auto c = Convention::byName(m_conventions->currentData().toString().toStdString(), m_startup.riskFree);
    return c ? c.value() : Convention::supernova(m_startup.riskFree);
}

PortfolioService::RiskOptions RiskView::riskOptions() const
{
    PortfolioService::RiskOptions o;
    o.convention = convention();
    o.benchmark = kBenchmark;
    o.varMethod = static_cast<RiskReport::VarMethod>(m_varMethod->currentData().toInt());
    // The spin box shows one decimal of a percentage; round so 97.5 is 0.975 exactly.
    o.confidence = std::round(m_confidence->value() * 10.0) / 1000.0;
    o.horizon = m_horizon->value();
    return o;
}

PortfolioService::PerformanceOptions RiskView::performanceOptions() const
{
    PortfolioService::PerformanceOptions o;
    o.convention = convention();
    o.benchmark = kBenchmark;
    return o;
}

PortfolioService::ProjectionOptions RiskView::projectionOptions() const
{
    PortfolioService::ProjectionOptions o;
    o.steps = m_projectionHorizon->value();
    o.paths = m_projectionPaths->value();
    return o;
}

void RiskView::changeEvent(QEvent *event)
{
    Area::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_startupLoaded) {
        showFan();
        showFrontier();
    }
}

PortfolioService::StressOptions RiskView::stressOptions() const
{
    // The crises the bundled S&P 500 data covers and a flat equity shock (the
    // service's defaults, spelled out so the analyst's scenarios come after them).
    PortfolioService::StressOptions o;
    // Without scenarios of the analyst's, the service's defaults stand as they are (and
    // the report's recipe can name them as `report risk` does).
    if (m_customStress.empty())
        return o;
    o.windows.push_back({toTimestamp({2008, 9, 1}), toTimestamp({2009, 3, 31})});
    o.windows.push_back({toTimestamp({2020, 2, 19}), toTimestamp({2020, 3, 23})});
    o.shocks.push_back({StressTest::Shock::Scope::AssetClass, "equity", -0.2});
    for (const CustomStress &s : m_customStress)
        o.shocks.push_back(s.shock);
    return o;
}

bool RiskView::addCustomStress(const QString &name, StressTest::Shock::Scope scope, const QString &target,
                               double changePercent)
{
    auto item = makeCustomStress(name, scope, target, changePercent);
    if (!item) {
        m_stressNote->setText(tr("Scenario not added: %1").arg(errorText(item.error())));
        return false;
    }
    std::vector<CustomStress> list = m_customStress;
    list.push_back(std::move(item).value());
    return storeCustomStress(std::move(list));
}

bool RiskView::removeCustomStress(int index)
{
    if (index < 0 || index >= int(m_customStress.size())) {
        m_stressNote->setText(tr("Select one of your own scenarios (below the built-in ones) to remove it."));
        return false;
    }
    std::vector<CustomStress> list = m_customStress;
    list.erase(list.begin() + index);
    return storeCustomStress(std::move(list));
}

bool RiskView::storeCustomStress(std::vector<CustomStress> list)
{
    // A one-row settings write through the workspace service, as Settings does.
    auto stored =
        SettingsService(m_workspace).set(QString::fromLatin1(kCustomStressSetting), customStressJson(list));
    if (!stored) {
        m_stressNote->setText(tr("Scenarios not saved: %1").arg(errorText(stored.error())));
        return false;
    }
    m_customStress = std::move(list);
    m_startup.customStress = m_customStress;
    if (m_startupLoaded && m_portfolios->count() > 0)
        computeStress();
    return true;
}

PortfolioService::RebalanceOptions RiskView::rebalanceOptions() const
{
    PortfolioService::RebalanceOptions o;
    o.wholeShares = m_wholeShares->isChecked();
    for (int r = 0; r < m_targets->rowCount(); ++r) {
        const QString symbol = m_targets->item(r, 0)->text();
        bool ok = false;
        const double w = m_targets->item(r, 2)->text().toDouble(&ok);
        o.targets.push_back(
            {symbol.toStdString(), ok ? w / 100.0 : std::numeric_limits<double>::quiet_NaN()});
    }
    return o;
}

int RiskView::frontierPoints() const
{
    return m_frontierPointCount;
}

void RiskView::setFrontierPoints(int points)
{
    if (points == m_frontierPointCount)
        return;
    m_frontierPointCount = points;
    m_frontierCount->setValue(points);
    computeFrontier();
}

// ---- Jobs -----------------------------------------------------------------

std::uint64_t RiskView::begin(Part part)
{
    m_pending |= 1u << part;
    m_errors[static_cast<std::size_t>(part)].clear();
    return ++m_generation[static_cast<std::size_t>(part)];
}

bool RiskView::accept(Part part, std::uint64_t generation)
{
    return generation == m_generation[static_cast<std::size_t>(part)];
}

void RiskView::finish(Part part)
{
    m_pending &= ~(1u << part);
    Q_EMIT partUpdated(part);
    if (m_pending == 0) {
        QStringList failed;
        for (std::size_t i = 0; i < m_errors.size(); ++i)
            if (!m_errors[i].isEmpty())
                failed << m_errors[i];
        m_status->setText(failed.isEmpty() ? QString()
                                           : tr("Some panels could not be computed; see their notes."));
        if (m_reportLoaded) {
            m_reportLoaded = false;
            Q_EMIT loaded();
        }
    }
}

void RiskView::setPartMessage(Part part, const QString &text)
{
    m_errors[static_cast<std::size_t>(part)] = text;
}

void RiskView::refresh()
{
    const Workspace *db = &m_workspace;
    m_jobs.run<RiskStartup>(
        tr("Reading portfolios and analytics settings"),
        [db](const JobTracker::ProgressFn &, const std::atomic<bool> &) { return loadRiskStartup(*db); },
        this,
        [this](Result<RiskStartup> startup) {
            if (!startup) {
                m_status->setText(tr("Risk view not loaded: %1").arg(errorText(startup.error())));
                return;
            }
            applyStartup(startup.value());
        });
}

void RiskView::clearReports()
{
    // Results still being computed belong to what is cleared: drop them.
    for (auto &g : m_generation)
        ++g;
    m_pending = 0;
    m_reportLoaded = false;
    for (QString &e : m_errors)
        e.clear();
    m_riskNote.clear();
    m_performanceNote.clear();
    m_risk.reset();
    m_performance.reset();
    m_projection.reset();
    m_stress.reset();
    m_frontier.reset();
    m_proposal.reset();
    m_targets->removeRows(0, m_targets->rowCount());
    m_targetsPortfolio.clear();
    m_conventionLabel->clear();
    showMetrics();
    m_metrics->removeRows(0, m_metrics->rowCount());
    showHowComputed();
    showHeatmap();
    showFan();
    showStress();
    showFrontier();
    showWeights();
    showTargetSum();
    showProposal();
}

void RiskView::applyStartup(const RiskStartup &startup)
{
    m_startup = startup;
    m_customStress = startup.customStress;
    const QString current = m_portfolios->currentText();
    // The shown portfolio was removed: nothing of it stays on screen.
    bool stillThere = false;
    for (const PortfolioSummary &p : m_startup.portfolios)
        stillThere = stillThere || qs(p.name) == current;
    if (!current.isEmpty() && !stillThere)
        clearReports();
    {
        const QSignalBlocker blockPortfolios(m_portfolios);
        const QSignalBlocker blockConventions(m_conventions);
        m_portfolios->clear();
        for (const PortfolioSummary &p : m_startup.portfolios)
            m_portfolios->addItem(qs(p.name));
        const int keep = m_portfolios->findText(current);
        m_portfolios->setCurrentIndex(keep >= 0 ? keep : 0);
        // The stored default applies until the user picks another convention here.
        if (!m_startupLoaded && !m_conventionPicked) {
            const int c = m_conventions->findData(m_startup.convention);
            m_conventions->setCurrentIndex(c >= 0 ? c : 0);
        }
    }
    m_startupLoaded = true;
    if (m_portfolios->count() == 0) {
        clearReports();
        m_status->setText(tr("No portfolio yet: create one or import transactions in the Portfolio area."));
        Q_EMIT loaded();
        return;
    }
    computeAll();
}

void RiskView::computeAll()
{
    if (!m_startupLoaded || portfolio().isEmpty())
        return;
    m_reportLoaded = true;
    m_status->setText(tr("Computing the risk of '%1'…").arg(portfolio()));
    m_conventionLabel->setText(conventionSummary(convention()));
    computeRisk();
    computePerformance();
    computeProjection();
    computeStress();
    computeFrontier();
}

} // namespace sn::ui
