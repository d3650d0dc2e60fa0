#pragma once

#include "core/common/Time.h"

#include <QString>
#include <QtGlobal>

namespace sn {

// One advisor conversation as stored.
struct Conversation
{
    qint64 id = 0;
    QString title;
    QString persona;
    QString provider; // "offline", "openai", "anthropic"
    QString model;
    TimestampMs createdAt = 0;
    TimestampMs updatedAt = 0; // last message appended, or renamed
    qint64 messageCount = 0;   // filled by list() and find()
};

// One message of a conversation. `role` is "system", "user", "assistant" or
// "tool"; `toolCalls` is JSON text (an array) for an assistant turn that
// called tools, empty otherwise.
struct ConversationMessage
{
    qint64 id = 0;
    qint64 conversationId = 0;
    int seq = 0; // 0, 1, 2, ... in order of appending
    QString role;
    QString text;
    QString toolCalls;
    QString toolCallId;
    QString toolName;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 costMicroUsd = 0;
    qint64 latencyMs = 0;
    bool partial = false; // the stream ended before the answer was complete
    TimestampMs createdAt = 0;
};

struct ConversationHit
{
    Conversation conversation;
    qint64 messageId = 0; // 0 when the title matched
    QString snippet;      // the match with some context, "..." where cut
};

} // namespace sn
