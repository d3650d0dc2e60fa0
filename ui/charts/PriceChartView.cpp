#include "ui/charts/PriceChartView.h"

#include "core/common/Time.h"
#include "core/workspace/MarketData.h"
#include "ui/charts/ChartPane.h"
#include "ui/shell/JobTracker.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QPainter>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace sn::ui {

namespace {

// A candle needs a few pixels to read as one; lines get one min/max pair per
// two columns (see decimateMinMax), volume one column per two pixels.
constexpr int kCandlePixels = 3;
constexpr int kVolumePixels = 2;

const QColor kUp(0x1b, 0x8a, 0x3c);
const QColor kDown(0xc6, 0x28, 0x28);
const QColor kPriceLine(0x2f, 0x5f, 0xb3);
const QList<QColor> kPalette{QColor(0xe6, 0x7e, 0x22), QColor(0x8e, 0x44, 0xad), QColor(0x16, 0xa0, 0x85),
                             QColor(0xd3, 0x54, 0x00), QColor(0x27, 0x3c, 0x75), QColor(0xc0, 0x39, 0x2b),
                             QColor(0x7f, 0x8c, 0x8d)};

QString displayName(const std::string &name)
{
    static const std::vector<std::pair<std::string, const char *>> names{
        {"sma", "SMA"},      {"ema", "EMA"},   {"wma", "WMA"},     {"rsi", "RSI"},
        {"macd", "MACD"},    {"atr", "ATR"},   {"obv", "OBV"},     {"roc", "ROC"},
        {"bollinger", "Bollinger"}, {"donchian", "Donchian"}, {"stochastic", "Stochastic"}};
    for (const auto &[key, shown] : names)
        if (key == name)
            return QString::fromLatin1(shown);
    return QString::fromStdString(name);
}

QString number(double v)
{
    if (std::isnan(v))
        return QStringLiteral("-");
    const double a = std::abs(v);
    return QLocale().toString(v, 'f', a >= 1000 ? 2 : a >= 1 ? 2 : 4);
}

QDateTime utc(TimestampMs ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// Adds months to a UTC day, clamping the day to the target month's length.
TimestampMs addMonths(TimestampMs t, int months)
{
    CivilDate d = toCivil(t);
    int m = d.year * 12 + (d.month - 1) + months;
    d.year = m / 12;
    d.month = m % 12 + 1;
    while (d.day > 28 && !isValidDate(d.year, d.month, d.day))
        --d.day;
    return toTimestamp(d) + (t - startOfDay(t));
}

Result<std::vector<ind::IndicatorOutput>> computeIndicators(const BarSeries &bars, const std::vector<IndicatorSpec> &specs)
{
    std::vector<ind::IndicatorOutput> out;
    const ind::IndicatorInput input{bars.open, bars.high, bars.low, bars.close, bars.volume};
    for (const auto &spec : specs) {
        auto r = ind::IndicatorRegistry::compute(spec.name, spec.params, input);
        if (!r)
            return r.error();
        out.push_back(std::move(*r));
    }
    return out;
}

void setDateAxis(QDateTimeAxis *axis, TimestampMs from, TimestampMs to)
{
    const TimestampMs span = to - from;
    const QString format = span > 3 * 365 * kMsPerDay ? QStringLiteral("yyyy")
        : span > 60 * kMsPerDay                        ? QStringLiteral("MMM yyyy")
                                                       : QStringLiteral("d MMM");
    if (axis->format() != format)
        axis->setFormat(format);
    axis->setRange(utc(from), utc(to));
}

QLineSeries *lineSeries(const QColor &colour, const QString &name, qreal width = 1.2)
{
    auto *s = new QLineSeries;
    s->setName(name);
    QPen pen(colour, width);
    pen.setCosmetic(true);
    s->setPen(pen);
    return s;
}

} // namespace

QString IndicatorSpec::label() const
{
    const ind::IndicatorDescriptor *d = ind::IndicatorRegistry::find(name);
    if (!d)
        return QString::fromStdString(name);
    QStringList values;
    for (const auto &p : d->params) {
        double v = p.defaultValue;
        for (const auto &[key, given] : params)
            if (key == p.name)
                v = given;
        values << QString::number(v);
    }
    return values.isEmpty() ? displayName(name) : QStringLiteral("%1(%2)").arg(displayName(name), values.join(QStringLiteral(", ")));
}

bool IndicatorSpec::isOverlay() const
{
    return name == "sma" || name == "ema" || name == "wma" || name == "bollinger" || name == "donchian";
}

// The Qt Charts objects of the panes. The price and volume charts live as
// long as the view; overlay lines and oscillator panes follow the indicator list.
struct PriceChartView::Series
{
    QChart *price = nullptr;
    QDateTimeAxis *priceX = nullptr;
    QValueAxis *linearY = nullptr;
    QLogValueAxis *logY = nullptr;
    QLineSeries *line = nullptr;
    QLineSeries *areaUpper = nullptr;
    QLineSeries *areaLower = nullptr;
    QAreaSeries *area = nullptr;
    QScatterSeries *buys = nullptr;
    QScatterSeries *sells = nullptr;
    struct Line
    {
        QLineSeries *series;
        std::size_t spec;
        std::size_t output;
    };
    std::vector<Line> overlays;
    std::vector<QLineSeries *> compare;

    QChart *volume = nullptr;
    QDateTimeAxis *volumeX = nullptr;
    QValueAxis *volumeY = nullptr;

