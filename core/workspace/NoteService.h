#pragma once

#include "core/common/Result.h"
#include "core/model/TeamNote.h"

#include <QString>
#include <vector>

namespace sn {

class Workspace;

// Notes and comments on an item shared with the team (a portfolio, a
// watchlist, a saved run), for the notes panel and the CLI. A note is always
// shared: adding or editing one queues it for the team in the same
// transaction (syncjournal::recordNote). The author is the analyst signed in
// to the team (the sync settings' user); only the author edits a note.
// Changes are announced as an update of the item, detail "note", so a view
// that shows the item (and its notes panel) refreshes; Change has no entity
// of its own for notes.
class NoteService
{
public:
    explicit NoteService(const Workspace &workspace);

    // The user new notes are written as; an error saying how to sign in
    // when no team server is set up.
    Result<QString> author() const;
    // Notes on one item (`entity` as on the wire, its local id), oldest
    // first; empty when the item is not shared.
    Result<std::vector<TeamNote>> notesOn(const QString &entity, qint64 localId) const;
    Result<qint64> add(const QString &entity, qint64 localId, const QString &text) const;
    Result<void> edit(qint64 noteId, const QString &text) const;

    // The longest note, in characters.
    static constexpr int kMaxText = 4000;

private:
    const Workspace &m_workspace;
};

} // namespace sn
