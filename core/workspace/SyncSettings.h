#pragma once

#include "core/common/Result.h"

#include <QString>

namespace sn {

class Workspace;

// Where this database syncs to: kept as workspace settings, written by
// `supernova-cli sync login` and Preferences > Team alike, read by both.
struct SyncConnection
{
    QString server;
    QString user;
    QString workspace;
    QString fingerprint; // pinned SHA-256 of the server certificate
    bool insecureLoopback = false;
    bool complete() const { return !server.isEmpty() && !user.isEmpty() && !workspace.isEmpty(); }
};

Result<SyncConnection> readSyncConnection(const Workspace &ws);
Result<void> writeSyncConnection(const Workspace &ws, const SyncConnection &c);
// Only the pinned certificate, once the analyst has trusted it.
Result<void> writeSyncFingerprint(const Workspace &ws, const QString &sha256);

} // namespace sn
