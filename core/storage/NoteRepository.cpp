#include "core/storage/NoteRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlSupport.h"

namespace sn {

namespace {

const QString kColumns =
    QStringLiteral("id, workspace, target_entity, target_id, author, text, created_at, updated_at");

TeamNote noteFrom(const QSqlQuery &q)
{
    return TeamNote{q.value(0).toLongLong(), q.value(1).toString(),  q.value(2).toString(),
                    q.value(3).toString(),   q.value(4).toString(),  q.value(5).toString(),
                    q.value(6).toLongLong(), q.value(7).toLongLong()};
}

std::string where(qint64 id)
{
    return "note " + std::to_string(id);
}

} // namespace

Result<qint64> NoteRepository::insert(const TeamNote &note)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q =
        sql::run(*conn,
                 QStringLiteral("INSERT INTO team_notes (workspace, target_entity, target_id, author, text,"
                                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 {note.workspace, note.targetEntity, note.targetId, note.author, note.text, note.createdAt,
                  note.updatedAt},
                 "adding a note on '" + note.targetId.toStdString() + "'");
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::DatabaseError, "no id returned", "adding a note");
    return q->value(0).toLongLong();
}

Result<void> NoteRepository::update(const TeamNote &note)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto n = sql::change(
        *conn,
        QStringLiteral("UPDATE team_notes SET author = ?, text = ?, created_at = ?, updated_at = ?"
                       " WHERE id = ?"),
        {note.author, note.text, note.createdAt, note.updatedAt, note.id}, "changing " + where(note.id));
    if (!n)
        return n.error();
    if (*n == 0)
        return makeError(ErrorCode::NotFound, "no such note", where(note.id));
    return {};
}

Result<void> NoteRepository::remove(qint64 id)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto n = sql::change(*conn, QStringLiteral("DELETE FROM team_notes WHERE id = ?"), {id},
                         "removing " + where(id));
    if (!n)
        return n.error();
    if (*n == 0)
        return makeError(ErrorCode::NotFound, "no such note", where(id));
    return {};
}

Result<std::optional<TeamNote>> NoteRepository::find(qint64 id)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn,
                      QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM team_notes WHERE id = ?"),
                      {id}, "reading " + where(id));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<TeamNote>();
    return std::optional<TeamNote>(noteFrom(*q));
}

Result<std::vector<TeamNote>> NoteRepository::of(const QString &workspace, const QString &targetId)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn,
                      QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM team_notes WHERE workspace = ? AND target_id = ?"
                                         " ORDER BY created_at, id"),
                      {workspace, targetId}, "reading the notes on '" + targetId.toStdString() + "'");
    if (!q)
        return q.error();
    std::vector<TeamNote> out;
    while (q->next())
        out.push_back(noteFrom(*q));
    return out;
}

} // namespace sn
