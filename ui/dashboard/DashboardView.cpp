#include "ui/dashboard/DashboardView.h"

#include "core/common/Time.h"
#include "ui/dashboard/SparklineDelegate.h"
#include "ui/shell/ChangeWatcher.h"
#include "ui/shell/ChartTheme.h"
#include "ui/shell/DisplayNames.h"
#include "ui/shell/Formats.h"
#include "ui/shell/JobTracker.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace sn::ui {

namespace {

QString percent(double v)
{
    return Formats::signedPercent(v);
}

QString money(double v)
{
    return Formats::money(v);
}

QString signedMoney(double v)
{
    return (v > 0 ? QStringLiteral("+") : QString()) + money(v);
}

QString colour(double v)
{
    return v > 0 ? QStringLiteral("#1b8a3c") : v < 0 ? QStringLiteral("#c62828") : QString();
}

QLabel *card(QWidget *parent, const QString &accessibleName, const QString &tooltip)
{
    auto *l = new QLabel(parent);
    l->setFrameShape(QFrame::StyledPanel);
    l->setMargin(8);
    l->setTextFormat(Qt::RichText);
    l->setAccessibleName(accessibleName);
    l->setToolTip(tooltip);
    l->setMinimumWidth(170);
    return l;
}

// What a row opens: the symbol of a quote row, the id of a saved run (absent
// on the empty-state row, which opens nothing).
constexpr int kSymbolRole = Qt::UserRole + 1;
constexpr int kRunIdRole = Qt::UserRole + 2;

QStandardItem *symbolItem(const QString &symbol)
{
    auto *item = new QStandardItem(symbol);
    item->setData(symbol, kSymbolRole);
    item->setToolTip(QCoreApplication::translate("sn::ui::DashboardView", "Double-click to open %1 in Charts")
                         .arg(symbol));
    return item;
}

QTableView *table(QWidget *parent, QStandardItemModel *model, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(24);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QString dateText(qint64 ms)
{
    return Formats::date(ms);
}

QDateTime toDateTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

DashboardView::DashboardView(const Workspace &db, JobTracker &jobs, QWidget *parent)
    : Area(parent), m_workspace(db), m_jobs(jobs), m_portfolios(new QComboBox(this)),
      m_value(card(this, tr("Portfolio value"),
                   tr("Positions at the last stored close plus cash, base currency"))),
      m_day(card(this, tr("Day change"),
                 tr("Change since the previous close, net of deposits and withdrawals; time-weighted return "
                    "in brackets"))),
      m_ytd(card(
          this, tr("Year to date"),
          tr("Change since the last valued day of the previous year, net of flows; time-weighted return"))),
      m_since(card(this, tr("Since start"),
                   tr("Change since the first transaction, net of flows; time-weighted return (TTWROR)"))),
      m_note(new QLabel(this)), m_curve(new QChartView(this)), m_allocation(new QChartView(this)),
      m_watch(new QStandardItemModel(0, 5, this)), m_movers(new QStandardItemModel(0, 4, this)),
      m_runs(new QStandardItemModel(0, 5, this)), m_watchTitle(new QLabel(this)), m_ask(new QLineEdit(this))
{
    setObjectName(QStringLiteral("DashboardView"));
    // The dashboard summarises everything: any committed change it shows
    // (a run saved in the lab, a rebalance, a watchlist edit, new prices)
    // reloads it, keeping the chosen portfolio when it still exists.
    new ChangeWatcher(m_workspace,
                      {Change::Entity::Portfolio, Change::Entity::Transaction, Change::Entity::BacktestRun,
                       Change::Entity::Watchlist, Change::Entity::Bars, Change::Entity::Instrument,
                       Change::Entity::Setting},
                      this, [this](const ChangeSet &) { refresh(); });
    m_portfolios->setAccessibleName(tr("Portfolio"));
    m_portfolios->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_portfolios, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        if (!name.isEmpty() && name != m_snapshot.portfolio)
            load(name);
    });
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("Dashboard notes"));
    m_curve->setRenderHint(QPainter::Antialiasing);
    m_curve->setAccessibleName(tr("Portfolio return against the benchmark"));
    m_curve->setMinimumHeight(220);
    m_allocation->setRenderHint(QPainter::Antialiasing);
    m_allocation->setAccessibleName(tr("Allocation"));
    m_allocation->setMinimumWidth(300);

    m_watch->setHorizontalHeaderLabels({tr("Symbol"), tr("Name"), tr("Last"), tr("Change"), tr("Trend")});
    m_movers->setHorizontalHeaderLabels({tr("Symbol"), tr("Last"), tr("Change"), tr("Of")});
    m_runs->setHorizontalHeaderLabels(
        {tr("Run"), tr("Strategy"), tr("Saved"), tr("Total return"), tr("Sharpe")});

    auto *top = new QHBoxLayout;
    auto *portfolioLabel = new QLabel(tr("&Portfolio:"), this);
    portfolioLabel->setBuddy(m_portfolios);
    top->addWidget(portfolioLabel);
    top->addWidget(m_portfolios);
    top->addStretch(1);
    m_ask->setPlaceholderText(tr("Ask the advisor, e.g. \"backtest a 20/50 crossover on AAPL since 2015\""));
    m_ask->setAccessibleName(tr("Ask the advisor"));
    m_ask->setMinimumWidth(420);
    connect(m_ask, &QLineEdit::returnPressed, this, [this]() {
        const QString question = m_ask->text().trimmed();
        if (question.isEmpty())
            return;
        m_ask->clear();
        Q_EMIT askRequested(question);
    });
    top->addWidget(m_ask, 2);
    auto *cards = new QHBoxLayout;
    for (QLabel *c : {m_value, m_day, m_ytd, m_since})
        cards->addWidget(c);
    cards->addStretch(1);

    auto *charts = new QHBoxLayout;
    charts->addWidget(m_curve, 3);
    charts->addWidget(m_allocation, 2);

    auto *watchView = table(this, m_watch, tr("Watchlist"));

    watchView->setItemDelegateForColumn(4, new SparklineDelegate(watchView));
    auto *moversView = table(this, m_movers, tr("Top movers"));
    auto *runsView = table(this, m_runs, tr("Recent backtest runs"));
    m_tables = {watchView, moversView, runsView};
    for (QTableView *symbols : {watchView, moversView})
        connect(symbols, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
            const QString symbol = index.sibling(index.row(), 0).data(kSymbolRole).toString();
            if (!symbol.isEmpty())
                Q_EMIT symbolActivated(symbol);
        });
    connect(runsView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QVariant id = index.sibling(index.row(), 0).data(kRunIdRole);
        if (id.isValid())
            Q_EMIT runActivated(id.toLongLong());
    });
    auto *lists = new QGridLayout;
    m_watchTitle->setText(tr("<b>Watchlist</b>"));
    lists->addWidget(m_watchTitle, 0, 0);
    lists->addWidget(new QLabel(tr("<b>Top movers</b> (last close against the one before)"), this), 0, 1);
    lists->addWidget(new QLabel(tr("<b>Recent backtest runs</b>"), this), 0, 2);
    lists->addWidget(watchView, 1, 0);
    lists->addWidget(moversView, 1, 1);
    lists->addWidget(runsView, 1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(cards);
    layout->addWidget(m_note);
    layout->addLayout(charts, 3);
    layout->addLayout(lists, 2);

    setTabOrder(m_portfolios, watchView);
    setTabOrder(watchView, moversView);
    setTabOrder(moversView, runsView);
}

