#pragma once

#include <QString>
#include <string>

namespace sn::cli {

// Text from the core (std::string, UTF-8) as a QString, for output and messages.
inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace sn::cli
