#include "core/workspace/Change.h"

#include <algorithm>

namespace sn {

const char *entityName(Change::Entity entity)
{
    switch (entity) {
    case Change::Entity::Portfolio:
        return "portfolio";
    case Change::Entity::Transaction:
        return "transaction";
    case Change::Entity::Watchlist:
        return "watchlist";
    case Change::Entity::BacktestRun:
        return "backtest_run";
    case Change::Entity::Setting:
        return "setting";
    case Change::Entity::Conversation:
        return "conversation";
    case Change::Entity::Instrument:
        return "instrument";
    case Change::Entity::Bars:
        return "bars";
    case Change::Entity::Rule:
        return "rule";
    case Change::Entity::News:
        return "news";
    case Change::Entity::Everything:
        return "everything";
    }
    return "unknown";
}

const char *changeKindName(Change::Kind kind)
{
    switch (kind) {
    case Change::Kind::Created:
        return "created";
    case Change::Kind::Updated:
        return "updated";
    case Change::Kind::Removed:
        return "removed";
    }
    return "unknown";
}

bool touches(const ChangeSet &changes, std::initializer_list<Change::Entity> entities)
{
    return std::any_of(changes.begin(), changes.end(), [&](const Change &c) {
        return c.entity == Change::Entity::Everything ||
               std::find(entities.begin(), entities.end(), c.entity) != entities.end();
    });
}

void ChangeHub::announce(const ChangeSet &changes)
{
    if (!changes.isEmpty())
        emit changed(changes);
}

} // namespace sn
