#pragma once

#include "core/analytics/Ledger.h"
#include "core/analytics/PortfolioAsset.h"
#include "core/analytics/Transaction.h"
#include "core/common/Result.h"

#include <functional>
#include <map>
#include <span>
#include <string>
#include <vector>

namespace sn {

// A daily series: closes of an instrument, or an FX rate given as units of
// the base currency per one unit of the foreign currency. Times are UTC
// midnights, strictly increasing.
struct DailySeries
{
    std::vector<TimestampMs> time;
    std::vector<double> value;
};

struct ValuationInput
{
    std::string baseCurrency = "USD";
    Ledger::LotMethod lotMethod = Ledger::LotMethod::Fifo;
    bool allowNegativeCash = false;
    std::vector<PortfolioAsset> assets;
    std::vector<Transaction> transactions;
    std::map<std::string, DailySeries> prices; // by symbol
    std::map<std::string, DailySeries> fx;     // by currency ("EUR" -> base per EUR)
    TimestampMs to = 0;                        // last day valued; 0 = the latest price or transaction date
    // How to say that `fx` holds no rate of a currency on or before a day
    // (which rate is missing and where to get it); empty: a generic sentence.
    std::function<std::string(const std::string &currency, TimestampMs day)> missingRate;
};

// The portfolio's value on every calendar day from its first transaction,
// with prices and FX carried forward over weekends and holidays, and the
// external cash flows Portfolio Performance's method needs: inflows
// (deposits, transfers in at market value) and outflows (withdrawals,
// transfers out at market value). Fees, taxes, dividends and interest are
// internal and so part of the return.
class Valuation
{
public:
    // Errors: unknown symbol, a position held or traded on a day before its
    // first price, a currency other than the base without an FX series (never
    // a silent 1.0), or any ledger error (sell more than held, negative price).
    static Result<Valuation> compute(const ValuationInput &input);

    std::size_t dayCount() const { return m_days.size(); }
    const std::vector<TimestampMs> &days() const { return m_days; }
    const std::vector<double> &marketValue() const { return m_marketValue; } // MVE, base currency
    const std::vector<double> &inflow() const { return m_inflow; }           // CFin >= 0
    const std::vector<double> &outflow() const { return m_outflow; }         // CFout >= 0
    const std::vector<std::string> &symbols() const { return m_symbols; }
    // Value of asset `a` at the end of day `d`, base currency.
    double positionValue(std::size_t a, std::size_t d) const
    {
        return m_positionValue[a * m_days.size() + d];
    }
    // What the portfolio put into asset `a` on day `d` (buys and transfers in
    // positive; sales, transfers out and dividends received negative), base currency.
    double positionFlow(std::size_t a, std::size_t d) const { return m_positionFlow[a * m_days.size() + d]; }
    const Ledger &ledger() const { return m_ledger; }

private:
    std::vector<TimestampMs> m_days;
    std::vector<double> m_marketValue;
    std::vector<double> m_inflow;
    std::vector<double> m_outflow;
    std::vector<std::string> m_symbols;
    std::vector<double> m_positionValue;
    std::vector<double> m_positionFlow;
    Ledger m_ledger;
};

} // namespace sn
