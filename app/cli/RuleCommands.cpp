// `supernova-cli rule ...`: check a rule file, list what a rule can use,
// and write a built-in strategy out as a rule to start from. Running a
// rule is `backtest|optimize|walkforward --rule-file FILE` (RuleInputs).
#include "app/cli/CliContext.h"
#include "app/cli/Command.h"
#include "app/cli/RuleInputs.h"

#include "core/backtest/Strategy.h"
#include "core/rules/BuiltinRules.h"
#include "core/rules/RuleCatalog.h"
#include "core/rules/RuleStrategy.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace sn::cli {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

int checkAction(CliContext &ctx, const QString &path, const QString &cmd)
{
    auto compiled = RuleInputs::compileFile(path);
    if (!compiled) {
        if (compiled.error().code == ErrorCode::NotFound)
            return ctx.fail(compiled.error());
        if (ctx.json) {
            ctx.printJson(QJsonObject{{QStringLiteral("file"), path},
                                      {QStringLiteral("ok"), false},
                                      {QStringLiteral("errors"), qs(compiled.error().message)}});
            return Failure;
        }
        return ctx.fail(qs(compiled.error().message));
    }
    const rules::RuleStrategy &rule = **compiled;
    const bt::StrategyInfo &info = rule.info();
    const std::vector<double> defaults = info.defaults();
    const rules::RulePlan &plan = rule.plan();
    std::size_t kernels = 0, cached = 0;
    for (const rules::PlanNode &n : plan.nodes) {
        kernels += n.series && !n.cached;
        cached += n.cached;
    }
    QStringList outputs;
    for (const auto &[name, node] : {std::pair{"entry", plan.entry}, std::pair{"exit", plan.exit},
                                     std::pair{"short_entry", plan.shortEntry}, std::pair{"short_exit", plan.shortExit},
                                     std::pair{"stop_loss", plan.stopLoss}, std::pair{"take_profit", plan.takeProfit},
                                     std::pair{"trailing_stop", plan.trailingStop}})
        if (node >= 0)
            outputs << QLatin1String(name);
    if (ctx.json) {
        QJsonArray params;
        for (const bt::ParamSpec &p : info.params)
            params.append(QJsonObject{{QStringLiteral("name"), qs(p.name)},
                                      {QStringLiteral("type"), QLatin1String(bt::paramTypeName(p.type))},
                                      {QStringLiteral("default"), p.defaultValue},
                                      {QStringLiteral("min"), p.min},
                                      {QStringLiteral("max"), p.max},
                                      {QStringLiteral("description"), qs(p.description)}});
        QJsonArray constraints;
        for (const bt::ParamConstraint &c : info.lessThan)
            constraints.append(QString(qs(c.lesser) + QStringLiteral(" < ") + qs(c.greater)));
        ctx.printJson(QJsonObject{{QStringLiteral("file"), path},
                                  {QStringLiteral("ok"), true},
                                  {QStringLiteral("name"), qs(info.name)},
                                  {QStringLiteral("params"), params},
                                  {QStringLiteral("constraints"), constraints},
                                  {QStringLiteral("outputs"), QJsonArray::fromStringList(outputs)},
                                  {QStringLiteral("short"), info.supportsShort},
                                  {QStringLiteral("warmup_bars"), qint64(rule.warmup(defaults))},
                                  {QStringLiteral("plan_nodes"), qint64(plan.nodes.size())},
                                  {QStringLiteral("array_kernels"), qint64(kernels)},
                                  {QStringLiteral("cached_indicators"), qint64(cached)},
                                  {QStringLiteral("buffers"), qint64(plan.numberSlots + plan.conditionSlots)}});
        return Ok;
    }
    (void)cmd;
    QTextStream &out = ctx.out();
    out << path << ": ok, rule '" << qs(info.name) << "'\n"
        << "outputs:   " << outputs.join(QStringLiteral(", ")) << (info.supportsShort ? " (long and short)" : " (long only)")
        << '\n'
        << "warm-up:   " << rule.warmup(defaults) << " bars with the defaults\n"
        << "plan:      " << plan.nodes.size() << " nodes, " << kernels << " array kernels, " << cached
        << " indicator arrays from the shared cache, " << (plan.numberSlots + plan.conditionSlots) << " buffers\n";
    if (!info.params.empty()) {
        QList<QStringList> rows;
        for (const bt::ParamSpec &p : info.params)
            rows << QStringList{qs(p.name), QLatin1String(bt::paramTypeName(p.type)), QString::number(p.defaultValue),
                                QString::number(p.min) + QStringLiteral("..") + QString::number(p.max), qs(p.description)};
        out << '\n';
        ctx.printTable({QStringLiteral("param"), QStringLiteral("type"), QStringLiteral("default"), QStringLiteral("range"),
                        QStringLiteral("description")},
                       rows);
    }
    for (const bt::ParamConstraint &c : info.lessThan)
        out << "require " << qs(c.lesser) << " < " << qs(c.greater) << '\n';
    out.flush();
    return Ok;
}

