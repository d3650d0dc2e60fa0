#include "app/server/ServerCommands.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("supernova-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUPERNOVA_VERSION));
    return sn::server::cli::run(QCoreApplication::arguments().mid(1));
}
