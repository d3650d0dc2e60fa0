#include "core/advisor/tools/AdvisorTools.h"
#include "core/advisor/tools/JsonSchema.h"
#include "core/advisor/tools/ToolSupport.h"
#include "core/backtest/Annualisation.h"
#include "core/backtest/Backtester.h"
#include "core/backtest/Optimizer.h"
#include "core/backtest/StrategyRegistry.h"
#include "core/backtest/WalkForward.h"
#include "core/rules/RuleParser.h"
#include "core/rules/RuleStrategy.h"
#include "core/storage/RuleRepository.h"

#include <cmath>

namespace sn::advisor {

namespace {

using namespace tools;

// Sweeps answer a chat message: they must stay well under a second.
constexpr double kMaxCombinations = 20'000;

QStringList singleSeriesStrategies()
{
    QStringList names;
    for (const bt::Strategy *s : bt::StrategyRegistry::strategies())
        names << QString::fromStdString(s->info().name);
    return names;
}

QStringList metricNames()
{
    QStringList names;
    for (bt::Metric m : bt::Metrics::all())
        names << QString::fromLatin1(bt::Metrics::name(m));
    return names;
}

QJsonObject commonProperties()
{
    return {
        {QStringLiteral("symbol"), schema::string(QStringLiteral("Stored symbol, e.g. AAPL"))},
        {QStringLiteral("strategy"),
         schema::string(QStringLiteral("Built-in strategy"), singleSeriesStrategies())},
        {QStringLiteral("from"),
         schema::date(QStringLiteral("First bar traded (YYYY-MM-DD); default the first stored"))},
        {QStringLiteral("to"),
         schema::date(QStringLiteral("Last bar traded (YYYY-MM-DD); default the last stored"))},
        {QStringLiteral("interval"),
         schema::string(QStringLiteral("Bar interval; default 1d when stored"),
                        {QStringLiteral("1d"), QStringLiteral("1wk"), QStringLiteral("1mo")})},
        {QStringLiteral("cash"), schema::number(QStringLiteral("Starting cash (default 100000)"), 1, 1e12)},
        {QStringLiteral("commission"),
         schema::number(
             QStringLiteral("Commission as a fraction of the traded value (default 0.001 = 0.1 %)"), 0, 0.1)},
        {QStringLiteral("slippage_bps"),
         schema::number(QStringLiteral("Slippage in basis points of the price"), 0, 1000)},
        {QStringLiteral("allow_short"),
         schema::boolean(QStringLiteral("Allow short positions (default false)"))},
    };
}

QJsonObject withCommon(QJsonObject props)
{
    const QJsonObject common = commonProperties();
    for (auto it = common.begin(); it != common.end(); ++it)
        props.insert(it.key(), it.value());
    return props;
}

QJsonObject gridSchema()
{
    return schema::array(
        QStringLiteral("One or two parameters swept over start..stop by step (both ends included)"),
        schema::object(
            {{QStringLiteral("name"), schema::string(QStringLiteral("Strategy parameter"))},
             {QStringLiteral("start"), schema::number(QStringLiteral("First value"))},
             {QStringLiteral("stop"), schema::number(QStringLiteral("Last value"))},
             {QStringLiteral("step"), schema::number(QStringLiteral("Step (> 0, default 1)"), 1e-9)}},
            {QStringLiteral("name"), QStringLiteral("start"), QStringLiteral("stop")}),
        1, 2);
}

struct Prepared
{
    LoadedSeries loaded;
    bt::BacktestConfig config;
    Convention convention;
};

// The series is cut to [from, to] as the CLI's --from/--to do, so the
// strategy's warm-up happens inside the range the result cites.
Result<Prepared> prepare(const ToolContext &ctx, const QJsonObject &args)
{
    auto from = dateArg(args, "from");
    if (!from)
        return from.error();
    auto to = dateArg(args, "to");
    if (!to)
        return to.error();
    auto loaded = loadSeries(ctx, args.value(QStringLiteral("symbol")).toString(),
                             args.value(QStringLiteral("interval")).toString(), *from, *to);
    if (!loaded)
        return loaded.error();
    auto conv = ctx.convention();
    if (!conv)
        return conv.error();
    Prepared p{std::move(loaded).value(), {}, conv.value()};
    // The periods per year as the lab and the CLI decide them (and the same
    // refusal when the dates contradict the stored interval).
    auto annualised = bt::annualisedFor(p.convention, p.loaded.series);
    if (!annualised)
        return annualised.error();
    p.convention = *annualised;
    p.config.cash = args.value(QStringLiteral("cash")).toDouble(100000.0);
    p.config.costs.commission = args.value(QStringLiteral("commission")).toDouble(bt::kDefaultCommission);
    p.config.costs.slippageBps = args.value(QStringLiteral("slippage_bps")).toDouble(0.0);
    p.config.allowShort = args.value(QStringLiteral("allow_short")).toBool(false);
    return p;
}

QJsonObject configJson(const Prepared &p)
{
    return {{QStringLiteral("cash"), p.config.cash},
            {QStringLiteral("commission"), p.config.costs.commission},
            {QStringLiteral("slippage_bps"), p.config.costs.slippageBps},
            {QStringLiteral("allow_short"), p.config.allowShort},
            {QStringLiteral("fill"), QStringLiteral("next_open")},
            {QStringLiteral("sizing"), QStringLiteral("all_in")},
            {QStringLiteral("convention"), QString::fromStdString(p.convention.name)},
            {QStringLiteral("risk_free"), p.convention.riskFreeAnnual},
            {QStringLiteral("periods_per_year"), p.convention.periodsPerYear}};
}

QJsonObject metricsJson(const bt::BacktestMetrics &m)
{
    return {{QStringLiteral("final_equity"), round(m.finalEquity, 10)},
            {QStringLiteral("total_return"), round(m.totalReturn)},
            {QStringLiteral("cagr"), round(m.cagr)},
            {QStringLiteral("annual_volatility"), round(m.annualVolatility)},
            {QStringLiteral("sharpe"), round(m.sharpe)},
            {QStringLiteral("sortino"), round(m.sortino)},
            {QStringLiteral("max_drawdown"), round(m.maxDrawdown)},
            {QStringLiteral("exposure"), round(m.exposure)},
            {QStringLiteral("trades"), static_cast<qint64>(m.trades)},
            {QStringLiteral("win_rate"), round(m.winRate)},
            {QStringLiteral("profit_factor"), round(m.profitFactor)},
            {QStringLiteral("bars"), static_cast<qint64>(m.bars)}};
}

QJsonObject paramsJson(const std::vector<std::string> &names, std::span<const double> values)
{
    QJsonObject o;
    for (std::size_t i = 0; i < names.size() && i < values.size(); ++i)
        o.insert(QString::fromStdString(names[i]), values[i]);
    return o;
}

// Buy & hold under the same convention as the strategy's metrics.
QJsonObject buyAndHoldJson(const std::vector<double> &equity, const std::vector<TimestampMs> &time,
                           const Convention &c)
{
    auto returns = ReturnStats::returnsFromEquity(equity);
    if (!returns || returns->empty())
        return {};
    const double years = static_cast<double>(time.back() - time.front()) / kMsPerDay / 365.25;
    auto dd = ReturnStats::maxDrawdownOfEquity(equity);
    return {{QStringLiteral("final_equity"), round(equity.back(), 10)},
            {QStringLiteral("total_return"), round(equity.back() / equity.front() - 1.0)},
            {QStringLiteral("cagr"), round(ReturnStats::cagr(equity.front(), equity.back(), years))},
            {QStringLiteral("annual_volatility"), round(ReturnStats::annualVolatility(*returns, c))},
            {QStringLiteral("sharpe"), round(ReturnStats::sharpe(*returns, c))},
            {QStringLiteral("max_drawdown"), round(dd ? dd->depth : 0.0)}};
}

// `custom`: a compiled rule run instead of args.strategy (backtest_rule).
Result<QJsonObject> runBacktest(const ToolContext &ctx, const QJsonObject &args,
                                const bt::Strategy *custom = nullptr)
{
    auto prepared = prepare(ctx, args);
    if (!prepared)
        return prepared.error();
    Prepared &p = prepared.value();
    bt::BacktestRequest request;
    request.strategy = args.value(QStringLiteral("strategy")).toString().toStdString();
    request.custom = custom;
    const QJsonObject params = args.value(QStringLiteral("params")).toObject();
    for (auto it = params.begin(); it != params.end(); ++it)
        request.params.emplace_back(it.key().toStdString(),
                                    QString::number(it.value().toDouble(), 'g', 17).toStdString());
    request.config = p.config;
    request.convention = p.convention;
    request.withBenchmark = true;
    auto report = bt::Backtester::run(p.loaded.series, request);
    if (!report)
        return report.error().withContext(p.loaded.symbol.toStdString());
    const bt::BacktestResult &r = report->result;
    const int points = args.value(QStringLiteral("equity_points")).toInt(40);
    QJsonArray curve;
    const std::size_t n = r.equity.size();
    const std::size_t stride = std::max<std::size_t>(
        1, (n + static_cast<std::size_t>(points) - 2) / static_cast<std::size_t>(std::max(1, points - 1)));
    for (std::size_t i = 0; i < n; i += stride) {
        QJsonArray row{dateText(r.time[i]), round(r.equity[i], 8)};
        if (report->benchmarkEquity.size() == n)
            row.append(round(report->benchmarkEquity[i], 8));
        curve.append(row);
        if (i + stride >= n && i != n - 1) {
            QJsonArray last{dateText(r.time[n - 1]), round(r.equity[n - 1], 8)};
            if (report->benchmarkEquity.size() == n)
                last.append(round(report->benchmarkEquity[n - 1], 8));
            curve.append(last);
        }
    }
    QJsonObject out{
        {QStringLiteral("data"), p.loaded.cite()},
        {QStringLiteral("strategy"), QString::fromStdString(report->strategy)},
        {QStringLiteral("params"), paramsJson(report->paramNames, report->params)},
        {QStringLiteral("config"), configJson(p)},
        {QStringLiteral("metrics"), metricsJson(report->metrics)},
        {QStringLiteral("open_positions"), static_cast<qint64>(r.openPositions.size())},
        {QStringLiteral("equity_curve"), curve},
        {QStringLiteral("equity_curve_columns"), QStringLiteral("date, strategy equity, buy & hold equity")}};
    if (report->benchmarkEquity.size() == n) {
        QJsonObject bh = buyAndHoldJson(report->benchmarkEquity, r.time, p.convention);
        out.insert(QStringLiteral("buy_and_hold"), bh);
        out.insert(QStringLiteral("excess_return"),
                   round(report->metrics.totalReturn - bh.value(QStringLiteral("total_return")).toDouble()));
    }
    return out;
}

// A rule typed in the chat (`rule`) or stored in the workspace
// (`rule_name`, `rule_version`), compiled and backtested like a built-in; the
// result cites the bars and the rule's exact text and version.
Result<QJsonObject> backtestRule(const ToolContext &ctx, const QJsonObject &args)
{
    const bool typed = args.contains(QStringLiteral("rule")),
               stored = args.contains(QStringLiteral("rule_name"));
    if (typed == stored)
        return makeError(
            ErrorCode::InvalidArgument,
            "give either 'rule' (the rule's text) or 'rule_name' (a stored rule), not both or neither",
            "backtest_rule");
    if (args.contains(QStringLiteral("rule_version")) && !stored)
        return makeError(ErrorCode::InvalidArgument, "'rule_version' goes with 'rule_name'", "backtest_rule");
    QJsonObject cited;
    std::string text, name;
    if (typed) {
        text = args.value(QStringLiteral("rule")).toString().toStdString();
        name = "rule";
        cited.insert(QStringLiteral("source"), QStringLiteral("typed in the chat"));
    } else {
        const QString ruleName = args.value(QStringLiteral("rule_name")).toString();
        auto v =
            RuleRepository(ctx.db).version(ruleName, args.value(QStringLiteral("rule_version")).toInt(0));
        if (!v)
            return v.error();
        text = v->source.toStdString();
        name = ruleName.toStdString();
        cited.insert(QStringLiteral("source"), QStringLiteral("stored rule"));
        cited.insert(QStringLiteral("name"), ruleName);
        cited.insert(QStringLiteral("version"), v->version);
    }
    if (text.size() > rules::kMaxRuleBytes)
        return makeError(ErrorCode::InvalidArgument,
                         "argument 'rule': longer than " + std::to_string(rules::kMaxRuleBytes) + " bytes",
                         "backtest_rule");
    if (!text.empty() && text.back() != '\n')
        text += '\n';
    auto rule = rules::RuleStrategy::fromText(text, name, typed ? "rule" : name);
    if (!rule)
        return makeError(ErrorCode::InvalidArgument, "the rule does not compile:\n" + rule.error().message,
                         "backtest_rule");
    cited.insert(QStringLiteral("text"), QString::fromStdString(text));
    auto out = runBacktest(ctx, args, rule->get());
    if (!out)
        return out;
    out->insert(QStringLiteral("rule"), cited);
    return out;
}

Result<bt::SweepConfig> sweepOf(const Prepared &p, const QJsonObject &args)
{
    bt::SweepConfig sweep;
    sweep.strategy = args.value(QStringLiteral("strategy")).toString().toStdString();
    const bt::StrategyInfo *info = bt::StrategyRegistry::findInfo(sweep.strategy);
    double combinations = 1;
    const QJsonArray grid = args.value(QStringLiteral("grid")).toArray();
    for (qsizetype i = 0; i < grid.size(); ++i) {
        const QJsonObject g = grid[i].toObject();
        bt::ParamRange range{g.value(QStringLiteral("name")).toString().toStdString(),
                             g.value(QStringLiteral("start")).toDouble(),
                             g.value(QStringLiteral("stop")).toDouble(),
                             g.value(QStringLiteral("step")).toDouble(1.0)};
        const std::string where = "argument 'grid[" + std::to_string(i) + "]'";
        if (info && info->indexOf(range.name) < 0)
            return makeError(ErrorCode::InvalidArgument,
                             where + ": '" + range.name + "' is not a parameter of " + sweep.strategy);
        if (range.stop < range.start)
            return makeError(ErrorCode::InvalidArgument, where + ": stop is below start");
        combinations *= std::floor((range.stop - range.start) / range.step) + 1;
        sweep.grid.push_back(range);
    }
    if (combinations > kMaxCombinations)
        return makeError(ErrorCode::InvalidArgument,
                         "argument 'grid': " + std::to_string(static_cast<long long>(combinations)) +
                             " combinations, at most " +
                             std::to_string(static_cast<long long>(kMaxCombinations)));
    const QJsonObject fixed = args.value(QStringLiteral("fixed")).toObject();
    for (auto it = fixed.begin(); it != fixed.end(); ++it)
        sweep.fixed.emplace_back(it.key().toStdString(), it.value().toDouble());
    sweep.config = p.config;
    sweep.convention = p.convention;
    auto metric = bt::Metrics::fromName(
        args.value(QStringLiteral("rank_by")).toString(QStringLiteral("sharpe")).toStdString());
    if (!metric)
        return metric.error();
    sweep.rankBy = metric.value();
    return sweep;
}

Result<QJsonObject> optimize(const ToolContext &ctx, const QJsonObject &args)
{
    auto prepared = prepare(ctx, args);
    if (!prepared)
        return prepared.error();
    auto sweep = sweepOf(*prepared, args);
    if (!sweep)
        return sweep.error();
    auto result = bt::Optimizer::run(prepared->loaded.series, *sweep);
    if (!result)
        return result.error().withContext(prepared->loaded.symbol.toStdString());
    const bt::SweepTable &t = result->table;
    const std::size_t top = static_cast<std::size_t>(args.value(QStringLiteral("top")).toInt(5));
    QJsonArray rows;
    for (std::size_t k = 0; k < result->ranking.size() && k < top; ++k) {
        const std::size_t i = result->ranking[k];
        rows.append(QJsonObject{{QStringLiteral("rank"), static_cast<qint64>(k + 1)},
                                {QStringLiteral("params"), paramsJson(t.paramNames, t.row(i))},
                                {QStringLiteral("score"), round(t.score[i])},
                                {QStringLiteral("total_return"), round(t.totalReturn[i])},
                                {QStringLiteral("cagr"), round(t.cagr[i])},
                                {QStringLiteral("trades"), static_cast<qint64>(t.trades[i])},
                                {QStringLiteral("win_rate"), round(t.winRate[i])},
                                {QStringLiteral("final_equity"), round(t.finalEquity[i], 10)}});
    }
    return QJsonObject{
        {QStringLiteral("data"), prepared->loaded.cite()},
        {QStringLiteral("strategy"), QString::fromStdString(sweep->strategy)},
        {QStringLiteral("rank_by"), QString::fromLatin1(bt::Metrics::name(result->rankBy))},
        {QStringLiteral("evaluated"), static_cast<qint64>(result->evaluated)},
        {QStringLiteral("config"), configJson(*prepared)},
        {QStringLiteral("top"), rows},
        {QStringLiteral("caution"),
         QStringLiteral("in-sample best parameters; check them out of sample (walk_forward)")}};
}

Result<QJsonObject> walkForward(const ToolContext &ctx, const QJsonObject &args)
{
    auto prepared = prepare(ctx, args);
    if (!prepared)
        return prepared.error();
    auto sweep = sweepOf(*prepared, args);
    if (!sweep)
        return sweep.error();
    bt::WalkForwardConfig wf;
    wf.sweep = std::move(sweep).value();
    wf.inSampleBars = static_cast<std::size_t>(args.value(QStringLiteral("in_sample_bars")).toInt(504));
    wf.outOfSampleBars =
        static_cast<std::size_t>(args.value(QStringLiteral("out_of_sample_bars")).toInt(126));
    wf.anchored = args.value(QStringLiteral("anchored")).toBool(false);
    auto result = bt::WalkForward::run(prepared->loaded.series, wf);
    if (!result)
        return result.error().withContext(prepared->loaded.symbol.toStdString());
    QJsonArray windows;
    for (const bt::WalkForwardWindow &w : result->windows)
        windows.append(
            QJsonObject{{QStringLiteral("in_sample"), QJsonArray{dateText(w.isFrom), dateText(w.isTo)}},
                        {QStringLiteral("out_of_sample"), QJsonArray{dateText(w.oosFrom), dateText(w.oosTo)}},
                        {QStringLiteral("params"), paramsJson(result->paramNames, w.params)},
                        {QStringLiteral("in_sample_score"), round(w.inSampleScore)},
                        {QStringLiteral("in_sample_return"), round(w.inSample.totalReturn)},
                        {QStringLiteral("out_of_sample_return"), round(w.outOfSample.totalReturn)}});
    return QJsonObject{{QStringLiteral("data"), prepared->loaded.cite()},
                       {QStringLiteral("strategy"), QString::fromStdString(wf.sweep.strategy)},
                       {QStringLiteral("rank_by"), QString::fromLatin1(bt::Metrics::name(result->rankBy))},
                       {QStringLiteral("in_sample_bars"), static_cast<qint64>(wf.inSampleBars)},
                       {QStringLiteral("out_of_sample_bars"), static_cast<qint64>(wf.outOfSampleBars)},
                       {QStringLiteral("anchored"), wf.anchored},
                       {QStringLiteral("windows"), windows},
                       {QStringLiteral("out_of_sample"), metricsJson(result->outOfSample)}};
}

Result<QJsonObject> listStrategies()
{
    QJsonArray rows;
    for (const bt::StrategyInfo *info : bt::StrategyRegistry::infos()) {
        QJsonArray params;
        for (const bt::ParamSpec &p : info->params)
            params.append(
                QJsonObject{{QStringLiteral("name"), QString::fromStdString(p.name)},
                            {QStringLiteral("type"), QString::fromLatin1(bt::paramTypeName(p.type))},
                            {QStringLiteral("default"), p.defaultValue},
                            {QStringLiteral("min"), p.min},
                            {QStringLiteral("max"), p.max},
                            {QStringLiteral("description"), QString::fromStdString(p.description)}});
        rows.append(QJsonObject{{QStringLiteral("name"), QString::fromStdString(info->name)},
                                {QStringLiteral("description"), QString::fromStdString(info->description)},
                                {QStringLiteral("multi_asset"), info->multiAsset},
                                {QStringLiteral("params"), params}});
    }
    return QJsonObject{{QStringLiteral("strategies"), rows}, {QStringLiteral("count"), rows.size()}};
}

} // namespace

void addBacktestTools(ToolRegistry &registry, std::shared_ptr<const ToolContext> ctx)
{
    registry.add({QStringLiteral("list_strategies"),
                  QStringLiteral("Built-in backtest strategies with their parameters (defaults and ranges)."),
                  schema::object({})},
                 [](const QJsonObject &) { return listStrategies(); });

    QJsonObject backtestProps = withCommon(
        {{QStringLiteral("params"),
          schema::numberMap(QStringLiteral("Strategy parameters, e.g. {\"fast\": 20, "
                                           "\"slow\": 50}; defaults for the rest"))},
         {QStringLiteral("equity_points"),
          schema::integer(QStringLiteral("Points of the downsampled equity curve (default 40)"), 2, 500)}});
    registry.add(
        {QStringLiteral("run_backtest"),
         QStringLiteral("Backtests a built-in strategy on one instrument (signals at the close, fills at the "
                        "next open, costs applied) and compares it with buy & hold of the same instrument: "
                        "KPIs for both and a downsampled equity curve."),
         schema::object(backtestProps, {QStringLiteral("symbol"), QStringLiteral("strategy")})},
        [ctx](const QJsonObject &a) { return runBacktest(*ctx, a); });

    QJsonObject ruleProps = backtestProps;
    ruleProps.remove(QStringLiteral("strategy"));
    ruleProps.insert(
        QStringLiteral("rule"),
        schema::string(QStringLiteral("The rule's text in the strategy rule language (docs/rules.md), "
                                      "lines separated by newlines, e.g. \"entry = cross_above(sma(close, "
                                      "20), sma(close, 50))\\nexit = cross_below(sma(close, 20), "
                                      "sma(close, 50))\\nstop = 2 * atr(14)\"")));
    ruleProps.insert(QStringLiteral("rule_name"),
                     schema::string(QStringLiteral("A rule stored in the workspace, "
                                                   "instead of 'rule'")));
    ruleProps.insert(
        QStringLiteral("rule_version"),
        schema::integer(QStringLiteral("Version of the stored rule (default the latest)"), 1, 1000000));
    registry.add(
        {QStringLiteral("backtest_rule"),
         QStringLiteral("Backtests a strategy rule (the rule language: params, entry/exit conditions over "
                        "indicators, optional stops) given as text or by the name of a stored rule, on one "
                        "instrument, like run_backtest: KPIs, buy & hold, equity curve, and the rule's exact "
                        "text. A rule that does not compile is refused with line, column and a hint."),
         schema::object(ruleProps, {QStringLiteral("symbol")})},
        [ctx](const QJsonObject &a) { return backtestRule(*ctx, a); });

    const QJsonObject sweepProps =
        withCommon({{QStringLiteral("grid"), gridSchema()},
                    {QStringLiteral("fixed"), schema::numberMap(QStringLiteral("Parameters held constant"))},
                    {QStringLiteral("rank_by"),
                     schema::string(QStringLiteral("Ranking metric (default sharpe)"), metricNames())}});
    QJsonObject optimizeProps = sweepProps;
    optimizeProps.insert(QStringLiteral("top"),
                         schema::integer(QStringLiteral("Rows returned (default 5)"), 1, 20));
    registry.add(
        {QStringLiteral("optimize"),
         QStringLiteral("Sweeps one or two strategy parameters over a grid and returns the best N by a "
                        "metric (in sample)."),
         schema::object(optimizeProps,
                        {QStringLiteral("symbol"), QStringLiteral("strategy"), QStringLiteral("grid")})},
        [ctx](const QJsonObject &a) { return optimize(*ctx, a); });

    QJsonObject wfProps = sweepProps;
    wfProps.insert(QStringLiteral("in_sample_bars"),
                   schema::integer(QStringLiteral("Bars per in-sample window (default 504)"), 20, 10000));
    wfProps.insert(QStringLiteral("out_of_sample_bars"),
                   schema::integer(QStringLiteral("Bars per out-of-sample window (default 126)"), 5, 5000));
    wfProps.insert(QStringLiteral("anchored"),
                   schema::boolean(QStringLiteral("In-sample windows all start at bar 0")));
    registry.add(
        {QStringLiteral("walk_forward"),
         QStringLiteral("Walk-forward analysis: optimise on each in-sample window, trade the winner on the "
                        "next out-of-sample window; per-window results and the stitched out-of-sample KPIs."),
         schema::object(wfProps,
                        {QStringLiteral("symbol"), QStringLiteral("strategy"), QStringLiteral("grid")})},
        [ctx = std::move(ctx)](const QJsonObject &a) { return walkForward(*ctx, a); });
}

} // namespace sn::advisor
