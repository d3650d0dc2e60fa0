#pragma once

#include "core/common/Result.h"
#include "core/report/ReportDocument.h"

#include <QtGlobal>

namespace sn {
class Database;
}

namespace sn::report {

// An advisor conversation as a report: every message in order (the user's
// questions, the answers, the tool calls with the data each cited), with
// tokens, cost and latency per answer; fingerprint over the stored messages.
Result<Document> buildConversationReport(const Database &db, qint64 conversationId);

} // namespace sn::report
