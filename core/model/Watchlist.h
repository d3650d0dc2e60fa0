#pragma once

#include "core/common/Time.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace sn {

struct Watchlist
{
    qint64 id = 0;
    QString name;
    TimestampMs createdAt = 0;
    QStringList symbols; // in the user's order
};

} // namespace sn
