#include "app/cli/BacktestText.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/Command.h"
#include "core/common/Time.h"
#include "core/workspace/RunService.h"
#include "core/workspace/Workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace sn::cli {

namespace {

// -------------------------------------------------------------------- runs

Result<qint64> runId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         "ID: not a run id '" + text.toStdString() + "' (see 'runs list')");
    return id;
}

QJsonValue parseStored(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return QJsonValue();
}

} // namespace

int runsCommand(CliContext &ctx, const QStringList &args)
{
    const QString cmd = QStringLiteral("runs");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Saved backtest runs (backtest --save NAME): 'list' (newest first), 'show ID' (inputs, metrics,\n"
        "trades, equity), 'rename ID NAME', 'delete ID'."));
    p.addPositionalArgument(QStringLiteral("ACTION"),
                            QStringLiteral("list | show ID | rename ID NAME | delete ID"));
    if (auto code = ctx.parse(p, args, cmd))
        return *code;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    const QMap<QString, int> arity{{QStringLiteral("list"), 1},
                                   {QStringLiteral("show"), 2},
                                   {QStringLiteral("rename"), 3},
                                   {QStringLiteral("delete"), 2}};
    if (!arity.contains(action))
        return ctx.usage(QStringLiteral("runs takes one action: list, show ID, rename ID NAME or delete ID"),
                         cmd);
    if (pos.size() != arity.value(action))
        return ctx.usage(QStringLiteral("runs %1 takes %2")
                             .arg(action, action == QLatin1String("list")     ? QStringLiteral("no argument")
                                          : action == QLatin1String("rename") ? QStringLiteral("ID NAME")
                                                                              : QStringLiteral("ID")),
                         cmd);
    qint64 id = 0;
    if (pos.size() > 1) {
        auto parsed = runId(pos[1]);
        if (!parsed)
            return ctx.usage(qs(parsed.error().message), cmd);
        id = *parsed;
    }
    if (action == QLatin1String("rename") && pos[2].trimmed().isEmpty())
        return ctx.usage(QStringLiteral("NAME: the new name is empty"), cmd);
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error());
    RunService runs(*ws.value());

    if (action == QLatin1String("list")) {
        auto list = runs.list();
        if (!list)
            return ctx.fail(list.error());
        QJsonArray json;
        QList<QStringList> rows;
        for (const BacktestRun &r : list.value()) {
            json.append(QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("name"), r.name},
                                    {QStringLiteral("created_at"), qs(formatDateTime(r.createdAt))},
                                    {QStringLiteral("strategy"), r.strategy},
                                    {QStringLiteral("params"), parseStored(r.params)}});
            QStringList params;
            const QJsonObject po = parseStored(r.params).toObject();
            for (auto it = po.begin(); it != po.end(); ++it)
                params << it.key() + QLatin1Char('=') + it.value().toVariant().toString();
            rows << QStringList{QString::number(r.id), r.name, qs(formatDateTime(r.createdAt)), r.strategy,
                                params.join(QLatin1Char(' '))};
        }
        if (ctx.json)
            ctx.printJson(json);
        else
            ctx.printTable({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("created"),
                            QStringLiteral("strategy"), QStringLiteral("params")},
                           rows);
        return Ok;
    }
    if (action == QLatin1String("show")) {
        auto run = runs.load(id);
        if (!run)
            return ctx.fail(run.error());
        const BacktestRun &r = run.value();
        const QJsonObject inputs = parseStored(r.inputs).toObject();
        const QJsonObject results = parseStored(r.results).toObject();
        if (ctx.json) {
            ctx.printJson(QJsonObject{{QStringLiteral("id"), r.id},
                                      {QStringLiteral("name"), r.name},
                                      {QStringLiteral("created_at"), qs(formatDateTime(r.createdAt))},
                                      {QStringLiteral("strategy"), r.strategy},
                                      {QStringLiteral("params"), parseStored(r.params)},
                                      {QStringLiteral("inputs"), inputs},
                                      {QStringLiteral("results"), results}});
            return Ok;
        }
        const QJsonObject data = inputs.value(QStringLiteral("data")).toObject();
        const QJsonObject metrics = results.value(QStringLiteral("metrics")).toObject();
        QTextStream &out = ctx.out();
        out << "run " << r.id << ": " << r.name << " (saved " << qs(formatDateTime(r.createdAt)) << ")\n"
            << "strategy:      " << r.strategy << ' '
            << QString::fromUtf8(
                   QJsonDocument(parseStored(r.params).toObject()).toJson(QJsonDocument::Compact))
            << '\n'
            << "data:          " << data.value(QStringLiteral("source")).toString() << ' '
            << data.value(QStringLiteral("file")).toString()
            << data.value(QStringLiteral("database")).toString();
        for (const QJsonValue &s : data.value(QStringLiteral("series")).toArray()) {
            const QJsonObject so = s.toObject();
            out << "; " << so.value(QStringLiteral("symbol")).toString() << ' '
                << so.value(QStringLiteral("first")).toString() << ".."
                << so.value(QStringLiteral("last")).toString() << " ("
                << so.value(QStringLiteral("bars")).toInt() << " bars)";
        }
        if (data.contains(QStringLiteral("prices")))
            out << "; prices " << data.value(QStringLiteral("prices")).toString();
        out << '\n'
            << "costs:         commission " << num(inputs.value(QStringLiteral("commission")).toDouble())
            << ", sizing " << inputs.value(QStringLiteral("sizing")).toString() << ", fill "
            << inputs.value(QStringLiteral("fill")).toString()
            << (results.value(QStringLiteral("optimistic_fills")).toBool() ? " (optimistic)" : "") << '\n'
            << "final equity:  " << fixed(results.value(QStringLiteral("final_equity")).toDouble(), 2) << '\n'
            << "trades:        " << results.value(QStringLiteral("closed_trades")).toInt() << " closed, "
            << results.value(QStringLiteral("open_positions")).toInt() << " open\n";
        for (const char *key :
             {"total_return", "cagr", "sharpe", "sortino", "max_drawdown", "win_rate", "profit_factor"}) {
            const QJsonValue v = metrics.value(QLatin1String(key));
            out << QString(QLatin1String(key) + QLatin1Char(':')).leftJustified(15)
                << (v.isDouble() ? fixed(v.toDouble(), 4) : QStringLiteral("n/a")) << '\n';
        }
        out.flush();
        return Ok;
    }
    if (action == QLatin1String("rename")) {
        if (auto r = runs.rename(id, pos[2].trimmed()); !r)
            return ctx.fail(r.error());
    } else if (auto r = runs.remove(id); !r) {
        return ctx.fail(r.error());
    }
    if (ctx.json)
        ctx.printJson(QJsonObject{
            {QStringLiteral("id"), id},
            {action == QLatin1String("rename") ? QStringLiteral("renamed") : QStringLiteral("deleted"),
             true}});
    else
        ctx.out() << "run " << id << (action == QLatin1String("rename") ? " renamed" : " deleted")
                  << Qt::endl;
    return Ok;
}

std::vector<Command> runCommands()
{
    return {
        {QStringLiteral("runs"), QStringLiteral("List, show, rename or delete saved backtest runs"),
         runsCommand},
    };
}

} // namespace sn::cli
