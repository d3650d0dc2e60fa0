#pragma once

#include "core/analytics/Ledger.h"
#include "core/analytics/MonteCarloProjection.h"
#include "core/analytics/Performance.h"
#include "core/analytics/PortfolioOptimizer.h"
#include "core/analytics/Rebalancer.h"
#include "core/analytics/ReturnStats.h"
#include "core/analytics/StressTest.h"
#include "core/analytics/ValueAtRisk.h"
#include "core/common/Decimal.h"
#include "core/common/Time.h"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sn {

// Data types returned by PortfolioService. Every report says which data it
// was computed from (DataUsed) and carries the formula and convention of each
// number it holds (explanations), so a view, the CLI or the advisor can cite
// both. A number that is not defined for the input is an empty optional,
// never NaN.

// One stored series a report read.
struct SeriesUsed
{
    std::string symbol;
    std::string role; // "price", "fx", "benchmark", "proxy"
    std::size_t rows = 0;
    TimestampMs first = 0;
    TimestampMs last = 0;
};

struct DataUsed
{
    std::string portfolio;
    std::string baseCurrency;
    std::size_t transactions = 0;
    TimestampMs from = 0;         // first day of the period analysed
    TimestampMs to = 0;           // last day of the period analysed
    std::size_t observations = 0; // returns (or days) the statistics were computed from
    std::vector<SeriesUsed> series;
};

// (name, formula and convention) pairs in display order.
using Explanations = std::vector<std::pair<std::string, std::string>>;

struct PortfolioSummary
{
    std::string name;
    std::string baseCurrency;
    std::string note;
    TimestampMs createdAt = 0;
    std::size_t transactions = 0;
};

struct HoldingLine
{
    std::string symbol;
    std::string currency;
    std::string assetClass;
    Decimal quantity;
    Decimal costBasis;   // instrument currency, open lots incl. buy fees
    Decimal realisedPnl; // instrument currency
    Decimal income;      // dividends net of withheld tax, instrument currency
    std::vector<Ledger::Lot> lots;
    double price = 0.0; // last close on or before the valuation day, instrument currency
    TimestampMs priceDate = 0;
    double fxRate = 1.0;        // base per unit of the instrument currency
    TimestampMs fxDate = 0;     // the day of the rate used (0: the base currency, no conversion)
    std::string fxSource;       // "ECB reference rates EUR/GBP, EUR/USD" or an imported symbol
    double marketValue = 0.0;   // base currency
    double unrealisedPnl = 0.0; // base currency: quantity x price - cost basis, converted
    double weight = 0.0;        // of the total value (positions + cash)
};

struct Holdings
{
    DataUsed used;
    TimestampMs asOf = 0;
    std::vector<HoldingLine> lines;      // open positions and closed ones with realised P&L or income
    std::map<std::string, Decimal> cash; // per currency, exact
    double cashValue = 0.0;              // base currency
    double totalValue = 0.0;             // positions + cash, base currency
    Explanations explanations;
};

// The portfolio's value on every calendar day of the period (prices and FX
// carried forward over weekends and holidays) with the external flows and
// the cumulative time-weighted return up to each day.
struct ValuationSeries
{
    DataUsed used;
    std::vector<TimestampMs> days;
    std::vector<double> value;            // MVE, base currency
    std::vector<double> inflow;           // CFin
    std::vector<double> outflow;          // CFout
    std::vector<double> cumulativeReturn; // prod(1 + r) - 1 up to and including the day
    Explanations explanations;
};

struct PerformanceReport
{
    DataUsed used;
    std::size_t days = 0;    // calendar days in the period
    double valueBegin = 0.0; // MVB of the first day (the value at the end of the day before)
    double valueEnd = 0.0;
    double inflows = 0.0;
    double outflows = 0.0;
    double ttwror = 0.0;
    std::optional<double> ttwrorAnnualised;
    Performance::Irr irr;
    std::vector<Performance::PeriodReturn> monthly;
    std::vector<Performance::PeriodReturn> yearly;
    std::vector<Performance::Contribution> contributions;
    std::string benchmarkSymbol; // empty: no comparison asked
    std::optional<Performance::BenchmarkComparison> benchmark;
    Explanations explanations;
};

struct RiskReport
{
    enum class VarMethod
    {
        Historical,
        Normal,
        CornishFisher,
        MonteCarlo
    };

    DataUsed used;
    Convention convention;
    ReturnSummary summary;
    // The max drawdown's indices as trading days (index 0 = the first close).
    TimestampMs drawdownPeak = 0;
    TimestampMs drawdownTrough = 0;
    std::optional<TimestampMs> drawdownRecovery;
    std::string benchmarkSymbol;
    VarMethod varMethod = VarMethod::Historical;
    double confidence = 0.95;
    int horizon = 1;
    ValueAtRisk::Estimate var;
    double varAmount = 0.0; // var x current value, base currency
    double cvarAmount = 0.0;
    double currentValue = 0.0;
    // Parametric normal component VaR of the current positions (needs two
    // or more held instruments with enough common history).
    std::vector<std::string> symbols;
    std::vector<double> weights; // of the total value (cash has no return)
    std::vector<double> componentVar;
    std::vector<std::vector<double>> covariance;  // symbols x symbols, per trading day
    std::vector<std::vector<double>> correlation; // symbols x symbols
    std::optional<double> shrinkageIntensity;     // when Ledoit-Wolf shrinkage was asked
    std::string componentNote;                    // why component VaR or correlation is missing
    Explanations explanations;
};

struct ProjectionReport
{
    DataUsed used;
    MonteCarloProjection::Input input; // historicalReturns left empty after the run
    std::size_t historicalObservations = 0;
    MonteCarloProjection::Fan fan;
    Explanations explanations;
};

struct StressScenario
{
    std::string label; // "2008-09-01:2009-03-31" or "all=-0.2"
    StressTest::Outcome outcome;
};

struct StressReport
{
    DataUsed used;
    std::string proxySymbol; // empty: none
    std::vector<StressScenario> scenarios;
    Explanations explanations;
};

struct OptimizationReport
{
    enum class Method
    {
        MinVariance,
        MaxSharpe,
        TargetReturn,
        EqualRiskContribution
    };

    DataUsed used;
    Method method = Method::MinVariance;
    double periodsPerYear = 252.0;
    std::vector<std::string> symbols;
    std::vector<double> currentWeights; // of the invested value
    std::vector<double> lower;
    std::vector<double> upper;
    PortfolioOptimizer::Portfolio result;
    std::vector<PortfolioOptimizer::Portfolio> frontier; // when asked
    Explanations explanations;
};

struct RebalanceReport
{
    DataUsed used;
    Rebalancer::Input input;
    Rebalancer::Plan plan;
    Explanations explanations;
};

struct TransactionImportReport
{
    std::string source;
    std::size_t rowsRead = 0;
    std::size_t imported = 0;
    TimestampMs first = 0;
    TimestampMs last = 0;
};

} // namespace sn
