#include "app/server/ServerCommands.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    // Qt's GLib event dispatcher registers and unregisters socket notifiers
    // in linear time; with thousands of sockets that was most of the server's
    // CPU during a fan-out (perf: QEventDispatcherGlib::unregisterSocketNotifier
    // 24 %, libglib 18 %). The UNIX dispatcher keeps them in a hash.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("supernova-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUPERNOVA_VERSION));
    return sn::server::cli::run(QCoreApplication::arguments().mid(1));
}
