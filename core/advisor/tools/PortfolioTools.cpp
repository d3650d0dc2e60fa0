#include "core/advisor/tools/AdvisorTools.h"
#include "core/advisor/tools/JsonSchema.h"
#include "core/advisor/tools/ToolSupport.h"
#include "core/storage/InstrumentRepository.h"

#include <algorithm>
#include <cmath>

namespace sn::advisor {

namespace {

using namespace tools;

QJsonObject portfolioProperties(bool withPeriod)
{
    QJsonObject p{
        {QStringLiteral("portfolio"),
         schema::string(QStringLiteral("Portfolio name; default the only one, else the sample portfolio"))}};
    if (withPeriod) {
        p.insert(QStringLiteral("from"),
                 schema::date(QStringLiteral("First day analysed; default the first transaction")));
        p.insert(QStringLiteral("to"),
                 schema::date(QStringLiteral("Last day valued; default the last day with all closes")));
    }
    return p;
}

QJsonObject with(QJsonObject a, const QJsonObject &b)
{
    for (auto it = b.begin(); it != b.end(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

Result<PortfolioService::Period> periodOf(const QJsonObject &args)
{
    auto from = dateArg(args, "from");
    if (!from)
        return from.error();
    auto to = dateArg(args, "to");
    if (!to)
        return to.error();
    return PortfolioService::Period{*from, *to};
}

// The benchmark asked for, "none" for no comparison, else ^GSPC when stored.
Result<std::string> benchmarkOf(const ToolContext &ctx, const QJsonObject &args)
{
    const QString asked = args.value(QStringLiteral("benchmark")).toString();
    if (asked.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return std::string();
    if (!asked.isEmpty()) {
        auto s = resolveSymbol(ctx, asked);
        if (!s)
            return s.error().withContext("argument 'benchmark'");
        return s->toStdString();
    }
    auto gspc = resolveSymbol(ctx, QStringLiteral("^GSPC"));
    return gspc ? gspc->toStdString() : std::string();
}

QJsonObject cite(const QString &portfolio, const DataUsed &used)
{
    QJsonObject d = dataUsedJson(used);
    d.insert(QStringLiteral("portfolio"), portfolio);
    return d;
}

Result<QJsonObject> summary(const ToolContext &ctx, const QJsonObject &args)
{
    auto name = resolvePortfolio(ctx, args);
    if (!name)
        return name.error();
    auto asOf = dateArg(args, "as_of");
    if (!asOf)
        return asOf.error();
    auto h = ctx.portfolios.holdings(*name, *asOf);
    if (!h)
        return h.error();
    QJsonArray positions;
    for (const HoldingLine &l : h->lines) {
        if (l.quantity.toDouble() == 0.0)
            continue;
        QJsonObject position{{QStringLiteral("symbol"), QString::fromStdString(l.symbol)},
                             {QStringLiteral("quantity"), l.quantity.toDouble()},
                             {QStringLiteral("price"), round(l.price, 10)},
                             {QStringLiteral("price_date"), dateText(l.priceDate)},
                             {QStringLiteral("market_value"), round(l.marketValue, 10)},
                             {QStringLiteral("weight"), round(l.weight)},
                             {QStringLiteral("cost_basis"), l.costBasis.toDouble()},
                             {QStringLiteral("unrealised_pnl"), round(l.unrealisedPnl, 10)}};
        if (l.fxDate != 0) {
            // A converted line cites its rate: which one, and of which day.
            position.insert(QStringLiteral("currency"), QString::fromStdString(l.currency));
            position.insert(QStringLiteral("fx_rate"), round(l.fxRate, 10));
            position.insert(QStringLiteral("fx_date"), dateText(l.fxDate));
            position.insert(QStringLiteral("fx_source"), QString::fromStdString(l.fxSource));
        }
        positions.append(position);
    }
    return QJsonObject{{QStringLiteral("data"), cite(*name, h->used)},
                       {QStringLiteral("as_of"), dateText(h->asOf)},
                       {QStringLiteral("base_currency"), QString::fromStdString(h->used.baseCurrency)},
                       {QStringLiteral("total_value"), round(h->totalValue, 10)},
                       {QStringLiteral("cash_value"), round(h->cashValue, 10)},
                       {QStringLiteral("positions"), positions}};
}

Result<QJsonObject> performance(const ToolContext &ctx, const QJsonObject &args)
{
    auto name = resolvePortfolio(ctx, args);
    if (!name)
        return name.error();
    auto period = periodOf(args);
    if (!period)
        return period.error();
    auto conv = ctx.convention();
    if (!conv)
        return conv.error();
    auto bench = benchmarkOf(ctx, args);
    if (!bench)
        return bench.error();
    auto r = ctx.portfolios.performance(*name, {*period, *bench, *conv});
    if (!r)
        return r.error();
    QJsonArray yearly;
    for (const auto &y : r->yearly)
        yearly.append(
            QJsonObject{{QStringLiteral("year"), y.year}, {QStringLiteral("return"), round(y.value)}});
    QJsonObject out{{QStringLiteral("data"), cite(*name, r->used)},
                    {QStringLiteral("days"), static_cast<qint64>(r->days)},
                    {QStringLiteral("value_begin"), round(r->valueBegin, 10)},
                    {QStringLiteral("value_end"), round(r->valueEnd, 10)},
                    {QStringLiteral("inflows"), round(r->inflows, 10)},
                    {QStringLiteral("outflows"), round(r->outflows, 10)},
                    {QStringLiteral("ttwror"), round(r->ttwror)},
                    {QStringLiteral("ttwror_annualised"), round(r->ttwrorAnnualised)},
                    {QStringLiteral("irr"), round(r->irr.rate)},
                    {QStringLiteral("yearly"), yearly},
                    {QStringLiteral("explain"), explanationsJson(r->explanations)}};
    if (!r->irr.rate)
        out.insert(QStringLiteral("irr_note"), QString::fromStdString(r->irr.message));
    if (r->benchmark)
        out.insert(QStringLiteral("benchmark"),
                   QJsonObject{{QStringLiteral("symbol"), QString::fromStdString(r->benchmarkSymbol)},
                               {QStringLiteral("portfolio_return"), round(r->benchmark->portfolioReturn)},
                               {QStringLiteral("benchmark_return"), round(r->benchmark->benchmarkReturn)},
                               {QStringLiteral("beta"), round(r->benchmark->beta)},
                               {QStringLiteral("alpha"), round(r->benchmark->alpha)}});
    return out;
}

const QStringList kVarMethods{QStringLiteral("historical"), QStringLiteral("normal"),
                              QStringLiteral("cornish_fisher"), QStringLiteral("monte_carlo")};

Result<QJsonObject> risk(const ToolContext &ctx, const QJsonObject &args)
{
    auto name = resolvePortfolio(ctx, args);
    if (!name)
        return name.error();
    auto period = periodOf(args);
    if (!period)
        return period.error();
    auto conv = ctx.convention();
    if (!conv)
        return conv.error();
    auto bench = benchmarkOf(ctx, args);
    if (!bench)
        return bench.error();
    PortfolioService::RiskOptions o;
    o.period = *period;
    o.convention = *conv;
    o.benchmark = *bench;
    const QString method = args.value(QStringLiteral("method")).toString(QStringLiteral("historical"));
    o.varMethod = static_cast<RiskReport::VarMethod>(kVarMethods.indexOf(method));
    o.confidence = args.value(QStringLiteral("confidence")).toDouble(0.95);
    o.horizon = args.value(QStringLiteral("horizon_days")).toInt(1);
    auto r = ctx.portfolios.risk(*name, o);
    if (!r)
        return r.error();
    const ReturnSummary &s = r->summary;
    // What drives the risk: component VaR when there are two or more
    // positions with common history, else the weights alone.
    QJsonArray drivers;
    for (std::size_t i = 0; i < r->symbols.size(); ++i) {
        QJsonObject d{{QStringLiteral("symbol"), QString::fromStdString(r->symbols[i])},
                      {QStringLiteral("weight"), round(r->weights[i])}};
        if (i < r->componentVar.size())
            d.insert(QStringLiteral("component_var"), round(r->componentVar[i]));
        drivers.append(d);
    }
    QJsonObject out{{QStringLiteral("data"), cite(*name, r->used)},
                    {QStringLiteral("method"), method},
                    {QStringLiteral("confidence"), r->confidence},
                    {QStringLiteral("horizon_days"), r->horizon},
                    {QStringLiteral("current_value"), round(r->currentValue, 10)},
                    {QStringLiteral("var"), round(r->var.var)},
                    {QStringLiteral("cvar"), round(r->var.cvar)},
                    {QStringLiteral("var_amount"), round(r->varAmount, 10)},
                    {QStringLiteral("cvar_amount"), round(r->cvarAmount, 10)},
                    {QStringLiteral("annual_volatility"), round(s.annualVolatility)},
                    {QStringLiteral("sharpe"), round(s.sharpe)},
                    {QStringLiteral("sortino"), round(s.sortino)},
                    {QStringLiteral("max_drawdown"), round(s.maxDrawdown.depth)},
                    {QStringLiteral("drawdown_peak"), dateText(r->drawdownPeak)},
                    {QStringLiteral("drawdown_trough"), dateText(r->drawdownTrough)},
                    {QStringLiteral("beta"), round(s.beta)},
                    {QStringLiteral("benchmark"), QString::fromStdString(r->benchmarkSymbol)},
                    {QStringLiteral("drivers"), drivers},
                    {QStringLiteral("convention"), QString::fromStdString(r->convention.name)},
                    {QStringLiteral("explain"), explanationsJson(r->explanations)}};
    if (r->componentVar.empty())
        out.insert(QStringLiteral("drivers_note"), QString::fromStdString(r->componentNote));
    return out;
}

Result<QJsonObject> monteCarlo(const ToolContext &ctx, const QJsonObject &args)
{
    auto name = resolvePortfolio(ctx, args);
    if (!name)
        return name.error();
    auto period = periodOf(args);
    if (!period)
        return period.error();
    PortfolioService::ProjectionOptions o;
    o.period = *period;
    o.method = args.value(QStringLiteral("method")).toString() == QLatin1String("gbm")
                   ? MonteCarloProjection::Method::Gbm
                   : MonteCarloProjection::Method::Bootstrap;
    o.steps = args.value(QStringLiteral("steps")).toInt(252);
    o.paths = args.value(QStringLiteral("paths")).toInt(2000);
    o.seed = static_cast<std::uint64_t>(args.value(QStringLiteral("seed")).toInt(1));
    if (args.contains(QStringLiteral("target_change")))
        o.targetChange = args.value(QStringLiteral("target_change")).toDouble();
    if (args.contains(QStringLiteral("loss_limit_change")))
        o.lossLimitChange = args.value(QStringLiteral("loss_limit_change")).toDouble();
    auto r = ctx.portfolios.projection(*name, o);
    if (!r)
        return r.error();
    QJsonObject end;
    for (std::size_t k = 0; k < MonteCarloProjection::kPercentiles.size(); ++k) {
        const auto &path = r->fan.percentile[k];
        if (path.empty())
            continue;
        end.insert(QStringLiteral("p%1").arg(MonteCarloProjection::kPercentiles[k]),
                   QJsonObject{{QStringLiteral("value"), round(path.back(), 10)},
                               {QStringLiteral("change"), round(path.back() / r->input.startValue - 1.0)}});
    }
    QJsonObject out{
        {QStringLiteral("data"), cite(*name, r->used)},
        {QStringLiteral("method"),
         o.method == MonteCarloProjection::Method::Gbm ? QStringLiteral("gbm") : QStringLiteral("bootstrap")},
        {QStringLiteral("start_value"), round(r->input.startValue, 10)},
        {QStringLiteral("steps"), r->input.steps},
        {QStringLiteral("paths"), r->input.paths},
        {QStringLiteral("seed"), static_cast<qint64>(r->input.seed)},
        {QStringLiteral("historical_observations"), static_cast<qint64>(r->historicalObservations)},
        {QStringLiteral("end"), end},
        {QStringLiteral("probability_target"), round(r->fan.probabilityTarget)},
        {QStringLiteral("probability_loss_limit"), round(r->fan.probabilityLossLimit)},
        {QStringLiteral("explain"), explanationsJson(r->explanations)}};
    return out;
}

Result<QJsonObject> stress(const ToolContext &ctx, const QJsonObject &args)
{
    auto name = resolvePortfolio(ctx, args);
    if (!name)
        return name.error();
    PortfolioService::StressOptions o;
    const QJsonArray windows = args.value(QStringLiteral("windows")).toArray();
    for (qsizetype i = 0; i < windows.size(); ++i) {
        const QJsonObject w = windows[i].toObject();
        auto from = dateArg(w, "from");
        auto to = dateArg(w, "to");
        if (!from || !to)
            return (!from ? from.error() : to.error())
                .withContext("argument 'windows[" + std::to_string(i) + "]'");
        o.windows.push_back({**from, **to});
    }
    if (args.contains(QStringLiteral("shock_all")))
        o.shocks.push_back(
            {StressTest::Shock::Scope::All, "", args.value(QStringLiteral("shock_all")).toDouble()});
    const QJsonObject perSymbol = args.value(QStringLiteral("shock_symbols")).toObject();
    for (auto it = perSymbol.begin(); it != perSymbol.end(); ++it) {
        auto s = resolveSymbol(ctx, it.key());
        if (!s)
            return s.error().withContext("argument 'shock_symbols." + it.key().toStdString() + "'");
        if (it.value().toDouble() < -1.0)
            return makeError(ErrorCode::InvalidArgument,
                             "argument 'shock_symbols." + it.key().toStdString() + "': below -1 (-100 %)");
        o.shocks.push_back({StressTest::Shock::Scope::Symbol, s->toStdString(), it.value().toDouble()});
    }
    auto r = ctx.portfolios.stress(*name, o);
    if (!r)
        return r.error();
    QJsonArray scenarios;
    for (const StressScenario &sc : r->scenarios) {
        QJsonArray positions;
        for (const StressTest::PositionLoss &p : sc.outcome.positions)
            positions.append(QJsonObject{{QStringLiteral("symbol"), QString::fromStdString(p.symbol)},
                                         {QStringLiteral("value"), round(p.value, 10)},
                                         {QStringLiteral("change"), round(p.change)},
                                         {QStringLiteral("pnl"), round(p.pnl, 10)},
                                         {QStringLiteral("source"), QString::fromStdString(p.source)}});
        scenarios.append(QJsonObject{{QStringLiteral("scenario"), QString::fromStdString(sc.label)},
                                     {QStringLiteral("total_value"), round(sc.outcome.totalValue, 10)},
                                     {QStringLiteral("pnl"), round(sc.outcome.totalPnl, 10)},
                                     {QStringLiteral("change"), round(sc.outcome.totalChange)},
                                     {QStringLiteral("positions"), positions}});
    }
    return QJsonObject{{QStringLiteral("data"), cite(*name, r->used)},
                       {QStringLiteral("proxy"), QString::fromStdString(r->proxySymbol)},
                       {QStringLiteral("scenarios"), scenarios},
                       {QStringLiteral("explain"), explanationsJson(r->explanations)}};
}

Result<QJsonObject> rebalance(const ToolContext &ctx, const QJsonObject &args)
{
    auto name = resolvePortfolio(ctx, args);
    if (!name)
        return name.error();
    PortfolioService::RebalanceOptions o;
    auto asOf = dateArg(args, "as_of");
    if (!asOf)
        return asOf.error();
    o.asOf = *asOf;
    o.wholeShares = args.value(QStringLiteral("whole_shares")).toBool(false);
    o.minTradeValue = args.value(QStringLiteral("min_trade_value")).toDouble(0.0);
    o.feeRate = args.value(QStringLiteral("fee_rate")).toDouble(0.0);
    const QJsonObject targets = args.value(QStringLiteral("targets")).toObject();
    QString basis = QStringLiteral("targets given");
    if (targets.isEmpty()) {
        // Equal weights over the open positions: a neutral starting point the
        // user can then edit.
        auto h = ctx.portfolios.holdings(*name, *asOf);
        if (!h)
            return h.error();
        std::vector<std::string> open;
        for (const HoldingLine &l : h->lines)
            if (l.quantity.toDouble() != 0.0)
                open.push_back(l.symbol);
        if (open.empty())
            return makeError(ErrorCode::NotFound, "no open positions to rebalance",
                             "portfolio " + name->toStdString());
        for (const std::string &s : open)
            o.targets.push_back({s, 1.0 / static_cast<double>(open.size())});
        basis = QStringLiteral("equal weights over the open positions (no targets given)");
    } else {
        for (auto it = targets.begin(); it != targets.end(); ++it) {
            auto s = resolveSymbol(ctx, it.key());
            if (!s)
                return s.error().withContext("argument 'targets." + it.key().toStdString() + "'");
            o.targets.push_back({s->toStdString(), it.value().toDouble()});
        }
    }
    auto r = ctx.portfolios.rebalance(*name, o);
    if (!r)
        return r.error();
    QJsonArray trades, drift;
    for (const Rebalancer::Trade &t : r->plan.trades)
        trades.append(QJsonObject{
            {QStringLiteral("symbol"), QString::fromStdString(t.symbol)},
            {QStringLiteral("side"), t.quantity >= 0 ? QStringLiteral("buy") : QStringLiteral("sell")},
            {QStringLiteral("quantity"), round(std::fabs(t.quantity), 10)},
            {QStringLiteral("value"), round(t.value, 10)},
            {QStringLiteral("fee"), round(t.fee, 10)}});
    for (const Rebalancer::Drift &d : r->plan.drift)
        drift.append(QJsonObject{{QStringLiteral("symbol"), QString::fromStdString(d.symbol)},
                                 {QStringLiteral("current_weight"), round(d.currentWeight)},
                                 {QStringLiteral("target_weight"), round(d.targetWeight)},
                                 {QStringLiteral("weight_after"), round(d.weightAfter)}});
    return QJsonObject{
        {QStringLiteral("data"), cite(*name, r->used)},
        {QStringLiteral("basis"), basis},
        {QStringLiteral("total_value"), round(r->plan.totalValue, 10)},
        {QStringLiteral("cash_after"), round(r->plan.cashAfter, 10)},
        {QStringLiteral("total_fees"), round(r->plan.totalFees, 10)},
        {QStringLiteral("trades"), trades},
        {QStringLiteral("drift"), drift},
        {QStringLiteral("proposal_only"), true},
        {QStringLiteral("requires_confirmation"), true},
        {QStringLiteral("note"), QStringLiteral("Nothing was changed. Applying these trades needs the "
                                                "user's explicit confirmation.")}};
}

} // namespace

void addPortfolioTools(ToolRegistry &registry, std::shared_ptr<const ToolContext> ctx)
{
    registry.add(
        {QStringLiteral("portfolio_summary"),
         QStringLiteral("Holdings of a portfolio on a day: quantity, price, market value, weight, "
                        "unrealised P&L, cash and total value in the base currency."),
         schema::object(with(portfolioProperties(false),
                             {{QStringLiteral("as_of"), schema::date(QStringLiteral("Valuation day"))}}))},
        [ctx](const QJsonObject &a) { return summary(*ctx, a); });
    const QJsonObject benchmark{
        {QStringLiteral("benchmark"),
         schema::string(
             QStringLiteral("Benchmark symbol; default ^GSPC when stored; 'none' for no comparison"))}};
    registry.add(
        {QStringLiteral("portfolio_performance"),
         QStringLiteral("True time-weighted return (TTWROR, also annualised), money-weighted IRR, flows, "
                        "yearly returns and a benchmark comparison."),
         schema::object(with(portfolioProperties(true), benchmark))},
        [ctx](const QJsonObject &a) { return performance(*ctx, a); });
    registry.add(
        {QStringLiteral("portfolio_risk"),
         QStringLiteral(
             "Value at Risk and CVaR (method, confidence, horizon), volatility, Sharpe, Sortino, max "
             "drawdown, beta, and what drives the risk (component VaR per holding)."),
         schema::object(
             with(with(portfolioProperties(true), benchmark),
                  {{QStringLiteral("method"),
                    schema::string(QStringLiteral("VaR method (default historical)"), kVarMethods)},
                   {QStringLiteral("confidence"),
                    schema::number(QStringLiteral("Confidence (default 0.95)"), 0.5, 0.9999)},
                   {QStringLiteral("horizon_days"),
                    schema::integer(QStringLiteral("Horizon in trading days (default 1)"), 1, 250)}}))},
        [ctx](const QJsonObject &a) { return risk(*ctx, a); });
    registry.add(
        {QStringLiteral("monte_carlo"),
         QStringLiteral(
             "Monte Carlo projection of the portfolio value: percentiles (5/25/50/75/95) at the horizon and "
             "the probabilities of reaching a target or a loss limit."),
         schema::object(
             with(portfolioProperties(true),
                  {{QStringLiteral("method"),
                    schema::string(QStringLiteral("default bootstrap"),
                                   {QStringLiteral("bootstrap"), QStringLiteral("gbm")})},
                   {QStringLiteral("steps"),
                    schema::integer(QStringLiteral("Trading days ahead (default 252)"), 1, 2520)},
                   {QStringLiteral("paths"),
                    schema::integer(QStringLiteral("Simulated paths (default 2000)"), 100, 100000)},
                   {QStringLiteral("seed"),
                    schema::integer(QStringLiteral("Random seed (default 1)"), 0, 2147483647)},
                   {QStringLiteral("target_change"),
                    schema::number(QStringLiteral("Target relative to today, 0.2 = +20 %"), 0, 100)},
                   {QStringLiteral("loss_limit_change"),
                    schema::number(QStringLiteral("Loss limit, -0.2 = -20 %"), -1, 0)}}))},
        [ctx](const QJsonObject &a) { return monteCarlo(*ctx, a); });
    registry.add(
        {QStringLiteral("stress_test"),
         QStringLiteral(
             "Replays historical windows on the current holdings and applies shocks. Without windows or "
             "shocks: 2008-09-01..2009-03-31, 2020-02-19..2020-03-23 and equities -20 %."),
         schema::object(with(
             portfolioProperties(false),
             {{QStringLiteral("windows"),
               schema::array(QStringLiteral("Historical windows"),
                             schema::object({{QStringLiteral("from"), schema::date(QStringLiteral("start"))},
                                             {QStringLiteral("to"), schema::date(QStringLiteral("end"))}},
                                            {QStringLiteral("from"), QStringLiteral("to")}),
                             1, 10)},
              {QStringLiteral("shock_all"),
               schema::number(QStringLiteral("Every position moves by this, -0.3 = -30 %"), -1, 10)},
              {QStringLiteral("shock_symbols"),
               schema::numberMap(QStringLiteral("Per-symbol moves, {\"AAPL\": -0.5}"))}}))},
        [ctx](const QJsonObject &a) { return stress(*ctx, a); });
    registry.add(
        {QStringLiteral("rebalance_proposal"),
         QStringLiteral(
             "PROPOSES trades that bring the holdings to target weights (default equal weights). It never "
             "changes data: applying the trades needs the user's explicit confirmation."),
         schema::object(with(
             portfolioProperties(false),
             {{QStringLiteral("as_of"), schema::date(QStringLiteral("Valuation day"))},
              {QStringLiteral("targets"),
               schema::numberMap(
                   QStringLiteral("Target weights summing to 1, {\"AAPL\": 0.6, \"^GSPC\": 0.4}"))},
              {QStringLiteral("whole_shares"), schema::boolean(QStringLiteral("Round to whole shares"))},
              {QStringLiteral("min_trade_value"), schema::number(QStringLiteral("Skip smaller trades"), 0)},
              {QStringLiteral("fee_rate"),
               schema::number(QStringLiteral("Fee as a fraction of value"), 0, 0.1)}}))},
        [ctx = std::move(ctx)](const QJsonObject &a) { return rebalance(*ctx, a); });
}

} // namespace sn::advisor
