#include "ui/backtest/RunCodec.h"

#include "core/backtest/StrategyRegistry.h"
#include "core/workspace/BacktestJson.h"
#include "core/workspace/MarketData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>

namespace sn::ui {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString timeText(TimestampMs t, bool daily)
{
    return BacktestJson::timeText(t, daily);
}

std::optional<TimestampMs> timeFrom(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    return parseTimestamp(v.toString().toStdString(), DateFormat::Iso);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

QJsonObject RunCodec::metricsJson(const bt::BacktestMetrics &m, bool daily)
{
    return BacktestJson::metrics(m, [daily](TimestampMs t) { return BacktestJson::timeText(t, daily); });
}

bt::BacktestMetrics RunCodec::metricsFromJson(const QJsonObject &o)
{
    return BacktestJson::metricsFrom(o);
}

BacktestRun RunCodec::encode(const QString &name, const bt::BacktestReport &report, const LabInputs &in,
                             const std::vector<const BarSeries *> &series, const QString &databaseName)
{
    // As the CLI decides it: intraday codes end in 'm' (minutes) or 'h'; "1mo" is monthly.
    const bool daily = !(in.interval.endsWith(QLatin1Char('m')) || in.interval.endsWith(QLatin1Char('h')));
    auto symbolOf = [&](int asset) {
        return asset >= 0 && std::size_t(asset) < series.size() ? qs(series[std::size_t(asset)]->symbol)
                                                                : QString::number(asset);
    };
    const bt::StrategyInfo *info = bt::StrategyRegistry::findInfo(report.strategy);
    QJsonObject params;
    for (std::size_t i = 0; i < report.paramNames.size() && i < report.params.size(); ++i) {
        const double v = report.params[i];
        QJsonValue value(v);
        if (info && i < info->params.size()) {
            const bt::ParamSpec &spec = info->params[i];
            if (spec.type == bt::ParamType::Bool)
                value = v != 0;
            else if (spec.type == bt::ParamType::Enum && v >= 0 && std::size_t(v) < spec.choices.size())
                value = qs(spec.choices[std::size_t(v)]);
            else if (spec.type == bt::ParamType::Int)
                value = qint64(std::llround(v));
        }
        params.insert(qs(report.paramNames[i]), value);
    }
    QJsonArray seriesList;
    for (const BarSeries *s : series)
        seriesList.append(QJsonObject{
            {QStringLiteral("symbol"), qs(s->symbol)},
            {QStringLiteral("first"),
             s->empty() ? QJsonValue() : QJsonValue(timeText(s->time.front(), daily))},
            {QStringLiteral("last"), s->empty() ? QJsonValue() : QJsonValue(timeText(s->time.back(), daily))},
            {QStringLiteral("bars"), qint64(s->size())}});
    QJsonObject data{{QStringLiteral("source"), QStringLiteral("database")},
                     {QStringLiteral("database"), databaseName},
                     {QStringLiteral("interval"), in.interval},
                     {QStringLiteral("series"), seriesList}};
    if (seriesList.size() == 1)
        for (const QString &key : {QStringLiteral("symbol"), QStringLiteral("first"), QStringLiteral("last"),
                                   QStringLiteral("bars")})
            data.insert(key, seriesList.first().toObject().value(key));
    // As the CLI's --adjusted writes it; reopening the run sets the form's toggle from it.
    data.insert(QStringLiteral("prices"),
                QLatin1String(priceBasisName(in.adjusted ? PriceBasis::Adjusted : PriceBasis::Unadjusted)));
    const bt::BacktestConfig &c = in.request.config;
    const Convention &conv = in.request.convention;
    auto optionalDate = [&](const std::optional<TimestampMs> &t) {
        return t ? QJsonValue(timeText(*t, daily)) : QJsonValue();
    };
    const QJsonObject inputs{
        {QStringLiteral("strategy"), qs(report.strategy)},
        {QStringLiteral("params"), params},
        {QStringLiteral("cash"), c.cash},
        {QStringLiteral("commission"), c.costs.commission},
        {QStringLiteral("per_share"), c.costs.perShare},
        {QStringLiteral("min_commission"), c.costs.minimum},
        {QStringLiteral("slippage_bps"), c.costs.slippageBps},
        {QStringLiteral("sizing"), in.sizingText},
        {QStringLiteral("fill"), in.fillText},
        {QStringLiteral("allow_short"), c.allowShort},
        {QStringLiteral("stop_loss"), c.stopLoss},
        {QStringLiteral("take_profit"), c.takeProfit},
        {QStringLiteral("trailing_stop"), c.trailingStop},
        {QStringLiteral("convention"), QJsonObject{{QStringLiteral("name"), qs(conv.name)},
                                                   {QStringLiteral("periods_per_year"), conv.periodsPerYear},
                                                   {QStringLiteral("ddof"), conv.ddof},
                                                   {QStringLiteral("risk_free"), conv.riskFreeAnnual}}},
        {QStringLiteral("from"), optionalDate(in.from)},
        {QStringLiteral("to"), optionalDate(in.to)},
        {QStringLiteral("data"), data}};

    // The results block as the CLI writes it (without its copy of the inputs).
    const QJsonObject results = BacktestJson::report(
        report, [daily](TimestampMs t) { return timeText(t, daily); }, symbolOf, true);

    BacktestRun run;
    run.name = name;
    run.strategy = qs(report.strategy);
    run.params = compact(params);
    run.inputs = compact(inputs);
    run.results = compact(results);
    return run;
}

QJsonObject RunCodec::inputsOf(const BacktestRun &run)
{
    return parseObject(run.inputs);
}

Result<RunView> RunCodec::decode(const BacktestRun &run, int plotWidth)
{
    const std::string id = std::to_string(run.id), name = run.name.toStdString();
    // A stored run that does not read back, named as the history lists it.
    const auto damaged = [&](const char *text, std::initializer_list<std::string_view> args) {
        return labError(ErrorCode::ParseError, text, args,
                        QT_TRANSLATE_NOOP("sn::ui::BacktestLab", "saved run %1 ('%2')"), {id, name});
    };
    const QJsonObject results = parseObject(run.results);
    const QJsonObject inputs = parseObject(run.inputs);
    if (!results.contains(QStringLiteral("metrics")))
        return damaged(QT_TRANSLATE_NOOP("sn::ui::BacktestLab", "the results hold no 'metrics' object"), {});
    RunView v;
    v.strategy = run.strategy;
    v.metrics = metricsFromJson(results.value(QStringLiteral("metrics")).toObject());
    v.optimisticFills = results.value(QStringLiteral("optimistic_fills")).toBool();

    const QJsonObject data = inputs.value(QStringLiteral("data")).toObject();
    v.adjusted = data.value(QStringLiteral("prices")).toString() == QLatin1String("adjusted");
    for (const QJsonValue &s : data.value(QStringLiteral("series")).toArray())
        v.symbols << s.toObject().value(QStringLiteral("symbol")).toString();
    const QJsonObject params = inputs.value(QStringLiteral("params")).toObject();
    const bt::StrategyInfo *info = bt::StrategyRegistry::findInfo(run.strategy.toStdString());
    if (info) {
        // Spec order, as a fresh run reports them; enums are stored by choice name.
        for (const bt::ParamSpec &spec : info->params) {
            const QJsonValue p = params.value(qs(spec.name));
            double value = spec.defaultValue;
            if (p.isBool())
                value = p.toBool() ? 1 : 0;
            else if (p.isString()) {
                const auto it =
                    std::find(spec.choices.begin(), spec.choices.end(), p.toString().toStdString());
                if (it != spec.choices.end())
                    value = double(it - spec.choices.begin());
            } else if (p.isDouble())
                value = p.toDouble();
            v.paramNames.push_back(spec.name);
            v.params.push_back(value);
        }
    }
    v.title = runTitle(v.strategy, v.paramNames, v.params, v.symbols);

    const QJsonObject curve = results.value(QStringLiteral("equity")).toObject();
    const QJsonArray time = curve.value(QStringLiteral("time")).toArray();
    const QJsonArray equity = curve.value(QStringLiteral("equity")).toArray();
    const QJsonArray benchmark = curve.value(QStringLiteral("benchmark")).toArray();
    if (time.size() != equity.size())
        return damaged(
            QT_TRANSLATE_NOOP("sn::ui::BacktestLab", "the equity curve has %1 times and %2 values"),
            {std::to_string(time.size()), std::to_string(equity.size())});
    v.time.reserve(std::size_t(time.size()));
    v.equity.reserve(std::size_t(time.size()));
    for (qsizetype i = 0; i < time.size(); ++i) {
        auto t = timeFrom(time.at(i));
        if (!t)
            return damaged(QT_TRANSLATE_NOOP("sn::ui::BacktestLab", "equity time %1 is not a date: '%2'"),
                           {std::to_string(i + 1), time.at(i).toString().toStdString()});
        v.time.push_back(*t);
        v.equity.push_back(equity.at(i).toDouble());
    }
    if (benchmark.size() == time.size())
        for (const QJsonValue &b : benchmark)
            v.benchmark.push_back(b.toDouble());

    for (const QJsonValue &value : results.value(QStringLiteral("trades")).toArray()) {
        const QJsonObject o = value.toObject();
        TradeRow row;
        row.symbol = o.value(QStringLiteral("symbol")).toString();
        row.entryTime = timeFrom(o.value(QStringLiteral("entry_time"))).value_or(0);
        row.exitTime = timeFrom(o.value(QStringLiteral("exit_time"))).value_or(0);
        row.entryPrice = o.value(QStringLiteral("entry_price")).toDouble();
        row.exitPrice = o.value(QStringLiteral("exit_price")).toDouble();
        row.quantity = o.value(QStringLiteral("quantity")).toDouble();
        row.pnl = o.value(QStringLiteral("pnl")).toDouble();
        row.returnPct = o.value(QStringLiteral("return_pct")).toDouble();
        row.exitReason = o.value(QStringLiteral("exit_reason")).toString();
        // Bars are not stored with a trade; the equity curve has one point per bar.
        const auto entry = std::lower_bound(v.time.begin(), v.time.end(), row.entryTime);
        const auto exit = std::lower_bound(v.time.begin(), v.time.end(), row.exitTime);
        row.barsHeld = qint64(exit - entry);
        v.trades.push_back(std::move(row));
    }
    prepareCurves(v, plotWidth);
    return v;
}

} // namespace sn::ui
