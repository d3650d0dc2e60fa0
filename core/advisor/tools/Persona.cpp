#include "core/advisor/tools/Persona.h"

#include "core/advisor/tools/SuggestedQuestions.h"
#include "core/common/UserText.h"

#include <array>
#include <cmath>

namespace sn::advisor {

const std::vector<Persona> &Persona::all()
{
    static const std::vector<Persona> personas{
        {QStringLiteral("conservative"), QStringLiteral("Conservative"),
         QStringLiteral("cautious and capital-preserving: leads with risk, drawdowns and what can go wrong")},
        {QStringLiteral("balanced"), QStringLiteral("Balanced"),
         QStringLiteral("even-handed: weighs return against risk and names both")},
        {QStringLiteral("growth"), QStringLiteral("Growth"),
         QStringLiteral("return-seeking over long horizons: accepts volatility, still names the downside")},
        {QStringLiteral("quant"), QStringLiteral("Quant"),
         QStringLiteral(
             "terse and statistical: sample sizes, conventions, overfitting and out-of-sample checks")},
        {QStringLiteral("educator"), QStringLiteral("Educator"),
         QStringLiteral("patient teacher: explains what each number means and how it is computed")},
    };
    return personas;
}

const Persona *Persona::find(const QString &key)
{
    for (const Persona &p : all())
        if (p.key.compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return &p;
    return nullptr;
}

const Persona &Persona::defaultPersona()
{
    return *find(QStringLiteral("balanced"));
}

QString Persona::take(Verdict v) const
{
    const int i = v == Verdict::Favourable ? 0 : v == Verdict::Mixed ? 1 : 2;
    static const std::vector<std::pair<QString, std::array<const char *, 3>>> texts{
        {QStringLiteral("conservative"),
         {SN_TRANSLATE_NOOP("sn::advisor::Persona", "That looks good on paper, but past results are a weak "
                                                    "guide: I would look at the worst drawdown "
                                                    "before "
                                                    "relying on it."),
          SN_TRANSLATE_NOOP(
              "sn::advisor::Persona",
              "The picture is mixed; when in doubt, the option with the smaller drawdown is the safer one."),
          SN_TRANSLATE_NOOP(
              "sn::advisor::Persona",
              "This did not pay off here, and protecting capital matters more than chasing it.")}},
        {QStringLiteral("balanced"),
         {SN_TRANSLATE_NOOP(
              "sn::advisor::Persona",
              "On balance this is a favourable result, with the risk figures above to weigh against it."),
          SN_TRANSLATE_NOOP("sn::advisor::Persona", "This is a mixed result: some numbers help, some hurt."),
          SN_TRANSLATE_NOOP("sn::advisor::Persona", "On balance this did not pay off over the period.")}},
        {QStringLiteral("growth"),
         {SN_TRANSLATE_NOOP("sn::advisor::Persona",
                            "A strong result: over a long horizon this kind of edge compounds."),
          SN_TRANSLATE_NOOP("sn::advisor::Persona",
                            "Mixed, but over a long horizon the swings matter less than the growth."),
          SN_TRANSLATE_NOOP(
              "sn::advisor::Persona",
              "Weak over this period; a long-horizon investor may still want to test other settings.")}},
        {QStringLiteral("quant"),
         {SN_TRANSLATE_NOOP(
              "sn::advisor::Persona",
              "Positive in sample. Check it out of sample (walk-forward) and against the trade count before "
              "trusting it."),
          SN_TRANSLATE_NOOP("sn::advisor::Persona",
                            "Inconclusive: the difference is within what noise produces over this sample."),
          SN_TRANSLATE_NOOP("sn::advisor::Persona", "Negative in sample; no evidence of an edge.")}},
        {QStringLiteral("educator"),
         {SN_TRANSLATE_NOOP("sn::advisor::Persona", "In plain words: this came out ahead. Remember each "
                                                    "figure is computed from the past data cited "
                                                    "above."),
          SN_TRANSLATE_NOOP("sn::advisor::Persona", "In plain words: the result is mixed; the figures above "
                                                    "show where it gained and where it lost."),
          SN_TRANSLATE_NOOP("sn::advisor::Persona",
                            "In plain words: this came out behind over the period cited above.")}},
    };
    for (const auto &[k, t] : texts)
        if (k == key)
            return QString::fromStdString(userText("sn::advisor::Persona", t[static_cast<std::size_t>(i)]));
    return {};
}

QString Persona::stressTake(bool anyLoss) const
{
    if (!anyLoss)
        return QString::fromStdString(userText(
            "sn::advisor::Persona", "With today's holdings the portfolio would lose nothing in these "
                                    "scenarios."));
    static const std::vector<std::pair<QString, const char *>> texts{
        {QStringLiteral("conservative"),
         SN_TRANSLATE_NOOP("sn::advisor::Persona",
                           "These are hypothetical shocks, not forecasts; if a loss like the worst one "
                           "would force you to sell, the portfolio carries more risk than it should.")},
        {QStringLiteral("balanced"),
         SN_TRANSLATE_NOOP("sn::advisor::Persona",
                           "These are hypothetical shocks, not forecasts: weigh the worst one against the "
                           "loss you could sit through without selling.")},
        {QStringLiteral("growth"),
         SN_TRANSLATE_NOOP("sn::advisor::Persona",
                           "These are hypothetical shocks; over a long horizon such falls have been made "
                           "good, but only for investors who held on through them.")},
        {QStringLiteral("quant"),
         SN_TRANSLATE_NOOP("sn::advisor::Persona",
                           "Hypothetical shocks applied to today's holdings; they say nothing about how "
                           "likely each one is.")},
        {QStringLiteral("educator"),
         SN_TRANSLATE_NOOP("sn::advisor::Persona",
                           "In plain words: this is a hypothetical estimate of what the portfolio would "
                           "lose if each crisis above happened again today.")},
    };
    for (const auto &[k, t] : texts)
        if (k == key)
            return QString::fromStdString(userText("sn::advisor::Persona", t));
    return QString::fromStdString(userText(
        "sn::advisor::Persona", "These are hypothetical shocks to today's holdings, not forecasts."));
}

QString Persona::riskNote(const RiskProfile &profile, double annualVolatility) const
{
    if (!std::isfinite(annualVolatility))
        return {};
    // The profile's tolerance as a rough volatility band: score 1 ~ 5 %, 10 ~ 32 %.
    const double comfortable = 0.02 + 0.03 * profile.riskScore;
    const bool above = annualVolatility > comfortable;
    if (key == QLatin1String("quant"))
        return QString::fromStdString(
                   userText("sn::advisor::Persona",
                            "Volatility vs your profile band (score %1 -> about %2 %): %3."))
            .arg(profile.riskScore)
            .arg(comfortable * 100, 0, 'f', 0)
            .arg(above ? QString::fromStdString(userText("sn::advisor::Persona", "above"))
                       : QString::fromStdString(userText("sn::advisor::Persona", "within")));
    if (key == QLatin1String("educator"))
        return QString::fromStdString(
                   userText("sn::advisor::Persona",
                            "Volatility is how much returns swing in a typical year; with a risk score of %1 "
                            "a swing "
                            "of about %2 % is what you said you can live with, and this is %3 that."))
            .arg(profile.riskScore)
            .arg(comfortable * 100, 0, 'f', 0)
            .arg(above ? QString::fromStdString(userText("sn::advisor::Persona", "above"))
                       : QString::fromStdString(userText("sn::advisor::Persona", "within")));
    if (!above)
        return QString::fromStdString(userText("sn::advisor::Persona", "That fits your risk score of %1."))
            .arg(profile.riskScore);
    if (key == QLatin1String("growth"))
        return QString::fromStdString(
                   userText("sn::advisor::Persona",
                            "That is more swing than your risk score of %1 suggests, which a %2-year "
                            "horizon can absorb."))
            .arg(profile.riskScore)
            .arg(profile.horizonYears, 0, 'f', 0);
    return QString::fromStdString(
               userText(
                   "sn::advisor::Persona",
                   "That is more swing than your risk score of %1 suggests; consider whether you could sit "
                   "through it."))
        .arg(profile.riskScore);
}

QString Persona::followUp() const
{
    if (key == QLatin1String("conservative"))
        return suggestedQuestion("Stress test my portfolio");
    if (key == QLatin1String("growth"))
        return suggestedQuestion("Monte Carlo projection of my portfolio over 10 years");
    if (key == QLatin1String("quant"))
        return suggestedQuestion("Walk-forward the SMA crossover on ^GSPC");
    if (key == QLatin1String("educator"))
        return suggestedQuestion("Explain the Sharpe ratio");
    return suggestedQuestion("What is my portfolio's 95% VaR?");
}

QString Persona::opener() const
{
    if (key == QLatin1String("conservative"))
        return QString::fromStdString(
            userText("sn::advisor::Persona", "Here is what the data shows, risks first where they matter."));
    if (key == QLatin1String("growth"))
        return QString::fromStdString(
            userText("sn::advisor::Persona", "Here is what the data shows, with an eye on long-run growth."));
    if (key == QLatin1String("quant"))
        return QString::fromStdString(userText("sn::advisor::Persona", "Results:"));
    if (key == QLatin1String("educator"))
        return QString::fromStdString(
            userText("sn::advisor::Persona", "Let's go through what the data shows, step by step."));
    return QString::fromStdString(userText("sn::advisor::Persona", "Here is what the data shows."));
}

QString systemPrompt(const Persona &persona, const RiskProfile &profile, const std::vector<ToolSpec> &tools)
{
    QStringList names;
    for (const ToolSpec &t : tools)
        names << t.name;
    QString prompt =
        QStringLiteral(
            "You are SuperNova's investment research advisor, speaking as the %1 persona: %2.\n"
            "Rules:\n"
            "- Every number you state (prices, returns, risk figures, backtest results) must come from a "
            "tool call in "
            "this conversation. Never estimate, recall or invent a number; if no tool gives it, say so.\n"
            "- Cite the data each number is based on (symbol, interval, date range, rows, portfolio) as the "
            "tool result "
            "gives it.\n"
            "- Tools only read data. Never claim to have placed an order or changed a portfolio; a rebalance "
            "is a "
            "proposal the user must confirm explicitly.\n"
            "- Past performance is not a guarantee; say when a sample is small or a result is in-sample "
            "only.\n"
            "- Answer in Markdown, briefly, then suggest two or three follow-up questions.\n"
            "Available tools: %3.\n")
            .arg(persona.name, persona.style, names.join(QStringLiteral(", ")));
    prompt += QStringLiteral("The user's risk profile: risk score %1 of 10, horizon %2 years")
                  .arg(profile.riskScore)
                  .arg(profile.horizonYears, 0, 'g', 3);
    if (!profile.objectives.isEmpty())
        prompt += QStringLiteral("; objectives: ") + profile.objectives.join(QStringLiteral("; "));
    if (!profile.constraints.isEmpty())
        prompt += QStringLiteral("; constraints: ") + profile.constraints.join(QStringLiteral("; "));
    prompt += QStringLiteral(". Relate your interpretation to this profile; it never changes a number.\n");
    return prompt;
}

} // namespace sn::advisor
