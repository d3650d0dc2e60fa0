#include "ui/risk/RiskData.h"

#include "core/common/Time.h"
#include "core/workspace/SettingsService.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace sn::ui {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

Result<RiskStartup> loadRiskStartup(const Workspace &db)
{
    RiskStartup out;
    PortfolioService service(db);
    auto list = service.list();
    if (!list)
        return list.error();
    out.portfolios = std::move(list).value();
    auto convention = SettingsService(db).get(QString::fromLatin1(kConventionSetting));
    if (convention && !convention->trimmed().isEmpty())
        out.convention = convention->trimmed().toLower();
    else if (!convention && convention.error().code != ErrorCode::NotFound)
        return convention.error().withContext(kConventionSetting);
    auto rf = service.riskFreeFromSettings();
    if (!rf)
        return rf.error();
    out.riskFree = rf.value();
    auto custom = SettingsService(db).value(QString::fromLatin1(kCustomStressSetting), QString());
    if (!custom)
        return custom.error().withContext(kCustomStressSetting);
    auto scenarios = parseCustomStress(*custom);
    if (!scenarios)
        return scenarios.error();
    out.customStress = std::move(scenarios).value();
    return out;
}

Result<FrontierResult> loadFrontier(const Workspace &db, const QString &portfolio,
                                    const Convention &convention, int points)
{
    PortfolioService service(db);
    PortfolioService::OptimizeOptions o;
    o.convention = convention;
    o.method = OptimizationReport::Method::MinVariance;
    o.frontierPoints = points;
    auto minVariance = service.optimize(portfolio, o);
    if (!minVariance)
        return minVariance.error();
    FrontierResult out;
    out.minVariance = std::move(minVariance).value();
    o.method = OptimizationReport::Method::MaxSharpe;
    o.frontierPoints = 0;
    auto maxSharpe = service.optimize(portfolio, o);
    if (maxSharpe)
        out.maxSharpe = std::move(maxSharpe).value();
    else
        out.maxSharpeError = qs(maxSharpe.error().toUserString());
    return out;
}

Result<RiskReport> riskWithFallback(const PortfolioService &service, const QString &portfolio,
                                    PortfolioService::RiskOptions options, QString &note)
{
    auto r = service.risk(portfolio, options);
    if (r || options.benchmark.empty())
        return r;
    const QString why = qs(r.error().toUserString());
    options.benchmark.clear();
    auto plain = service.risk(portfolio, options);
    if (plain)
        note = QCoreApplication::translate("sn::ui::RiskView", "No beta: %1").arg(why);
    return plain;
}

Result<PerformanceReport> performanceWithFallback(const PortfolioService &service, const QString &portfolio,
                                                  PortfolioService::PerformanceOptions options, QString &note)
{
    auto r = service.performance(portfolio, options);
    if (r || options.benchmark.empty())
        return r;
    const QString why = qs(r.error().toUserString());
    options.benchmark.clear();
    auto plain = service.performance(portfolio, options);
    if (plain)
        note = QCoreApplication::translate("sn::ui::RiskView", "No benchmark comparison: %1").arg(why);
    return plain;
}

QString explanationOf(const Explanations &explanations, const std::string &key)
{
    for (const auto &[name, text] : explanations)
        if (name == key)
            return qs(text);
    return {};
}

QString describeDataUsed(const DataUsed &used)
{
    const QLocale locale;
    // A plain int argument: lupdate 6.4 skips translate() calls whose count is a cast expression.
    const int observations = int(used.observations);
    QString text = QCoreApplication::translate("sn::ui::RiskView", "%1 (%2): %3 to %4, %Ln observation(s)",
                                               nullptr, observations)
                       .arg(qs(used.portfolio), qs(used.baseCurrency), qs(formatDate(used.from)),
                            qs(formatDate(used.to)));
    QStringList series;
    for (const SeriesUsed &s : used.series)
        series << QCoreApplication::translate("sn::ui::RiskView", "%1 (%2, %3 rows, %4 to %5)")
                      .arg(qs(s.symbol), qs(s.role), locale.toString(static_cast<qulonglong>(s.rows)),
                           qs(formatDate(s.first)), qs(formatDate(s.last)));
    if (!series.isEmpty())
        text += QStringLiteral("; ") + series.join(QStringLiteral("; "));
    return text;
}

} // namespace sn::ui
