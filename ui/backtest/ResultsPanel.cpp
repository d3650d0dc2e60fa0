#include "ui/backtest/ResultsPanel.h"

#include "core/backtest/Metrics.h"
#include "ui/backtest/HeatmapWidget.h"
#include "ui/backtest/TradeTableModel.h"
#include "ui/shell/ChartPaletteFollower.h"
#include "ui/shell/DisplayNames.h"
#include "ui/shell/Formats.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace sn::ui {

namespace {

QString percentText(double fraction)
{
    return Formats::percent(fraction);
}

QString ratioText(const std::optional<double> &v)
{
    return v ? Formats::ratio(*v) : ResultsPanel::tr("n/a");
}

QString kpiTitle(const QString &key)
{
    if (key == QLatin1String("total_return"))
        return ResultsPanel::tr("Total return");
    if (key == QLatin1String("cagr"))
        return ResultsPanel::tr("CAGR");
    if (key == QLatin1String("sharpe"))
        return ResultsPanel::tr("Sharpe");
    if (key == QLatin1String("sortino"))
        return ResultsPanel::tr("Sortino");
    if (key == QLatin1String("max_drawdown"))
        return ResultsPanel::tr("Max drawdown");
    if (key == QLatin1String("trades"))
        return ResultsPanel::tr("Trades");
    if (key == QLatin1String("win_rate"))
        return ResultsPanel::tr("Win rate");
    return ResultsPanel::tr("Profit factor");
}

void rangeOf(const QList<QPointF> &points, double &lo, double &hi)
{
    for (const QPointF &p : points) {
        lo = std::min(lo, p.y());
        hi = std::max(hi, p.y());
    }
}

QChart *makeChart(QChartView *view, const QString &name)
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignTop);
    view->setChart(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(name);
    view->setMinimumHeight(180);
    return chart;
}

} // namespace

QStringList ResultsPanel::kpiKeys()
{
    return {QStringLiteral("total_return"), QStringLiteral("cagr"),         QStringLiteral("sharpe"),
            QStringLiteral("sortino"),      QStringLiteral("max_drawdown"), QStringLiteral("trades"),
            QStringLiteral("win_rate"),     QStringLiteral("profit_factor")};
}

QString ResultsPanel::formatKpi(const QString &key, const bt::BacktestMetrics &m)
{
    if (key == QLatin1String("total_return"))
        return percentText(m.totalReturn);
    if (key == QLatin1String("cagr"))
        return m.cagr ? percentText(*m.cagr) : QStringLiteral("n/a");
    if (key == QLatin1String("sharpe"))
        return ratioText(m.sharpe);
    if (key == QLatin1String("sortino"))
        return ratioText(m.sortino);
    if (key == QLatin1String("max_drawdown"))
        return Formats::drawdown(m.maxDrawdown);
    if (key == QLatin1String("trades"))
        return Formats::count(static_cast<std::int64_t>(m.trades));
    if (key == QLatin1String("win_rate"))
        return m.winRate ? percentText(*m.winRate) : QStringLiteral("n/a");
    if (key == QLatin1String("profit_factor"))
        return ratioText(m.profitFactor);
    return {};
}