QIcon DashboardView::icon() const
{
    return QIcon(QStringLiteral(":/icons/dashboard.svg"));
}

void DashboardView::changeEvent(QEvent *event)
{
    // A theme switch: the charts take their colours from the palette when built.
    if (event->type() == QEvent::PaletteChange && !m_snapshot.portfolios.isEmpty()) {
        showCurve();
        showAllocation();
    }
    Area::changeEvent(event);
}

void DashboardView::refresh()
{
    load(m_snapshot.portfolio);
}

void DashboardView::load(const QString &portfolio)
{
    const Workspace *db = &m_workspace;
    m_jobs.run<DashboardSnapshot>(
        tr("Loading dashboard"),
        [db, portfolio](const JobTracker::ProgressFn &, const std::atomic<bool> &) {
            return DashboardSnapshot::load(*db, portfolio);
        },
        this,
        [this](Result<DashboardSnapshot> snapshot) {
            if (!snapshot) {
                m_note->setText(tr("Dashboard not loaded: %1")
                                    .arg(QString::fromStdString(snapshot.error().toUserString())));
                return;
            }
            apply(std::move(*snapshot));
        });
}

void DashboardView::apply(DashboardSnapshot snapshot)
{
    m_snapshot = std::move(snapshot);
    {
        const QSignalBlocker block(m_portfolios);
        m_portfolios->clear();
        m_portfolios->addItems(m_snapshot.portfolios);
        m_portfolios->setCurrentText(m_snapshot.portfolio);
    }
    showKpis();
    showCurve();
    showAllocation();
    showQuotes();
    showRuns();
    for (QTableView *t : m_tables)
        t->resizeColumnsToContents();
    Q_EMIT loaded();
}

