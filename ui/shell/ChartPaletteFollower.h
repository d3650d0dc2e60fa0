#pragma once

#include <QObject>
#include <functional>

class QChart;
class QChartView;

namespace sn::ui {

// Keeps a chart view in the application's theme: applies the chart theme that
// matches the palette now and again on every palette change (Preferences >
// Theme). A theme resets the series' colours, so `recolour` puts back the ones
// the view chose. Owned by the view.
class ChartPaletteFollower : public QObject
{
    Q_OBJECT
public:
    using Recolour = std::function<void(QChart *)>;
    static void follow(QChartView *view, Recolour recolour = {});

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ChartPaletteFollower(QChartView *view, Recolour recolour);
    void apply();

    QChartView *m_view;
    Recolour m_recolour;
    bool m_applying = false;
};

} // namespace sn::ui
