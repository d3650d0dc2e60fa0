#pragma once

#include "core/common/Result.h"
#include "core/report/ReportDocument.h"
#include "ui/report/RenderOptions.h"

#include <QByteArray>

namespace sn::report {

// One self-contained HTML file: styles and charts (inline SVG) inside, no
// script, no outside resource; light, dark or the reader's system theme;
// print styles that keep charts and table rows whole and repeat table heads.
// The same document gives the same bytes.
class HtmlRenderer
{
public:
    static Result<QByteArray> render(const Document &doc, const RenderOptions &options);
};

} // namespace sn::report
