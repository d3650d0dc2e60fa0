#pragma once

#include "core/common/Result.h"
#include "core/report/ReportDocument.h"
#include "ui/report/RenderOptions.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sn::report {

// The one entry point the desktop and the CLI use: a format by name, the
// bytes of a document in that format, and writing them without ever leaving
// a half-written file.
class ReportRenderer
{
public:
    // "pdf", "html", "md" (or "markdown"), "xlsx", "csv", "json".
    static Result<OutputFormat> formatFromName(const QString &name);
    static QString extension(OutputFormat format);

    // Every format but CSV (which is one file per table: see write).
    static Result<QByteArray> render(const Document &doc, OutputFormat format, const RenderOptions &options);

    // Renders, then writes through a temporary file renamed over `path`.
    // CSV: with `tableId` the one table to the file `path`; without, every
    // table to `path` as a folder (created when missing), one <id>.csv each.
    // Returns the files written. Errors name the path or the unknown table.
    static Result<QStringList> write(const Document &doc, OutputFormat format, const QString &path,
                                     const RenderOptions &options, const std::string &tableId = {});
};

} // namespace sn::report
