#pragma once

#include "core/market/BarSeries.h"
#include "core/workspace/PortfolioReports.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace sn {

// Figures the dashboard (and any other summary) shows about a portfolio's
// valued history and about price series. Pure functions of their inputs, so
// every screen and the CLI compute them the same way.

// The change of a portfolio's value between two valued days.
struct PeriodChange
{
    std::optional<double> value; // value change net of the deposits and withdrawals in between, base currency
    std::optional<double> twr;   // time-weighted return over the same days
};

// Between day index `from` and `to` of `series`; empty when from >= to or
// either index is outside the series.
PeriodChange changeBetween(const ValuationSeries &series, std::size_t from, std::size_t to);

struct ValueChanges
{
    PeriodChange day;        // last valued day against the one before
    PeriodChange yearToDate; // from the last valued day of the previous calendar year (or the first day)
    PeriodChange sinceStart; // from the first valued day
};

// Empty changes when the series has fewer than two valued days.
ValueChanges valueChanges(const ValuationSeries &series);

// last close / previous close - 1; empty with fewer than two bars or a
// previous close that is not positive.
std::optional<double> lastChange(const BarSeries &bars);

// Indices into `changes` of the largest absolute changes, largest first (at
// most `count`); absent changes are skipped; equal moves keep input order.
std::vector<std::size_t> largestMoves(const std::vector<std::optional<double>> &changes, std::size_t count);

} // namespace sn
