#pragma once

#include "core/common/Result.h"
#include "core/model/TeamNote.h"

#include <QString>
#include <optional>
#include <vector>

namespace sn {

class Database;

// The team_notes table. Each call runs on the calling thread's connection,
// so inside a transaction it is part of it.
class NoteRepository
{
public:
    explicit NoteRepository(const Database &db) : m_db(db) {}

    Result<qint64> insert(const TeamNote &note);
    // Replaces text, author and times of note `note.id` (NotFound when gone).
    Result<void> update(const TeamNote &note);
    Result<void> remove(qint64 id);
    Result<std::optional<TeamNote>> find(qint64 id);
    // The notes of one item, oldest first.
    Result<std::vector<TeamNote>> of(const QString &workspace, const QString &targetId);

private:
    const Database &m_db;
};

} // namespace sn
