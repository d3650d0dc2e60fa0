#pragma once

#include "core/workspace/MarketData.h"

#include <QAbstractTableModel>
#include <vector>

namespace sn::ui {

// Instruments with the bars stored per interval (one row per pair).
class InstrumentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Symbol,
        Name,
        Kind,
        Currency,
        Interval,
        Bars,
        First,
        Last,
        LastClose,
        ColumnCount
    };

    explicit InstrumentTableModel(QObject *parent = nullptr);

    void setSummaries(std::vector<InstrumentSummary> rows);
    const InstrumentSummary *summaryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<InstrumentSummary> m_rows;
};

} // namespace sn::ui
