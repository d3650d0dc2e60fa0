#include "ui/shell/ChangeWatcher.h"

#include "core/workspace/Workspace.h"

#include <algorithm>
#include <utility>

namespace sn::ui {

ChangeWatcher::ChangeWatcher(const Workspace &workspace, std::initializer_list<Change::Entity> entities,
                             QObject *owner, Handler handler)
    : QObject(owner), m_entities(entities), m_handler(std::move(handler))
{
    m_burst.setSingleShot(true);
    // Announcements made in one go (a job's writes) arrive as queued events
    // close together; one short delay folds them into one reload.
    m_burst.setInterval(30);
    connect(&m_burst, &QTimer::timeout, this, &ChangeWatcher::deliver);
    // Queued: announcements may come from a job's thread, and a view must
    // never reload in the middle of the call that announced.
    connect(&workspace.changes(), &ChangeHub::changed, this, &ChangeWatcher::receive, Qt::QueuedConnection);
}

void ChangeWatcher::receive(const ChangeSet &changes)
{
    for (const Change &c : changes) {
        const bool watched = m_entities.empty() || c.entity == Change::Entity::Everything ||
                             std::find(m_entities.begin(), m_entities.end(), c.entity) != m_entities.end();
        if (watched)
            m_pending.append(c);
    }
    if (!m_pending.isEmpty() && !m_burst.isActive())
        m_burst.start();
}

void ChangeWatcher::deliver()
{
    const ChangeSet changes = std::exchange(m_pending, {});
    if (!changes.isEmpty() && m_handler)
        m_handler(changes);
}

} // namespace sn::ui
