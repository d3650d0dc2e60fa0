#include "core/analytics/Covariance.h"
#include "core/analytics/Valuation.h"
#include "core/common/Log.h"
#include "core/common/UserText.h"
#include "core/storage/BarRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/PortfolioRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/workspace/PortfolioService.h"
#include "core/workspace/PortfolioServiceSupport.h"
#include "core/workspace/TransactionImporter.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <set>

// PortfolioService: risk report, Monte Carlo projection and stress tests.
namespace sn {

using namespace portfolio_detail;

Result<RiskReport> PortfolioService::risk(const QString &portfolio, const RiskOptions &options) const
{
    if (!(options.confidence > 0.0 && options.confidence < 1.0))
        return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::PortfolioService", "%1 is not in (0, 1)"),
                         {fmt::format("{}", options.confidence)})
            .at(SN_TEXT("sn::PortfolioService", "confidence"), {});
    if (options.horizon < 1)
        return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::PortfolioService", "%1 is below 1 day"),
                         {std::to_string(options.horizon)})
            .at(SN_TEXT("sn::PortfolioService", "horizon"), {});
    auto loaded = load(portfolio, options.period.to);
    if (!loaded)
        return loaded.error();
    const Loaded &l = loaded.value();
    const Valuation &v = l.valuation;
    auto w = windowOf(v, options.period.from);
    if (!w)
        return w.error();
    auto daily = windowReturns(v, w->begin, w->end);
    if (!daily)
        return daily.error().withContext(SN_TEXT("sn::PortfolioService", "portfolio '%1'"),
                                         {l.used.portfolio});

    RiskReport r;
    r.used = l.used;
    r.used.from = v.days()[w->begin];
    r.convention = options.convention;
    r.varMethod = options.varMethod;
    r.confidence = options.confidence;
    r.horizon = options.horizon;
    r.currentValue = v.marketValue()[w->end];

    // Periods run from one trading day's close to the next: the benchmark's
    // trading days when there is one, else any day an instrument has a close.
    std::vector<TimestampMs> dates;
    std::vector<double> benchReturns;
    if (!options.benchmark.empty()) {
        r.benchmarkSymbol = options.benchmark;
        auto bench = loadBenchmark(m_db, options.benchmark, r.used);
        if (!bench)
            return bench.error();
        std::optional<double> prev;
        for (std::size_t k = 0; k < bench->time.size(); ++k) {
            const TimestampMs t = bench->time[k];
            if (t < r.used.from || t > r.used.to)
                continue;
            if (prev)
                benchReturns.push_back(bench->value[k] / *prev - 1.0);
            prev = bench->value[k];
            dates.push_back(t);
        }
    } else {
        dates = tradingDates(l.input, r.used.from, r.used.to);
    }
    const std::vector<double> returns = sampledReturns(v.days(), daily.value(), w->begin, dates);
    r.used.observations = returns.size();
    if (returns.size() < 2)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::PortfolioService",
                                 "%1 trading-day return(s) between %2 and %3; at least 2 are needed"),
                         {std::to_string(returns.size()), formatDate(r.used.from), formatDate(r.used.to)})
            .at(SN_TEXT("sn::PortfolioService", "risk"), {});
    auto summary = ReturnStats::compute(returns, benchReturns, options.convention);
    if (!summary)
        return summary.error();
    r.summary = summary.value();
    const Drawdown &dd = r.summary.maxDrawdown;
    if (dd.peakIndex < dates.size() && dd.troughIndex < dates.size()) {
        r.drawdownPeak = dates[dd.peakIndex];
        r.drawdownTrough = dates[dd.troughIndex];
        if (dd.recoveryIndex && *dd.recoveryIndex < dates.size())
            r.drawdownRecovery = dates[*dd.recoveryIndex];
    }

    // The current positions, for Monte Carlo VaR, component VaR and correlation.
    std::vector<PortfolioAsset> held;
    for (std::size_t a = 0; a < v.symbols().size(); ++a)
        if (v.positionValue(a, w->end) != 0.0) {
            held.push_back(*v.ledger().asset(v.symbols()[a]));
            r.symbols.push_back(v.symbols()[a]);
            r.weights.push_back(r.currentValue > 0 ? v.positionValue(a, w->end) / r.currentValue : 0.0);
        }
    std::optional<Eigen::MatrixXd> assetMatrix;
    // Why component VaR is missing, in English for the error Monte Carlo VaR
    // returns (the note itself is read in the Risk area, in the reader's language).
    std::string componentNoteEnglish;
    const auto noteFrom = [&](const Error &e) {
        r.componentNote = e.toUserString(); // toUserString: the CLI has no translator
        componentNoteEnglish = e.toString();
    };
    if (held.empty()) {
        const TextKey noPosition =
            SN_TEXT("sn::PortfolioService", "no position is held at the end of the period");
        r.componentNote = translatedText(noPosition);
        componentNoteEnglish = englishText(noPosition);
    } else {
        std::vector<TimestampMs> used;
        auto m = assetReturns(l.input, held, r.used.from, r.used.to, used);
        if (m)
            assetMatrix = std::move(m).value();
        else
            noteFrom(m.error());
    }
    Eigen::VectorXd weights =
        Eigen::Map<const Eigen::VectorXd>(r.weights.data(), static_cast<Eigen::Index>(r.weights.size()));
    std::optional<Eigen::MatrixXd> cov;
    if (assetMatrix) {
        if (options.shrinkage) {
            auto shrunk = Covariance::ledoitWolf(*assetMatrix, *options.shrinkage);
            if (shrunk) {
                cov = shrunk->matrix;
                r.shrinkageIntensity = shrunk->intensity;
            } else {
                noteFrom(shrunk.error());
            }
        } else {
            auto sample = Covariance::sample(*assetMatrix);
            if (sample)
                cov = std::move(sample).value();
            else
                noteFrom(sample.error());
        }
    }
    if (cov)
        for (Eigen::Index i = 0; i < cov->rows(); ++i) {
            std::vector<double> row;
            for (Eigen::Index j = 0; j < cov->cols(); ++j)
                row.push_back((*cov)(i, j));
            r.covariance.push_back(std::move(row));
        }

    Result<ValueAtRisk::Estimate> var = makeError(ErrorCode::Internal, "no VaR method", "risk");
    switch (options.varMethod) {
    case RiskReport::VarMethod::Historical:
        var = ValueAtRisk::historical(returns, options.confidence, options.horizon);
        break;
    case RiskReport::VarMethod::Normal:
        var = ValueAtRisk::parametricNormal(returns, options.confidence, options.horizon);
        break;
    case RiskReport::VarMethod::CornishFisher:
        var = ValueAtRisk::cornishFisher(returns, options.confidence, options.horizon);
        break;
    case RiskReport::VarMethod::MonteCarlo: {
        if (!assetMatrix || !cov) {
            const TextKey needs =
                SN_TEXT("sn::PortfolioService", "Monte Carlo VaR needs the current positions' returns and "
                                                "their covariance: %1");
            Error e{ErrorCode::InvalidArgument, needs, {componentNoteEnglish}};
            const std::string translated = translatedText(needs, {r.componentNote});
            if (translated != e.message)
                e.userMessage = translated;
            return e.at(SN_TEXT("sn::PortfolioService", "risk"), {});
        }
        var = ValueAtRisk::monteCarlo(weights, Covariance::means(*assetMatrix), *cov, options.confidence,
                                      options.horizon, options.draws, options.seed);
        break;
    }
    }
    if (!var)
        return var.error().withContext(SN_TEXT("sn::PortfolioService", "VaR"), {});
    r.var = var.value();
    r.varAmount = r.var.var * r.currentValue;
    r.cvarAmount = r.var.cvar * r.currentValue;

    if (assetMatrix && cov) {
        {
            if (auto corr = Covariance::correlation(*cov)) {
                for (Eigen::Index i = 0; i < corr->rows(); ++i) {
                    std::vector<double> row;
                    for (Eigen::Index j = 0; j < corr->cols(); ++j)
                        row.push_back((*corr)(i, j));
                    r.correlation.push_back(std::move(row));
                }
            } else {
                noteFrom(corr.error());
            }
            auto comp = ValueAtRisk::componentVar(weights, Covariance::means(*assetMatrix), *cov,
                                                  options.confidence, options.horizon);
            if (comp)
                r.componentVar = comp->contribution;
            else
                noteFrom(comp.error());
        }
    }

    const Convention &c = options.convention;
    r.explanations.push_back(
        {"returns",
         options.benchmark.empty()
             ? userText(
                   "sn::PortfolioService",
                   "Portfolio returns from one trading-day close to the next (days on which any held "
                   "instrument has a close), each the compounded daily TTWROR returns r = (MVE + CFout) / "
                   "(MVB + CFin) - 1 in between, so deposits and withdrawals are not returns.")
             : userText(
                   "sn::PortfolioService",
                   "Portfolio returns from one trading-day close to the next (the benchmark's trading "
                   "days), each the compounded daily TTWROR returns r = (MVE + CFout) / (MVB + CFin) - 1 "
                   "in between, so deposits and withdrawals are not returns.")});
    r.explanations.push_back({"convention", conventionText(c)});
    for (ReturnStats::Metric m : ReturnStats::allMetrics())
        r.explanations.push_back({ReturnStats::metricName(m), ReturnStats::explain(m, c)});
    std::string varText;
    switch (options.varMethod) {
    case RiskReport::VarMethod::Historical:
        varText = userText(
            "sn::PortfolioService",
            "Historical: the h-period returns of overlapping windows prod(1 + r) - 1 sorted ascending; "
            "with m = "
            "ceil(n (1 - c)), VaR = -x_(m) and CVaR = -mean(x_(1..m)).");
        break;
    case RiskReport::VarMethod::Normal:
        varText = userText(
            "sn::PortfolioService",
            "Parametric normal: mean mu and sample deviation sd of the returns scaled to the horizon; VaR = "
            "-(mu h - z sd sqrt(h)), CVaR = -(mu h - sd sqrt(h) phi(z) / (1 - c)), z = Phi^-1(c).");
        break;
    case RiskReport::VarMethod::CornishFisher:
        varText = userText(
            "sn::PortfolioService",
            "Cornish-Fisher: the normal quantile adjusted for skewness S and excess kurtosis K, z_cf = z + "
            "(z^2 "
            "- 1) S / 6 + (z^3 - 3z) K / 24 - (2z^3 - 5z) S^2 / 36; CVaR averages the adjusted quantile "
            "over the tail.");
        break;
    case RiskReport::VarMethod::MonteCarlo:
        varText = userText(
            "sn::PortfolioService",
            "Monte Carlo: correlated normal draws of the current positions' returns x = mu h + sqrt(h) L z "
            "(L "
            "the Cholesky factor of their sample covariance on common trading days, seeded), portfolio "
            "return "
            "w'x with w = position value / total value (cash earns nothing), then the historical estimator.");
        break;
    }
    r.explanations.push_back(
        {"var",
         varText + ' ' +
             userText("sn::PortfolioService",
                      "VaR and CVaR are fractions of the current value; the amounts multiply them by it.")});
    r.explanations.push_back(
        {"component_var", userText("sn::PortfolioService",
                                   "Parametric normal Euler allocation over the current positions: C_i = "
                                   "w_i (-mu_i h + z sqrt(h) (cov w)_i / sigma_p); the C_i sum to the "
                                   "portfolio's normal VaR.")});
    r.explanations.push_back(
        {"covariance",
         options.shrinkage
             ? translatedText(
                   SN_TEXT("sn::PortfolioService",
                           "Ledoit-Wolf shrinkage of the (1/T) sample covariance of the held instruments' "
                           "daily returns toward %1 with the optimal intensity delta = %2 estimated "
                           "from the data: delta F + (1 - delta) S; used for Monte Carlo and component VaR."),
                   {*options.shrinkage == Covariance::ShrinkageTarget::ConstantCorrelation
                        ? userText("sn::PortfolioService",
                                   "constant correlation (Ledoit & Wolf 2004, 'Honey, I shrunk...')")
                        : userText("sn::PortfolioService",
                                   "a scaled identity (Ledoit & Wolf 2004, well-conditioned estimator)"),
                    fmt::format("{:.6g}", r.shrinkageIntensity.value_or(0.0))})
             : userText(
                   "sn::PortfolioService",
                   "Sample covariance (divides by T - 1) of the held instruments' daily returns in the base "
                   "currency on the days all of them have a close; per trading day.")});
    r.explanations.push_back({"correlation", userText("sn::PortfolioService",
                                                      "Pearson correlation derived from that covariance.")});
    return r;
}

