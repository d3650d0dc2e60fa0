#include "core/workspace/RebalanceLedger.h"

#include "core/common/Time.h"
#include "core/common/UserText.h"
#include "core/workspace/LedgerService.h"
#include "core/workspace/MarketData.h"
#include "core/workspace/Workspace.h"

#include <algorithm>
#include <cmath>

namespace sn {

RebalanceLedger::RebalanceLedger(const Workspace &workspace) : m_workspace(workspace) {}

Result<RebalanceProposal> RebalanceLedger::propose(const QString &portfolio,
                                                   const PortfolioService::RebalanceOptions &options,
                                                   const QString &note) const
{
    PortfolioService service(m_workspace);
    auto report = service.rebalance(portfolio, options);
    if (!report)
        return report.error();
    // The same holdings the plan was made from: their closes and FX rates
    // turn base-currency trades back into ledger lines.
    auto holdings = service.holdings(portfolio, options.asOf);
    if (!holdings)
        return holdings.error();
    auto owner = LedgerService(m_workspace).portfolioByName(portfolio);
    if (!owner)
        return owner.error();
    RebalanceProposal out;
    out.portfolioId = owner->id;
    out.asOf = holdings->asOf;
    MarketData instruments(m_workspace);
    for (const Rebalancer::Trade &trade : report->plan.trades) {
        const HoldingLine *line = nullptr;
        for (const HoldingLine &h : holdings->lines)
            if (h.symbol == trade.symbol)
                line = &h;
        if (!line)
            return makeError(ErrorCode::InvalidArgument,
                             SN_TEXT("sn::Rebalancer", "not held, so no price to trade at on %1"),
                             {formatDate(holdings->asOf)})
                .at(SN_TEXT("sn::Rebalancer", "rebalance trade %1"), {trade.symbol});
        auto instrument = instruments.instrument(QString::fromStdString(trade.symbol));
        if (!instrument)
            return instrument.error().withContext(SN_TEXT("sn::Rebalancer", "rebalance trade %1"),
                                                  {trade.symbol});
        double shares = std::abs(trade.quantity);
        // A plan that invests the whole cash buys fractions of shares; the
        // decimal price (rounded to its last digit) could then ask for a few
        // millionths more cash than the sells freed, and the ledger would
        // refuse the buy. Fractional buys are rounded down to 1/10000 share
        // and one such step more; whole-share plans stay as they are.
        if (trade.quantity > 0 && std::floor(shares) != shares)
            shares = std::max(0.0, std::floor(shares * 1e4) / 1e4 - 1e-4);
        auto quantity = Decimal::fromDouble(shares);
        auto price = Decimal::fromDouble(line->price);
        auto fee = Decimal::fromDouble(line->fxRate > 0 ? trade.fee / line->fxRate : trade.fee);
        if (!quantity || !price || !fee)
            return makeError(ErrorCode::InvalidArgument,
                             SN_TEXT("sn::Rebalancer", "quantity, price or fee out of the decimal range"), {})
                .at(SN_TEXT("sn::Rebalancer", "rebalance trade %1"), {trade.symbol});
        if (quantity->isZero())
            continue;
        PortfolioTransaction tx;
        tx.portfolioId = owner->id;
        tx.time = holdings->asOf;
        tx.type = trade.quantity > 0 ? QStringLiteral("buy") : QStringLiteral("sell");
        tx.instrumentId = instrument->id;
        tx.quantity = *quantity;
        tx.price = *price;
        tx.amount = *quantity * *price;
        tx.fee = *fee;
        tx.currency = instrument->currency;
        tx.note = note;
        out.transactions.push_back(std::move(tx));
    }
    // All lines share one day, and the ledger replays a day in line order:
    // the sells go first so their proceeds pay for the buys.
    std::stable_partition(out.transactions.begin(), out.transactions.end(),
                          [](const PortfolioTransaction &tx) { return tx.type == QLatin1String("sell"); });
    out.report = std::move(report).value();
    return out;
}

Result<std::vector<qint64>> RebalanceLedger::apply(const RebalanceProposal &proposal) const
{
    if (proposal.transactions.empty())
        return std::vector<qint64>{};
    return LedgerService(m_workspace).add(proposal.portfolioId, proposal.transactions);
}

} // namespace sn
