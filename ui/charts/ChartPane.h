#pragma once

#include "core/common/Time.h"
#include "ui/charts/AxisTicks.h"

#include <QColor>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QWidget>
#include <optional>
#include <vector>

class QRubberBand;

namespace sn::ui {

class PriceChartView;

// A line of a pane in data units: x is epoch ms, y the value. Already
// decimated to the plot width by the owner; the pane only maps and draws it.
struct PaneLine
{
    QString name;
    QColor colour;
    qreal width = 1.2;
    bool visible = true;
    bool filled = false; // area chart: filled down to the bottom of the plot
    QList<QPointF> points;
};

// Colours a pane draws with, from the widget palette (light or dark theme);
// candles and volume keep their green/red.
struct PaneColours
{
    QColor background;
    QColor text;
    QColor grid;
    QColor axisLine;
    QColor crosshair;
    static PaneColours from(const QPalette &palette);
    // A series colour as drawn on this background: dark colours (navy,
    // purple) are lightened on a dark theme so lines and legends stay readable.
    QColor readable(const QColor &colour) const;
};

// One pane of a PriceChartView, painted with QPainter over the decimated
// arrays: background, grid at the axis ticks, candles or bars as lines and
// rectangles in one call each, lines, trade markers, axis labels and the
// crosshair. Qt Charts re-laid out its axes, label texts and every item on
// each zoom step (bench_charts: 35-80 ms per step at 1,000,000 bars, most of
// it axis label layout); a pane that paints what it is given keeps the step
// within a frame. The plot rectangle is fixed margins inside the widget, so
// the panes of a chart line up.
class ChartPane : public QWidget
{
public:
    enum class Axis
    {
        Price,
        Percent,
        Volume,
        Plain
    };

    ChartPane(PriceChartView *owner, QWidget *parent);

    // Plot rectangle in pane pixels.
    QRectF plotRect() const;
    void setBottomLabels(bool on);

    // The visible ranges; the ticks follow them (see AxisTicks.h).
    void setXRange(TimestampMs from, TimestampMs to);
    void setYRange(double lo, double hi);
    void setAxis(Axis axis, bool log = false);
    double yMin() const { return m_yLo; }
    double yMax() const { return m_yHi; }
    bool isLog() const { return m_log; }
    Axis axis() const { return m_axis; }
    const std::vector<axis::Tick> &xTicks() const { return m_xTicks; }
    const std::vector<axis::Tick> &yTicks() const { return m_yTicks; }

    // Data x (epoch ms) and y to pane pixels.
    double mapX(double t) const;
    double mapY(double v) const;

    // Lines, in the order drawn (the owner keeps their indices).
    std::vector<PaneLine> &lines() { return m_lines; }
    const std::vector<PaneLine> &lines() const { return m_lines; }

    // Candles, OHLC bars and volume columns in pane pixels; `count` is what
    // they stand for. Rectangles are filled opaque or see-through.
    void setSegments(QList<QLineF> up, QList<QLineF> down, QList<QRectF> upRects, QList<QRectF> downRects,
                     int count, bool opaque = true);
    int segmentCount() const { return m_count; }

    // Trade markers in data units (x epoch ms, y price).
    void setMarkers(QList<QPointF> buys, QList<QPointF> sells);
    const QList<QPointF> &buys() const { return m_buys; }
    const QList<QPointF> &sells() const { return m_sells; }

    // Shown in the middle of the plot when there is nothing to draw.
    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }

    void setCrosshair(std::optional<double> plotX, std::optional<double> y);
    PaneColours colours() const { return PaneColours::from(palette()); }

    static constexpr int kLeft = 8;
    static constexpr int kRight = 78;
    static constexpr int kTop = 6;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void updateTicks();
    void paintAxes(QPainter &p, const PaneColours &c, const QRectF &plot);
    void paintData(QPainter &p, const QRectF &plot);

    PriceChartView *m_owner;
    bool m_bottomLabels = true;
    Axis m_axis = Axis::Plain;
    bool m_log = false;
    TimestampMs m_from = 0, m_to = 0;
    double m_yLo = 0, m_yHi = 1;
    std::vector<axis::Tick> m_xTicks, m_yTicks;
    std::vector<PaneLine> m_lines;
    QList<QLineF> m_up, m_down;
    QList<QRectF> m_upRects, m_downRects;
    int m_count = 0;
    bool m_opaque = true;
    QList<QPointF> m_buys, m_sells;
    QString m_emptyText;
    std::optional<double> m_crossX;
    std::optional<double> m_crossY;
    enum class Drag
    {
        None,
        Pan,
        Band
    } m_drag = Drag::None;
    double m_lastX = 0;
    double m_bandX = 0;
    QRubberBand *m_band = nullptr;
};

} // namespace sn::ui