Result<ProjectionReport> PortfolioService::projection(const QString &portfolio,
                                                      const ProjectionOptions &options) const
{
    auto loaded = load(portfolio, options.period.to);
    if (!loaded)
        return loaded.error();
    const Loaded &l = loaded.value();
    const Valuation &v = l.valuation;
    auto w = windowOf(v, options.period.from);
    if (!w)
        return w.error();
    auto daily = windowReturns(v, w->begin, w->end);
    if (!daily)
        return daily.error().withContext(SN_TEXT("sn::PortfolioService", "portfolio '%1'"),
                                         {l.used.portfolio});
    ProjectionReport r;
    r.used = l.used;
    r.used.from = v.days()[w->begin];
    const std::vector<double> returns =
        sampledReturns(v.days(), daily.value(), w->begin, tradingDates(l.input, r.used.from, r.used.to));
    r.used.observations = returns.size();
    r.historicalObservations = returns.size();
    if (returns.size() < 2)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::PortfolioService",
                                 "%1 trading-day return(s) in the history; at least 2 are needed"),
                         {std::to_string(returns.size())})
            .at(SN_TEXT("sn::PortfolioService", "montecarlo"), {});
    MonteCarloProjection::Input in;
    in.method = options.method;
    in.startValue = v.marketValue()[w->end];
    in.steps = options.steps;
    in.paths = options.paths;
    in.seed = options.seed;
    if (options.targetChange) {
        if (!(*options.targetChange > 0))
            return makeError(
                       ErrorCode::InvalidArgument,
                       SN_TEXT("sn::PortfolioService", "%1 is not above 0 (a target above the start value)"),
                       {fmt::format("{}", *options.targetChange)})
                .at(SN_TEXT("sn::PortfolioService", "target"), {});
        in.target = in.startValue * (1.0 + *options.targetChange);
    }
    if (options.lossLimitChange) {
        if (!(*options.lossLimitChange < 0 && *options.lossLimitChange > -1))
            return makeError(ErrorCode::InvalidArgument,
                             SN_TEXT("sn::PortfolioService",
                                     "%1 is not in (-1, 0) (a loss limit below the start value)"),
                             {fmt::format("{}", *options.lossLimitChange)})
                .at(SN_TEXT("sn::PortfolioService", "loss-limit"), {});
        in.lossLimit = in.startValue * (1.0 + *options.lossLimitChange);
    }
    if (options.method == MonteCarloProjection::Method::Bootstrap) {
        in.historicalReturns = returns;
    } else {
        double mean = 0.0;
        for (double x : returns) {
            if (!(x > -1.0))
                return makeError(
                           ErrorCode::InvalidArgument,
                           SN_TEXT("sn::PortfolioService", "a return of -100 % or worse has no logarithm"),
                           {})
                    .at(SN_TEXT("sn::PortfolioService", "montecarlo"), {});
            mean += std::log1p(x);
        }
        mean /= static_cast<double>(returns.size());
        double ss = 0.0;
        for (double x : returns)
            ss += (std::log1p(x) - mean) * (std::log1p(x) - mean);
        in.sigma = std::sqrt(ss / static_cast<double>(returns.size() - 1));
        in.mu = mean + in.sigma * in.sigma / 2.0;
    }
    auto fan = MonteCarloProjection::run(in);
    if (!fan)
        return fan.error().withContext(SN_TEXT("sn::PortfolioService", "montecarlo"), {});
    r.fan = std::move(fan).value();
    in.historicalReturns.clear();
    r.input = in;
    r.explanations = {
        {"method",
         options.method == MonteCarloProjection::Method::Bootstrap
             ? userText(
                   "sn::PortfolioService",
                   "Bootstrap: each step's return drawn uniformly, with replacement, from the portfolio's "
                   "trading-day returns of the history period; V_(t+1) = V_t (1 + r).")
             : userText(
                   "sn::PortfolioService",
                   "Geometric Brownian motion: V_(t+1) = V_t exp((mu - sigma^2 / 2) + sigma z), z ~ N(0, 1), "
                   "with sigma the sample deviation of the history's log returns and mu their mean + sigma^2 "
                   "/ "
                   "2 (per trading day).")},
        {"start_value", userText("sn::PortfolioService",
                                 "The portfolio's value (MVE) on the last day of the history period.")},
        {"percentiles",
         userText("sn::PortfolioService",
                  "At each step the 5/25/50/75/95th percentile of the simulated values: position p (n - 1) / "
                  "100 among the sorted values, interpolated between neighbours in log space.")},
        {"probabilities",
         userText("sn::PortfolioService",
                  "Share of paths whose value touched the target (or fell to the loss limit) at any step.")},
    };
    return r;
}

