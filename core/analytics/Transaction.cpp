#include "core/analytics/Transaction.h"

#include "core/common/UserText.h"

#include <array>
#include <utility>

namespace sn {

namespace {
constexpr std::array<std::pair<TransactionType, const char *>, 11> kNames{{
    {TransactionType::Buy, "buy"},
    {TransactionType::Sell, "sell"},
    {TransactionType::Dividend, "dividend"},
    {TransactionType::Interest, "interest"},
    {TransactionType::Fee, "fee"},
    {TransactionType::Tax, "tax"},
    {TransactionType::Deposit, "deposit"},
    {TransactionType::Withdrawal, "withdrawal"},
    {TransactionType::Split, "split"},
    {TransactionType::TransferIn, "transfer_in"},
    {TransactionType::TransferOut, "transfer_out"},
}};
} // namespace

const char *transactionTypeName(TransactionType type)
{
    for (const auto &[t, n] : kNames)
        if (t == type)
            return n;
    return "unknown";
}

std::optional<TransactionType> transactionTypeFromName(std::string_view name)
{
    for (const auto &[t, n] : kNames)
        if (name == n)
            return t;
    return std::nullopt;
}

std::string transactionTypeLabel(TransactionType type)
{
    switch (type) {
    case TransactionType::Buy:
        return userText("sn::Ledger", "Buy");
    case TransactionType::Sell:
        return userText("sn::Ledger", "Sell");
    case TransactionType::Dividend:
        return userText("sn::Ledger", "Dividend");
    case TransactionType::Interest:
        return userText("sn::Ledger", "Interest");
    case TransactionType::Fee:
        return userText("sn::Ledger", "Fee");
    case TransactionType::Tax:
        return userText("sn::Ledger", "Tax");
    case TransactionType::Deposit:
        return userText("sn::Ledger", "Deposit");
    case TransactionType::Withdrawal:
        return userText("sn::Ledger", "Withdrawal");
    case TransactionType::Split:
        return userText("sn::Ledger", "Split");
    case TransactionType::TransferIn:
        return userText("sn::Ledger", "Transfer in");
    case TransactionType::TransferOut:
        return userText("sn::Ledger", "Transfer out");
    }
    return transactionTypeName(type);
}

bool Transaction::isTrade() const
{
    return type == TransactionType::Buy || type == TransactionType::Sell ||
           type == TransactionType::TransferIn || type == TransactionType::TransferOut ||
           type == TransactionType::Split;
}

} // namespace sn
