#include "core/workspace/SyncSettings.h"

#include "core/workspace/SettingsService.h"

#include <utility>

namespace sn {

namespace {

const QString kServer = QStringLiteral("sync.server");
const QString kUser = QStringLiteral("sync.user");
const QString kWorkspace = QStringLiteral("sync.workspace");
const QString kFingerprint = QStringLiteral("sync.fingerprint");
const QString kInsecure = QStringLiteral("sync.insecure_loopback");

} // namespace

Result<SyncConnection> readSyncConnection(const Workspace &ws)
{
    SettingsService settings(ws);
    SyncConnection c;
    for (auto [k, target] :
         {std::pair{&kServer, &c.server}, std::pair{&kUser, &c.user}, std::pair{&kWorkspace, &c.workspace},
          std::pair{&kFingerprint, &c.fingerprint}}) {
        auto v = settings.value(*k, {});
        if (!v)
            return v.error();
        *target = *v;
    }
    auto insecure = settings.value(kInsecure, QStringLiteral("0"));
    if (!insecure)
        return insecure.error();
    c.insecureLoopback = *insecure == QLatin1String("1");
    return c;
}

Result<void> writeSyncConnection(const Workspace &ws, const SyncConnection &c)
{
    SettingsService settings(ws);
    for (auto [k, v] :
         {std::pair{&kServer, c.server}, std::pair{&kUser, c.user}, std::pair{&kWorkspace, c.workspace},
          std::pair{&kFingerprint, c.fingerprint},
          std::pair{&kInsecure, c.insecureLoopback ? QStringLiteral("1") : QStringLiteral("0")}})
        if (auto r = settings.set(*k, v); !r)
            return r.error();
    return {};
}

Result<void> writeSyncFingerprint(const Workspace &ws, const QString &sha256)
{
    return SettingsService(ws).set(kFingerprint, sha256);
}

} // namespace sn
