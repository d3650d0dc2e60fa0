#include "ui/charts/ChartsView.h"

#include "core/common/Time.h"
#include "ui/charts/ChartNews.h"
#include "ui/charts/NewsList.h"
#include "ui/charts/SentimentPane.h"
#include "ui/shell/ChangeWatcher.h"
#include "ui/shell/JobTracker.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace sn::ui {

namespace {

constexpr int kNameRole = Qt::UserRole;
constexpr int kParamsRole = Qt::UserRole + 1;

IndicatorSpec specOf(const QListWidgetItem *item)
{
    IndicatorSpec spec;
    spec.name = item->data(kNameRole).toString().toStdString();
    const QVariantMap params = item->data(kParamsRole).toMap();
    for (auto it = params.begin(); it != params.end(); ++it)
        spec.params.emplace_back(it.key().toStdString(), it.value().toDouble());
    return spec;
}

// The indicator registry's names and explanations (core/indicators, in
// English) listed for lupdate, so the chart's tooltips show them translated;
// a text the registry changes shows in English until it is translated.
[[maybe_unused]] const char *const kIndicatorTexts[] = {
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "Simple moving average"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "bars averaged"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts",
                      "arithmetic mean of the last period closes; first value at bar period-1"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "Exponential moving average"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "span; alpha = 2/(period+1)"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts",
                      "alpha = 2/(period+1), seeded with the SMA of the first period closes"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "Linearly weighted moving average"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "bars; weights 1..period"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts",
                      "weights 1..period, newest heaviest, divided by period(period+1)/2"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "Relative Strength Index (Wilder)"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "Wilder smoothing length"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "first averages are simple means of the first period "
                                                "changes, then Wilder smoothing; first value at bar period"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "Moving Average Convergence/Divergence"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "fast EMA"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "slow EMA (> fast)"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "signal EMA of the line"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts",
                      "line = EMA(fast) - EMA(slow); signal = EMA(signal) of the line seeded with its SMA"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "Bollinger Bands"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "SMA length"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "band width in standard deviations"),
    QT_TRANSLATE_NOOP(
        "sn::ui::IndicatorTexts",
        "mid = SMA; bands = mid +/- k x population standard deviation of the window (Bollinger)"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "Average True Range (Wilder)"),
    QT_TRANSLATE_NOOP(
        "sn::ui::IndicatorTexts",
        "TR of the first bar = high-low; first ATR = mean of the first period TRs, then Wilder smoothing"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "Stochastic oscillator %K/%D"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "high/low lookback"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "SMA of %K"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "SMA applied to raw %K (1 = fast, 3 = slow)"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "raw %K = 100 (close - LL) / (HH - LL), 50 when HH = LL"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "Donchian channel"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "bars including the current one"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts",
                      "highest high / lowest low of the last period bars including the current one"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "On-Balance Volume"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "starts at 0 on the first bar"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "Rate of change (percent)"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "lookback bars"),
    QT_TRANSLATE_NOOP("sn::ui::IndicatorTexts", "100 (x[t] - x[t-period]) / x[t-period]"),
};

QString indicatorText(const std::string &english)
{
    return QCoreApplication::translate("sn::ui::IndicatorTexts", english.c_str());
}

QListWidgetItem *indicatorItem(const ind::IndicatorDescriptor &d, QListWidget *list)
{
    auto *item = new QListWidgetItem(list);
    item->setData(kNameRole, QString::fromStdString(d.name));
    QVariantMap params;
    for (const auto &p : d.params)
        params.insert(QString::fromStdString(p.name), p.defaultValue);
    item->setData(kParamsRole, params);
    item->setText(specOf(item).label());
    item->setToolTip(indicatorText(d.description) + QStringLiteral(": ") + indicatorText(d.convention));
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    return item;
}

} // namespace

