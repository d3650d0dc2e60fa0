#include "ui/backtest/OptimisationPanel.h"

#include "core/backtest/Metrics.h"
#include "ui/backtest/HeatmapWidget.h"
#include "ui/backtest/LabData.h"
#include "ui/shell/DisplayNames.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

namespace sn::ui {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

int stepsOf(double start, double stop, double step)
{
    return step > 0 && stop >= start ? int(std::floor((stop - start) / step + 1e-9)) + 1 : 0;
}

QString scoreText(double v)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', 4) : QStringLiteral("n/a");
}

QString percentText(double v)
{
    return std::isfinite(v) ? QLocale().toString(v * 100.0, 'f', 2) + QStringLiteral(" %")
                            : QStringLiteral("n/a");
}

} // namespace

OptimisationPanel::OptimisationPanel(QWidget *parent)
    : QWidget(parent), m_columns(makeAxis(tr("First parameter"))), m_rows(makeAxis(tr("Second parameter"))),
      m_metric(new QComboBox(this)), m_run(new QPushButton(tr("Run s&weep"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_heatmap(new HeatmapWidget(this)),
      m_top(new QStandardItemModel(0, 0, this)), m_topView(new QTableView(this)),
      m_apply(new QPushButton(tr("&Apply to form"), this)), m_chosenLabel(new QLabel(this))
{
    m_metric->setAccessibleName(tr("Rank by"));
    for (bt::Metric m : bt::Metrics::all())
        m_metric->addItem(DisplayNames::metric(bt::Metrics::name(m)), int(m));
    setMetric(bt::Metric::Sharpe);
    m_run->setAccessibleName(tr("Run sweep"));
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_run->setToolTip(tr("Every combination of the two ranges on all cores (Ctrl+Shift+R)"));
    m_cancel->setAccessibleName(tr("Cancel sweep"));
    m_cancel->setEnabled(false);
    m_progress->setAccessibleName(tr("Sweep progress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status->setAccessibleName(tr("Sweep status"));
    m_status->setWordWrap(true);
    m_heatmap->setAccessibleName(tr("Sweep heatmap"));
    m_heatmap->setEmptyText(tr("Choose the parameter ranges above and press Run sweep (Ctrl+Shift+R): every "
                               "combination is tested and shown here."));
    m_topView->setModel(m_top);
    m_topView->setAccessibleName(tr("Best combinations"));
    m_topView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_topView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_topView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_topView->verticalHeader()->hide();
    m_topView->verticalHeader()->setDefaultSectionSize(22);
    m_topView->horizontalHeader()->setStretchLastSection(true);
    m_apply->setAccessibleName(tr("Apply combination to the form"));
    m_apply->setEnabled(false);
    m_chosenLabel->setAccessibleName(tr("Chosen combination"));

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Parameter"), this), 0, 1);
    grid->addWidget(new QLabel(tr("From"), this), 0, 2);
    grid->addWidget(new QLabel(tr("To"), this), 0, 3);
    grid->addWidget(new QLabel(tr("Step"), this), 0, 4);
    int r = 1;
    for (const auto &[axis, label] :
         {std::pair{&m_columns, tr("Columns:")}, std::pair{&m_rows, tr("Rows:")}}) {
        grid->addWidget(new QLabel(label, this), r, 0);
        grid->addWidget(axis->param, r, 1);
        grid->addWidget(axis->start, r, 2);
        grid->addWidget(axis->stop, r, 3);
        grid->addWidget(axis->step, r, 4);
        ++r;
    }
    auto *metricLabel = new QLabel(tr("Ran&k by:"), this);
    metricLabel->setBuddy(m_metric);
    grid->addWidget(metricLabel, r, 0);
    grid->addWidget(m_metric, r, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    grid->addLayout(buttons, r, 2, 1, 3);

    auto *topBox = new QWidget(this);
    auto *topLayout = new QVBoxLayout(topBox);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_topView, 1);
    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_chosenLabel, 1);
    applyRow->addWidget(m_apply);
    topLayout->addLayout(applyRow);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_heatmap);
    split->addWidget(topBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_run, &QPushButton::clicked, this, &OptimisationPanel::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &OptimisationPanel::cancelRequested);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (!m_chosen.empty())
            Q_EMIT applyRequested(m_chosen);
    });
    connect(m_metric, &QComboBox::currentIndexChanged, this, &OptimisationPanel::gridChanged);
    for (const Axis *axis : {&m_columns, &m_rows}) {
        connect(axis->param, &QComboBox::currentIndexChanged, this, &OptimisationPanel::gridChanged);
        for (QDoubleSpinBox *box : {axis->start, axis->stop, axis->step})
            connect(box, &QDoubleSpinBox::valueChanged, this, &OptimisationPanel::gridChanged);
    }
    connect(this, &OptimisationPanel::gridChanged, this, &OptimisationPanel::inputsChanged);
    connect(m_columns.param, &QComboBox::currentIndexChanged, this, [this] { axisParamChanged(m_columns); });
    connect(m_rows.param, &QComboBox::currentIndexChanged, this, [this] { axisParamChanged(m_rows); });
    connect(m_topView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QModelIndex rank = m_top->index(current.row(), 0);
                const auto row = rank.data(Qt::UserRole);
                if (!row.isValid() || row.toULongLong() >= m_shown.result.table.rows())
                    return;
                const auto values = m_shown.result.table.row(std::size_t(row.toULongLong()));
                choose(std::vector<double>(values.begin(), values.end()));
            });
    connect(m_heatmap, &HeatmapWidget::cellActivated, this, [this](int row, int column) {
        // Find the table row behind the cell, placed as layout() placed it.
        const bt::SweepTable &t = m_shown.result.table;
        const std::size_t np = t.paramNames.size();
        for (std::size_t i = 0; i < t.rows() && m_shown.columnParam >= 0; ++i) {
            const auto v = t.row(i);
            const long c =
                std::lround((v[std::size_t(m_shown.columnParam)] - m_shown.columnStart) / m_shown.columnStep);
            const long r =
                m_shown.rowParam < 0
                    ? 0
                    : std::lround((v[std::size_t(m_shown.rowParam)] - m_shown.rowStart) / m_shown.rowStep);
            if (c == column && r == row) {
                choose(std::vector<double>(v.begin(), v.begin() + std::ptrdiff_t(np)));
                return;
            }
        }
    });
}

