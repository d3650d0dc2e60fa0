#include "ui/report/ReportRenderer.h"

#include "core/report/ReportFile.h"
#include "core/report/TableExport.h"
#include "ui/report/HtmlRenderer.h"
#include "ui/report/MarkdownRenderer.h"
#include "ui/report/PdfRenderer.h"
#include "ui/report/XlsxRenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace sn::report {

Result<OutputFormat> ReportRenderer::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("pdf"))
        return OutputFormat::Pdf;
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return OutputFormat::Html;
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return OutputFormat::Markdown;
    if (n == QLatin1String("xlsx"))
        return OutputFormat::Xlsx;
    if (n == QLatin1String("csv"))
        return OutputFormat::Csv;
    if (n == QLatin1String("json"))
        return OutputFormat::Json;
    return makeError(ErrorCode::InvalidArgument, "unknown report format '" + name.toStdString() +
                                                     "' (use pdf, html, md, xlsx, csv or json)");
}

QString ReportRenderer::extension(OutputFormat format)
{
    switch (format) {
    case OutputFormat::Pdf:
        return QStringLiteral("pdf");
    case OutputFormat::Html:
        return QStringLiteral("html");
    case OutputFormat::Markdown:
        return QStringLiteral("md");
    case OutputFormat::Xlsx:
        return QStringLiteral("xlsx");
    case OutputFormat::Csv:
        return QStringLiteral("csv");
    case OutputFormat::Json:
        return QStringLiteral("json");
    }
    return QStringLiteral("txt");
}

Result<QByteArray> ReportRenderer::render(const Document &doc, OutputFormat format,
                                          const RenderOptions &options)
{
    switch (format) {
    case OutputFormat::Pdf:
        return PdfRenderer::render(doc, options);
    case OutputFormat::Html:
        return HtmlRenderer::render(doc, options);
    case OutputFormat::Markdown:
        return MarkdownRenderer::render(doc, options);
    case OutputFormat::Xlsx:
        return XlsxRenderer::render(doc, options);
    case OutputFormat::Json: {
        // The stamp rides along so `report verify` reads JSON reports too.
        QJsonObject o = TableExport::documentJson(doc);
        o.insert(QStringLiteral("stamp"), QString::fromLatin1(ReportFile::stamp(doc)));
        return QJsonDocument(o).toJson(QJsonDocument::Indented);
    }
    case OutputFormat::Csv:
        break;
    }
    return makeError(ErrorCode::InvalidArgument,
                     "CSV is one file per table: write it with ReportRenderer::write");
}

Result<QStringList> ReportRenderer::write(const Document &doc, OutputFormat format, const QString &path,
                                          const RenderOptions &options, const std::string &tableId)
{
    if (path.isEmpty())
        return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::Reports", "no output file given"), {});
    if (format != OutputFormat::Csv) {
        auto bytes = render(doc, format, options);
        if (!bytes)
            return bytes.error();
        if (auto w = ReportFile::writeAtomically(path, bytes.value()); !w)
            return w.error();
        return QStringList{path};
    }
    const std::vector<const Table *> tables = doc.tables();
    if (!tableId.empty()) {
        for (const Table *t : tables)
            if (t->id == tableId) {
                if (auto w = ReportFile::writeAtomically(path, TableExport::csv(*t)); !w)
                    return w.error();
                return QStringList{path};
            }
        std::string known;
        for (const Table *t : tables)
            known += (known.empty() ? "" : ", ") + t->id;
        return makeError(ErrorCode::NotFound,
                         SN_TEXT("sn::Reports", "the report has no table '%1' (tables: %2)"),
                         {tableId, known});
    }
    QDir dir(path);
    if (QFileInfo(path).exists() && !QFileInfo(path).isDir())
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Reports",
                                 "CSV writes one file per table into a folder, and this is a file "
                                 "(or pick one table with --table)"),
                         {}, path.toStdString());
    if (!dir.exists() && !QDir().mkpath(path))
        return makeError(ErrorCode::IoError, SN_TEXT("sn::Reports", "cannot create the folder"), {},
                         path.toStdString());
    // Each file is written atomically; a failure or a cancel part-way also
    // removes the files this write created, so the folder never holds half
    // a report. (A file that was there before and has been replaced stays
    // replaced: there is no old copy to bring back.)
    QStringList written;
    QStringList created;
    auto takeBack = [&created](Error error) {
        for (const QString &file : std::as_const(created))
            QFile::remove(file);
        return error;
    };
    for (const Table *t : tables) {
        if (options.cancelled())
            return takeBack(
                makeError(ErrorCode::Cancelled, SN_TEXT("sn::Reports", "report rendering cancelled"), {}));
        const QString file =
            dir.filePath(QString::fromStdString(TableExport::safeName(t->id)) + QStringLiteral(".csv"));
        const bool existed = QFileInfo::exists(file);
        if (auto w = ReportFile::writeAtomically(file, TableExport::csv(*t)); !w)
            return takeBack(w.error());
        written << file;
        if (!existed)
            created << file;
    }
    return written;
}

} // namespace sn::report
