#pragma once

#include "core/common/Result.h"
#include "core/model/Conversation.h"

#include <vector>

namespace sn {

class Database;

// The advisor's conversations and their messages.
class ConversationRepository
{
public:
    explicit ConversationRepository(const Database &db) : m_db(db) {}

    // createdAt 0 = now. Errors: an empty title.
    Result<qint64> create(const Conversation &conversation);
    // Most recently updated first, with message counts.
    Result<std::vector<Conversation>> list();
    Result<Conversation> find(qint64 id);
    Result<void> rename(qint64 id, const QString &title);
    // With its messages.
    Result<void> remove(qint64 id);

    // Appends at the end (seq = last + 1) and touches the conversation's
    // updated_at; returns the message id. Errors: unknown conversation, an
    // unknown role, toolCalls that is not a JSON array.
    Result<qint64> append(ConversationMessage message);
    Result<std::vector<ConversationMessage>> messages(qint64 conversationId);

    // Case-insensitive substring search over titles and message texts of all
    // conversations; most recent conversations first, at most `limit` hits.
    Result<std::vector<ConversationHit>> search(const QString &text, int limit = 50);

    // The conversation as Markdown: title, metadata, each message with its
    // role, tool calls and usage.
    Result<QString> exportMarkdown(qint64 id);

private:
    const Database &m_db;
};

} // namespace sn
