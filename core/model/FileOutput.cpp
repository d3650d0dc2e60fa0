#include "core/model/FileOutput.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

namespace sn {

namespace {

Error writeError(const QString &path, const QString &why)
{
    return makeError(ErrorCode::IoError, "cannot write: " + why.toStdString(), path.toStdString());
}

// Why `file` took fewer than `wanted` bytes. A short write can come back with
// no errno at all ("Unknown error"); a disk without room then says so.
QString shortWriteReason(const QString &path, const QFileDevice &file, qint64 wanted)
{
    if (file.error() != QFileDevice::NoError && file.errorString() != QLatin1String("Unknown error"))
        return file.errorString();
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    if (disk.isValid() && disk.bytesAvailable() < wanted)
        return QStringLiteral("No space left on device (%1 bytes free on %2, %3 needed)")
            .arg(disk.bytesAvailable())
            .arg(disk.rootPath())
            .arg(wanted);
    return QStringLiteral("only part of the %1 bytes could be written").arg(wanted);
}

} // namespace

Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty())
        return makeError(ErrorCode::InvalidArgument, "no file name given", "path");
    const QFileInfo info(path); // follows symlinks: a link to a device is a device
    if (info.exists() && !info.isFile() && !info.isDir()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return writeError(path, file.errorString());
        if (file.write(bytes) != bytes.size())
            return writeError(path, shortWriteReason(path, file, bytes.size()));
        file.close();
        if (file.error() != QFileDevice::NoError)
            return writeError(path, file.errorString());
        return {};
    }
    QSaveFile file(path);
    // Unbuffered: a buffered QSaveFile writes small files only in commit(),
    // whose flush error Qt 6.4 drops, committing an empty file on a full disk.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return writeError(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString why = shortWriteReason(path, file, bytes.size());
        file.cancelWriting();
        return writeError(path, why);
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

} // namespace sn
