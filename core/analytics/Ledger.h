#pragma once

#include "core/analytics/PortfolioAsset.h"
#include "core/analytics/Transaction.h"
#include "core/common/Result.h"

#include <map>
#include <string>
#include <vector>

namespace sn {

// Exact book-keeping of one portfolio: lots per instrument, cash per
// currency, realised P&L and income. Everything is sn::Decimal; nothing here
// is a double. Transactions are applied in date order (apply() rejects one
// dated before the previous); each rejected transaction leaves the ledger
// unchanged and the error names the transaction.
class Ledger
{
public:
    enum class LotMethod
    {
        Fifo,
        AverageCost
    };

    struct Lot
    {
        TimestampMs date = 0;
        Decimal quantity;
        Decimal cost; // total cost including the buy fee, instrument currency
    };

    struct Position
    {
        std::string symbol;
        std::string currency;
        Decimal quantity;
        Decimal costBasis;   // sum of the open lots' cost
        Decimal realisedPnl; // proceeds - fees - taxes - cost of the lots sold
        Decimal income;      // dividends net of withheld tax
        std::vector<Lot> lots;
    };

    explicit Ledger(std::string baseCurrency = "USD", LotMethod method = LotMethod::Fifo,
                    bool allowNegativeCash = false);

    // Registers an instrument; a second one with the same symbol is an error.
    Result<void> addAsset(const PortfolioAsset &asset);
    const PortfolioAsset *asset(const std::string &symbol) const;

    // Validates and applies one transaction. Errors: unknown symbol (NotFound),
    // negative price/fee/tax/amount, non-positive quantity, selling or
    // transferring out more than held, a buy or withdrawal larger than the cash
    // (unless negative cash is allowed), a date before the previous entry, and
    // "amount too large" when a sum the ledger keeps (cash, quantity, cost
    // basis, realised P&L, income, a lot) would leave the exact decimal range;
    // that message starts with the input field at fault ("field 'amount': ").
    // A refused transaction leaves the ledger unchanged.
    Result<void> apply(const Transaction &t);
    // Sorts by date (stable) and applies each; the error carries "transaction #i".
    Result<void> applyAll(std::vector<Transaction> transactions);

    const std::string &baseCurrency() const { return m_base; }
    LotMethod lotMethod() const { return m_method; }
    // Cash per currency (a currency never touched is absent).
    const std::map<std::string, Decimal> &cash() const { return m_cash; }
    Decimal cash(const std::string &currency) const;
    // Open positions and closed ones that still carry realised P&L or income.
    const std::map<std::string, Position> &positions() const { return m_positions; }
    Decimal quantity(const std::string &symbol) const;
    // Market value minus cost basis at `price` per share; errors for an
    // unknown symbol or a negative price.
    Result<Decimal> unrealisedPnl(const std::string &symbol, Decimal price) const;
    Decimal realisedPnl(const std::string &symbol) const;
    const std::vector<Transaction> &transactions() const { return m_applied; }

    // The cost basis leaving with `quantity` shares under the lot method,
    // without changing anything (used to value transfers and to preview sells).
    Result<Decimal> costOfSale(const std::string &symbol, Decimal quantity) const;

private:
    Result<void> check(const Transaction &t) const;
    Decimal removeLots(Position &p, Decimal quantity);
    std::string cashCurrency(const Transaction &t) const;

    std::string m_base;
    LotMethod m_method;
    bool m_allowNegativeCash;
    std::map<std::string, PortfolioAsset> m_assets;
    std::map<std::string, Position> m_positions;
    std::map<std::string, Decimal> m_cash;
    std::vector<Transaction> m_applied;
};

} // namespace sn
