#include "app/cli/Command.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHashFunctions>
#include <memory>
#include <unistd.h>

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Reports draw PDF pages with QtGui, which needs a QGuiApplication; the
    // offscreen platform gives it fonts without a display.
    std::unique_ptr<QCoreApplication> app;
    if (sn::cli::commandNeedsGui(arguments)) {
        // Qt's PDF writer emits fonts in QHash order; with the per-process
        // random seed two runs would order them differently, and the same
        // report would not give the same bytes. Must precede any QHash.
        QHashSeed::setDeterministicGlobalSeed();
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // QtGui wants a runtime folder and warns on stderr when there is none
        // (cron, containers); give it the private one it would pick anyway.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime =
                QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(getuid());
            if (QDir().mkpath(runtime))
                QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                   QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("SuperNova"));
    QCoreApplication::setApplicationName(QStringLiteral("SuperNova"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUPERNOVA_VERSION));
    return sn::cli::run(QCoreApplication::arguments());
}
