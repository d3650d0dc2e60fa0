#pragma once

#include <QString>

namespace sn::ui {

// What the system says about the network, through QNetworkInformation. Qt
// 6.4 on Linux has two backends, "networkmanager" (NetworkManager over D-Bus)
// and "glib" (GNetworkMonitor); each says what it supports, and where it
// cannot tell whether the connection is metered, meteredKnown is false and
// the text says so.
struct NetworkStatus
{
    QString backend; // empty: no backend could be loaded
    bool meteredKnown = false;
    bool metered = false;
    bool reachabilityKnown = false;
    bool disconnected = false; // the backend reports no network at all

    // One sentence for Preferences and the refresh status.
    QString describe() const;
};

// Loads the default backend the first time (QCoreApplication must exist) and
// reads it; GUI thread only.
NetworkStatus currentNetworkStatus();

} // namespace sn::ui
