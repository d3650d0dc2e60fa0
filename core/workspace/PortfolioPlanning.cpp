#include "core/analytics/Covariance.h"
#include "core/analytics/Valuation.h"
#include "core/common/Log.h"
#include "core/common/UserText.h"
#include "core/storage/BarRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/PortfolioRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/workspace/FxRates.h"
#include "core/workspace/PortfolioService.h"
#include "core/workspace/PortfolioServiceSupport.h"
#include "core/workspace/TransactionImporter.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <set>

// PortfolioService: mean-variance optimisation and rebalancing proposals.
namespace sn {

using namespace portfolio_detail;

Result<OptimizationReport> PortfolioService::optimize(const QString &portfolio,
                                                      const OptimizeOptions &options) const
{
    auto loaded = load(portfolio, options.period.to);
    if (!loaded)
        return loaded.error();
    const Loaded &l = loaded.value();
    const Valuation &v = l.valuation;
    auto w = windowOf(v, options.period.from);
    if (!w)
        return w.error();
    OptimizationReport r;
    r.used = l.used;
    r.used.from = v.days()[w->begin];
    r.method = options.method;
    r.periodsPerYear = options.convention.periodsPerYear;
    std::vector<PortfolioAsset> held;
    double invested = 0.0;
    for (std::size_t a = 0; a < v.symbols().size(); ++a)
        if (v.positionValue(a, w->end) > 0.0) {
            held.push_back(*v.ledger().asset(v.symbols()[a]));
            r.symbols.push_back(v.symbols()[a]);
            r.currentWeights.push_back(v.positionValue(a, w->end));
            invested += v.positionValue(a, w->end);
        }
    if (held.size() < 2)
        return makeError(
                   ErrorCode::InvalidArgument,
                   SN_TEXT("sn::PortfolioService", "%1 held instrument(s); optimisation needs at least 2"),
                   {std::to_string(held.size())})
            .at(SN_TEXT("sn::PortfolioService", "optimize"), {});
    for (double &x : r.currentWeights)
        x /= invested;
    r.lower.assign(held.size(), 0.0);
    r.upper.assign(held.size(), 1.0);
    for (const Bound &b : options.bounds) {
        auto it = std::find(r.symbols.begin(), r.symbols.end(), b.symbol);
        if (it == r.symbols.end())
            return makeError(ErrorCode::InvalidArgument,
                             SN_TEXT("sn::PortfolioService", "'%1' is not held by the portfolio"), {b.symbol})
                .at(SN_TEXT("sn::PortfolioService", "bounds"), {});
        const auto i = static_cast<std::size_t>(it - r.symbols.begin());
        r.lower[i] = b.lower;
        r.upper[i] = b.upper;
    }
    std::vector<TimestampMs> dates;
    auto matrix = assetReturns(l.input, held, r.used.from, r.used.to, dates);
    if (!matrix)
        return matrix.error().withContext(SN_TEXT("sn::PortfolioService", "optimize"), {});
    r.used.observations = static_cast<std::size_t>(matrix->rows());
    auto problem = PortfolioOptimizer::fromReturns(matrix.value());
    if (!problem)
        return problem.error().withContext(SN_TEXT("sn::PortfolioService", "optimize"), {});
    problem->lower =
        Eigen::Map<const Eigen::VectorXd>(r.lower.data(), static_cast<Eigen::Index>(r.lower.size()));
    problem->upper =
        Eigen::Map<const Eigen::VectorXd>(r.upper.data(), static_cast<Eigen::Index>(r.upper.size()));
    problem->riskFree = options.convention.riskFreePerPeriod();
    Result<PortfolioOptimizer::Portfolio> result = makeError(ErrorCode::Internal, "no method", "optimize");
    switch (options.method) {
    case OptimizationReport::Method::MinVariance:
        result = PortfolioOptimizer::minimumVariance(problem.value());
        break;
    case OptimizationReport::Method::MaxSharpe:
        result = PortfolioOptimizer::maximumSharpe(problem.value());
        break;
    case OptimizationReport::Method::TargetReturn:
        result =
            PortfolioOptimizer::targetReturn(problem.value(), options.targetAnnualReturn / r.periodsPerYear);
        break;
    case OptimizationReport::Method::EqualRiskContribution:
        result = PortfolioOptimizer::equalRiskContribution(problem->cov);
        break;
    }
    if (!result)
        return result.error().withContext(SN_TEXT("sn::PortfolioService", "optimize"), {});
    r.result = result.value();
    if (options.frontierPoints > 0) {
        auto frontier = PortfolioOptimizer::efficientFrontier(problem.value(), options.frontierPoints);
        if (!frontier)
            return frontier.error().withContext(SN_TEXT("sn::PortfolioService", "frontier"), {});
        r.frontier = std::move(frontier).value();
    }
    r.explanations = {
        {"inputs",
         userText(
             "sn::PortfolioService",
             "Mean mu and sample covariance C of the held instruments' daily returns in the base currency on "
             "the days all of them have a close; per trading day.")},
        {"min-variance",
         userText("sn::PortfolioService",
                  "minimise w'Cw subject to sum w = 1 and lower <= w <= upper (default 0..1, long only).")},
        {"max-sharpe",
         userText("sn::PortfolioService",
                  "The frontier portfolio maximising (w'mu - rf_p) / sqrt(w'Cw), rf_p the convention's "
                  "per-period risk-free rate.")},
        {"target-return",
         userText("sn::PortfolioService",
                  "Minimum variance with w'mu = target / P (the annual target divided by the periods per "
                  "year).")},
        {"erc",
         userText("sn::PortfolioService",
                  "Equal risk contribution: w_i (Cw)_i equal for all i, long only; bounds do not apply.")},
        {"annualised",
         translatedText(SN_TEXT("sn::PortfolioService",
                                "expected return x P, volatility x sqrt(P), Sharpe x sqrt(P), P = %1"),
                        {fmt::format("{}", r.periodsPerYear)})},
        {"current_weights",
         userText("sn::PortfolioService", "Position value / value of all positions (cash excluded).")},
    };
    return r;
}

Result<RebalanceReport> PortfolioService::rebalance(const QString &portfolio,
                                                    const RebalanceOptions &options) const
{
    auto h = holdings(portfolio, options.asOf);
    if (!h)
        return h.error();
    RebalanceReport r;
    r.used = h->used;
    r.input.cash = h->cashValue;
    r.input.wholeShares = options.wholeShares;
    r.input.minTradeValue = options.minTradeValue;
    r.input.feeRate = options.feeRate;
    r.input.feeFixed = options.feeFixed;
    for (const HoldingLine &line : h->lines) {
        if (line.quantity.isZero())
            continue;
        Rebalancer::Line l;
        l.symbol = line.symbol;
        l.quantity = line.quantity.toDouble();
        l.price = line.price * line.fxRate;
        r.input.lines.push_back(l);
    }
    for (const Target &t : options.targets) {
        auto it = std::find_if(r.input.lines.begin(), r.input.lines.end(),
                               [&](const Rebalancer::Line &l) { return l.symbol == t.symbol; });
        if (it != r.input.lines.end()) {
            it->targetWeight = t.weight;
            continue;
        }
        // A new instrument: its last close on or before the valuation day, in the base currency.
        auto instrument = InstrumentRepository(m_db).find(QString::fromStdString(t.symbol));
        if (!instrument)
            return instrument.error().code == ErrorCode::NotFound
                       ? makeError(ErrorCode::NotFound,
                                   SN_TEXT("sn::PortfolioService", "unknown symbol '%1'"), {t.symbol})
                             .at(SN_TEXT("sn::PortfolioService", "target"), {})
                       : instrument.error();
        auto bars = BarRepository(m_db).load(instrument->id, QString::fromLatin1(kDailyInterval),
                                             BarRepository::kMinTime, h->asOf + kMsPerDay - 1);
        if (!bars)
            return bars.error();
        if (bars->empty())
            return makeError(ErrorCode::NotFound,
                             SN_TEXT("sn::PortfolioService", "no daily close on or before %1"),
                             {formatDate(h->asOf)})
                .at(SN_TEXT("sn::PortfolioService", "target %1"), {t.symbol});
        double rate = 1.0;
        const std::string ccy = str(instrument->currency);
        if (ccy != r.used.baseCurrency) {
            // The same conversion the holdings used: ECB rates crossed through EUR, or an imported series.
            FxRates rates(m_db);
            auto fx = rates.series(ccy, r.used.baseCurrency);
            if (!fx)
                return fx.error().withContext(SN_TEXT("sn::PortfolioService", "target %1"), {t.symbol});
            auto j = lastAtOrBefore((*fx)->series, h->asOf);
            if (!j)
                return makeError(ErrorCode::NotFound, rates.missingRate(ccy, r.used.baseCurrency, h->asOf))
                    .withContext(SN_TEXT("sn::PortfolioService", "target %1"), {t.symbol});
            rate = (*fx)->series.value[*j];
            for (const SeriesUsed &u : (*fx)->used)
                r.used.series.push_back(u);
        }
        DailySeries closes = closesOf(bars.value());
        r.used.series.push_back(usedOf(t.symbol, "price", closes));
        Rebalancer::Line l;
        l.symbol = t.symbol;
        l.price = closes.value.back() * rate;
        l.targetWeight = t.weight;
        r.input.lines.push_back(l);
    }
    auto plan = Rebalancer::plan(r.input);
    if (!plan) // the planner's refusals already say "rebalance"
        return plan.error().context.empty()
                   ? plan.error().withContext(SN_TEXT("sn::PortfolioService", "rebalance"), {})
                   : plan.error();
    r.plan = plan.value();
    r.explanations = {
        {"total", userText("sn::PortfolioService", "Holdings at their last close in the base currency plus "
                                                   "cash; target weights are of this total and "
                                                   "must sum to 1 (held instruments not named get 0).")},
        {"trades",
         userText(
             "sn::PortfolioService",
             "Sells first, then buys paid from cash and sale proceeds; fees (fixed + rate x trade value) are "
             "set "
             "aside before sizing; if buys would overdraw, all buys shrink by one factor; trades below the "
             "minimum value are skipped; whole shares round down when asked.")},
        {"drift", userText("sn::PortfolioService",
                           "current weight - target weight; weight after = value after the trades / total.")},
    };
    return r;
}

} // namespace sn
