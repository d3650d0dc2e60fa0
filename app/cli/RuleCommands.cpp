// `supernova-cli rules ...` (also spelled `rule ...`): rules stored in the
// workspace with their versions (list, show, save, export, import, remove,
// through RuleService), check a rule file, list what a rule can use, and
// write a built-in strategy out as a rule to start from. Running a rule is
// `backtest|optimize|walkforward --rule-file FILE | --rule-name NAME`.
#include "app/cli/BacktestInputs.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/Command.h"
#include "app/cli/RuleInputs.h"
#include "core/backtest/Strategy.h"
#include "core/rules/BuiltinRules.h"
#include "core/rules/RuleCatalog.h"
#include "core/rules/RuleStrategy.h"
#include "core/rules/RuleUniverse.h"
#include "core/workspace/RuleService.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace sn::cli {

namespace {

int checkAction(CliContext &ctx, const QString &path)
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
    for (const auto &[name, node] :
         {std::pair{"entry", plan.entry}, std::pair{"exit", plan.exit},
          std::pair{"short_entry", plan.shortEntry}, std::pair{"short_exit", plan.shortExit},
          std::pair{"stop_loss", plan.stopLoss}, std::pair{"take_profit", plan.takeProfit},
          std::pair{"trailing_stop", plan.trailingStop}, std::pair{"stop", plan.stopDistance},
          std::pair{"target", plan.takeProfitDistance}, std::pair{"trail", plan.trailingDistance}})
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
        ctx.printJson(
            QJsonObject{{QStringLiteral("file"), path},
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
    QTextStream &out = ctx.out();
    out << path << ": ok, rule '" << qs(info.name) << "'\n"
        << "outputs:   " << outputs.join(QStringLiteral(", "))
        << (info.supportsShort ? " (long and short)" : " (long only)") << '\n'
        << "warm-up:   " << rule.warmup(defaults) << " bars with the defaults\n"
        << "plan:      " << plan.nodes.size() << " nodes, " << kernels << " array kernels, " << cached
        << " indicator arrays from the shared cache, " << (plan.numberSlots + plan.conditionSlots)
        << " buffers\n";
    if (!info.params.empty()) {
        QList<QStringList> rows;
        for (const bt::ParamSpec &p : info.params)
            rows << QStringList{
                qs(p.name), QLatin1String(bt::paramTypeName(p.type)), QString::number(p.defaultValue),
                QString::number(p.min) + QStringLiteral("..") + QString::number(p.max), qs(p.description)};
        out << '\n';
        ctx.printTable({QStringLiteral("param"), QStringLiteral("type"), QStringLiteral("default"),
                        QStringLiteral("range"), QStringLiteral("description")},
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
                           : e.kind == rules::CatalogEntry::Kind::Function ? "function"
                           : e.kind == rules::CatalogEntry::Kind::Output   ? "output"
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

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject versionJson(const RuleVersion &v, bool withSource)
{
    QJsonObject o{{QStringLiteral("name"), v.name},
                  {QStringLiteral("version"), v.version},
                  {QStringLiteral("note"), v.note},
                  {QStringLiteral("saved_at"), isoTime(v.createdAt)}};
    if (withSource)
        o.insert(QStringLiteral("source"), v.source);
    return o;
}

int listAction(CliContext &ctx)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    auto list = RuleService(**ws).list();
    if (!list)
        return ctx.fail(list.error());
    if (ctx.json) {
        QJsonArray a;
        for (const StoredRule &r : *list)
            a.append(QJsonObject{{QStringLiteral("name"), r.name},
                                 {QStringLiteral("latest_version"), r.latestVersion},
                                 {QStringLiteral("created_at"), isoTime(r.createdAt)},
                                 {QStringLiteral("updated_at"), isoTime(r.updatedAt)},
                                 {QStringLiteral("description"), r.description}});
        ctx.printJson(a);
        return Ok;
    }
    if (list->empty()) {
        ctx.out() << "no stored rules (save one with 'supernova-cli rules save NAME FILE')\n";
        ctx.out().flush();
        return Ok;
    }
    QList<QStringList> rows;
    for (const StoredRule &r : *list)
        rows << QStringList{r.name, QString::number(r.latestVersion), isoTime(r.updatedAt), r.description};
    ctx.printTable({QStringLiteral("rule"), QStringLiteral("versions"), QStringLiteral("saved"),
                    QStringLiteral("description")},
                   rows);
    return Ok;
}

int showAction(CliContext &ctx, const QString &name, int version, bool history)
{
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    RuleService rules(**ws);
    if (history) {
        auto h = rules.history(name);
        if (!h)
            return ctx.fail(h.error());
        if (ctx.json) {
            QJsonArray a;
            for (const RuleVersion &v : *h)
                a.append(versionJson(v, true));
            ctx.printJson(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("versions"), a}});
            return Ok;
        }
        QList<QStringList> rows;
        for (const RuleVersion &v : *h)
            rows << QStringList{QString::number(v.version), isoTime(v.createdAt),
                                QString::number(v.source.count(QLatin1Char('\n'))), v.note};
        ctx.printTable({QStringLiteral("version"), QStringLiteral("saved"), QStringLiteral("lines"),
                        QStringLiteral("note")},
                       rows);
        return Ok;
    }
    auto v = rules.version(name, version);
    if (!v)
        return ctx.fail(v.error());
    if (ctx.json) {
        ctx.printJson(versionJson(*v, true));
        return Ok;
    }
    ctx.out() << "# rule '" << v->name << "' version " << v->version << ", saved " << isoTime(v->createdAt)
              << (v->note.isEmpty() ? QString() : QStringLiteral(": ") + v->note) << '\n'
              << v->source;
    ctx.out().flush();
    return Ok;
}

int savedReport(CliContext &ctx, const RuleService::Saved &saved, const QString &verb)
{
    if (ctx.json) {
        QJsonObject o = versionJson(saved.version, false);
        o.insert(QStringLiteral("created"), saved.created);
        ctx.printJson(o);
        return Ok;
    }
    if (saved.created)
        ctx.out() << verb << " rule '" << saved.version.name << "' as version " << saved.version.version
                  << '\n';
    else
        ctx.out() << "rule '" << saved.version.name << "' is unchanged: the text equals version "
                  << saved.version.version << '\n';
    ctx.out().flush();
    return Ok;
}

int ruleCommand(CliContext &ctx, const QStringList &args, const QString &cmd)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Strategy rules (docs/rules.md); 'rule' is the same command:\n"
        "  list                      the rules stored in the workspace, with their latest version\n"
        "  show NAME [--version N]   a stored rule's text (default: the latest version)\n"
        "  show NAME --history       every version of a stored rule, oldest first\n"
        "  save NAME FILE [--note T] store FILE as the next version of NAME (it must compile)\n"
        "  export NAME FILE          write a stored version to a rule file (--version N, default latest)\n"
        "  import FILE [--name NAME] store a rule file (name: the file's base name)\n"
        "  remove NAME               delete a stored rule and its history\n"
        "  check FILE                parse and type-check a rule; every problem with file:line:column, a "
        "caret\n"
        "                            and a hint (exit 1), else its parameters, outputs and compiled plan\n"
        "  functions                 what a rule can use: series, functions, outputs, keywords\n"
        "  from-builtin NAME         a built-in strategy written out as a rule, to start from\n"
        "Run a rule with backtest, optimize or walkforward --rule-file FILE or --rule-name NAME."));
    p.addPositionalArgument(
        QStringLiteral("ACTION"),
        QStringLiteral("list | show NAME | save NAME FILE | export NAME FILE | import FILE | "
                       "remove NAME | check FILE | functions | from-builtin NAME"));
    p.addOption({QStringLiteral("version"), QStringLiteral("The stored version (show, export)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("history"), QStringLiteral("show: list every version.")});
    p.addOption({QStringLiteral("note"), QStringLiteral("save: why this version was saved."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("name"), QStringLiteral("import: the name to store the rule under."),
                 QStringLiteral("NAME")});
    if (auto code = ctx.parse(p, args, cmd))
        return *code;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    int version = 0;
    if (p.isSet(QStringLiteral("version"))) {
        bool ok = false;
        version = p.value(QStringLiteral("version")).toInt(&ok);
        if (!ok || version < 1)
            return ctx.usage(QStringLiteral("--version: '%1' is not a version number (1, 2, ...)")
                                 .arg(p.value(QStringLiteral("version"))),
                             cmd);
    }
    auto takes = [&](int count, const char *what) -> std::optional<int> {
        if (pos.size() == count + 1)
            return std::nullopt;
        return ctx.usage(QStringLiteral("%1 %2 takes %3").arg(cmd, action, QLatin1String(what)), cmd);
    };
    if (action == QLatin1String("list")) {
        if (auto code = takes(0, "no argument"))
            return *code;
        return listAction(ctx);
    }
    if (action == QLatin1String("show")) {
        if (auto code = takes(1, "one rule NAME"))
            return *code;
        if (p.isSet(QStringLiteral("history")) && version)
            return ctx.usage(QStringLiteral("--history and --version exclude each other"), cmd);
        return showAction(ctx, pos[1], version, p.isSet(QStringLiteral("history")));
    }
    if (action == QLatin1String("save") || action == QLatin1String("import")) {
        const bool save = action == QLatin1String("save");
        if (auto code = takes(save ? 2 : 1, save ? "a rule NAME and a FILE" : "one FILE"))
            return *code;
        auto ws = ctx.workspace();
        if (!ws)
            return ctx.fail(ws.error());
        RuleService rules(**ws);
        Result<RuleService::Saved> saved = RuleService::Saved{};
        if (save) {
            QFile file(pos[2]);
            if (!file.open(QIODevice::ReadOnly))
                return ctx.fail(
                    QStringLiteral("cannot read rule file '%1': %2").arg(pos[2], file.errorString()));
            saved = rules.save(pos[1], QString::fromUtf8(file.readAll()), p.value(QStringLiteral("note")));
        } else {
            saved = rules.importFrom(pos[1], p.value(QStringLiteral("name")));
        }
        if (!saved)
            return ctx.fail(saved.error());
        return savedReport(ctx, *saved, save ? QStringLiteral("saved") : QStringLiteral("imported"));
    }
    if (action == QLatin1String("export")) {
        if (auto code = takes(2, "a rule NAME and a FILE"))
            return *code;
        auto ws = ctx.workspace();
        if (!ws)
            return ctx.fail(ws.error());
        auto v = RuleService(**ws).exportTo(pos[1], version, pos[2]);
        if (!v)
            return ctx.fail(v.error());
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("name"), v->name},
                                      {QStringLiteral("version"), v->version},
                                      {QStringLiteral("file"), pos[2]}});
        else
            ctx.out() << "wrote rule '" << v->name << "' version " << v->version << " to " << pos[2] << '\n';
        ctx.out().flush();
        return Ok;
    }
    if (action == QLatin1String("remove")) {
        if (auto code = takes(1, "one rule NAME"))
            return *code;
        auto ws = ctx.workspace();
        if (!ws)
            return ctx.fail(ws.error());
        if (auto r = RuleService(**ws).remove(pos[1]); !r)
            return ctx.fail(r.error());
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("removed"), pos[1]}});
        else
            ctx.out() << "removed rule '" << pos[1] << "' and its history\n";
        ctx.out().flush();
        return Ok;
    }
    if (action == QLatin1String("check")) {
        if (pos.size() != 2)
            return ctx.usage(cmd + QStringLiteral(" check takes one FILE"), cmd);
        return checkAction(ctx, pos[1]);
    }
    if (action == QLatin1String("functions")) {
        if (pos.size() != 1)
            return ctx.usage(cmd + QStringLiteral(" functions takes no argument"), cmd);
        return functionsAction(ctx);
    }
    if (action == QLatin1String("from-builtin")) {
        if (pos.size() != 2)
            return ctx.usage(cmd + QStringLiteral(" from-builtin takes one strategy NAME"), cmd);
        const std::string text = rules::BuiltinRules::ruleFor(pos[1].toStdString());
        if (text.empty()) {
            QStringList names;
            for (const std::string &n : rules::BuiltinRules::names())
                names << qs(n);
            return ctx.usage(QStringLiteral("no rule form for '%1' (known: %2)")
                                 .arg(pos[1], names.join(QStringLiteral(", "))),
                             cmd);
        }
        if (ctx.json)
            ctx.printJson(
                QJsonObject{{QStringLiteral("strategy"), pos[1]}, {QStringLiteral("rule"), qs(text)}});
        else {
            ctx.out() << qs(text);
            ctx.out().flush();
        }
        return Ok;
    }
    return ctx.usage(
        action.isEmpty()
            ? cmd + QStringLiteral(" needs an action: list, show, save, export, import, remove, check, "
                                   "functions or from-builtin")
            : QStringLiteral("unknown action '%1' (list, show, save, export, import, remove, check, "
                             "functions, from-builtin)")
                  .arg(action),
        cmd);
}

} // namespace

