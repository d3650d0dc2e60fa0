#include "app/cli/BacktestInputs.h"
#include "app/cli/BacktestOutput.h"
#include "app/cli/BacktestSweep.h"
#include "app/cli/BacktestText.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliText.h"
#include "app/cli/Command.h"
#include "app/cli/RuleInputs.h"
#include "core/backtest/Backtester.h"
#include "core/backtest/Metrics.h"
#include "core/backtest/Optimizer.h"
#include "core/backtest/StrategyRegistry.h"
#include "core/backtest/WalkForward.h"
#include "core/workspace/RunService.h"
#include "core/workspace/Workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <limits>

namespace sn::cli {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString percent(double fraction, int decimals)
{
    return std::isfinite(fraction) ? QString::number(fraction * 100, 'f', decimals) + QStringLiteral(" %")
                                   : QStringLiteral("n/a");
}

// ---------------------------------------------------------------- backtest

int backtestCommand(CliContext &ctx, const QStringList &args)
{
    const QString cmd = QStringLiteral("backtest");
    // "backtest runs ..." is the same as "runs ...".
    if (args.value(0) == QLatin1String("runs"))
        return runsCommand(ctx, args.mid(1));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Backtest one strategy on stored bars (--symbol) or a CSV file (--csv). Decisions are made at each\n"
        "bar's close and filled at the next bar's open (--fill close is optimistic); a position still open "
        "at\n"
        "the end is valued at the last close. Multi-asset momentum rotation: repeat --symbol.\n"
        "JSON (--json): final_equity, closed_trades, open_positions and fills (counts), metrics, trades,\n"
        "positions, fill_list, optimistic_fills and the resolved inputs.\n"
        "Saved runs (--save NAME) are managed with 'supernova-cli runs' (or 'backtest runs')."));
    BacktestInputs::addDataOptions(p);
    BacktestInputs::addStrategyOptions(p, true);
    p.addOption({QStringLiteral("trades-out"), QStringLiteral("Write the closed trades to this CSV file."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("equity-out"),
                 QStringLiteral("Write the equity curve (and buy & hold) to this CSV file."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("save"), QStringLiteral("Save the run in the database under this name."),
                 QStringLiteral("NAME")});
    if (auto code = ctx.parse(p, args, cmd))
        return *code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()),
                         cmd);
    auto parsed = BacktestInputs::fromParser(p, cmd, &ctx);
    if (!parsed)
        return ctx.usage(qs(parsed.error().message), cmd);
    BacktestInputs in = std::move(parsed).value();
    const bt::StrategyInfo *info = in.strategyInfo();
    if (auto params = info->resolve(in.params); !params)
        return ctx.usage(QStringLiteral("--param: ") + qs(params.error().toString()), cmd);
    if (info->multiAsset && in.csvPath.isEmpty() && in.symbols.size() < 2)
        return ctx.usage(
            QStringLiteral(
                "--symbol: strategy '%1' rotates between assets; give at least two (repeat --symbol)")
                .arg(in.strategy),
            cmd);
    if (in.rule && in.symbols.size() > 1)
        return RuleInputs::backtestEach(ctx, in, p, cmd); // the rule on each symbol, and combined
    if (!info->multiAsset && in.symbols.size() > 1)
        return ctx.usage(QStringLiteral("--symbol: strategy '%1' takes one series, %2 given")
                             .arg(in.strategy)
                             .arg(in.symbols.size()),
                         cmd);
    if (p.isSet(QStringLiteral("save")) && in.rule)
        return ctx.usage(
            QStringLiteral(
                "--save: runs of a rule cannot be saved yet (the rule itself can: rules save NAME FILE)"),
            cmd);
    if (p.isSet(QStringLiteral("save")) && p.value(QStringLiteral("save")).trimmed().isEmpty())
        return ctx.usage(QStringLiteral("--save needs a name"), cmd);
    for (const QString &option : {QStringLiteral("trades-out"), QStringLiteral("equity-out")})
        if (p.isSet(option) && p.value(option).isEmpty())
            return ctx.usage(QStringLiteral("--%1 needs a file name").arg(option), cmd);

    if (auto loaded = in.loadSeries(ctx); !loaded)
        return ctx.fail(loaded.error());
    bt::BacktestRequest request;
    request.strategy = in.strategy.toStdString();
    request.custom = in.rule.get();
    request.params = in.params;
    request.config = in.config;
    request.convention = in.convention;
    request.periodsFromInterval = !in.periodsExplicit;
    if (!info->multiAsset)
        if (auto problem = singleSeriesProblem(in))
            return ctx.usage(*problem, cmd);
    auto report = [&]() -> Result<bt::BacktestReport> {
        if (!info->multiAsset)
            return bt::Backtester::run(in.series.front(), request);
        std::vector<const BarSeries *> assets;
        for (const BarSeries &s : in.series)
            assets.push_back(&s);
        return bt::Backtester::runMulti(assets, request);
    }();
    if (!report)
        return ctx.fail(report.error());
    const bt::BacktestReport &r = report.value();

    if (p.isSet(QStringLiteral("trades-out")))
        if (auto w = BacktestOutput::writeTradesCsv(p.value(QStringLiteral("trades-out")), r, in); !w)
            return ctx.fail(w.error());
    if (p.isSet(QStringLiteral("equity-out")))
        if (auto w = BacktestOutput::writeEquityCsv(p.value(QStringLiteral("equity-out")), r, in); !w)
            return ctx.fail(w.error());

    std::optional<qint64> savedId;
    if (p.isSet(QStringLiteral("save"))) {
        auto ws = ctx.workspace();
        if (!ws)
            return ctx.fail(ws.error());
        QJsonObject results = BacktestOutput::reportJson(r, in, true);
        const QJsonObject inputs = results.take(QStringLiteral("inputs")).toObject();
        BacktestRun run;
        run.name = p.value(QStringLiteral("save")).trimmed();
        run.strategy = qs(r.strategy);
        run.params = QString::fromUtf8(
            QJsonDocument(inputs.value(QStringLiteral("params")).toObject()).toJson(QJsonDocument::Compact));
        run.inputs = QString::fromUtf8(QJsonDocument(inputs).toJson(QJsonDocument::Compact));
        run.results = QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Compact));
        auto id = RunService(*ws.value()).save(run);
        if (!id)
            return ctx.fail(id.error());
        savedId = id.value();
    }

    if (ctx.json) {
        QJsonObject extra;
        if (in.explain)
            extra.insert(QStringLiteral("explain"), BacktestOutput::explainJson(in.convention));
        if (savedId)
            extra.insert(QStringLiteral("saved_run_id"), *savedId);
        ctx.writeUtf8(BacktestOutput::reportJsonText(r, in, extra));
        return Ok;
    }
    BacktestOutput::printSummary(ctx.out(), r, in);
    if (in.explain)
        BacktestOutput::printExplain(ctx.out(), in.convention);
    if (savedId)
        ctx.out() << "saved as run " << *savedId << " ('" << p.value(QStringLiteral("save")).trimmed() << "')"
                  << Qt::endl;
    return Ok;
}