ChartsView::ChartsView(const Workspace &db, JobTracker &jobs, QWidget *parent)
    : Area(parent), m_workspace(db), m_jobs(jobs), m_chart(new PriceChartView(&db, &jobs, this)),
      m_symbol(new QComboBox(this)), m_interval(new QComboBox(this)), m_type(new QComboBox(this)),
      m_presets(new QButtonGroup(this)), m_log(new QCheckBox(tr("&Log scale"), this)),
      m_volume(new QCheckBox(tr("&Volume"), this)),
      m_adjusted(new QCheckBox(tr("Split/dividend ad&justed"), this)), m_compare(new QLineEdit(this)),
      m_indicatorList(new QListWidget(this)), m_paramBox(new QWidget(this)),
      m_paramForm(new QFormLayout(m_paramBox)), m_status(new QLabel(this)),
      m_exportPng(new QAction(tr("Export Chart as &PNG..."), this)),
      m_exportSvg(new QAction(tr("Export Chart as S&VG..."), this))
{
    setObjectName(QStringLiteral("ChartsView"));
    new ChangeWatcher(m_workspace, {Change::Entity::Instrument, Change::Entity::Bars}, this,
                      [this](const ChangeSet &) { refresh(); });
    m_symbol->setAccessibleName(tr("Symbol"));
    m_symbol->setMinimumContentsLength(18);
    m_symbol->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_interval->setAccessibleName(tr("Interval"));
    m_type->setAccessibleName(tr("Chart type"));
    m_type->addItem(tr("Candles"), int(ChartType::Candles));
    m_type->addItem(tr("OHLC bars"), int(ChartType::OhlcBars));
    m_type->addItem(tr("Line"), int(ChartType::Line));
    m_type->addItem(tr("Area"), int(ChartType::Area));
    m_log->setAccessibleName(tr("Logarithmic price scale"));
    m_log->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_volume->setAccessibleName(tr("Show volume"));
    m_volume->setChecked(true);
    m_adjusted->setAccessibleName(tr("Split and dividend adjusted prices"));
    m_adjusted->setToolTip(tr("Prices adjusted for the stored splits and dividends, so a 2:1 split is not a "
                              "50 % fall; off: the stored prices as traded"));
    m_compare->setAccessibleName(tr("Compare with symbols"));
    m_compare->setPlaceholderText(tr("Compare: MSFT, ^GSPC"));
    m_compare->setToolTip(
        tr("Symbols to compare as % change from a common start, separated by commas; empty for none"));
    m_compare->setClearButtonEnabled(true);
    m_indicatorList->setAccessibleName(tr("Indicators"));
    m_paramBox->setAccessibleName(tr("Indicator parameters"));
    m_status->setAccessibleName(tr("Chart status"));
    m_status->setWordWrap(true);
    m_exportPng->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_exportSvg->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));

    auto *top = new QHBoxLayout;
    auto *symbolLabel = new QLabel(tr("&Symbol:"), this);
    symbolLabel->setBuddy(m_symbol);
    top->addWidget(symbolLabel);
    top->addWidget(m_symbol);
    top->addWidget(m_interval);
    top->addWidget(m_type);
    const std::vector<std::pair<QString, RangePreset>> presets{
        {tr("1M"), RangePreset::OneMonth},  {tr("3M"), RangePreset::ThreeMonths},
        {tr("6M"), RangePreset::SixMonths}, {tr("YTD"), RangePreset::YearToDate},
        {tr("1Y"), RangePreset::OneYear},   {tr("5Y"), RangePreset::FiveYears},
        {tr("Max"), RangePreset::Max}};
    for (const auto &[text, preset] : presets) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setCheckable(true);
        b->setAccessibleName(tr("Show %1").arg(text));
        m_presets->addButton(b, int(preset));
        top->addWidget(b);
    }
    m_presets->setExclusive(true);
    m_presets->button(int(RangePreset::Max))->setChecked(true);
    top->addWidget(m_compare, 1);
    auto *pngButton = new QToolButton(this);
    pngButton->setDefaultAction(m_exportPng);
    pngButton->setText(tr("PNG"));
    auto *svgButton = new QToolButton(this);
    svgButton->setDefaultAction(m_exportSvg);
    svgButton->setText(tr("SVG"));
    top->addWidget(pngButton);
    top->addWidget(svgButton);

    for (const auto &d : ind::IndicatorRegistry::descriptors())
        indicatorItem(d, m_indicatorList);
    auto *addAnother = new QPushButton(tr("&Add another"), this);
    addAnother->setAccessibleName(tr("Add another of the selected indicator"));
    addAnother->setToolTip(tr("A second copy of the selected indicator, e.g. SMA 50 and SMA 200"));
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    // The display switches sit above the indicators, one per line: in the top
    // row their German and Spanish labels pushed the window past 1440 px.
    sideLayout->addWidget(m_log);
    sideLayout->addWidget(m_volume);
    sideLayout->addWidget(m_adjusted);
    sideLayout->addWidget(new QLabel(tr("<b>Indicators</b> (tick to show)"), side));
    sideLayout->addWidget(m_indicatorList, 1);
    sideLayout->addWidget(addAnother);
    sideLayout->addWidget(m_paramBox);
    side->setMinimumWidth(200);
    side->setMaximumWidth(280);

    // News (issue 15): the sentiment pane under the chart, same width so the
    // time axes line up, and the news list between the chart and the indicators.
    m_sentiment = new SentimentPane(m_chart, this);
    m_newsList = new NewsList(this);
    m_news = new ChartNews(m_workspace, m_jobs, m_chart, m_sentiment, m_newsList, this);
    auto *chartColumn = new QSplitter(Qt::Vertical, this);
    chartColumn->addWidget(m_chart);
    chartColumn->addWidget(m_sentiment);
    chartColumn->setStretchFactor(0, 5);
    chartColumn->setStretchFactor(1, 1);
    chartColumn->setSizes({600, SentimentPane::kHeight});

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(chartColumn);
    splitter->addWidget(side);
    splitter->insertWidget(1, m_newsList);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setStretchFactor(2, 0);
    // The chart keeps the room: the list starts at its minimum width (the
    // headline's tooltip has the whole text) and can be dragged wider.
    splitter->setSizes({1000, 220, 220});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_symbol, &QComboBox::currentIndexChanged, this, [this]() {
        fillIntervals();
        load();
    });
    connect(m_interval, &QComboBox::currentIndexChanged, this, [this]() { load(); });
    connect(m_type, &QComboBox::currentIndexChanged, this,
            [this]() { m_chart->setChartType(ChartType(m_type->currentData().toInt())); });
    connect(m_presets, &QButtonGroup::idClicked, this,
            [this](int id) { m_chart->applyPreset(RangePreset(id)); });
    connect(m_log, &QCheckBox::toggled, m_chart, &PriceChartView::setLogScale);
    connect(m_volume, &QCheckBox::toggled, m_chart, &PriceChartView::setVolumeVisible);
    connect(m_adjusted, &QCheckBox::toggled, this, [this](bool on) {
        m_chart->setAdjusted(on);
        load();
    });
    connect(m_compare, &QLineEdit::editingFinished, this, [this]() {
        QStringList symbols;
        for (const QString &part : m_compare->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!part.trimmed().isEmpty())
                symbols << part.trimmed();
        m_chart->setCompareSymbols(symbols);
        m_log->setEnabled(symbols.isEmpty());
    });
    connect(m_indicatorList, &QListWidget::itemChanged, this, [this]() { applyIndicators(); });
    connect(m_indicatorList, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) { showParameters(item); });
    connect(addAnother, &QPushButton::clicked, this, [this]() {
        QListWidgetItem *current = m_indicatorList->currentItem();
        if (!current)
            return;
        const QSignalBlocker block(m_indicatorList);
        auto *copy = current->clone();
        copy->setCheckState(Qt::Checked);
        m_indicatorList->insertItem(m_indicatorList->row(current) + 1, copy);
        m_indicatorList->setCurrentItem(copy);
        applyIndicators();
    });
    connect(m_exportPng, &QAction::triggered, this, [this]() { exportTo(QStringLiteral("png")); });
    connect(m_exportSvg, &QAction::triggered, this, [this]() { exportTo(QStringLiteral("svg")); });
    connect(m_chart, &PriceChartView::loaded, this, [this](const QString &symbol) {
        m_status->setText(tr("%1: %n bar(s), %2 to %3; %4", nullptr, static_cast<int>(m_chart->bars().size()))
                              .arg(symbol, QString::fromStdString(formatDate(m_chart->bars().time.front())),
                                   QString::fromStdString(formatDate(m_chart->bars().time.back())),
                                   m_chart->isAdjusted() ? tr("split/dividend-adjusted prices")
                                                         : tr("unadjusted prices (as traded)")));
        if (QAbstractButton *checked = m_presets->checkedButton())
            m_chart->applyPreset(RangePreset(m_presets->id(checked)));
        if (m_pendingTrade && m_pendingTrade->symbol == symbol)
            markPendingTrade();
        Q_EMIT chartLoaded(symbol);
    });
    connect(m_chart, &PriceChartView::loadFailed, m_status, &QLabel::setText);
    connect(m_chart, &PriceChartView::visibleRangeChanged, this, [this]() {
        // A zoom or pan leaves the preset: none of the buttons stays lit. A
        // preset's own change (a click, or the range a new load starts with) keeps it.
        if (m_chart->isApplyingPreset())
            return;
        if (QAbstractButton *checked = m_presets->checkedButton()) {
            m_presets->setExclusive(false);
            checked->setChecked(false);
            m_presets->setExclusive(true);
        }
    });
}

