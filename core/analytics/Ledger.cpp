#include "core/analytics/Ledger.h"

#include "core/common/Log.h"
#include "core/common/UserText.h"

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

// A refusal people read in their language; the context names the
// transaction with its type in their words too.
Error txError(ErrorCode code, const Transaction &t, TextKey text,
              std::initializer_list<std::string_view> args)
{
    Error e{code, text, args, "transaction " + describe(t)};
    e.userContext = translatedText(SN_TEXT("sn::Ledger", "transaction %1 %2%3"),
                                   {formatDate(t.date), transactionTypeLabel(t.type),
                                    t.symbol.empty() ? std::string() : " " + t.symbol});
    if (e.userContext == e.context)
        e.userContext.clear();
    return e;
}

const char *const kRange = SN_TRANSLATE_NOOP("sn::Ledger", "the exact decimal range (+/-9.2 trillion)");

// Overflow-checked arithmetic on the sums the ledger keeps. The first sum
// that does not fit is recorded as an "amount too large" error naming the
// transaction and the input field that drives it; later operations are
// skipped, so apply() can compute the whole new state, then look at failed()
// before it changes anything.
class CheckedSums
{
public:
    // `currency`: fills the %1 of a sum's name ("the %1 cash").
    CheckedSums(const Transaction &t, std::string currency) : m_t(t), m_currency(std::move(currency)) {}

    Decimal add(Decimal a, Decimal b, const char *field, const char *sum)
    {
        return record(a.checkedAdd(b), a, field, sum);
    }
    Decimal sub(Decimal a, Decimal b, const char *field, const char *sum)
    {
        return record(a.checkedSub(b), a, field, sum);
    }
    Decimal mul(Decimal a, Decimal b, const char *field, const char *sum)
    {
        return record(a.checkedMul(b), a, field, sum);
    }

    bool failed() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }

private:
    Decimal record(std::optional<Decimal> result, Decimal fallback, const char *field, const char *sum)
    {
        if (m_error)
            return fallback;
        if (result)
            return *result;
        // `sum` is an SN_TRANSLATE_NOOP("sn::Ledger", ...) name; the message
        // starts "field 'F': " in both languages (LedgerService moves it to the field).
        const TextKey tooLarge = SN_TEXT("sn::Ledger", "amount too large: %1 would leave %2");
        const TextKey fieldText = SN_TEXT("sn::Ledger", "field '%1': %2");
        m_error = txError(
            ErrorCode::InvalidArgument, m_t,
            englishText(fieldText, {field, englishText(tooLarge, {fillIn(sum, {m_currency}), kRange})}));
        const std::string user = translatedText(
            fieldText, {field, translatedText(tooLarge, {fillIn(userText("sn::Ledger", sum), {m_currency}),
                                                         userText("sn::Ledger", kRange)})});
        if (user != m_error->message)
            m_error->userMessage = user;
        m_error->userContext = translatedText(SN_TEXT("sn::Ledger", "transaction %1 %2%3"),
                                              {formatDate(m_t.date), transactionTypeLabel(m_t.type),
                                               m_t.symbol.empty() ? std::string() : " " + m_t.symbol});
        if (m_error->userContext == m_error->context)
            m_error->userContext.clear();
        return fallback;
    }

    const Transaction &m_t;
    std::string m_currency;
    std::optional<Error> m_error;
};

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
        return makeError(ErrorCode::InvalidArgument, "instrument without a currency",
                         "asset " + asset.symbol);
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
        return makeError(ErrorCode::InvalidArgument, "negative price " + price.toString(),
                         "symbol " + symbol);
    auto it = m_positions.find(symbol);
    if (it == m_positions.end())
        return Decimal();
    auto value = it->second.quantity.checkedMul(price);
    auto pnl = value ? value->checkedSub(it->second.costBasis) : std::nullopt;
    if (!pnl)
        return makeError(
            ErrorCode::InvalidArgument,
            fmt::format("amount too large: quantity x price {} would leave {}", price.toString(), kRange),
            "symbol " + symbol);
    return *pnl;
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
                       SN_TEXT("sn::Ledger", "dated before the previous transaction (%1)"),
                       {formatDate(m_applied.back().date)});
    if (t.fee.isNegative())
        return txError(ErrorCode::InvalidArgument, t, SN_TEXT("sn::Ledger", "negative fee %1"),
                       {t.fee.toString()});
    if (t.tax.isNegative())
        return txError(ErrorCode::InvalidArgument, t, SN_TEXT("sn::Ledger", "negative tax %1"),
                       {t.tax.toString()});
    const bool needsSymbol = t.isTrade() || t.type == TransactionType::Dividend;
    if (needsSymbol) {
        if (t.symbol.empty())
            return txError(ErrorCode::InvalidArgument, t, SN_TEXT("sn::Ledger", "needs a symbol"), {});
        if (!asset(t.symbol))
            return txError(ErrorCode::NotFound, t, SN_TEXT("sn::Ledger", "unknown symbol '%1'"), {t.symbol});
    }
    const Decimal held = needsSymbol ? quantity(t.symbol) : Decimal();
    switch (t.type) {
    case TransactionType::Buy:
    case TransactionType::Sell:
    case TransactionType::TransferIn:
    case TransactionType::TransferOut:
        if (t.price.isNegative())
            return txError(ErrorCode::InvalidArgument, t, SN_TEXT("sn::Ledger", "negative price %1"),
                           {t.price.toString()});
        if (!(t.quantity > Decimal()))
            return txError(ErrorCode::InvalidArgument, t,
                           SN_TEXT("sn::Ledger", "quantity must be positive, got %1"),
                           {t.quantity.toString()});
        if (!t.quantity.checkedMul(t.price))
            return txError(
                ErrorCode::InvalidArgument, t,
                fmt::format("field 'price': amount too large: quantity x price overflows {}", kRange));
        if ((t.type == TransactionType::Sell || t.type == TransactionType::TransferOut) &&
            t.quantity > held) {
            // English names the type by its id ("sell of 10"), people by its label ("Verkauf von 10").
            Error e =
                txError(ErrorCode::InvalidArgument, t, SN_TEXT("sn::Ledger", "%1 of %2 exceeds the %3 held"),
                        {transactionTypeName(t.type), t.quantity.toString(), held.toString()});
            const std::string user =
                translatedText(SN_TEXT("sn::Ledger", "%1 of %2 exceeds the %3 held"),
                               {transactionTypeLabel(t.type), t.quantity.toString(), held.toString()});
            e.userMessage = user == e.message ? std::string() : user;
            return e;
        }
        if (t.type == TransactionType::Buy && !m_allowNegativeCash) {
            CheckedSums sums(t, {});
            const Decimal need =
                sums.add(sums.add(t.quantity * t.price, t.fee, "fee",
                                  SN_TRANSLATE_NOOP("sn::Ledger", "quantity x price + fee")),
                         t.tax, "tax", SN_TRANSLATE_NOOP("sn::Ledger", "quantity x price + fee + tax"));
            if (sums.failed())
                return sums.error();
            const Decimal have = cash(cashCurrency(t));
            if (need > have)
                return txError(ErrorCode::InvalidArgument, t,
                               SN_TEXT("sn::Ledger", "needs %1 %2 cash, the portfolio holds %3"),
                               {need.toString(2), cashCurrency(t), have.toString(2)});
        }
        break;
    case TransactionType::Split:
        if (!(t.quantity > Decimal()))
            return txError(ErrorCode::InvalidArgument, t,
                           SN_TEXT("sn::Ledger", "split ratio (quantity) must be positive, got %1"),
                           {t.quantity.toString()});
        break;
    case TransactionType::Dividend:
    case TransactionType::Interest:
    case TransactionType::Fee:
    case TransactionType::Tax:
    case TransactionType::Deposit:
    case TransactionType::Withdrawal:
        if (t.amount.isNegative())
            return txError(ErrorCode::InvalidArgument, t, SN_TEXT("sn::Ledger", "negative amount %1"),
                           {t.amount.toString()});
        if (!m_allowNegativeCash && (t.type == TransactionType::Withdrawal ||
                                     t.type == TransactionType::Fee || t.type == TransactionType::Tax)) {
            CheckedSums sums(t, {});
            const Decimal need =
                sums.add(sums.add(t.amount, t.fee, "fee", SN_TRANSLATE_NOOP("sn::Ledger", "amount + fee")),
                         t.tax, "tax", SN_TRANSLATE_NOOP("sn::Ledger", "amount + fee + tax"));
            if (sums.failed())
                return sums.error();
            const Decimal have = cash(cashCurrency(t));
            if (need > have)
                return txError(ErrorCode::InvalidArgument, t,
                               SN_TEXT("sn::Ledger", "needs %1 %2 cash, the portfolio holds %3"),
                               {need.toString(2), cashCurrency(t), have.toString(2)});
        }
        break;
    }
    return {};
}

