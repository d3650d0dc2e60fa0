#include "app/cli/BacktestInputs.h"
#include "app/cli/BacktestText.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/Command.h"
#include "core/backtest/StrategyRegistry.h"
#include "core/indicators/IndicatorRegistry.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace sn::cli {

namespace {

// -------------------------------------------------------------- strategies

int strategiesCommand(CliContext &ctx, const QStringList &args)
{
    const QString cmd = QStringLiteral("strategies");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("List the built-in strategies with their parameter specs."));
    if (auto code = ctx.parse(p, args, cmd))
        return *code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()),
                         cmd);
    const auto infos = bt::StrategyRegistry::infos();
    if (ctx.json) {
        QJsonArray list;
        for (const bt::StrategyInfo *info : infos) {
            QJsonArray params;
            for (const bt::ParamSpec &s : info->params) {
                QJsonArray choices;
                for (const std::string &c : s.choices)
                    choices.append(qs(c));
                params.append(QJsonObject{{QStringLiteral("name"), qs(s.name)},
                                          {QStringLiteral("type"), QLatin1String(bt::paramTypeName(s.type))},
                                          {QStringLiteral("default"), s.defaultValue},
                                          {QStringLiteral("min"), s.min},
                                          {QStringLiteral("max"), s.max},
                                          {QStringLiteral("description"), qs(s.description)},
                                          {QStringLiteral("choices"), choices}});
            }
            QJsonArray constraints;
            for (const bt::ParamConstraint &c : info->lessThan)
                constraints.append(QJsonObject{{QStringLiteral("lesser"), qs(c.lesser)},
                                               {QStringLiteral("greater"), qs(c.greater)}});
            list.append(QJsonObject{{QStringLiteral("name"), qs(info->name)},
                                    {QStringLiteral("description"), qs(info->description)},
                                    {QStringLiteral("supports_short"), info->supportsShort},
                                    {QStringLiteral("multi_asset"), info->multiAsset},
                                    {QStringLiteral("params"), params},
                                    {QStringLiteral("constraints"), constraints}});
        }
        ctx.printJson(list);
        return Ok;
    }
    QTextStream &out = ctx.out();
    for (const bt::StrategyInfo *info : infos) {
        out << qs(info->name) << (info->multiAsset ? "  [multi-asset]" : "")
            << (info->supportsShort ? "  [long/short]" : "  [long only]") << "\n  " << qs(info->description)
            << '\n';
        for (const bt::ParamSpec &s : info->params) {
            out << "    " << qs(s.name).leftJustified(12) << ' '
                << QString::fromLatin1(bt::paramTypeName(s.type)).leftJustified(6) << " default "
                << num(s.defaultValue).leftJustified(6) << " range [" << num(s.min) << ", " << num(s.max)
                << "]  " << qs(s.description) << '\n';
        }
        for (const bt::ParamConstraint &c : info->lessThan)
            out << "    constraint: " << qs(c.lesser) << " < " << qs(c.greater) << '\n';
    }
    out.flush();
    return Ok;
}

// --------------------------------------------------------------- indicator

