#include "core/workspace/BacktestJson.h"

#include <QJsonArray>
#include <cmath>
#include <span>

namespace sn::BacktestJson {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QJsonValue optional(const std::optional<double> &v)
{
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue();
}

std::optional<double> optionalFrom(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    return v.toDouble();
}

std::optional<TimestampMs> timeFrom(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    return parseTimestamp(v.toString().toStdString(), DateFormat::Iso);
}

} // namespace

QString timeText(TimestampMs t, bool daily)
{
    return qs(daily ? formatDate(t) : formatDateTime(t));
}

QJsonObject metrics(const bt::BacktestMetrics &m, const TimeText &time)
{
    const bool hasDrawdown = m.maxDrawdown > 0;
    auto drawdownTime = [&](TimestampMs t) { return hasDrawdown ? QJsonValue(time(t)) : QJsonValue(); };
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
        {QStringLiteral("drawdown_start"), drawdownTime(m.drawdownStart)},
        {QStringLiteral("drawdown_trough"), drawdownTime(m.drawdownTrough)},
        {QStringLiteral("drawdown_recovery"),
         hasDrawdown && m.drawdownRecovery ? QJsonValue(time(*m.drawdownRecovery)) : QJsonValue()},
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

bt::BacktestMetrics metricsFrom(const QJsonObject &o)
{
    bt::BacktestMetrics m;
    m.initialEquity = o.value(QStringLiteral("initial_equity")).toDouble();
    m.finalEquity = o.value(QStringLiteral("final_equity")).toDouble();
    m.totalReturn = o.value(QStringLiteral("total_return")).toDouble();
    m.cagr = optionalFrom(o.value(QStringLiteral("cagr")));
    m.annualVolatility = optionalFrom(o.value(QStringLiteral("annual_volatility")));
    m.sharpe = optionalFrom(o.value(QStringLiteral("sharpe")));
    m.sortino = optionalFrom(o.value(QStringLiteral("sortino")));
    m.calmar = optionalFrom(o.value(QStringLiteral("calmar")));
    m.maxDrawdown = o.value(QStringLiteral("max_drawdown")).toDouble();
    m.drawdownStart = timeFrom(o.value(QStringLiteral("drawdown_start"))).value_or(0);
    m.drawdownTrough = timeFrom(o.value(QStringLiteral("drawdown_trough"))).value_or(0);
    m.drawdownRecovery = timeFrom(o.value(QStringLiteral("drawdown_recovery")));
    m.drawdownDurationBars = std::size_t(o.value(QStringLiteral("drawdown_duration_bars")).toInteger());
    m.exposure = o.value(QStringLiteral("exposure")).toDouble();
    m.trades = std::size_t(o.value(QStringLiteral("trades")).toInteger());
    m.winRate = optionalFrom(o.value(QStringLiteral("win_rate")));
    m.profitFactor = optionalFrom(o.value(QStringLiteral("profit_factor")));
    m.averageWin = optionalFrom(o.value(QStringLiteral("average_win")));
    m.averageLoss = optionalFrom(o.value(QStringLiteral("average_loss")));
    m.expectancy = optionalFrom(o.value(QStringLiteral("expectancy")));
    m.bestTrade = optionalFrom(o.value(QStringLiteral("best_trade")));
    m.worstTrade = optionalFrom(o.value(QStringLiteral("worst_trade")));
    m.beta = optionalFrom(o.value(QStringLiteral("beta")));
    m.alpha = optionalFrom(o.value(QStringLiteral("alpha")));
    m.bars = std::size_t(o.value(QStringLiteral("bars")).toInteger());
    return m;
}

QJsonObject report(const bt::BacktestReport &report, const TimeText &time, const SymbolOf &symbol,
                   bool withEquity, bool withTradeLists)
{
    const bt::BacktestResult &r = report.result;
    QJsonArray trades;
    for (const bt::Trade &t : std::span(r.trades.data(), withTradeLists ? r.trades.size() : 0))
        trades.append(
            QJsonObject{{QStringLiteral("symbol"), symbol(t.asset)},
                        {QStringLiteral("entry_time"), time(t.entryTime)},
                        {QStringLiteral("exit_time"), time(t.exitTime)},
                        {QStringLiteral("entry_price"), t.entryPrice},
                        {QStringLiteral("exit_price"), t.exitPrice},
                        {QStringLiteral("quantity"), t.quantity},
                        {QStringLiteral("pnl"), t.pnl},
                        {QStringLiteral("costs"), t.costs},
                        {QStringLiteral("return_pct"), t.returnPct},
                        {QStringLiteral("exit_reason"), QLatin1String(bt::fillReasonName(t.exitReason))}});
    QJsonArray positions;
    for (const bt::OpenPosition &p : r.openPositions)
        positions.append(QJsonObject{{QStringLiteral("symbol"), symbol(p.asset)},
                                     {QStringLiteral("entry_time"), time(p.entryTime)},
                                     {QStringLiteral("entry_price"), p.entryPrice},
                                     {QStringLiteral("quantity"), p.quantity},
                                     {QStringLiteral("last_price"), p.lastPrice},
                                     {QStringLiteral("unrealized_pnl"), p.unrealizedPnl}});
    QJsonArray fills;
    for (const bt::Fill &f : std::span(r.fills.data(), withTradeLists ? r.fills.size() : 0))
        fills.append(QJsonObject{{QStringLiteral("symbol"), symbol(f.asset)},
                                 {QStringLiteral("time"), time(f.time)},
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
                  {QStringLiteral("first_fill"),
                   r.fills.empty() ? QJsonValue() : QJsonValue(time(r.fills.front().time))},
                  {QStringLiteral("metrics"), metrics(report.metrics, time)},
                  {QStringLiteral("positions"), positions}};
    if (withTradeLists) {
        o.insert(QStringLiteral("trades"), trades);
        o.insert(QStringLiteral("fill_list"), fills);
    }
    if (withEquity) {
        QJsonArray times, equity, benchmark;
        for (std::size_t i = 0; i < r.equity.size(); ++i) {
            times.append(time(r.time[i]));
            equity.append(r.equity[i]);
        }
        for (double v : report.benchmarkEquity)
            benchmark.append(v);
        o.insert(QStringLiteral("equity"), QJsonObject{{QStringLiteral("time"), times},
                                                       {QStringLiteral("equity"), equity},
                                                       {QStringLiteral("benchmark"), benchmark}});
    }
    return o;
}

} // namespace sn::BacktestJson
