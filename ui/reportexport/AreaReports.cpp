#include "ui/reportexport/AreaReports.h"

#include "core/backtest/Metrics.h"
#include "core/backtest/StrategyRegistry.h"
#include "core/common/Time.h"
#include "core/report/builders/BacktestReportBuilder.h"
#include "core/report/builders/BuilderSupport.h"
#include "core/report/builders/ConversationReportBuilder.h"
#include "core/report/builders/SweepReportBuilder.h"
#include "core/workspace/PortfolioService.h"
#include "core/workspace/SettingsService.h"
#include "core/workspace/Workspace.h"
#include "ui/backtest/LabData.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace sn::ui::area_reports {

namespace {

// The texts' translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sn::ui::AreaReports)
};

// Intraday interval codes end in 'm' (minutes) or 'h'; "1mo" is monthly.
bool isDaily(const QString &interval)
{
    return !(interval.endsWith(QLatin1Char('m')) || interval.endsWith(QLatin1Char('h')));
}

// The convention Preferences > Analytics names, with its risk-free rate (the
// CLI's defaults too).
Result<Convention> conventionFromSettings(const Workspace &db)
{
    auto name =
        SettingsService(db).value(QStringLiteral("analytics.convention"), QStringLiteral("supernova"));
    if (!name)
        return name.error();
    auto rf = PortfolioService(db).riskFreeFromSettings();
    return Convention::byName(name->toStdString(), rf ? *rf : 0.0);
}

// A parameter's value as the CLI's --param reads it.
std::string paramText(const bt::ParamSpec &spec, double value)
{
    if (spec.type == bt::ParamType::Bool)
        return value != 0 ? "true" : "false";
    if (spec.type == bt::ParamType::Enum && value >= 0 && std::size_t(value) < spec.choices.size())
        return spec.choices[std::size_t(value)];
    return report::numberText(value);
}

// The `supernova-cli report backtest|optimize|walkforward` arguments that
// rebuild a lab result, so `report verify` can check a report exported from
// the desktop. Parameters named in `swept` are left to the sweep's --grid.
// Empty for a run of a rule typed into the Rule tab: there is no file to name.
std::vector<std::string> labRecipe(const LabInputs &in, const Convention &convention,
                                   const std::vector<bt::ParamRange> &swept = {})
{
    if (in.rule)
        return {};
    const bt::StrategyInfo *info = bt::StrategyRegistry::findInfo(in.request.strategy);
    if (!info || info->params.size() != in.paramValues.size())
        return {};
    using report::numberText;
    std::vector<std::string> r;
    for (const QString &symbol : in.symbols)
        r.insert(r.end(), {"--symbol", symbol.toStdString()});
    r.insert(r.end(), {"--interval", in.interval.toStdString()});
    if (in.adjusted)
        r.emplace_back("--adjusted"); // the same prices when the report is verified
    if (in.from)
        r.insert(r.end(), {"--from", formatDate(*in.from)});
    if (in.to)
        r.insert(r.end(), {"--to", formatDate(*in.to)});
    r.insert(r.end(), {"--strategy", in.request.strategy});
    for (std::size_t i = 0; i < info->params.size(); ++i) {
        const std::string &name = info->params[i].name;
        if (std::none_of(swept.begin(), swept.end(), [&](const bt::ParamRange &g) { return g.name == name; }))
            r.insert(r.end(), {"--param", name + "=" + paramText(info->params[i], in.paramValues[i])});
    }
    for (const bt::ParamRange &g : swept)
        r.insert(r.end(), {"--grid", g.name + "=" + numberText(g.start) + ":" + numberText(g.stop) + ":" +
                                         numberText(g.step)});
    const bt::BacktestConfig &c = in.request.config;
    r.insert(r.end(), {"--cash", numberText(c.cash), "--commission", numberText(c.costs.commission),
                       "--per-share", numberText(c.costs.perShare), "--min-commission",
                       numberText(c.costs.minimum), "--slippage-bps", numberText(c.costs.slippageBps),
                       "--fill", in.fillText.toStdString(), "--sizing", in.sizingText.toStdString()});
    if (c.allowShort)
        r.emplace_back("--short");
    for (const auto &[option, value] :
         {std::pair{"--stop-loss", c.stopLoss}, std::pair{"--take-profit", c.takeProfit},
          std::pair{"--trailing-stop", c.trailingStop}})
        if (value > 0)
            r.insert(r.end(), {option, numberText(value)});
    r.insert(r.end(),
             {"--convention", convention.name, "--risk-free", numberText(convention.riskFreeAnnual)});
    return r;
}

