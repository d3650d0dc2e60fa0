#pragma once

#include "core/common/Result.h"
#include "core/report/ReportDocument.h"
#include "ui/report/RenderOptions.h"

#include <QByteArray>

namespace sn::report {

// An Excel workbook through libxlsxwriter: a "Report" sheet (title, data
// date, fingerprint, sources, methodology) and one sheet per table, numbers
// stored as numbers with their format (percentages as fractions shown with
// %, money with thousands separators, dates as dates), heads frozen and
// filterable. The creation date is fixed (options, else the data's last day),
// so the same document gives the same bytes.
class XlsxRenderer
{
public:
    static Result<QByteArray> render(const Document &doc, const RenderOptions &options);

    // A valid, unique sheet name (at most 31 characters, none of []:*?/\).
    static std::string sheetName(const std::string &wanted, std::vector<std::string> &taken);
};

} // namespace sn::report
