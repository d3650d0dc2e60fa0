#pragma once

#include "core/report/ReportDocument.h"
#include "ui/report/ChartCanvas.h"

#include <QRectF>

namespace sn::report {

// Lays out one report chart (axes with readable ticks, legend, series
// decimated to the plot width, bands, bars, heatmap cells) and draws it
// through a ChartCanvas. All sizes are in points.
class ChartPainter
{
public:
    // The height a chart wants at `width` (heatmaps grow with their rows).
    static double preferredHeight(const Chart &chart, double width);
    static void draw(const Chart &chart, ChartCanvas &canvas, const QRectF &area);
    // Whether the chart has anything to draw; an empty one gets a plain note.
    static bool hasData(const Chart &chart);
};

} // namespace sn::report
