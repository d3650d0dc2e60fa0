#pragma once

#include "core/analytics/ReturnStats.h"
#include "core/workspace/PortfolioService.h"

#include <QString>
#include <optional>

class QCommandLineParser;

namespace sn::cli {

class CliContext;

// A bad option value; the caller reports it as a usage error (exit 2).
struct BadOption
{
    QString message;
};

// The options the `portfolio` subcommands and `report portfolio|risk` share
// (the portfolio's NAME, --from/--to, --convention/--risk-free, --explain),
// added to a parser and read back the same way by both, so a report takes
// exactly the options of the analysis it shows.
struct PortfolioOptions
{
    bool period = true;
    bool convention = false;
    bool explain = true;

    void add(QCommandLineParser &p) const;
    std::optional<BadOption> readPeriod(const QCommandLineParser &p, PortfolioService::Period &out) const;
    // Without --risk-free the rate is 0 here; applySettingsRiskFree puts the
    // setting's in once the database is open.
    static std::optional<BadOption> readConvention(const QCommandLineParser &p, Convention &out);
};

// The risk-free rate from the setting analytics.risk_free_rate when
// --risk-free was not given; an exit code when the setting cannot be read.
std::optional<int> applySettingsRiskFree(CliContext &ctx, const QCommandLineParser &p,
                                         const PortfolioService &service, Convention &convention);

} // namespace sn::cli
