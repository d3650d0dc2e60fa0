#pragma once

#include "core/common/Result.h"
#include "core/model/PortfolioTransaction.h"
#include "core/workspace/PortfolioService.h"

#include <QString>
#include <vector>

namespace sn {

class Workspace;

// A rebalancing plan and the ledger lines that carry it out: one buy or sell
// per trade on the valuation day at that day's close, in the instrument's
// currency (the plan's prices and fees are in the base currency, so fees are
// converted back with the holding's FX rate).
struct RebalanceProposal
{
    qint64 portfolioId = 0;
    RebalanceReport report;
    TimestampMs asOf = 0;
    std::vector<PortfolioTransaction> transactions;
};

// Turns rebalancing plans into ledger lines and applies them through the
// ledger's guarded write, so a proposal that no longer fits the ledger (it
// changed since the proposal was made) is refused like any other edit and an
// applied one is announced to every view.
class RebalanceLedger
{
public:
    explicit RebalanceLedger(const Workspace &workspace);

    // `note` is written on every line (the views pass a translated text).
    Result<RebalanceProposal> propose(const QString &portfolio,
                                      const PortfolioService::RebalanceOptions &options,
                                      const QString &note = QStringLiteral("Rebalancing proposal")) const;
    // All lines in one guarded write (LedgerService::add); the new ids in order.
    Result<std::vector<qint64>> apply(const RebalanceProposal &proposal) const;

private:
    const Workspace &m_workspace;
};

} // namespace sn
