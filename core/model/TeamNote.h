#pragma once

#include <QString>
#include <QtGlobal>

namespace sn {

// A note on an item shared with a team: `targetId` is the item's server
// entity id, the same in every database of the team, so a note from a
// teammate finds its item without knowing a local id.
struct TeamNote
{
    qint64 id = 0;
    QString workspace;
    QString targetEntity; // "portfolio", "watchlist" or "backtest_run"
    QString targetId;
    QString author;
    QString text;
    qint64 createdAt = 0; // UTC epoch ms
    qint64 updatedAt = 0;
};

} // namespace sn
