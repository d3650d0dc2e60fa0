#include "ui/shell/ChartPaletteFollower.h"

#include "ui/shell/ChartTheme.h"

#include <QChartView>
#include <QEvent>
#include <QGuiApplication>

namespace sn::ui {

ChartPaletteFollower::ChartPaletteFollower(QChartView *view, Recolour recolour)
    : QObject(view), m_view(view), m_recolour(std::move(recolour))
{
}

void ChartPaletteFollower::follow(QChartView *view, Recolour recolour)
{
    auto *follower = new ChartPaletteFollower(view, std::move(recolour));
    view->installEventFilter(follower);
    follower->apply();
}

bool ChartPaletteFollower::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view &&
        (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange))
        apply();
    return QObject::eventFilter(watched, event);
}

void ChartPaletteFollower::apply()
{
    // Re-theming may itself post palette events to the view: one pass at a time.
    if (m_applying || !m_view->chart())
        return;
    m_applying = true;
    applyChartTheme(m_view->chart(), QGuiApplication::palette());
    if (m_recolour)
        m_recolour(m_view->chart());
    m_applying = false;
}

} // namespace sn::ui