std::vector<std::string> sweepRecipe(const LabInputs &in, const bt::SweepConfig &sweep)
{
    std::vector<std::string> r = labRecipe(in, sweep.convention, sweep.grid);
    if (r.empty())
        return r;
    r.insert(r.end(), {"--metric", bt::Metrics::name(sweep.rankBy)});
    if (sweep.randomSamples > 0)
        r.insert(r.end(),
                 {"--random", std::to_string(sweep.randomSamples), "--seed", std::to_string(sweep.seed)});
    return r;
}

} // namespace

AreaReport portfolio(const Workspace &db, const QString &name, std::size_t transactions)
{
    if (name.isEmpty())
        return {{}, {}, Text::tr("No portfolio is shown: pick or create one first.")};
    if (transactions == 0)
        return {{},
                {},
                Text::tr("Portfolio '%1' has no transactions yet: there is nothing to report.").arg(name)};
    const Workspace *ws = &db;
    return {Text::tr("Report of %1").arg(name),
            [ws, name]() -> Result<report::Document> {
                auto convention = conventionFromSettings(*ws);
                if (!convention)
                    return convention.error();
                PortfolioService::PerformanceOptions o;
                o.convention = convention.value();
                o.benchmark = "^GSPC";
                const report::PortfolioReportBuilder builder(ws->database());
                auto doc = builder.performance(name, o);
                std::vector<std::string> recipe{name.toStdString(), "--convention", convention->name};
                if (!doc) {
                    // Without the S&P 500 stored (or overlapping), the report
                    // leaves the comparison out rather than failing.
                    o.benchmark.clear();
                    doc = builder.performance(name, o);
                } else {
                    recipe.insert(recipe.end(), {"--benchmark", "^GSPC"});
                }
                if (doc)
                    doc->recipe = recipe; // `report verify` replays it as `report portfolio ...`
                return doc;
            },
            {}};
}

namespace {

// The `supernova-cli report risk` arguments for the options the Risk area
// uses; empty when they hold something that command cannot say (trade
// minimums or fees, a changed projection or stress set-up, a weight that is
// not a number), so `report verify` says it cannot rebuild such a report.
std::vector<std::string> riskRecipe(const QString &name, const report::RiskReportOptions &o)
{
    const PortfolioService::ProjectionOptions defaultProjection;
    if (o.rebalance.minTradeValue != 0 || o.rebalance.feeRate != 0 || o.rebalance.feeFixed != 0 ||
        o.risk.period.from || o.risk.period.to || o.risk.shrinkage || o.risk.seed != o.projection.seed ||
        o.risk.draws != 100'000 || o.projection.method != defaultProjection.method ||
        o.projection.targetChange || o.projection.lossLimitChange || !o.stress.windows.empty() ||
        !o.stress.shocks.empty() || !o.stress.proxy.empty() || o.stress.noProxy)
        return {};
    const char *method = "historical";
    switch (o.risk.varMethod) {
    case RiskReport::VarMethod::Historical:
        break;
    case RiskReport::VarMethod::Normal:
        method = "normal";
        break;
    case RiskReport::VarMethod::CornishFisher:
        method = "cornish-fisher";
        break;
    case RiskReport::VarMethod::MonteCarlo:
        method = "montecarlo";
        break;
    }
    using report::numberText;
    std::vector<std::string> r{name.toStdString(),
                               "--convention",
                               o.risk.convention.name,
                               "--risk-free",
                               numberText(o.risk.convention.riskFreeAnnual),
                               "--method",
                               method,
                               "--confidence",
                               numberText(o.risk.confidence),
                               "--horizon",
                               std::to_string(o.risk.horizon),
                               "--seed",
                               std::to_string(o.risk.seed),
                               "--paths",
                               std::to_string(o.projection.paths),
                               "--steps",
                               std::to_string(o.projection.steps),
                               "--frontier",
                               std::to_string(o.frontierPoints)};
    if (!o.risk.benchmark.empty())
        r.insert(r.end(), {"--benchmark", o.risk.benchmark});
    for (const auto &t : o.rebalance.targets) {
        if (!std::isfinite(t.weight))
            return {};
        r.insert(r.end(), {"--target", t.symbol + "=" + numberText(t.weight)});
    }
    if (o.rebalance.wholeShares && !o.rebalance.targets.empty())
        r.emplace_back("--whole-shares");
    return r;
}

} // namespace

AreaReport risk(const Workspace &db, const QString &name, report::RiskReportOptions options)
{
    if (name.isEmpty())
        return {{}, {}, Text::tr("No portfolio is shown: pick one first.")};
    const Workspace *ws = &db;
    return {Text::tr("Risk report of %1").arg(name),
            [ws, name, options]() -> Result<report::Document> {
                auto doc = report::PortfolioReportBuilder(ws->database()).risk(name, options);
                if (doc)
                    doc->recipe = riskRecipe(name, options);
                return doc;
            },
            {}};
}

