#include "app/cli/BacktestInputs.h"

#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/RuleInputs.h"
#include "core/backtest/Annualisation.h"
#include "core/backtest/Simulator.h"
#include "core/backtest/StrategyRegistry.h"
#include "core/market/CsvBarReader.h"
#include "core/rules/RuleStrategy.h"
#include "core/storage/Database.h"
#include "core/workspace/MarketData.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <cmath>
#include <limits>
#include <string_view>

namespace sn::cli {

namespace {

Error usageError(const QString &message)
{
    return makeError(ErrorCode::InvalidArgument, message.toStdString());
}

// The CSV layout options of `import` that make sense here; `--symbol` is ours
// (it picks the series), so the reader's own symbol option is left out.
// The CSV options a backtest takes as they are; --symbol and --interval are
// its own (for stored series) and apply to a --csv file too.
bool isCsvLayoutOption(const char *name)
{
    return QLatin1String(name) != QLatin1String("symbol") && QLatin1String(name) != QLatin1String("interval");
}

Result<double> number(const QCommandLineParser &p, const QString &option, double fallback)
{
    if (!p.isSet(option))
        return fallback;
    const QString text = p.value(option).trimmed();
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return usageError(QStringLiteral("--%1: not a number '%2'").arg(option, p.value(option)));
    return v;
}

Result<TimestampMs> date(const QCommandLineParser &p, const QString &option)
{
    auto t = parseTimestamp(p.value(option).trimmed().toStdString(), DateFormat::Iso);
    if (!t)
        return usageError(
            QStringLiteral("--%1: not a date '%2' (use YYYY-MM-DD)").arg(option, p.value(option)));
    return *t;
}

Result<bt::Sizing> parseSizing(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("all_in") || t == QLatin1String("all-in"))
        return bt::Sizing{bt::SizingMode::AllInFractional, 0};
    if (t == QLatin1String("whole_shares") || t == QLatin1String("whole-shares"))
        return bt::Sizing{bt::SizingMode::WholeShares, 0};
    const auto colon = t.indexOf(QLatin1Char(':'));
    const QString kind = t.left(colon);
    if (colon > 0 && (kind == QLatin1String("units") || kind == QLatin1String("percent"))) {
        bool ok = false;
        const double v = t.mid(colon + 1).toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return usageError(QStringLiteral("--sizing: '%1' needs a number after ':'").arg(text));
        if (kind == QLatin1String("units")) {
            if (!(v > 0))
                return usageError(QStringLiteral("--sizing: units must be > 0, got '%1'").arg(text));
            return bt::Sizing{bt::SizingMode::FixedUnits, v};
        }
        if (!(v > 0 && v <= 100))
            return usageError(QStringLiteral("--sizing: percent must be in (0, 100], got '%1'").arg(text));
        return bt::Sizing{bt::SizingMode::PercentEquity, v};
    }
    return usageError(
        QStringLiteral("--sizing: unknown sizing '%1' (use all_in, whole_shares, units:N or percent:P)")
            .arg(text));
}

// The engine names config fields as the API spells them; the user typed the
// option, so say that.
QString withOptionNames(QString message)
{
    static const std::pair<const char *, const char *> names[] = {
        {"'cash'", "--cash"},
        {"'commission'", "--commission"},
        {"'per_share'", "--per-share"},
        {"'min_commission'", "--min-commission"},
        {"'slippage_bps'", "--slippage-bps"},
        {"'stop_loss'", "--stop-loss"},
        {"'take_profit'", "--take-profit"},
        {"'trailing_stop'", "--trailing-stop"},
        {"'sizing'", "--sizing"},
        {"'allow_short'", "--short"},
    };
    for (const auto &[field, option] : names)
        message.replace(QLatin1String(field), QLatin1String(option));
    return message;
}

} // namespace

