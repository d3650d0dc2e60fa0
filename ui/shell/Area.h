#pragma once

#include <QIcon>
#include <QList>
#include <QWidget>

class QAction;
class QUndoStack;

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
    // Actions for the Edit menu while this area is shown.
    virtual QList<QAction *> editActions() const { return {}; }
    // The area's undo history; the Edit menu's Undo/Redo follow the shown area's.
    virtual QUndoStack *undoStack() const { return nullptr; }
    // Reload what the area shows from the database (F5).
    virtual void refresh() {}
};

} // namespace sn::ui
