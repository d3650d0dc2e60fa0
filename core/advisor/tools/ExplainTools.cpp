#include "core/advisor/tools/AdvisorTools.h"
#include "core/advisor/tools/JsonSchema.h"
#include "core/advisor/tools/ToolSupport.h"
#include "core/analytics/MonteCarloProjection.h"
#include "core/analytics/Performance.h"
#include "core/analytics/Rebalancer.h"
#include "core/analytics/StressTest.h"
#include "core/analytics/ValueAtRisk.h"
#include "core/backtest/Metrics.h"

#include <QJsonArray>
#include <map>
#include <utility>
#include <vector>

namespace sn::advisor {

namespace {

struct Entry
{
    std::string formula;
    std::string convention;
    std::optional<ReturnStats::Metric> returnStat; // shows how the other profiles differ
    // A metric computed by several methods: each method's id and formula
    // (the formula above joins them), so an answer can name each method.
    std::vector<std::pair<std::string, std::string>> parts;
};

// "historical: ...; normal: ..." (the formula a model reads).
std::string joined(const std::vector<std::pair<std::string, std::string>> &parts)
{
    std::string out;
    for (const auto &[method, formula] : parts) {
        if (!out.empty())
            out += "; ";
        out.append(method).append(": ").append(formula);
    }
    return out;
}

// Every text comes from the code that computes the number, so an
// explanation cannot drift from what is computed.
std::map<std::string, Entry> catalogue(const Convention &c)
{
    std::map<std::string, Entry> out;
    const std::map<std::string, ReturnStats::Metric> stats{
        {"annual_volatility", ReturnStats::Metric::AnnualVolatility},
        {"sharpe", ReturnStats::Metric::Sharpe},
        {"sortino", ReturnStats::Metric::Sortino},
        {"calmar", ReturnStats::Metric::Calmar},
        {"max_drawdown", ReturnStats::Metric::MaxDrawdown},
        {"beta", ReturnStats::Metric::Beta},
        {"alpha", ReturnStats::Metric::Alpha}};
    for (const bt::MetricExplanation &e : bt::Metrics::explain(c)) {
        // "average_win / average_loss" explains both names.
        std::string names = e.name;
        std::size_t at = 0;
        while (true) {
            const std::size_t sep = names.find(" / ", at);
            const std::string one = names.substr(at, sep == std::string::npos ? std::string::npos : sep - at);
            auto stat = stats.find(one);
            out[one] = {e.formula,
                        e.convention,
                        stat == stats.end() ? std::nullopt : std::optional<ReturnStats::Metric>(stat->second),
                        {}};
            if (sep == std::string::npos)
                break;
            at = sep + 3;
        }
    }
    out["tracking_error"] = {ReturnStats::explain(ReturnStats::Metric::TrackingError, c),
                             "",
                             ReturnStats::Metric::TrackingError,
                             {}};
    out["information_ratio"] = {ReturnStats::explain(ReturnStats::Metric::InformationRatio, c),
                                "",
                                ReturnStats::Metric::InformationRatio,
                                {}};
    out["ttwror"] = {Performance::explainTtwror(), "portfolio performance: flows do not distort it", {}, {}};
    out["irr"] = {
        Performance::explainIrr(), "portfolio performance: weights periods by the money invested", {}, {}};
    const std::vector<std::pair<std::string, std::string>> varParts{
        {"historical", ValueAtRisk::explain(ValueAtRisk::Method::Historical)},
        {"normal", ValueAtRisk::explain(ValueAtRisk::Method::Normal)},
        {"cornish_fisher", ValueAtRisk::explain(ValueAtRisk::Method::CornishFisher)},
        {"monte_carlo", ValueAtRisk::explain(ValueAtRisk::Method::MonteCarlo)}};
    out["var"] = {joined(varParts),
                  "a loss as a positive fraction of the current value at the confidence and horizon asked",
                  {},
                  varParts};
    out["cvar"] = {out["var"].formula, "expected shortfall: the mean loss beyond the VaR", {}, varParts};
    out["component_var"] = {ValueAtRisk::explain(ValueAtRisk::Method::Component),
                            "parametric normal; contributions sum to the portfolio's VaR",
                            {},
                            {}};
    const std::vector<std::pair<std::string, std::string>> projectionParts{
        {"bootstrap", MonteCarloProjection::explain(MonteCarloProjection::Method::Bootstrap)},
        {"gbm", MonteCarloProjection::explain(MonteCarloProjection::Method::Gbm)}};
    out["monte_carlo"] = {
        joined(projectionParts), "percentiles of the simulated values at each step", {}, projectionParts};
    out["stress_test"] = {StressTest::explain(), "", {}, {}};
    out["rebalance"] = {Rebalancer::explain(), "a proposal; nothing is traded", {}, {}};
    return out;
}

QStringList metricNames()
{
    QStringList names;
    for (const auto &[name, entry] : catalogue(Convention::supernova()))
        names << QString::fromStdString(name);
    return names;
}

Result<QJsonObject> explain(const ToolContext &ctx, const QJsonObject &args)
{
    auto conv = ctx.convention();
    if (!conv)
        return conv.error();
    const std::string metric = args.value(QStringLiteral("metric")).toString().toStdString();
    const auto all = catalogue(*conv);
    const Entry &e = all.at(metric); // the schema's enum lists exactly these names
    QJsonObject out{
        {QStringLiteral("metric"), QString::fromStdString(metric)},
        {QStringLiteral("formula"), QString::fromStdString(e.formula)},
        {QStringLiteral("convention"), QString::fromStdString(e.convention)},
        {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), QString::fromStdString(conv->name)},
                                                {QStringLiteral("periods_per_year"), conv->periodsPerYear},
                                                {QStringLiteral("ddof"), conv->ddof},
                                                {QStringLiteral("risk_free"), conv->riskFreeAnnual}}}};
    if (!e.parts.empty()) {
        QJsonArray parts;
        for (const auto &[method, formula] : e.parts)
            parts.append(QJsonObject{{QStringLiteral("method"), QString::fromStdString(method)},
                                     {QStringLiteral("formula"), QString::fromStdString(formula)}});
        out.insert(QStringLiteral("methods"), parts);
    }
    if (e.returnStat) {
        QJsonObject others;
        for (const std::string &name : Convention::profileNames()) {
            if (name == conv->name)
                continue;
            auto other = Convention::byName(name, conv->riskFreeAnnual);
            if (other)
                others.insert(QString::fromStdString(name),
                              QString::fromStdString(ReturnStats::explain(*e.returnStat, *other)));
        }
        out.insert(QStringLiteral("other_profiles"), others);
    }
    return out;
}

} // namespace

void addExplainTools(ToolRegistry &registry, std::shared_ptr<const ToolContext> ctx)
{
    registry.add(
        {QStringLiteral("explain_metric"),
         QStringLiteral("The formula and convention behind a metric as SuperNova computes it (and how other "
                        "tools' conventions differ for return statistics)."),
         schema::object({{QStringLiteral("metric"), schema::string(QStringLiteral("Metric"), metricNames())}},
                        {QStringLiteral("metric")})},
        [ctx = std::move(ctx)](const QJsonObject &a) { return explain(*ctx, a); });
}

} // namespace sn::advisor
