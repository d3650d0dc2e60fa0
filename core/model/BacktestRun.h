#pragma once

#include "core/common/Time.h"

#include <QString>
#include <QtGlobal>

namespace sn {

// A saved backtest. params / inputs / results are JSON documents (text) so
// the schema does not change when a strategy gains a parameter.
struct BacktestRun
{
    qint64 id = 0;
    QString name;
    TimestampMs createdAt = 0;
    QString strategy;
    QString params = QStringLiteral("{}");
    QString inputs = QStringLiteral("{}");
    QString results = QStringLiteral("{}");
};

} // namespace sn
