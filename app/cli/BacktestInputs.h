#pragma once

#include "core/analytics/ReturnStats.h"
#include "core/backtest/BacktestTypes.h"
#include "core/common/Result.h"
#include "core/market/BarSeries.h"
#include "core/market/CsvReadOptions.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

class QCommandLineParser;

namespace sn::bt {
class Strategy;
struct StrategyInfo;
} // namespace sn::bt

namespace sn::cli {

class CliContext;

// What backtest, optimize, walkforward and indicator share: where the bars
// come from (a CSV file read like `import` does, or the database), the
// strategy and its parameters as typed, costs, sizing, fill timing and the
// metric convention. Parsing errors are usage errors that name the option;
// loading errors are failures (unreadable file, unknown symbol, no bars).
struct BacktestInputs
{
    QString command; // for messages: "backtest", "optimize", ...

    QString strategy;
    // --rule-file / --rule: a compiled strategy rule run instead of a
    // built-in (`strategy` then holds the rule's name).
    std::shared_ptr<const bt::Strategy> rule;
    std::vector<std::pair<std::string, std::string>> params; // --param k=v, as typed
    bt::BacktestConfig config;
    Convention convention = Convention::supernova();
    QString sizingText = QStringLiteral("all_in");
    QString fillText = QStringLiteral("next_open");
    bool explain = false;
    bool periodsExplicit =
        false; // --periods-per-year given; else the bars' interval decides (bt::annualisedFor)

    QString csvPath;
    CsvReadOptions csvOptions;
    QStringList symbols;
    QString interval = QStringLiteral("1d");
    std::optional<TimestampMs> from;
    std::optional<TimestampMs> to;
    // --adjusted: the stored bars adjusted for the stored splits and dividends
    // (with --csv: the file's Adj Close, csvOptions.useAdjustedClose); default
    // the stored, unadjusted series.
    bool adjusted = false;

    // Filled by loadSeries(): one series per symbol, cut to [from, to].
    std::vector<BarSeries> series;
    QString sourceName;    // the file, or the database URL
    int splitsApplied = 0; // --adjusted: splits and dividends the series were adjusted for
    int dividendsApplied = 0;
    // "unadjusted (as traded)", "split/dividend adjusted (1 split, 0 dividends)" or "as in the file".
    QString pricesText() const;

    // The data-source options (--csv, --symbol, --from, --to, --interval and
    // the CSV layout options of `import`).
    static void addDataOptions(QCommandLineParser &p);
    // Strategy, parameters, cash, costs, sizing, fills, stops, convention.
    static void addStrategyOptions(QCommandLineParser &p, bool withExplain);

    // Reads the data-source options; errors name the option.
    static Result<BacktestInputs> fromDataOptions(const QCommandLineParser &p, const QString &command);
    // Reads the data and strategy options; errors name the option.
    // `ctx` (when given) lets --rule-name / --rule NAME read a stored rule.
    static Result<BacktestInputs> fromParser(const QCommandLineParser &p, const QString &command,
                                             CliContext *ctx = nullptr);

    // "k=v" (the --param syntax); errors name the option.
    static Result<std::pair<std::string, std::string>> parseAssignment(const QString &text,
                                                                       const QString &option);

    // Loads the bars. Failures: unreadable or malformed file, unknown symbol,
    // no bars in the date range.
    Result<void> loadSeries(CliContext &ctx);

    // The rule's info, else the built-in's (null for an unknown name).
    const bt::StrategyInfo *strategyInfo() const;

    bool daily() const;
    QString timeText(TimestampMs t) const;
    QString symbolOf(int asset) const;

    // Everything resolved, for --json and saved runs.
    QJsonObject toJson(std::span<const std::string> paramNames, std::span<const double> paramValues) const;
    QJsonObject dataJson() const;
    QJsonObject conventionJson() const;
};

} // namespace sn::cli
