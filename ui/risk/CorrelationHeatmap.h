#pragma once

#include <QStringList>
#include <QWidget>
#include <vector>

namespace sn::ui {

// The positions' correlation matrix as a grid of coloured cells (blue -1,
// white 0, red +1) with the value written in each cell when it fits; hovering
// a cell shows its pair, correlation and covariance.
class CorrelationHeatmap : public QWidget
{
    Q_OBJECT
public:
    explicit CorrelationHeatmap(QWidget *parent = nullptr);

    // `covariance` may be empty (then the tooltip leaves it out).
    void setMatrix(const QStringList &symbols, std::vector<std::vector<double>> correlation,
                   std::vector<std::vector<double>> covariance);
    void clear(const QString &message);

    int cellCount() const;
    // The cell under a widget position: (row, column), or (-1, -1).
    QPoint cellAt(const QPoint &pos) const;
    // Tooltip text of a cell, empty when out of range.
    QString cellText(int row, int column) const;
    QRect cellRect(int row, int column) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect gridRect() const;

    QStringList m_symbols;
    std::vector<std::vector<double>> m_correlation;
    std::vector<std::vector<double>> m_covariance;
    QString m_message;
};

} // namespace sn::ui
