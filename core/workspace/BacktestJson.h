#pragma once

#include "core/backtest/Backtester.h"
#include "core/common/Time.h"

#include <QJsonObject>
#include <QString>
#include <functional>

namespace sn::BacktestJson {

// The JSON layout of a backtest's results, shared by `supernova-cli backtest
// --json/--save` and the desktop's Backtest lab, so a run saved by either is
// read by both. Times are written by the caller's `TimeText` (dates for daily
// bars, date-times otherwise), assets by `SymbolOf`.
using TimeText = std::function<QString(TimestampMs)>;
using SymbolOf = std::function<QString(int asset)>;

// "2020-03-23" for daily data, "2020-03-23T14:30:00Z" otherwise.
QString timeText(TimestampMs t, bool daily);

QJsonObject metrics(const bt::BacktestMetrics &m, const TimeText &time);
// The metrics back from metrics(); absent or null optional values stay empty.
bt::BacktestMetrics metricsFrom(const QJsonObject &o);

// Cash, counts, metrics, trades, open positions, fills and (withEquity) the
// equity and buy & hold curves. The caller adds its own "inputs" block.
// Without `withTradeLists` the "trades" and "fill_list" arrays are left out,
// for a caller that writes them row by row (the CLI on a million bars).
QJsonObject report(const bt::BacktestReport &report, const TimeText &time, const SymbolOf &symbol,
                   bool withEquity, bool withTradeLists = true);

} // namespace sn::BacktestJson
