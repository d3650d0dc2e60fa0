#pragma once

#include "app/cli/BacktestInputs.h"
#include "app/cli/BacktestOutput.h"
#include "app/cli/CliText.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <cmath>
#include <optional>

namespace sn::cli {

// What the backtest (BacktestCommands.cpp), catalog (CatalogCommands.cpp)
// and saved-run (RunCommands.cpp) commands print numbers and data problems with.

inline QString num(double v)
{
    return BacktestOutput::number(v);
}

inline QString fixed(double v, int decimals)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("n/a");
}

inline QJsonValue finiteOrNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

// A single-series strategy needs exactly one series; say which symbols a
// multi-symbol file holds so the user can pick one.
inline std::optional<QString> singleSeriesProblem(const BacktestInputs &in)
{
    if (in.series.size() == 1)
        return std::nullopt;
    QStringList symbols;
    for (const BarSeries &s : in.series)
        symbols << qs(s.symbol);
    return QStringLiteral("--symbol: the data holds %1 series (%2); '%3' takes one, pick it with --symbol")
        .arg(in.series.size())
        .arg(symbols.join(QStringLiteral(", ")), in.strategy);
}

} // namespace sn::cli