int RuleInputs::backtestEach(CliContext &ctx, BacktestInputs &in, const QCommandLineParser &p,
                             const QString &cmd)
{
    for (const QString &option :
         {QStringLiteral("save"), QStringLiteral("trades-out"), QStringLiteral("equity-out")})
        if (p.optionNames().contains(option))
            return ctx.usage(
                QStringLiteral("--%1 takes one symbol; a rule over several reports each and their sum")
                    .arg(option),
                cmd);
    if (auto loaded = in.loadSeries(ctx); !loaded)
        return ctx.fail(loaded.error());
    std::vector<const BarSeries *> series;
    for (const BarSeries &s : in.series)
        series.push_back(&s);
    bt::BacktestRequest request;
    request.strategy = in.strategy.toStdString();
    request.custom = in.rule.get();
    request.params = in.params;
    request.config = in.config;
    request.convention = in.convention;
    request.periodsFromInterval = !in.periodsExplicit;
    auto run = rules::RuleUniverse::run(series, request);
    if (!run)
        return ctx.fail(run.error());
    auto optional = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
    auto row = [&](const QString &symbol, const bt::BacktestReport &r) {
        return QJsonObject{{QStringLiteral("symbol"), symbol},
                           {QStringLiteral("initial_cash"), r.result.initialCash},
                           {QStringLiteral("final_equity"), r.result.finalEquity},
                           {QStringLiteral("total_return"), r.metrics.totalReturn},
                           {QStringLiteral("cagr"), optional(r.metrics.cagr)},
                           {QStringLiteral("sharpe"), optional(r.metrics.sharpe)},
                           {QStringLiteral("max_drawdown"), r.metrics.maxDrawdown},
                           {QStringLiteral("exposure"), r.metrics.exposure},
                           {QStringLiteral("closed_trades"), qint64(r.result.tally.closedTrades)},
                           {QStringLiteral("bars"), qint64(r.result.time.size())}};
    };
    QJsonArray each;
    for (std::size_t i = 0; i < run->each.size(); ++i)
        each.append(row(qs(run->symbols[i]), run->each[i]));
    const QJsonObject combined = row(QStringLiteral("combined"), run->combined);
    if (ctx.json) {
        QJsonObject params;
        for (std::size_t i = 0; i < run->combined.paramNames.size(); ++i)
            params.insert(qs(run->combined.paramNames[i]), run->combined.params[i]);
        ctx.printJson(QJsonObject{{QStringLiteral("strategy"), in.strategy},
                                  {QStringLiteral("params"), params},
                                  {QStringLiteral("cash_split"), QStringLiteral("equal")},
                                  {QStringLiteral("symbols"), each},
                                  {QStringLiteral("combined"), combined}});
        return Ok;
    }
    auto percent = [](const QJsonValue &v) {
        return v.isDouble() ? QString::number(v.toDouble() * 100, 'f', 2) + QLatin1Char('%')
                            : QStringLiteral("-");
    };
    QList<QStringList> rows;
    std::vector<QJsonObject> shown;
    for (const QJsonValue &v : each)
        shown.push_back(v.toObject());
    shown.push_back(combined);
    for (const QJsonObject &o : shown) {
        rows << QStringList{o.value(QStringLiteral("symbol")).toString(),
                            QString::number(o.value(QStringLiteral("final_equity")).toDouble(), 'f', 2),
                            percent(o.value(QStringLiteral("total_return"))),
                            o.value(QStringLiteral("sharpe")).isDouble()
                                ? QString::number(o.value(QStringLiteral("sharpe")).toDouble(), 'f', 2)
                                : QStringLiteral("-"),
                            percent(o.value(QStringLiteral("max_drawdown"))),
                            QString::number(o.value(QStringLiteral("closed_trades")).toInt())};
    }
    ctx.out() << "rule '" << in.strategy << "' on " << run->symbols.size() << " symbols, "
              << QString::number(in.config.cash / double(run->symbols.size()), 'f', 2) << " cash each\n";
    ctx.printTable({QStringLiteral("symbol"), QStringLiteral("final equity"), QStringLiteral("return"),
                    QStringLiteral("sharpe"), QStringLiteral("max drawdown"), QStringLiteral("trades")},
                   rows);
    return Ok;
}

std::vector<Command> ruleCommands()
{
    const QString summary =
        QStringLiteral("Strategy rules: stored versions (list, show, save, export, import), check a "
                       "file, functions, start from a built-in");
    return {{QStringLiteral("rules"), summary,
             [](CliContext &ctx, const QStringList &args) {
                 return ruleCommand(ctx, args, QStringLiteral("rules"));
             }},
            {QStringLiteral("rule"), QStringLiteral("The same as 'rules'"),
             [](CliContext &ctx, const QStringList &args) {
                 return ruleCommand(ctx, args, QStringLiteral("rule"));
             }}};
}

} // namespace sn::cli