int functionsAction(CliContext &ctx)
{
    QJsonArray json;
    QList<QStringList> rows;
    for (const rules::CatalogEntry &e : rules::RuleCatalog::entries()) {
        const char *kind = e.kind == rules::CatalogEntry::Kind::Series     ? "series"
            : e.kind == rules::CatalogEntry::Kind::Function                ? "function"
            : e.kind == rules::CatalogEntry::Kind::Output                  ? "output"
                                                                           : "keyword";
        json.append(QJsonObject{{QStringLiteral("kind"), QLatin1String(kind)},
                                {QStringLiteral("name"), qs(e.name)},
                                {QStringLiteral("signature"), qs(e.signature)},
                                {QStringLiteral("description"), qs(e.description)}});
        rows << QStringList{QLatin1String(kind), qs(e.signature), qs(e.description)};
    }
    if (ctx.json)
        ctx.printJson(json);
    else
        ctx.printTable({QStringLiteral("kind"), QStringLiteral("form"), QStringLiteral("meaning")}, rows);
    return Ok;
}

int ruleCommand(CliContext &ctx, const QStringList &args)
{
    const QString cmd = QStringLiteral("rule");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Strategy rules (docs/rules.md):\n"
        "  check FILE           parse and type-check a rule; every problem with file:line:column, a caret\n"
        "                       and a hint (exit 1), else its parameters, outputs and compiled plan\n"
        "  functions            what a rule can use: series, functions, outputs, keywords\n"
        "  from-builtin NAME    a built-in strategy written out as a rule, to start from\n"
        "Run a rule with backtest, optimize or walkforward --rule-file FILE."));
    p.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("check FILE | functions | from-builtin NAME"));
    if (auto code = ctx.parse(p, args, cmd))
        return *code;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (action == QLatin1String("check")) {
        if (pos.size() != 2)
            return ctx.usage(QStringLiteral("rule check takes one FILE"), cmd);
        return checkAction(ctx, pos[1], cmd);
    }
    if (action == QLatin1String("functions")) {
        if (pos.size() != 1)
            return ctx.usage(QStringLiteral("rule functions takes no argument"), cmd);
        return functionsAction(ctx);
    }
    if (action == QLatin1String("from-builtin")) {
        if (pos.size() != 2)
            return ctx.usage(QStringLiteral("rule from-builtin takes one strategy NAME"), cmd);
        const std::string text = rules::BuiltinRules::ruleFor(pos[1].toStdString());
        if (text.empty()) {
            QStringList names;
            for (const std::string &n : rules::BuiltinRules::names())
                names << qs(n);
            return ctx.usage(QStringLiteral("no rule form for '%1' (known: %2)").arg(pos[1], names.join(QStringLiteral(", "))),
                             cmd);
        }
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("strategy"), pos[1]}, {QStringLiteral("rule"), qs(text)}});
        else {
            ctx.out() << qs(text);
            ctx.out().flush();
        }
        return Ok;
    }
    return ctx.usage(action.isEmpty() ? QStringLiteral("rule needs an action: check FILE, functions or from-builtin NAME")
                                      : QStringLiteral("unknown action '%1' (check, functions, from-builtin)").arg(action),
                     cmd);
}

} // namespace

std::vector<Command> ruleCommands()
{
    return {{QStringLiteral("rule"), QStringLiteral("Check a strategy rule file, list its functions, start from a built-in"),
             ruleCommand}};
}

} // namespace sn::cli
