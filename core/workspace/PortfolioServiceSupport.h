#pragma once

// Shared by the files that implement PortfolioService (PortfolioService.cpp,
// PortfolioRisk.cpp, PortfolioPlanning.cpp); not part of the module's API.

#include "core/analytics/Valuation.h"
#include "core/common/Log.h"
#include "core/market/BarSeries.h"
#include "core/model/Portfolio.h"
#include "core/workspace/PortfolioService.h"

#include <Eigen/Dense>
#include <QString>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sn {

struct PortfolioService::Loaded
{
    Portfolio portfolio;
    ValuationInput input;
    std::map<std::string, qint64> instrumentIds;
    Valuation valuation;
    DataUsed used;
    std::map<std::string, std::string> fxSources; // by currency: where its rates come from
};

namespace portfolio_detail {

extern const log::Category lc;
inline constexpr const char *kDefaultProxy = "^GSPC";

struct Window
{
    std::size_t begin = 0;
    std::size_t end = 0;
};

std::string str(const QString &s);
DailySeries closesOf(const BarSeries &bars);
std::optional<std::size_t> lastAtOrBefore(const DailySeries &s, TimestampMs t);
SeriesUsed usedOf(const std::string &symbol, const char *role, const DailySeries &s);
std::string percentText(double v);
std::vector<double> sampledReturns(const std::vector<TimestampMs> &days, const std::vector<double> &daily,
                                   std::size_t begin, const std::vector<TimestampMs> &dates);
Result<std::vector<double>> windowReturns(const Valuation &v, std::size_t begin, std::size_t end);
std::string describeWindow(TimestampMs from, TimestampMs to);
std::string conventionText(const Convention &c);
Result<Window> windowOf(const Valuation &v, std::optional<TimestampMs> from);
std::vector<TimestampMs> tradingDates(const ValuationInput &input, TimestampMs from, TimestampMs to);
std::optional<double> unitValue(const ValuationInput &in, const PortfolioAsset &asset, TimestampMs t);
Result<Eigen::MatrixXd> assetReturns(const ValuationInput &in, const std::vector<PortfolioAsset> &assets,
                                     TimestampMs from, TimestampMs to, std::vector<TimestampMs> &datesUsed);
Result<DailySeries> loadBenchmark(const Database &db, const std::string &symbol, DataUsed &used);

} // namespace portfolio_detail
} // namespace sn
