#pragma once

#include "core/advisor/tools/AnswerWriter.h"
#include "core/advisor/tools/Persona.h"
#include "core/advisor/tools/ToolRegistry.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace sn::advisor {

struct AdvisorAnswer
{
    QString form; // the documented form matched; "help" or "unknown" otherwise
    QString text; // Markdown
    std::vector<ToolOutcome> toolCalls;
    QStringList suggestions; // 2-3 follow-up questions
    std::vector<CitedNumber> cited;
};

// Answers without a model: recognises the documented question forms, calls
// the same tools a model would through the registry, and writes the numbers
// with a short persona-aware interpretation and follow-ups.
class OfflineAdvisor
{
public:
    struct Form
    {
        QString id;      // ParsedQuestion::form
        QString form;    // what the user may write
        QString example; // a question of that form (tested)
        QString tool;    // tool called; empty for help
    };

    OfflineAdvisor(const ToolRegistry &tools, const Persona &persona = Persona::defaultPersona(),
                   RiskProfile profile = {});

    AdvisorAnswer answer(const QString &question) const;

    // The forms docs/advisor.md lists, each with a tested example.
    static const std::vector<Form> &documentedForms();

private:
    QString write(const QString &form, const struct ParsedQuestion &q, AnswerWriter &w,
                  QStringList &suggestions) const;
    QString helpText() const;

    const ToolRegistry &m_tools;
    Persona m_persona;
    RiskProfile m_profile;
};

} // namespace sn::advisor
