#include "core/advisor/llm/ChatProvider.h"

namespace sn::advisor {

const char *stopReasonName(StopReason reason)
{
    switch (reason) {
    case StopReason::EndTurn:
        return "end_turn";
    case StopReason::ToolUse:
        return "tool_use";
    case StopReason::MaxTokens:
        return "max_tokens";
    case StopReason::Cancelled:
        return "cancelled";
    case StopReason::Interrupted:
        return "interrupted";
    case StopReason::Other:
        return "other";
    }
    return "other";
}

} // namespace sn::advisor
