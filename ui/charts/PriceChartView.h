#pragma once

#include "core/common/Result.h"
#include "core/indicators/IndicatorRegistry.h"
#include "core/market/BarSeries.h"
#include "core/market/Decimation.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

class QLabel;
class QVBoxLayout;

namespace sn {
class Workspace;
}

namespace sn::ui {

class ChartPane;
class JobTracker;

enum class ChartType
{
    Candles,
    OhlcBars,
    Line,
    Area
};

// Range presets of the toolbar; each ends at the last bar.
enum class RangePreset
{
    OneMonth,
    ThreeMonths,
    SixMonths,
    YearToDate,
    OneYear,
    FiveYears,
    Max
};

// One indicator as chosen in the list: a registry name ("sma", "macd", ...)
// and the parameters that differ from the registry's defaults.
struct IndicatorSpec
{
    std::string name;
    std::vector<std::pair<std::string, double>> params;

    // "SMA(20)", "MACD(12, 26, 9)": the name with every parameter, defaults filled.
    QString label() const;
    // Price overlays (sma, ema, wma, bollinger, donchian) share the price
    // pane; every other indicator gets a pane of its own below the volume.
    bool isOverlay() const;
};

// A trade to mark on the price pane (the backtest lab passes its fills).
struct TradeMarker
{
    enum class Side
    {
        Buy,
        Sell
    };
    TimestampMs time = 0;
    double price = 0;
    Side side = Side::Buy;
    QString note; // tooltip text, e.g. "Buy 100 @ 123.45"
};

// What the crosshair shows: the bar under it and the indicator values there.
struct CrosshairReadout
{
    std::size_t index = 0; // into bars()
    TimestampMs time = 0;
    double open = 0, high = 0, low = 0, close = 0, volume = 0;
    // (label "SMA(20) sma", value) for every output of every indicator.
    std::vector<std::pair<QString, double>> indicators;
    QString text; // as shown above the chart
};

// One instrument's bars as a price chart with a volume pane, price
// overlays and oscillator panes. The visible range is decimated before a
// pane paints it (core/market/Decimation: one aggregated candle per few
// pixel columns, min/max for lines), so a zoom or pan step costs the same
// whatever the history length. Indicators are computed once on the whole
// series through the IndicatorRegistry and decimated with the price.
//
// Mouse: wheel zooms at the cursor, drag pans, Shift+drag (or right-drag)
// zooms to the rubber band, double-click shows everything. Keys: + and -
// zoom, Left/Right pan, Home/End jump to the start/end.
class PriceChartView : public QWidget
{
    Q_OBJECT
public:
    // `db` and `jobs` may be null when bars are only handed over with
    // setBars() (the backtest lab, benchmarks); openSymbol() and compare
    // symbols need them.
    PriceChartView(const Workspace *db, JobTracker *jobs, QWidget *parent = nullptr);
    ~PriceChartView() override;

    // Loads the symbol's bars (and the compare symbols') in a background job;
    // emits loaded() or loadFailed(). The indicators and the chosen preset stay.
    void openSymbol(const QString &symbol, const QString &interval = QStringLiteral("1d"));
    // openSymbol() and compare symbols read split/dividend-adjusted prices
    // (default: the stored prices as traded). Takes effect on the next load.
    void setAdjusted(bool adjusted) { m_adjusted = adjusted; }
    bool isAdjusted() const { return m_adjusted; }
    // Shows these bars at once (no database). Keeps the indicators, shows everything.
    void setBars(BarSeries bars);
    const BarSeries &bars() const { return m_bars; }

    void setChartType(ChartType type);
    ChartType chartType() const { return m_type; }
    void setVolumeVisible(bool visible);
    bool isVolumeVisible() const { return m_volumeVisible; }

    // Replaces the indicator list; invalid parameters fail the whole call with
    // the registry's error (nothing changes).
    Result<void> setIndicators(std::vector<IndicatorSpec> specs);
    const std::vector<IndicatorSpec> &indicators() const { return m_specs; }

    // Visible time range, inclusive, clamped to the data.
    void setVisibleRange(TimestampMs from, TimestampMs to);
    TimestampMs visibleFrom() const { return m_from; }
    TimestampMs visibleTo() const { return m_to; }
    void applyPreset(RangePreset preset);
    // True while applyPreset() changes the range (during its
    // visibleRangeChanged), so a toolbar can tell a preset from a zoom or pan.
    bool isApplyingPreset() const { return m_applyingPreset; }
    // factor > 1 zooms in; the instant `anchor` keeps its place on screen
    // (the middle when not given).
    void zoom(double factor, std::optional<TimestampMs> anchor = std::nullopt);
    // Shifts the range by `fraction` of its width (positive: later).
    void pan(double fraction);