QString DashboardView::kpiText() const
{
    QStringList parts;
    for (QLabel *l : {m_value, m_day, m_ytd, m_since})
        parts << l->text();
    return parts.join(QLatin1Char('\n'));
}

void DashboardView::showKpis()
{
    const DashboardSnapshot &s = m_snapshot;
    auto changeCard = [](QLabel *label, const QString &title, const DashboardSnapshot::Change &c) {
        if (!c.value || !c.twr) {
            label->setText(QStringLiteral("<small>%1</small><br><b>%2</b>").arg(title, tr("n/a")));
            return;
        }
        label->setText(QStringLiteral("<small>%1</small><br><b><span style='color:%2'>%3</span></b> (%4)")
                           .arg(title, colour(*c.value), signedMoney(*c.value), percent(*c.twr)));
    };
    if (!s.value) {
        m_value->setText(QStringLiteral("<small>%1</small><br><b>%2</b>").arg(tr("Value"), tr("n/a")));
        changeCard(m_day, tr("Day"), {});
        changeCard(m_ytd, tr("Year to date"), {});
        changeCard(m_since, tr("Since start"), {});
        m_note->setText(s.portfolio.isEmpty()
                            ? tr("No portfolio yet: import transactions or load the sample data.")
                            : tr("Portfolio '%1' not valued: %2").arg(s.portfolio, s.portfolioError));
        return;
    }
    m_value->setText(QStringLiteral("<small>%1</small><br><b>%2 %3</b>")
                         .arg(tr("Value on %1").arg(dateText(s.valueDate)), money(*s.value), s.baseCurrency));
    changeCard(m_day, tr("Day"), s.day);
    changeCard(m_ytd, tr("Year to date"), s.yearToDate);
    changeCard(m_since, tr("Since %1").arg(dateText(s.startDate)), s.sinceStart);
    m_note->setText(
        tr("Changes are in %1 net of deposits and withdrawals; percentages are time-weighted returns. "
           "Prices are the stored closes; the sample data ends on %2.")
            .arg(s.baseCurrency, dateText(s.valueDate)));
}