int indicatorCommand(CliContext &ctx, const QStringList &args)
{
    const QString cmd = QStringLiteral("indicator");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Compute an indicator over a CSV file's or a stored instrument's bars. Prints CSV (date and one\n"
        "column per output; warm-up bars empty) or, with --json, the values per bar (warm-up bars null).\n"
        "--list shows every indicator with its parameters."));
    BacktestInputs::addDataOptions(p);
    p.addOption({QStringLiteral("name"), QStringLiteral("Indicator name (sma, ema, rsi, ...; see --list)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("param"),
                 QStringLiteral("Indicator parameter, repeatable (--param period=14)."),
                 QStringLiteral("K=V")});
    p.addOption({QStringLiteral("list"), QStringLiteral("List the indicators and their parameters.")});
    if (auto code = ctx.parse(p, args, cmd))
        return *code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()),
                         cmd);
    const auto &descriptors = ind::IndicatorRegistry::descriptors();
    if (p.isSet(QStringLiteral("list"))) {
        QJsonArray list;
        for (const ind::IndicatorDescriptor &d : descriptors) {
            QJsonArray params;
            QStringList paramText;
            for (const ind::IndicatorParam &ip : d.params) {
                params.append(QJsonObject{{QStringLiteral("name"), qs(ip.name)},
                                          {QStringLiteral("default"), ip.defaultValue},
                                          {QStringLiteral("min"), ip.min},
                                          {QStringLiteral("max"), ip.max},
                                          {QStringLiteral("integer"), ip.integer},
                                          {QStringLiteral("description"), qs(ip.description)}});
                paramText << qs(ip.name) + QLatin1Char('=') + num(ip.defaultValue);
            }
            QStringList outputs;
            for (const std::string &o : d.outputs)
                outputs << qs(o);
            if (ctx.json)
                list.append(QJsonObject{{QStringLiteral("name"), qs(d.name)},
                                        {QStringLiteral("description"), qs(d.description)},
                                        {QStringLiteral("params"), params},
                                        {QStringLiteral("outputs"), QJsonArray::fromStringList(outputs)},
                                        {QStringLiteral("convention"), qs(d.convention)}});
            else
                ctx.out() << qs(d.name).leftJustified(11) << ' ' << qs(d.description) << " ("
                          << paramText.join(QStringLiteral(", ")) << ") -> "
                          << outputs.join(QStringLiteral(", ")) << '\n';
        }
        if (ctx.json)
            ctx.printJson(list);
        ctx.out().flush();
        return Ok;
    }
    const QString name = p.value(QStringLiteral("name")).trimmed().toLower();
    if (name.isEmpty())
        return ctx.usage(QStringLiteral("--name is required (see --list)"), cmd);
    const ind::IndicatorDescriptor *desc = ind::IndicatorRegistry::find(name.toStdString());
    if (!desc) {
        QStringList known;
        for (const ind::IndicatorDescriptor &d : descriptors)
            known << qs(d.name);
        return ctx.usage(QStringLiteral("--name: unknown indicator '%1' (known: %2)")
                             .arg(name, known.join(QStringLiteral(", "))),
                         cmd);
    }
    std::vector<std::pair<std::string, double>> params;
    std::vector<double> resolved;
    for (const ind::IndicatorParam &ip : desc->params)
        resolved.push_back(ip.defaultValue);
    for (const QString &text : p.values(QStringLiteral("param"))) {
        auto kv = BacktestInputs::parseAssignment(text, QStringLiteral("param"));
        if (!kv)
            return ctx.usage(qs(kv.error().message), cmd);
        const auto spec = std::find_if(desc->params.begin(), desc->params.end(),
                                       [&](const ind::IndicatorParam &ip) { return ip.name == kv->first; });
        if (spec == desc->params.end()) {
            QStringList known;
            for (const ind::IndicatorParam &ip : desc->params)
                known << qs(ip.name);
            return ctx.usage(QStringLiteral("--param: parameter '%1' is unknown for indicator '%2' (%3)")
                                 .arg(qs(kv->first), name,
                                      known.isEmpty()
                                          ? QStringLiteral("it has none")
                                          : QStringLiteral("known: ") + known.join(QStringLiteral(", "))),
                             cmd);
        }
        bool ok = false;
        const double v = qs(kv->second).toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return ctx.usage(QStringLiteral("--param: parameter '%1' must be a number, got '%2'")
                                 .arg(qs(kv->first), qs(kv->second)),
                             cmd);
        if (spec->integer && v != std::floor(v))
            return ctx.usage(QStringLiteral("--param: parameter '%1' must be a whole number, got '%2'")
                                 .arg(qs(kv->first), qs(kv->second)),
                             cmd);
        if (v < spec->min || v > spec->max)
            return ctx.usage(QStringLiteral("--param: parameter '%1' = %2 is outside [%3, %4]")
                                 .arg(qs(kv->first), qs(kv->second), num(spec->min), num(spec->max)),
                             cmd);
        params.emplace_back(kv->first, v);
        resolved[std::size_t(spec - desc->params.begin())] = v;
    }
    auto parsed = BacktestInputs::fromDataOptions(p, cmd);
    if (!parsed)
        return ctx.usage(qs(parsed.error().message), cmd);
    BacktestInputs in = std::move(parsed).value();
    in.strategy = name;
    if (in.symbols.size() > 1)
        return ctx.usage(
            QStringLiteral("--symbol: %1 takes one series, %2 given").arg(cmd).arg(in.symbols.size()), cmd);
    if (auto loaded = in.loadSeries(ctx); !loaded)
        return ctx.fail(loaded.error());
    if (auto problem = singleSeriesProblem(in))
        return ctx.usage(*problem, cmd);
    const BarSeries &s = in.series.front();
    const ind::IndicatorInput input{s.open, s.high, s.low, s.close, s.volume};
    auto computed = ind::IndicatorRegistry::compute(desc->name, params, input);
    if (!computed)
        return ctx.fail(computed.error().withContext(s.symbol));
    const ind::IndicatorOutput &o = computed.value();

    if (ctx.json) {
        QJsonObject resolvedJson;
        for (std::size_t i = 0; i < desc->params.size(); ++i)
            resolvedJson.insert(qs(desc->params[i].name), resolved[i]);
        QJsonArray values;
        for (std::size_t k = 0; k < s.size(); ++k) {
            QJsonObject row{
                {in.daily() ? QStringLiteral("date") : QStringLiteral("time"), in.timeText(s.time[k])}};
            for (std::size_t j = 0; j < o.names.size(); ++j)
                row.insert(qs(o.names[j]), finiteOrNull(o.values[j][k]));
            values.append(row);
        }
        QStringList outputs;
        for (const std::string &n : o.names)
            outputs << qs(n);
        ctx.printJson(QJsonObject{{QStringLiteral("indicator"), qs(desc->name)},
                                  {QStringLiteral("params"), resolvedJson},
                                  {QStringLiteral("convention"), qs(desc->convention)},
                                  {QStringLiteral("outputs"), QJsonArray::fromStringList(outputs)},
                                  {QStringLiteral("warmup"), qint64(o.warmup)},
                                  {QStringLiteral("data"), in.dataJson()},
                                  {QStringLiteral("values"), values}});
        return Ok;
    }
    QTextStream &out = ctx.out();
    out << (in.daily() ? "date" : "time");
    for (const std::string &n : o.names)
        out << ',' << qs(n);
    out << '\n';
    for (std::size_t k = 0; k < s.size(); ++k) {
        out << in.timeText(s.time[k]);
        for (std::size_t j = 0; j < o.names.size(); ++j)
            out << ',' << num(o.values[j][k]);
        out << '\n';
    }
    out.flush();
    return Ok;
}

} // namespace

std::vector<Command> catalogCommands()
{
    return {
        {QStringLiteral("strategies"), QStringLiteral("List the built-in strategies and their parameters"),
         strategiesCommand},
        {QStringLiteral("indicator"), QStringLiteral("Compute an indicator over a CSV file or stored bars"),
         indicatorCommand},
    };
}

} // namespace sn::cli
