#include "core/analytics/Ledger.h"

#include "core/common/Log.h"

#include <algorithm>
#include <fmt/format.h>

namespace sn {

namespace {

static const sn::log::Category lc("supernova.analytics");

__extension__ typedef __int128 Int128;

// a * b / c rounded half away from zero, exact in 128-bit: the share of a
// lot's cost that leaves with part of its quantity.
Decimal mulDiv(Decimal a, Decimal b, Decimal c)
{
    const Int128 num = static_cast<Int128>(a.raw()) * b.raw();
    const Int128 den = c.raw();
    Int128 q = num / den;
    const Int128 r = num % den;
    const Int128 twiceR = r < 0 ? -2 * r : 2 * r;
    const Int128 absDen = den < 0 ? -den : den;
    if (twiceR >= absDen)
        q += ((num < 0) != (den < 0)) ? -1 : 1;
    return Decimal::fromRaw(static_cast<std::int64_t>(q));
}

std::string describe(const Transaction &t)
{
    std::string s = fmt::format("{} {}", formatDate(t.date), transactionTypeName(t.type));
    if (!t.symbol.empty())
        s += " " + t.symbol;
    return s;
}

Error txError(ErrorCode code, const Transaction &t, std::string message)
{
    return makeError(code, std::move(message), "transaction " + describe(t));
}

} // namespace

Ledger::Ledger(std::string baseCurrency, LotMethod method, bool allowNegativeCash)
    : m_base(std::move(baseCurrency)), m_method(method), m_allowNegativeCash(allowNegativeCash)
{
}

Result<void> Ledger::addAsset(const PortfolioAsset &asset)
{
    if (asset.symbol.empty())
        return makeError(ErrorCode::InvalidArgument, "instrument without a symbol", "asset");
    if (asset.currency.empty())
        return makeError(ErrorCode::InvalidArgument, "instrument without a currency", "asset " + asset.symbol);
    if (!m_assets.emplace(asset.symbol, asset).second)
        return makeError(ErrorCode::AlreadyExists, "instrument registered twice", "asset " + asset.symbol);
    return {};
}

const PortfolioAsset *Ledger::asset(const std::string &symbol) const
{
    auto it = m_assets.find(symbol);
    return it == m_assets.end() ? nullptr : &it->second;
}

Decimal Ledger::cash(const std::string &currency) const
{
    auto it = m_cash.find(currency);
    return it == m_cash.end() ? Decimal() : it->second;
}

Decimal Ledger::quantity(const std::string &symbol) const
{
    auto it = m_positions.find(symbol);
    return it == m_positions.end() ? Decimal() : it->second.quantity;
}

Decimal Ledger::realisedPnl(const std::string &symbol) const
{
    auto it = m_positions.find(symbol);
    return it == m_positions.end() ? Decimal() : it->second.realisedPnl;
}

Result<Decimal> Ledger::unrealisedPnl(const std::string &symbol, Decimal price) const
{
    if (!asset(symbol))
        return makeError(ErrorCode::NotFound, "unknown symbol", "symbol " + symbol);
    if (price.isNegative())
        return makeError(ErrorCode::InvalidArgument, "negative price " + price.toString(), "symbol " + symbol);
    auto it = m_positions.find(symbol);
    if (it == m_positions.end())
        return Decimal();
    return it->second.quantity * price - it->second.costBasis;
}

std::string Ledger::cashCurrency(const Transaction &t) const
{
    if (!t.symbol.empty()) {
        if (const auto *a = asset(t.symbol))
            return a->currency;
    }
    return t.currency.empty() ? m_base : t.currency;
}

Result<Decimal> Ledger::costOfSale(const std::string &symbol, Decimal quantity) const
{
    auto it = m_positions.find(symbol);
    if (it == m_positions.end() || it->second.quantity < quantity)
        return makeError(ErrorCode::InvalidArgument,
                         fmt::format("{} shares requested, {} held", quantity.toString(),
                                     it == m_positions.end() ? "0" : it->second.quantity.toString()),
                         "symbol " + symbol);
    Decimal cost;
    Decimal left = quantity;
    for (const Lot &lot : it->second.lots) {
        if (left.isZero())
            break;
        if (lot.quantity <= left) {
            cost += lot.cost;
            left -= lot.quantity;
        } else {
            cost += mulDiv(lot.cost, left, lot.quantity);
            left = Decimal();
        }
    }
    return cost;
}

Result<void> Ledger::check(const Transaction &t) const
{
    if (!m_applied.empty() && t.date < m_applied.back().date)
        return txError(ErrorCode::InvalidArgument, t,
                       "dated before the previous transaction (" + formatDate(m_applied.back().date) + ")");
    if (t.fee.isNegative())
        return txError(ErrorCode::InvalidArgument, t, "negative fee " + t.fee.toString());
    if (t.tax.isNegative())
        return txError(ErrorCode::InvalidArgument, t, "negative tax " + t.tax.toString());
    const bool needsSymbol = t.isTrade() || t.type == TransactionType::Dividend;
    if (needsSymbol) {
        if (t.symbol.empty())
            return txError(ErrorCode::InvalidArgument, t, "needs a symbol");
        if (!asset(t.symbol))
            return txError(ErrorCode::NotFound, t, "unknown symbol '" + t.symbol + "'");
    }
    const Decimal held = needsSymbol ? quantity(t.symbol) : Decimal();
    switch (t.type) {
    case TransactionType::Buy:
    case TransactionType::Sell:
    case TransactionType::TransferIn:
    case TransactionType::TransferOut:
        if (t.price.isNegative())
            return txError(ErrorCode::InvalidArgument, t, "negative price " + t.price.toString());
        if (!(t.quantity > Decimal()))
            return txError(ErrorCode::InvalidArgument, t, "quantity must be positive, got " + t.quantity.toString());
        if (!t.quantity.checkedMul(t.price) || !t.quantity.checkedMul(t.price)->checkedAdd(t.fee + t.tax))
            return txError(ErrorCode::InvalidArgument, t,
                           "quantity x price overflows the exact decimal range (+/-9.2 trillion)");
        if ((t.type == TransactionType::Sell || t.type == TransactionType::TransferOut) && t.quantity > held)
            return txError(ErrorCode::InvalidArgument, t,
                           fmt::format("{} of {} exceeds the {} held", transactionTypeName(t.type),
                                       t.quantity.toString(), held.toString()));
        if (t.type == TransactionType::Buy && !m_allowNegativeCash) {
            const Decimal need = t.quantity * t.price + t.fee + t.tax;
            const Decimal have = cash(cashCurrency(t));
            if (need > have)
                return txError(ErrorCode::InvalidArgument, t,
                               fmt::format("needs {} {} cash, the portfolio holds {}", need.toString(2),
                                           cashCurrency(t), have.toString(2)));
        }
        break;
    case TransactionType::Split:
        if (!(t.quantity > Decimal()))
            return txError(ErrorCode::InvalidArgument, t,
                           "split ratio (quantity) must be positive, got " + t.quantity.toString());
        break;
    case TransactionType::Dividend:
    case TransactionType::Interest:
    case TransactionType::Fee:
    case TransactionType::Tax:
    case TransactionType::Deposit:
    case TransactionType::Withdrawal:
        if (t.amount.isNegative())
            return txError(ErrorCode::InvalidArgument, t, "negative amount " + t.amount.toString());
        if (!m_allowNegativeCash
            && (t.type == TransactionType::Withdrawal || t.type == TransactionType::Fee
                || t.type == TransactionType::Tax)) {
            const Decimal have = cash(cashCurrency(t));
            if (t.amount + t.fee + t.tax > have)
                return txError(ErrorCode::InvalidArgument, t,
                               fmt::format("needs {} {} cash, the portfolio holds {}",
                                           (t.amount + t.fee + t.tax).toString(2), cashCurrency(t),
                                           have.toString(2)));
        }
        break;
    }
    return {};
}

Decimal Ledger::removeLots(Position &p, Decimal quantity)
{
    Decimal cost;
    Decimal left = quantity;
    std::size_t used = 0;
    for (Lot &lot : p.lots) {
        if (left.isZero())
            break;
        if (lot.quantity <= left) {
            cost += lot.cost;
            left -= lot.quantity;
            ++used;
        } else {
            const Decimal part = mulDiv(lot.cost, left, lot.quantity);
            cost += part;
            lot.cost -= part;
            lot.quantity -= left;
            left = Decimal();
        }
    }
    p.lots.erase(p.lots.begin(), p.lots.begin() + static_cast<std::ptrdiff_t>(used));
    p.quantity -= quantity;
    p.costBasis -= cost;
    return cost;
}

Result<void> Ledger::apply(const Transaction &t)
{
    if (auto ok = check(t); !ok)
        return ok.error();
    const std::string ccy = cashCurrency(t);
    Decimal &cash = m_cash[ccy];
    Position *p = nullptr;
    if (!t.symbol.empty() && asset(t.symbol)) {
        p = &m_positions[t.symbol];
        p->symbol = t.symbol;
        p->currency = asset(t.symbol)->currency;
    }
    switch (t.type) {
    case TransactionType::Buy:
    case TransactionType::TransferIn: {
        const Decimal gross = t.quantity * t.price;
        const Decimal cost = gross + t.fee + t.tax;
        if (t.type == TransactionType::Buy)
            cash -= cost;
        else
            cash -= t.fee + t.tax; // the shares arrive without cash; only costs are paid
        if (m_method == LotMethod::AverageCost && !p->lots.empty()) {
            p->lots.front().quantity += t.quantity;
            p->lots.front().cost += cost;
        } else {
            p->lots.push_back(Lot{t.date, t.quantity, cost});
        }
        p->quantity += t.quantity;
        p->costBasis += cost;
        break;
    }
    case TransactionType::Sell: {
        const Decimal proceeds = t.quantity * t.price - t.fee - t.tax;
        const Decimal cost = removeLots(*p, t.quantity);
        cash += proceeds;
        p->realisedPnl += proceeds - cost;
        break;
    }
    case TransactionType::TransferOut:
        removeLots(*p, t.quantity);
        cash -= t.fee + t.tax;
        break;
    case TransactionType::Split:
        for (Lot &lot : p->lots)
            lot.quantity = lot.quantity * t.quantity;
        p->quantity = Decimal();
        for (const Lot &lot : p->lots)
            p->quantity += lot.quantity;
        break;
    case TransactionType::Dividend:
        cash += t.amount - t.fee - t.tax;
        p->income += t.amount - t.fee - t.tax;
        break;
    case TransactionType::Interest:
    case TransactionType::Deposit:
        cash += t.amount - t.fee - t.tax;
        break;
    case TransactionType::Fee:
    case TransactionType::Tax:
    case TransactionType::Withdrawal:
        cash -= t.amount + t.fee + t.tax;
        break;
    }
    m_applied.push_back(t);
    return {};
}

Result<void> Ledger::applyAll(std::vector<Transaction> transactions)
{
    std::stable_sort(transactions.begin(), transactions.end(),
                     [](const Transaction &a, const Transaction &b) { return a.date < b.date; });
    for (std::size_t i = 0; i < transactions.size(); ++i) {
        if (auto ok = apply(transactions[i]); !ok)
            return ok.error().withContext(fmt::format("transaction #{}", i + 1));
    }
    lc.debug("applied {} transactions", transactions.size());
    return {};
}

} // namespace sn
