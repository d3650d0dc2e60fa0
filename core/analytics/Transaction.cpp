#include "core/analytics/Transaction.h"

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

bool Transaction::isTrade() const
{
    return type == TransactionType::Buy || type == TransactionType::Sell ||
           type == TransactionType::TransferIn || type == TransactionType::TransferOut ||
           type == TransactionType::Split;
}

} // namespace sn
