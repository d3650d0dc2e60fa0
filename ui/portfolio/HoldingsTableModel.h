#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <optional>
#include <vector>

namespace sn::ui {

// The positions of a portfolio on its valuation day, read-only. Money
// columns are in the base currency except the average cost and last price,
// which are in the instrument's currency (as a broker statement shows them).
class HoldingsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Symbol,
        Name,
        Quantity,
        AverageCost,
        LastPrice,
        MarketValue,
        Weight,
        DayChange,
        Unrealised,
        Realised,
        ColumnCount
    };

    struct Line
    {
        QString symbol;
        QString name;
        QString currency;
        double quantity = 0.0;
        QString quantityText;              // exact
        std::optional<double> averageCost; // none when nothing is held
        double lastPrice = 0.0;
        qint64 priceDate = 0;
        double marketValue = 0.0;
        double weight = 0.0;
        std::optional<double> dayChange; // base currency; none without a previous close
        std::optional<double> dayChangePercent;
        double unrealised = 0.0;
        double realised = 0.0; // realised P&L plus income, instrument currency
        // The conversion into the base currency (fxDate 0: the instrument is in the base).
        double fxRate = 1.0;
        qint64 fxDate = 0;
        QString fxSource;
    };

    explicit HoldingsTableModel(QObject *parent = nullptr);

    void setLines(std::vector<Line> lines);
    const std::vector<Line> &lines() const { return m_lines; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static constexpr int SortRole = Qt::UserRole + 1;

private:
    std::vector<Line> m_lines;
};

} // namespace sn::ui
