// libFuzzer target: the team server's INI configuration file
// (ServerConfig::load, QSettings' INI reader plus our value checks). The
// input is written to a private file and loaded; a refusal must name the key
// or file at fault. validate() is left out: it opens the certificate files
// the config names, which would let the fuzzer read /dev/zero.
//
// ServerConfig.cpp is compiled in directly: sn_server would bring the
// storage, WebSocket and SQL code this parser never calls.
#include "core/server/ServerConfig.h"

#include <QByteArray>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace {

// A new file name per input: QSettings caches what it read by path and may
// not notice a rewrite within the file system's time granularity.
QString nextConfigPath()
{
    static const auto dir = [] {
        auto d = std::make_unique<QTemporaryDir>();
        if (!d->isValid())
            __builtin_trap();
        return d;
    }();
    static quint64 counter = 0;
    return dir->filePath(QStringLiteral("server-%1.ini").arg(++counter));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // SUPERNOVA_SERVER_* variables win over the file: none may leak in from
    // the shell that runs the fuzzer.
    for (const QString &name : QProcessEnvironment::systemEnvironment().keys())
        if (name.startsWith(QLatin1String("SUPERNOVA_SERVER_")))
            qunsetenv(name.toLocal8Bit().constData());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = nextConfigPath();
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            __builtin_trap();
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    auto config = sn::server::ServerConfig::load(path);
    QFile::remove(path);
    if (!config.ok()) {
        if (config.error().message.empty() || config.error().context.empty())
            __builtin_trap(); // a refusal names the file and the key
        return 0;
    }
    // Every accepted number lies in the range the error messages promise
    // (written so that a NaN fails them too).
    if (!(config->messagesPerSecond >= 0.001 && config->messagesPerSecond <= 100000) ||
        !(config->messageBurst >= 1 && config->messageBurst <= 1000000) || config->loginFailures < 1 ||
        config->passwordCostLog2N < 10 || config->passwordCostLog2N > 20)
        __builtin_trap();
    return 0;
}