AreaReport conversation(const Workspace &db, qint64 id)
{
    if (id <= 0)
        return {{}, {}, Text::tr("No conversation is shown: open one or ask a question first.")};
    const Workspace *ws = &db;
    return {Text::tr("Report of the conversation"),
            [ws, id]() -> Result<report::Document> {
                auto doc = report::buildConversationReport(ws->database(), id);
                if (doc)
                    doc->recipe = {std::to_string(id)};
                return doc;
            },
            {}};
}

AreaReport backtest(const Workspace &db, std::shared_ptr<const LabInputs> in,
                    std::shared_ptr<const bt::BacktestReport> run,
                    std::vector<std::shared_ptr<const BarSeries>> series)
{
    if (!in || !run || series.empty())
        return {{}, {}, Text::tr("No backtest to report: run one first (Ctrl+R).")};
    const std::string origin = db.displayUrl().toStdString();
    return {Text::tr("Backtest report"),
            [in, run, series, origin]() -> Result<report::Document> {
                report::BacktestReportInput input;
                for (const auto &s : series)
                    input.series.push_back(s.get());
                input.origin = origin;
                input.interval = in->interval.toStdString();
                input.daily = isDaily(in->interval);
                input.sizingText = in->sizingText.toStdString();
                input.fillText = in->fillText.toStdString();
                input.config = in->request.config;
                input.convention = run->convention;
                input.report = run.get();
                report::Document doc = report::buildBacktestReport(input);
                doc.recipe = labRecipe(*in, run->convention);
                return doc;
            },
            {}};
}

namespace {

// The top rows an optimisation report lists (the CLI's default).
constexpr std::size_t kTop = 10;

report::SweepReportInput sweepInput(const std::string &origin, const LabInputs &in,
                                    const bt::SweepConfig &sweep, const BarSeries &series)
{
    report::SweepReportInput input;
    input.series = &series;
    input.origin = origin;
    input.interval = in.interval.toStdString();
    input.daily = isDaily(in.interval);
    input.sizingText = in.sizingText.toStdString();
    input.fillText = in.fillText.toStdString();
    input.sweep = sweep;
    input.sweep.progress = nullptr; // they pointed into the finished job
    input.sweep.cancel = nullptr;
    return input;
}

} // namespace

AreaReport optimisation(const Workspace &db, const SweepRecord &record)
{
    const auto in = record.inputs;
    const auto sweep = record.config;
    const auto result = record.result;
    const auto series = record.series;
    if (!in || !sweep || !result || !series)
        return {{}, {}, Text::tr("No optimisation to report: run a sweep first (Ctrl+Shift+R).")};
    const std::string origin = db.displayUrl().toStdString();
    return {Text::tr("Optimisation report"),
            [in, sweep, result, series, origin]() -> Result<report::Document> {
                std::optional<bt::BacktestReport> best;
                const bt::Strategy *strategy =
                    sweep->custom ? sweep->custom : bt::StrategyRegistry::find(sweep->strategy);
                if (strategy && !result->ranking.empty()) {
                    auto full =
                        bt::Backtester::run(*series, *strategy, result->table.row(result->ranking.front()),
                                            sweep->config, sweep->convention, true);
                    if (!full)
                        return full.error().withContext("re-running the best combination");
                    best = std::move(full).value();
                }
                report::SweepReportInput input = sweepInput(origin, *in, *sweep, *series);
                input.top = kTop;
                report::Document doc = report::buildOptimizeReport(input, *result, best ? &*best : nullptr);
                doc.recipe = sweepRecipe(*in, *sweep);
                if (!doc.recipe.empty())
                    doc.recipe.insert(doc.recipe.end(), {"--top", std::to_string(kTop)});
                return doc;
            },
            {}};
}

AreaReport walkForward(const Workspace &db, const WalkForwardRecord &record)
{
    const auto in = record.inputs;
    const auto config = record.config;
    const auto result = record.result;
    const auto series = record.series;
    if (!in || !config || !result || !series)
        return {{}, {}, Text::tr("No walk-forward to report: run one first.")};
    const std::string origin = db.displayUrl().toStdString();
    return {Text::tr("Walk-forward report"),
            [in, config, result, series, origin]() -> Result<report::Document> {
                bt::WalkForwardConfig wf = *config;
                wf.sweep.progress = nullptr;
                wf.sweep.cancel = nullptr;
                report::Document doc =
                    report::buildWalkForwardReport(sweepInput(origin, *in, wf.sweep, *series), wf, *result);
                doc.recipe = sweepRecipe(*in, wf.sweep);
                if (!doc.recipe.empty())
                    doc.recipe.insert(doc.recipe.end(),
                                      {"--in-sample", std::to_string(wf.inSampleBars), "--out-of-sample",
                                       std::to_string(wf.outOfSampleBars), "--mode",
                                       wf.anchored ? "anchored" : "rolling"});
                return doc;
            },
            {}};
}

} // namespace sn::ui::area_reports
