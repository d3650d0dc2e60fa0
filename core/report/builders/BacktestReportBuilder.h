#pragma once

#include "core/analytics/ReturnStats.h"
#include "core/backtest/Backtester.h"
#include "core/market/BarSeries.h"
#include "core/report/ReportDocument.h"

#include <string>
#include <vector>

namespace sn::report {

// What a backtest report is made from: the bars the run used, how they were
// chosen, the settings as the user gave them and the finished run.
struct BacktestReportInput
{
    std::vector<const BarSeries *> series;
    std::string origin;   // the database (password hidden) or the CSV file
    std::string interval; // "1d", ...
    bool daily = true;
    std::string sizingText; // "all_in", "units:10", ...
    std::string fillText;   // "next_open" or "close"
    bt::BacktestConfig config;
    Convention convention;
    const bt::BacktestReport *report = nullptr;
};

// Strategy, parameters, data range, costs and fills; the KPI table; equity
// against buy & hold; drawdown; the monthly returns grid; trades and open
// positions; every metric's formula and convention; the data fingerprint
// over the bars, the settings, the convention and the app version.
Document buildBacktestReport(const BacktestReportInput &input);

} // namespace sn::report
