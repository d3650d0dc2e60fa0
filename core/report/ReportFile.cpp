#include "core/report/ReportFile.h"

#include "core/model/FileOutput.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
                         "no SuperNova report stamp found (verify reads reports written as PDF, HTML, Markdown or JSON)",
                         where);
    qsizetype end = at + qsizetype(sizeof kMarker - 1);
    const qsizetype begin = end;
    auto isBase64 = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
            || c == '=';
    };
    while (end < bytes.size() && isBase64(bytes[end]))
        ++end;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromBase64(bytes.mid(begin, end - begin)), &error);
    if (!doc.isObject())
        return makeError(ErrorCode::ParseError, "the report stamp is damaged: " + error.errorString().toStdString(), where);
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

Result<Stamp> ReportFile::readStamp(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::IoError, "cannot read: " + file.errorString().toStdString(), path.toStdString());
    return readStamp(file.readAll(), path.toStdString());
}

Result<void> ReportFile::writeAtomically(const QString &path, const QByteArray &bytes)
{
    return writeFileAtomically(path, bytes);
}

} // namespace sn::report
