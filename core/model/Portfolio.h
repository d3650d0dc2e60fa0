#pragma once

#include "core/common/Time.h"

#include <QString>
#include <QtGlobal>

namespace sn {

struct Portfolio
{
    qint64 id = 0;
    QString name;
    QString baseCurrency = QStringLiteral("USD");
    TimestampMs createdAt = 0;
    QString note;
};

} // namespace sn
