#pragma once

#include <QIcon>
#include <QList>
#include <QWidget>

class QAction;

namespace sn::ui {

// One area of the main window (Market data, Portfolio, ...). Each area owns
// its widgets, models and actions; the main window only arranges areas and
// puts their actions in its menus.
class Area : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString areaId() const = 0; // stable, used to remember the current area
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // Actions for the main window's menus (they keep their shortcuts).
    virtual QList<QAction *> fileActions() const { return {}; }
    // Reload what the area shows from the database (F5).
    virtual void refresh() {}
};

} // namespace sn::ui
