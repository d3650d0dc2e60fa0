#pragma once

#include "core/backtest/Backtester.h"
#include "core/common/Result.h"
#include "core/model/BacktestRun.h"
#include "ui/backtest/LabData.h"

#include <QJsonObject>

namespace sn::ui {

// Saved runs in the layout `supernova-cli backtest --save` writes, so
// `supernova-cli runs show` reads a run saved here and the lab reopens a run
// saved by the CLI. The results block comes from core/workspace/BacktestJson
// (shared with the CLI); the inputs block mirrors the CLI's
// BacktestInputs::toJson from the lab's own form values, and a test holds the
// two layouts equal.
class RunCodec
{
public:
    // `series` are the series the run traded (for the data block and dates).
    static BacktestRun encode(const QString &name, const bt::BacktestReport &report, const LabInputs &inputs,
                              const std::vector<const BarSeries *> &series, const QString &databaseName);
    // The stored run as the results panel shows it; errors name the run and
    // the missing part.
    static Result<RunView> decode(const BacktestRun &run, int plotWidth);
    // The inputs block of a stored run (strategy, params, costs, data).
    static QJsonObject inputsOf(const BacktestRun &run);

    static QJsonObject metricsJson(const bt::BacktestMetrics &m, bool daily);
    static bt::BacktestMetrics metricsFromJson(const QJsonObject &o);
};

} // namespace sn::ui
