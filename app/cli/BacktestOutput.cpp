#include "app/cli/BacktestOutput.h"

#include "app/cli/BacktestInputs.h"
#include "app/cli/CliText.h"
#include "app/cli/JsonText.h"
#include "core/backtest/Metrics.h"
#include "core/model/FileOutput.h"
#include "core/workspace/BacktestJson.h"

#include <QLocale>
#include <cmath>
#include <map>

namespace sn::cli {

namespace {

QString percent(const std::optional<double> &v)
{
    return v ? QString::number(*v * 100.0, 'f', 2) + QStringLiteral(" %") : QStringLiteral("n/a");
}

QString fixed(const std::optional<double> &v, int decimals = 2)
{
    return v ? QString::number(*v, 'f', decimals) : QStringLiteral("n/a");
}

Result<void> writeAtomically(const QString &path, const QString &text)
{
    return writeFileAtomically(path, text.toUtf8());
}

} // namespace

QString BacktestOutput::number(double v)
{
    if (!std::isfinite(v))
        return {};
    return QString::number(v, 'f', QLocale::FloatingPointShortest);
}

QJsonValue BacktestOutput::optional(const std::optional<double> &v)
{
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue();
}

QString BacktestOutput::describe(const QString &strategy, const std::vector<std::string> &names,
                                 std::span<const double> values)
{
    QStringList parts;
    for (std::size_t i = 0; i < names.size() && i < values.size(); ++i)
        parts << qs(names[i]) + QLatin1Char('=') + number(values[i]);
    return strategy + QLatin1Char('(') + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QJsonObject BacktestOutput::metricsJson(const bt::BacktestMetrics &m, const BacktestInputs &in)
{
    return BacktestJson::metrics(m, [&in](TimestampMs t) { return in.timeText(t); });
}

QJsonObject BacktestOutput::reportJson(const bt::BacktestReport &report, const BacktestInputs &in,
                                       bool withEquity)
{
    QJsonObject o = BacktestJson::report(
        report, [&in](TimestampMs t) { return in.timeText(t); },
        [&in](int asset) { return in.symbolOf(asset); }, withEquity);
    o.insert(QStringLiteral("inputs"), in.toJson(report.paramNames, report.params));
    return o;
}

QByteArray BacktestOutput::reportJsonText(const bt::BacktestReport &report, const BacktestInputs &in,
                                          const QJsonObject &extra)
{
    const auto time = [&in](TimestampMs t) { return in.timeText(t); };
    QJsonObject o = BacktestJson::report(
        report, time, [&in](int asset) { return in.symbolOf(asset); }, false, false);
    o.insert(QStringLiteral("inputs"), in.toJson(report.paramNames, report.params));
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());

    // Each asset's symbol escaped once, not once per row.
    std::map<int, QByteArray> symbols;
    const auto symbol = [&](int asset) -> const QByteArray & {
        auto it = symbols.find(asset);
        if (it == symbols.end())
            it = symbols.emplace(asset, JsonText::quoted(in.symbolOf(asset))).first;
        return it->second;
    };
    const bt::BacktestResult &r = report.result;
    JsonText::RowArray trades;
    trades.reserve(r.trades.size(), 450);
    for (const bt::Trade &t : r.trades) {
        trades.beginRow();
        trades.number("costs", t.costs);
        trades.number("entry_price", t.entryPrice);
        trades.quotedString("entry_time", JsonText::quoted(time(t.entryTime)));
        trades.number("exit_price", t.exitPrice);
        trades.quotedString("exit_reason", JsonText::quoted(QLatin1String(bt::fillReasonName(t.exitReason))));
        trades.quotedString("exit_time", JsonText::quoted(time(t.exitTime)));
        trades.number("pnl", t.pnl);
        trades.number("quantity", t.quantity);
        trades.number("return_pct", t.returnPct);
        trades.quotedString("symbol", symbol(t.asset));
        trades.endRow();
    }
    JsonText::RowArray fills;
    fills.reserve(r.fills.size(), 300);
    for (const bt::Fill &f : r.fills) {
        fills.beginRow();
        fills.number("commission", f.commission);
        fills.number("price", f.price);
        fills.number("quantity", f.quantity);
        fills.quotedString("reason", JsonText::quoted(QLatin1String(bt::fillReasonName(f.reason))));
        fills.number("slippage", f.slippage);
        fills.quotedString("symbol", symbol(f.asset));
        fills.quotedString("time", JsonText::quoted(time(f.time)));
        fills.endRow();
    }
    return JsonText::indentedObject(o, {{QStringLiteral("fill_list"), std::move(fills).finish()},
                                        {QStringLiteral("trades"), std::move(trades).finish()}});
}

QJsonArray BacktestOutput::explainJson(const Convention &convention)
{
    QJsonArray list;
    for (const bt::MetricExplanation &e : bt::Metrics::explain(convention))
        list.append(QJsonObject{{QStringLiteral("metric"), qs(e.name)},
                                {QStringLiteral("formula"), qs(e.formula)},
                                {QStringLiteral("convention"), qs(e.convention)}});
    return list;
}

Result<void> BacktestOutput::writeTradesCsv(const QString &path, const bt::BacktestReport &report,
                                            const BacktestInputs &in)
{
    QString text = QStringLiteral(
        "symbol,entry_time,exit_time,entry_price,exit_price,quantity,pnl,costs,return_pct,exit_reason\n");
    for (const bt::Trade &t : report.result.trades)
        text += QStringList{in.symbolOf(t.asset),    in.timeText(t.entryTime),
                            in.timeText(t.exitTime), number(t.entryPrice),
                            number(t.exitPrice),     number(t.quantity),
                            number(t.pnl),           number(t.costs),
                            number(t.returnPct),     QLatin1String(bt::fillReasonName(t.exitReason))}
                    .join(QLatin1Char(',')) +
                QLatin1Char('\n');
    return writeAtomically(path, text);
}

Result<void> BacktestOutput::writeEquityCsv(const QString &path, const bt::BacktestReport &report,
                                            const BacktestInputs &in)
{
    const bt::BacktestResult &r = report.result;
    const bool withBenchmark = report.benchmarkEquity.size() == r.equity.size() && !r.equity.empty();
    QString text = in.daily() ? QStringLiteral("date,equity") : QStringLiteral("time,equity");
    text += withBenchmark ? QStringLiteral(",buy_hold\n") : QStringLiteral("\n");
    for (std::size_t i = 0; i < r.equity.size(); ++i) {
        text += in.timeText(r.time[i]) + QLatin1Char(',') + number(r.equity[i]);
        if (withBenchmark)
            text += QLatin1Char(',') + number(report.benchmarkEquity[i]);
        text += QLatin1Char('\n');
    }
    return writeAtomically(path, text);
}

void BacktestOutput::printSummary(QTextStream &out, const bt::BacktestReport &report,
                                  const BacktestInputs &in)
{
    const bt::BacktestResult &r = report.result;
    const bt::BacktestMetrics &m = report.metrics;
    QStringList symbols;
    for (const BarSeries &s : in.series)
        symbols << qs(s.symbol);
    out << describe(qs(report.strategy), report.paramNames, report.params) << " on "
        << symbols.join(QStringLiteral(", ")) << " (" << in.interval << ")";
    if (!r.time.empty())
        out << ", " << in.timeText(r.time.front()) << " .. " << in.timeText(r.time.back()) << " ("
            << r.time.size() << " bars)";
    out << '\n';
    out << "prices:         " << in.pricesText() << '\n';
    out << "fills:          "
        << (r.optimisticFills
                ? "at the deciding bar's close (OPTIMISTIC: trades on a price known only after the fact)"
                : "at the next bar's open")
        << "; sizing " << in.sizingText << "; commission " << number(in.config.costs.commission);
    if (in.config.costs.perShare > 0)
        out << " + " << number(in.config.costs.perShare) << "/share";
    if (in.config.costs.minimum > 0)
        out << " (min " << number(in.config.costs.minimum) << ")";
    if (in.config.costs.slippageBps > 0)
        out << "; slippage " << number(in.config.costs.slippageBps) << " bps";
    out << '\n';
    out << "final equity:   " << QString::number(r.finalEquity, 'f', 2) << " (start "
        << QString::number(r.initialCash, 'f', 2) << ")\n";
    out << "total return:   " << percent(m.totalReturn) << "    CAGR " << percent(m.cagr) << '\n';
    out << "volatility:     " << percent(m.annualVolatility) << "    Sharpe " << fixed(m.sharpe, 3)
        << "    Sortino " << fixed(m.sortino, 3) << "    Calmar " << fixed(m.calmar, 3) << '\n';
    out << "max drawdown:   " << percent(m.maxDrawdown);
    if (m.maxDrawdown > 0) {
        out << " (peak " << in.timeText(m.drawdownStart) << ", trough " << in.timeText(m.drawdownTrough)
            << ", "
            << (m.drawdownRecovery ? QStringLiteral("recovered ") + in.timeText(*m.drawdownRecovery)
                                   : QStringLiteral("not recovered"))
            << ", " << m.drawdownDurationBars << " bars)";
    }
    out << '\n';
    out << "trades:         " << r.trades.size() << " closed, " << r.openPositions.size() << " open, "
        << r.fills.size() << " fills";
    if (r.tally.rejectedOrders)
        out << ", " << r.tally.rejectedOrders << " orders rejected (cash)";
    out << '\n';
    out << "win rate:       " << percent(m.winRate) << "    profit factor " << fixed(m.profitFactor, 3)
        << "    expectancy " << fixed(m.expectancy) << '\n';
    out << "best / worst:   " << fixed(m.bestTrade) << " / " << fixed(m.worstTrade) << "    avg win "
        << fixed(m.averageWin) << ", avg loss " << fixed(m.averageLoss) << '\n';
    out << "exposure:       " << percent(m.exposure) << "    costs "
        << QString::number(r.tally.totalCosts, 'f', 2) << '\n';
    if (m.beta || m.alpha)
        out << "vs buy & hold:  beta " << fixed(m.beta, 3) << ", alpha " << fixed(m.alpha, 4) << '\n';
    for (const bt::OpenPosition &p : r.openPositions)
        out << "open position:  " << in.symbolOf(p.asset) << ' ' << number(p.quantity) << " since "
            << in.timeText(p.entryTime) << " at " << QString::number(p.entryPrice, 'f', 4)
            << ", valued at the last close " << QString::number(p.lastPrice, 'f', 4) << " (unrealized "
            << QString::number(p.unrealizedPnl, 'f', 2) << ")\n";
    out << "metrics convention: " << qs(in.convention.name) << " (" << number(in.convention.periodsPerYear)
        << " periods/year, risk-free " << number(in.convention.riskFreeAnnual) << ")\n";
    out.flush();
}

void BacktestOutput::printExplain(QTextStream &out, const Convention &convention)
{
    out << "\nMetric formulas (convention " << qs(convention.name) << "):\n";
    for (const bt::MetricExplanation &e : bt::Metrics::explain(convention)) {
        out << "  " << qs(e.name) << "\n      " << qs(e.formula) << '\n';
        if (!e.convention.empty())
            out << "      " << qs(e.convention) << '\n';
    }
    out.flush();
}

} // namespace sn::cli
