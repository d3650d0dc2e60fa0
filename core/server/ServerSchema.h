#pragma once

#include "core/storage/Migration.h"

#include <vector>

namespace sn::server {

// The team server's own database (users, workspaces, the shared entities and
// their event log). It is a different database from a desktop's, so it has its
// own migration list, applied by the same sn::Database::migrate. A new version
// is one more entry; never edit a released one.
class ServerSchema
{
public:
    static const std::vector<Migration> &migrations();
};

} // namespace sn::server