void DashboardView::showCurve()
{
    const DashboardSnapshot &s = m_snapshot;
    auto *chart = new QChart;
    applyChartTheme(chart, palette());
    chart->setTitle(tr("Time-weighted return"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (!s.curve.empty()) {
        // One point per calendar day; a long history is thinned to about one per pixel column.
        const std::size_t n = s.curve.size();
        const std::size_t step = std::max<std::size_t>(1, n / 1200);
        auto *portfolio = new QLineSeries;
        portfolio->setName(s.portfolio);
        auto *benchmark = new QLineSeries;
        benchmark->setName(tr("%1 (price index)").arg(s.benchmark));
        QList<QPointF> pp, bp;
        for (std::size_t i = 0; i < n; i += step) {
            const double x = static_cast<double>(s.curveDays[i]);
            pp.append({x, s.curve[i] * 100.0});
            if (!s.benchmarkCurve.empty())
                bp.append({x, s.benchmarkCurve[i] * 100.0});
        }
        if ((n - 1) % step != 0) {
            pp.append({static_cast<double>(s.curveDays[n - 1]), s.curve[n - 1] * 100.0});
            if (!s.benchmarkCurve.empty())
                bp.append({static_cast<double>(s.curveDays[n - 1]), s.benchmarkCurve[n - 1] * 100.0});
        }
        portfolio->replace(pp);
        chart->addSeries(portfolio);
        if (!bp.isEmpty()) {
            benchmark->replace(bp);
            chart->addSeries(benchmark);
        } else {
            delete benchmark;
        }
        auto *x = new QDateTimeAxis;
        x->setFormat(QStringLiteral("yyyy"));
        x->setRange(toDateTime(s.curveDays.front()), toDateTime(s.curveDays.back()));
        auto *y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%.0f %%"));
        double lo = 0, hi = 0;
        for (const auto &points : {pp, bp})
            for (const QPointF &p : points) {
                lo = std::min(lo, p.y());
                hi = std::max(hi, p.y());
            }
        y->setRange(lo, hi);
        y->applyNiceNumbers();
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (QAbstractSeries *series : chart->series()) {
            series->attachAxis(x);
            series->attachAxis(y);
        }
    }
    QChart *old = m_curve->chart();
    m_curve->setChart(chart);
    delete old;
}

void DashboardView::showAllocation()
{
    auto *chart = new QChart;
    applyChartTheme(chart, palette());
    chart->setTitle(tr("Allocation"));
    chart->legend()->setAlignment(Qt::AlignRight);
    auto *pie = new QPieSeries;
    pie->setHoleSize(0.5);
    double total = 0.0;
    for (const auto &slice : m_snapshot.allocation)
        total += slice.value;
    for (const auto &slice : m_snapshot.allocation) {
        QPieSlice *p = pie->append(
            QStringLiteral("%1 %2").arg(slice.label, percent(slice.value / total).mid(1)), slice.value);
        p->setLabelVisible(false);
    }
    chart->addSeries(pie);
    QChart *old = m_allocation->chart();
    m_allocation->setChart(chart);
    delete old;
}

void DashboardView::showQuotes()
{
    auto changeItem = [](const std::optional<double> &change) {
        auto *item = new QStandardItem(change ? percent(*change) : tr("n/a"));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (change && *change != 0)
            item->setForeground(QColor(colour(*change)));
        return item;
    };
    auto lastItem = [](const DashboardSnapshot::Quote &q) {
        auto *item = new QStandardItem(q.interval.isEmpty() ? tr("no prices") : money(q.last));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (!q.interval.isEmpty())
            item->setToolTip(tr("Close of %1 (%2 bars)").arg(dateText(q.lastTime), q.interval));
        return item;
    };
    m_watch->setRowCount(0);
    m_watchTitle->setText(m_snapshot.watchlist.isEmpty()
                              ? tr("<b>Watchlist</b> (none yet)")
                              : tr("<b>Watchlist</b> %1").arg(m_snapshot.watchlist.toHtmlEscaped()));
    for (const auto &q : m_snapshot.watch) {
        auto *spark = new QStandardItem;
        spark->setData(QVariant::fromValue(QList<double>(q.spark.begin(), q.spark.end())),
                       SparklineDelegate::Role);
        spark->setToolTip(tr("Last %n close(s)", nullptr, static_cast<int>(q.spark.size())));
        m_watch->appendRow(
            {symbolItem(q.symbol), new QStandardItem(q.name), lastItem(q), changeItem(q.change), spark});
    }
    m_movers->setRowCount(0);
    for (const auto &q : m_snapshot.movers)
        m_movers->appendRow({symbolItem(q.symbol), lastItem(q), changeItem(q.change),
                             new QStandardItem(tr("%1 (%2)").arg(dateText(q.lastTime), q.interval))});
}

void DashboardView::showRuns()
{
    m_runs->setRowCount(0);
    for (const auto &r : m_snapshot.runs) {
        auto *ret = new QStandardItem(r.totalReturn ? percent(*r.totalReturn) : tr("n/a"));
        ret->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *sharpe = new QStandardItem(r.sharpe ? Formats::ratio(*r.sharpe) : tr("n/a"));
        sharpe->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *name = new QStandardItem(r.name);
        name->setData(r.id, kRunIdRole);
        name->setToolTip(tr("Double-click to open this run in the Backtest lab"));
        m_runs->appendRow({name, new QStandardItem(DisplayNames::strategy(r.strategy.toStdString())),
                           new QStandardItem(Formats::dateTime(r.createdAt)), ret, sharpe});
    }
    if (m_snapshot.runs.empty())
        m_runs->appendRow(
            new QStandardItem(tr("No runs saved yet: run a backtest in the Backtest lab and press Save")));
}

} // namespace sn::ui
