#pragma once

#include "core/advisor/ChatTypes.h"
#include "core/model/Conversation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace sn::advisor {

// One tool call as an answer shows it and as it is stored: what was asked
// (name, arguments; `id` is the vendor's id for a model's call, empty for the
// offline advisor's) and what came back.
struct ToolActivity
{
    QString id;
    QString name;
    QJsonObject arguments;
    bool ok = true;
    QJsonObject result; // on failure {"error": message}
    double ms = 0;
    // On failure, the error as its reader read it when it happened (the
    // desktop's language); result["error"] keeps the English for a model.
    QString userError;
};

// ConversationMessage::toolCalls is a JSON array. The offline advisor's
// answers carry their calls with results inline ({name, arguments, ok, result,
// ms}); a model's assistant turn carries {id, name, arguments} and the results
// follow as role "tool" messages, as the vendors expect them back.
QJsonArray toolCallsJson(const std::vector<ToolActivity> &calls, bool withResults);
std::vector<ToolActivity> toolCallsFromJson(const QString &text);

// A stored message as it is shown: its text and the tool calls that led to it,
// results joined from the tool messages that followed a model's turn.
struct TranscriptEntry
{
    ConversationMessage message;         // role "user" or "assistant"
    std::vector<ToolActivity> toolCalls; // the calls made while producing it
};

// Folds a conversation's stored messages into what a reader sees: user
// questions and answers, each answer with every tool call (and result) since
// the question. Tool messages and tool-only assistant turns disappear into it.
std::vector<TranscriptEntry> transcript(const std::vector<ConversationMessage> &messages);

} // namespace sn::advisor
