#pragma once

#include <QImage>
#include <QStringList>
#include <QWidget>
#include <functional>
#include <vector>

namespace sn::ui {

// A rows x columns grid of values coloured by value, painted directly (a
// 46 x 191 sweep is 8,786 cells: one image scaled to the widget, not 8,786
// chart items). NaN cells are empty. Hovering shows the cell's labels and
// value; a click emits cellActivated.
class HeatmapWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Scale
    {
        Diverging,  // red below zero, green above, white at zero (returns)
        Sequential, // low to high in one hue ramp (any metric)
    };

    explicit HeatmapWidget(QWidget *parent = nullptr);

    void setData(int rows, int columns, std::vector<double> values, QStringList rowLabels,
                 QStringList columnLabels);
    void setAxisTitles(const QString &rowTitle, const QString &columnTitle);
    void setScale(Scale scale) { m_scale = scale; }
    // Lower values are better: the sequential ramp is flipped so best is darkest.
    void setLowerIsBetter(bool lower) { m_lowerIsBetter = lower; }
    // Draws each cell's text (only where cells are large enough to read).
    void setShowValues(bool show) { m_showValues = show; }
    void setFormatter(std::function<QString(double)> format) { m_format = std::move(format); }
    void clear();
    // What the empty heatmap says: the action that fills it.
    void setEmptyText(const QString &text)
    {
        m_emptyText = text;
        update();
    }

    int rows() const { return m_rows; }
    int columns() const { return m_columns; }
    // Cells holding a value (not NaN).
    int filledCells() const;
    double value(int row, int column) const;
    QString cellText(int row, int column) const; // what the tooltip says
    QRect cellRect(int row, int column) const;   // in widget coordinates
    QColor colourOf(double v) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void cellActivated(int row, int column);
    // Emitted once the image for new data has been painted (benchmarks wait on it).
    void painted();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRect plotRect() const;
    bool cellAt(const QPoint &pos, int &row, int &column) const;
    void rebuildImage();

    int m_rows = 0;
    int m_columns = 0;
    std::vector<double> m_values;
    QStringList m_rowLabels;
    QStringList m_columnLabels;
    QString m_emptyText;
    QString m_rowTitle;
    QString m_columnTitle;
    Scale m_scale = Scale::Sequential;
    bool m_lowerIsBetter = false;
    bool m_showValues = false;
    double m_min = 0;
    double m_max = 0;
    std::function<QString(double)> m_format;
    QImage m_image;
    bool m_imageDirty = true;
    bool m_paintPending = false;
};

} // namespace sn::ui
