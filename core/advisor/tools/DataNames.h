#pragma once

#include <QString>
#include <functional>

namespace sn::advisor {

// The kinds of text the tools return as data (ids and English words) that
// an offline answer shows.
enum class DataText
{
    Strategy,            // "sma_cross"
    StrategyDescription, // a strategy's id: its description
    Parameter,           // "fast", "exit_period"
    StressScenario,      // a scenario's label: "2008-09-01:2009-03-31", "all=-0.3"
    VarMethod,           // "historical", "normal", "cornish_fisher", "monte_carlo"
    ProjectionMethod,    // Monte Carlo projection: "bootstrap", "gbm"
    Convention,          // "supernova", "vectorbt"
    Metric,              // "sharpe"
    Formula,             // a metric's formula or convention, in English
};

// How the reader's view names those texts. The desktop installs one
// (ui/advisor, from the names its other views show, translated); without
// one (CLI, --json, a model's tools) an answer shows the tool's own text, so
// the English answers do not change. The tool results themselves never
// change: only what an offline answer writes.
using DataNamer = std::function<QString(DataText kind, const QString &id)>;
void setDataNamer(DataNamer namer);

// `id` as the reader's view names it; `fallback` (the tool's own text, by
// default the id) when no namer is installed or it knows no name.
QString dataName(DataText kind, const QString &id, const QString &fallback = QString());

} // namespace sn::advisor
