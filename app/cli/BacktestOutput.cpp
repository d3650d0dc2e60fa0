#include "app/cli/BacktestOutput.h"

#include "app/cli/BacktestInputs.h"

#include "core/backtest/Metrics.h"

#include <QLocale>
#include <QSaveFile>

#include <cmath>

namespace sn::cli {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return makeError(ErrorCode::IoError, "cannot write: " + file.errorString().toStdString(), path.toStdString());
    const QByteArray bytes = text.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::IoError, "cannot write: " + file.errorString().toStdString(), path.toStdString());
    return {};
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
    const bool hasDrawdown = m.maxDrawdown > 0;
    auto time = [&](TimestampMs t) { return hasDrawdown ? QJsonValue(in.timeText(t)) : QJsonValue(); };
    return QJsonObject{
        {QStringLiteral("initial_equity"), m.initialEquity},
        {QStringLiteral("final_equity"), m.finalEquity},
        {QStringLiteral("total_return"), m.totalReturn},
        {QStringLiteral("cagr"), optional(m.cagr)},
        {QStringLiteral("annual_volatility"), optional(m.annualVolatility)},
        {QStringLiteral("sharpe"), optional(m.sharpe)},
        {QStringLiteral("sortino"), optional(m.sortino)},
        {QStringLiteral("calmar"), optional(m.calmar)},
        {QStringLiteral("max_drawdown"), m.maxDrawdown},
        {QStringLiteral("drawdown_start"), time(m.drawdownStart)},
        {QStringLiteral("drawdown_trough"), time(m.drawdownTrough)},
        {QStringLiteral("drawdown_recovery"),
         hasDrawdown && m.drawdownRecovery ? QJsonValue(in.timeText(*m.drawdownRecovery)) : QJsonValue()},
        {QStringLiteral("drawdown_duration_bars"), qint64(m.drawdownDurationBars)},
        {QStringLiteral("exposure"), m.exposure},
        {QStringLiteral("trades"), qint64(m.trades)},
        {QStringLiteral("win_rate"), optional(m.winRate)},
        {QStringLiteral("profit_factor"), optional(m.profitFactor)},
        {QStringLiteral("average_win"), optional(m.averageWin)},
        {QStringLiteral("average_loss"), optional(m.averageLoss)},
        {QStringLiteral("expectancy"), optional(m.expectancy)},
        {QStringLiteral("best_trade"), optional(m.bestTrade)},
        {QStringLiteral("worst_trade"), optional(m.worstTrade)},
        {QStringLiteral("beta"), optional(m.beta)},
        {QStringLiteral("alpha"), optional(m.alpha)},
        {QStringLiteral("bars"), qint64(m.bars)},
    };
}

