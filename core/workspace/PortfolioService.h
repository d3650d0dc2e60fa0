#pragma once

#include "core/analytics/Covariance.h"
#include "core/common/Result.h"
#include "core/workspace/PortfolioReports.h"
#include "core/workspace/TransactionCsv.h"

#include <QString>
#include <optional>
#include <string>
#include <vector>

namespace sn {

class Database;
class Workspace;

// Portfolio use cases over storage and the analytics kernels: a portfolio is
// found by name, its stored transactions become ledger entries, the daily
// bars ("1d" closes) of every instrument involved are loaded (and, through
// FxRates, the rates of every currency other than the base: the stored ECB
// reference rates crossed through EUR, or an imported "<CCY><BASE>=X"
// series; a missing rate is an error naming it), and the kernels run on
// them. Every report names the data it used.
//
// The valuation period ends on `to` when given (later transactions are left
// out), otherwise on the last day on which every instrument still held has a
// stored close (never before the last transaction), so no price is carried
// forward past the end of its data by default.
class PortfolioService
{
public:
    // The period and conventions shared by the analyses.
    struct Period
    {
        std::optional<TimestampMs> from; // first day analysed; default the first transaction
        std::optional<TimestampMs> to;   // last day valued
    };

    struct PerformanceOptions
    {
        Period period;
        std::string benchmark; // symbol; empty = no comparison
        Convention convention;
    };

    struct RiskOptions
    {
        Period period;
        Convention convention;
        std::string benchmark;
        RiskReport::VarMethod varMethod = RiskReport::VarMethod::Historical;
        double confidence = 0.95;
        int horizon = 1;
        std::size_t draws = 100'000; // Monte Carlo VaR
        // Ledoit-Wolf shrinkage of the positions' covariance; none = sample covariance.
        std::optional<Covariance::ShrinkageTarget> shrinkage;
        std::uint64_t seed = 1;
    };

    struct ProjectionOptions
    {
        Period period; // history the returns are taken from
        MonteCarloProjection::Method method = MonteCarloProjection::Method::Bootstrap;
        int steps = 252;
        int paths = 10'000;
        std::uint64_t seed = 1;
        // Relative to the start value: 0.2 = a target 20 % above it,
        // -0.2 = a loss limit 20 % below it.
        std::optional<double> targetChange;
        std::optional<double> lossLimitChange;
    };

    struct StressWindow
    {
        TimestampMs from = 0;
        TimestampMs to = 0;
    };

    struct StressOptions
    {
        std::optional<TimestampMs> asOf; // holdings on this day; default as Period::to
        std::vector<StressWindow> windows;
        std::vector<StressTest::Shock> shocks;
        // Series whose window return stands in for a position without its own
        // data in a window; empty = "^GSPC" when it is stored, else none.
        std::string proxy;
        bool noProxy = false;
    };

    struct Bound
    {
        std::string symbol;
        double lower = 0.0;
        double upper = 1.0;
    };

    struct OptimizeOptions
    {
        Period period;
        OptimizationReport::Method method = OptimizationReport::Method::MinVariance;
        double targetAnnualReturn = 0.0; // TargetReturn
        std::vector<Bound> bounds;
        Convention convention;  // periods per year and the risk-free rate
        int frontierPoints = 0; // 0 = no frontier
    };

    struct Target
    {
        std::string symbol;
        double weight = 0.0;
    };

    struct RebalanceOptions
    {
        std::optional<TimestampMs> asOf;
        std::vector<Target> targets; // held symbols not named get weight 0
        bool wholeShares = false;
        double minTradeValue = 0.0;
        double feeRate = 0.0;
        double feeFixed = 0.0;
    };

    // The settings key holding the annual risk-free rate ("0.02" = 2 %) that
    // conventions use when the caller gives none.
    static constexpr const char *kRiskFreeSetting = "analytics.risk_free_rate";

    explicit PortfolioService(const Database &db) : m_db(db) {}
    explicit PortfolioService(const Workspace &workspace);

    // The rate under kRiskFreeSetting; 0 when it is not set. Errors: a value
    // that is not a number in (-1, 1), or a storage error.
    Result<double> riskFreeFromSettings() const;

    // How sells consume lots in every analysis (FIFO unless set).
    void setLotMethod(Ledger::LotMethod method) { m_lotMethod = method; }
    Ledger::LotMethod lotMethod() const { return m_lotMethod; }

    Result<std::vector<PortfolioSummary>> list() const;
    Result<Holdings> holdings(const QString &portfolio, std::optional<TimestampMs> asOf = std::nullopt) const;
    Result<ValuationSeries> valuation(const QString &portfolio, const Period &period) const;
    // The whole-history valuation and today's holdings from one read of the
    // portfolio (the dashboard shows both).
    struct Overview
    {
        ValuationSeries valuation;
        Holdings holdings;
    };
    Result<Overview> overview(const QString &portfolio) const;
    Result<PerformanceReport> performance(const QString &portfolio, const PerformanceOptions &options) const;
    Result<RiskReport> risk(const QString &portfolio, const RiskOptions &options) const;
    Result<ProjectionReport> projection(const QString &portfolio, const ProjectionOptions &options) const;
    Result<StressReport> stress(const QString &portfolio, const StressOptions &options) const;
    Result<OptimizationReport> optimize(const QString &portfolio, const OptimizeOptions &options) const;
    Result<RebalanceReport> rebalance(const QString &portfolio, const RebalanceOptions &options) const;

    // All transactions in time order; returns the number written.
    Result<std::size_t> exportCsv(const QString &portfolio, const QString &path) const;
    Result<std::vector<TransactionCsvRow>> transactionRows(const QString &portfolio) const;

private:
    struct Loaded;
    Result<Loaded> load(const QString &portfolio, std::optional<TimestampMs> to) const;
    static Holdings holdingsOf(const Loaded &loaded);
    static Result<ValuationSeries> valuationOf(const Loaded &loaded, const Period &period);

    const Database &m_db;
    Ledger::LotMethod m_lotMethod = Ledger::LotMethod::Fifo;
};

} // namespace sn