    struct Oscillator
    {
        ChartPane *pane;
        QChart *chart;
        QDateTimeAxis *x;
        QValueAxis *y;
        std::vector<Line> lines;
    };
    std::vector<Oscillator> oscillators;

    QList<QPointF> points; // scratch, reused
    QList<QLineF> up, down;
    QList<QRectF> upRects, downRects;

    QAbstractAxis *activeY() const { return logY->isVisible() ? static_cast<QAbstractAxis *>(logY) : linearY; }
    void attach(QAbstractSeries *s) const
    {
        price->addSeries(s);
        s->attachAxis(priceX);
        s->attachAxis(activeY());
    }
};

PriceChartView::PriceChartView(const Database *db, JobTracker *jobs, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_jobs(jobs)
    , m_header(new QLabel(this))
    , m_paneLayout(new QVBoxLayout)
    , m_series(std::make_unique<Series>())
{
    setObjectName(QStringLiteral("PriceChartView"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Price chart"));
    setMinimumSize(320, 240);
    m_header->setTextFormat(Qt::RichText);
    m_header->setAccessibleName(tr("Crosshair readout"));
    m_header->setMinimumHeight(m_header->fontMetrics().height() * 2 + 4);
    m_header->setWordWrap(true);
    m_header->setAutoFillBackground(true);

    Series &s = *m_series;
    s.price = new QChart;
    s.priceX = new QDateTimeAxis;
    s.linearY = new QValueAxis;
    s.logY = new QLogValueAxis;
    s.logY->setBase(10);
    s.logY->setMinorTickCount(8);
    s.logY->setLabelFormat(QStringLiteral("%.4g"));
    s.linearY->setLabelFormat(QStringLiteral("%.2f"));
    s.price->addAxis(s.priceX, Qt::AlignBottom);
    s.price->addAxis(s.linearY, Qt::AlignRight);
    s.price->addAxis(s.logY, Qt::AlignRight);
    s.logY->setVisible(false);

    s.line = lineSeries(kPriceLine, tr("Close"), 1.4);
    s.attach(s.line);
    s.areaUpper = new QLineSeries;
    s.areaLower = new QLineSeries;
    s.area = new QAreaSeries(s.areaUpper, s.areaLower);
    s.area->setName(tr("Close"));
    s.area->setPen(QPen(kPriceLine, 1.4));
    s.area->setBrush(QColor(kPriceLine.red(), kPriceLine.green(), kPriceLine.blue(), 60));
    s.attach(s.area);
    s.buys = new QScatterSeries;
    s.buys->setName(tr("Buys"));
    s.buys->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    s.buys->setMarkerSize(11);
    s.buys->setColor(kUp);
    s.buys->setBorderColor(Qt::white);
    s.attach(s.buys);
    s.sells = new QScatterSeries;
    s.sells->setName(tr("Sells"));
    s.sells->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    s.sells->setMarkerSize(11);
    s.sells->setColor(kDown);
    s.sells->setBorderColor(Qt::white);
    s.attach(s.sells);
    for (QScatterSeries *markers : {s.buys, s.sells})
        connect(markers, &QScatterSeries::hovered, this, [this, markers](const QPointF &p, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            for (const TradeMarker &m : m_markers)
                if (m.time == TimestampMs(p.x()) && m.price == p.y() && (markers == m_series->buys) == (m.side == TradeMarker::Side::Buy)) {
                    QToolTip::showText(QCursor::pos(), m.note.isEmpty() ? number(m.price) : m.note, this);
                    return;
                }
        });

    s.volume = new QChart;
    s.volumeX = new QDateTimeAxis;
    s.volumeX->setLabelsVisible(false);
    s.volumeY = new QValueAxis;
    s.volumeY->setLabelFormat(QStringLiteral("%.3g"));
    s.volumeY->setTickCount(3);
    s.volume->addAxis(s.volumeX, Qt::AlignBottom);
    s.volume->addAxis(s.volumeY, Qt::AlignRight);

    m_price = new ChartPane(this, s.price, this);
    m_price->setAccessibleName(tr("Price pane"));
    m_volume = new ChartPane(this, s.volume, this);
    m_volume->setAccessibleName(tr("Volume pane"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    m_paneLayout->setSpacing(0);
    layout->addLayout(m_paneLayout, 1);
    rebuildPanes();
}

PriceChartView::~PriceChartView() = default;

QList<ChartPane *> PriceChartView::panes() const
{
    QList<ChartPane *> all{m_price};
    if (m_volumeVisible)
        all << m_volume;
    all << m_oscillatorPanes;
    return all;
}

int PriceChartView::plotWidth() const
{
    return static_cast<int>(m_price->plotRect().width());
}

void PriceChartView::openSymbol(const QString &symbol, const QString &interval)
{
    if (!m_db || !m_jobs) {
        Q_EMIT loadFailed(tr("Chart of %1 not loaded: no database").arg(symbol));
        return;
    }
    const Database *db = m_db;
    const QStringList compare = m_compareSymbols;
    const std::vector<IndicatorSpec> specs = m_specs;
    struct Loaded
    {
        BarSeries bars;
        std::vector<BarSeries> compare;
        std::vector<ind::IndicatorOutput> outputs;
    };
    m_jobs->run<Loaded>(
        tr("Loading chart of %1").arg(symbol),
        [db, symbol, interval, compare, specs](const JobTracker::ProgressFn &, const std::atomic<bool> &) -> Result<Loaded> {
            MarketData md(*db);
            Loaded out;
            auto bars = md.bars(symbol, interval);
            if (!bars)
                return bars.error();
            if (bars->empty())
                return makeError(ErrorCode::NotFound, "no " + interval.toStdString() + " bars stored",
                                 "chart of " + symbol.toStdString());
            out.bars = std::move(*bars);
            for (const QString &other : compare) {
                auto o = md.bars(other, interval);
                if (!o)
                    return o.error().withContext("compare with " + other.toStdString());
                out.compare.push_back(std::move(*o));
            }
            // Every indicator on the whole history, once, off the GUI thread.
            auto outputs = computeIndicators(out.bars, specs);
            if (!outputs)
                return outputs.error();
            out.outputs = std::move(*outputs);
            return out;
        },
        this, [this, symbol, specs](Result<Loaded> r) {
            if (!r) {
                Q_EMIT loadFailed(tr("Chart of %1 not loaded: %2").arg(symbol, QString::fromStdString(r.error().toString())));
                return;
            }
            m_bars = std::move(r->bars);
            m_compare = std::move(r->compare);
            if (specs.size() == m_specs.size()) {
                m_outputs = std::move(r->outputs);
            } else {
                recomputeIndicators(); // the list changed while loading
            }
            rebuildPanes();
            applyPreset(RangePreset::Max);
            Q_EMIT loaded(symbol);
        });
}

void PriceChartView::setBars(BarSeries bars)
{
    m_bars = std::move(bars);
    recomputeIndicators();
    rebuildPanes();
    applyPreset(RangePreset::Max);
}

void PriceChartView::recomputeIndicators()
{
    auto outputs = computeIndicators(m_bars, m_specs);
    m_outputs.clear();
    if (outputs)
        m_outputs = std::move(*outputs);
    else
        // Too few bars for a warm-up: the indicator is shown empty rather than hiding the chart.
        for (const auto &spec : m_specs) {
            auto one = computeIndicators(m_bars, {spec});
            if (one)
                m_outputs.push_back(std::move(one->front()));
            else
                m_outputs.push_back({});
        }
}

Result<void> PriceChartView::setIndicators(std::vector<IndicatorSpec> specs)
{
    // Validate against the registry first (bars may not be loaded yet).
    for (const auto &spec : specs) {
        const ind::IndicatorDescriptor *d = ind::IndicatorRegistry::find(spec.name);
        if (!d)
            return makeError(ErrorCode::InvalidArgument, "unknown indicator '" + spec.name + "'", "chart");
        for (const auto &[key, v] : spec.params) {
            auto p = std::find_if(d->params.begin(), d->params.end(), [&](const auto &q) { return q.name == key; });
            if (p == d->params.end())
                return makeError(ErrorCode::InvalidArgument, "unknown parameter '" + key + "'", "indicator " + spec.name);
            if (!std::isfinite(v) || v < p->min || v > p->max || (p->integer && v != std::floor(v)))
                return makeError(ErrorCode::InvalidArgument,
                                 "parameter '" + key + "' = " + std::to_string(v) + " is not allowed",
                                 "indicator " + spec.name);
        }
    }
    m_specs = std::move(specs);
    recomputeIndicators();
    rebuildPanes();
    refresh();
    return {};
}

void PriceChartView::rebuildPanes()
{
    Series &s = *m_series;
    for (auto &line : s.overlays) {
        s.price->removeSeries(line.series);
        delete line.series;
    }
    s.overlays.clear();
    for (auto *line : s.compare) {
        s.price->removeSeries(line);
        delete line;
    }
    s.compare.clear();
    for (auto &osc : s.oscillators) {
        m_paneLayout->removeWidget(osc.pane);
        delete osc.pane; // owns its chart
    }
    s.oscillators.clear();
    m_oscillatorPanes.clear();
    m_paneLayout->removeWidget(m_price);
    m_paneLayout->removeWidget(m_volume);

    int colour = 0;
    for (std::size_t i = 0; i < m_specs.size(); ++i) {
        const IndicatorSpec &spec = m_specs[i];
        const ind::IndicatorDescriptor *d = ind::IndicatorRegistry::find(spec.name);
        const QString label = spec.label();
        if (spec.isOverlay()) {
            const QColor c = kPalette[colour++ % kPalette.size()];
            for (std::size_t o = 0; o < d->outputs.size(); ++o) {
                auto *line = lineSeries(c, d->outputs.size() > 1 ? label + QLatin1Char(' ') + QString::fromStdString(d->outputs[o]) : label,
                                        o == 0 ? 1.2 : 1.0);
                s.attach(line);
                s.overlays.push_back({line, i, o});
            }
            continue;
        }
        Series::Oscillator osc{};
        osc.chart = new QChart;
        osc.x = new QDateTimeAxis;
        osc.x->setLabelsVisible(false);
        osc.y = new QValueAxis;
        osc.y->setTickCount(3);
        osc.y->setLabelFormat(QStringLiteral("%.3g"));
        osc.chart->addAxis(osc.x, Qt::AlignBottom);
        osc.chart->addAxis(osc.y, Qt::AlignRight);
        osc.pane = new ChartPane(this, osc.chart, this);
        osc.pane->setAccessibleName(tr("%1 pane").arg(label));
        for (std::size_t o = 0; o < d->outputs.size(); ++o) {
            auto *line = lineSeries(kPalette[(colour + static_cast<int>(o)) % kPalette.size()],
                                    d->outputs.size() > 1 ? label + QLatin1Char(' ') + QString::fromStdString(d->outputs[o]) : label);
            osc.chart->addSeries(line);
            line->attachAxis(osc.x);
            line->attachAxis(osc.y);
            osc.lines.push_back({line, i, o});
        }
        colour += static_cast<int>(d->outputs.size());
        s.oscillators.push_back(osc);
        m_oscillatorPanes << osc.pane;
    }
    for (std::size_t i = 0; i < m_compare.size(); ++i) {
        auto *line = lineSeries(kPalette[(i + 1) % kPalette.size()], QString::fromStdString(m_compare[i].symbol), 1.4);
        s.attach(line);
        s.compare.push_back(line);
    }

    // Price gets most of the height, volume a strip, each oscillator a band.
    m_paneLayout->addWidget(m_price, 6);
    m_volume->setVisible(m_volumeVisible);
    if (m_volumeVisible)
        m_paneLayout->addWidget(m_volume, 1);
    for (ChartPane *p : m_oscillatorPanes)
        m_paneLayout->addWidget(p, 2);
    const QList<ChartPane *> shown = panes();
    for (ChartPane *p : shown) {
        p->setBottomLabels(p == shown.back());
        p->chart()->axes(Qt::Horizontal).front()->setLabelsVisible(p == shown.back());
    }
    // Panes get their final size on the next layout pass; refresh() runs from resizeEvent then.
    if (layout())
        layout()->activate();
}

void PriceChartView::setChartType(ChartType type)
{
    m_type = type;
    refresh();
}

void PriceChartView::setVolumeVisible(bool visible)
{
    m_volumeVisible = visible;
    rebuildPanes();
    refresh();
}

TimestampMs PriceChartView::typicalSpacing() const
{
    // Mean bar spacing: a candle is never wider than the gap to its neighbour.
    if (m_bars.size() < 2)
        return kMsPerDay;
    return (m_bars.time.back() - m_bars.time.front()) / TimestampMs(m_bars.size() - 1);
}

std::pair<TimestampMs, TimestampMs> PriceChartView::dataRange() const
{
    if (m_bars.empty())
        return {0, 0};
    return {m_bars.time.front(), m_bars.time.back()};
}

void PriceChartView::setVisibleRange(TimestampMs from, TimestampMs to)
{
    applyVisibleRange(from, to, true);
}

void PriceChartView::applyVisibleRange(TimestampMs from, TimestampMs to, bool notify)
{
    if (m_bars.empty())
        return;
    const auto [first, last] = dataRange();
    if (to < from)
        std::swap(from, to);
    // At least about five bars stay visible, so zooming in stops at something readable.
    const TimestampMs minSpan = m_bars.size() > 1 ? std::max<TimestampMs>(1, (last - first) * 5 / TimestampMs(m_bars.size() - 1))
                                                  : kMsPerDay;
    if (to - from < minSpan) {
        const TimestampMs mid = from + (to - from) / 2;
        from = mid - minSpan / 2;
        to = from + minSpan;
    }
    const TimestampMs span = std::min(to - from, std::max(last - first, minSpan));
    if (from < first) {
        from = first;
        to = from + span;
    }
    if (to > std::max(last, first + span)) {
        to = std::max(last, first + span);
        from = to - span;
    }
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    refresh();
    if (notify)
        Q_EMIT visibleRangeChanged(m_from, m_to);
}

void PriceChartView::applyPreset(RangePreset preset)
{
    if (m_bars.empty())
        return;
    const auto [first, last] = dataRange();
    TimestampMs from = first;
    switch (preset) {
    case RangePreset::OneMonth: from = addMonths(last, -1); break;
    case RangePreset::ThreeMonths: from = addMonths(last, -3); break;
    case RangePreset::SixMonths: from = addMonths(last, -6); break;
    case RangePreset::YearToDate: from = toTimestamp(CivilDate{toCivil(last).year, 1, 1}); break;
    case RangePreset::OneYear: from = addMonths(last, -12); break;
    case RangePreset::FiveYears: from = addMonths(last, -60); break;
    case RangePreset::Max: from = first; break;
    }
    // Even when the history is shorter than the preset, the range ends at the last bar.
    m_from = m_to = 0;
    applyVisibleRange(std::max(from, first), last, true);
}

void PriceChartView::zoom(double factor, std::optional<TimestampMs> anchor)
{
    if (m_bars.empty() || !(factor > 0))
        return;
    const TimestampMs a = anchor.value_or(m_from + (m_to - m_from) / 2);
    const double left = double(a - m_from) / factor;
    const double right = double(m_to - a) / factor;
    applyVisibleRange(a - TimestampMs(std::llround(left)), a + TimestampMs(std::llround(right)), true);
}

void PriceChartView::pan(double fraction)
{
    if (m_bars.empty())
        return;
    const auto shift = TimestampMs(std::llround(double(m_to - m_from) * fraction));
    const auto [first, last] = dataRange();
    TimestampMs from = m_from + shift, to = m_to + shift;
    // Panning keeps the width: stop at either end instead of squeezing the range.
    if (from < first) {
        to += first - from;
        from = first;
    }
    if (to > last) {
        from -= to - last;
        to = last;
    }
    applyVisibleRange(from, to, true);
}

void PriceChartView::setLogScale(bool on)
{
    Series &s = *m_series;
    if (on == m_log)
        return;
    m_log = on;
    QAbstractAxis *oldY = s.activeY();
    QAbstractAxis *newY = on ? static_cast<QAbstractAxis *>(s.logY) : s.linearY;
    // Series leave the old axis before the new one shows, so no series is
    // ever mapped through a log axis with non-positive values.
    for (QAbstractSeries *series : s.price->series()) {
        series->detachAxis(oldY);
    }
    oldY->setVisible(false);
    newY->setVisible(true);
    refresh();
    for (QAbstractSeries *series : s.price->series())
        series->attachAxis(newY);
    refresh();
}

void PriceChartView::setCompareSymbols(const QStringList &symbols)
{
    m_compareSymbols = symbols;
    if (symbols.isEmpty()) {
        setCompareBars({});
        return;
    }
    loadCompare();
}

void PriceChartView::loadCompare()
{
    if (!m_db || !m_jobs || m_bars.empty())
        return;
    const Database *db = m_db;
    const QStringList symbols = m_compareSymbols;
    const QString interval = QString::fromStdString(m_bars.interval);
    m_jobs->run<std::vector<BarSeries>>(
        tr("Loading %1 to compare").arg(symbols.join(QStringLiteral(", "))),
        [db, symbols, interval](const JobTracker::ProgressFn &, const std::atomic<bool> &) -> Result<std::vector<BarSeries>> {
            std::vector<BarSeries> out;
            for (const QString &symbol : symbols) {
                auto bars = MarketData(*db).bars(symbol, interval);
                if (!bars)
                    return bars.error().withContext("compare with " + symbol.toStdString());
                if (bars->empty())
                    return makeError(ErrorCode::NotFound, "no " + interval.toStdString() + " bars stored",
                                     "compare with " + symbol.toStdString());
                out.push_back(std::move(*bars));
            }
            return out;
        },
        this, [this](Result<std::vector<BarSeries>> r) {
            if (!r) {
                Q_EMIT loadFailed(QString::fromStdString(r.error().toString()));
                return;
            }
            setCompareBars(std::move(*r));
            Q_EMIT loaded(QString::fromStdString(m_bars.symbol));
        });
}

void PriceChartView::setCompareBars(std::vector<BarSeries> others)
{
    m_compare = std::move(others);
    if (!m_compare.empty() && m_log)
        setLogScale(false); // % changes can be negative: no log scale for them
    rebuildPanes();
    refresh();
}

void PriceChartView::setTradeMarkers(std::vector<TradeMarker> markers)
{
    std::sort(markers.begin(), markers.end(), [](const auto &a, const auto &b) { return a.time < b.time; });
    m_markers = std::move(markers);
    refresh();
}

TimestampMs PriceChartView::timeAtPlotX(double x) const
{
    const double w = std::max(1.0, m_price->plotRect().width());
    return m_from + TimestampMs(std::llround(double(m_to - m_from) * x / w));
}

double PriceChartView::plotXOf(TimestampMs t) const
{
    const double w = m_price->plotRect().width();
    return m_to > m_from ? double(t - m_from) * w / double(m_to - m_from) : 0.0;
}

void PriceChartView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    refresh();
}

void PriceChartView::paneResized()
{
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this]() {
        m_refreshQueued = false;
        refresh();
    });
}

void PriceChartView::refresh()
{
    if (m_bars.empty() || m_to <= m_from)
        return;
    const int width = std::max(4, plotWidth());
    if (m_compare.empty())
        refreshPrice(width);
    else
        refreshCompare(width);
    refreshMarkers(width);
    if (m_volumeVisible)
        refreshVolume(width);
    refreshOscillators(width);
    if (m_crosshair)
        m_readout = readoutAt(*m_crosshair).text;
    else
        m_readout = readoutAt(m_to).text;
    m_header->setText(m_readout);
}

void PriceChartView::setYRange(double lo, double hi)
{
    Series &s = *m_series;
    if (!(lo <= hi) || !std::isfinite(lo) || !std::isfinite(hi))
        return;
    if (m_log) {
        lo = std::max(lo, 1e-9);
        hi = std::max(hi, lo * 1.0001);
        const double pad = std::pow(hi / lo, 0.04);
        s.logY->setRange(lo / pad, hi * pad);
    } else {
        const double pad = hi > lo ? (hi - lo) * 0.04 : std::max(std::abs(hi) * 0.01, 1e-6);
        s.linearY->setRange(lo - pad, hi + pad);
    }
}

void PriceChartView::refreshPrice(int width)
{
    Series &s = *m_series;
    setDateAxis(s.priceX, m_from, m_to);
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    auto include = [&](double v) {
        if (v < lo)
            lo = v;
        if (v > hi)
            hi = v;
    };
    const bool candles = m_type == ChartType::Candles;
    const bool bars = m_type == ChartType::OhlcBars;
    const bool line = m_type == ChartType::Line;
    const bool area = m_type == ChartType::Area;
    // Setters only when something changes: each one can relayout the chart.
    if (s.line->name() != tr("Close"))
        s.line->setName(tr("Close"));
    if (s.linearY->labelFormat() != QStringLiteral("%.2f"))
        s.linearY->setLabelFormat(QStringLiteral("%.2f"));
    if (s.line->isVisible() != line)
        s.line->setVisible(line);
    if (s.area->isVisible() != area)
        s.area->setVisible(area);
    for (auto *c : s.compare)
        if (c->isVisible())
            c->setVisible(false);

    if (candles || bars) {
        (void)decimateOhlc(m_bars, {m_from, m_to, std::max(1, width / kCandlePixels)}, m_ohlc);
        const int n = static_cast<int>(m_ohlc.size());
        for (int i = 0; i < n; ++i) {
            include(m_ohlc.low[std::size_t(i)]);
            include(m_ohlc.high[std::size_t(i)]);
        }
        for (QLineSeries *unused : {s.line, s.areaUpper, s.areaLower})
            if (unused->count() > 0)
                unused->clear();
    } else {
        m_price->segments()->set({}, {}, {}, {}, {}, 0);
        (void)decimateMinMax(m_bars.time, m_bars.close, {m_from, m_to, std::max(1, (width - 2) / 2)}, m_line);
        s.points.clear();
        for (std::size_t i = 0; i < m_line.size(); ++i) {
            s.points.append(QPointF(qreal(m_line.time[i]), m_line.value[i]));
            include(m_line.value[i]);
        }
        if (line) {
            s.line->replace(s.points);
            s.areaUpper->clear();
            s.areaLower->clear();
        } else {
            s.areaUpper->replace(s.points);
            s.line->clear();
        }
    }

    // Overlays: decimated over the same slices as a line, included in the y range.
    for (auto &o : s.overlays) {
        if (!o.series->isVisible())
            o.series->setVisible(true);
        if (o.spec >= m_outputs.size() || m_outputs[o.spec].values.size() <= o.output) {
            o.series->clear();
            continue;
        }
        (void)decimateMinMax(m_bars.time, m_outputs[o.spec].values[o.output], {m_from, m_to, std::max(1, (width - 2) / 2)},
                             m_line);
        s.points.clear();
        for (std::size_t i = 0; i < m_line.size(); ++i) {
            s.points.append(QPointF(qreal(m_line.time[i]), m_line.value[i]));
            include(m_line.value[i]);
        }
        o.series->replace(s.points);
    }
    if (lo > hi)
        return;
    setYRange(lo, hi);
    if (area) {
        const double base = m_log ? s.logY->min() : s.linearY->min();
        s.areaLower->replace(QList<QPointF>{QPointF(qreal(m_from), base), QPointF(qreal(m_to), base)});
    }
    if (candles || bars) {
        // Drawn as mapped segments (see SegmentsItem): a wick and a body per
        // candle, or a range and two ticks per OHLC bar.
        const QRectF plot = m_price->plotRect();
        const double ymin = m_log ? std::log(s.logY->min()) : s.linearY->min();
        const double ymax = m_log ? std::log(s.logY->max()) : s.linearY->max();
        auto py = [&](double v) { return plot.bottom() - ((m_log ? std::log(v) : v) - ymin) / (ymax - ymin) * plot.height(); };
        const int n = static_cast<int>(m_ohlc.size());
        const double slot = plot.width() / std::max(1.0, double(m_to - m_from) / double(std::max<TimestampMs>(1, typicalSpacing())));
        const double spacing = std::max(1.0, std::min(plot.width() / std::max(1, n), slot));
        const double tick = std::clamp(0.35 * spacing, 1.0, 6.0);
        const double body = std::max(1.0, std::floor(0.7 * spacing));
        s.up.clear();
        s.down.clear();
        s.upRects.clear();
        s.downRects.clear();
        for (int i = 0; i < n; ++i) {
            const auto k = std::size_t(i);
            if (std::isnan(m_ohlc.high[k]) || std::isnan(m_ohlc.low[k]))
                continue;
            const double x = std::round(plot.left() + plotXOf(m_ohlc.time[k])) + 0.5;
            const bool rising = !(m_ohlc.close[k] < m_ohlc.open[k]);
            QList<QLineF> &lines = rising ? s.up : s.down;
            lines.append(QLineF(x, py(m_ohlc.low[k]), x, py(m_ohlc.high[k])));
            if (candles) {
                const double y0 = py(m_ohlc.open[k]), y1 = py(m_ohlc.close[k]);
                (rising ? s.upRects : s.downRects)
                    .append(QRectF(x - body / 2, std::min(y0, y1), body, std::max(1.0, std::abs(y1 - y0))));
            } else {
                lines.append(QLineF(x - tick, py(m_ohlc.open[k]), x, py(m_ohlc.open[k])));
                lines.append(QLineF(x, py(m_ohlc.close[k]), x + tick, py(m_ohlc.close[k])));
            }
        }
        m_price->segments()->set(plot, s.up, s.down, s.upRects, s.downRects, n);
    }
}

void PriceChartView::refreshCompare(int width)
{
    Series &s = *m_series;
    setDateAxis(s.priceX, m_from, m_to);
    s.area->setVisible(false);
    m_price->segments()->set({}, {}, {}, {}, {}, 0);
    for (auto &o : s.overlays) {
        o.series->setVisible(false);
        o.series->clear();
    }
    // The common start: the first visible instant every series has a bar.
    TimestampMs start = m_from;
    auto firstAt = [&](const BarSeries &b) {
        const std::size_t i = b.lowerBound(m_from);
        return i < b.size() ? b.time[i] : std::numeric_limits<TimestampMs>::max();
    };
    start = std::max(start, firstAt(m_bars));
    for (const auto &b : m_compare)
        start = std::max(start, firstAt(b));
    double lo = 0, hi = 0;
    auto percentLine = [&](const BarSeries &b, QLineSeries *series) {
        series->setVisible(true);
        if (start > m_to) {
            series->clear();
            return;
        }
        (void)decimateMinMax(b.time, b.close, {start, m_to, std::max(1, (width - 2) / 2)}, m_line);
        s.points.clear();
        if (!m_line.empty()) {
            // decimateMinMax always keeps the first value: the base of the percentages.
            const double base = m_line.value.front();
            for (std::size_t i = 0; i < m_line.size(); ++i) {
                const double pct = (m_line.value[i] / base - 1.0) * 100.0;
                s.points.append(QPointF(qreal(m_line.time[i]), pct));
                lo = std::min(lo, pct);
                hi = std::max(hi, pct);
            }
        }
        series->replace(s.points);
    };
    s.line->setName(QString::fromStdString(m_bars.symbol));
    percentLine(m_bars, s.line);
    for (std::size_t i = 0; i < m_compare.size() && i < s.compare.size(); ++i)
        percentLine(m_compare[i], s.compare[i]);
    s.linearY->setLabelFormat(QStringLiteral("%.0f %%"));
    setYRange(lo, hi);
}

void PriceChartView::refreshMarkers(int width)
{
    Series &s = *m_series;
    QList<QPointF> buys, sells;
    if (m_compare.empty()) {
        // One marker per side and pixel column: thousands of trades stay drawable.
        int lastBuy = -1, lastSell = -1;
        const TimeBuckets columns{m_from, m_to, std::max(1, width)};
        auto first = std::lower_bound(m_markers.begin(), m_markers.end(), m_from,
                                      [](const TradeMarker &m, TimestampMs t) { return m.time < t; });
        for (auto it = first; it != m_markers.end() && it->time <= m_to; ++it) {
            const int c = columns.column(it->time);
            const bool buy = it->side == TradeMarker::Side::Buy;
            int &last = buy ? lastBuy : lastSell;
            if (c == last)
                continue;
            last = c;
            (buy ? buys : sells).append(QPointF(qreal(it->time), it->price));
        }
    }
    s.buys->replace(buys);
    s.sells->replace(sells);
}

void PriceChartView::refreshVolume(int width)
{
    Series &s = *m_series;
    setDateAxis(s.volumeX, m_from, m_to);
    (void)decimateOhlc(m_bars, {m_from, m_to, std::max(1, width / kVolumePixels)}, m_ohlc);
    double hi = 0;
    for (double v : m_ohlc.volume)
        if (v > hi)
            hi = v;
    s.volumeY->setRange(0, hi > 0 ? hi * 1.05 : 1);
    const QRectF plot = m_volume->plotRect();
    const int n = static_cast<int>(m_ohlc.size());
    const double w = std::max(1.0, 0.7 * plot.width() / std::max(1, n));
    s.upRects.clear();
    s.downRects.clear();
    for (int i = 0; i < n; ++i) {
        const auto k = std::size_t(i);
        const double v = m_ohlc.volume[k];
        if (!(v > 0))
            continue;
        const double x = plot.left() + plotXOf(m_ohlc.time[k]);
        const double h = v / (hi * 1.05) * plot.height();
        (m_ohlc.close[k] >= m_ohlc.open[k] ? s.upRects : s.downRects)
            .append(QRectF(x - w / 2, plot.bottom() - h, w, h));
    }
    m_volume->segments()->set(plot, {}, {}, s.upRects, s.downRects, n, false);
}

void PriceChartView::refreshOscillators(int width)
{
    Series &s = *m_series;
    for (auto &osc : s.oscillators) {
        setDateAxis(osc.x, m_from, m_to);
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        bool bounded = false;
        for (auto &l : osc.lines) {
            const std::string &name = m_specs[l.spec].name;
            bounded = name == "rsi" || name == "stochastic";
            if (l.spec >= m_outputs.size() || m_outputs[l.spec].values.size() <= l.output) {
                l.series->clear();
                continue;
            }
            (void)decimateMinMax(m_bars.time, m_outputs[l.spec].values[l.output], {m_from, m_to, std::max(1, (width - 2) / 2)},
                                 m_line);
            s.points.clear();
            for (std::size_t i = 0; i < m_line.size(); ++i) {
                s.points.append(QPointF(qreal(m_line.time[i]), m_line.value[i]));
                lo = std::min(lo, m_line.value[i]);
                hi = std::max(hi, m_line.value[i]);
            }
            l.series->replace(s.points);
        }
        if (bounded)
            osc.y->setRange(0, 100);
        else if (lo <= hi) {
            const double pad = hi > lo ? (hi - lo) * 0.05 : 1.0;
            osc.y->setRange(lo - pad, hi + pad);
        }
    }
}

CrosshairReadout PriceChartView::readoutAt(TimestampMs t) const
{
    CrosshairReadout r;
    if (m_bars.empty())
        return r;
    std::size_t i = m_bars.lowerBound(t);
    if (i >= m_bars.size())
        i = m_bars.size() - 1;
    else if (i > 0 && t - m_bars.time[i - 1] < m_bars.time[i] - t)
        i = i - 1; // the nearer bar
    r.index = i;
    r.time = m_bars.time[i];
    r.open = m_bars.open[i];
    r.high = m_bars.high[i];
    r.low = m_bars.low[i];
    r.close = m_bars.close[i];
    r.volume = m_bars.volume[i];
    QStringList parts;
    parts << QStringLiteral("<b>%1</b> %2 &nbsp; O %3 &nbsp; H %4 &nbsp; L %5 &nbsp; C %6 &nbsp; V %7")
                 .arg(QString::fromStdString(m_bars.symbol).toHtmlEscaped(), QString::fromStdString(formatDate(r.time)),
                      number(r.open), number(r.high), number(r.low), number(r.close),
                      QLocale().toString(r.volume, 'f', 0));
    int colour = 0;
    for (std::size_t s = 0; s < m_specs.size() && s < m_outputs.size(); ++s) {
        const QString label = m_specs[s].label();
        const auto &out = m_outputs[s];
        QStringList values;
        for (std::size_t o = 0; o < out.values.size(); ++o) {
            const QString name = out.values.size() > 1 ? label + QLatin1Char(' ') + QString::fromStdString(out.names[o]) : label;
            const double v = out.values[o][i];
            r.indicators.emplace_back(name, v);
            values << (out.values.size() > 1 ? QString::fromStdString(out.names[o]) + QLatin1Char(' ') + number(v) : number(v));
        }
        const QColor c = kPalette[colour % kPalette.size()];
        colour += m_specs[s].isOverlay() ? 1 : static_cast<int>(out.values.size());
        parts << QStringLiteral("<span style='color:%1'>%2</span> %3").arg(c.name(), label.toHtmlEscaped(), values.join(QLatin1Char(' ')));
    }
    r.text = parts.join(QStringLiteral(" &nbsp;|&nbsp; "));
    return r;
}

CrosshairReadout PriceChartView::crosshairAtPlotX(double x)
{
    paneHover(nullptr, x, -1);
    return readoutAt(*m_crosshair);
}

void PriceChartView::paneHover(ChartPane *pane, double plotX, double y)
{
    if (m_bars.empty())
        return;
    const CrosshairReadout r = readoutAt(timeAtPlotX(plotX));
    m_crosshair = r.time;
    m_readout = r.text;
    m_header->setText(m_readout);
    // The vertical line snaps to the bar the readout shows.
    const double x = plotXOf(r.time);
    for (ChartPane *p : panes())
        p->setCrosshair(x, p == pane ? std::optional<double>(y) : std::nullopt);
    Q_EMIT crosshairMoved(m_readout);
}

void PriceChartView::clearCrosshair()
{
    m_crosshair.reset();
    for (ChartPane *p : panes())
        p->setCrosshair(std::nullopt, std::nullopt);
    if (!m_bars.empty()) {
        m_readout = readoutAt(m_to).text;
        m_header->setText(m_readout);
    }
}

QString PriceChartView::readoutText() const
{
    return m_readout;
}

void PriceChartView::paneWheel(double plotX, int delta)
{
    if (delta == 0)
        return;
    // One notch (120) zooms by 20 %, at the instant under the cursor.
    zoom(std::pow(1.2, delta / 120.0), timeAtPlotX(plotX));
}

void PriceChartView::paneDrag(double dxPixels)
{
    const double w = std::max(1.0, m_price->plotRect().width());
    pan(-dxPixels / w);
}

void PriceChartView::paneRubberBand(double x0, double x1)
{
    if (std::abs(x1 - x0) < 4)
        return; // a click, not a band
    setVisibleRange(timeAtPlotX(std::min(x0, x1)), timeAtPlotX(std::max(x0, x1)));
}

void PriceChartView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(1.25);
        break;
    case Qt::Key_Minus:
        zoom(0.8);
        break;
    case Qt::Key_Left:
        pan(-0.1);
        break;
    case Qt::Key_Right:
        pan(0.1);
        break;
    case Qt::Key_Home:
        pan(-1e9);
        break;
    case Qt::Key_End:
        pan(1e9);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

QList<PriceChartView::SeriesSize> PriceChartView::seriesSizes() const
{
    QList<SeriesSize> out;
    auto add = [&](const QString &name, int n) { out.append({name, n}); };
    const Series &s = *m_series;
    add(QStringLiteral("candles"), m_type == ChartType::Candles && m_compare.empty() ? m_price->segments()->count() : 0);
    add(QStringLiteral("line"), static_cast<int>(s.line->count()));
    add(QStringLiteral("area"), static_cast<int>(s.areaUpper->count()));
    add(QStringLiteral("ohlc bars"), m_type == ChartType::OhlcBars && m_compare.empty() ? m_price->segments()->count() : 0);
    add(QStringLiteral("volume"), m_volume->segments()->count());
    add(QStringLiteral("buys"), static_cast<int>(s.buys->count()));
    add(QStringLiteral("sells"), static_cast<int>(s.sells->count()));
    for (const auto &o : s.overlays)
        add(o.series->name(), static_cast<int>(o.series->count()));
    for (const auto *c : s.compare)
        add(c->name(), static_cast<int>(c->count()));
    for (const auto &osc : s.oscillators)
        for (const auto &l : osc.lines)
            add(l.series->name(), static_cast<int>(l.series->count()));
    return out;
}

Result<void> PriceChartView::exportPng(const QString &path)
{
    const QPixmap image = grab();
    if (image.isNull() || !image.save(path, "PNG"))
        return makeError(ErrorCode::IoError, "cannot write the PNG image", path.toStdString());
    return {};
}

Result<void> PriceChartView::exportSvg(const QString &path)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size());
    svg.setViewBox(rect());
    svg.setTitle(tr("%1 chart").arg(QString::fromStdString(m_bars.symbol)));
    svg.setDescription(tr("Exported by SuperNova"));
    {
        QPainter painter;
        if (!painter.begin(&svg))
            return makeError(ErrorCode::IoError, "cannot write the SVG file", path.toStdString());
        render(&painter);
    }
    if (QFile(path).size() == 0)
        return makeError(ErrorCode::IoError, "the SVG file is empty after writing", path.toStdString());
    return {};
}

} // namespace sn::ui
