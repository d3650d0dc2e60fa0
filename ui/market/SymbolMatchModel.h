#pragma once

#include "core/providers/ProviderTypes.h"

#include <QAbstractTableModel>
#include <vector>

namespace sn::ui {

// The hits of a provider's symbol search: symbol, name, exchange (or region),
// type and currency, as the vendor gives them.
class SymbolMatchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Symbol,
        Name,
        Exchange,
        Type,
        Currency,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setMatches(std::vector<SymbolMatch> matches);
    const SymbolMatch *matchAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<SymbolMatch> m_matches;
};

} // namespace sn::ui
