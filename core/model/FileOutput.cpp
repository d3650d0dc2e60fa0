#include "core/model/FileOutput.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

namespace sn {

namespace {

// "cannot write: why" at `path`, `why` being the system's own words (which
// stay as the system gives them).
Error writeError(const QString &path, const QString &why)
{
    return Error(ErrorCode::IoError, SN_TEXT("sn::FileOutput", "cannot write: %1"), {why.toStdString()},
                 path.toStdString());
}

// Why `file` took fewer than `wanted` bytes, as a whole "cannot write" error.
// A short write can come back with no errno at all ("Unknown error"); a disk
// without room then says so.
Error shortWriteError(const QString &path, const QFileDevice &file, qint64 wanted)
{
    if (file.error() != QFileDevice::NoError && file.errorString() != QLatin1String("Unknown error"))
        return writeError(path, file.errorString());
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    if (disk.isValid() && disk.bytesAvailable() < wanted)
        return Error(
            ErrorCode::IoError,
            SN_TEXT("sn::FileOutput",
                    "cannot write: No space left on device (%1 bytes free on %2, %3 needed)"),
            {std::to_string(disk.bytesAvailable()), disk.rootPath().toStdString(), std::to_string(wanted)},
            path.toStdString());
    return Error(ErrorCode::IoError,
                 SN_TEXT("sn::FileOutput", "cannot write: only part of the %1 bytes could be written"),
                 {std::to_string(wanted)}, path.toStdString());
}

} // namespace

Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty())
        return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::FileOutput", "no file name given"), {})
            .at(SN_TEXT("sn::FileOutput", "path"), {});
    const QFileInfo info(path); // follows symlinks: a link to a device is a device
    if (info.exists() && !info.isFile() && !info.isDir()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return writeError(path, file.errorString());
        if (file.write(bytes) != bytes.size())
            return shortWriteError(path, file, bytes.size());
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
        Error why = shortWriteError(path, file, bytes.size());
        file.cancelWriting();
        return why;
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

} // namespace sn
