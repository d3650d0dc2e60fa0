#pragma once

#include "core/market/BarSeries.h"

#include <QAbstractTableModel>

namespace sn::ui {

// Read-only view over one BarSeries. Cells are formatted on demand, so a
// million bars cost only the arrays themselves.
class BarTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Open,
        High,
        Low,
        Close,
        Volume,
        ColumnCount
    };

    explicit BarTableModel(QObject *parent = nullptr);

    void setSeries(BarSeries series);
    const BarSeries &series() const { return m_series; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    BarSeries m_series;
    bool m_intraday = false;
};

} // namespace sn::ui
