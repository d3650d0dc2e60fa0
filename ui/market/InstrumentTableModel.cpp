#include "ui/market/InstrumentTableModel.h"

#include "ui/shell/Formats.h"

#include <QLocale>

namespace sn::ui {

InstrumentTableModel::InstrumentTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void InstrumentTableModel::setSummaries(std::vector<InstrumentSummary> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const InstrumentSummary *InstrumentTableModel::summaryAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<std::size_t>(row)]
                                                             : nullptr;
}

int InstrumentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InstrumentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstrumentTableModel::data(const QModelIndex &index, int role) const
{
    const InstrumentSummary *s = summaryAt(index.row());
    if (!s || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const bool hasBars = s->bars > 0;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Symbol:
            return s->symbol;
        case Name:
            return s->name;
        case Kind:
            return s->kind;
        case Currency:
            return s->currency;
        case Interval:
            return s->interval;
        case Bars:
            return QLocale().toString(s->bars);
        case First:
            return hasBars ? Formats::date(s->first) : QString();
        case Last:
            return hasBars ? Formats::date(s->last) : QString();
        case LastClose:
            return hasBars ? QLocale().toString(s->lastClose, 'f', 2) : QString();
        }
    } else if (role == Qt::UserRole) {
        // Sort keys: numbers and times sort as numbers, not text.
        switch (index.column()) {
        case Bars:
            return s->bars;
        case First:
            return static_cast<qint64>(s->first);
        case Last:
            return static_cast<qint64>(s->last);
        case LastClose:
            return s->lastClose;
        default:
            return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() == Bars || index.column() == LastClose)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole) {
        return s->source;
    }
    return {};
}

QVariant InstrumentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Symbol:
        return tr("Symbol");
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Currency:
        return tr("Currency");
    case Interval:
        return tr("Interval");
    case Bars:
        return tr("Bars");
    case First:
        return tr("First");
    case Last:
        return tr("Last");
    case LastClose:
        return tr("Last close");
    }
    return {};
}

} // namespace sn::ui
