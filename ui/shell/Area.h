#pragma once

#include "core/common/Result.h"
#include "core/report/ReportDocument.h"

#include <QIcon>
#include <QList>
#include <QWidget>
#include <functional>

class QAction;
class QUndoStack;

namespace sn::ui {

// What File > Export report... and File > Print... make of an area: `build`
// makes the report document of what the area shows now. It runs on a worker
// thread, so it holds copies (or shared pointers) of all it reads, never the
// area itself. Without `build`, `whyNot` says why there is nothing to report
// (the disabled menu entries show it as their tooltip).
struct AreaReport
{
    QString title; // the job's title while it builds
    std::function<Result<report::Document>()> build;
    QString whyNot;
};

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
    // The report of what the area shows now (see AreaReport).
    virtual AreaReport report() const
    {
        return {{},
                {},
                tr("This area has no report: reports come from the Portfolio, Risk, Backtest lab and Advisor "
                   "areas.")};
    }

Q_SIGNALS:
    // What report() returns has changed (a run finished, another tab is shown, ...).
    void reportChanged();
};

} // namespace sn::ui
