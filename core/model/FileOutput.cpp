#include "core/model/FileOutput.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace sn {

namespace {

Error writeError(const QString &path, const QString &why)
{
    return makeError(ErrorCode::IoError, "cannot write: " + why.toStdString(), path.toStdString());
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
            return writeError(path, file.errorString());
        file.close();
        if (file.error() != QFileDevice::NoError)
            return writeError(path, file.errorString());
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return writeError(path, why);
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

} // namespace sn