// ---------------------------------------------------------------- optimize

QJsonObject sweepRowJson(const bt::SweepTable &t, std::size_t row)
{
    QJsonObject params;
    const auto values = t.row(row);
    for (std::size_t i = 0; i < t.paramNames.size(); ++i)
        params.insert(qs(t.paramNames[i]), values[i]);
    return QJsonObject{{QStringLiteral("params"), params},
                       {QStringLiteral("score"), finiteOrNull(t.score[row])},
                       {QStringLiteral("final_equity"), finiteOrNull(t.finalEquity[row])},
                       {QStringLiteral("total_return"), finiteOrNull(t.totalReturn[row])},
                       {QStringLiteral("cagr"), finiteOrNull(t.cagr[row])},
                       {QStringLiteral("exposure"), finiteOrNull(t.exposure[row])},
                       {QStringLiteral("win_rate"), finiteOrNull(t.winRate[row])},
                       {QStringLiteral("profit_factor"), finiteOrNull(t.profitFactor[row])},
                       {QStringLiteral("trades"), qint64(t.trades[row])}};
}

QString cancelledText(const bt::SweepResult &res)
{
    return QStringLiteral("interrupted: %1 of %2 combinations evaluated; the ranking covers those only")
        .arg(res.evaluated)
        .arg(res.table.rows());
}

