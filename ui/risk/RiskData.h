#pragma once

#include "core/common/Result.h"
#include "core/model/PortfolioTransaction.h"
#include "core/workspace/PortfolioService.h"
#include "core/workspace/RebalanceLedger.h"
#include "ui/risk/CustomStress.h"

#include <QString>
#include <optional>
#include <string>
#include <vector>

namespace sn {
class Workspace;
}

namespace sn::ui {

// What the risk view reads before it computes anything: the portfolios to
// pick from and the analytics settings (default convention, risk-free rate).
struct RiskStartup
{
    std::vector<PortfolioSummary> portfolios;
    QString convention = QStringLiteral("supernova");
    double riskFree = 0.0;
    std::vector<CustomStress> customStress; // the analyst's own stress scenarios
};

// The settings key of the default convention profile (written by Settings).
inline constexpr const char *kConventionSetting = "analytics.convention";

Result<RiskStartup> loadRiskStartup(const Workspace &db);

// Minimum-variance optimisation with the efficient frontier, and the
// maximum-Sharpe portfolio of the same inputs (which may not exist: no
// feasible portfolio beats the risk-free rate).
struct FrontierResult
{
    OptimizationReport minVariance; // carries the frontier
    std::optional<OptimizationReport> maxSharpe;
    QString maxSharpeError;
};

Result<FrontierResult> loadFrontier(const Workspace &db, const QString &portfolio,
                                    const Convention &convention, int points);

// Runs the risk report with the benchmark and, when the benchmark cannot be
// used (not stored, no overlap), again without it; `note` then says why beta
// is missing.
Result<RiskReport> riskWithFallback(const PortfolioService &service, const QString &portfolio,
                                    PortfolioService::RiskOptions options, QString &note);
Result<PerformanceReport> performanceWithFallback(const PortfolioService &service, const QString &portfolio,
                                                  PortfolioService::PerformanceOptions options,
                                                  QString &note);

// The explanation stored under `key` in a report, empty when there is none.
QString explanationOf(const Explanations &explanations, const std::string &key);

// "Sample portfolio, USD: 2013-05-13 to 2024-06-28, 2,795 observations; AAPL (price, 2,800 rows) ..."
QString describeDataUsed(const DataUsed &used);

} // namespace sn::ui
