#pragma once

#include "core/storage/Migration.h"

#include <vector>

namespace sn {

// The application's migrations in version order. A new version is one more
// entry here; never edit a released one.
class Schema
{
public:
    static const std::vector<Migration> &migrations();
    static int latestVersion();

    // Transaction types and instrument kinds accepted by the CHECK constraints.
    static const QStringList &transactionTypes();
    static const QStringList &instrumentKinds();
};

} // namespace sn