ResultsPanel::ResultsPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_equityView(new QChartView(this)),
      m_equity(new QLineSeries), m_benchmark(new QLineSeries), m_equityX(new QDateTimeAxis),
      m_equityY(new QValueAxis), m_drawdownView(new QChartView(this)), m_drawdown(new QLineSeries),
      m_drawdownX(new QDateTimeAxis), m_drawdownY(new QValueAxis), m_monthly(new HeatmapWidget(this)),
      m_trades(new TradeTableModel(this)), m_tradesView(new QTableView(this))
{
    m_title->setAccessibleName(tr("Run"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *cards = new QHBoxLayout;
    for (const QString &key : kpiKeys()) {
        auto *card = new QLabel(this);
        card->setObjectName(QStringLiteral("kpi_") + key);
        card->setFrameShape(QFrame::StyledPanel);
        card->setMargin(6);
        card->setTextFormat(Qt::RichText);
        card->setAccessibleName(kpiTitle(key));
        card->setMinimumWidth(96);
        m_cards.insert(key, card);
        cards->addWidget(card);
    }

    m_equityChart = makeChart(m_equityView, tr("Equity against buy and hold"));
    m_equityChart->setTitle(tr("Equity"));
    m_equity->setName(tr("Strategy"));
    m_benchmark->setName(tr("Buy & hold"));
    m_equityChart->addSeries(m_equity);
    m_equityChart->addSeries(m_benchmark);
    m_equityX->setFormat(QStringLiteral("yyyy"));
    m_equityX->setTickCount(6);
    m_equityY->setLabelFormat(QStringLiteral("%.0f"));
    m_equityChart->addAxis(m_equityX, Qt::AlignBottom);
    m_equityChart->addAxis(m_equityY, Qt::AlignLeft);
    for (QLineSeries *s : {m_equity, m_benchmark}) {
        s->attachAxis(m_equityX);
        s->attachAxis(m_equityY);
    }
    QPen pen = m_benchmark->pen();
    pen.setColor(QColor(0x90, 0x90, 0x90));
    m_benchmark->setPen(pen);

    m_drawdownChart = makeChart(m_drawdownView, tr("Drawdown"));
    m_drawdownChart->setTitle(tr("Drawdown (%)"));
    m_drawdownChart->legend()->hide();
    m_drawdown->setName(tr("Drawdown"));
    m_drawdownChart->addSeries(m_drawdown);
    m_drawdownX->setFormat(QStringLiteral("yyyy"));
    m_drawdownX->setTickCount(6);
    m_drawdownY->setLabelFormat(QStringLiteral("%.0f"));
    m_drawdownChart->addAxis(m_drawdownX, Qt::AlignBottom);
    m_drawdownChart->addAxis(m_drawdownY, Qt::AlignLeft);
    m_drawdown->attachAxis(m_drawdownX);
    m_drawdown->attachAxis(m_drawdownY);
    QPen ddPen = m_drawdown->pen();
    ddPen.setColor(QColor(0xc6, 0x28, 0x28));
    m_drawdown->setPen(ddPen);
    // Both charts follow the theme; the benchmark stays grey and the drawdown red in either.
    ChartPaletteFollower::follow(m_equityView, [this](QChart *) {
        QPen p = m_benchmark->pen();
        p.setColor(QColor(0x90, 0x90, 0x90));
        m_benchmark->setPen(p);
    });
    ChartPaletteFollower::follow(m_drawdownView, [this](QChart *) {
        QPen p = m_drawdown->pen();
        p.setColor(QColor(0xe5, 0x39, 0x35));
        m_drawdown->setPen(p);
    });

    m_monthly->setAccessibleName(tr("Monthly returns"));
    m_monthly->setEmptyText(tr("Monthly returns appear here after a run (Ctrl+R)."));
    m_monthly->setScale(HeatmapWidget::Scale::Diverging);
    m_monthly->setShowValues(true);
    m_monthly->setFormatter([](double v) { return QLocale().toString(v * 100.0, 'f', 1); });
    m_monthly->setAxisTitles(tr("Year"), tr("Month (return in %)"));
    m_monthly->setToolTip(
        tr("Compounded return of each calendar month, from the last close of the previous month"));

    m_tradesView->setModel(m_trades);
    m_tradesView->setAccessibleName(tr("Trades"));
    m_tradesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tradesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tradesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tradesView->verticalHeader()->hide();
    m_tradesView->verticalHeader()->setDefaultSectionSize(22);
    m_tradesView->horizontalHeader()->setStretchLastSection(true);
    connect(m_tradesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (const TradeRow *t = m_trades->trade(current.row())) {
                    Q_EMIT tradeSelected(t->symbol, t->entryTime, t->exitTime);
                    Q_EMIT tradeSelectedWithPrices(t->symbol, t->entryTime, t->entryPrice, t->exitTime,
                                                   t->exitPrice);
                }
            });

    auto *charts = new QSplitter(Qt::Vertical, this);
    charts->addWidget(m_equityView);
    charts->addWidget(m_drawdownView);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_monthly);
    right->addWidget(m_tradesView);
    auto *body = new QSplitter(Qt::Horizontal, this);
    body->addWidget(charts);
    body->addWidget(right);
    body->setStretchFactor(0, 3);
    body->setStretchFactor(1, 2);
    body->setSizes({560, 440}); // proportions: the splitter scales them to its width

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(cards);
    layout->addWidget(body, 1);
    clear();
}

