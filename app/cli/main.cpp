#include "app/cli/Command.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SuperNova"));
    QCoreApplication::setApplicationName(QStringLiteral("SuperNova"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUPERNOVA_VERSION));
    return sn::cli::run(QCoreApplication::arguments());
}
