#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QMainWindow;
class QWidget;

namespace sn::ui {

// Every keyboard shortcut the window's actions carry, read from the live
// actions so the Help list and the duplicate check in tests cannot drift
// from what the keys really do.
struct ShortcutEntry
{
    QAction *action = nullptr;
    QString text;  // the action's text without mnemonics
    QString where; // a menu ("File") or the area that owns a widget-scoped action
    QList<QKeySequence> keys;
};

// Actions with at least one key. With `visibleOnly`, only those live now
// (an area's edit actions are visible while the area is shown).
QList<ShortcutEntry> shortcutsOf(const QMainWindow &window, bool visibleOnly);

// Help > Keyboard shortcuts: one table over every area, sorted by place.
void showShortcutList(QMainWindow *window);

} // namespace sn::ui
