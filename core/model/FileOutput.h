#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace sn {

// Writes a file the analyst asked for, so that a failure never leaves a
// half-written file and never goes unreported. A regular file (or a new one)
// is written to a temporary name beside it and renamed over it when complete.
// A path that names something else - a device such as /dev/full or
// /dev/stdout, a FIFO, a socket - is written in place: renaming over it would
// replace the device node with a regular file. Either way every write, flush
// and close is checked, so a full disk is an error naming the path.
Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace sn
