#pragma once

#include "core/analytics/ReturnStats.h"
#include "core/common/Result.h"
#include "core/market/BarSeries.h"
#include "core/workspace/MarketData.h"
#include "core/workspace/PortfolioReports.h"
#include "core/workspace/PortfolioService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace sn {
class Database;
}

namespace sn::advisor {

// What every tool reads through: the services over one database. Tools
// only read; nothing here writes.
struct ToolContext
{
    explicit ToolContext(const Database &database) : db(database), market(database), portfolios(database) {}

    const Database &db;
    MarketData market;
    PortfolioService portfolios;

    // Convention::supernova() with the risk-free rate from the settings.
    Result<Convention> convention() const;
};

// One instrument's bars cut to the asked range, with what to cite.
struct LoadedSeries
{
    BarSeries series;
    QString symbol;   // as stored
    QString interval; // as used
    std::optional<TimestampMs> askedFrom;
    std::optional<TimestampMs> askedTo;

    // {symbol, interval, from, to, rows} of the bars actually used.
    QJsonObject cite() const;
};

namespace tools {

// Optional "YYYY-MM-DD" argument; an impossible date is an error naming it.
Result<std::optional<TimestampMs>> dateArg(const QJsonObject &args, const char *name);
QString dateText(TimestampMs t);

// A stored symbol matched case-insensitively ("aapl", "^gspc"); NotFound
// lists the stored ones.
Result<QString> resolveSymbol(const ToolContext &ctx, const QString &symbol);
// Bars of `symbol` in `interval` (empty: "1d" when stored, else the interval
// with the most bars) cut to [from, to]; errors name the symbol and range.
Result<LoadedSeries> loadSeries(const ToolContext &ctx, const QString &symbol, const QString &interval,
                                std::optional<TimestampMs> from, std::optional<TimestampMs> to,
                                std::size_t minimumBars = 2);
// 252 for daily, 52 weekly, 12 monthly bars.
double periodsPerYear(const QString &interval);

// The named portfolio, or when none is named: the only one, else the sample
// portfolio, else the first by name. NotFound when there is none.
Result<QString> resolvePortfolio(const ToolContext &ctx, const QJsonObject &args);

// A finite number, or null.
QJsonValue num(double v);
QJsonValue num(const std::optional<double> &v);
// Rounded for compact results: `digits` significant digits.
QJsonValue round(double v, int digits = 6);
QJsonValue round(const std::optional<double> &v, int digits = 6);

QJsonObject dataUsedJson(const DataUsed &used);
QJsonObject explanationsJson(const Explanations &e);

} // namespace tools

} // namespace sn::advisor
