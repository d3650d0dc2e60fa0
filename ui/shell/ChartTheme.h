#pragma once

#include <QChart>
#include <QPalette>

namespace sn::ui {

// Qt Charts draws with its own theme, not the widget palette: pick the dark or
// light chart theme that matches the application's current palette, with the
// chart background following the window colour.
inline void applyChartTheme(QChart *chart, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::WindowText));
    chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
}

} // namespace sn::ui