int optimizeCommand(CliContext &ctx, const QStringList &args)
{
    const QString cmd = QStringLiteral("optimize");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Sweep a strategy's parameters over a grid (or a seeded random sample of it) on every core and rank\n"
        "the combinations by a metric. Combinations that break the strategy's constraints (fast < slow) are\n"
        "left out. --param fixes a parameter that is not swept. Progress goes to stderr on a terminal."));
    BacktestInputs::addDataOptions(p);
    BacktestInputs::addStrategyOptions(p, true);
    BacktestSweep::addOptions(p);
    p.addOption({QStringLiteral("top"),
                 QStringLiteral("How many of the best combinations to list (default 10)."),
                 QStringLiteral("K")});
    p.addOption(
        {QStringLiteral("all"),
         QStringLiteral("Also list every combination (grid order) with its final equity and metric.")});
    if (auto code = ctx.parse(p, args, cmd))
        return *code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()),
                         cmd);
    auto parsed = BacktestInputs::fromParser(p, cmd, &ctx);
    if (!parsed)
        return ctx.usage(qs(parsed.error().message), cmd);
    BacktestInputs in = std::move(parsed).value();
    auto sweepParsed = BacktestSweep::fromParser(p, in);
    if (!sweepParsed)
        return ctx.usage(qs(sweepParsed.error().message), cmd);
    BacktestSweep sweep = std::move(sweepParsed).value();
    int top = 10;
    if (p.isSet(QStringLiteral("top"))) {
        bool ok = false;
        top = p.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || top < 1)
            return ctx.usage(QStringLiteral("--top: a positive whole number, got '%1'")
                                 .arg(p.value(QStringLiteral("top"))),
                             cmd);
    }
    if (in.symbols.size() > 1)
        return ctx.usage(
            QStringLiteral("--symbol: %1 takes one series, %2 given").arg(cmd).arg(in.symbols.size()), cmd);

    if (auto loaded = in.loadSeries(ctx); !loaded)
        return ctx.fail(loaded.error());
    if (auto problem = singleSeriesProblem(in))
        return ctx.usage(*problem, cmd);
    sweep.reportProgressOnTerminal(cmd);
    sweep.cancelOnInterrupt();
    auto result = bt::Optimizer::run(in.series.front(), sweep.config);
    if (!result)
        return ctx.fail(result.error());
    const bt::SweepResult &res = result.value();
    const bt::SweepTable &t = res.table;
    const QString metric = QLatin1String(bt::Metrics::name(res.rankBy));
    const std::size_t shown = std::min<std::size_t>(std::size_t(top), res.ranking.size());
    // The sweep keeps a few columns per row; the winner is re-run in full so
    // every metric (drawdown dates, Sortino, beta, ...) is reported for it.
    std::optional<bt::BacktestReport> winner;
    if (!res.ranking.empty()) {
        const bt::Strategy *strategy =
            in.rule ? in.rule.get() : bt::StrategyRegistry::find(in.strategy.toStdString());
        auto full = bt::Backtester::run(in.series.front(), *strategy, t.row(res.ranking.front()), in.config,
                                        in.convention, true);
        if (!full)
            return ctx.fail(full.error().withContext("re-running the best combination"));
        winner = std::move(full).value();
    }

    if (ctx.json) {
        QJsonArray best;
        for (std::size_t k = 0; k < shown; ++k) {
            QJsonObject row = sweepRowJson(t, res.ranking[k]);
            row.insert(QStringLiteral("rank"), qint64(k + 1));
            best.append(row);
        }
        QJsonObject o{{QStringLiteral("inputs"), sweep.inputsJson(in)},
                      {QStringLiteral("metric"), metric},
                      {QStringLiteral("higher_is_better"), bt::Metrics::higherIsBetter(res.rankBy)},
                      {QStringLiteral("combinations"), qint64(t.rows())},
                      {QStringLiteral("evaluated"), qint64(res.evaluated)},
                      {QStringLiteral("cancelled"), res.cancelled},
                      {QStringLiteral("seconds"), res.seconds},
                      {QStringLiteral("top"), best}};
        if (winner) {
            const QJsonObject full = BacktestOutput::reportJson(*winner, in, false);
            QJsonObject b;
            for (const char *key : {"final_equity", "closed_trades", "open_positions", "fills", "metrics"})
                b.insert(QLatin1String(key), full.value(QLatin1String(key)));
            b.insert(QStringLiteral("params"),
                     full.value(QStringLiteral("inputs")).toObject().value(QStringLiteral("params")));
            o.insert(QStringLiteral("best"), b);
        }
        if (p.isSet(QStringLiteral("all"))) {
            QJsonArray all;
            for (std::size_t i = 0; i < t.rows(); ++i)
                all.append(sweepRowJson(t, i));
            o.insert(QStringLiteral("all"), all);
        }
        if (in.explain)
            o.insert(QStringLiteral("explain"), BacktestOutput::explainJson(in.convention));
        ctx.printJson(o);
        return res.cancelled ? ctx.fail(cancelledText(res)) : Ok;
    }
    ctx.out() << in.strategy << " on " << qs(in.series.front().symbol) << ": " << res.evaluated << " of "
              << t.rows() << " combinations in " << QString::number(res.seconds, 'f', 3) << " s, ranked by "
              << metric
              << (bt::Metrics::higherIsBetter(res.rankBy) ? " (higher is better)" : " (lower is better)")
              << '\n'
              << "prices: " << in.pricesText() << '\n';
    QStringList headers{QStringLiteral("rank")};
    for (const std::string &n : t.paramNames)
        headers << qs(n);
    headers << metric << QStringLiteral("final_equity") << QStringLiteral("return")
            << QStringLiteral("trades") << QStringLiteral("win_rate");
    auto rowText = [&](std::size_t i, const QString &first) {
        QStringList cells{first};
        for (double v : t.row(i))
            cells << num(v);
        cells << fixed(t.score[i], 4) << fixed(t.finalEquity[i], 2) << percent(t.totalReturn[i], 2)
              << QString::number(t.trades[i]) << percent(t.winRate[i], 1);
        return cells;
    };
    QList<QStringList> rows;
    for (std::size_t k = 0; k < shown; ++k)
        rows << rowText(res.ranking[k], QString::number(k + 1));
    ctx.printTable(headers, rows);
    if (winner) {
        ctx.out() << "\nbest combination in full:\n";
        BacktestOutput::printSummary(ctx.out(), *winner, in);
    }
    if (p.isSet(QStringLiteral("all"))) {
        ctx.out() << "\nall combinations (grid order):\n";
        rows.clear();
        for (std::size_t i = 0; i < t.rows(); ++i)
            rows << rowText(i, QString::number(i + 1));
        headers[0] = QStringLiteral("row");
        ctx.printTable(headers, rows);
    }
    if (in.explain)
        BacktestOutput::printExplain(ctx.out(), in.convention);
    return res.cancelled ? ctx.fail(cancelledText(res)) : Ok;
}

