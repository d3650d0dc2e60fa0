#include "ui/portfolio/HoldingsTableModel.h"

#include "ui/shell/Formats.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace sn::ui {

namespace {

QString money(double v)
{
    return Formats::money(v);
}

QString signedMoney(double v)
{
    return QString((v > 0 ? QStringLiteral("+") : QString()) + money(v));
}

} // namespace

HoldingsTableModel::HoldingsTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void HoldingsTableModel::setLines(std::vector<Line> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

int HoldingsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int HoldingsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HoldingsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Line &l = m_lines[static_cast<std::size_t>(index.row())];
    const int c = index.column();
    if (role == Qt::DisplayRole) {
        switch (c) {
        case Symbol:
            return l.symbol;
        case Name:
            return l.name;
        case Quantity:
            return l.quantityText;
        case AverageCost:
            return l.averageCost ? QString(Formats::price(*l.averageCost) + QLatin1Char(' ') + l.currency)
                                 : QString();
        case LastPrice:
            return QString(Formats::price(l.lastPrice) + QLatin1Char(' ') + l.currency);
        case MarketValue:
            return money(l.marketValue);
        case Weight:
            return Formats::percent(l.weight);
        case DayChange:
            if (!l.dayChange)
                return tr("n/a");
            return QString(signedMoney(*l.dayChange) +
                           (l.dayChangePercent
                                ? QStringLiteral(" (%1)").arg(Formats::signedPercent(*l.dayChangePercent))
                                : QString()));
        case Unrealised:
            return signedMoney(l.unrealised);
        case Realised:
            return QString(signedMoney(l.realised) + QLatin1Char(' ') + l.currency);
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (c) {
        case Symbol:
            return l.symbol;
        case Name:
            return l.name;
        case Quantity:
            return l.quantity;
        case AverageCost:
            return l.averageCost.value_or(0.0);
        case LastPrice:
            return l.lastPrice;
        case MarketValue:
            return l.marketValue;
        case Weight:
            return l.weight;
        case DayChange:
            return l.dayChange.value_or(0.0);
        case Unrealised:
            return l.unrealised;
        case Realised:
            return l.realised;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(c <= Name ? (Qt::AlignLeft | Qt::AlignVCenter)
                                             : (Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ForegroundRole) {
        double v = 0.0;
        if (c == DayChange && l.dayChange)
            v = *l.dayChange;
        else if (c == Unrealised)
            v = l.unrealised;
        else if (c == Realised)
            v = l.realised;
        else
            return {};
        if (v > 0)
            return QBrush(QColor(0x1b, 0x8a, 0x3c));
        if (v < 0)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    }
    if (role == Qt::ToolTipRole && c == MarketValue && l.fxDate != 0)
        return tr("Converted at %1 per %2: %3 of %4 (the latest rate on or before the valuation day)")
            .arg(Formats::price(l.fxRate), l.currency, l.fxSource,
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(l.fxDate, Qt::UTC).date(),
                                    QLocale::ShortFormat));
    if (role == Qt::ToolTipRole && c == LastPrice)
        return tr("Close of %1")
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(l.priceDate, Qt::UTC).date(),
                                    QLocale::ShortFormat));
    return {};
}

QVariant HoldingsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Symbol:
            return tr("Symbol");
        case Name:
            return tr("Name");
        case Quantity:
            return tr("Quantity");
        case AverageCost:
            return tr("Avg cost");
        case LastPrice:
            return tr("Last price");
        case MarketValue:
            return tr("Market value");
        case Weight:
            return tr("Weight");
        case DayChange:
            return tr("Day change");
        case Unrealised:
            return tr("Unrealised P&L");
        case Realised:
            return tr("Realised P&L");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case AverageCost:
            return tr("Cost basis of the open lots (buy fees included) per unit, instrument currency");
        case MarketValue:
            return tr("Quantity x last close, converted to the portfolio's base currency");
        case Weight:
            return tr("Share of the total value (positions and cash)");
        case DayChange:
            return tr("Quantity x (last close - previous close), base currency");
        case Unrealised:
            return tr("Market value - cost basis of the open lots, base currency");
        case Realised:
            return tr("Realised gains of closed lots plus income net of withheld tax, instrument currency");
        default:
            return {};
        }
    }
    return {};
}

} // namespace sn::ui
