#include "ui/market/SymbolMatchModel.h"

namespace sn::ui {

void SymbolMatchModel::setMatches(std::vector<SymbolMatch> matches)
{
    beginResetModel();
    m_matches = std::move(matches);
    endResetModel();
}

const SymbolMatch *SymbolMatchModel::matchAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_matches.size()) ? &m_matches[static_cast<std::size_t>(row)]
                                                                : nullptr;
}

int SymbolMatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_matches.size());
}

int SymbolMatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SymbolMatchModel::data(const QModelIndex &index, int role) const
{
    const SymbolMatch *m = matchAt(index.row());
    if (!m || index.column() < 0 || index.column() >= ColumnCount || role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Symbol:
        return m->symbol;
    case Name:
        return m->name;
    case Exchange:
        return m->exchange;
    case Type:
        return m->kind;
    case Currency:
        return m->currency;
    default:
        return {};
    }
}

QVariant SymbolMatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Symbol:
        return tr("Symbol");
    case Name:
        return tr("Name");
    case Exchange:
        return tr("Exchange");
    case Type:
        return tr("Type");
    case Currency:
        return tr("Currency");
    default:
        return {};
    }
}

} // namespace sn::ui
