#pragma once

#include "core/backtest/Backtester.h"
#include "core/common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTextStream>
#include <optional>

namespace sn::cli {

struct BacktestInputs;

// How backtest results leave the CLI: JSON (stdout and saved runs), CSV
// files written atomically, and the readable text summary.
class BacktestOutput
{
public:
    // Every metric; undefined ones are null.
    static QJsonObject metricsJson(const bt::BacktestMetrics &m, const BacktestInputs &in);
    // final_equity, closed_trades, open_positions (count), fills (count),
    // metrics, trades, positions, fill_list, optimistic_fills and inputs.
    // `withEquity` adds the equity curve (saved runs).
    static QJsonObject reportJson(const bt::BacktestReport &report, const BacktestInputs &in,
                                  bool withEquity);
    static QJsonArray explainJson(const Convention &convention);
    // The JSON text of reportJson(report, in, false) plus `extra` members, the
    // same bytes as QJsonDocument would write, with the trade and fill lists
    // written row by row (JsonText) instead of built as objects first.
    static QByteArray reportJsonText(const bt::BacktestReport &report, const BacktestInputs &in,
                                     const QJsonObject &extra);

    static Result<void> writeTradesCsv(const QString &path, const bt::BacktestReport &report,
                                       const BacktestInputs &in);
    static Result<void> writeEquityCsv(const QString &path, const bt::BacktestReport &report,
                                       const BacktestInputs &in);

    static void printSummary(QTextStream &out, const bt::BacktestReport &report, const BacktestInputs &in);
    static void printExplain(QTextStream &out, const Convention &convention);

    // "strategy(fast=10, slow=30)".
    static QString describe(const QString &strategy, const std::vector<std::string> &names,
                            std::span<const double> values);
    // Shortest text that reads back to the same double; empty for NaN.
    static QString number(double v);
    static QJsonValue optional(const std::optional<double> &v);
};

} // namespace sn::cli
