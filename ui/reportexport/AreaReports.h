#pragma once

#include "core/backtest/Backtester.h"
#include "core/backtest/Optimizer.h"
#include "core/backtest/WalkForward.h"
#include "core/report/builders/PortfolioReportBuilder.h"
#include "ui/shell/Area.h"

#include <QString>
#include <memory>
#include <vector>

namespace sn {
class Workspace;
}

namespace sn::ui {

struct LabInputs;

// The AreaReport of each area that has one: what the area shows, held by
// value or shared pointer so the build can run on a worker thread. The
// builders are core/report's, called as the CLI's `report` command calls
// them, so a report from the desktop says what `supernova-cli report` says.
namespace area_reports {

// Portfolio: the performance report of `portfolio` over its whole history,
// under the convention and risk-free rate from Preferences, against the
// S&P 500 when it is stored. Nothing to report without a portfolio or with
// an empty ledger.
AreaReport portfolio(const Workspace &db, const QString &portfolio, std::size_t transactions);

// Risk: the risk report with the options the view computed with, the
// rebalancing proposal when one is shown.
AreaReport risk(const Workspace &db, const QString &portfolio, report::RiskReportOptions options);

// Advisor: the conversation shown (0: none).
AreaReport conversation(const Workspace &db, qint64 conversationId);

// Backtest lab, Results tab: the last finished run.
AreaReport backtest(const Workspace &db, std::shared_ptr<const LabInputs> inputs,
                    std::shared_ptr<const bt::BacktestReport> run,
                    std::vector<std::shared_ptr<const BarSeries>> series);

// A finished sweep as the lab ran it: the form's inputs, the sweep, its
// result and the very series it ran on.
struct SweepRecord
{
    std::shared_ptr<const LabInputs> inputs;
    std::shared_ptr<const bt::SweepConfig> config;
    std::shared_ptr<const bt::SweepResult> result;
    std::shared_ptr<const BarSeries> series;
};

// A finished walk-forward, the same way.
struct WalkForwardRecord
{
    std::shared_ptr<const LabInputs> inputs;
    std::shared_ptr<const bt::WalkForwardConfig> config;
    std::shared_ptr<const bt::WalkForwardResult> result;
    std::shared_ptr<const BarSeries> series;
};

// Backtest lab, Optimisation tab: the finished sweep; the best combination is
// re-run in full when the report is built.
AreaReport optimisation(const Workspace &db, const SweepRecord &sweep);

// Backtest lab, Walk-forward tab: the finished walk-forward.
AreaReport walkForward(const Workspace &db, const WalkForwardRecord &walkForward);

} // namespace area_reports

} // namespace sn::ui
