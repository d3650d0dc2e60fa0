#pragma once

#include <QChartView>
#include <QColor>
#include <QLineF>
#include <QList>
#include <QRectF>

#include <optional>

class QRubberBand;

namespace sn::ui {

class PriceChartView;

// Lines and rectangles in scene pixels, drawn in one call each: candles, OHLC
// bars and volume columns, already mapped by the chart view. Qt Charts has no
// OHLC bar series, a QBarSeries wants categories, not instants, and
// QCandlestickSeries re-lays out every set on each change (bench_charts:
// 430-600 ms per zoom step for ~370 candles, against a 16 ms budget).
class SegmentsItem : public QGraphicsItem
{
public:
    explicit SegmentsItem(QGraphicsItem *parent) : QGraphicsItem(parent) {}

    QRectF boundingRect() const override { return m_clip; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

    // `count` is what the lines and rectangles stand for (candles, bars,
    // volume columns); rectangles are filled opaque or see-through.
    void set(const QRectF &clip, QList<QLineF> up, QList<QLineF> down, QList<QRectF> upRects, QList<QRectF> downRects,
             int count, bool opaque = true);
    int count() const { return m_count; }

private:
    QRectF m_clip;
    QList<QLineF> m_up, m_down;
    QList<QRectF> m_upRects, m_downRects;
    int m_count = 0;
    bool m_opaque = true;
};

// One pane of a PriceChartView: a chart view with a fixed plot area (so every
// pane's plot lines up and the decimation knows its pixel width), the
// crosshair drawn over it, and mouse input handed to the owner.
class ChartPane : public QChartView
{
public:
    ChartPane(PriceChartView *owner, QChart *chart, QWidget *parent);

    // Plot rectangle in pane pixels.
    QRectF plotRect() const;
    void setBottomLabels(bool on) { m_bottomLabels = on; layoutPlot(); }
    void setCrosshair(std::optional<double> plotX, std::optional<double> y);
    SegmentsItem *segments() const { return m_segments; }

    static constexpr int kLeft = 8;
    static constexpr int kRight = 78;
    static constexpr int kTop = 6;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void layoutPlot();

    PriceChartView *m_owner;
    SegmentsItem *m_segments;
    bool m_bottomLabels = true;
    std::optional<double> m_crossX;
    std::optional<double> m_crossY;
    enum class Drag { None, Pan, Band } m_drag = Drag::None;
    double m_lastX = 0;
    double m_bandX = 0;
    QRubberBand *m_band = nullptr;
};

} // namespace sn::ui
