#pragma once

#include "core/common/Decimal.h"
#include "core/common/Time.h"

#include <optional>
#include <string>
#include <string_view>

namespace sn {

enum class TransactionType
{
    Buy,         // quantity x price + fee leaves cash (instrument currency)
    Sell,        // quantity x price - fee - tax enters cash; lots are consumed
    Dividend,    // amount - tax enters cash; income of `symbol`
    Interest,    // amount enters cash
    Fee,         // amount leaves cash
    Tax,         // amount leaves cash
    Deposit,     // external inflow of cash
    Withdrawal,  // external outflow of cash
    Split,       // quantity = new shares per old share (4 for a 4:1 split); cost unchanged
    TransferIn,  // securities arrive at `price` cost basis; external inflow at market value
    TransferOut, // securities leave (lots by the lot method); external outflow at market value
};

const char *transactionTypeName(TransactionType type);
std::optional<TransactionType> transactionTypeFromName(std::string_view name);
// The type as people read it ("Buy", "Transfer in"), in the installed language (core/common/UserText).
std::string transactionTypeLabel(TransactionType type);

// One ledger entry. Quantities and money are exact decimals; `currency`
// is the cash currency for cash-only entries (empty = the portfolio's base)
// and ignored for trades, which settle in the instrument's currency.
struct Transaction
{
    TimestampMs date = 0; // UTC midnight of the trade day
    TransactionType type = TransactionType::Deposit;
    std::string symbol; // trades, dividends, splits, transfers
    Decimal quantity;   // shares (or the split ratio)
    Decimal price;      // per share, instrument currency
    Decimal amount;     // cash-only entries and dividends
    Decimal fee;
    Decimal tax;
    std::string currency;
    std::string note;

    bool isTrade() const;
};

} // namespace sn