OptimisationPanel::Axis OptimisationPanel::makeAxis(const QString &name)
{
    Axis a{new QComboBox(this), new QDoubleSpinBox(this), new QDoubleSpinBox(this), new QDoubleSpinBox(this)};
    a.param->setAccessibleName(name);
    a.start->setAccessibleName(name + tr(" from"));
    a.stop->setAccessibleName(name + tr(" to"));
    a.step->setAccessibleName(name + tr(" step"));
    return a;
}

void OptimisationPanel::setStrategy(const bt::StrategyInfo *info, bool keepRanges)
{
    m_info = info;
    if (keepRanges && info)
        return;
    for (Axis *axis : {&m_columns, &m_rows}) {
        QSignalBlocker block(axis->param);
        axis->param->clear();
        if (axis == &m_rows)
            axis->param->addItem(tr("(none)"), -1);
        if (info)
            for (std::size_t i = 0; i < info->params.size(); ++i)
                if (info->params[i].type == bt::ParamType::Int ||
                    info->params[i].type == bt::ParamType::Double)
                    axis->param->addItem(qs(info->params[i].name), int(i));
    }
    // First numeric parameter across, the second down (fast x slow).
    m_columns.param->setCurrentIndex(0);
    m_rows.param->setCurrentIndex(m_rows.param->count() > 2 ? 2 : 0);
    axisParamChanged(m_columns);
    axisParamChanged(m_rows);
    m_run->setEnabled(m_columns.param->count() > 0);
    clear();
}

void OptimisationPanel::axisParamChanged(Axis &axis)
{
    const int index = axis.param->currentData().isValid() ? axis.param->currentData().toInt() : -1;
    const bool on = m_info && index >= 0;
    for (QDoubleSpinBox *b : {axis.start, axis.stop, axis.step})
        b->setEnabled(on);
    if (!on)
        return;
    const bt::ParamSpec &p = m_info->params[std::size_t(index)];
    const bool whole = p.type == bt::ParamType::Int;
    for (QDoubleSpinBox *b : {axis.start, axis.stop}) {
        b->setDecimals(whole ? 0 : 2);
        b->setRange(p.min, p.max);
    }
    axis.step->setDecimals(whole ? 0 : 2);
    axis.step->setRange(whole ? 1 : 0.01, std::max(1.0, p.max - p.min));
    // Around the default: half to five times it, inside the spec's range.
    const double start = std::max(p.min, whole ? std::floor(p.defaultValue / 2) : p.defaultValue / 2);
    const double stop = std::min(p.max, p.defaultValue * 5);
    axis.start->setValue(start);
    axis.stop->setValue(stop);
    axis.step->setValue(whole ? std::max(1.0, std::floor((stop - start) / 40)) : (stop - start) / 20);
}

