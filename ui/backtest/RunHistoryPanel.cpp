#include "ui/backtest/RunHistoryPanel.h"

#include "ui/backtest/ResultsPanel.h"
#include "ui/shell/ChartPaletteFollower.h"
#include "ui/shell/DisplayNames.h"
#include "ui/shell/Formats.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace sn::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;

QTableView *table(QWidget *parent, QStandardItemModel *model, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(22);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QString paramsText(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList parts;
    for (auto it = o.begin(); it != o.end(); ++it)
        parts << DisplayNames::parameter(it.key().toStdString()) + QLatin1Char(' ') +
                     (it.value().isString() ? it.value().toString()
                      : it.value().isBool()
                          ? (it.value().toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                          : numberText(it.value().toDouble()));
    return parts.join(QStringLiteral(", "));
}

} // namespace

RunHistoryPanel::RunHistoryPanel(QWidget *parent)
    : QWidget(parent), m_runs(new QStandardItemModel(0, 5, this)),
      m_view(table(this, m_runs, tr("Saved runs"))), m_reopen(new QPushButton(tr("&Reopen"), this)),
      m_rename(new QPushButton(tr("Re&name"), this)), m_delete(new QPushButton(tr("&Delete"), this)),
      m_compareButton(new QPushButton(tr("&Compare two"), this)), m_status(new QLabel(this)),
      m_compare(new QStandardItemModel(0, 3, this)),
      m_compareView(table(this, m_compare, tr("Run comparison"))), m_chartView(new QChartView(this)),
      m_a(new QLineSeries), m_b(new QLineSeries), m_x(new QDateTimeAxis), m_y(new QValueAxis)
{
    m_runs->setHorizontalHeaderLabels(
        {tr("Name"), tr("Strategy"), tr("Parameters"), tr("Saved"), tr("Team")});
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_compareView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reopen->setAccessibleName(tr("Reopen run"));
    m_rename->setAccessibleName(tr("Rename run"));
    m_delete->setAccessibleName(tr("Delete run"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_compareButton->setAccessibleName(tr("Compare runs"));
    m_compareButton->setToolTip(tr("Select two runs (Ctrl+click) to compare their KPIs and equity"));
    m_status->setAccessibleName(tr("History status"));

    auto *chart = new QChart;
    chart->setTitle(tr("Equity of the compared runs"));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->addSeries(m_a);
    chart->addSeries(m_b);
    m_x->setFormat(QStringLiteral("yyyy"));
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    for (QLineSeries *s : {m_a, m_b}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    m_chartView->setChart(chart);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    ChartPaletteFollower::follow(m_chartView);
    m_chartView->setAccessibleName(tr("Compared equity"));

    auto *buttons = new QHBoxLayout;
    m_buttons = buttons;
    for (QPushButton *b : {m_reopen, m_rename, m_delete, m_compareButton})
        buttons->addWidget(b);
    buttons->addWidget(m_status, 1);
    auto *compare = new QSplitter(Qt::Horizontal, this);
    compare->addWidget(m_compareView);
    compare->addWidget(m_chartView);
    compare->setStretchFactor(1, 2);
    compare->setSizes({420, 580});
    auto *split = new QSplitter(Qt::Vertical, this);
    m_top = new QSplitter(Qt::Horizontal, this);
    m_top->addWidget(m_view);
    split->addWidget(m_top);
    split->addWidget(compare);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunHistoryPanel::updateButtons);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.column() != 0)
            Q_EMIT reopenRequested(m_runs->item(index.row(), 0)->data(kIdRole).toLongLong());
    });
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        const auto ids = selectedIds();
        if (!ids.empty())
            Q_EMIT reopenRequested(ids.front());
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
        if (!rows.isEmpty())
            m_view->edit(rows.front());
    });
    connect(m_runs, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (m_filling || item->column() != 0)
            return;
        if (m_locked) {
            m_status->setText(m_lockReason);
            return;
        }
        const QString name = item->text().trimmed();
        const qint64 id = item->data(kIdRole).toLongLong();
        if (name.isEmpty()) {
            m_status->setText(tr("A run needs a name"));
            return;
        }
        Q_EMIT renameRequested(id, name);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const auto ids = selectedIds();
        if (ids.empty())
            return;
        if (m_locked) {
            m_status->setText(m_lockReason);
            return;
        }
        const auto answer = QMessageBox::question(
            this, tr("Delete saved runs"),
            tr("Delete %n saved run(s)? This cannot be undone.", nullptr, int(ids.size())));
        if (answer != QMessageBox::Yes)
            return;
        for (qint64 id : ids)
            Q_EMIT deleteRequested(id);
    });
    connect(m_compareButton, &QPushButton::clicked, this, [this] {
        const auto ids = selectedIds();
        if (ids.size() == 2)
            Q_EMIT compareRequested(ids[0], ids[1]);
    });
    updateButtons();
}

void RunHistoryPanel::setRuns(const std::vector<BacktestRun> &runs)
{
    const auto selected = selectedIds();
    m_filling = true;
    m_runs->removeRows(0, m_runs->rowCount());
    for (const BacktestRun &r : runs) {
        auto *name = new QStandardItem(r.name);
        name->setData(r.id, kIdRole);
        name->setToolTip(tr("Double-click or F2 to rename"));
        QList<QStandardItem *> row{
            name, new QStandardItem(DisplayNames::strategy(r.strategy.toStdString())),
            new QStandardItem(paramsText(r.params)), new QStandardItem(Formats::dateTime(r.createdAt)),
            new QStandardItem(m_sharedIds.contains(r.id) ? tr("\u25C6 Shared (%1)").arg(m_team) : QString())};
        for (int c = 1; c < row.size(); ++c)
            row[c]->setEditable(false);
        m_runs->appendRow(row);
    }
    m_filling = false;
    m_view->resizeColumnsToContents();
    selectIds(selected);
    m_status->setText(tr("%n saved run(s)", nullptr, int(runs.size())));
    updateButtons();
}

