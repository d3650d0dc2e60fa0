#pragma once

#include "app/cli/BacktestInputs.h"
#include "core/backtest/Optimizer.h"
#include "core/common/Result.h"

#include <QJsonObject>
#include <QStringList>

class QCommandLineParser;

namespace sn::cli {

// The sweep options optimize and walkforward share (--grid, --random,
// --seed, --metric, --threads) checked against the strategy's parameter
// spec before any bar is read, so a typo is a usage error naming the
// parameter, not a failure after loading the data.
struct BacktestSweep
{
    bt::SweepConfig config;
    QStringList gridText; // as typed, for the inputs JSON

    static void addOptions(QCommandLineParser &p);
    // Reads the options and checks every range, every fixed --param and the
    // strategy's constraints (at least one grid point must satisfy fast < slow).
    static Result<BacktestSweep> fromParser(const QCommandLineParser &p, const BacktestInputs &in);

    // inputs JSON with the fixed parameters, the grid and the ranking metric.
    QJsonObject inputsJson(const BacktestInputs &in) const;
    // Progress on stderr when a terminal is attached (never on stdout).
    void reportProgressOnTerminal(const QString &what);
    // Ctrl-C stops the sweep between combinations (the engine's cancel
    // flag) instead of killing the process, so the part done is reported.
    void cancelOnInterrupt();
};

} // namespace sn::cli
