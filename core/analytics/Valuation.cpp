#include "core/analytics/Valuation.h"

#include "core/common/UserText.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <unordered_map>

namespace sn {

namespace {

// Carry-forward cursor over a daily series: the last value at or before a day.
struct Cursor
{
    const DailySeries *series = nullptr;
    std::size_t next = 0; // first index with time > current day
    bool has() const { return next > 0; }
    double value() const { return series->value[next - 1]; }
    void advance(TimestampMs day)
    {
        while (next < series->time.size() && series->time[next] <= day)
            ++next;
    }
};

Result<void> checkSeries(const DailySeries &s, const std::string &what)
{
    if (s.time.size() != s.value.size())
        return makeError(ErrorCode::InvalidArgument,
                         fmt::format("{} times but {} values", s.time.size(), s.value.size()), what);
    for (std::size_t i = 0; i < s.time.size(); ++i) {
        if (i > 0 && s.time[i] <= s.time[i - 1])
            return makeError(ErrorCode::InvalidArgument, "dates are not strictly increasing",
                             fmt::format("{} at {}", what, formatDate(s.time[i])));
        if (!std::isfinite(s.value[i]) || s.value[i] < 0)
            return makeError(ErrorCode::InvalidArgument, fmt::format("invalid value {}", s.value[i]),
                             fmt::format("{} at {}", what, formatDate(s.time[i])));
    }
    return {};
}

// The context "transaction DATE TYPE[ SYMBOL]", with the type in the reader's words too.
Error atTransaction(Error e, TimestampMs day, const Transaction &t, bool withSymbol = true)
{
    const std::string symbol = !withSymbol || t.symbol.empty() ? std::string() : " " + t.symbol;
    e.context = fmt::format("transaction {} {}{}", formatDate(day), transactionTypeName(t.type), symbol);
    e.userContext = translatedText(SN_TEXT("sn::Ledger", "transaction %1 %2%3"),
                                   {formatDate(day), transactionTypeLabel(t.type), symbol});
    if (e.userContext == e.context)
        e.userContext.clear();
    return e;
}

} // namespace

Result<Valuation> Valuation::compute(const ValuationInput &in)
{
    Valuation v;
    v.m_ledger = Ledger(in.baseCurrency, in.lotMethod, in.allowNegativeCash);
    std::unordered_map<std::string, std::size_t> assetIndex;
    std::vector<Cursor> price(in.assets.size());
    for (std::size_t a = 0; a < in.assets.size(); ++a) {
        const auto &asset = in.assets[a];
        if (auto ok = v.m_ledger.addAsset(asset); !ok)
            return ok.error();
        assetIndex.emplace(asset.symbol, a);
        v.m_symbols.push_back(asset.symbol);
        auto it = in.prices.find(asset.symbol);
        if (it == in.prices.end())
            return makeError(ErrorCode::NotFound, SN_TEXT("sn::Valuation", "no price series"), {})
                .at(SN_TEXT("sn::Valuation", "instrument %1"), {asset.symbol});
        if (auto ok = checkSeries(it->second, "prices of " + asset.symbol); !ok)
            return ok.error();
        price[a].series = &it->second;
    }

    // Currencies: index 0 is the base (rate exactly 1); every other one needs a series.
    std::vector<std::string> currencies{in.baseCurrency};
    std::vector<Cursor> fx(1);
    // A missing series comes without a context: the caller names the
    // instrument or transaction (a bad series names itself).
    auto currencyIndex = [&](const std::string &ccy) -> Result<std::size_t> {
        for (std::size_t c = 0; c < currencies.size(); ++c)
            if (currencies[c] == ccy)
                return c;
        auto it = in.fx.find(ccy);
        if (it == in.fx.end())
            return makeError(ErrorCode::NotFound,
                             SN_TEXT("sn::Valuation", "no FX series %1->%2; a rate of 1.0 is never assumed"),
                             {ccy, in.baseCurrency});
        if (auto ok = checkSeries(it->second, "FX " + ccy); !ok)
            return ok.error();
        currencies.push_back(ccy);
        Cursor cur;
        cur.series = &it->second;
        fx.push_back(cur);
        return currencies.size() - 1;
    };
    std::vector<std::size_t> assetCcy(in.assets.size());
    for (std::size_t a = 0; a < in.assets.size(); ++a) {
        auto c = currencyIndex(in.assets[a].currency);
        if (!c)
            return c.error().context.empty()
                       ? Error(c.error()).at(SN_TEXT("sn::Valuation", "instrument %1"), {in.assets[a].symbol})
                       : c.error();
        assetCcy[a] = *c;
    }

    std::vector<Transaction> txs = in.transactions;
    for (auto &t : txs)
        t.date = startOfDay(t.date);
    std::stable_sort(txs.begin(), txs.end(),
                     [](const Transaction &a, const Transaction &b) { return a.date < b.date; });
    std::vector<std::size_t> txCcy(txs.size());
    for (std::size_t i = 0; i < txs.size(); ++i) {
        const auto &t = txs[i];
        std::string ccy = t.currency.empty() ? in.baseCurrency : t.currency;
        if (!t.symbol.empty()) {
            auto it = assetIndex.find(t.symbol);
            if (it == assetIndex.end())
                return atTransaction(makeError(ErrorCode::NotFound,
                                               SN_TEXT("sn::Valuation", "unknown symbol '%1'"), {t.symbol}),
                                     t.date, t, false);
            ccy = in.assets[it->second].currency;
        }
        auto c = currencyIndex(ccy);
        if (!c)
            return c.error().context.empty() ? atTransaction(c.error(), t.date, t, false) : c.error();
        txCcy[i] = *c;
    }
    if (txs.empty())
        return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::Valuation", "no transactions to value"), {})
            .at(SN_TEXT("sn::Valuation", "portfolio"), {});

    const TimestampMs first = txs.front().date;
    TimestampMs last = txs.back().date;
    if (in.to != 0) {
        last = startOfDay(in.to);
    } else {
        for (const auto &p : price)
            if (!p.series->time.empty())
                last = std::max(last, startOfDay(p.series->time.back()));
    }
    if (last < txs.back().date)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Valuation", "valuation ends before the last transaction (%1)"),
                         {formatDate(txs.back().date)})
            .at(SN_TEXT("sn::Valuation", "to"), {});
    const std::size_t nDays = static_cast<std::size_t>((last - first) / kMsPerDay) + 1;
    const std::size_t nAssets = in.assets.size();
    v.m_days.resize(nDays);
    v.m_marketValue.assign(nDays, 0.0);
    v.m_inflow.assign(nDays, 0.0);
    v.m_outflow.assign(nDays, 0.0);
    v.m_positionValue.assign(nAssets * nDays, 0.0);
    v.m_positionFlow.assign(nAssets * nDays, 0.0);