void BacktestInputs::addDataOptions(QCommandLineParser &p)
{
    p.addOption(
        {QStringLiteral("csv"),
         QStringLiteral("Read bars from this CSV file (the formats of 'import': Yahoo, Stooq, generic with "
                        "--map, close-only where open = high = low = close, long)."),
         QStringLiteral("FILE")});
    p.addOption({QStringLiteral("symbol"),
                 QStringLiteral(
                     "Load this instrument's bars from the database (repeat for a multi-asset strategy). "
                     "With --csv: picks that symbol from a multi-symbol file, or names a file without one."),
                 QStringLiteral("SYM")});
    p.addOption({QStringLiteral("from"), QStringLiteral("First date (YYYY-MM-DD), inclusive."),
                 QStringLiteral("DATE")});
    p.addOption(
        {QStringLiteral("to"), QStringLiteral("Last date (YYYY-MM-DD), inclusive."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("interval"),
                 QStringLiteral("Bar interval stored in the database (1d, 1wk, 1mo, 5m, ...); default 1d."),
                 QStringLiteral("I")});
    p.addOption(
        {QStringLiteral("adjusted"),
         QStringLiteral("Split/dividend-adjusted prices: with --symbol the stored bars adjusted for the "
                        "stored splits and dividends (fetched with 'fetch'); with --csv (Yahoo) "
                        "open/high/low/close scaled by Adj Close / Close. Default: unadjusted (as "
                        "traded).")});
    for (const CsvCliOption &o : csvCliOptions()) {
        // --adjusted is the one option above, for the database and the file alike.
        if (!isCsvLayoutOption(o.name) || o.name == std::string_view("adjusted"))
            continue;
        const QString help = QStringLiteral("CSV: ") + QString::fromUtf8(o.help);
        if (o.argument && *o.argument)
            p.addOption(
                QCommandLineOption(QString::fromLatin1(o.name), help, QString::fromLatin1(o.argument)));
        else
            p.addOption(QCommandLineOption(QString::fromLatin1(o.name), help));
    }
}

void BacktestInputs::addStrategyOptions(QCommandLineParser &p, bool withExplain)
{
    p.addOption({QStringLiteral("strategy"),
                 QStringLiteral("Strategy name (see 'supernova-cli strategies')."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("param"), QStringLiteral("Strategy parameter, repeatable (--param fast=10)."),
                 QStringLiteral("K=V")});
    RuleInputs::addOptions(p);
    p.addOption(
        {QStringLiteral("cash"), QStringLiteral("Starting cash (default 100000)."), QStringLiteral("X")});
    p.addOption(
        {QStringLiteral("commission"),
         QStringLiteral(
             "Commission as a fraction of traded value on every fill (default 0.001 = 0.1%, as in the "
             "Backtest lab and the advisor; 0 for none)."),
         QStringLiteral("C")});
    p.addOption(
        {QStringLiteral("per-share"), QStringLiteral("Commission per share traded."), QStringLiteral("X")});
    p.addOption({QStringLiteral("min-commission"), QStringLiteral("Minimum commission per order."),
                 QStringLiteral("X")});
    p.addOption({QStringLiteral("slippage-bps"),
                 QStringLiteral("Slippage against the trader in basis points of the price."),
                 QStringLiteral("B")});
    p.addOption({QStringLiteral("fill"),
                 QStringLiteral("next_open (decide at the close, fill at the next open; default) or close "
                                "(fill at the deciding close: optimistic)."),
                 QStringLiteral("WHEN")});
    p.addOption({QStringLiteral("sizing"),
                 QStringLiteral("all_in (fractional, default), whole_shares, units:N (fixed quantity) or "
                                "percent:P (P % of equity)."),
                 QStringLiteral("MODE")});
    p.addOption({QStringLiteral("stop-loss"),
                 QStringLiteral("Stop-loss as a fraction of the entry price (0.05 = 5%)."),
                 QStringLiteral("F")});
    p.addOption({QStringLiteral("take-profit"),
                 QStringLiteral("Take-profit as a fraction of the entry price (0.1 = 10%)."),
                 QStringLiteral("F")});
    p.addOption({QStringLiteral("trailing-stop"),
                 QStringLiteral("Trailing stop as a fraction below the best close since entry."),
                 QStringLiteral("F")});
    p.addOption(
        {QStringLiteral("short"), QStringLiteral("Allow short positions (strategies that support it).")});
    p.addOption({QStringLiteral("convention"),
                 QStringLiteral("Metric convention: %1 (default supernova).").arg([] {
                     QStringList names;
                     for (const std::string &n : Convention::profileNames())
                         names << qs(n);
                     return names.join(QStringLiteral(", "));
                 }()),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("risk-free"),
                 QStringLiteral("Annual risk-free rate for Sharpe/Sortino/alpha (0.02 = 2%)."),
                 QStringLiteral("R")});
    p.addOption({QStringLiteral("periods-per-year"),
                 QStringLiteral("Periods per year for annualising (default: the convention's)."),
                 QStringLiteral("P")});
    if (withExplain)
        p.addOption(
            {QStringLiteral("explain"),
             QStringLiteral("Print every metric's formula and convention for the chosen convention.")});
}

Result<std::pair<std::string, std::string>> BacktestInputs::parseAssignment(const QString &text,
                                                                            const QString &option)
{
    const auto eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0 || eq + 1 >= text.size())
        return usageError(QStringLiteral("--%1: expected name=value, got '%2'").arg(option, text));
    return std::pair{text.left(eq).trimmed().toStdString(), text.mid(eq + 1).trimmed().toStdString()};
}

Result<BacktestInputs> BacktestInputs::fromDataOptions(const QCommandLineParser &p, const QString &command)
{
    BacktestInputs in;
    in.command = command;
    in.csvPath = p.value(QStringLiteral("csv"));
    if (p.isSet(QStringLiteral("csv")) && in.csvPath.isEmpty())
        return usageError(QStringLiteral("--csv needs a file name"));
    for (const QString &s : p.values(QStringLiteral("symbol"))) {
        if (s.trimmed().isEmpty())
            return usageError(QStringLiteral("--symbol needs a symbol"));
        if (in.symbols.contains(s.trimmed()))
            return usageError(QStringLiteral("--symbol: '%1' is given twice").arg(s.trimmed()));
        in.symbols << s.trimmed();
    }
    // --symbols A,B,C (RuleInputs, commands that run a strategy): a rule on each symbol.
    if (p.optionNames().contains(QStringLiteral("symbols")))
        for (const QString &list : p.values(QStringLiteral("symbols")))
            for (const QString &s : list.split(QLatin1Char(','))) {
                if (s.trimmed().isEmpty())
                    return usageError(QStringLiteral("--symbols: an empty name in '%1'").arg(list));
                if (in.symbols.contains(s.trimmed()))
                    return usageError(QStringLiteral("--symbols: '%1' is given twice").arg(s.trimmed()));
                in.symbols << s.trimmed();
            }
    if (in.csvPath.isEmpty() && in.symbols.isEmpty())
        return usageError(QStringLiteral("give the bars: --csv FILE or --symbol SYM"));
    in.adjusted = p.isSet(QStringLiteral("adjusted"));
    if (p.isSet(QStringLiteral("interval"))) {
        in.interval = p.value(QStringLiteral("interval")).trimmed();
        if (in.interval.isEmpty())
            return usageError(QStringLiteral("--interval needs a value (1d, 1wk, 1mo, 5m, ...)"));
        in.csvOptions.interval = in.interval.toStdString();
    }
    if (p.isSet(QStringLiteral("from"))) {
        auto t = date(p, QStringLiteral("from"));
        if (!t)
            return t.error();
        in.from = *t;
    }
    if (p.isSet(QStringLiteral("to"))) {
        auto t = date(p, QStringLiteral("to"));
        if (!t)
            return t.error();
        // A date alone means the whole day.
        in.to = *t == startOfDay(*t) ? *t + kMsPerDay - 1 : *t;
    }
    if (in.from && in.to && *in.from > *in.to)
        return usageError(QStringLiteral("--from (%1) is after --to (%2)")
                              .arg(p.value(QStringLiteral("from")), p.value(QStringLiteral("to"))));
    for (const CsvCliOption &o : csvCliOptions()) {
        const QString name = QString::fromLatin1(o.name);
        if (!isCsvLayoutOption(o.name) || !p.isSet(name))
            continue;
        if (name == QLatin1String("adjusted") && in.csvPath.isEmpty())
            continue; // the database's stored splits and dividends (loadSeries)
        if (in.csvPath.isEmpty())
            return usageError(QStringLiteral("--%1 applies to --csv files only").arg(name));
        const QString value = (o.argument && *o.argument) ? p.value(name) : QString();
        if (auto applied = applyCsvCliOption(in.csvOptions, name.toStdString(), value.toStdString());
            !applied)
            return usageError(qs(applied.error().toString()));
    }
    if (!in.csvPath.isEmpty() && in.symbols.size() == 1)
        in.csvOptions.symbol = in.symbols.first().toStdString();
    if (!in.csvPath.isEmpty() && p.isSet(QStringLiteral("interval")))
        if (auto applied = applyCsvCliOption(in.csvOptions, "interval", in.interval.toStdString()); !applied)
            return usageError(qs(applied.error().toString()));
    return in;
}

Result<BacktestInputs> BacktestInputs::fromParser(const QCommandLineParser &p, const QString &command,
                                                  CliContext *ctx)
{
    auto parsed = fromDataOptions(p, command);
    if (!parsed)
        return parsed.error();
    BacktestInputs in = std::move(parsed).value();

    auto rule = RuleInputs::load(p, ctx);
    if (!rule)
        return rule.error();
    in.rule = std::move(rule).value();
    in.strategy = in.rule ? qs(in.rule->info().name) : p.value(QStringLiteral("strategy")).trimmed();
    if (in.strategy.isEmpty())
        return usageError(
            QStringLiteral("--strategy (or --rule-file) is required (see 'supernova-cli strategies')"));
    const bt::StrategyInfo *info = in.strategyInfo();
    if (!info)
        return usageError(QStringLiteral("--strategy: ") +
                          qs(bt::StrategyRegistry::unknown(in.strategy.toStdString()).message));
    for (const QString &text : p.values(QStringLiteral("param"))) {
        auto kv = parseAssignment(text, QStringLiteral("param"));
        if (!kv)
            return kv.error();
        for (const auto &[k, v] : in.params)
            if (k == kv->first)
                return usageError(QStringLiteral("--param: '%1' is given twice").arg(qs(k)));
        in.params.push_back(*kv);
    }

    bt::BacktestConfig &c = in.config;
    // The same starting commission as the lab's form and the advisor's
    // tools, so one backtest gives one answer wherever it is asked.
    c.costs.commission = bt::kDefaultCommission;
    const std::pair<QString, double *> numbers[] = {
        {QStringLiteral("cash"), &c.cash},
        {QStringLiteral("commission"), &c.costs.commission},
        {QStringLiteral("per-share"), &c.costs.perShare},
        {QStringLiteral("min-commission"), &c.costs.minimum},
        {QStringLiteral("slippage-bps"), &c.costs.slippageBps},
        {QStringLiteral("stop-loss"), &c.stopLoss},
        {QStringLiteral("take-profit"), &c.takeProfit},
        {QStringLiteral("trailing-stop"), &c.trailingStop},
    };
    for (const auto &[option, target] : numbers) {
        auto v = number(p, option, *target);
        if (!v)
            return v.error();
        *target = *v;
    }
    if (p.isSet(QStringLiteral("sizing"))) {
        auto sizing = parseSizing(p.value(QStringLiteral("sizing")));
        if (!sizing)
            return sizing.error();
        c.sizing = *sizing;
        in.sizingText =
            p.value(QStringLiteral("sizing")).trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    }
    if (p.isSet(QStringLiteral("fill"))) {
        const QString fill = p.value(QStringLiteral("fill")).trimmed().toLower();
        if (fill == QLatin1String("next_open") || fill == QLatin1String("next-open"))
            c.fill = bt::FillTiming::NextOpen;
        else if (fill == QLatin1String("close"))
            c.fill = bt::FillTiming::Close;
        else
            return usageError(QStringLiteral("--fill: unknown fill timing '%1' (use next_open or close)")
                                  .arg(p.value(QStringLiteral("fill"))));
        in.fillText = c.fill == bt::FillTiming::Close ? QStringLiteral("close") : QStringLiteral("next_open");
    }
    c.allowShort = p.isSet(QStringLiteral("short"));
    if (auto valid = bt::Simulator::validate(c); !valid)
        return usageError(withOptionNames(qs(valid.error().message)));
    if (c.allowShort && !info->supportsShort)
        return usageError(QStringLiteral("--short: strategy '%1' is long-only").arg(in.strategy));
    if (info->multiAsset && c.sizing.mode != bt::SizingMode::AllInFractional &&
        c.sizing.mode != bt::SizingMode::WholeShares)
        return usageError(
            QStringLiteral("--sizing: strategy '%1' sets the weights itself; use all_in or whole_shares")
                .arg(in.strategy));

    auto rf = number(p, QStringLiteral("risk-free"), 0.0);
    if (!rf)
        return rf.error();
    if (*rf <= -1 || *rf >= 1)
        return usageError(QStringLiteral("--risk-free: an annual rate as a fraction (0.02 = 2%), got '%1'")
                              .arg(p.value(QStringLiteral("risk-free"))));
    const QString conventionName = p.isSet(QStringLiteral("convention"))
                                       ? p.value(QStringLiteral("convention")).trimmed().toLower()
                                       : QStringLiteral("supernova");
    auto convention = Convention::byName(conventionName.toStdString(), *rf);
    if (!convention)
        return usageError(QStringLiteral("--convention: ") + qs(convention.error().message));
    in.convention = *convention;
    if (p.isSet(QStringLiteral("periods-per-year"))) {
        auto periods = number(p, QStringLiteral("periods-per-year"), 0.0);
        if (!periods)
            return periods.error();
        if (!(*periods > 0) || *periods > 1e6)
            return usageError(QStringLiteral("--periods-per-year must be a positive number, got '%1'")
                                  .arg(p.value(QStringLiteral("periods-per-year"))));
        in.convention.periodsPerYear = *periods;
        in.periodsExplicit = true;
    }
    in.explain = p.optionNames().contains(QStringLiteral("explain"));
    return in;
}

Result<void> BacktestInputs::loadSeries(CliContext &ctx)
{
    const TimestampMs lo = from.value_or(std::numeric_limits<TimestampMs>::min());
    const TimestampMs hi = to.value_or(std::numeric_limits<TimestampMs>::max());
    series.clear();
    if (!csvPath.isEmpty()) {
        sourceName = csvPath;
        auto data = readBarCsv(csvPath.toStdString(), csvOptions);
        if (!data)
            return data.error();
        if (data->hasErrors()) {
            ctx.err() << "warning: skipped " << data->rowsSkipped << " bad row(s) of " << csvPath << ":\n"
                      << qs(data->formatIssues()) << Qt::endl;
        }
        std::vector<BarSeries> all = std::move(data->series);
        if (!symbols.isEmpty()) {
            // A file without a symbol column took the one given (csvOptions.symbol).
            for (const QString &s : symbols) {
                auto it = std::find_if(all.begin(), all.end(), [&](const BarSeries &b) {
                    return qs(b.symbol).compare(s, Qt::CaseInsensitive) == 0;
                });
                if (it == all.end())
                    return makeError(ErrorCode::NotFound,
                                     "symbol '" + s.toStdString() + "' is not in the file",
                                     csvPath.toStdString());
                series.push_back(std::move(*it));
            }
        } else {
            series = std::move(all);
        }
        for (BarSeries &s : series)
            if (from || to)
                s = s.slice(lo, hi);
    } else {
        auto db = ctx.database();
        if (!db)
            return db.error();
        sourceName = db.value()->displayUrl();
        MarketData market(*db.value());
        splitsApplied = dividendsApplied = 0;
        for (const QString &s : symbols) {
            auto loaded =
                market.prices(s, interval, adjusted ? PriceBasis::Adjusted : PriceBasis::Unadjusted, lo, hi);
            if (!loaded)
                return loaded.error();
            splitsApplied += loaded->splits;
            dividendsApplied += loaded->dividends;
            series.push_back(std::move(loaded->bars));
            if (series.back().symbol.empty())
                series.back().symbol = s.toStdString();
        }
    }
    if (series.empty())
        return makeError(ErrorCode::NotFound, "no bars in the file", csvPath.toStdString());
    for (const BarSeries &s : series) {
        if (!s.empty())
            continue;
        std::string range;
        if (from || to)
            range = " between " + (from ? formatDate(*from) : std::string("the start")) + " and " +
                    (to ? formatDate(*to) : std::string("the end"));
        return makeError(ErrorCode::NotFound,
                         "no " + interval.toStdString() + " bars for '" + s.symbol + "'" + range +
                             " (empty date range)",
                         sourceName.toStdString());
    }
    if (!series.empty() && !series.front().interval.empty())
        interval = qs(series.front().interval);
    // The periods per year follow the bars' interval, decided where the
    // engine decides it for the lab too (bt::annualisedFor): a monthly
    // series is annualised with 12, not the profile's 252.
    if (!periodsExplicit && !series.empty()) {
        auto annualised = bt::annualisedFor(convention, series.front());
        if (!annualised)
            return annualised.error();
        convention = *annualised;
    }
    return {};
}

QString BacktestInputs::pricesText() const
{
    if (!csvPath.isEmpty())
        return adjusted ? QStringLiteral("adjusted by the file's Adj Close / Close")
                        : QStringLiteral("as in the file");
    PriceSeries basis;
    basis.basis = adjusted ? PriceBasis::Adjusted : PriceBasis::Unadjusted;
    basis.splits = splitsApplied;
    basis.dividends = dividendsApplied;
    return qs(basis.describe());
}

const bt::StrategyInfo *BacktestInputs::strategyInfo() const
{
    return rule ? &rule->info() : bt::StrategyRegistry::findInfo(strategy.toStdString());
}

bool BacktestInputs::daily() const
{
    // Intraday codes end in 'm' (minutes) or 'h'; "1mo" is monthly.
    return !(interval.endsWith(QLatin1Char('m')) || interval.endsWith(QLatin1Char('h')));
}

QString BacktestInputs::timeText(TimestampMs t) const
{
    return qs(daily() ? formatDate(t) : formatDateTime(t));
}

QString BacktestInputs::symbolOf(int asset) const
{
    if (asset >= 0 && std::size_t(asset) < series.size())
        return qs(series[std::size_t(asset)].symbol);
    return QString::number(asset);
}

QJsonObject BacktestInputs::conventionJson() const
{
    return QJsonObject{{QStringLiteral("name"), qs(convention.name)},
                       {QStringLiteral("periods_per_year"), convention.periodsPerYear},
                       {QStringLiteral("ddof"), convention.ddof},
                       {QStringLiteral("risk_free"), convention.riskFreeAnnual}};
}

QJsonObject BacktestInputs::dataJson() const
{
    QJsonArray list;
    for (const BarSeries &s : series)
        list.append(QJsonObject{
            {QStringLiteral("symbol"), qs(s.symbol)},
            {QStringLiteral("first"), s.empty() ? QJsonValue() : QJsonValue(timeText(s.time.front()))},
            {QStringLiteral("last"), s.empty() ? QJsonValue() : QJsonValue(timeText(s.time.back()))},
            {QStringLiteral("bars"), qint64(s.size())}});
    QJsonObject o{
        {QStringLiteral("source"), csvPath.isEmpty() ? QStringLiteral("database") : QStringLiteral("csv")},
        {csvPath.isEmpty() ? QStringLiteral("database") : QStringLiteral("file"), sourceName},
        {QStringLiteral("interval"), interval},
        {QStringLiteral("series"), list}};
    // Which prices were used: a saved run or report replays with the same.
    if (csvPath.isEmpty()) {
        o.insert(QStringLiteral("prices"),
                 QLatin1String(priceBasisName(adjusted ? PriceBasis::Adjusted : PriceBasis::Unadjusted)));
    } else {
        o.insert(QStringLiteral("prices"), adjusted ? QStringLiteral("adjusted") : QStringLiteral("file"));
    }
    if (series.size() == 1)
        for (const QString &key : {QStringLiteral("symbol"), QStringLiteral("first"), QStringLiteral("last"),
                                   QStringLiteral("bars")})
            o.insert(key, list.first().toObject().value(key));
    return o;
}

QJsonObject BacktestInputs::toJson(std::span<const std::string> paramNames,
                                   std::span<const double> paramValues) const
{
    const bt::StrategyInfo *info = strategyInfo();
    QJsonObject params;
    for (std::size_t i = 0; i < paramNames.size() && i < paramValues.size(); ++i) {
        const double v = paramValues[i];
        QJsonValue value(v);
        if (info && i < info->params.size()) {
            const bt::ParamSpec &spec = info->params[i];
            if (spec.type == bt::ParamType::Bool)
                value = v != 0;
            else if (spec.type == bt::ParamType::Enum && v >= 0 && std::size_t(v) < spec.choices.size())
                value = qs(spec.choices[std::size_t(v)]);
            else if (spec.type == bt::ParamType::Int)
                value = qint64(std::llround(v));
        }
        params.insert(qs(paramNames[i]), value);
    }
    auto optionalDate = [&](const std::optional<TimestampMs> &t) {
        return t ? QJsonValue(timeText(*t)) : QJsonValue();
    };
    return QJsonObject{{QStringLiteral("strategy"), strategy},
                       {QStringLiteral("params"), params},
                       {QStringLiteral("cash"), config.cash},
                       {QStringLiteral("commission"), config.costs.commission},
                       {QStringLiteral("per_share"), config.costs.perShare},
                       {QStringLiteral("min_commission"), config.costs.minimum},
                       {QStringLiteral("slippage_bps"), config.costs.slippageBps},
                       {QStringLiteral("sizing"), sizingText},
                       {QStringLiteral("fill"), fillText},
                       {QStringLiteral("allow_short"), config.allowShort},
                       {QStringLiteral("stop_loss"), config.stopLoss},
                       {QStringLiteral("take_profit"), config.takeProfit},
                       {QStringLiteral("trailing_stop"), config.trailingStop},
                       {QStringLiteral("convention"), conventionJson()},
                       {QStringLiteral("from"), optionalDate(from)},
                       {QStringLiteral("to"), optionalDate(to)},
                       {QStringLiteral("data"), dataJson()}};
}

} // namespace sn::cli
