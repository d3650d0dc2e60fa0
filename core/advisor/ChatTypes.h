#pragma once

#include <QJsonObject>
#include <QString>
#include <vector>

// The vocabulary every part of the advisor shares: the conversation as the
// providers see it (messages, tool calls, tool results), the tools as a model
// sees them (name, description, JSON-schema parameters) and token usage.
// Vendor formats (OpenAI `tool_calls` / `role: tool`, Anthropic `tool_use` /
// `tool_result` blocks) are translated to and from these in the providers only.
namespace sn::advisor {

enum class Role
{
    System,
    User,
    Assistant,
    Tool
};

// A model's request to run one tool. `id` is the vendor's id, echoed back in
// the matching result so the vendor can pair them.
struct ToolCall
{
    QString id;
    QString name;
    QJsonObject arguments;
};

struct ChatMessage
{
    Role role = Role::User;
    QString text;                    // may be empty for an assistant turn that only calls tools
    std::vector<ToolCall> toolCalls; // Role::Assistant only
    QString toolCallId;              // Role::Tool: the call this answers
    QString toolName;                // Role::Tool
    bool toolError = false;          // Role::Tool: the result is an error report
};

// A tool as described to a model. `parameters` is a JSON schema of type
// "object" (properties, required, additionalProperties: false).
struct ToolSpec
{
    QString name;
    QString description;
    QJsonObject parameters;
};

struct TokenUsage
{
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;

    TokenUsage &operator+=(const TokenUsage &other)
    {
        inputTokens += other.inputTokens;
        outputTokens += other.outputTokens;
        return *this;
    }
};

} // namespace sn::advisor