void OptimisationPanel::setRange(const QString &param, double start, double stop, double step, bool asRows)
{
    Axis &axis = asRows ? m_rows : m_columns;
    const int i = axis.param->findText(param);
    if (i >= 0)
        axis.param->setCurrentIndex(i);
    axis.start->setValue(start);
    axis.stop->setValue(stop);
    axis.step->setValue(step);
}

void OptimisationPanel::setMetric(bt::Metric metric)
{
    m_metric->setCurrentIndex(m_metric->findData(int(metric)));
}

Result<bt::SweepConfig> OptimisationPanel::sweepConfig() const
{
    if (!m_info || m_columns.param->count() == 0)
        return labError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("sn::ui::BacktestLab", "the strategy has no numeric parameter to sweep"), {},
            QT_TRANSLATE_NOOP("sn::ui::BacktestLab", "optimisation"));
    bt::SweepConfig c;
    c.strategy = m_info->name;
    c.rankBy = bt::Metric(m_metric->currentData().toInt());
    for (const Axis *axis : {&m_columns, &m_rows}) {
        const int index = axis->param->currentData().toInt();
        if (index < 0)
            continue;
        const std::string name = m_info->params[std::size_t(index)].name;
        if (axis == &m_rows && name == c.grid.front().name)
            return labError(
                ErrorCode::InvalidArgument,
                QT_TRANSLATE_NOOP("sn::ui::BacktestLab", "rows and columns sweep the same parameter '%1'"),
                {name}, QT_TRANSLATE_NOOP("sn::ui::BacktestLab", "optimisation"));
        if (axis->stop->value() < axis->start->value())
            return labError(ErrorCode::InvalidArgument,
                            QT_TRANSLATE_NOOP("sn::ui::BacktestLab", "'%1': the range ends before it starts"),
                            {name}, QT_TRANSLATE_NOOP("sn::ui::BacktestLab", "optimisation"));
        c.grid.push_back({name, axis->start->value(), axis->stop->value(), axis->step->value()});
    }
    return c;
}

SweepView OptimisationPanel::layout(bt::SweepResult result, const bt::SweepConfig &config,
                                    const bt::StrategyInfo &info)
{
    SweepView v;
    const bt::ParamRange &cr = config.grid.at(0);
    v.columnParam = info.indexOf(cr.name);
    v.columnStart = cr.start;
    v.columnStep = cr.step;
    v.columns = stepsOf(cr.start, cr.stop, cr.step);
    for (int k = 0; k < v.columns; ++k)
        v.columnLabels << numberText(cr.start + k * cr.step);
    const bt::ParamRange *rr = config.grid.size() > 1 ? &config.grid[1] : nullptr;
    v.rowParam = rr ? info.indexOf(rr->name) : -1;
    if (rr) {
        v.rowStart = rr->start;
        v.rowStep = rr->step;
    }
    v.rows = rr ? stepsOf(rr->start, rr->stop, rr->step) : 1;
    if (rr)
        for (int k = 0; k < v.rows; ++k)
            v.rowLabels << numberText(rr->start + k * rr->step);
    else
        v.rowLabels << DisplayNames::metric(bt::Metrics::name(config.rankBy));
    v.cells.assign(std::size_t(v.rows) * std::size_t(v.columns), std::numeric_limits<double>::quiet_NaN());
    const bt::SweepTable &t = result.table;
    for (std::size_t i = 0; i < t.rows(); ++i) {
        if (!t.done[i])
            continue;
        const auto p = t.row(i);
        const long c = std::lround((p[std::size_t(v.columnParam)] - cr.start) / cr.step);
        const long r = rr ? std::lround((p[std::size_t(v.rowParam)] - rr->start) / rr->step) : 0;
        if (c >= 0 && c < v.columns && r >= 0 && r < v.rows)
            v.cells[std::size_t(r) * std::size_t(v.columns) + std::size_t(c)] = t.score[i];
    }
    v.result = std::move(result);
    return v;
}

