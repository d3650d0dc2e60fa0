#include "app/cli/PortfolioOptions.h"

#include "app/cli/CliContext.h"
#include "app/cli/OptionValues.h"

#include <QCommandLineParser>
#include <QStringList>

namespace sn::cli {

namespace {

QString profiles()
{
    QStringList names;
    for (const std::string &n : Convention::profileNames())
        names << QString::fromStdString(n);
    return names.join(QStringLiteral(", "));
}

} // namespace

void PortfolioOptions::add(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The portfolio's name."));
    if (period) {
        p.addOption({QStringLiteral("from"),
                     QStringLiteral("First day analysed (YYYY-MM-DD); default the first "
                                    "transaction."),
                     QStringLiteral("DATE")});
        p.addOption({QStringLiteral("to"),
                     QStringLiteral("Last day valued (YYYY-MM-DD); later transactions are "
                                    "left out. Default: the last day every instrument has a "
                                    "close."),
                     QStringLiteral("DATE")});
    }
    if (convention) {
        p.addOption({QStringLiteral("convention"),
                     QStringLiteral("Statistics convention: %1 (default supernova).").arg(profiles()),
                     QStringLiteral("NAME")});
        p.addOption({QStringLiteral("risk-free"),
                     QStringLiteral("Annual risk-free rate as a fraction (0.02 = 2 %); default the setting "
                                    "analytics.risk_free_rate, else 0."),
                     QStringLiteral("R")});
    }
    if (explain)
        p.addOption(
            {QStringLiteral("explain"), QStringLiteral("Show the formula and convention of every number.")});
}

std::optional<BadOption> PortfolioOptions::readPeriod(const QCommandLineParser &p,
                                                      PortfolioService::Period &out) const
{
    for (const char *name : {"from", "to"}) {
        const QString option = QLatin1String(name);
        if (!p.isSet(option))
            continue;
        auto t = toDate(p.value(option));
        if (!t)
            return BadOption{
                QStringLiteral("--%1: not a date '%2' (use YYYY-MM-DD)").arg(option, p.value(option))};
        (option == QLatin1String("from") ? out.from : out.to) = *t;
    }
    if (out.from && out.to && *out.from > *out.to)
        return BadOption{QStringLiteral("--from is after --to")};
    return std::nullopt;
}

std::optional<BadOption> PortfolioOptions::readConvention(const QCommandLineParser &p, Convention &out)
{
    double rf = 0.0;
    if (p.isSet(QStringLiteral("risk-free"))) {
        auto v = toNumber(p.value(QStringLiteral("risk-free")));
        if (!v || *v <= -1.0 || *v >= 1.0)
            return BadOption{
                QStringLiteral("--risk-free: an annual rate as a fraction (0.02 = 2 %), got '%1'")
                    .arg(p.value(QStringLiteral("risk-free")))};
        rf = *v;
    }
    const QString name = p.isSet(QStringLiteral("convention"))
                             ? p.value(QStringLiteral("convention")).trimmed().toLower()
                             : QStringLiteral("supernova");
    auto c = Convention::byName(name.toStdString(), rf);
    if (!c)
        return BadOption{QStringLiteral("--convention: ") + QString::fromStdString(c.error().message)};
    out = c.value();
    return std::nullopt;
}

std::optional<int> applySettingsRiskFree(CliContext &ctx, const QCommandLineParser &p,
                                         const PortfolioService &service, Convention &convention)
{
    if (p.isSet(QStringLiteral("risk-free")))
        return std::nullopt;
    auto rf = service.riskFreeFromSettings();
    if (!rf)
        return ctx.fail(rf.error());
    auto c = Convention::byName(convention.name, *rf);
    if (!c)
        return ctx.fail(c.error());
    convention = c.value();
    return std::nullopt;
}

} // namespace sn::cli
