#include "core/workspace/NoteService.h"

#include "core/common/Time.h"
#include "core/storage/Database.h"
#include "core/storage/NoteRepository.h"
#include "core/storage/SyncRepository.h"
#include "core/workspace/SyncJournal.h"
#include "core/workspace/SyncSettings.h"
#include "core/workspace/Workspace.h"

#include <fmt/format.h>

namespace sn {

namespace {

Error noteError(ErrorCode code, TextKey text, std::initializer_list<std::string_view> args,
                const char *field = "")
{
    return Error(code, text, args, "note", field).at(SN_TEXT("sn::Notes", "note"), {});
}

Result<QString> checkText(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return noteError(ErrorCode::InvalidArgument, SN_TEXT("sn::Notes", "a note needs some text"), {},
                         "text");
    if (t.size() > NoteService::kMaxText)
        return noteError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Notes", "a note has at most %1 characters (this one has %2)"),
                         {fmt::format("{}", NoteService::kMaxText), fmt::format("{}", t.size())}, "text");
    return t;
}

Change::Entity changeEntity(const QString &entity)
{
    if (entity == QLatin1String(syncjournal::kWatchlist))
        return Change::Entity::Watchlist;
    if (entity == QLatin1String(syncjournal::kBacktestRun))
        return Change::Entity::BacktestRun;
    return Change::Entity::Portfolio;
}

bool noteTarget(const QString &entity)
{
    return entity == QLatin1String(syncjournal::kPortfolio) ||
           entity == QLatin1String(syncjournal::kWatchlist) ||
           entity == QLatin1String(syncjournal::kBacktestRun);
}

} // namespace

NoteService::NoteService(const Workspace &workspace) : m_workspace(workspace) {}

Result<QString> NoteService::author() const
{
    auto c = readSyncConnection(m_workspace);
    if (!c)
        return c.error();
    if (c->user.isEmpty())
        return noteError(ErrorCode::NotFound,
                         SN_TEXT("sn::Notes",
                                 "notes are signed with your team user: sign in to a team server "
                                 "first (Preferences > Team, or 'supernova-cli sync login')"),
                         {});
    return c->user;
}

Result<std::vector<TeamNote>> NoteService::notesOn(const QString &entity, qint64 localId) const
{
    const Database &db = m_workspace.database();
    auto shared = SyncRepository(db).sharedByLocal(entity, localId);
    if (!shared)
        return shared.error();
    if (!*shared)
        return std::vector<TeamNote>{};
    return NoteRepository(db).of((*shared)->workspace, (*shared)->entityId);
}

Result<qint64> NoteService::add(const QString &entity, qint64 localId, const QString &text) const
{
    if (!noteTarget(entity))
        return noteError(
            ErrorCode::InvalidArgument,
            SN_TEXT("sn::Notes", "notes are on a portfolio, a watchlist or a saved run, not on '%1'"),
            {entity.toStdString()}, "entity");
    auto body = checkText(text);
    if (!body)
        return body.error();
    auto who = author();
    if (!who)
        return who.error();
    const Database &db = m_workspace.database();
    qint64 id = 0;
    auto done = db.transaction([&](QSqlDatabase &) -> Result<void> {
        auto shared = SyncRepository(db).sharedByLocal(entity, localId);
        if (!shared)
            return shared.error();
        if (!*shared) {
            // One sentence per item kind (noteTarget allows these three), so each reads whole.
            if (entity == QLatin1String(syncjournal::kBacktestRun))
                return noteError(ErrorCode::InvalidArgument,
                                 SN_TEXT("sn::Notes",
                                         "notes are for items shared with the team: share this "
                                         "saved run first (Share with team..., or 'supernova-cli "
                                         "sync share')"),
                                 {});
            if (entity == QLatin1String(syncjournal::kPortfolio))
                return noteError(ErrorCode::InvalidArgument,
                                 SN_TEXT("sn::Notes",
                                         "notes are for items shared with the team: share this "
                                         "portfolio first (Share with team..., or 'supernova-cli "
                                         "sync share')"),
                                 {});
            return noteError(ErrorCode::InvalidArgument,
                             SN_TEXT("sn::Notes",
                                     "notes are for items shared with the team: share this "
                                     "watchlist first (Share with team..., or 'supernova-cli sync "
                                     "share')"),
                             {});
        }
        const qint64 now = nowMs();
        auto inserted = NoteRepository(db).insert(
            TeamNote{0, (*shared)->workspace, entity, (*shared)->entityId, *who, *body, now, now});
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return syncjournal::recordNote(db, id);
    });
    if (!done)
        return done.error();
    m_workspace.changes().announce(
        {Change{changeEntity(entity), Change::Kind::Updated, localId, 0, {}, QStringLiteral("note")}});
    return id;
}

Result<void> NoteService::edit(qint64 noteId, const QString &text) const
{
    auto body = checkText(text);
    if (!body)
        return body.error();
    auto who = author();
    if (!who)
        return who.error();
    const Database &db = m_workspace.database();
    qint64 targetLocal = 0;
    QString targetEntity;
    auto done = db.transaction([&](QSqlDatabase &) -> Result<void> {
        NoteRepository notes(db);
        auto note = notes.find(noteId);
        if (!note)
            return note.error();
        if (!*note)
            return noteError(ErrorCode::NotFound, SN_TEXT("sn::Notes", "no note %1 (removed meanwhile?)"),
                             {fmt::format("{}", noteId)});
        TeamNote n = **note;
        if (n.author != *who)
            return noteError(ErrorCode::AccessDenied,
                             SN_TEXT("sn::Notes", "only its author (%1) can edit this note"),
                             {n.author.toStdString()});
        n.text = *body;
        n.updatedAt = nowMs();
        if (auto r = notes.update(n); !r)
            return r;
        targetEntity = n.targetEntity;
        auto target = SyncRepository(db).sharedByEntity(n.workspace, n.targetId);
        if (!target)
            return target.error();
        targetLocal = *target ? (*target)->localId : 0;
        return syncjournal::recordNote(db, noteId);
    });
    if (!done)
        return done;
    m_workspace.changes().announce({Change{
        changeEntity(targetEntity), Change::Kind::Updated, targetLocal, 0, {}, QStringLiteral("note")}});
    return {};
}

} // namespace sn
