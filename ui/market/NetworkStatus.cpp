#include "ui/market/NetworkStatus.h"

#include <QCoreApplication>
#include <QNetworkInformation>

namespace sn::ui {

QString NetworkStatus::describe() const
{
    if (backend.isEmpty())
        return QCoreApplication::translate(
            "NetworkStatus", "No network-information backend could be loaded, so whether the connection is "
                             "metered cannot be told: a scheduled refresh runs as if it were not.");
    if (!meteredKnown)
        return QCoreApplication::translate(
                   "NetworkStatus", "The system's network backend (%1) cannot tell whether the "
                                    "connection is metered: a scheduled refresh runs as if it were not.")
            .arg(backend);
    return metered ? QCoreApplication::translate("NetworkStatus",
                                                 "The connection is metered (as the %1 backend reports).")
                         .arg(backend)
                   : QCoreApplication::translate("NetworkStatus",
                                                 "The connection is not metered (as the %1 backend reports).")
                         .arg(backend);
}

NetworkStatus currentNetworkStatus()
{
    NetworkStatus out;
    // A backend that can tell meteredness first; else the platform's default;
    // else any that loads (on Linux the default is NetworkManager only, and
    // without it the glib backend may still report reachability).
    if (!QNetworkInformation::instance() &&
        !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Metered) &&
        !QNetworkInformation::loadDefaultBackend())
        for (const QString &name : QNetworkInformation::availableBackends())
            if (QNetworkInformation::loadBackendByName(name))
                break;
    const QNetworkInformation *info = QNetworkInformation::instance();
    if (!info)
        return out;
    out.backend = info->backendName();
    out.meteredKnown = info->supports(QNetworkInformation::Feature::Metered);
    out.metered = out.meteredKnown && info->isMetered();
    out.reachabilityKnown = info->supports(QNetworkInformation::Feature::Reachability);
    out.disconnected =
        out.reachabilityKnown && info->reachability() == QNetworkInformation::Reachability::Disconnected;
    return out;
}

} // namespace sn::ui
