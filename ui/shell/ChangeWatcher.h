#pragma once

#include "core/workspace/Change.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <initializer_list>
#include <vector>

namespace sn {
class Workspace;
}

namespace sn::ui {

// How a view learns of committed changes to what it shows, wherever they
// were made (another area, a dialog, the CLI's writes through a shared
// service, later team sync). Changes to the watched entities are collected
// and handed over once per burst on the GUI thread, so an import of many
// symbols or a rebalance of many lines reloads a view once, not per line.
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const ChangeSet &changes)>;

    // `owner` is the view; the watcher is its child. An empty `entities`
    // watches everything.
    ChangeWatcher(const Workspace &workspace, std::initializer_list<Change::Entity> entities, QObject *owner,
                  Handler handler);

    // Changes to watched entities received and not yet handed over.
    const ChangeSet &pending() const { return m_pending; }

private:
    void receive(const ChangeSet &changes);
    void deliver();

    std::vector<Change::Entity> m_entities;
    Handler m_handler;
    ChangeSet m_pending;
    QTimer m_burst;
};

} // namespace sn::ui
