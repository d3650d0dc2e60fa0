#include "ui/market/BarTableModel.h"

#include "ui/shell/Formats.h"

#include <QLocale>

namespace sn::ui {

BarTableModel::BarTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void BarTableModel::setSeries(BarSeries series)
{
    beginResetModel();
    m_series = std::move(series);
    // "1m", "5m", "1h": minutes and hours; "1mo" is monthly.
    const std::string &iv = m_series.interval;
    m_intraday =
        !iv.empty() && (iv.back() == 'h' || (iv.back() == 'm' && iv.find("mo") == std::string::npos));
    endResetModel();
}

int BarTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_series.size());
}

int BarTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BarTableModel::data(const QModelIndex &index, int role) const
{
    const int row = index.row();
    if (row < 0 || row >= rowCount() || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const auto r = static_cast<std::size_t>(row);
    if (role == Qt::TextAlignmentRole)
        return index.column() == Time ? QVariant() : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Time:
        return Formats::barTime(m_series.time[r], m_intraday);
    case Open:
        return locale.toString(m_series.open[r], 'f', 4);
    case High:
        return locale.toString(m_series.high[r], 'f', 4);
    case Low:
        return locale.toString(m_series.low[r], 'f', 4);
    case Close:
        return locale.toString(m_series.close[r], 'f', 4);
    case Volume:
        return locale.toString(m_series.volume[r], 'f', 0);
    }
    return {};
}

QVariant BarTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return m_intraday ? tr("Time (UTC)") : tr("Date");
    case Open:
        return tr("Open");
    case High:
        return tr("High");
    case Low:
        return tr("Low");
    case Close:
        return tr("Close");
    case Volume:
        return tr("Volume");
    }
    return {};
}

} // namespace sn::ui
