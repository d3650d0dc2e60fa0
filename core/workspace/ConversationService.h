#pragma once

#include "core/common/Result.h"
#include "core/model/Conversation.h"
#include "core/workspace/Change.h"

#include <vector>

namespace sn {

class Database;
class Workspace;

// The advisor's stored conversations as views and the CLI see them: list,
// search, export, rename and delete, each change announced. The advisor
// session appends messages itself (core/advisor/session).
class ConversationService
{
public:
    explicit ConversationService(const Workspace &workspace);

    Result<std::vector<Conversation>> list() const;
    Result<Conversation> find(qint64 id) const;
    Result<std::vector<ConversationMessage>> messages(qint64 id) const;
    Result<std::vector<ConversationHit>> search(const QString &text, int limit = 50) const;
    Result<QString> exportMarkdown(qint64 id) const;
    Result<void> rename(qint64 id, const QString &title) const;
    Result<void> remove(qint64 id) const;

private:
    const Database &m_db;
    ChangeHub &m_changes;
};

} // namespace sn
