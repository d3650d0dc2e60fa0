#include "ui/risk/RiskView.h"

#include "core/common/Time.h"
#include "ui/portfolio/TransactionCommands.h"
#include "ui/portfolio/TransactionTableModel.h"
#include "ui/risk/CorrelationHeatmap.h"
#include "ui/shell/JobTracker.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace sn::ui {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString percent(double v, int decimals = 2)
{
    return QLocale().toString(v * 100.0, 'f', decimals) + QStringLiteral(" %");
}

QString ratio(double v)
{
    return QLocale().toString(v, 'f', 3);
}

QString money(double v)
{
    return QLocale().toString(v, 'f', 2);
}

QString dateText(TimestampMs ms)
{
    return qs(formatDate(ms));
}

QString errorText(const Error &e)
{
    return qs(e.toString());
}

QTableView *makeTable(QWidget *parent, QStandardItemModel *model, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(24);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QStandardItem *textItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

QStandardItem *numberItem(const QString &text, std::optional<double> raw)
{
    auto *item = textItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (raw)
        item->setData(*raw, RiskView::RawValueRole);
    return item;
}

QLabel *noteLabel(QWidget *parent, const QString &name)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setAccessibleName(name);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QString varMethodName(RiskReport::VarMethod m)
{
    switch (m) {
    case RiskReport::VarMethod::Historical: return RiskView::tr("historical");
    case RiskReport::VarMethod::Normal: return RiskView::tr("parametric normal");
    case RiskReport::VarMethod::CornishFisher: return RiskView::tr("Cornish-Fisher");
    case RiskReport::VarMethod::MonteCarlo: return RiskView::tr("Monte Carlo");
    }
    return {};
}

QString conventionSummary(const Convention &c)
{
    return RiskView::tr("Convention: %1 (%2 periods/year, %3, risk-free %4 a year)")
        .arg(qs(c.name), QLocale().toString(c.periodsPerYear, 'g', 4),
             c.ddof == 1 ? RiskView::tr("sample deviation") : RiskView::tr("population deviation"),
             percent(c.riskFreeAnnual));
}

// Replaces the view's chart, deleting the old one (QChartView releases it).
void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

// Frontier choice codes in the combo's item data.
constexpr int kChoiceMinVariance = -1;
constexpr int kChoiceMaxSharpe = -2;

} // namespace

