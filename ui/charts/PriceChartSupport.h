#pragma once

// Shared by the files that implement PriceChartView (PriceChartView.cpp,
// PriceChartDrawing.cpp, PriceChartInteraction.cpp); not an API.

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

namespace chart_detail {

// A candle needs a few pixels to read as one; lines get one min/max pair per
// two columns (see decimateMinMax), volume one column per two pixels.
inline constexpr int kCandlePixels = 3;
inline constexpr int kVolumePixels = 2;

inline const QColor kUp(0x1b, 0x8a, 0x3c);
inline const QColor kDown(0xc6, 0x28, 0x28);
inline const QColor kPriceLine(0x2f, 0x5f, 0xb3);
inline const QList<QColor> kPalette{QColor(0xe6, 0x7e, 0x22), QColor(0x8e, 0x44, 0xad), QColor(0x16, 0xa0, 0x85),
                             QColor(0xd3, 0x54, 0x00), QColor(0x27, 0x3c, 0x75), QColor(0xc0, 0x39, 0x2b),
                             QColor(0x7f, 0x8c, 0x8d)};

inline QString displayName(const std::string &name)
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

inline Result<std::vector<ind::IndicatorOutput>> computeIndicators(const BarSeries &bars, const std::vector<IndicatorSpec> &specs)
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

inline void setDateAxis(QDateTimeAxis *axis, TimestampMs from, TimestampMs to)
{
    const TimestampMs span = to - from;
    const QString format = span > 3 * 365 * kMsPerDay ? QStringLiteral("yyyy")
        : span > 60 * kMsPerDay                        ? QStringLiteral("MMM yyyy")
                                                       : QStringLiteral("d MMM");
    if (axis->format() != format)
        axis->setFormat(format);
    axis->setRange(utc(from), utc(to));
}

inline QLineSeries *lineSeries(const QColor &colour, const QString &name, qreal width = 1.2)
{
    auto *s = new QLineSeries;
    s->setName(name);
    QPen pen(colour, width);
    pen.setCosmetic(true);
    s->setPen(pen);
    return s;
}

} // namespace chart_detail

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

} // namespace sn::ui