Decimal Ledger::removeLots(Position &p, Decimal quantity)
{
    // Cannot overflow: the quantity is at most what is held (check() saw to
    // it) and the cost taken at most the position's cost basis.
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
    // First every new sum is computed with overflow checks, without touching
    // the ledger; only when all of them fit are they stored, so a refused
    // transaction leaves the ledger as it was. (Lots are changed in place at
    // the end rather than copied, which would make a replay quadratic.)
    const std::string ccy = cashCurrency(t);
    const char *const cashSum = SN_TRANSLATE_NOOP("sn::Ledger", "the %1 cash");
    CheckedSums sums(t, ccy);
    Decimal cash = this->cash(ccy);
    const bool hasPosition = !t.symbol.empty() && asset(t.symbol);
    Position none;
    const auto found = hasPosition ? m_positions.find(t.symbol) : m_positions.end();
    const Position &before = found == m_positions.end() ? none : found->second;
    Decimal quantity = before.quantity;
    Decimal costBasis = before.costBasis;
    Decimal realised = before.realisedPnl;
    Decimal income = before.income;
    Decimal buyCost;                      // buy or transfer in: the new lot's cost
    Lot averaged;                         // average cost: the merged lot
    std::vector<Decimal> splitQuantities; // split: each lot's new quantity
    switch (t.type) {
    case TransactionType::Buy:
    case TransactionType::TransferIn: {
        const Decimal gross =
            sums.mul(t.quantity, t.price, "price", SN_TRANSLATE_NOOP("sn::Ledger", "quantity x price"));
        const Decimal costs = sums.add(t.fee, t.tax, "tax", SN_TRANSLATE_NOOP("sn::Ledger", "fee + tax"));
        buyCost =
            sums.add(gross, costs, "fee", SN_TRANSLATE_NOOP("sn::Ledger", "quantity x price + fee + tax"));
        // A transfer in brings the shares without cash; only its costs are paid.
        if (t.type == TransactionType::Buy)
            cash = sums.sub(cash, buyCost, "price", cashSum);
        else
            cash = sums.sub(cash, costs, "fee", cashSum);
        if (m_method == LotMethod::AverageCost && !before.lots.empty()) {
            averaged.date = before.lots.front().date;
            averaged.quantity = sums.add(before.lots.front().quantity, t.quantity, "quantity",
                                         SN_TRANSLATE_NOOP("sn::Ledger", "the quantity of the lot"));
            averaged.cost = sums.add(before.lots.front().cost, buyCost, "price",
                                     SN_TRANSLATE_NOOP("sn::Ledger", "the cost of the lot"));
        }
        quantity =
            sums.add(quantity, t.quantity, "quantity", SN_TRANSLATE_NOOP("sn::Ledger", "the quantity held"));
        costBasis = sums.add(costBasis, buyCost, "price", SN_TRANSLATE_NOOP("sn::Ledger", "the cost basis"));
        break;
    }
    case TransactionType::Sell: {
        const Decimal gross =
            sums.mul(t.quantity, t.price, "price", SN_TRANSLATE_NOOP("sn::Ledger", "quantity x price"));
        const Decimal proceeds = sums.sub(
            sums.sub(gross, t.fee, "fee", SN_TRANSLATE_NOOP("sn::Ledger", "the proceeds net of the fee")),
            t.tax, "tax", SN_TRANSLATE_NOOP("sn::Ledger", "the net proceeds"));
        auto cost = costOfSale(t.symbol, t.quantity); // check() made sure that much is held
        if (!cost)
            return cost.error().withContext("transaction " + describe(t));
        cash = sums.add(cash, proceeds, "price", cashSum);
        realised = sums.add(
            realised, sums.sub(proceeds, *cost, "price", SN_TRANSLATE_NOOP("sn::Ledger", "the realised P&L")),
            "price", SN_TRANSLATE_NOOP("sn::Ledger", "the realised P&L"));
        break;
    }
    case TransactionType::TransferOut:
        cash = sums.sub(sums.sub(cash, t.fee, "fee", cashSum), t.tax, "tax", cashSum);
        break;
    case TransactionType::Split:
        quantity = Decimal();
        for (const Lot &lot : before.lots) {
            splitQuantities.push_back(
                sums.mul(lot.quantity, t.quantity, "quantity",
                         SN_TRANSLATE_NOOP("sn::Ledger", "the split quantity of a lot")));
            quantity = sums.add(quantity, splitQuantities.back(), "quantity",
                                SN_TRANSLATE_NOOP("sn::Ledger", "the quantity held after the split"));
        }
        break;
    case TransactionType::Dividend:
    case TransactionType::Interest:
    case TransactionType::Deposit: {
        const Decimal net =
            sums.sub(sums.sub(t.amount, t.fee, "fee", SN_TRANSLATE_NOOP("sn::Ledger", "amount - fee")), t.tax,
                     "tax", SN_TRANSLATE_NOOP("sn::Ledger", "amount - fee - tax"));
        cash = sums.add(cash, net, "amount", cashSum);
        if (t.type == TransactionType::Dividend)
            income = sums.add(income, net, "amount", SN_TRANSLATE_NOOP("sn::Ledger", "the dividend income"));
        break;
    }
    case TransactionType::Fee:
    case TransactionType::Tax:
    case TransactionType::Withdrawal: {
        const Decimal total =
            sums.add(sums.add(t.amount, t.fee, "fee", SN_TRANSLATE_NOOP("sn::Ledger", "amount + fee")), t.tax,
                     "tax", SN_TRANSLATE_NOOP("sn::Ledger", "amount + fee + tax"));
        cash = sums.sub(cash, total, "amount", cashSum);
        break;
    }
    }
    if (sums.failed())
        return sums.error();

    // Everything fits: store it. Nothing below can fail.
    m_cash[ccy] = cash;
    if (hasPosition) {
        Position &p = m_positions[t.symbol];
        p.symbol = t.symbol;
        p.currency = asset(t.symbol)->currency;
        switch (t.type) {
        case TransactionType::Buy:
        case TransactionType::TransferIn:
            if (m_method == LotMethod::AverageCost && !p.lots.empty())
                p.lots.front() = averaged;
            else
                p.lots.push_back(Lot{t.date, t.quantity, buyCost});
            p.quantity = quantity;
            p.costBasis = costBasis;
            break;
        case TransactionType::Sell:
        case TransactionType::TransferOut:
            removeLots(p, t.quantity); // takes the same cost as costOfSale() above
            p.realisedPnl = realised;
            break;
        case TransactionType::Split:
            for (std::size_t i = 0; i < p.lots.size(); ++i)
                p.lots[i].quantity = splitQuantities[i];
            p.quantity = quantity;
            break;
        case TransactionType::Dividend:
            p.income = income;
            break;
        case TransactionType::Interest:
        case TransactionType::Deposit:
        case TransactionType::Fee:
        case TransactionType::Tax:
        case TransactionType::Withdrawal:
            break;
        }
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
