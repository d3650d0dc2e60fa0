#pragma once

#include "core/common/Result.h"
#include "core/report/ReportDocument.h"
#include "ui/report/RenderOptions.h"

#include <QByteArray>
#include <QDateTime>
#include <QPageSize>

class QPagedPaintDevice;

namespace sn::report {

// A4 or Letter PDF drawn with QPainter on QPdfWriter: vector charts (the same
// layout as the HTML's SVG), tables that continue on the next page with their
// head repeated, a header with the company, logo, title and data date on
// every page, "Page n of m" in the footer, and a contents page when the
// report is long. The creation date is the one given (or now), and the rest
// of the file depends only on the document, so two renders with the same
// date are byte-identical. Needs a QGuiApplication (the CLI makes an
// offscreen one).
class PdfRenderer
{
public:
    static Result<QByteArray> render(const Document &doc, const RenderOptions &options);

    // The same pages on any paged device: a QPrinter for File > Print and
    // the print preview (the device's page size and resolution are used as
    // set; give it zero margins or a full page).
    static Result<void> paint(const Document &doc, const RenderOptions &options, QPagedPaintDevice &device);
    static QPageSize pageSizeOf(PageFormat format);

    // Sets the Info dictionary's /CreationDate of a PDF written by Qt to
    // `when` (UTC) without changing the file's length, so its cross-reference
    // offsets stay valid. Errors: no creation date found.
    static Result<void> setCreationDate(QByteArray &pdf, const QDateTime &when);
};

} // namespace sn::report
