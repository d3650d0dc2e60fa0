#include "core/report/ReportFile.h"

#include "core/model/FileOutput.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <minizip/unzip.h>

namespace sn::report {

namespace {

constexpr char kMarker[] = "supernova-report-stamp:";

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

QByteArray ReportFile::stamp(const Document &doc)
{
    QJsonArray recipe;
    for (const std::string &a : doc.recipe)
        recipe.append(qs(a));
    const QJsonObject o{{QStringLiteral("kind"), qs(doc.kind)},
                        {QStringLiteral("sha256"), qs(doc.fingerprint.sha256)},
                        {QStringLiteral("app_version"), qs(doc.fingerprint.appVersion)},
                        {QStringLiteral("recipe"), recipe}};
    return QByteArray(kMarker) + QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64();
}

Result<Stamp> ReportFile::readStamp(const QByteArray &bytes, const std::string &where)
{
    const qsizetype at = bytes.indexOf(kMarker);
    if (at < 0)
        return makeError(ErrorCode::NotFound,
                         "no SuperNova report stamp found (verify reads reports written as PDF, HTML, "
                         "Markdown, XLSX or JSON)",
                         where);
    qsizetype end = at + qsizetype(sizeof kMarker - 1);
    const qsizetype begin = end;
    auto isBase64 = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
               c == '/' || c == '=';
    };
    while (end < bytes.size() && isBase64(bytes[end]))
        ++end;
    QJsonParseError error{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromBase64(bytes.mid(begin, end - begin)), &error);
    if (!doc.isObject())
        return makeError(ErrorCode::ParseError,
                         "the report stamp is damaged: " + error.errorString().toStdString(), where);
    const QJsonObject o = doc.object();
    Stamp s;
    s.kind = o.value(QStringLiteral("kind")).toString().toStdString();
    s.sha256 = o.value(QStringLiteral("sha256")).toString().toStdString();
    s.appVersion = o.value(QStringLiteral("app_version")).toString().toStdString();
    for (const QJsonValue &v : o.value(QStringLiteral("recipe")).toArray())
        s.recipe.push_back(v.toString().toStdString());
    if (s.kind.empty() || s.sha256.size() != 64)
        return makeError(ErrorCode::ParseError, "the report stamp is damaged: no kind or fingerprint", where);
    return s;
}

namespace {

// The parts of a zip archive (an XLSX workbook) inflated and joined, so the
// stamp, which the workbook holds in a compressed part, can be searched for.
// Only XML parts are read, each up to a cap, so a hostile archive cannot make
// verify inflate gigabytes.
Result<QByteArray> zipTextParts(const QString &path)
{
    constexpr uLong kPartCap = 64u << 20;
    const QByteArray name = QFile::encodeName(path);
    unzFile zip = unzOpen64(name.constData());
    if (!zip)
        return makeError(ErrorCode::ParseError,
                         "starts like a zip archive (XLSX) but cannot be opened as one", path.toStdString());
    QByteArray joined;
    int step = unzGoToFirstFile(zip);
    while (step == UNZ_OK) {
        char entry[512] = {};
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(zip, &info, entry, sizeof entry, nullptr, 0, nullptr, 0) == UNZ_OK &&
            QByteArray(entry).endsWith(".xml") && info.uncompressed_size <= kPartCap &&
            unzOpenCurrentFile(zip) == UNZ_OK) {
            QByteArray part(qsizetype(info.uncompressed_size), Qt::Uninitialized);
            const int read = unzReadCurrentFile(zip, part.data(), unsigned(part.size()));
            const int closed = unzCloseCurrentFile(zip);
            if (read < 0 || closed != UNZ_OK) {
                unzClose(zip);
                return makeError(ErrorCode::ParseError,
                                 std::string("the zip archive (XLSX) is damaged in its part '") + entry + "'",
                                 path.toStdString());
            }
            part.truncate(read);
            joined += part;
            joined += '\n';
        }
        step = unzGoToNextFile(zip);
    }
    unzClose(zip);
    if (step != UNZ_END_OF_LIST_OF_FILE)
        return makeError(ErrorCode::ParseError,
                         "the zip archive (XLSX) is damaged: its directory cannot be read",
                         path.toStdString());
    return joined;
}

} // namespace

Result<Stamp> ReportFile::readStamp(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::IoError, "cannot read: " + file.errorString().toStdString(),
                         path.toStdString());
    const QByteArray bytes = file.readAll();
    if (bytes.startsWith("PK\x03\x04")) {
        auto parts = zipTextParts(path);
        if (!parts)
            return parts.error();
        return readStamp(parts.value(), path.toStdString());
    }
    return readStamp(bytes, path.toStdString());
}

Result<void> ReportFile::writeAtomically(const QString &path, const QByteArray &bytes)
{
    return writeFileAtomically(path, bytes);
}

} // namespace sn::report
