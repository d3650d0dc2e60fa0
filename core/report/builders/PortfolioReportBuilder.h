#pragma once

#include "core/common/Result.h"
#include "core/report/ReportDocument.h"
#include "core/workspace/PortfolioService.h"

#include <QString>
#include <vector>

namespace sn {
class Database;
}

namespace sn::report {

// Everything the risk report runs: the risk statistics and VaR, the Monte
// Carlo fan, the stress scenarios, the efficient frontier and, when target
// weights are given, the rebalancing proposal.
struct RiskReportOptions
{
    PortfolioService::RiskOptions risk;
    PortfolioService::ProjectionOptions projection;
    PortfolioService::StressOptions stress;
    int frontierPoints = 20;
    PortfolioService::RebalanceOptions rebalance; // no targets: no proposal
};

// Portfolio reports over PortfolioService: the analyses run as the CLI's
// `portfolio performance` / `portfolio risk` run them, then become documents.
// The fingerprint covers the portfolio's transactions up to the last day
// analysed and every stored bar the analyses read (re-read from the database
// over the rows each report names), the options and the convention.
class PortfolioReportBuilder
{
public:
    explicit PortfolioReportBuilder(const Database &db) : m_db(db) {}

    // Value, TTWROR and IRR, monthly and yearly returns, contribution by
    // holding, the benchmark comparison, holdings at the end and the ledger
    // of the period.
    Result<Document> performance(const QString &portfolio,
                                 const PortfolioService::PerformanceOptions &options) const;
    Result<Document> risk(const QString &portfolio, const RiskReportOptions &options) const;

private:
    Result<void> addInputs(Document &doc, class Fingerprint &fp, const QString &portfolio,
                           const DataUsed &used) const;

    const Database &m_db;
};

} // namespace sn::report
