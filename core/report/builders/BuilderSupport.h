#pragma once

#include "core/analytics/ReturnStats.h"
#include "core/market/BarSeries.h"
#include "core/report/Fingerprint.h"
#include "core/report/ReportDocument.h"

#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace sn::report {

// Helpers the report builders share: KPI rows, convention text, bar rows into
// the fingerprint, monthly returns from an equity curve.

// The version the fingerprint records (the build's project version).
std::string appVersion();

// A KPI table's row: label, value and (optionally) the JSON key it matches.
std::vector<Cell> kpiRow(const std::string &label, Cell value, const std::string &key = {});
Table kpiTable(std::string id, std::string title);

// "supernova: 252 periods/year, sample deviation (ddof 1), risk-free 2 % a year".
std::string conventionText(const Convention &c);

// Every bar of the series (time, open, high, low, close, volume) into the
// fingerprint under "bars SYMBOL INTERVAL".
void addBars(Fingerprint &fp, const BarSeries &series);

// Shortest text that reads back to the same double.
std::string numberText(double v);

// Compounded return of each calendar month (UTC), from the equity at the
// last bar of the previous month (`start` for the first month) to the
// month's last bar; years x 12 row-major, NaN where the month has no bar.
struct MonthGrid
{
    int firstYear = 0;
    int years = 0;
    std::vector<double> values;
    std::vector<double> yearTotals;
};
MonthGrid monthGrid(std::span<const TimestampMs> time, std::span<const double> equity, double start);

// The monthly grid as a table (Year, Jan..Dec, Year) and a heatmap chart.
Table monthTable(const MonthGrid &grid, std::string id, std::string title);
Chart monthHeatmap(const MonthGrid &grid, std::string id, std::string title);

// Depth below the running peak as a negative fraction.
std::vector<double> drawdownCurve(std::span<const double> equity);

std::vector<double> timesAsDoubles(std::span<const TimestampMs> time);

} // namespace sn::report
