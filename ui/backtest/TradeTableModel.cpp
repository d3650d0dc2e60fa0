#include "ui/backtest/TradeTableModel.h"

#include "ui/shell/Formats.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace sn::ui {

void TradeTableModel::setTrades(std::vector<TradeRow> trades)
{
    beginResetModel();
    m_trades = std::move(trades);
    endResetModel();
}

const TradeRow *TradeTableModel::trade(int row) const
{
    return row >= 0 && std::size_t(row) < m_trades.size() ? &m_trades[std::size_t(row)] : nullptr;
}

int TradeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_trades.size());
}

int TradeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TradeTableModel::data(const QModelIndex &index, int role) const
{
    const TradeRow *t = trade(index.row());
    if (!t)
        return {};
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Symbol:
            return t->symbol;
        case EntryTime:
            return Formats::date(t->entryTime);
        case EntryPrice:
            return locale.toString(t->entryPrice, 'f', 2);
        case ExitTime:
            return Formats::date(t->exitTime);
        case ExitPrice:
            return locale.toString(t->exitPrice, 'f', 2);
        case Quantity:
            return locale.toString(t->quantity, 'f', 4);
        case Pnl:
            return locale.toString(t->pnl, 'f', 2);
        case Return:
            return QString(locale.toString(t->returnPct, 'f', 2) + QStringLiteral(" %"));
        case BarsHeld:
            return QLocale().toString(t->barsHeld);
        case ExitReason:
            return t->exitReason;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Symbol && index.column() != ExitReason)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && (index.column() == Pnl || index.column() == Return) && t->pnl != 0)
        return QVariant::fromValue(QBrush(t->pnl > 0 ? QColor(0x1b, 0x8a, 0x3c) : QColor(0xc6, 0x28, 0x28)));
    return {};
}

QVariant TradeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Symbol:
        return tr("Symbol");
    case EntryTime:
        return tr("Entry");
    case EntryPrice:
        return tr("Entry price");
    case ExitTime:
        return tr("Exit");
    case ExitPrice:
        return tr("Exit price");
    case Quantity:
        return tr("Qty");
    case Pnl:
        return tr("P&L");
    case Return:
        return tr("Return");
    case BarsHeld:
        return tr("Bars held");
    case ExitReason:
        return tr("Exit reason");
    default:
        return {};
    }
}

} // namespace sn::ui
