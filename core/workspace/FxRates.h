#pragma once

#include "core/analytics/Valuation.h"
#include "core/common/Result.h"
#include "core/workspace/PortfolioReports.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sn {

class Database;

// How a portfolio converts another currency into its base currency: the one
// code path valuation, holdings, rebalancing and the guarded ledger write use.
//
// Convention: the ECB euro foreign exchange reference rates stored by
// `supernova-cli fx` in `fx_rates`, published around 16:00 CET on TARGET
// business days as units of a currency per one euro. A day is converted at
// that day's rate or, on a weekend, a holiday or a day not fetched yet, at
// the rate of the latest earlier business day; the date used is reported
// (HoldingLine::fxDate). A pair without the euro is crossed through it:
// base per unit of X = (base per EUR) / (X per EUR), on the days both rates
// were published.
//
// A currency with no ECB rate stored at all falls back to an imported daily
// series of the pair ("<CCY><BASE>=X" or "<CCY><BASE>", closes in base per
// unit of CCY), as before the ECB feed existed. A rate of 1.0 is never
// assumed: no rate on or before a day is an error that names the missing
// rate and how to get it.
class FxRates
{
public:
    explicit FxRates(const Database &db) : m_db(db) {}

    struct Series
    {
        DailySeries series;           // base per one unit of the currency, by day
        std::string source;           // "ECB reference rates EUR/GBP, EUR/USD" or the imported symbol
        bool ecb = false;             // from fx_rates (else an imported series, or nothing stored)
        std::vector<SeriesUsed> used; // what was read, for DataUsed
    };

    // Base-currency units per one unit of `currency` (never the base itself);
    // an empty series when nothing is stored for it, so the valuation names the
    // missing rate with the first day it needs one. Read once per currency.
    Result<const Series *> series(const std::string &currency, const std::string &base);

    // "no EUR/GBP rate on or before 2023-12-07: fetch FX with `supernova-cli fx`
    // (ECB reference rates)": names the rate that is missing on that day.
    // Call series() for the pair first.
    std::string missingRate(const std::string &currency, const std::string &base, TimestampMs day) const;
    // The same as a value that outlives this object (for ValuationInput).
    std::function<std::string(const std::string &, TimestampMs)>
    missingRateText(const std::string &base) const;

    // The desktop has no FX fetch of its own yet: the CLI is the way in.
    static constexpr const char *kFetchHint = "fetch FX with `supernova-cli fx` (ECB reference rates)";

private:
    // What a currency's conversion is made of, for naming a missing rate.
    struct Legs
    {
        std::vector<std::pair<std::string, std::optional<TimestampMs>>> ecb; // "EUR/GBP", first day
        std::string imported;   // the imported symbol used, if any
        std::string importHint; // "EURUSD=X" when no ECB rate is stored for a leg
        std::optional<TimestampMs> first;
    };
    static std::string describe(const Legs &legs, const std::string &currency, const std::string &base,
                                TimestampMs day);
    Result<const DailySeries *> perEuro(const std::string &currency);

    const Database &m_db;
    std::map<std::string, DailySeries> m_perEuro;
    std::map<std::pair<std::string, std::string>, Series> m_series;
    std::map<std::pair<std::string, std::string>, Legs> m_legs;
};

} // namespace sn
