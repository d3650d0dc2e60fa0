#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace sn {

// One committed change to what the analyst owns or saves, as services
// announce it after the transaction that made it has committed. Views
// refresh from these, and team sync (later) writes its outbox from the
// same announcements, so a view cannot tell a local change from a remote one.
struct Change
{
    enum class Entity
    {
        Portfolio,    // id = portfolio id, key = its name
        Transaction,  // id = transaction id, owner = portfolio id
        Watchlist,    // id = watchlist id, key = its name
        BacktestRun,  // id = run id, key = its name
        Setting,      // key = the setting's key
        Conversation, // id = conversation id
        Instrument,   // id = instrument id, key = its symbol
        Bars,         // owner = instrument id, key = symbol, detail = interval
        Rule,         // id = rule id, key = its name, detail = the version saved ("3")
        News,         // news items stored: key = the symbols touched ("AAPL,MSFT"), detail = items added
        Everything,   // the whole workspace was replaced (sample data reset or removed)
    };
    enum class Kind
    {
        Created,
        Updated,
        Removed
    };

    Entity entity = Entity::Everything;
    Kind kind = Kind::Updated;
    qint64 id = 0;
    qint64 owner = 0;
    QString key;
    QString detail;

    bool operator==(const Change &) const = default;
};

using ChangeSet = QList<Change>;

const char *entityName(Change::Entity entity);
const char *changeKindName(Change::Kind kind);

// True when `changes` holds any change to one of `entities` (or Everything).
bool touches(const ChangeSet &changes, std::initializer_list<Change::Entity> entities);

// Where services announce committed changes. One per Workspace; it lives on
// the thread that made the workspace (the GUI thread in the desktop app) and
// may be announced to from any thread: receivers in other threads get the
// signal queued, in commit order.
class ChangeHub : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Emits changed() unless `changes` is empty.
    void announce(const ChangeSet &changes);

signals:
    void changed(const sn::ChangeSet &changes);
};

} // namespace sn

Q_DECLARE_METATYPE(sn::Change)
Q_DECLARE_METATYPE(sn::ChangeSet)
