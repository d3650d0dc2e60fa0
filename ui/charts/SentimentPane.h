#pragma once

#include "core/common/Time.h"
#include "core/news/NewsItem.h"
#include "ui/charts/AxisTicks.h"

#include <QRectF>
#include <QString>
#include <QWidget>
#include <optional>
#include <vector>

namespace sn::ui {

class PriceChartView;

// The sentiment pane under the price chart: per hour or per day, the mean
// compound score of the symbol's news as a bar up (green) or down (red)
// from zero, and the number of items as a grey column in a band below.
// Painted with QPainter like the chart's panes, in the palette's colours
// (light and dark theme), with the same plot margins as ChartPane, so that
// under a PriceChartView of the same width an instant is at the same x.
// The x range follows the chart (zoom, pan, presets); the wheel and a drag
// here zoom and pan the chart. Each bucket is centred on its start, the way
// the chart centres a bar on its time.
class SentimentPane : public QWidget
{
    Q_OBJECT
public:
    // `chart` (may be null) is followed and steered; without one, tests and
    // exports set the range with setXRange().
    explicit SentimentPane(PriceChartView *chart, QWidget *parent = nullptr);

    // The symbol's hourly and daily figures over its whole history, oldest
    // first. The pane shows hours when an hour is at least kMinHourPixels
    // wide at the visible range, days otherwise.
    void setSeries(const QString &symbol, std::vector<news::SentimentBucket> hours,
                   std::vector<news::SentimentBucket> days);
    // No figures: `text` is shown in the middle (how to get news, or an error).
    void clearSeries(const QString &text);
    void setXRange(TimestampMs from, TimestampMs to);
    TimestampMs xFrom() const { return m_from; }
    TimestampMs xTo() const { return m_to; }

    enum class Resolution
    {
        Hour,
        Day
    };
    Resolution resolution() const;
    static constexpr double kMinHourPixels = 3.0;

    // The buckets drawn at the current range and resolution.
    std::vector<news::SentimentBucket> visibleBuckets() const;
    // What the middle of the plot says when there is nothing to draw (empty
    // when bars are drawn).
    QString emptyText() const;

    // Geometry, for alignment with the chart and for tests.
    QRectF plotRect() const;
    double mapX(double t) const;
    // y of a mean score in the score band, and the top of the count band.
    double scoreY(double score) const;
    QRectF countBand() const;
    // The bucket under pane x (the resolution in use), if any.
    std::optional<news::SentimentBucket> bucketAt(double x) const;
    // The tooltip text for a bucket: date or hour, items, mean, shares.
    QString describe(const news::SentimentBucket &bucket) const;

    static constexpr int kHeight = 130;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    const std::vector<news::SentimentBucket> &series() const;
    void updateTicks();

    PriceChartView *m_chart;
    QString m_symbol;
    std::vector<news::SentimentBucket> m_hours;
    std::vector<news::SentimentBucket> m_days;
    QString m_noSeriesText;
    TimestampMs m_from = 0;
    TimestampMs m_to = 0;
    std::vector<axis::Tick> m_xTicks;
    std::optional<double> m_dragX;
};

} // namespace sn::ui
