#include "ui/backtest/WalkForwardPanel.h"

#include "core/backtest/Metrics.h"
#include "ui/backtest/LabData.h"
#include "ui/shell/ChartPaletteFollower.h"
#include "ui/shell/DisplayNames.h"
#include "ui/shell/Formats.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace sn::ui {

namespace {

QString dateText(TimestampMs t)
{
    return Formats::date(t);
}

QString percentText(double v)
{
    return Formats::percent(v);
}

QString ratioText(const std::optional<double> &v)
{
    return v ? Formats::ratio(*v) : WalkForwardPanel::tr("n/a");
}

} // namespace

WalkForwardPanel::WalkForwardPanel(QWidget *parent)
    : QWidget(parent), m_inSample(new QSpinBox(this)), m_outOfSample(new QSpinBox(this)),
      m_anchored(new QCheckBox(tr("A&nchored (every in-sample window starts at the first bar)"), this)),
      m_run(new QPushButton(tr("Run &walk-forward"), this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_windows(new QStandardItemModel(0, 0, this)), m_table(new QTableView(this)),
      m_chartView(new QChartView(this)), m_oos(new QLineSeries), m_hindsight(new QLineSeries),
      m_x(new QDateTimeAxis), m_y(new QValueAxis)
{
    m_inSample->setRange(2, 100000);
    m_inSample->setValue(756);
    m_inSample->setSuffix(tr(" bars"));
    m_inSample->setAccessibleName(tr("In-sample bars"));
    m_inSample->setToolTip(tr("Bars each optimisation sees (756 = about three years of daily bars)"));
    m_outOfSample->setRange(2, 100000);
    m_outOfSample->setValue(252);
    m_outOfSample->setSuffix(tr(" bars"));
    m_outOfSample->setAccessibleName(tr("Out-of-sample bars"));
    m_outOfSample->setToolTip(
        tr("Bars the in-sample winner then trades; rolling windows slide by this much"));
    m_anchored->setAccessibleName(tr("Anchored windows"));
    m_run->setAccessibleName(tr("Run walk-forward"));
    m_cancel->setAccessibleName(tr("Cancel walk-forward"));
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1000);
    m_progress->setAccessibleName(tr("Walk-forward progress"));
    m_status->setAccessibleName(tr("Walk-forward status"));
    m_status->setWordWrap(true);
    m_status->setText(
        tr("The grid and the ranking metric are those of the Optimisation tab; costs, sizing and fills "
           "those of the form."));

    m_table->setModel(m_windows);
    m_table->setAccessibleName(tr("Walk-forward windows"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *chart = new QChart;
    chart->setTitle(tr("Stitched out-of-sample equity against the in-sample optimum"));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignTop);
    m_oos->setName(tr("Walk-forward (out of sample)"));
    m_hindsight->setName(tr("In-sample optimum (hindsight)"));
    chart->addSeries(m_oos);
    chart->addSeries(m_hindsight);
    m_x->setFormat(QStringLiteral("yyyy"));
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    for (QLineSeries *s : {m_oos, m_hindsight}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    QPen pen = m_hindsight->pen();
    pen.setColor(QColor(0x90, 0x90, 0x90));
    m_hindsight->setPen(pen);
    m_chartView->setChart(chart);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setAccessibleName(tr("Walk-forward equity"));
    ChartPaletteFollower::follow(m_chartView, [this](QChart *) {
        QPen p = m_hindsight->pen();
        p.setColor(QColor(0x90, 0x90, 0x90));
        m_hindsight->setPen(p);
    });
    m_chartView->setMinimumHeight(200);

    auto *form = new QHBoxLayout;
    auto *isLabel = new QLabel(tr("&In-sample:"), this);
    isLabel->setBuddy(m_inSample);
    auto *oosLabel = new QLabel(tr("&Out-of-sample:"), this);
    oosLabel->setBuddy(m_outOfSample);
    form->addWidget(isLabel);
    form->addWidget(m_inSample);
    form->addWidget(oosLabel);
    form->addWidget(m_outOfSample);
    form->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_chartView);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    // On a line of its own: its long label beside the window lengths made
    // the lab wider than a 1440-pixel window in Spanish.
    layout->addWidget(m_anchored);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_run, &QPushButton::clicked, this, &WalkForwardPanel::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &WalkForwardPanel::cancelRequested);
}

std::size_t WalkForwardPanel::inSampleBars() const
{
    return std::size_t(m_inSample->value());
}

std::size_t WalkForwardPanel::outOfSampleBars() const
{
    return std::size_t(m_outOfSample->value());
}

bool WalkForwardPanel::anchored() const
{
    return m_anchored->isChecked();
}

void WalkForwardPanel::setWindows(int inSample, int outOfSample, bool anchored)
{
    m_inSample->setValue(inSample);
    m_outOfSample->setValue(outOfSample);
    m_anchored->setChecked(anchored);
}

void WalkForwardPanel::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    if (running)
        m_progress->setValue(0);
}