std::vector<qint64> RunHistoryPanel::selectedIds() const
{
    std::vector<qint64> ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &i : rows)
        ids.push_back(i.data(kIdRole).toLongLong());
    return ids;
}

void RunHistoryPanel::selectIds(const std::vector<qint64> &ids)
{
    m_view->selectionModel()->clearSelection();
    for (int r = 0; r < m_runs->rowCount(); ++r)
        if (std::find(ids.begin(), ids.end(), m_runs->item(r, 0)->data(kIdRole).toLongLong()) != ids.end())
            m_view->selectionModel()->select(m_runs->index(r, 0),
                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
    updateButtons();
}

void RunHistoryPanel::setSharedRuns(const QSet<qint64> &ids, const QString &team)
{
    m_sharedIds = ids;
    m_team = team;
    for (int r = 0; r < m_runs->rowCount(); ++r) {
        const bool shared = ids.contains(m_runs->item(r, 0)->data(kIdRole).toLongLong());
        if (QStandardItem *badge = m_runs->item(r, 4)) {
            const bool filling = m_filling;
            m_filling = true;
            badge->setText(shared ? tr("\u25C6 Shared (%1)").arg(team) : QString());
            badge->setToolTip(shared ? tr("Shared with team workspace '%1'").arg(team) : QString());
            m_filling = filling;
        }
    }
}

void RunHistoryPanel::setViewerLock(std::function<QString(const QString &)> reasonFor)
{
    m_viewerReasonFor = std::move(reasonFor);
    updateButtons();
}

void RunHistoryPanel::addTeamWidget(QWidget *widget)
{
    m_buttons->insertWidget(m_buttons->count() - 1, widget);
}

void RunHistoryPanel::addSideWidget(QWidget *widget)
{
    m_top->addWidget(widget);
    m_top->setStretchFactor(0, 3);
    m_top->setStretchFactor(1, 1);
}

void RunHistoryPanel::setEditLock(bool locked, const QString &why)
{
    m_locked = locked;
    m_lockReason = why;
    m_view->setEditTriggers(locked ? QAbstractItemView::NoEditTriggers
                                   : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setToolTip(why);
    updateButtons();
}

void RunHistoryPanel::setStatus(const QString &text)
{
    m_status->setText(text);
}

void RunHistoryPanel::updateButtons()
{
    const std::size_t n = selectedIds().size();
    bool locked = m_locked;
    QString why = m_lockReason;
    if (!locked && n > 1 && m_viewerReasonFor) {
        for (const QModelIndex &row : m_view->selectionModel()->selectedRows(0))
            if (m_sharedIds.contains(row.data(kIdRole).toLongLong())) {
                locked = true;
                why = m_viewerReasonFor(row.data().toString());
                break;
            }
    }
    m_reopen->setEnabled(n == 1);
    m_rename->setEnabled(n == 1 && !locked);
    m_delete->setEnabled(n >= 1 && !locked);
    m_compareButton->setEnabled(n == 2);
    for (QPushButton *b : {m_rename, m_delete})
        b->setToolTip(locked ? why : QString());
    qint64 id = 0;
    QString name;
    if (n == 1) {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
        id = rows.front().data(kIdRole).toLongLong();
        name = rows.front().data().toString();
    }
    if (id != m_currentId) {
        m_currentId = id;
        Q_EMIT currentRunChanged(id, name);
    }
}

void RunHistoryPanel::showComparison(const RunView &a, const RunView &b)
{
    m_compare->clear();
    m_compare->setHorizontalHeaderLabels({tr("KPI"), a.title, b.title});
    const QStringList names{tr("Total return"), tr("CAGR"),   tr("Sharpe"),   tr("Sortino"),
                            tr("Max drawdown"), tr("Trades"), tr("Win rate"), tr("Profit factor")};
    const QStringList keys = ResultsPanel::kpiKeys();
    for (int k = 0; k < keys.size(); ++k) {
        QList<QStandardItem *> row{new QStandardItem(names.value(k)),
                                   new QStandardItem(ResultsPanel::formatKpi(keys[k], a.metrics)),
                                   new QStandardItem(ResultsPanel::formatKpi(keys[k], b.metrics))};
        row[1]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[2]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_compare->appendRow(row);
    }
    m_compareView->resizeColumnsToContents();
    m_a->setName(a.title);
    m_b->setName(b.title);
    m_a->replace(a.equityPoints);
    m_b->replace(b.equityPoints);
    if (!a.time.empty() || !b.time.empty()) {
        TimestampMs first = 0, last = 0;
        double lo = 0, hi = 0;
        bool anyTime = false, anyPoint = false;
        for (const RunView *v : {&a, &b}) {
            if (v->time.empty())
                continue;
            first = anyTime ? std::min(first, v->time.front()) : v->time.front();
            last = anyTime ? std::max(last, v->time.back()) : v->time.back();
            anyTime = true;
            for (const QPointF &p : v->equityPoints) {
                lo = anyPoint ? std::min(lo, p.y()) : p.y();
                hi = anyPoint ? std::max(hi, p.y()) : p.y();
                anyPoint = true;
            }
        }
        m_x->setRange(QDateTime::fromMSecsSinceEpoch(first, Qt::UTC),
                      QDateTime::fromMSecsSinceEpoch(last, Qt::UTC));
        const double pad = std::max((hi - lo) * 0.05, 1.0);
        m_y->setRange(lo - pad, hi + pad);
        m_y->applyNiceNumbers();
    }
}

} // namespace sn::ui
