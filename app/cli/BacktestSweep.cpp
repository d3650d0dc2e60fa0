#include "app/cli/BacktestSweep.h"

#include "app/cli/CliText.h"
#include "core/backtest/Metrics.h"
#include "core/backtest/StrategyRegistry.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace sn::cli {

namespace {

// Set from the SIGINT handler: a lock-free atomic store is async-signal-safe.
std::atomic<bool> interrupted{false};

void onInterrupt(int)
{
    interrupted.store(true);
}

Error usageError(const QString &message)
{
    return makeError(ErrorCode::InvalidArgument, message.toStdString());
}

QString knownParams(const bt::StrategyInfo &info)
{
    QStringList names;
    for (const bt::ParamSpec &p : info.params)
        names << qs(p.name);
    return names.isEmpty() ? QStringLiteral("it has none")
                           : QStringLiteral("known: ") + names.join(QStringLiteral(", "));
}

// One fixed --param value checked on its own (the constraints are checked
// with the grid, since the grid may supply the other side).
Result<double> fixedValue(const bt::StrategyInfo &info, const std::string &name, const std::string &text)
{
    const int i = info.indexOf(name);
    if (i < 0)
        return usageError(QStringLiteral("--param: parameter '%1' is unknown for strategy '%2' (%3)")
                              .arg(qs(name), qs(info.name), knownParams(info)));
    const bt::ParamSpec &spec = info.params[std::size_t(i)];
    double v = 0;
    if (spec.type == bt::ParamType::Bool) {
        if (text == "true" || text == "1" || text == "yes")
            v = 1;
        else if (text == "false" || text == "0" || text == "no")
            v = 0;
        else
            return usageError(QStringLiteral("--param: parameter '%1' must be true or false, got '%2'")
                                  .arg(qs(name), qs(text)));
        return v;
    }
    if (spec.type == bt::ParamType::Enum) {
        for (std::size_t c = 0; c < spec.choices.size(); ++c)
            if (spec.choices[c] == text)
                return double(c);
        return usageError(
            QStringLiteral("--param: parameter '%1' has no choice '%2'").arg(qs(name), qs(text)));
    }
    bool ok = false;
    v = qs(text).toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return usageError(
            QStringLiteral("--param: parameter '%1' must be a number, got '%2'").arg(qs(name), qs(text)));
    if (spec.type == bt::ParamType::Int && v != std::floor(v))
        return usageError(QStringLiteral("--param: parameter '%1' must be a whole number, got '%2'")
                              .arg(qs(name), qs(text)));
    if (v < spec.min || v > spec.max)
        return usageError(QStringLiteral("--param: parameter '%1' = %2 is outside [%3, %4]")
                              .arg(qs(name), qs(text), QString::number(spec.min), QString::number(spec.max)));
    return v;
}

} // namespace

void BacktestSweep::addOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("grid"),
                 QStringLiteral("Parameter range, repeatable: name=start:stop[:step], both ends included "
                                "(--grid fast=5:50:1 --grid slow=10:200:1)."),
                 QStringLiteral("RANGE")});
    p.addOption({QStringLiteral("random"),
                 QStringLiteral("Random search: evaluate N distinct grid points instead of all."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the random search (default 1)."),
                 QStringLiteral("S")});
    p.addOption({QStringLiteral("metric"), QStringLiteral("Ranking metric (default sharpe): %1.").arg([] {
                     QStringList names;
                     for (bt::Metric m : bt::Metrics::all())
                         names << QLatin1String(bt::Metrics::name(m));
                     return names.join(QStringLiteral(", "));
                 }()),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("threads"), QStringLiteral("Worker threads (default: every core)."),
                 QStringLiteral("N")});
}

