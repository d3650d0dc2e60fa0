#include "core/workspace/ConversationService.h"

#include "core/storage/ConversationRepository.h"
#include "core/storage/Database.h"
#include "core/workspace/Workspace.h"

namespace sn {

ConversationService::ConversationService(const Workspace &workspace)
    : m_db(workspace.database()), m_changes(workspace.changes())
{
}

Result<std::vector<Conversation>> ConversationService::list() const
{
    return ConversationRepository(m_db).list();
}

Result<Conversation> ConversationService::find(qint64 id) const
{
    return ConversationRepository(m_db).find(id);
}

Result<std::vector<ConversationMessage>> ConversationService::messages(qint64 id) const
{
    return ConversationRepository(m_db).messages(id);
}

Result<std::vector<ConversationHit>> ConversationService::search(const QString &text, int limit) const
{
    return ConversationRepository(m_db).search(text, limit);
}

Result<QString> ConversationService::exportMarkdown(qint64 id) const
{
    return ConversationRepository(m_db).exportMarkdown(id);
}

Result<void> ConversationService::rename(qint64 id, const QString &title) const
{
    auto r = ConversationRepository(m_db).rename(id, title);
    if (r)
        m_changes.announce({Change{Change::Entity::Conversation, Change::Kind::Updated, id, 0, title, {}}});
    return r;
}

Result<void> ConversationService::remove(qint64 id) const
{
    auto r = ConversationRepository(m_db).remove(id);
    if (r)
        m_changes.announce({Change{Change::Entity::Conversation, Change::Kind::Removed, id, 0, {}, {}}});
    return r;
}

} // namespace sn
