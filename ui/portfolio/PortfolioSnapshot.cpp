#include "ui/portfolio/PortfolioSnapshot.h"

#include "core/market/BarSeries.h"
#include "core/workspace/LedgerService.h"
#include "core/workspace/MarketData.h"
#include "core/workspace/PortfolioService.h"

#include <algorithm>

namespace sn::ui {

Result<QStringList> PortfolioSnapshot::portfolioNames(const Workspace &db)
{
    auto list = LedgerService(db).portfolios();
    if (!list)
        return list.error();
    QStringList names;
    for (const auto &p : *list)
        names << p.name;
    return names;
}

void PortfolioSnapshot::loadHoldings(const Workspace &db, PortfolioSnapshot &s)
{
    s.lines.clear();
    s.totalValue.reset();
    s.cashValue.reset();
    s.holdingsError.clear();
    auto holdings = PortfolioService(db).holdings(s.portfolio);
    if (!holdings) {
        s.holdingsError = QString::fromStdString(holdings.error().toUserString());
        return;
    }
    auto instruments = MarketData(db).instruments();
    QHash<QString, QString> names;
    if (instruments)
        for (const auto &i : *instruments)
            names.insert(i.symbol, i.name);
    s.asOf = holdings->asOf;
    s.totalValue = holdings->totalValue;
    s.cashValue = holdings->cashValue;
    for (const HoldingLine &h : holdings->lines) {
        HoldingsTableModel::Line l;
        l.symbol = QString::fromStdString(h.symbol);
        l.name = names.value(l.symbol);
        l.currency = QString::fromStdString(h.currency);
        l.quantity = h.quantity.toDouble();
        l.quantityText = QString::fromStdString(h.quantity.toString());
        if (h.quantity != Decimal())
            l.averageCost = h.costBasis.toDouble() / h.quantity.toDouble();
        l.lastPrice = h.price;
        l.priceDate = h.priceDate;
        l.marketValue = h.marketValue;
        l.weight = h.weight;
        l.unrealised = h.unrealisedPnl;
        l.realised = (h.realisedPnl + h.income).toDouble();
        l.fxRate = h.fxRate;
        l.fxDate = h.fxDate;
        l.fxSource = QString::fromStdString(h.fxSource);
        if (h.quantity != Decimal()) {
            // The previous close is the bar before the one the price came from.
            // Only the last fortnight up to the price date is read, not the whole history.
            constexpr TimestampMs kFortnight = 14LL * 86'400'000;
            if (auto bars = MarketData(db).bars(l.symbol, QStringLiteral("1d"), h.priceDate - kFortnight,
                                                h.priceDate);
                bars && bars->size() > 1) {
                const auto &t = bars->time;
                const auto it = std::upper_bound(t.begin(), t.end(), h.priceDate);
                const auto i = static_cast<std::size_t>(it - t.begin());
                if (i >= 2) {
                    const double previous = bars->close[i - 2];
                    l.dayChange = l.quantity * (h.price - previous) * h.fxRate;
                    if (previous > 0)
                        l.dayChangePercent = h.price / previous - 1.0;
                }
            }
        }
        s.lines.push_back(std::move(l));
    }
}

Result<PortfolioSnapshot> PortfolioSnapshot::load(const Workspace &db, const QString &portfolio)
{
    PortfolioSnapshot s;
    s.portfolio = portfolio;
    LedgerService portfolios(db);
    auto p = portfolios.portfolioByName(portfolio);
    if (!p)
        return p.error();
    s.portfolioId = p->id;
    s.baseCurrency = p->baseCurrency;
    auto txs = portfolios.transactions(p->id);
    if (!txs)
        return txs.error();
    auto instruments = MarketData(db).instruments();
    if (!instruments)
        return instruments.error();
    for (const auto &i : *instruments)
        s.instrumentIds.insert(i.symbol, i.id);
    s.rows = TransactionTableModel::makeRows(*txs, s.instrumentIds);
    loadHoldings(db, s);
    return s;
}

} // namespace sn::ui
