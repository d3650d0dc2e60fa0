#pragma once

#include "ui/backtest/LabData.h"

#include <QAbstractTableModel>

namespace sn::ui {

// Closed trades of one run: entry/exit date and price, quantity, P&L,
// return and bars held. Fed whole (one reset per run).
class TradeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Symbol,
        EntryTime,
        EntryPrice,
        ExitTime,
        ExitPrice,
        Quantity,
        Pnl,
        Return,
        BarsHeld,
        ExitReason,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setTrades(std::vector<TradeRow> trades);
    const TradeRow *trade(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<TradeRow> m_trades;
};

} // namespace sn::ui