Result<StressReport> PortfolioService::stress(const QString &portfolio, const StressOptions &options) const
{
    auto loaded = load(portfolio, options.asOf);
    if (!loaded)
        return loaded.error();
    const Loaded &l = loaded.value();
    const Holdings h = holdingsOf(l);
    StressReport r;
    r.used = h.used;
    std::vector<StressTest::Position> positions;
    for (const HoldingLine &line : h.lines)
        if (!line.quantity.isZero())
            positions.push_back({line.symbol, line.assetClass, line.marketValue});
    if (positions.empty())
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::PortfolioService", "no position is held to stress"), {})
            .at(SN_TEXT("sn::PortfolioService", "portfolio '%1'"), {r.used.portfolio});

    std::optional<DailySeries> proxy;
    if (!options.noProxy) {
        const std::string symbol = options.proxy.empty() ? std::string(kDefaultProxy) : options.proxy;
        auto series =
            BarRepository(m_db).load(QString::fromStdString(symbol), QString::fromLatin1(kDailyInterval));
        if (series && !series->empty()) {
            proxy = closesOf(series.value());
            r.proxySymbol = symbol;
            r.used.series.push_back(usedOf(symbol, "proxy", *proxy));
        } else if (!options.proxy.empty()) {
            return series ? makeError(ErrorCode::NotFound,
                                      SN_TEXT("sn::PortfolioService", "no daily (1d) bars stored"), {})
                                .at(SN_TEXT("sn::PortfolioService", "proxy %1"), {symbol})
                          : series.error().withContext(SN_TEXT("sn::PortfolioService", "proxy"), {});
        }
    }
    std::vector<StressWindow> windows = options.windows;
    std::vector<StressTest::Shock> shocks = options.shocks;
    if (windows.empty() && shocks.empty()) {
        // The two crises the bundled S&P 500 data covers, and a flat equity shock.
        windows.push_back({toTimestamp({2008, 9, 1}), toTimestamp({2009, 3, 31})});
        windows.push_back({toTimestamp({2020, 2, 19}), toTimestamp({2020, 3, 23})});
        shocks.push_back({StressTest::Shock::Scope::AssetClass, "equity", -0.2});
    }
    for (const StressWindow &win : windows) {
        if (win.from > win.to)
            return makeError(ErrorCode::InvalidArgument,
                             SN_TEXT("sn::PortfolioService", "window starts after it ends"), {})
                .at(SN_TEXT("sn::PortfolioService", "window %1"), {describeWindow(win.from, win.to)});
        // A position's own series is replayed only when it covers the window
        // (a close within a week of either end); otherwise the proxy stands in,
        // rather than a partial window passing for the whole one.
        std::map<std::string, DailySeries> covering;
        for (const auto &[symbol, series] : l.input.prices) {
            if (series.time.empty() || series.time.front() > win.from + 7 * kMsPerDay ||
                series.time.back() < win.to - 7 * kMsPerDay)
                continue;
            if (StressTest::windowReturn(series, win.from, win.to))
                covering.emplace(symbol, series);
        }
        auto outcome =
            StressTest::historical(positions, covering, proxy ? &*proxy : nullptr, win.from, win.to);
        if (!outcome)
            return outcome.error().withContext(SN_TEXT("sn::PortfolioService", "window %1"),
                                               {describeWindow(win.from, win.to)});
        r.scenarios.push_back({describeWindow(win.from, win.to), outcome.value()});
    }
    for (const StressTest::Shock &shock : shocks) {
        auto outcome = StressTest::shocks(positions, {shock});
        std::string target = shock.name;
        if (shock.scope == StressTest::Shock::Scope::All)
            target = "all";
        else if (shock.scope == StressTest::Shock::Scope::AssetClass)
            target = "class:" + shock.name;
        const std::string label = target + fmt::format("={:g}", shock.change);
        if (!outcome)
            return outcome.error().withContext(SN_TEXT("sn::PortfolioService", "shock %1"), {label});
        r.scenarios.push_back({label, outcome.value()});
    }
    r.explanations = {
        {"historical window",
         userText(
             "sn::PortfolioService",
             "Each held position moves by its own series' return over the window (first close on or "
             "after FROM to the last close on or before TO) when its data covers the window (a close "
             "within a week of either end); otherwise by the proxy's return (source 'proxy'). Weights are "
             "today's; cash is not "
             "stressed.")},
        {"shock",
         userText(
             "sn::PortfolioService",
             "SYMBOL=x moves that position by x, CLASS=x (e.g. equity) every position of that asset class, "
             "all=x every position; the most specific shock applies.")},
        {"pnl",
         userText("sn::PortfolioService",
                  "value x change per position; total change = total P&L / total value of the positions.")},
    };
    return r;
}

} // namespace sn