RiskView::RiskView(const Database &db, JobTracker &jobs, QWidget *parent)
    : Area(parent)
    , m_db(db)
    , m_jobs(jobs)
    , m_undo(new QUndoStack(this))
    , m_ledger(new TransactionTableModel(this))
    , m_portfolios(new QComboBox(this))
    , m_conventions(new QComboBox(this))
    , m_conventionLabel(noteLabel(this, tr("Active convention")))
    , m_status(noteLabel(this, tr("Risk status")))
    , m_metrics(new QStandardItemModel(0, 3, this))
    , m_metricsView(nullptr)
    , m_how(new QTextBrowser(this))
    , m_varMethod(new QComboBox(this))
    , m_confidence(new QDoubleSpinBox(this))
    , m_horizon(new QSpinBox(this))
    , m_varDebounce(new QTimer(this))
    , m_tabs(new QTabWidget(this))
    , m_heatmap(nullptr)
    , m_heatmapNote(nullptr)
    , m_fanView(nullptr)
    , m_fanNote(nullptr)
    , m_stressModel(new QStandardItemModel(0, 4, this))
    , m_stressNote(nullptr)
    , m_frontierView(nullptr)
    , m_frontierCount(nullptr)
    , m_frontierChoice(nullptr)
    , m_weights(new QStandardItemModel(0, 3, this))
    , m_frontierNote(nullptr)
    , m_targets(new QStandardItemModel(0, 3, this))
    , m_targetSum(nullptr)
    , m_wholeShares(nullptr)
    , m_trades(new QStandardItemModel(0, 5, this))
    , m_proposalNote(nullptr)
    , m_apply(nullptr)
{
    setObjectName(QStringLiteral("RiskView"));
    m_undo->setObjectName(QStringLiteral("RiskUndoStack"));

    m_portfolios->setAccessibleName(tr("Portfolio"));
    m_portfolios->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_conventions->setAccessibleName(tr("Convention"));
    m_conventions->setToolTip(tr("How the statistics are defined (annualisation, deviation, risk-free handling)"));
    for (const std::string &name : Convention::profileNames())
        m_conventions->addItem(qs(name));

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
    connect(m_conventions, &QComboBox::currentTextChanged, this, [this](const QString &) {
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
}

RiskView::~RiskView() = default;

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
    m_varMethod->addItem(tr("Parametric (Cornish-Fisher)"), static_cast<int>(RiskReport::VarMethod::CornishFisher));
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
    auto *layout = new QVBoxLayout(page);
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
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(view, 1);
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
    m_weights->setHorizontalHeaderLabels({tr("Symbol"), tr("Current weight (invested)"), tr("Selected weight")});
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

    connect(m_frontierCount, &QSpinBox::editingFinished, this, [this]() { setFrontierPoints(m_frontierCount->value()); });
    connect(m_frontierChoice, &QComboBox::currentIndexChanged, this, [this]() { showWeights(); });
    return page;
}

QWidget *RiskView::buildRebalanceTab()
{
    auto *page = new QWidget(this);
    m_targets->setHorizontalHeaderLabels({tr("Symbol"), tr("Current weight (of total)"), tr("Target weight (%)")});
    auto *targetsView = makeTable(page, m_targets, tr("Target weights"));
    targetsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                 | QAbstractItemView::AnyKeyPressed);
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
    m_apply->setToolTip(tr("Stores the trades as buy and sell lines on the valuation day; Edit > Undo removes them"));
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

Convention RiskView::convention() const
{
    auto c = Convention::byName(m_conventions->currentText().toStdString(), m_startup.riskFree);
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
    return {};
}

PortfolioService::StressOptions RiskView::stressOptions() const
{
    // Empty windows and shocks: the service's default crises and equity shock.
    return {};
}

PortfolioService::RebalanceOptions RiskView::rebalanceOptions() const
{
    PortfolioService::RebalanceOptions o;
    o.wholeShares = m_wholeShares->isChecked();
    for (int r = 0; r < m_targets->rowCount(); ++r) {
        const QString symbol = m_targets->item(r, 0)->text();
        bool ok = false;
        const double w = m_targets->item(r, 2)->text().toDouble(&ok);
        o.targets.push_back({symbol.toStdString(), ok ? w / 100.0 : std::numeric_limits<double>::quiet_NaN()});
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
        m_status->setText(failed.isEmpty() ? QString() : tr("Some panels could not be computed; see their notes."));
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
    const Database *db = &m_db;
    m_jobs.run<RiskStartup>(
        tr("Reading portfolios and analytics settings"),
        [db](const JobTracker::ProgressFn &, const std::atomic<bool> &) { return loadRiskStartup(*db); }, this,
        [this](Result<RiskStartup> startup) {
            if (!startup) {
                m_status->setText(tr("Risk view not loaded: %1").arg(errorText(startup.error())));
                return;
            }
            applyStartup(startup.value());
        });
}

void RiskView::applyStartup(const RiskStartup &startup)
{
    m_startup = startup;
    const QString current = m_portfolios->currentText();
    {
        const QSignalBlocker blockPortfolios(m_portfolios);
        const QSignalBlocker blockConventions(m_conventions);
        m_portfolios->clear();
        for (const PortfolioSummary &p : m_startup.portfolios)
            m_portfolios->addItem(qs(p.name));
        const int keep = m_portfolios->findText(current);
        m_portfolios->setCurrentIndex(keep >= 0 ? keep : 0);
        // The stored default applies until the user picks another convention here.
        if (!m_startupLoaded) {
            const int c = m_conventions->findText(m_startup.convention);
            m_conventions->setCurrentIndex(c >= 0 ? c : 0);
        }
    }
    m_startupLoaded = true;
    if (m_portfolios->count() == 0) {
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

void RiskView::computeRisk()
{
    if (portfolio().isEmpty())
        return;
    m_varDebounce->stop();
    const auto gen = begin(Risk);
    const Database *db = &m_db;
    const QString name = portfolio();
    const auto options = riskOptions();
    struct Out
    {
        RiskReport report;
        QString note;
    };
    m_jobs.run<Out>(
        tr("Risk of %1").arg(name),
        [db, name, options](const JobTracker::ProgressFn &progress, const std::atomic<bool> &) -> Result<Out> {
            progress(0.0, QObject::tr("Returns, VaR and covariance"));
            Out out;
            auto r = riskWithFallback(PortfolioService(*db), name, options, out.note);
            if (!r)
                return r.error();
            out.report = std::move(r).value();
            return out;
        },
        this, [this, gen](Result<Out> out) {
            if (!accept(Risk, gen))
                return;
            if (out) {
                m_risk = std::move(out->report);
                m_riskNote = out->note;
            } else {
                m_risk.reset();
                m_riskNote.clear();
                setPartMessage(Risk, tr("Risk not computed: %1").arg(errorText(out.error())));
            }
            showMetrics();
            showHeatmap();
            showFrontier();
            finish(Risk);
        });
}

void RiskView::computePerformance()
{
    const auto gen = begin(Performance);
    const Database *db = &m_db;
    const QString name = portfolio();
    const auto options = performanceOptions();
    struct Out
    {
        PerformanceReport report;
        QString note;
    };
    m_jobs.run<Out>(
        tr("Performance of %1").arg(name),
        [db, name, options](const JobTracker::ProgressFn &, const std::atomic<bool> &) -> Result<Out> {
            Out out;
            auto r = performanceWithFallback(PortfolioService(*db), name, options, out.note);
            if (!r)
                return r.error();
            out.report = std::move(r).value();
            return out;
        },
        this, [this, gen](Result<Out> out) {
            if (!accept(Performance, gen))
                return;
            if (out) {
                m_performance = std::move(out->report);
                m_performanceNote = out->note;
            } else {
                m_performance.reset();
                m_performanceNote.clear();
                setPartMessage(Performance, tr("Performance not computed: %1").arg(errorText(out.error())));
            }
            showMetrics();
            finish(Performance);
        });
}

void RiskView::computeProjection()
{
    const auto gen = begin(Projection);
    const Database *db = &m_db;
    const QString name = portfolio();
    const auto options = projectionOptions();
    m_jobs.run<ProjectionReport>(
        tr("Monte Carlo projection of %1").arg(name),
        [db, name, options](const JobTracker::ProgressFn &progress, const std::atomic<bool> &) {
            progress(0.0, QObject::tr("Simulating %n path(s)", nullptr, options.paths));
            return PortfolioService(*db).projection(name, options);
        },
        this, [this, gen](Result<ProjectionReport> r) {
            if (!accept(Projection, gen))
                return;
            if (r)
                m_projection = std::move(r).value();
            else {
                m_projection.reset();
                setPartMessage(Projection, tr("Projection not computed: %1").arg(errorText(r.error())));
            }
            showFan();
            finish(Projection);
        });
}

void RiskView::computeStress()
{
    const auto gen = begin(Stress);
    const Database *db = &m_db;
    const QString name = portfolio();
    const auto options = stressOptions();
    m_jobs.run<StressReport>(
        tr("Stress tests of %1").arg(name),
        [db, name, options](const JobTracker::ProgressFn &, const std::atomic<bool> &) {
            return PortfolioService(*db).stress(name, options);
        },
        this, [this, gen](Result<StressReport> r) {
            if (!accept(Stress, gen))
                return;
            if (r)
                m_stress = std::move(r).value();
            else {
                m_stress.reset();
                setPartMessage(Stress, tr("Stress tests not computed: %1").arg(errorText(r.error())));
            }
            showStress();
            finish(Stress);
        });
}

void RiskView::computeFrontier()
{
    if (portfolio().isEmpty())
        return;
    const auto gen = begin(Frontier);
    const Database *db = &m_db;
    const QString name = portfolio();
    const Convention c = convention();
    const int points = m_frontierPointCount;
    m_jobs.run<FrontierResult>(
        tr("Efficient frontier of %1").arg(name),
        [db, name, c, points](const JobTracker::ProgressFn &progress, const std::atomic<bool> &cancel)
            -> Result<FrontierResult> {
            progress(0.0, QObject::tr("Optimising"));
            if (cancel)
                return makeError(ErrorCode::Cancelled, "cancelled", "frontier");
            return loadFrontier(*db, name, c, points);
        },
        this, [this, gen](Result<FrontierResult> r) {
            if (!accept(Frontier, gen))
                return;
            if (r)
                m_frontier = std::move(r).value();
            else {
                m_frontier.reset();
                setPartMessage(Frontier, tr("Frontier not computed: %1").arg(errorText(r.error())));
            }
            showFrontier();
            // The proposal starts from the optimal portfolio, so the
            // rebalancing tab is filled along with the rest.
            if (m_frontier) {
                // Targets the user typed for this portfolio stay; a new
                // portfolio starts from its optimum.
                if (m_targetsPortfolio != portfolio() || m_targets->rowCount() == 0) {
                    const OptimizationReport &best =
                        m_frontier->maxSharpe ? *m_frontier->maxSharpe : m_frontier->minVariance;
                    std::vector<double> w(best.result.weights.data(),
                                          best.result.weights.data() + best.result.weights.size());
                    setTargets(best.symbols, w);
                }
                computeRebalance();
            } else {
                m_trades->removeRows(0, m_trades->rowCount());
                m_proposal.reset();
                m_apply->setEnabled(false);
                m_proposalNote->setText(tr("No optimal portfolio to start from; use equal weights or type targets."));
            }
            finish(Frontier);
        });
}

void RiskView::computeRebalance()
{
    if (portfolio().isEmpty() || m_targets->rowCount() == 0)
        return;
    const auto gen = begin(Rebalance);
    const Database *db = &m_db;
    const QString name = portfolio();
    const auto options = rebalanceOptions();
    m_apply->setEnabled(false);
    m_jobs.run<RebalanceProposal>(
        tr("Rebalancing proposal for %1").arg(name),
        [db, name, options](const JobTracker::ProgressFn &, const std::atomic<bool> &) {
            return proposeRebalance(*db, name, options);
        },
        this, [this, gen](Result<RebalanceProposal> r) {
            if (!accept(Rebalance, gen))
                return;
            if (r)
                m_proposal = std::move(r).value();
            else {
                m_proposal.reset();
                setPartMessage(Rebalance, tr("No proposal: %1").arg(errorText(r.error())));
            }
            showProposal();
            finish(Rebalance);
        });
}

// ---- Presentation ---------------------------------------------------------

void RiskView::showMetrics()
{
    const int selected = m_metricsView->currentIndex().isValid() ? m_metricsView->currentIndex().row() : 0;
    m_metrics->removeRows(0, m_metrics->rowCount());
    auto add = [this](Metric m, const QString &name, const QString &value, std::optional<double> raw,
                      const QString &detail, const QString &source, const QString &key) {
        auto *nameItem = textItem(name);
        nameItem->setData(source, Qt::UserRole + 2);
        nameItem->setData(key, Qt::UserRole + 3);
        nameItem->setData(static_cast<int>(m), Qt::UserRole + 4);
        m_metrics->appendRow({nameItem, numberItem(value, raw), textItem(detail)});
    };
    const QString none = tr("n/a");
    auto opt = [&none](const std::optional<double> &v, auto format) { return v ? format(*v) : none; };
    const QString risk = QStringLiteral("risk");
    const QString perf = QStringLiteral("performance");

    if (m_risk) {
        const RiskReport &r = *m_risk;
        const ReturnSummary &s = r.summary;
        auto pct = [](double v) { return percent(v); };
        add(AnnualReturn, tr("Annual return"), opt(s.annualReturn, pct), s.annualReturn, {}, risk,
            QStringLiteral("annual return"));
        add(AnnualVolatility, tr("Volatility (annual)"), opt(s.annualVolatility, pct), s.annualVolatility, {}, risk,
            QStringLiteral("annual volatility"));
        add(Sharpe, tr("Sharpe ratio"), opt(s.sharpe, ratio), s.sharpe, {}, risk, QStringLiteral("Sharpe ratio"));
        add(Sortino, tr("Sortino ratio"), opt(s.sortino, ratio), s.sortino, {}, risk, QStringLiteral("Sortino ratio"));
        add(Calmar, tr("Calmar ratio"), opt(s.calmar, ratio), s.calmar, {}, risk, QStringLiteral("Calmar ratio"));
        const Drawdown &dd = s.maxDrawdown;
        QString ddDetail;
        if (dd.depth > 0) {
            ddDetail = tr("peak %1, trough %2, %3")
                           .arg(dateText(r.drawdownPeak), dateText(r.drawdownTrough),
                                r.drawdownRecovery ? tr("recovered %1").arg(dateText(*r.drawdownRecovery))
                                                   : tr("not recovered"));
        }
        add(MaxDrawdown, tr("Maximum drawdown"), percent(-dd.depth), dd.depth, ddDetail, risk,
            QStringLiteral("maximum drawdown"));
        const QString bench = r.benchmarkSymbol.empty() ? QString() : qs(r.benchmarkSymbol);
        add(Beta, bench.isEmpty() ? tr("Beta") : tr("Beta vs %1").arg(bench), opt(s.beta, ratio), s.beta,
            bench.isEmpty() ? m_riskNote : QString(), risk, QStringLiteral("beta"));
        add(Alpha, bench.isEmpty() ? tr("Alpha") : tr("Alpha vs %1").arg(bench), opt(s.alpha, pct), s.alpha, {}, risk,
            QStringLiteral("alpha"));
        const QString varLabel = tr("%1 %2, %n day(s), %3", nullptr, r.horizon)
                                     .arg(QStringLiteral("%1"), QLocale().toString(r.confidence * 100.0, 'g', 4) + QStringLiteral(" %"),
                                          varMethodName(r.varMethod));
        add(ValueAtRisk, varLabel.arg(tr("VaR")), percent(r.var.var), r.var.var,
            tr("%1 %2 of %3").arg(money(r.varAmount), qs(r.used.baseCurrency), money(r.currentValue)), risk,
            QStringLiteral("var"));
        add(ConditionalVaR, varLabel.arg(tr("CVaR")), percent(r.var.cvar), r.var.cvar,
            tr("%1 %2").arg(money(r.cvarAmount), qs(r.used.baseCurrency)), risk, QStringLiteral("var"));
    } else {
        add(AnnualReturn, tr("Risk metrics"), none, std::nullopt, m_errors[Risk], risk, {});
    }
    if (m_performance) {
        const PerformanceReport &p = *m_performance;
        add(Twr, tr("Time-weighted return (TTWROR)"), percent(p.ttwror), p.ttwror,
            tr("%1 to %2").arg(dateText(p.used.from), dateText(p.used.to)), perf, QStringLiteral("ttwror"));
        add(TwrAnnualised, tr("TTWROR annualised"), opt(p.ttwrorAnnualised, [](double v) { return percent(v); }),
            p.ttwrorAnnualised, {}, perf, QStringLiteral("ttwror"));
        add(Irr, tr("Money-weighted return (IRR)"), opt(p.irr.rate, [](double v) { return percent(v); }), p.irr.rate,
            p.irr.rate ? QString() : qs(p.irr.message), perf, QStringLiteral("irr"));
    } else if (!m_errors[Performance].isEmpty()) {
        add(Twr, tr("Performance"), none, std::nullopt, m_errors[Performance], perf, {});
    }
    if (m_risk)
        m_conventionLabel->setText(conventionSummary(m_risk->convention));
    m_metricsView->resizeColumnsToContents();
    m_metricsView->setCurrentIndex(m_metrics->index(std::clamp(selected, 0, std::max(0, m_metrics->rowCount() - 1)), 0));
    showHowComputed();
}

void RiskView::showHowComputed()
{
    const QModelIndex index = m_metricsView->currentIndex();
    if (!index.isValid()) {
        m_how->clear();
        return;
    }
    const QStandardItem *nameItem = m_metrics->item(index.row(), 0);
    const QString source = nameItem->data(Qt::UserRole + 2).toString();
    const std::string key = nameItem->data(Qt::UserRole + 3).toString().toStdString();
    const Explanations *explanations = nullptr;
    const DataUsed *used = nullptr;
    QString convention;
    if (source == QLatin1String("risk") && m_risk) {
        explanations = &m_risk->explanations;
        used = &m_risk->used;
        convention = explanationOf(m_risk->explanations, "convention");
    } else if (source == QLatin1String("performance") && m_performance) {
        explanations = &m_performance->explanations;
        used = &m_performance->used;
    }
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(nameItem->text().toHtmlEscaped());
    const QString text = explanations ? explanationOf(*explanations, key) : QString();
    html += QStringLiteral("<p>%1</p>").arg(text.isEmpty() ? tr("No explanation in the report.").toHtmlEscaped()
                                                           : text.toHtmlEscaped());
    if (!convention.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Convention:").toHtmlEscaped(), convention.toHtmlEscaped());
    if (used)
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Data:").toHtmlEscaped(), describeDataUsed(*used).toHtmlEscaped());
    m_how->setHtml(html);
}

void RiskView::showHeatmap()
{
    if (!m_risk) {
        m_heatmap->clear(m_errors[Risk]);
        m_heatmapNote->clear();
        return;
    }
    if (m_risk->correlation.empty()) {
        m_heatmap->clear(tr("No correlation: %1").arg(qs(m_risk->componentNote)));
        m_heatmapNote->clear();
        return;
    }
    QStringList symbols;
    for (const std::string &s : m_risk->symbols)
        symbols << qs(s);
    m_heatmap->setMatrix(symbols, m_risk->correlation, m_risk->covariance);
    m_heatmapNote->setText(explanationOf(m_risk->explanations, "covariance") + QLatin1Char(' ')
                           + explanationOf(m_risk->explanations, "correlation"));
}

void RiskView::showFan()
{
    m_fanLines.fill(nullptr);
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (!m_projection) {
        chart->setTitle(m_errors[Projection]);
        replaceChart(m_fanView, chart);
        m_fanNote->clear();
        return;
    }
    const ProjectionReport &p = *m_projection;
    const auto &pct = p.fan.percentile;
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    for (std::size_t k = 0; k < pct.size(); ++k) {
        auto *line = new QLineSeries;
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(pct[k].size()));
        for (std::size_t t = 0; t < pct[k].size(); ++t) {
            points.append(QPointF(static_cast<double>(t), pct[k][t]));
            lo = std::min(lo, pct[k][t]);
            hi = std::max(hi, pct[k][t]);
        }
        line->replace(points);
        line->setName(tr("%1th percentile").arg(MonteCarloProjection::kPercentiles[k]));
        m_fanLines[k] = line;
    }
    // Outer band 5-95, inner band 25-75, median on top.
    auto band = [chart](QLineSeries *upper, QLineSeries *lower, const QColor &colour, const QString &name) {
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setName(name);
        area->setColor(colour);
        area->setBorderColor(colour.darker(115));
        chart->addSeries(area);
    };
    band(m_fanLines[4], m_fanLines[0], QColor(144, 202, 249), tr("5th to 95th percentile"));
    band(m_fanLines[3], m_fanLines[1], QColor(66, 165, 245), tr("25th to 75th percentile"));
    QPen medianPen(QColor(13, 71, 161));
    medianPen.setWidthF(2.0);
    m_fanLines[2]->setPen(medianPen);
    m_fanLines[2]->setName(tr("Median"));
    chart->addSeries(m_fanLines[2]);

    auto *x = new QValueAxis;
    x->setTitleText(tr("Trading days ahead"));
    x->setLabelFormat(QStringLiteral("%d"));
    x->setRange(0, std::max(1, p.input.steps));
    auto *y = new QValueAxis;
    y->setTitleText(tr("Value (%1)").arg(qs(p.used.baseCurrency)));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setRange(lo, hi);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->setTitle(tr("%1 paths, %2 from %3 %4")
                        .arg(QLocale().toString(p.input.paths),
                             p.input.method == MonteCarloProjection::Method::Bootstrap ? tr("bootstrap") : tr("GBM"),
                             money(p.input.startValue), qs(p.used.baseCurrency)));
    replaceChart(m_fanView, chart);
    const std::size_t last = pct[2].empty() ? 0 : pct[2].size() - 1;
    QString note = pct[2].empty() ? QString()
                                  : tr("After %n trading day(s): median %1, 5th percentile %2, 95th percentile %3. ",
                                       nullptr, static_cast<int>(last))
                                        .arg(money(pct[2][last]), money(pct[0][last]), money(pct[4][last]));
    note += explanationOf(p.explanations, "method") + QLatin1Char(' ') + explanationOf(p.explanations, "percentiles");
    m_fanNote->setText(note);
}

void RiskView::showStress()
{
    m_stressModel->removeRows(0, m_stressModel->rowCount());
    if (!m_stress) {
        m_stressNote->setText(m_errors[Stress]);
        return;
    }
    for (const StressScenario &s : m_stress->scenarios) {
        QStringList positions;
        for (const StressTest::PositionLoss &p : s.outcome.positions)
            positions << tr("%1 %2 (%3)").arg(qs(p.symbol), percent(p.change, 1), qs(p.source));
        m_stressModel->appendRow({textItem(qs(s.label)), numberItem(percent(s.outcome.totalChange), s.outcome.totalChange),
                                  numberItem(money(s.outcome.totalPnl), s.outcome.totalPnl),
                                  textItem(positions.join(QStringLiteral("; ")))});
    }
    QString note = m_stress->proxySymbol.empty() ? tr("No proxy series.")
                                                 : tr("Proxy: %1.").arg(qs(m_stress->proxySymbol));
    for (const auto &[name, text] : m_stress->explanations)
        note += QLatin1Char(' ') + qs(text);
    m_stressNote->setText(note);
}

void RiskView::showFrontier()
{
    m_frontierSeries = nullptr;
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    const int previous = m_frontierChoice->currentData().isValid() ? m_frontierChoice->currentData().toInt() : kChoiceMaxSharpe;
    {
        const QSignalBlocker block(m_frontierChoice);
        m_frontierChoice->clear();
    }
    if (!m_frontier) {
        chart->setTitle(m_errors[Frontier]);
        replaceChart(m_frontierView, chart);
        m_weights->removeRows(0, m_weights->rowCount());
        m_frontierNote->setText(m_errors[Frontier]);
        return;
    }
    const OptimizationReport &mv = m_frontier->minVariance;
    const double P = mv.periodsPerYear;
    // Per-period figures to annual ones as the report's "annualised" entry says.
    auto at = [P](const PortfolioOptimizer::Portfolio &p) {
        return QPointF(p.volatility * std::sqrt(P) * 100.0, p.expectedReturn * P * 100.0);
    };
    double xMin = std::numeric_limits<double>::max(), xMax = 0, yMin = xMin, yMax = std::numeric_limits<double>::lowest();
    auto extend = [&](const QPointF &p) {
        xMin = std::min(xMin, p.x());
        xMax = std::max(xMax, p.x());
        yMin = std::min(yMin, p.y());
        yMax = std::max(yMax, p.y());
    };
    m_frontierSeries = new QScatterSeries;
    m_frontierSeries->setName(tr("Efficient frontier (%n point(s))", nullptr, static_cast<int>(mv.frontier.size())));
    m_frontierSeries->setMarkerSize(8);
    m_frontierSeries->setColor(QColor(66, 165, 245));
    for (const auto &p : mv.frontier) {
        m_frontierSeries->append(at(p));
        extend(at(p));
    }
    chart->addSeries(m_frontierSeries);
    auto marker = [&](const QPointF &point, const QString &name, const QColor &colour,
                      QScatterSeries::MarkerShape shape) {
        auto *s = new QScatterSeries;
        s->setName(name);
        s->setMarkerShape(shape);
        s->setMarkerSize(15);
        s->setColor(colour);
        s->append(point);
        extend(point);
        chart->addSeries(s);
    };
    marker(at(mv.result), tr("Minimum variance"), QColor(46, 125, 50), QScatterSeries::MarkerShapeRectangle);
    if (m_frontier->maxSharpe)
        marker(at(m_frontier->maxSharpe->result), tr("Maximum Sharpe"), QColor(239, 108, 0),
               QScatterSeries::MarkerShapeRectangle);
    // The report has no expected return of today's weights, so the current
    // portfolio is placed at its realised annual volatility and return (risk
    // report, cash included) and labelled as such.
    if (m_risk && m_risk->summary.annualVolatility && m_risk->summary.annualReturn)
        marker(QPointF(*m_risk->summary.annualVolatility * 100.0, *m_risk->summary.annualReturn * 100.0),
               tr("Current portfolio (realised)"), QColor(198, 40, 40), QScatterSeries::MarkerShapeCircle);

    auto *x = new QValueAxis;
    x->setTitleText(tr("Volatility (annual, %)"));
    x->setRange(std::max(0.0, xMin - (xMax - xMin) * 0.1 - 0.5), xMax + (xMax - xMin) * 0.1 + 0.5);
    x->applyNiceNumbers();
    auto *y = new QValueAxis;
    y->setTitleText(tr("Expected return (annual, %)"));
    y->setRange(yMin - (yMax - yMin) * 0.1 - 0.5, yMax + (yMax - yMin) * 0.1 + 0.5);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->setTitle(tr("%1 daily returns, %2 to %3")
                        .arg(QLocale().toString(static_cast<qulonglong>(mv.used.observations)), dateText(mv.used.from),
                             dateText(mv.used.to)));
    replaceChart(m_frontierView, chart);
    connect(m_frontierSeries, &QScatterSeries::clicked, this, [this](const QPointF &point) {
        const QList<QPointF> pts = m_frontierSeries->points();
        qsizetype best = -1;
        double bestDistance = std::numeric_limits<double>::max();
        for (qsizetype i = 0; i < pts.size(); ++i) {
            const double d = std::hypot(pts[i].x() - point.x(), pts[i].y() - point.y());
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        const int index = m_frontierChoice->findData(static_cast<int>(best));
        if (index >= 0)
            m_frontierChoice->setCurrentIndex(index);
    });

    {
        const QSignalBlocker block(m_frontierChoice);
        m_frontierChoice->addItem(tr("Minimum variance"), kChoiceMinVariance);
        if (m_frontier->maxSharpe)
            m_frontierChoice->addItem(tr("Maximum Sharpe"), kChoiceMaxSharpe);
        for (std::size_t i = 0; i < mv.frontier.size(); ++i) {
            const QPointF p = at(mv.frontier[i]);
            m_frontierChoice->addItem(tr("Frontier point %1: volatility %2 %, return %3 %")
                                          .arg(i + 1)
                                          .arg(QLocale().toString(p.x(), 'f', 2), QLocale().toString(p.y(), 'f', 2)),
                                      static_cast<int>(i));
        }
        const int keep = m_frontierChoice->findData(previous);
        m_frontierChoice->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    QString note = explanationOf(mv.explanations, "annualised") + QStringLiteral(". ")
                   + explanationOf(mv.explanations, "inputs");
    if (!m_frontier->maxSharpe)
        note += QLatin1Char(' ') + tr("No maximum-Sharpe portfolio: %1").arg(m_frontier->maxSharpeError);
    note += QLatin1Char(' ')
            + tr("The current portfolio is shown at its realised annual volatility and return (cash included).");
    m_frontierNote->setText(note);
    showWeights();
}

void RiskView::showWeights()
{
    m_weights->removeRows(0, m_weights->rowCount());
    if (!m_frontier)
        return;
    const OptimizationReport &mv = m_frontier->minVariance;
    const int code = m_frontierChoice->currentData().toInt();
    const PortfolioOptimizer::Portfolio *p = nullptr;
    if (code == kChoiceMinVariance)
        p = &mv.result;
    else if (code == kChoiceMaxSharpe && m_frontier->maxSharpe)
        p = &m_frontier->maxSharpe->result;
    else if (code >= 0 && static_cast<std::size_t>(code) < mv.frontier.size())
        p = &mv.frontier[static_cast<std::size_t>(code)];
    if (!p)
        return;
    for (std::size_t i = 0; i < mv.symbols.size(); ++i) {
        const double current = i < mv.currentWeights.size() ? mv.currentWeights[i] : 0.0;
        const double w = static_cast<Eigen::Index>(i) < p->weights.size() ? p->weights[static_cast<Eigen::Index>(i)] : 0.0;
        m_weights->appendRow({textItem(qs(mv.symbols[i])), numberItem(percent(current), current), numberItem(percent(w), w)});
    }
}

void RiskView::showTargetSum()
{
    double sum = 0;
    for (int r = 0; r < m_targets->rowCount(); ++r)
        if (const QStandardItem *item = m_targets->item(r, 2))
            sum += item->text().toDouble();
    m_targetSum->setText(tr("Targets sum to %1 % of the total value (holdings + cash); they must sum to 100 %.")
                             .arg(QLocale().toString(sum, 'f', 2)));
}

void RiskView::setTargets(const std::vector<std::string> &symbols, const std::vector<double> &weights)
{
    m_targetsPortfolio = portfolio();
    m_targets->removeRows(0, m_targets->rowCount());
    for (std::size_t i = 0; i < symbols.size(); ++i) {
        std::optional<double> current;
        if (m_risk)
            for (std::size_t j = 0; j < m_risk->symbols.size(); ++j)
                if (m_risk->symbols[j] == symbols[i] && j < m_risk->weights.size())
                    current = m_risk->weights[j];
        auto *target = new QStandardItem(QString::number(i < weights.size() ? weights[i] * 100.0 : 0.0, 'f', 2));
        target->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        target->setToolTip(tr("Per cent of the total value (holdings + cash)"));
        m_targets->appendRow({textItem(qs(symbols[i])), numberItem(current ? percent(*current) : tr("n/a"), current),
                              target});
    }
    showTargetSum();
}

void RiskView::targetsFromSelection()
{
    if (!m_frontier)
        return;
    std::vector<double> w;
    for (int r = 0; r < m_weights->rowCount(); ++r)
        w.push_back(m_weights->item(r, 2)->data(RawValueRole).toDouble());
    setTargets(m_frontier->minVariance.symbols, w);
    propose();
}

void RiskView::targetsEqualWeight()
{
    std::vector<std::string> symbols;
    if (m_frontier)
        symbols = m_frontier->minVariance.symbols;
    else if (m_risk)
        symbols = m_risk->symbols;
    if (symbols.empty())
        return;
    setTargets(symbols, std::vector<double>(symbols.size(), 1.0 / static_cast<double>(symbols.size())));
    propose();
}

void RiskView::propose()
{
    computeRebalance();
}

void RiskView::showProposal()
{
    m_trades->removeRows(0, m_trades->rowCount());
    if (!m_proposal) {
        m_apply->setEnabled(false);
        m_proposalNote->setText(m_errors[Rebalance]);
        return;
    }
    const Rebalancer::Plan &plan = m_proposal->report.plan;
    for (const Rebalancer::Trade &t : plan.trades)
        m_trades->appendRow({textItem(qs(t.symbol)), textItem(t.quantity > 0 ? tr("Buy") : tr("Sell")),
                             numberItem(QLocale().toString(std::abs(t.quantity), 'g', 10), t.quantity),
                             numberItem(money(t.value), t.value), numberItem(money(t.fee), t.fee)});
    const QString ccy = qs(m_proposal->report.used.baseCurrency);
    m_proposalNote->setText(tr("On %1: total %2 %3, cash after %4 %3, fees %5 %3. %6")
                                .arg(dateText(m_proposal->asOf), money(plan.totalValue), ccy, money(plan.cashAfter),
                                     money(plan.totalFees), explanationOf(m_proposal->report.explanations, "trades")));
    m_apply->setEnabled(!m_proposal->transactions.empty());
}

void RiskView::applyProposal()
{
    if (!m_proposal || m_proposal->transactions.empty())
        return;
    auto *command = new AddTransactionsCommand(
        m_db, *m_ledger, m_proposal->transactions,
        tr("Apply rebalancing (%n trade(s))", nullptr, static_cast<int>(m_proposal->transactions.size())),
        [this](const QString &message) { m_proposalNote->setText(tr("Not applied: %1").arg(message)); });
    m_apply->setEnabled(false);
    // push() runs redo(): the lines are stored in one transaction, or the
    // command is dropped and the error shown.
    m_undo->push(command);
}

QList<QPointF> RiskView::fanLine(int percentileIndex) const
{
    if (percentileIndex < 0 || percentileIndex >= static_cast<int>(m_fanLines.size()) || !m_fanLines[static_cast<std::size_t>(percentileIndex)])
        return {};
    return m_fanLines[static_cast<std::size_t>(percentileIndex)]->points();
}

QList<QPointF> RiskView::drawnFrontier() const
{
    return m_frontierSeries ? m_frontierSeries->points() : QList<QPointF>();
}

} // namespace sn::ui
