#include "ui/charts/PriceChartSupport.h"

// PriceChartView: panes, data, indicators, visible range, compare. Drawing the visible
// range is in PriceChartDrawing.cpp, crosshair, mouse, keys and export in PriceChartInteraction.cpp.
namespace sn::ui {

using namespace chart_detail;

namespace {

// Holds the readout label at a fixed height, outside any layout: a label in a
// layout asks for a new layout pass on every text change, and that pass
// re-measured the rich text (bench_charts: a sixth of a zoom step).
class ReadoutBar : public QWidget
{
public:
    ReadoutBar(QLabel *label, QWidget *parent) : QWidget(parent), m_label(label)
    {
        label->setParent(this);
        setFixedHeight(label->fontMetrics().height() * 2 + 4);
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        m_label->setGeometry(rect());
    }

private:
    QLabel *m_label;
};

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
    return values.isEmpty()
               ? displayName(name)
               : QStringLiteral("%1(%2)").arg(displayName(name), values.join(QStringLiteral(", ")));
}

bool IndicatorSpec::isOverlay() const
{
    return name == "sma" || name == "ema" || name == "wma" || name == "bollinger" || name == "donchian";
}

PriceChartView::PriceChartView(const Workspace *db, JobTracker *jobs, QWidget *parent)
    : QWidget(parent), m_workspace(db), m_jobs(jobs), m_header(new QLabel(this)),
      m_paneLayout(new QVBoxLayout), m_series(std::make_unique<Series>())
{
    setObjectName(QStringLiteral("PriceChartView"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Price chart"));
    setMinimumSize(320, 240);
    m_header->setTextFormat(Qt::RichText);
    m_header->setAccessibleName(tr("Crosshair readout"));
    m_header->setWordWrap(true);
    m_header->setAutoFillBackground(true);

    m_price = new ChartPane(this, this);
    m_price->setAccessibleName(tr("Price pane"));
    m_price->setAxis(ChartPane::Axis::Price);
    m_volume = new ChartPane(this, this);
    m_volume->setAccessibleName(tr("Volume pane"));
    m_volume->setAxis(ChartPane::Axis::Volume);
    m_volume->setYRange(0, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(new ReadoutBar(m_header, this));
    m_paneLayout->setSpacing(0);
    layout->addLayout(m_paneLayout, 1);
    rebuildPanes();
    refresh();
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
    if (!m_workspace || !m_jobs) {
        Q_EMIT loadFailed(tr("Chart of %1 not loaded: no database").arg(symbol));
        return;
    }
    const Workspace *db = m_workspace;
    const QStringList compare = m_compareSymbols;
    const std::vector<IndicatorSpec> specs = m_specs;
    const PriceBasis basis = m_adjusted ? PriceBasis::Adjusted : PriceBasis::Unadjusted;
    struct Loaded
    {
        BarSeries bars;
        std::vector<BarSeries> compare;
        std::vector<ind::IndicatorOutput> outputs;
    };
    m_jobs->run<Loaded>(
        tr("Loading chart of %1").arg(symbol),
        [db, symbol, interval, compare, specs, basis](const JobTracker::ProgressFn &,
                                                      const std::atomic<bool> &) -> Result<Loaded> {
            MarketData md(*db);
            Loaded out;
            auto bars = md.prices(symbol, interval, basis);
            if (!bars)
                return bars.error();
            if (bars->bars.empty())
                return makeError(ErrorCode::NotFound, SN_TEXT("sn::Charts", "no %1 bars stored"),
                                 {interval.toStdString()})
                    .at(SN_TEXT("sn::Charts", "chart of %1"), {symbol.toStdString()});
            out.bars = std::move(bars->bars);
            for (const QString &other : compare) {
                auto o = md.prices(other, interval, basis);
                if (!o)
                    return o.error().withContext(SN_TEXT("sn::Charts", "compare with %1"),
                                                 {other.toStdString()});
                out.compare.push_back(std::move(o->bars));
            }
            // Every indicator on the whole history, once, off the GUI thread.
            auto outputs = computeIndicators(out.bars, specs);
            if (!outputs)
                return outputs.error();
            out.outputs = std::move(*outputs);
            return out;
        },
        this,
        [this, symbol, specs](Result<Loaded> r) {
            if (!r) {
                Q_EMIT loadFailed(tr("Chart of %1 not loaded: %2")
                                      .arg(symbol, QString::fromStdString(r.error().toUserString())));
                return;
            }
            m_bars = std::move(r->bars);
            m_compare = std::move(r->compare);
            if (specs.size() == m_specs.size()) {
                m_outputs = std::move(r->outputs);
                rebuildCoarse();
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
    if (m_bars.empty())
        refresh(); // the panes say there is nothing to show
    applyPreset(RangePreset::Max);
}

void PriceChartView::rebuildCoarse()
{
    if (m_bars.size() < Coarse::kMinBars) {
        m_coarse.reset();
        return;
    }
    auto c = std::make_unique<Coarse>();
    c->bars = Coarse::summarise(m_bars);
    Coarse::summarise(m_bars.time, m_bars.close, c->close);
    for (const auto &out : m_outputs) {
        c->outputs.emplace_back(out.values.size());
        for (std::size_t o = 0; o < out.values.size(); ++o)
            Coarse::summarise(m_bars.time, out.values[o], c->outputs.back()[o]);
    }
    m_coarse = std::move(c);
}

bool PriceChartView::useCoarse(int columns) const
{
    if (!m_coarse || columns < 1)
        return false;
    const std::size_t visible = m_bars.lowerBound(m_to + 1) - m_bars.lowerBound(m_from);
    return visible >= std::size_t(columns) * Coarse::kMinBarsPerColumn;
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
    rebuildCoarse();
}

Result<void> PriceChartView::setIndicators(std::vector<IndicatorSpec> specs)
{
    // Validate against the registry first (bars may not be loaded yet).
    for (const auto &spec : specs) {
        const ind::IndicatorDescriptor *d = ind::IndicatorRegistry::find(spec.name);
        if (!d)
            return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::Charts", "unknown indicator '%1'"),
                             {spec.name})
                .at(SN_TEXT("sn::Charts", "chart"), {});
        for (const auto &[key, v] : spec.params) {
            auto p = std::find_if(
                d->params.begin(), d->params.end(),
                // Init-capture: clang 14 (the sanitizer build) cannot capture a structured binding.
                [&name = key](const auto &q) { return q.name == name; });
            if (p == d->params.end())
                return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::Charts", "unknown parameter '%1'"),
                                 {key})
                    .at(SN_TEXT("sn::Charts", "indicator %1"), {spec.name});
            if (!std::isfinite(v) || v < p->min || v > p->max || (p->integer && v != std::floor(v)))
                return makeError(ErrorCode::InvalidArgument,
                                 SN_TEXT("sn::Charts", "parameter '%1' = %2 is not allowed"),
                                 {key, std::to_string(v)})
                    .at(SN_TEXT("sn::Charts", "indicator %1"), {spec.name});
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
    for (auto &osc : s.oscillators) {
        m_paneLayout->removeWidget(osc.pane);
        delete osc.pane;
    }
    s.oscillators.clear();
    s.overlays.clear();
    s.compare.clear();
    m_oscillatorPanes.clear();
    m_paneLayout->removeWidget(m_price);
    m_paneLayout->removeWidget(m_volume);

    std::vector<PaneLine> &price = m_price->lines();
    price.clear();
    price.push_back({tr("Close"), kPriceLine, 1.4, true, false, {}});
    int colour = 0;
    for (std::size_t i = 0; i < m_specs.size(); ++i) {
        const IndicatorSpec &spec = m_specs[i];
        const ind::IndicatorDescriptor *d = ind::IndicatorRegistry::find(spec.name);
        const QString label = spec.label();
        auto lineName = [&](std::size_t o) {
            return d->outputs.size() > 1 ? label + QLatin1Char(' ') + QString::fromStdString(d->outputs[o])
                                         : label;
        };
        if (spec.isOverlay()) {
            const QColor c = kPalette[colour++ % kPalette.size()];
            for (std::size_t o = 0; o < d->outputs.size(); ++o) {
                s.overlays.push_back({price.size(), i, o});
                price.push_back({lineName(o), c, o == 0 ? 1.2 : 1.0, true, false, {}});
            }
            continue;
        }
        Series::Oscillator osc{};
        osc.pane = new ChartPane(this, this);
        osc.pane->setAccessibleName(tr("%1 pane").arg(label));
        osc.pane->setAxis(ChartPane::Axis::Plain);
        for (std::size_t o = 0; o < d->outputs.size(); ++o) {
            osc.lines.push_back({osc.pane->lines().size(), i, o});
            osc.pane->lines().push_back({lineName(o),
                                         kPalette[(colour + static_cast<int>(o)) % kPalette.size()],
                                         1.2,
                                         true,
                                         false,
                                         {}});
        }
        colour += static_cast<int>(d->outputs.size());
        s.oscillators.push_back(osc);
        m_oscillatorPanes << osc.pane;
    }
    for (std::size_t i = 0; i < m_compare.size(); ++i) {
        s.compare.push_back(price.size());
        price.push_back({QString::fromStdString(m_compare[i].symbol),
                         kPalette[(i + 1) % kPalette.size()],
                         1.4,
                         true,
                         false,
                         {}});
    }

    // Price gets most of the height, volume a strip, each oscillator a band.
    m_paneLayout->addWidget(m_price, 6);
    m_volume->setVisible(m_volumeVisible);
    if (m_volumeVisible)
        m_paneLayout->addWidget(m_volume, 1);
    for (ChartPane *p : m_oscillatorPanes)
        m_paneLayout->addWidget(p, 2);
    const QList<ChartPane *> shown = panes();
    for (ChartPane *p : shown)
        p->setBottomLabels(p == shown.back());
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
    const TimestampMs minSpan =
        m_bars.size() > 1 ? std::max<TimestampMs>(1, (last - first) * 5 / TimestampMs(m_bars.size() - 1))
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
    case RangePreset::OneMonth:
        from = addMonths(last, -1);
        break;
    case RangePreset::ThreeMonths:
        from = addMonths(last, -3);
        break;
    case RangePreset::SixMonths:
        from = addMonths(last, -6);
        break;
    case RangePreset::YearToDate:
        from = toTimestamp(CivilDate{toCivil(last).year, 1, 1});
        break;
    case RangePreset::OneYear:
        from = addMonths(last, -12);
        break;
    case RangePreset::FiveYears:
        from = addMonths(last, -60);
        break;
    case RangePreset::Max:
        from = first;
        break;
    }
    // Even when the history is shorter than the preset, the range ends at the last bar.
    m_from = m_to = 0;
    m_applyingPreset = true;
    applyVisibleRange(std::max(from, first), last, true);
    m_applyingPreset = false;
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
    if (on == m_log)
        return;
    m_log = on;
    m_price->setAxis(ChartPane::Axis::Price, on);
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
    if (!m_workspace || !m_jobs || m_bars.empty())
        return;
    const Workspace *db = m_workspace;
    const QStringList symbols = m_compareSymbols;
    const QString interval = QString::fromStdString(m_bars.interval);
    const PriceBasis basis = m_adjusted ? PriceBasis::Adjusted : PriceBasis::Unadjusted;
    m_jobs->run<std::vector<BarSeries>>(
        tr("Loading %1 to compare").arg(symbols.join(QStringLiteral(", "))),
        [db, symbols, interval, basis](const JobTracker::ProgressFn &,
                                       const std::atomic<bool> &) -> Result<std::vector<BarSeries>> {
            std::vector<BarSeries> out;
            for (const QString &symbol : symbols) {
                auto bars = MarketData(*db).prices(symbol, interval, basis);
                if (!bars)
                    return bars.error().withContext(SN_TEXT("sn::Charts", "compare with %1"),
                                                    {symbol.toStdString()});
                if (bars->bars.empty())
                    return makeError(ErrorCode::NotFound, SN_TEXT("sn::Charts", "no %1 bars stored"),
                                     {interval.toStdString()})
                        .at(SN_TEXT("sn::Charts", "compare with %1"), {symbol.toStdString()});
                out.push_back(std::move(bars->bars));
            }
            return out;
        },
        this,
        [this](Result<std::vector<BarSeries>> r) {
            if (!r) {
                Q_EMIT loadFailed(QString::fromStdString(r.error().toUserString()));
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
    if (m_bars.empty() || m_to <= m_from) {
        // Said in words: no axis invents a range (such as 1970) for no data.
        for (ChartPane *p : panes())
            p->setEmptyText(p == m_price ? tr("No price bars to show") : QString(QLatin1Char(' ')));
        m_header->clear();
        return;
    }
    for (ChartPane *p : panes())
        p->setEmptyText({});
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
    if (m_header->text() != m_readout)
        m_header->setText(m_readout);
}

} // namespace sn::ui
