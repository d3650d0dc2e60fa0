#include "ui/market/FetchCoverageModel.h"

#include "core/common/UserText.h"

#include <QDateTime>

namespace sn::ui {

void FetchCoverageModel::setRows(std::vector<FetchCoverageInfo> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const FetchCoverageInfo *FetchCoverageModel::rowAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<std::size_t>(row)]
                                                             : nullptr;
}

int FetchCoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FetchCoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FetchCoverageModel::data(const QModelIndex &index, int role) const
{
    const FetchCoverageInfo *r = rowAt(index.row());
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole && index.column() == Source) {
        // The vendor's adjustment note is stored in English (SN_TRANSLATE_NOOP in core/providers).
        const QByteArray note = r->note.toUtf8();
        return QString::fromStdString(userText("sn::MarketProvider", note.constData()));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Symbol:
        return r->symbol;
    case Interval:
        return r->interval;
    case Source:
        return r->provider;
    case Covered:
        return QString(r->coveredFrom.toString(Qt::ISODate) + QStringLiteral(" – ") +
                       r->coveredTo.toString(Qt::ISODate));
    case LastUpdated:
        return QDateTime::fromMSecsSinceEpoch(r->fetchedAt, Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    default:
        return {};
    }
}

QVariant FetchCoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Symbol:
        return tr("Symbol");
    case Interval:
        return tr("Interval");
    case Source:
        return tr("Source");
    case Covered:
        return tr("Days covered");
    case LastUpdated:
        return tr("Last updated");
    default:
        return {};
    }
}

} // namespace sn::ui