    void setLogScale(bool on);
    bool isLogScale() const { return m_log; }

    // Compare mode: these symbols (loaded through the database) and the main
    // one as % change from a common start, the first visible instant they
    // all have a bar. An empty list ends compare mode.
    void setCompareSymbols(const QStringList &symbols);
    // The same with bars at hand (tests, the backtest lab's benchmark).
    void setCompareBars(std::vector<BarSeries> others);
    bool isCompareMode() const { return !m_compare.empty(); }

    void setTradeMarkers(std::vector<TradeMarker> markers);
    const std::vector<TradeMarker> &tradeMarkers() const { return m_markers; }

    // The crosshair at a point of the price pane's plot (x in plot pixels
    // from its left edge) or at an instant.
    CrosshairReadout readoutAt(TimestampMs t) const;
    CrosshairReadout crosshairAtPlotX(double x);
    void clearCrosshair();
    QString readoutText() const;

    Result<void> exportPng(const QString &path);
    Result<void> exportSvg(const QString &path);

    // For tests and the benchmark: the price pane, every pane, the plot width
    // the decimation used, and the number of points or sets each series was given.
    ChartPane *pricePane() const { return m_price; }
    QList<ChartPane *> panes() const;
    int plotWidth() const;
    struct SeriesSize
    {
        QString name;
        int points = 0;
    };
    QList<SeriesSize> seriesSizes() const;
    // Time of plot x (pixels from the plot's left edge) in the visible range, and back.
    TimestampMs timeAtPlotX(double x) const;
    double plotXOf(TimestampMs t) const;

Q_SIGNALS:
    void loaded(const QString &symbol);
    void loadFailed(const QString &message);
    void visibleRangeChanged(qint64 from, qint64 to);
    void crosshairMoved(const QString &readout);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    bool m_refreshQueued = false;
    friend class ChartPane;
    struct Overlay;
    struct Oscillator;

    void rebuildPanes();
    void recomputeIndicators();
    void refresh(); // re-decimate the visible range and hand it to the series
    void refreshPrice(int width);
    void refreshCompare(int width);
    void refreshVolume(int width);
    void refreshOscillators(int width);
    void refreshMarkers(int width);
    void setYRange(double lo, double hi);
    void applyVisibleRange(TimestampMs from, TimestampMs to, bool notify);
    void paneWheel(double plotX, int delta);
    // A pane's plot area changed size after the layout pass that followed our
    // own resize: everything drawn in plot pixels is redrawn once, on the next
    // event-loop pass, however many panes changed.
    void paneResized();
    void paneDrag(double dxPixels);
    void paneRubberBand(double x0, double x1);
    void paneHover(ChartPane *pane, double plotX, double y);
    void showMarkerTip(double paneX, double paneY);
    void loadCompare();
    std::pair<TimestampMs, TimestampMs> dataRange() const;
    TimestampMs typicalSpacing() const;

    const Workspace *m_workspace;
    JobTracker *m_jobs;
    BarSeries m_bars;
    std::vector<BarSeries> m_compare;
    QStringList m_compareSymbols;
    std::vector<IndicatorSpec> m_specs;
    std::vector<ind::IndicatorOutput> m_outputs; // one per spec, on m_bars
    std::vector<TradeMarker> m_markers;
    ChartType m_type = ChartType::Candles;
    bool m_volumeVisible = true;
    bool m_log = false;
    bool m_adjusted = false;
    TimestampMs m_from = 0;
    TimestampMs m_to = 0;
    bool m_applyingPreset = false;
    std::optional<TimestampMs> m_crosshair;
    QString m_readout;

    // Reused between steps: a zoom or pan allocates nothing once these have grown.
    OhlcBuckets m_ohlc;
    LinePoints m_line;

    QLabel *m_header;
    QVBoxLayout *m_paneLayout;
    ChartPane *m_price;
    ChartPane *m_volume;
    QList<ChartPane *> m_oscillatorPanes;
    struct Series;
    std::unique_ptr<Series> m_series;
    struct Coarse;
    std::unique_ptr<Coarse> m_coarse; // null for short histories
    void rebuildCoarse();
    // True when the visible range has so many bars per column that the
    // decimation runs over m_coarse.
    bool useCoarse(int columns) const;
    // The indicator output decimated into m_line over the visible range.
    void decimateOutput(std::size_t spec, std::size_t output, int width);
};

} // namespace sn::ui
