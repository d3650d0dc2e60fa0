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

// A formula or convention of the backtest metrics or the indicators: the
// lists the lab's results and the charts translate them from.
QString formula(const QString &english)
{
    const QByteArray source = english.toUtf8();
    for (const char *context : {"sn::ui::MetricTexts", "sn::ui::IndicatorTexts"}) {
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