QIcon ChartsView::icon() const
{
    return QIcon(QStringLiteral(":/icons/charts.svg"));
}

QList<QAction *> ChartsView::fileActions() const
{
    return {m_exportPng, m_exportSvg};
}

QStringList ChartsView::symbols() const
{
    QStringList out;
    for (int i = 0; i < m_symbol->count(); ++i)
        out << m_symbol->itemData(i).toString();
    return out;
}

void ChartsView::refresh()
{
    const Workspace *db = &m_workspace;
    m_jobs.run<std::vector<InstrumentSummary>>(
        tr("Loading instruments"),
        [db](const JobTracker::ProgressFn &, const std::atomic<bool> &) {
            return MarketData(*db).summaries();
        },
        this,
        [this](Result<std::vector<InstrumentSummary>> r) {
            if (!r) {
                m_status->setText(
                    tr("Instruments not loaded: %1").arg(QString::fromStdString(r.error().toUserString())));
                return;
            }
            setInstruments(std::move(*r));
        });
}

void ChartsView::setInstruments(std::vector<InstrumentSummary> list)
{
    m_instruments = std::move(list);
    const QString wanted = m_pendingSymbol.isEmpty() ? m_symbol->currentData().toString() : m_pendingSymbol;
    {
        const QSignalBlocker block(m_symbol);
        m_symbol->clear();
        for (const auto &i : m_instruments) {
            if (i.bars == 0 || m_symbol->findData(i.symbol) >= 0)
                continue;
            m_symbol->addItem(i.name.isEmpty() ? i.symbol : QStringLiteral("%1  %2").arg(i.symbol, i.name),
                              i.symbol);
        }
        const int at = m_symbol->findData(wanted);
        m_symbol->setCurrentIndex(at >= 0 ? at : 0);
    }
    m_pendingSymbol.clear();
    fillIntervals();
    Q_EMIT instrumentsLoaded();
    if (m_symbol->count() == 0) {
        m_status->setText(tr("No prices stored yet: import a CSV file or load the sample data."));
        return;
    }
    load();
}