// ------------------------------------------------------------- walkforward

int walkforwardCommand(CliContext &ctx, const QStringList &args)
{
    const QString cmd = QStringLiteral("walkforward");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Walk-forward analysis: optimise the grid on each in-sample window, trade the winner on the "
        "following\n"
        "out-of-sample window, and chain the out-of-sample windows (each starts flat with the previous "
        "one's\n"
        "final equity). Rolling windows slide by the out-of-sample length; anchored ones all start at the\n"
        "first bar. Prints each window's in-sample and out-of-sample metrics side by side."));
    BacktestInputs::addDataOptions(p);
    BacktestInputs::addStrategyOptions(p, true);
    BacktestSweep::addOptions(p);
    p.addOption({QStringLiteral("in-sample"),
                 QStringLiteral("In-sample window length in bars (default 756)."), QStringLiteral("BARS")});
    p.addOption({QStringLiteral("out-of-sample"),
                 QStringLiteral("Out-of-sample window length in bars (default 252)."),
                 QStringLiteral("BARS")});
    p.addOption(
        {QStringLiteral("mode"), QStringLiteral("rolling (default) or anchored."), QStringLiteral("MODE")});
    if (auto code = ctx.parse(p, args, cmd))
        return *code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()),
                         cmd);
    auto parsed = BacktestInputs::fromParser(p, cmd, &ctx);
    if (!parsed)
        return ctx.usage(qs(parsed.error().message), cmd);
    BacktestInputs in = std::move(parsed).value();
    auto sweepParsed = BacktestSweep::fromParser(p, in);
    if (!sweepParsed)
        return ctx.usage(qs(sweepParsed.error().message), cmd);
    BacktestSweep sweep = std::move(sweepParsed).value();
    bt::WalkForwardConfig wf;
    for (const auto &[option, target] : {std::pair{QStringLiteral("in-sample"), &wf.inSampleBars},
                                         std::pair{QStringLiteral("out-of-sample"), &wf.outOfSampleBars}}) {
        if (!p.isSet(option))
            continue;
        bool ok = false;
        const qlonglong v = p.value(option).toLongLong(&ok);
        if (!ok || v < 2)
            return ctx.usage(
                QStringLiteral("--%1: a whole number of bars >= 2, got '%2'").arg(option, p.value(option)),
                cmd);
        *target = std::size_t(v);
    }
    const QString mode = p.isSet(QStringLiteral("mode")) ? p.value(QStringLiteral("mode")).trimmed().toLower()
                                                         : QStringLiteral("rolling");
    if (mode != QLatin1String("rolling") && mode != QLatin1String("anchored"))
        return ctx.usage(
            QStringLiteral("--mode: rolling or anchored, got '%1'").arg(p.value(QStringLiteral("mode"))),
            cmd);
    wf.anchored = mode == QLatin1String("anchored");
    if (in.symbols.size() > 1)
        return ctx.usage(
            QStringLiteral("--symbol: %1 takes one series, %2 given").arg(cmd).arg(in.symbols.size()), cmd);

    if (auto loaded = in.loadSeries(ctx); !loaded)
        return ctx.fail(loaded.error());
    if (auto problem = singleSeriesProblem(in))
        return ctx.usage(*problem, cmd);
    if (const std::size_t bars = in.series.front().size(); wf.inSampleBars + wf.outOfSampleBars > bars)
        return ctx.fail(
            QStringLiteral("too few bars: --in-sample %1 + --out-of-sample %2 = %3, the data has %4")
                .arg(wf.inSampleBars)
                .arg(wf.outOfSampleBars)
                .arg(wf.inSampleBars + wf.outOfSampleBars)
                .arg(bars));
    sweep.reportProgressOnTerminal(cmd);
    sweep.cancelOnInterrupt();
    wf.sweep = sweep.config;
    auto result = bt::WalkForward::run(in.series.front(), wf);
    if (!result)
        return ctx.fail(result.error());
    const bt::WalkForwardResult &res = result.value();
    const bt::Metric rank = res.rankBy;
    const QString metric = QLatin1String(bt::Metrics::name(rank));
    auto metricValue = [&](const bt::BacktestMetrics &m) {
        const auto v = bt::Metrics::value(m, rank);
        return v ? *v : std::numeric_limits<double>::quiet_NaN();
    };
    double isSum = 0;
    std::size_t isCount = 0;
    for (const bt::WalkForwardWindow &w : res.windows)
        if (const double v = metricValue(w.inSample); std::isfinite(v)) {
            isSum += v;
            ++isCount;
        }
    const double isMean = isCount ? isSum / double(isCount) : std::numeric_limits<double>::quiet_NaN();

    if (ctx.json) {
        QJsonArray windows;
        for (std::size_t k = 0; k < res.windows.size(); ++k) {
            const bt::WalkForwardWindow &w = res.windows[k];
            QJsonObject params;
            for (std::size_t i = 0; i < res.paramNames.size() && i < w.params.size(); ++i)
                params.insert(qs(res.paramNames[i]), w.params[i]);
            windows.append(QJsonObject{
                {QStringLiteral("window"), qint64(k + 1)},
                {QStringLiteral("params"), params},
                {QStringLiteral("in_sample_score"), finiteOrNull(w.inSampleScore)},
                {QStringLiteral("in_sample"),
                 QJsonObject{{QStringLiteral("from"), in.timeText(w.isFrom)},
                             {QStringLiteral("to"), in.timeText(w.isTo)},
                             {QStringLiteral("bars"), qint64(w.isEnd - w.isBegin)},
                             {QStringLiteral("metrics"), BacktestOutput::metricsJson(w.inSample, in)}}},
                {QStringLiteral("out_of_sample"),
                 QJsonObject{{QStringLiteral("from"), in.timeText(w.oosFrom)},
                             {QStringLiteral("to"), in.timeText(w.oosTo)},
                             {QStringLiteral("bars"), qint64(w.oosEnd - w.oosBegin)},
                             {QStringLiteral("metrics"), BacktestOutput::metricsJson(w.outOfSample, in)}}}});
        }
        QJsonArray time, equity;
        for (std::size_t i = 0; i < res.oosEquity.size(); ++i) {
            time.append(in.timeText(res.oosTime[i]));
            equity.append(res.oosEquity[i]);
        }
        QJsonObject inputs = sweep.inputsJson(in);
        inputs.insert(QStringLiteral("mode"), mode);
        inputs.insert(QStringLiteral("in_sample_bars"), qint64(wf.inSampleBars));
        inputs.insert(QStringLiteral("out_of_sample_bars"), qint64(wf.outOfSampleBars));
        QJsonObject o{{QStringLiteral("inputs"), inputs},
                      {QStringLiteral("metric"), metric},
                      {QStringLiteral("mode"), mode},
                      {QStringLiteral("in_sample_bars"), qint64(wf.inSampleBars)},
                      {QStringLiteral("out_of_sample_bars"), qint64(wf.outOfSampleBars)},
                      {QStringLiteral("windows"), windows},
                      {QStringLiteral("in_sample_mean_metric"), finiteOrNull(isMean)},
                      {QStringLiteral("out_of_sample"), BacktestOutput::metricsJson(res.outOfSample, in)},
                      {QStringLiteral("out_of_sample_equity"),
                       QJsonObject{{QStringLiteral("time"), time}, {QStringLiteral("equity"), equity}}}};
        if (in.explain)
            o.insert(QStringLiteral("explain"), BacktestOutput::explainJson(in.convention));
        ctx.printJson(o);
        return Ok;
    }
    ctx.out() << in.strategy << " walk-forward on " << qs(in.series.front().symbol) << " (" << mode
              << ", in-sample " << wf.inSampleBars << " bars, out-of-sample " << wf.outOfSampleBars
              << " bars), ranked by " << metric << '\n'
              << "prices: " << in.pricesText() << '\n';
    QList<QStringList> rows;
    for (std::size_t k = 0; k < res.windows.size(); ++k) {
        const bt::WalkForwardWindow &w = res.windows[k];
        QStringList params;
        for (std::size_t i = 0; i < res.paramNames.size() && i < w.params.size(); ++i)
            params << qs(res.paramNames[i]) + QLatin1Char('=') + num(w.params[i]);
        rows << QStringList{QString::number(k + 1),
                            in.timeText(w.isFrom) + QStringLiteral("..") + in.timeText(w.isTo),
                            in.timeText(w.oosFrom) + QStringLiteral("..") + in.timeText(w.oosTo),
                            params.join(QLatin1Char(' ')),
                            fixed(metricValue(w.inSample), 3),
                            fixed(metricValue(w.outOfSample), 3),
                            percent(w.inSample.totalReturn, 2),
                            percent(w.outOfSample.totalReturn, 2),
                            QString::number(w.outOfSample.trades)};
    }
    ctx.printTable({QStringLiteral("window"), QStringLiteral("in-sample"), QStringLiteral("out-of-sample"),
                    QStringLiteral("chosen"), QStringLiteral("IS ") + metric, QStringLiteral("OOS ") + metric,
                    QStringLiteral("IS return"), QStringLiteral("OOS return"), QStringLiteral("OOS trades")},
                   rows);
    const bt::BacktestMetrics &o = res.outOfSample;
    ctx.out() << "\nin-sample mean " << metric << ": " << fixed(isMean, 3) << "    out-of-sample (stitched) "
              << metric << ": " << fixed(metricValue(o), 3) << '\n'
              << "out-of-sample: final equity " << fixed(o.finalEquity, 2) << ", return "
              << percent(o.totalReturn, 2) << ", CAGR " << percent(o.cagr.value_or(kNaN), 2) << ", Sharpe "
              << fixed(o.sharpe.value_or(kNaN), 3) << ", max drawdown " << percent(o.maxDrawdown, 2) << ", "
              << o.trades << " trades" << Qt::endl;
    if (in.explain)
        BacktestOutput::printExplain(ctx.out(), in.convention);
    return Ok;
}

} // namespace

std::vector<Command> backtestCommands()
{
    return {
        {QStringLiteral("backtest"), QStringLiteral("Backtest a strategy on stored bars or a CSV file"),
         backtestCommand},
        {QStringLiteral("optimize"),
         QStringLiteral("Sweep strategy parameters (grid or random) and rank them"), optimizeCommand},
        {QStringLiteral("walkforward"),
         QStringLiteral("Walk-forward: optimise in sample, test out of sample"), walkforwardCommand},
    };
}

} // namespace sn::cli
