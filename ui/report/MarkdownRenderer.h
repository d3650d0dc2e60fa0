#pragma once

#include "core/common/Result.h"
#include "core/report/ReportDocument.h"
#include "ui/report/RenderOptions.h"

#include <QByteArray>

namespace sn::report {

// GitHub-flavoured Markdown: headings, pipe tables (numbers right-aligned),
// notes as quotes; a chart becomes a line that says what it shows and where
// its data is (Markdown has no vector graphics). Same document, same bytes.
class MarkdownRenderer
{
public:
    static Result<QByteArray> render(const Document &doc, const RenderOptions &options);
};

} // namespace sn::report