void ChartsView::fillIntervals()
{
    const QString symbol = m_symbol->currentData().toString();
    const QString wanted = m_pendingInterval.isEmpty() ? m_interval->currentText() : m_pendingInterval;
    const QSignalBlocker block(m_interval);
    m_interval->clear();
    for (const auto &i : m_instruments)
        if (i.symbol == symbol && i.bars > 0)
            m_interval->addItem(i.interval);
    const int at = m_interval->findText(wanted);
    m_interval->setCurrentIndex(at >= 0 ? at : std::max(0, m_interval->findText(QStringLiteral("1d"))));
    m_pendingInterval.clear();
}

void ChartsView::openSymbol(const QString &symbol, const QString &interval)
{
    if (m_instruments.empty()) {
        m_pendingSymbol = symbol;
        m_pendingInterval = interval;
        refresh();
        return;
    }
    const int at = m_symbol->findData(symbol);
    if (at < 0) {
        m_status->setText(tr("No prices stored for %1").arg(symbol));
        return;
    }
    m_pendingInterval = interval;
    const QSignalBlocker block(m_symbol);
    m_symbol->setCurrentIndex(at);
    fillIntervals();
    load();
}

void ChartsView::showTrade(const QString &symbol, TimestampMs entryTime, double entryPrice,
                           TimestampMs exitTime, double exitPrice)
{
    m_pendingTrade = PendingTrade{symbol, entryTime, entryPrice, exitTime, exitPrice};
    if (currentSymbol() == symbol && m_chart->bars().size() > 0)
        markPendingTrade();
    else
        openSymbol(symbol, QStringLiteral("1d"));
}

void ChartsView::markPendingTrade()
{
    const PendingTrade t = *m_pendingTrade;
    m_pendingTrade.reset();
    m_chart->setTradeMarkers({
        {t.entryTime, t.entryPrice, TradeMarker::Side::Buy,
         tr("Entry %1 @ %2").arg(QString::fromStdString(formatDate(t.entryTime))).arg(t.entryPrice)},
        {t.exitTime, t.exitPrice, TradeMarker::Side::Sell,
         tr("Exit %1 @ %2").arg(QString::fromStdString(formatDate(t.exitTime))).arg(t.exitPrice)},
    });
    // The trade in the middle, with half its length (at least a month) either side.
    constexpr TimestampMs kMonth = 31LL * 86'400'000;
    const TimestampMs margin = std::max(kMonth, (t.exitTime - t.entryTime) / 2);
    m_chart->setVisibleRange(t.entryTime - margin, t.exitTime + margin);
    m_status->setText(tr("Trade on %1: entry %2, exit %3")
                          .arg(t.symbol, QString::fromStdString(formatDate(t.entryTime)),
                               QString::fromStdString(formatDate(t.exitTime))));
}

