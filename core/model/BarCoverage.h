#pragma once

#include "core/common/Time.h"

#include <QtGlobal>

namespace sn {

// What is stored for one instrument and interval.
struct BarCoverage
{
    qint64 count = 0;
    TimestampMs first = 0; // meaningful when count > 0
    TimestampMs last = 0;
};

} // namespace sn