void WalkForwardPanel::setProgress(double fraction, const QString &text)
{
    m_progress->setValue(int(fraction * 1000));
    if (!text.isEmpty())
        m_status->setText(text);
}

void WalkForwardPanel::setStatus(const QString &text)
{
    m_status->setText(text);
}

void WalkForwardPanel::clear()
{
    m_windows->clear();
    m_oos->clear();
    m_hindsight->clear();
}

void WalkForwardPanel::showResult(const WalkForwardView &view)
{
    clear();
    const bt::WalkForwardResult &r = view.result;
    const QString metric = DisplayNames::metric(bt::Metrics::name(r.rankBy));
    QStringList headers{tr("Window"),
                        tr("In sample"),
                        tr("Out of sample"),
                        tr("Best parameters"),
                        tr("IS score (%1)").arg(metric),
                        tr("IS return"),
                        tr("IS Sharpe"),
                        tr("OOS return"),
                        tr("OOS Sharpe"),
                        tr("OOS max DD"),
                        tr("OOS trades")};
    m_windows->setColumnCount(int(headers.size()));
    m_windows->setHorizontalHeaderLabels(headers);
    for (std::size_t k = 0; k < r.windows.size(); ++k) {
        const bt::WalkForwardWindow &w = r.windows[k];
        QList<QStandardItem *> row{
            new QStandardItem(QString::number(k + 1)),
            new QStandardItem(dateText(w.isFrom) + QStringLiteral(" .. ") + dateText(w.isTo)),
            new QStandardItem(dateText(w.oosFrom) + QStringLiteral(" .. ") + dateText(w.oosTo)),
            new QStandardItem(describeParams(QString(), r.paramNames, w.params)),
            new QStandardItem(QLocale().toString(w.inSampleScore, 'f', 4)),
            new QStandardItem(percentText(w.inSample.totalReturn)),
            new QStandardItem(ratioText(w.inSample.sharpe)),
            new QStandardItem(percentText(w.outOfSample.totalReturn)),
            new QStandardItem(ratioText(w.outOfSample.sharpe)),
            new QStandardItem(Formats::drawdown(w.outOfSample.maxDrawdown)),
            new QStandardItem(QString::number(w.outOfSample.trades))};
        m_windows->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    m_oos->replace(view.outOfSamplePoints);
    m_hindsight->replace(view.hindsightPoints);
    if (!r.oosTime.empty()) {
        m_x->setRange(QDateTime::fromMSecsSinceEpoch(r.oosTime.front(), Qt::UTC),
                      QDateTime::fromMSecsSinceEpoch(r.oosTime.back(), Qt::UTC));
        double lo = r.oosEquity.front(), hi = lo;
        for (const QList<QPointF> *points : {&view.outOfSamplePoints, &view.hindsightPoints})
            for (const QPointF &p : *points) {
                lo = std::min(lo, p.y());
                hi = std::max(hi, p.y());
            }
        const double pad = std::max((hi - lo) * 0.05, 1.0);
        m_y->setRange(lo - pad, hi + pad);
        m_y->applyNiceNumbers();
    }
    const bt::BacktestMetrics &o = r.outOfSample;
    m_status->setText(
        tr("%1 windows; stitched out of sample: return %2, Sharpe %3, max drawdown %4. "
           "In-sample optimum over the same span (%5): return %6.")
            .arg(r.windows.size())
            .arg(percentText(o.totalReturn), ratioText(o.sharpe), Formats::drawdown(o.maxDrawdown),
                 describeParams(view.strategy, r.paramNames, view.hindsightParams),
                 view.hindsightReturn ? percentText(*view.hindsightReturn) : QStringLiteral("n/a")));
    m_progress->setValue(m_progress->maximum());
}

} // namespace sn::ui
