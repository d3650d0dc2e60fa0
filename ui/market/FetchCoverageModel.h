#pragma once

#include "core/workspace/MarketFetchService.h"

#include <QAbstractTableModel>
#include <vector>

namespace sn::ui {

// Per symbol, interval and provider: which days fetches cover and when the
// last one ran ("last updated" and "source" of the Market data area).
class FetchCoverageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Symbol,
        Interval,
        Source,
        Covered,
        LastUpdated,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(std::vector<FetchCoverageInfo> rows);
    const FetchCoverageInfo *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<FetchCoverageInfo> m_rows;
};

} // namespace sn::ui
