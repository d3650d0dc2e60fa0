#include "app/cli/Command.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Reports draw PDF pages with QtGui, which needs a QGuiApplication; the
    // offscreen platform gives it fonts without a display.
    std::unique_ptr<QCoreApplication> app;
    if (sn::cli::commandNeedsGui(arguments)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("SuperNova"));
    QCoreApplication::setApplicationName(QStringLiteral("SuperNova"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUPERNOVA_VERSION));
    return sn::cli::run(QCoreApplication::arguments());
}