Result<BacktestSweep> BacktestSweep::fromParser(const QCommandLineParser &p, const BacktestInputs &in)
{
    const bt::StrategyInfo *info = in.strategyInfo();
    if (!info)
        return usageError(QStringLiteral("--strategy: unknown strategy '%1'").arg(in.strategy));
    if (!in.rule && (info->multiAsset || !bt::StrategyRegistry::find(in.strategy.toStdString())))
        return usageError(
            QStringLiteral("--strategy: '%1' is a multi-asset strategy; %2 takes single-series strategies")
                .arg(in.strategy, in.command));
    BacktestSweep s;
    bt::SweepConfig &c = s.config;
    c.strategy = info->name;
    c.custom = in.rule.get();
    c.config = in.config;
    c.convention = in.convention;
    c.periodsFromInterval = !in.periodsExplicit;

    std::vector<int> gridIndex;
    for (const QString &text : p.values(QStringLiteral("grid"))) {
        auto range = bt::ParamRange::parse(text.trimmed().toStdString());
        if (!range)
            return usageError(QStringLiteral("--grid: ") + qs(range.error().message));
        const int i = info->indexOf(range->name);
        if (i < 0)
            return usageError(QStringLiteral("--grid: parameter '%1' is unknown for strategy '%2' (%3)")
                                  .arg(qs(range->name), qs(info->name), knownParams(*info)));
        if (std::find(gridIndex.begin(), gridIndex.end(), i) != gridIndex.end())
            return usageError(QStringLiteral("--grid: parameter '%1' is given twice").arg(qs(range->name)));
        const bt::ParamSpec &spec = info->params[std::size_t(i)];
        if (spec.type != bt::ParamType::Double &&
            (range->start != std::floor(range->start) || range->step != std::floor(range->step)))
            return usageError(QStringLiteral("--grid: parameter '%1' takes whole numbers, got '%2'")
                                  .arg(qs(range->name), text));
        if (range->start < spec.min || range->stop > spec.max)
            return usageError(QStringLiteral("--grid: range of parameter '%1' (%2..%3) goes outside [%4, %5]")
                                  .arg(qs(range->name), QString::number(range->start),
                                       QString::number(range->stop), QString::number(spec.min),
                                       QString::number(spec.max)));
        gridIndex.push_back(i);
        c.grid.push_back(*range);
        s.gridText << text.trimmed();
    }
    if (c.grid.empty())
        return usageError(QStringLiteral("--grid is required (--grid name=start:stop[:step], repeatable)"));
    for (const auto &[name, text] : in.params) {
        auto v = fixedValue(*info, name, text);
        if (!v)
            return v.error();
        if (std::find(gridIndex.begin(), gridIndex.end(), info->indexOf(name)) != gridIndex.end())
            return usageError(
                QStringLiteral("--param: parameter '%1' is also given with --grid").arg(qs(name)));
        c.fixed.emplace_back(name, *v);
    }

    // The strategy's constraints (fast < slow): at least one grid point must
    // satisfy them, else say which one every point breaks.
    std::vector<double> point = info->defaults();
    for (const auto &[name, v] : c.fixed)
        point[std::size_t(info->indexOf(name))] = v;
    std::vector<std::vector<double>> axes;
    double total = 1;
    for (const bt::ParamRange &r : c.grid) {
        std::vector<double> values;
        const auto count = std::size_t(std::floor((r.stop - r.start) / r.step + 1e-9)) + 1;
        total *= double(count);
        if (total > double(bt::Optimizer::kMaxCombinations))
            return usageError(
                QStringLiteral("--grid: more than %1 combinations").arg(bt::Optimizer::kMaxCombinations));
        for (std::size_t k = 0; k < count; ++k)
            values.push_back(r.start + double(k) * r.step);
        axes.push_back(std::move(values));
    }
    std::optional<Error> firstProblem;
    bool anyValid = false;
    std::vector<std::size_t> idx(axes.size(), 0);
    for (bool more = true; more && !anyValid;) {
        for (std::size_t a = 0; a < axes.size(); ++a)
            point[std::size_t(gridIndex[a])] = axes[a][idx[a]];
        auto valid = info->validate(point);
        if (valid)
            anyValid = true;
        else if (!firstProblem)
            firstProblem = valid.error();
        more = false;
        for (std::size_t a = axes.size(); a-- > 0;) {
            if (++idx[a] < axes[a].size()) {
                more = true;
                break;
            }
            idx[a] = 0;
        }
    }
    if (!anyValid)
        return usageError(QStringLiteral("--grid: no combination satisfies the strategy's constraints: ") +
                          qs(firstProblem ? firstProblem->message : std::string()));

    if (p.isSet(QStringLiteral("random"))) {
        bool ok = false;
        const qlonglong n = p.value(QStringLiteral("random")).toLongLong(&ok);
        if (!ok || n < 1)
            return usageError(QStringLiteral("--random: a positive whole number of samples, got '%1'")
                                  .arg(p.value(QStringLiteral("random"))));
        c.randomSamples = std::size_t(n);
    }
    if (p.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        c.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usageError(QStringLiteral("--seed: a non-negative whole number, got '%1'")
                                  .arg(p.value(QStringLiteral("seed"))));
    }
    if (p.isSet(QStringLiteral("metric"))) {
        auto metric =
            bt::Metrics::fromName(p.value(QStringLiteral("metric")).trimmed().toLower().toStdString());
        if (!metric)
            return usageError(QStringLiteral("--metric: ") + qs(metric.error().message));
        c.rankBy = *metric;
    }
    if (p.isSet(QStringLiteral("threads"))) {
        bool ok = false;
        const int t = p.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || t < 1 || t > 1024)
            return usageError(QStringLiteral("--threads: a whole number from 1 to 1024, got '%1'")
                                  .arg(p.value(QStringLiteral("threads"))));
        c.threads = unsigned(t);
    }
    return s;
}

QJsonObject BacktestSweep::inputsJson(const BacktestInputs &in) const
{
    std::vector<std::string> names;
    std::vector<double> values;
    for (const auto &[name, v] : config.fixed) {
        names.push_back(name);
        values.push_back(v);
    }
    QJsonObject o = in.toJson({}, {});
    // Fixed values only; the swept ones are under "grid".
    QJsonObject fixed;
    for (std::size_t i = 0; i < names.size(); ++i)
        fixed.insert(qs(names[i]), values[i]);
    o.insert(QStringLiteral("params"), fixed);
    o.insert(QStringLiteral("grid"), QJsonArray::fromStringList(gridText));
    o.insert(QStringLiteral("random"),
             config.randomSamples ? QJsonValue(qint64(config.randomSamples)) : QJsonValue());
    o.insert(QStringLiteral("seed"), config.randomSamples ? QJsonValue(qint64(config.seed)) : QJsonValue());
    o.insert(QStringLiteral("metric"), QLatin1String(bt::Metrics::name(config.rankBy)));
    return o;
}

void BacktestSweep::cancelOnInterrupt()
{
    interrupted.store(false);
    std::signal(SIGINT, onInterrupt);
    config.cancel = &interrupted;
}

void BacktestSweep::reportProgressOnTerminal(const QString &what)
{
    if (!isatty(fileno(stderr)))
        return;
    const QByteArray label = what.toUtf8();
    config.progress = [label](std::size_t done, std::size_t total) {
        std::fprintf(stderr, "\r%s: %zu / %zu combinations%s", label.constData(), done, total,
                     done == total ? "\n" : "");
        std::fflush(stderr);
    };
}

} // namespace sn::cli
