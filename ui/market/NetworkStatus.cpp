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
    // A backend that can tell meteredness first; else whatever the platform has.
    if (!QNetworkInformation::instance() &&
        !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Metered))
        QNetworkInformation::loadDefaultBackend();
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
