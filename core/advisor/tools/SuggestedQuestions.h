#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace sn::advisor {

// The follow-up questions the offline answers suggest (the chips under an
// answer), in English with %1, %2 for a symbol or a strategy. Kept in one
// list so that a test can check each one, translated, still parses to the
// question its English original asks: a chip clicked in German must give
// the same answer.
const std::vector<const char *> &suggestedQuestions();

// `english` (one of suggestedQuestions()) in the reader's language, filled
// in; English when no translator is installed (CLI, --json).
QString suggestedQuestion(const char *english, const QStringList &args = {});

} // namespace sn::advisor
