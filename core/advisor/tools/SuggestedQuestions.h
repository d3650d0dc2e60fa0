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

// The help answer's examples, one per kind of question, in English: the
// first documented form of each intent (OfflineAdvisor::documentedForms()).
// Shown through suggestedQuestion(), so in German or Spanish each reads in
// the reader's language and still parses to what its English original asks
// (tests/ui/advisor/tst_advisor_language).
const std::vector<const char *> &helpExamples();

// `english` (one of suggestedQuestions() or helpExamples()) in the reader's language, filled
// in; English when no translator is installed (CLI, --json).
QString suggestedQuestion(const char *english, const QStringList &args = {});

} // namespace sn::advisor