QString ChartsView::currentSymbol() const
{
    return m_symbol->currentData().toString();
}

QString ChartsView::statusText() const
{
    return m_status->text();
}

void ChartsView::load()
{
    const QString symbol = m_symbol->currentData().toString();
    if (symbol.isEmpty() || m_interval->currentText().isEmpty())
        return;
    m_status->setText(tr("Loading %1...").arg(symbol));
    m_chart->openSymbol(symbol, m_interval->currentText());
}

void ChartsView::applyIndicators()
{
    std::vector<IndicatorSpec> specs;
    for (int r = 0; r < m_indicatorList->count(); ++r) {
        QListWidgetItem *item = m_indicatorList->item(r);
        if (item->checkState() == Qt::Checked)
            specs.push_back(specOf(item));
    }
    auto ok = m_chart->setIndicators(std::move(specs));
    if (!ok)
        m_status->setText(
            tr("Indicators not applied: %1").arg(QString::fromStdString(ok.error().toUserString())));
}

std::vector<ChartsView::IndicatorPick> ChartsView::indicatorPicks() const
{
    std::vector<IndicatorPick> picks;
    for (int r = 0; r < m_indicatorList->count(); ++r) {
        const QListWidgetItem *item = m_indicatorList->item(r);
        picks.push_back({specOf(item), item->checkState() == Qt::Checked});
    }
    return picks;
}

void ChartsView::setIndicatorPicks(const std::vector<IndicatorPick> &picks)
{
    {
        const QSignalBlocker block(m_indicatorList);
        m_indicatorList->setCurrentItem(nullptr);
        m_indicatorList->clear();
        for (const IndicatorPick &pick : picks) {
            const ind::IndicatorDescriptor *d = ind::IndicatorRegistry::find(pick.spec.name);
            if (!d)
                continue; // not offered by this build: dropped rather than shown unnamed
            QListWidgetItem *item = indicatorItem(*d, m_indicatorList);
            QVariantMap params = item->data(kParamsRole).toMap();
            for (const auto &[name, value] : pick.spec.params)
                params.insert(QString::fromStdString(name), value);
            item->setData(kParamsRole, params);
            item->setText(specOf(item).label());
            item->setCheckState(pick.shown ? Qt::Checked : Qt::Unchecked);
        }
    }
    showParameters(nullptr);
    applyIndicators();
}

void ChartsView::showParameters(QListWidgetItem *item)
{
    while (m_paramForm->rowCount() > 0)
        m_paramForm->removeRow(0);
    if (!item)
        return;
    const ind::IndicatorDescriptor *d =
        ind::IndicatorRegistry::find(item->data(kNameRole).toString().toStdString());
    if (!d)
        return;
    const QVariantMap params = item->data(kParamsRole).toMap();
    for (const auto &p : d->params) {
        const QString key = QString::fromStdString(p.name);
        auto *box = new QDoubleSpinBox(m_paramBox);
        box->setDecimals(p.integer ? 0 : 2);
        box->setRange(p.min, std::min(p.max, 10000.0));
        box->setValue(params.value(key, p.defaultValue).toDouble());
        box->setAccessibleName(QString::fromStdString(p.name));
        box->setToolTip(indicatorText(p.description));
        connect(box, &QDoubleSpinBox::valueChanged, this, [this, item, key](double v) {
            QVariantMap values = item->data(kParamsRole).toMap();
            values.insert(key, v);
            const QSignalBlocker block(m_indicatorList);
            item->setData(kParamsRole, values);
            item->setText(specOf(item).label());
            if (item->checkState() == Qt::Checked)
                applyIndicators();
        });
        m_paramForm->addRow(key, box);
    }
}

void ChartsView::exportTo(const QString &format)
{
    const QString symbol = currentSymbol().isEmpty() ? QStringLiteral("chart") : currentSymbol();
    const QString filter =
        format == QStringLiteral("png") ? tr("PNG image (*.png)") : tr("SVG drawing (*.svg)");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export chart"), symbol + QLatin1Char('.') + format, filter);
    if (path.isEmpty())
        return;
    auto ok = format == QStringLiteral("png") ? m_chart->exportPng(path) : m_chart->exportSvg(path);
    m_status->setText(ok ? tr("Chart saved to %1").arg(path)
                         : tr("Chart not saved: %1").arg(QString::fromStdString(ok.error().toUserString())));
}

} // namespace sn::ui
