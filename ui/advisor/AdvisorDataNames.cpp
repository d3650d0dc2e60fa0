#include "ui/advisor/AdvisorDataNames.h"

#include "core/advisor/tools/DataNames.h"
#include "ui/shell/DisplayNames.h"

#include <QCoreApplication>
#include <string>

namespace sn::ui {

namespace {

using advisor::DataText;

// A name DisplayNames knows; empty when it gives the id back.
QString known(const QString &id, const QString &name)
{
    return name == id ? QString() : name;
}

QString varMethod(const QString &id)
{
    // The risk view's words for its VaR methods (same context, same source).
    if (id == QLatin1String("historical"))
        return QCoreApplication::translate("sn::ui::RiskView", "Historical");
    if (id == QLatin1String("normal"))
        return QCoreApplication::translate("sn::ui::RiskView", "Parametric (normal)");
    if (id == QLatin1String("cornish_fisher"))
        return QCoreApplication::translate("sn::ui::RiskView", "Parametric (Cornish-Fisher)");
    if (id == QLatin1String("monte_carlo"))
        return QCoreApplication::translate("sn::ui::RiskView", "Monte Carlo");
    return QString();
}

QString projectionMethod(const QString &id)
{
    // The risk view's words for its projection methods.
    if (id == QLatin1String("bootstrap"))
        return QCoreApplication::translate("sn::ui::RiskView", "bootstrap");
    if (id == QLatin1String("gbm"))
        return QCoreApplication::translate("sn::ui::RiskView", "GBM");
    return QString();
}

// The advisor's explain tool's own texts, as core writes them in English:
// the risk formulas (core/analytics explain()) and the conventions
// (core/advisor/tools/ExplainTools.cpp). A test asks the explain tool for
// every metric in German and fails on a text missing here, so a changed
// English text fails a test instead of showing untranslated.
[[maybe_unused]] const char *const kExplainTexts[] = {
    QT_TRANSLATE_NOOP(
        "sn::ui::ExplainTexts",
        "Historical VaR/CVaR: h-period returns of overlapping windows prod(1 + r) - 1 sorted ascending "
        "x_(1) <= ... <= x_(n); m = ceil(n (1 - c)); VaR = -x_(m), CVaR = -mean(x_(1..m)); needs at "
        "least 1 / (1 - c) windows. Reported as positive fractions of the portfolio value."),
    QT_TRANSLATE_NOOP(
        "sn::ui::ExplainTexts",
        "Parametric normal VaR: VaR = -(mean h - z sd sqrt(h)), CVaR = -(mean h - sd sqrt(h) phi(z) / "
        "(1 - c)), z = Phi^-1(c) (1.644854 at 95 %, 2.326348 at 99 %), sd = sample deviation of the "
        "periodic returns."),
    QT_TRANSLATE_NOOP(
        "sn::ui::ExplainTexts",
        "Cornish-Fisher VaR: the normal quantile adjusted for sample skewness S and excess kurtosis K, "
        "z_cf = z + (z^2 - 1) S / 6 + (z^3 - 3z) K / 24 - (2z^3 - 5z) S^2 / 36 at z = Phi^-1(1 - c); "
        "VaR = -(mean h + z_cf sd sqrt(h)); CVaR = the mean of the adjusted quantile over the tail."),
    QT_TRANSLATE_NOOP(
        "sn::ui::ExplainTexts",
        "Monte Carlo VaR: correlated normal asset returns x = mu h + sqrt(h) L z with L the Cholesky "
        "factor of the covariance and z ~ N(0, I) from a seeded mt19937_64 (ziggurat), portfolio "
        "return w'x, then the historical estimator over the draws."),
    QT_TRANSLATE_NOOP(
        "sn::ui::ExplainTexts",
        "Component VaR (Euler allocation of the normal VaR): C_i = w_i (-mu_i h + z sqrt(h) (Cov w)_i / "
        "sigma_p); the components add up to the portfolio VaR."),
    QT_TRANSLATE_NOOP(
        "sn::ui::ExplainTexts",
        "Monte Carlo projection: each step's return is drawn uniformly with replacement from the "
        "historical periodic returns; paths are seeded (mt19937_64) and reproducible. The fan shows the "
        "5th, 25th, 50th, 75th and 95th percentiles of the simulated values at every step (position p "
        "(n - 1) / 100 among the sorted values). Probability of a target or loss limit = share of paths "
        "that touch that value at any step."),
    QT_TRANSLATE_NOOP(
        "sn::ui::ExplainTexts",
        "Monte Carlo projection: geometric Brownian motion, V_(t+1) = V_t exp((mu - sigma^2 / 2) + "
        "sigma z), z ~ N(0, 1); paths are seeded (mt19937_64) and reproducible. The fan shows the 5th, "
        "25th, 50th, 75th and 95th percentiles of the simulated values at every step (position p (n - "
        "1) / 100 among the sorted values). Probability of a target or loss limit = share of paths that "
        "touch that value at any step."),
    QT_TRANSLATE_NOOP(
        "sn::ui::ExplainTexts",
        "Stress tests apply a return to each position's current value: pnl_i = value_i x change_i, "
        "total = sum pnl_i. Historical replay: change_i = the position's own return over the window "
        "(first close on or after the start to the last close on or before the end), or the proxy "
        "series' return when it has no history. User shocks: the most specific shock applies (symbol "
        "over asset class over all); positions matched by none are unchanged."),
    QT_TRANSLATE_NOOP(
        "sn::ui::ExplainTexts",
        "Rebalancing: total = holdings at current prices + cash; the fees of the planned trades are set "
        "aside; target value_i = weight_i x (total - fees); trade_i = target_i - current_i, skipped "
        "below the minimum trade value, in whole shares if asked (buys rounded down, sells up to the "
        "quantity held). Sells fund buys; if buys and fees would exceed the cash, all buys are scaled "
        "down by one factor. Fee per trade = fixed + rate x value. Drift = current weight - target "
        "weight."),
    QT_TRANSLATE_NOOP(
        "sn::ui::ExplainTexts",
        "a loss as a positive fraction of the current value at the confidence and horizon asked"),
    QT_TRANSLATE_NOOP("sn::ui::ExplainTexts", "expected shortfall: the mean loss beyond the VaR"),
    QT_TRANSLATE_NOOP("sn::ui::ExplainTexts", "parametric normal; contributions sum to the portfolio's VaR"),
    QT_TRANSLATE_NOOP("sn::ui::ExplainTexts", "percentiles of the simulated values at each step"),
    QT_TRANSLATE_NOOP("sn::ui::ExplainTexts", "a proposal; nothing is traded"),
    QT_TRANSLATE_NOOP("sn::ui::ExplainTexts", "portfolio performance: flows do not distort it"),
    QT_TRANSLATE_NOOP("sn::ui::ExplainTexts", "portfolio performance: weights periods by the money invested"),
};

// A formula or convention of the backtest metrics, the indicators or the
// explain tool: the lists the lab's results, the charts and this file
// translate them from.
QString formula(const QString &english)
{
    const QByteArray source = english.toUtf8();
    for (const char *context : {"sn::ui::MetricTexts", "sn::ui::IndicatorTexts", "sn::ui::ExplainTexts"}) {
        const QString t = QCoreApplication::translate(context, source.constData());
        if (t != english)
            return t;
    }
    return QString();
}

QString name(DataText kind, const QString &id)
{
    const std::string s = id.toStdString();
    switch (kind) {
    case DataText::Strategy:
        return known(id, DisplayNames::strategy(s));
    case DataText::StrategyDescription:
        return DisplayNames::strategyDescription(s);
    case DataText::Parameter:
        return known(id, DisplayNames::parameter(s));
    case DataText::StressScenario:
        return known(id, DisplayNames::stressScenario(s));
    case DataText::VarMethod:
        return varMethod(id);
    case DataText::ProjectionMethod:
        return projectionMethod(id);
    case DataText::Convention:
        return known(id, DisplayNames::convention(s));
    case DataText::Metric:
        return known(id, DisplayNames::metric(s));
    case DataText::Formula:
        return formula(id);
    }
    return QString();
}

} // namespace

void installAdvisorDataNames()
{
    advisor::setDataNamer(&name);
}

} // namespace sn::ui
