#pragma once

#include <QStringList>

namespace sn::server::cli {

// supernova-server's commands (init, serve, check-config, user, workspace).
// Returns the process exit code: 0 ok, 1 failure, 2 usage error.
int run(const QStringList &arguments);

} // namespace sn::server::cli