QJsonObject BacktestOutput::reportJson(const bt::BacktestReport &report, const BacktestInputs &in, bool withEquity)
{
    const bt::BacktestResult &r = report.result;
    QJsonArray trades;
    for (const bt::Trade &t : r.trades)
        trades.append(QJsonObject{{QStringLiteral("symbol"), in.symbolOf(t.asset)},
                                  {QStringLiteral("entry_time"), in.timeText(t.entryTime)},
                                  {QStringLiteral("exit_time"), in.timeText(t.exitTime)},
                                  {QStringLiteral("entry_price"), t.entryPrice},
                                  {QStringLiteral("exit_price"), t.exitPrice},
                                  {QStringLiteral("quantity"), t.quantity},
                                  {QStringLiteral("pnl"), t.pnl},
                                  {QStringLiteral("costs"), t.costs},
                                  {QStringLiteral("return_pct"), t.returnPct},
                                  {QStringLiteral("exit_reason"), QLatin1String(bt::fillReasonName(t.exitReason))}});
    QJsonArray positions;
    for (const bt::OpenPosition &p : r.openPositions)
        positions.append(QJsonObject{{QStringLiteral("symbol"), in.symbolOf(p.asset)},
                                     {QStringLiteral("entry_time"), in.timeText(p.entryTime)},
                                     {QStringLiteral("entry_price"), p.entryPrice},
                                     {QStringLiteral("quantity"), p.quantity},
                                     {QStringLiteral("last_price"), p.lastPrice},
                                     {QStringLiteral("unrealized_pnl"), p.unrealizedPnl}});
    QJsonArray fills;
    for (const bt::Fill &f : r.fills)
        fills.append(QJsonObject{{QStringLiteral("symbol"), in.symbolOf(f.asset)},
                                 {QStringLiteral("time"), in.timeText(f.time)},
                                 {QStringLiteral("quantity"), f.quantity},
                                 {QStringLiteral("price"), f.price},
                                 {QStringLiteral("commission"), f.commission},
                                 {QStringLiteral("slippage"), f.slippage},
                                 {QStringLiteral("reason"), QLatin1String(bt::fillReasonName(f.reason))}});
    QJsonObject o{{QStringLiteral("strategy"), qs(report.strategy)},
                  {QStringLiteral("initial_cash"), r.initialCash},
                  {QStringLiteral("final_cash"), r.finalCash},
                  {QStringLiteral("final_equity"), r.finalEquity},
                  {QStringLiteral("closed_trades"), qint64(r.trades.size())},
                  {QStringLiteral("open_positions"), qint64(r.openPositions.size())},
                  {QStringLiteral("fills"), qint64(r.fills.size())},
                  {QStringLiteral("rejected_orders"), qint64(r.tally.rejectedOrders)},
                  {QStringLiteral("total_costs"), r.tally.totalCosts},
                  {QStringLiteral("optimistic_fills"), r.optimisticFills},
                  {QStringLiteral("first_fill"), r.fills.empty() ? QJsonValue() : QJsonValue(in.timeText(r.fills.front().time))},
                  {QStringLiteral("metrics"), metricsJson(report.metrics, in)},
                  {QStringLiteral("trades"), trades},
                  {QStringLiteral("positions"), positions},
                  {QStringLiteral("fill_list"), fills},
                  {QStringLiteral("inputs"), in.toJson(report.paramNames, report.params)}};
    if (withEquity) {
        QJsonArray time, equity, benchmark;
        for (std::size_t i = 0; i < r.equity.size(); ++i) {
            time.append(in.timeText(r.time[i]));
            equity.append(r.equity[i]);
        }
        for (double v : report.benchmarkEquity)
            benchmark.append(v);
        o.insert(QStringLiteral("equity"), QJsonObject{{QStringLiteral("time"), time},
                                                       {QStringLiteral("equity"), equity},
                                                       {QStringLiteral("benchmark"), benchmark}});
    }
    return o;
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
        text += QStringList{in.symbolOf(t.asset), in.timeText(t.entryTime), in.timeText(t.exitTime),
                            number(t.entryPrice), number(t.exitPrice), number(t.quantity), number(t.pnl),
                            number(t.costs), number(t.returnPct), QLatin1String(bt::fillReasonName(t.exitReason))}
                    .join(QLatin1Char(','))
            + QLatin1Char('\n');
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

void BacktestOutput::printSummary(QTextStream &out, const bt::BacktestReport &report, const BacktestInputs &in)
{
    const bt::BacktestResult &r = report.result;
    const bt::BacktestMetrics &m = report.metrics;
    QStringList symbols;
    for (const BarSeries &s : in.series)
        symbols << qs(s.symbol);
    out << describe(qs(report.strategy), report.paramNames, report.params) << " on " << symbols.join(QStringLiteral(", "))
        << " (" << in.interval << ")";
    if (!r.time.empty())
        out << ", " << in.timeText(r.time.front()) << " .. " << in.timeText(r.time.back()) << " (" << r.time.size()
            << " bars)";
    out << '\n';
    out << "fills:          "
        << (r.optimisticFills ? "at the deciding bar's close (OPTIMISTIC: trades on a price known only after the fact)"
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
    out << "volatility:     " << percent(m.annualVolatility) << "    Sharpe " << fixed(m.sharpe, 3) << "    Sortino "
        << fixed(m.sortino, 3) << "    Calmar " << fixed(m.calmar, 3) << '\n';
    out << "max drawdown:   " << percent(m.maxDrawdown);
    if (m.maxDrawdown > 0) {
        out << " (peak " << in.timeText(m.drawdownStart) << ", trough " << in.timeText(m.drawdownTrough) << ", "
            << (m.drawdownRecovery ? QStringLiteral("recovered ") + in.timeText(*m.drawdownRecovery)
                                   : QStringLiteral("not recovered"))
            << ", " << m.drawdownDurationBars << " bars)";
    }
    out << '\n';
    out << "trades:         " << r.trades.size() << " closed, " << r.openPositions.size() << " open, " << r.fills.size()
        << " fills";
    if (r.tally.rejectedOrders)
        out << ", " << r.tally.rejectedOrders << " orders rejected (cash)";
    out << '\n';
    out << "win rate:       " << percent(m.winRate) << "    profit factor " << fixed(m.profitFactor, 3)
        << "    expectancy " << fixed(m.expectancy) << '\n';
    out << "best / worst:   " << fixed(m.bestTrade) << " / " << fixed(m.worstTrade) << "    avg win "
        << fixed(m.averageWin) << ", avg loss " << fixed(m.averageLoss) << '\n';
    out << "exposure:       " << percent(m.exposure) << "    costs " << QString::number(r.tally.totalCosts, 'f', 2)
        << '\n';
    if (m.beta || m.alpha)
        out << "vs buy & hold:  beta " << fixed(m.beta, 3) << ", alpha " << fixed(m.alpha, 4) << '\n';
    for (const bt::OpenPosition &p : r.openPositions)
        out << "open position:  " << in.symbolOf(p.asset) << ' ' << number(p.quantity) << " since "
            << in.timeText(p.entryTime) << " at " << QString::number(p.entryPrice, 'f', 4) << ", valued at the last close "
            << QString::number(p.lastPrice, 'f', 4) << " (unrealized " << QString::number(p.unrealizedPnl, 'f', 2)
            << ")\n";
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
