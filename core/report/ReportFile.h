#pragma once

#include "core/common/Result.h"
#include "core/report/ReportDocument.h"

#include <QByteArray>
#include <QString>
#include <string>
#include <vector>

namespace sn::report {

// What a rendered report carries so `report verify` can rebuild it: its kind,
// fingerprint and recipe, as one token "supernova-report-stamp:<base64 JSON>"
// that HTML (a meta tag), Markdown (a comment), PDF (its XMP metadata) and
// JSON hold verbatim, so one reader finds it in every format.
struct Stamp
{
    std::string kind;
    std::string sha256;
    std::string appVersion;
    std::vector<std::string> recipe;
};

class ReportFile
{
public:
    static QByteArray stamp(const Document &doc);
    // Finds the stamp in a file's bytes. Errors: no stamp (not a SuperNova
    // report, or a format that compresses it such as XLSX), a damaged stamp.
    static Result<Stamp> readStamp(const QByteArray &bytes, const std::string &where);
    static Result<Stamp> readStamp(const QString &path);

    // Writes through a temporary file in the same folder and renames it over
    // `path`, so a failure never leaves a half-written report. Errors name
    // the path.
    static Result<void> writeAtomically(const QString &path, const QByteArray &bytes);
};

} // namespace sn::report
