#pragma once

#include "core/common/Result.h"
#include "core/storage/Migration.h"

#include <vector>

namespace sn {
class Database;
}

namespace sn::server {

// The team server's own database (users, workspaces, the shared entities and
// their event log). It is a different database from a desktop's, so it has its
// own migration list, applied by the same sn::Database::migrate. A new version
// is one more entry; never edit a released one.
class ServerSchema
{
public:
    static const std::vector<Migration> &migrations();
    // Migrates `db` to the latest version. A new SQLite file first gets
    // 4 KiB pages: sn::Database picks 16 KiB for the desktop's bulk bar
    // loads, but the server commits small rows one at a time, and each commit
    // writes every touched page to the WAL (16 KiB pages wrote ~4x the bytes).
    static Result<void> prepare(const Database &db);
};

} // namespace sn::server
