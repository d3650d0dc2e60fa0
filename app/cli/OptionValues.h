#pragma once

#include "core/common/Time.h"

#include <QString>
#include <cmath>
#include <optional>

// Values of command-line options, read the same way by every command.
namespace sn::cli {

// A finite number, surrounding spaces allowed.
inline std::optional<double> toNumber(const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

// An ISO date (YYYY-MM-DD), as the UTC midnight that starts it.
inline std::optional<TimestampMs> toDate(const QString &text)
{
    auto t = parseTimestamp(text.trimmed().toStdString(), DateFormat::Iso);
    if (!t)
        return std::nullopt;
    return startOfDay(*t);
}

} // namespace sn::cli
