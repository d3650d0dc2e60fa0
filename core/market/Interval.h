#pragma once

#include "core/common/Result.h"
#include "core/common/Time.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace sn {

struct BarSeries;

// Bar intervals: the codes stored with every series ("1m", "5m", "15m",
// "30m", "1h" intraday; "1d", "1wk", "1mo", "3mo"), what the spacing of a
// series' dates says its interval is, and how many of its periods make a
// year. Every annualised figure (Sharpe, Sortino, volatility) depends on
// that count, so one place decides it for the lab, the CLI and the advisor.

// True for the codes above.
bool isKnownInterval(std::string_view code);
// "1m, 5m, 15m, 30m, 1h, 1d, 1wk, 1mo, 3mo", for messages.
const char *knownIntervalList();
// "daily", "weekly", "monthly", "quarterly", "5-minute", ...
std::string intervalDescription(std::string_view code);
// The same in the reader's language when a translator is installed (the
// desktop's); English otherwise.
std::string intervalDescriptionForReader(std::string_view code);

// The interval the spacing of the times suggests, with the evidence in words.
struct InferredInterval
{
    std::string code;       // one of the known codes
    std::string reason;     // e.g. "the median gap between dates is 31 days"
    std::string userReason; // the same in the reader's language
};

// From the median gap between consecutive times: under a day gives the
// nearest intraday code; 1-4 days daily (weekends and holidays leave
// 3- and 4-day gaps, but the median of trading days is 1); 5-10 days
// weekly; 26-35 days monthly; 85-95 days quarterly. nullopt when there
// are fewer than 3 times or the median fits none of these.
std::optional<InferredInterval> inferInterval(std::span<const TimestampMs> times);
// The median of the positive gaps between consecutive times (the element at
// index n/2 of the n sorted gaps); nullopt with fewer than two such gaps.
std::optional<TimestampMs> medianGap(std::span<const TimestampMs> times);

// An error when the spacing of the series' times clearly contradicts its
// stored interval (monthly dates stored as "1d", ...): annualising such a
// series with the stored interval would be off by a factor like
// sqrt(252 / 12). The message names both and says how to fix it.
Result<void> checkIntervalSpacing(const BarSeries &series);

// Periods per year for annualising returns of the series: `dailyPeriods`
// (the convention's: 252 trading days, or 365) for daily bars, 52 weekly,
// 12 monthly, 4 quarterly, and for intraday bars the number of bars per
// year the series itself has (bars over its span in years), since trading
// hours differ between markets. Fails with checkIntervalSpacing()'s error,
// or for an unknown interval code.
Result<double> periodsPerYear(const BarSeries &series, double dailyPeriods);

} // namespace sn