int ResultsPanel::plotWidth() const
{
    return std::max(200, m_equityView->width() - 80);
}

QString ResultsPanel::kpiText(const QString &key) const
{
    return m_values.value(key);
}

void ResultsPanel::clear()
{
    m_title->setText(tr("No run yet: fill in the form and press Run (Ctrl+R)."));
    for (auto it = m_cards.begin(); it != m_cards.end(); ++it) {
        it.value()->setText(QStringLiteral("<small>%1</small><br><b>&ndash;</b>").arg(kpiTitle(it.key())));
        m_values.insert(it.key(), QString());
    }
    m_equity->clear();
    m_benchmark->clear();
    m_drawdown->clear();
    // Empty axes would show 1970 and a unit range.
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_equityX), static_cast<QAbstractAxis *>(m_equityY),
          static_cast<QAbstractAxis *>(m_drawdownX), static_cast<QAbstractAxis *>(m_drawdownY)})
        axis->setVisible(false);
    m_monthly->clear();
    m_trades->setTrades({});
}

namespace {

// The backtest metrics' formulas and notes (core/backtest, in English) listed
// for lupdate, so the cards' tooltips show them translated; a text the engine
// changes shows in English until it is translated. The return statistics'
// formulas arrive translated already (ReturnStats::explain).
[[maybe_unused]] const char *const kMetricTexts[] = {
    QT_TRANSLATE_NOOP("sn::ui::MetricTexts",
                      "periodic returns r of the equity curve [starting cash, close of each bar]"),
    QT_TRANSLATE_NOOP("sn::ui::MetricTexts", "cash + positions valued at the last close"),
    QT_TRANSLATE_NOOP("sn::ui::MetricTexts", "an open position is valued at the last close"),
    QT_TRANSLATE_NOOP("sn::ui::MetricTexts", "final_equity / starting_cash - 1"),
    QT_TRANSLATE_NOOP("sn::ui::MetricTexts", "(final / start)^(1 / years) - 1"),
    QT_TRANSLATE_NOOP("sn::ui::MetricTexts", "years = calendar days between the first and last bar / 365.25"),
    QT_TRANSLATE_NOOP("sn::ui::MetricTexts",
                      "depth as a fraction of the peak; start = the peak's bar, trough, recovery = first bar "
                      "back at the peak, duration = bars from peak to recovery (or to the last bar)"),
    QT_TRANSLATE_NOOP("sn::ui::MetricTexts", "bars with a position at the close / bars"),
    QT_TRANSLATE_NOOP("sn::ui::MetricTexts", "closed round trips"),
    QT_TRANSLATE_NOOP("sn::ui::MetricTexts",
                      "a position still open at the end is reported as open, not counted"),
    QT_TRANSLATE_NOOP("sn::ui::MetricTexts", "trades with net pnl > 0 / trades"),
    QT_TRANSLATE_NOOP("sn::ui::MetricTexts", "pnl net of both commissions"),
    QT_TRANSLATE_NOOP("sn::ui::MetricTexts", "sum of winning pnl / |sum of losing pnl|"),
    QT_TRANSLATE_NOOP("sn::ui::MetricTexts", "not defined without a losing trade"),
    QT_TRANSLATE_NOOP("sn::ui::MetricTexts", "sum of winning (losing) pnl / their count"),
    QT_TRANSLATE_NOOP("sn::ui::MetricTexts", "pnl net of commissions"),
    QT_TRANSLATE_NOOP("sn::ui::MetricTexts", "sum of trade pnl / trades"),
    QT_TRANSLATE_NOOP("sn::ui::MetricTexts", "currency per trade, net of commissions"),
    QT_TRANSLATE_NOOP("sn::ui::MetricTexts", "largest / smallest trade pnl"),
    QT_TRANSLATE_NOOP("sn::ui::MetricTexts", "currency, net of commissions"),
    QT_TRANSLATE_NOOP("sn::ui::MetricTexts", "benchmark: buy & hold of the same instrument, same costs"),
};

QString metricText(const std::string &english)
{
    return QCoreApplication::translate("sn::ui::MetricTexts", english.c_str());
}

} // namespace

