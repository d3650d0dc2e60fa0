#pragma once

#include <QString>
#include <cstdint>

namespace sn::ui {

// One text form per kind of number, in the current locale, for every view:
// the same amount, price or percentage reads the same on every screen.
namespace Formats {

// An amount of money: two decimals, group separators ("12,345.60").
QString money(double amount);
// A price per unit: two decimals from 1 up, four below 1 (a penny stock's
// or a currency pair's digits are not rounded away).
QString price(double price);
// A fraction as a percentage: 0.1234 -> "12.34 %".
QString percent(double fraction, int decimals = 2);
// A signed change as a percentage with its sign: "+1.20 %", "-3.40 %".
QString signedPercent(double fraction, int decimals = 2);
// A drawdown, always shown as a loss: depth 0.25 or -0.25 -> "-25.00 %".
QString drawdown(double depth);
// A ratio of returns (Sharpe, Sortino, profit factor): two decimals.
QString ratio(double value);
// A count of things: no decimals, group separators.
QString count(std::int64_t n);
// A quantity of units as the ledger holds it: up to eight decimals, no trailing zeros.
QString quantity(double units);
// An exact decimal as the ledger stores it ("-1234.5"), in the locale's
// digits grouping and decimal sign, padded to `minDecimals` but never rounded.
QString decimal(const QString &plain, int minDecimals = 2);
// A moment (saved at, updated at) in the user's time zone and date style.
QString dateTime(std::int64_t epochMs);
// The calendar day of a bar or a transaction (stored as midnight UTC of that
// day) in the locale's short date style with the year in full: "1/5/2015",
// "05.01.2015". The CLI, --json, CSV exports and logs keep ISO dates.
QString date(std::int64_t epochMs);
// A bar's time: its date, and for an intraday bar the UTC time of day after it.
QString barTime(std::int64_t epochMs, bool intraday);
// The locale's short date format with a four-digit year (series go back decades).
QString shortDateFormat();

} // namespace Formats

} // namespace sn::ui
