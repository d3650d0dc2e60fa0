#pragma once

#include "core/advisor/ChatTypes.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace sn::advisor {

// The user's own risk profile; it shapes wording and the system prompt,
// never a number.
struct RiskProfile
{
    int riskScore = 5;        // 1 (very cautious) .. 10 (very aggressive)
    double horizonYears = 10; // investment horizon
    QStringList objectives;   // "retirement income", "capital growth", ...
    QStringList constraints;  // "no single stock above 20 %", ...
};

// How a result reads for the user, judged by the offline advisor from the
// numbers (e.g. a strategy beating buy & hold is Favourable).
enum class Verdict
{
    Favourable,
    Mixed,
    Unfavourable
};

// An advisor style. Personas change tone, emphasis and follow-ups; every
// number still comes from a tool.
struct Persona
{
    QString key; // "conservative", "balanced", "growth", "quant", "educator"
    QString name;
    QString style; // one line for the system prompt

    static const std::vector<Persona> &all();
    // By key, case-insensitive; nullptr when unknown.
    static const Persona *find(const QString &key);
    static const Persona &defaultPersona(); // balanced

    // The persona's reading of a result ("That beats buy & hold, but ...").
    QString take(Verdict verdict) const;
    // The closing line of a stress test: the scenarios are hypothetical
    // shocks to today's holdings, not a result over a period, so the
    // verdict wording of take() does not fit. `anyLoss`: some scenario loses.
    QString stressTake(bool anyLoss) const;
    // A closing note on risk in this persona's voice, aware of the profile.
    QString riskNote(const RiskProfile &profile, double annualVolatility) const;
    // One follow-up this persona would add.
    QString followUp() const;
    // A short opening line.
    QString opener() const;
};

// The system prompt for a cloud model: persona, profile, the tools by name,
// and the rule that every number must come from a tool call.
QString systemPrompt(const Persona &persona, const RiskProfile &profile, const std::vector<ToolSpec> &tools);

} // namespace sn::advisor