void ResultsPanel::showRun(const RunView &run, const Convention &convention)
{
    m_title->setText(run.title + (run.optimisticFills
                                      ? tr("  (fills at the deciding bar's close: optimistic)")
                                      : QString()));
    QHash<QString, bt::MetricExplanation> explained;
    for (const bt::MetricExplanation &e : bt::Metrics::explain(convention))
        explained.insert(QString::fromStdString(e.name), e);
    for (const QString &key : kpiKeys()) {
        const QString value = formatKpi(key, run.metrics);
        m_values.insert(key, value);
        QLabel *card = m_cards.value(key);
        card->setText(QStringLiteral("<small>%1</small><br><b style='font-size:large'>%2</b>")
                          .arg(kpiTitle(key), value));
        const bt::MetricExplanation e = explained.value(key);
        QString tip =
            QStringLiteral("<b>%1</b><br>%2").arg(kpiTitle(key), metricText(e.formula).toHtmlEscaped());
        if (!e.convention.empty())
            tip += QStringLiteral("<br><i>%1</i>").arg(metricText(e.convention).toHtmlEscaped());
        tip += QStringLiteral("<br>") + tr("Convention: %1").arg(DisplayNames::convention(convention.name));
        card->setToolTip(tip);
    }

    m_equity->replace(run.equityPoints);
    m_benchmark->replace(run.benchmarkPoints);
    m_benchmark->setVisible(!run.benchmarkPoints.isEmpty());
    m_drawdown->replace(run.drawdownPoints);
    if (!run.time.empty()) {
        for (QAbstractAxis *axis :
             {static_cast<QAbstractAxis *>(m_equityX), static_cast<QAbstractAxis *>(m_equityY),
              static_cast<QAbstractAxis *>(m_drawdownX), static_cast<QAbstractAxis *>(m_drawdownY)})
            axis->setVisible(true);
        const QDateTime first = QDateTime::fromMSecsSinceEpoch(run.time.front(), Qt::UTC);
        const QDateTime last = QDateTime::fromMSecsSinceEpoch(run.time.back(), Qt::UTC);
        m_equityX->setRange(first, last);
        m_drawdownX->setRange(first, last);
        double lo = run.equityPoints.isEmpty() ? 0 : run.equityPoints.front().y(), hi = lo;
        rangeOf(run.equityPoints, lo, hi);
        rangeOf(run.benchmarkPoints, lo, hi);
        const double pad = std::max((hi - lo) * 0.05, 1.0);
        m_equityY->setRange(lo - pad, hi + pad);
        m_equityY->applyNiceNumbers();
        double ddLo = 0, ddHi = 0;
        rangeOf(run.drawdownPoints, ddLo, ddHi);
        m_drawdownY->setRange(std::floor(ddLo) - 1, 0);
        m_drawdownY->applyNiceNumbers();
    }

    const MonthlyReturns &m = run.monthly;
    QStringList years, months;
    for (int y = 0; y < m.years; ++y)
        years << QString::number(m.firstYear + y);
    for (int month = 1; month <= 12; ++month)
        months << QLocale().standaloneMonthName(month, QLocale::ShortFormat);
    m_monthly->setData(m.years, 12, m.values, years, months);
    m_trades->setTrades(run.trades);
    // Sized once: measuring every row again on each run cost 2-7 ms of GUI
    // thread for widths that hardly change.
    if (!m_tradesSized && !run.trades.empty()) {
        m_tradesView->resizeColumnsToContents();
        m_tradesSized = true;
    }
}

} // namespace sn::ui
