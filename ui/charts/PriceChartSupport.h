#pragma once

// Shared by the files that implement PriceChartView (PriceChartView.cpp,
// PriceChartDrawing.cpp, PriceChartInteraction.cpp); not an API.

#include "core/common/Time.h"
#include "core/workspace/MarketData.h"
#include "ui/charts/ChartPane.h"
#include "ui/charts/PriceChartView.h"
#include "ui/shell/JobTracker.h"

#include <QDateTime>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>
#include <span>

namespace sn::ui {

namespace chart_detail {

// A candle needs a few pixels to read as one; lines get one min/max pair per
// two columns (see decimateMinMax), volume one column per two pixels.
inline constexpr int kCandlePixels = 3;
inline constexpr int kVolumePixels = 2;

inline const QColor kPriceLine(0x2f, 0x5f, 0xb3);
inline const QList<QColor> kPalette{
    QColor(0xe6, 0x7e, 0x22), QColor(0x8e, 0x44, 0xad), QColor(0x16, 0xa0, 0x85), QColor(0xd3, 0x54, 0x00),
    QColor(0x27, 0x3c, 0x75), QColor(0xc0, 0x39, 0x2b), QColor(0x7f, 0x8c, 0x8d)};

inline QString displayName(const std::string &name)
{
    static const std::vector<std::pair<std::string, const char *>> names{{"sma", "SMA"},
                                                                         {"ema", "EMA"},
                                                                         {"wma", "WMA"},
                                                                         {"rsi", "RSI"},
                                                                         {"macd", "MACD"},
                                                                         {"atr", "ATR"},
                                                                         {"obv", "OBV"},
                                                                         {"roc", "ROC"},
                                                                         {"bollinger", "Bollinger"},
                                                                         {"donchian", "Donchian"},
                                                                         {"stochastic", "Stochastic"}};
    for (const auto &[key, shown] : names)
        if (key == name)
            return QString::fromLatin1(shown);
    return QString::fromStdString(name);
}

inline QString number(double v)
{
    if (std::isnan(v))
        return QStringLiteral("-");
    const double a = std::abs(v);
    return QLocale().toString(v, 'f', a >= 1000 ? 2 : a >= 1 ? 2 : 4);
}

inline QDateTime utc(TimestampMs ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// Adds months to a UTC day, clamping the day to the target month's length.
inline TimestampMs addMonths(TimestampMs t, int months)
{
    CivilDate d = toCivil(t);
    int m = d.year * 12 + (d.month - 1) + months;
    d.year = m / 12;
    d.month = m % 12 + 1;
    while (d.day > 28 && !isValidDate(d.year, d.month, d.day))
        --d.day;
    return toTimestamp(d) + (t - startOfDay(t));
}

inline Result<std::vector<ind::IndicatorOutput>> computeIndicators(const BarSeries &bars,
                                                                   const std::vector<IndicatorSpec> &specs)
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

} // namespace chart_detail

// What each pane's lines are: the price pane's first line is the close
// (line or area chart, and the main symbol in compare mode), then the
// overlays and the compare symbols; each oscillator pane has its own lines.
struct PriceChartView::Series
{
    static constexpr std::size_t kClose = 0;
    struct Line
    {
        std::size_t index; // into the pane's lines()
        std::size_t spec;
        std::size_t output;
    };
    std::vector<Line> overlays;
    std::vector<std::size_t> compare;

    struct Oscillator
    {
        ChartPane *pane;
        std::vector<Line> lines;
    };
    std::vector<Oscillator> oscillators;

    QList<QLineF> up, down; // scratch, reused
    QList<QRectF> upRects, downRects;
};

// The history summarised once in blocks of kBlock bars, for wide views: when
// a pixel column stands for kMinBarsPerColumn bars or more, the decimation
// kernel runs over the blocks instead of every bar (1,000,000 bars: 62,500
// blocks, so a zoom step reads 3 MB instead of 48 MB). A block is placed by
// its first bar (OHLC, volume) or by its extremes' own times (lines), so a
// candle's edge can take at most one block (kBlock / kMinBarsPerColumn = 1/16
// of a column) from its neighbour; narrower views use every bar.
struct PriceChartView::Coarse
{
    static constexpr std::size_t kBlock = 16;
    static constexpr std::size_t kMinBarsPerColumn = 256;
    static constexpr std::size_t kMinBars = 50'000; // below this every step is cheap anyway

    struct Line
    {
        std::vector<TimestampMs> time;
        std::vector<double> value;
    };
    BarSeries bars;
    Line close;
    std::vector<std::vector<Line>> outputs; // [spec][output]

    static void summarise(std::span<const TimestampMs> time, std::span<const double> values, Line &out)
    {
        out.time.clear();
        out.value.clear();
        for (std::size_t b = 0; b < values.size(); b += kBlock) {
            const std::size_t e = std::min(values.size(), b + kBlock);
            std::size_t lo = e, hi = e;
            for (std::size_t i = b; i < e; ++i) {
                if (std::isnan(values[i]))
                    continue;
                if (lo == e || values[i] < values[lo])
                    lo = i;
                if (hi == e || values[i] > values[hi])
                    hi = i;
            }
            if (lo == e)
                continue;
            for (std::size_t i : {std::min(lo, hi), std::max(lo, hi)}) {
                if (!out.time.empty() && out.time.back() == time[i])
                    continue;
                out.time.push_back(time[i]);
                out.value.push_back(values[i]);
            }
        }
    }

    static BarSeries summarise(const BarSeries &in)
    {
        BarSeries out;
        out.symbol = in.symbol;
        out.interval = in.interval;
        const double nan = std::numeric_limits<double>::quiet_NaN();
        out.reserve(in.size() / kBlock + 1);
        for (std::size_t b = 0; b < in.size(); b += kBlock) {
            const std::size_t e = std::min(in.size(), b + kBlock);
            double open = nan, high = nan, low = nan, close = nan, volume = nan;
            for (std::size_t i = b; i < e; ++i) {
                if (std::isnan(open))
                    open = in.open[i];
                if (!std::isnan(in.high[i]) && !(in.high[i] <= high))
                    high = in.high[i];
                if (!std::isnan(in.low[i]) && !(in.low[i] >= low))
                    low = in.low[i];
                if (!std::isnan(in.close[i]))
                    close = in.close[i];
                if (!std::isnan(in.volume[i]))
                    volume = std::isnan(volume) ? in.volume[i] : volume + in.volume[i];
            }
            out.append(in.time[b], open, high, low, close, volume);
        }
        return out;
    }
};

} // namespace sn::ui