    std::vector<double> qty(nAssets, 0.0);
    std::vector<double> cash(currencies.size(), 0.0);
    std::size_t ti = 0;
    for (std::size_t d = 0; d < nDays; ++d) {
        const TimestampMs day = first + static_cast<TimestampMs>(d) * kMsPerDay;
        v.m_days[d] = day;
        for (auto &p : price)
            p.advance(day);
        for (std::size_t c = 1; c < fx.size(); ++c)
            fx[c].advance(day);
        auto rate = [&](std::size_t c) { return c == 0 ? 1.0 : fx[c].value(); };
        auto needRate = [&](std::size_t c, const std::string &user) -> Result<void> {
            if (c != 0 && !fx[c].has())
                return makeError(ErrorCode::NotFound,
                                 in.missingRate ? in.missingRate(currencies[c], day)
                                                : fmt::format("no {}->{} rate on or before {}", currencies[c],
                                                              in.baseCurrency, formatDate(day)),
                                 user);
            return {};
        };

        for (; ti < txs.size() && txs[ti].date == day; ++ti) {
            const Transaction &t = txs[ti];
            // Built only when an error needs it: formatting per transaction would dominate.
            auto where = [&] {
                return fmt::format("transaction {} {}{}", formatDate(day), transactionTypeName(t.type),
                                   t.symbol.empty() ? "" : " " + t.symbol);
            };
            if (txCcy[ti] != 0 && !fx[txCcy[ti]].has()) {
                if (auto ok = needRate(txCcy[ti], where()); !ok)
                    return ok.error();
            }
            const double r = rate(txCcy[ti]);
            std::size_t a = nAssets;
            if (!t.symbol.empty()) {
                a = assetIndex.at(t.symbol);
                if (t.isTrade() && !price[a].has())
                    return atTransaction(makeError(ErrorCode::InvalidArgument,
                                                   SN_TEXT("sn::Valuation", "no price of %1 on or before %2"),
                                                   {t.symbol, formatDate(day)}),
                                         day, t);
            }
            if (auto ok = v.m_ledger.apply(t); !ok)
                return ok.error();
            const std::size_t at = a * nDays + d;
            switch (t.type) {
            case TransactionType::Deposit:
                v.m_inflow[d] += t.amount.toDouble() * r;
                break;
            case TransactionType::Withdrawal:
                v.m_outflow[d] += t.amount.toDouble() * r;
                break;
            case TransactionType::TransferIn: {
                const double mv = t.quantity.toDouble() * price[a].value() * r;
                v.m_inflow[d] += mv;
                v.m_positionFlow[at] += mv;
                break;
            }
            case TransactionType::TransferOut: {
                const double mv = t.quantity.toDouble() * price[a].value() * r;
                v.m_outflow[d] += mv;
                v.m_positionFlow[at] -= mv;
                break;
            }
            case TransactionType::Buy:
                v.m_positionFlow[at] += (t.quantity * t.price + t.fee + t.tax).toDouble() * r;
                break;
            case TransactionType::Sell:
                v.m_positionFlow[at] -= (t.quantity * t.price - t.fee - t.tax).toDouble() * r;
                break;
            case TransactionType::Dividend:
                v.m_positionFlow[at] -= (t.amount - t.fee - t.tax).toDouble() * r;
                break;
            default:
                break;
            }
            if (a < nAssets)
                qty[a] = v.m_ledger.quantity(t.symbol).toDouble();
            cash[txCcy[ti]] = v.m_ledger.cash(currencies[txCcy[ti]]).toDouble();
        }

        double total = 0.0;
        for (std::size_t a = 0; a < nAssets; ++a) {
            if (qty[a] == 0.0)
                continue;
            if (!price[a].has())
                return makeError(ErrorCode::InvalidArgument,
                                 SN_TEXT("sn::Valuation",
                                         "%1 is held on %2 but has no price on or before that day"),
                                 {in.assets[a].symbol, formatDate(day)})
                    .at(SN_TEXT("sn::Valuation", "instrument %1"), {in.assets[a].symbol});
            if (assetCcy[a] != 0 && !fx[assetCcy[a]].has())
                return needRate(assetCcy[a], "instrument " + in.assets[a].symbol).error();
            const double value = qty[a] * price[a].value() * rate(assetCcy[a]);
            v.m_positionValue[a * nDays + d] = value;
            total += value;
        }
        for (std::size_t c = 0; c < cash.size(); ++c) {
            if (cash[c] == 0.0)
                continue;
            if (c != 0 && !fx[c].has())
                return needRate(c, "cash in " + currencies[c]).error();
            total += cash[c] * rate(c);
        }
        v.m_marketValue[d] = total;
    }
    return v;
}

} // namespace sn