void OptimisationPanel::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    if (running) {
        m_progress->setValue(0);
        m_status->setText(tr("Sweeping..."));
    }
}

void OptimisationPanel::setProgress(double fraction, const QString &text)
{
    m_progress->setValue(int(fraction * 1000));
    if (!text.isEmpty())
        m_status->setText(text);
}

void OptimisationPanel::clear()
{
    m_heatmap->clear();
    m_top->clear();
    m_chosen.clear();
    m_chosenLabel->clear();
    m_apply->setEnabled(false);
    m_shown = {};
    m_hasResult = false;
}

void OptimisationPanel::inputsChanged()
{
    if (!m_hasResult)
        return;
    clear();
    m_progress->setValue(0);
    m_status->setText(
        tr("The inputs changed since the last sweep, so its results were cleared. Run the sweep again "
           "to rank the combinations for the new inputs."));
}

void OptimisationPanel::choose(std::vector<double> params)
{
    m_chosen = std::move(params);
    m_chosenLabel->setText(
        describeParams(m_info ? qs(m_info->name) : QString(), m_shown.result.table.paramNames, m_chosen));
    m_apply->setEnabled(true);
}

void OptimisationPanel::showSweep(const SweepView &view)
{
    clear();
    m_shown = view;
    m_hasResult = true;
    const bt::SweepResult &res = view.result;
    const bt::SweepTable &t = res.table;
    const bool lower = !bt::Metrics::higherIsBetter(res.rankBy);
    const QString metric = DisplayNames::metric(bt::Metrics::name(res.rankBy));
    m_heatmap->setScale(HeatmapWidget::Scale::Sequential);
    m_heatmap->setLowerIsBetter(lower);
    m_heatmap->setFormatter(
        [metric](double v) { return QStringLiteral("%1 %2").arg(metric, QLocale().toString(v, 'f', 4)); });
    m_heatmap->setAxisTitles(view.rowParam >= 0 ? qs(t.paramNames[std::size_t(view.rowParam)]) : QString(),
                             qs(t.paramNames[std::size_t(view.columnParam)]));
    m_heatmap->setData(view.rows, view.columns, view.cells, view.rowLabels, view.columnLabels);

    QStringList headers{tr("Rank")};
    for (const std::string &n : t.paramNames)
        headers << DisplayNames::parameter(n);
    headers << metric << tr("Total return") << tr("Final equity") << tr("Trades") << tr("Win rate");
    m_top->setColumnCount(int(headers.size()));
    m_top->setHorizontalHeaderLabels(headers);
    const std::size_t shown = std::min<std::size_t>(kTopRows, res.ranking.size());
    for (std::size_t k = 0; k < shown; ++k) {
        const std::size_t i = res.ranking[k];
        QList<QStandardItem *> cells;
        auto *rank = new QStandardItem(QString::number(k + 1));
        rank->setData(qulonglong(i), Qt::UserRole);
        cells << rank;
        for (double p : t.row(i))
            cells << new QStandardItem(numberText(p));
        cells << new QStandardItem(scoreText(t.score[i])) << new QStandardItem(percentText(t.totalReturn[i]))
              << new QStandardItem(QLocale().toString(t.finalEquity[i], 'f', 2))
              << new QStandardItem(QString::number(t.trades[i]))
              << new QStandardItem(percentText(t.winRate[i]));
        for (QStandardItem *c : cells)
            c->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_top->appendRow(cells);
    }
    m_topView->resizeColumnsToContents();
    m_status->setText((res.cancelled
                           ? tr("Cancelled: %1 of %2 combinations evaluated in %3 s; ranked by %4 (%5)")
                           : tr("%1 of %2 combinations evaluated in %3 s; ranked by %4 (%5)"))
                          .arg(res.evaluated)
                          .arg(t.rows())
                          .arg(QLocale().toString(res.seconds, 'f', 3), metric,
                               lower ? tr("lower is better") : tr("higher is better")));
    m_progress->setValue(m_progress->maximum());
    if (shown > 0)
        m_topView->selectRow(0);
}

} // namespace sn::ui
