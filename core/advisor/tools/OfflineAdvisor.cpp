#include "core/advisor/tools/OfflineAdvisor.h"

#include "core/advisor/tools/QuestionParser.h"
#include "core/advisor/tools/SuggestedQuestions.h"
#include "core/common/Time.h"
#include "core/common/UserText.h"

#include <QJsonArray>

namespace sn::advisor {

namespace {

// A fixed sentence of the answers, in the reader's language (userText).
QString said(const std::string &text)
{
    return QString::fromStdString(text);
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

OfflineAdvisor::OfflineAdvisor(const ToolRegistry &tools, const Persona &persona, RiskProfile profile)
    : m_tools(tools), m_persona(persona), m_profile(std::move(profile))
{
}

const std::vector<OfflineAdvisor::Form> &OfflineAdvisor::documentedForms()
{
    static const std::vector<Form> forms{
        {s("help"), s("what can you do / help"), s("What can you do?"), {}},
        {s("help"), s("was kann ich fragen (German)"), s("Was kann ich fragen?"), {}},
        {s("list_instruments"), s("which instruments / symbols / what data do I have"),
         s("Which instruments do I have?"), s("list_instruments")},
        {s("list_watchlists"), s("show my watchlists"), s("Show my watchlists"), s("list_watchlists")},
        {s("list_strategies"), s("which strategies are available"), s("Which strategies are available?"),
         s("list_strategies")},
        {s("price_summary"), s("price summary of SYMBOL since YEAR"), s("Price summary of AAPL since 2015"),
         s("price_summary")},
        {s("price_summary"), s("how did SYMBOL do from DATE to DATE (aliases: S&P 500, SP500, company name)"),
         s("How did the S&P 500 do from 2007-10-01 to 2009-03-31?"), s("price_summary")},
        {s("price_summary"), s("SYMBOL last N years"), s("AAPL last 3 years"), s("price_summary")},
        {s("indicator"), s("what is the RSI of SYMBOL"), s("What is the RSI of AAPL?"),
         s("compute_indicator")},
        {s("indicator"), s("SMA/EMA N of SYMBOL"), s("SMA 50 of ^GSPC"), s("compute_indicator")},
        {s("indicator"), s("show the MACD of NAME"), s("Show the MACD of Apple"), s("compute_indicator")},
        {s("indicator"), s("Bollinger bands of SYMBOL"), s("Bollinger bands of AAPL"),
         s("compute_indicator")},
        {s("backtest"), s("backtest a F/S crossover on SYMBOL since YEAR and compare it with buy and hold"),
         s("Backtest a 20/50 crossover on AAPL since 2015 and compare it with buy and hold"),
         s("run_backtest")},
        {s("backtest"), s("backtest RSI L/U on SYMBOL from DATE to DATE"),
         s("Backtest RSI 30/70 on ^GSPC from 2005-01-01 to 2012-12-31"), s("run_backtest")},
        {s("backtest"), s("backtest STRATEGY F/S auf SYMBOL seit YEAR (German)"),
         s("Backtest SMA 20/50 auf AAPL seit 2015"), s("run_backtest")},
        {s("backtest"), s("does a F/S EMA crossover beat buy and hold on SYMBOL"),
         s("Does a 10/30 EMA crossover beat buy and hold on the S&P 500?"), s("run_backtest")},
        {s("backtest_rule"), s("backtest the rule `TEXT` on SYMBOL (statements separated by ;)"),
         s("Backtest the rule `entry = close > sma(close, 50); exit = close < sma(close, 50); stop = 2 * "
           "atr(14)` on AAPL since 2014"),
         s("backtest_rule")},
        {s("optimize"), s("optimise STRATEGY on SYMBOL / best parameters"),
         s("Optimise the SMA crossover on AAPL"), s("optimize")},
        {s("walk_forward"), s("walk-forward STRATEGY on SYMBOL"),
         s("Walk-forward the SMA crossover on ^GSPC"), s("walk_forward")},
        {s("compare"), s("compare SYMBOL and SYMBOL since YEAR"), s("Compare AAPL and ^GSPC since 2014"),
         s("compare_instruments")},
        {s("compare"), s("vergleiche SYMBOL und SYMBOL (German)"), s("Vergleiche MSFT und IBM"),
         s("compare_instruments")},
        {s("portfolio_summary"), s("what is my portfolio worth"), s("What is my portfolio worth?"),
         s("portfolio_summary")},
        {s("portfolio_summary"), s("show my holdings"), s("Show my holdings"), s("portfolio_summary")},
        {s("performance"), s("how did my portfolio perform (TWR, IRR)"),
         s("How did my portfolio perform? TWR and IRR please"), s("portfolio_performance")},
        {s("var"), s("what is my portfolio's C% VaR and what drives it"),
         s("What is my portfolio's 95% VaR and what drives it?"), s("portfolio_risk")},
        {s("var"), s("CVaR of my portfolio at C% over H days"), s("CVaR of my portfolio at 99% over 10 days"),
         s("portfolio_risk")},
        {s("risk_stats"), s("what is the volatility of my portfolio"),
         s("What is the volatility of my portfolio?"), s("portfolio_risk")},
        {s("risk_stats"), s("my portfolio's Sharpe ratio / max drawdown / beta"),
         s("What's my portfolio's Sharpe ratio and max drawdown?"), s("portfolio_risk")},
        {s("monte_carlo"), s("Monte Carlo projection of my portfolio over N years"),
         s("Monte Carlo projection of my portfolio over 5 years"), s("monte_carlo")},
        {s("stress"), s("stress test my portfolio"), s("Stress test my portfolio"), s("stress_test")},
        {s("stress"), s("what if the market drops P% (my portfolio)"),
         s("What if the market drops 30%, what happens to my portfolio?"), s("stress_test")},
        {s("rebalance"), s("propose a rebalance of my portfolio to P% SYMBOL and P% SYMBOL"),
         s("Propose a rebalance of my portfolio to 60% AAPL and 40% ^GSPC"), s("rebalance_proposal")},
        {s("explain"), s("explain METRIC"), s("Explain the Sharpe ratio"), s("explain_metric")},
        {s("explain"), s("what is METRIC"), s("What is CVaR?"), s("explain_metric")},
        {s("explain"), s("was ist METRIC (German)"), s("Was ist Volatilität?"), s("explain_metric")},
    };
    return forms;
}

QString OfflineAdvisor::helpText() const
{
    QString text =
        said(userText("sn::advisor::OfflineAdvisor",
                      "I answer from your own data with SuperNova's tools (no AI model is needed for these). "
                      "You can ask, for example:\n\n"));
    for (const char *example : helpExamples())
        text += QStringLiteral("- \"%1\"\n").arg(suggestedQuestion(example));
    return text;
}

AdvisorAnswer OfflineAdvisor::answer(const QString &question) const
{
    AdvisorAnswer out;
    // The symbols the user can name come from the same tool a model would use.
    std::vector<KnownInstrument> known;
    QJsonObject instruments;
    if (auto list = m_tools.call({QString(), QStringLiteral("list_instruments"), {}}); list) {
        instruments = list.value();
        for (const QJsonValue &v : instruments.value(QStringLiteral("instruments")).toArray())
            known.push_back({v[QStringLiteral("symbol")].toString(), v[QStringLiteral("name")].toString()});
    }
    ParsedQuestion q = QuestionParser(known).parse(question);
    out.form = q.form;
    if (q.form == QLatin1String("help") || q.form == QLatin1String("unknown")) {
        out.text = (q.form == QLatin1String("unknown")
                        ? said(userText("sn::advisor::OfflineAdvisor",
                                        "I did not understand that question without an AI model. "))
                        : QString()) +
                   helpText();
        out.suggestions = {
            suggestedQuestion(
                "Backtest a 20/50 crossover on AAPL since 2015 and compare it with buy and hold"),
            suggestedQuestion("What is my portfolio's 95% VaR and what drives it?"), m_persona.followUp()};
        out.suggestions.removeDuplicates();
        return out;
    }
    if (q.tool != QLatin1String("compare_instruments") &&
        q.arguments.contains(QStringLiteral("symbol")) == false &&
        (q.tool == QLatin1String("run_backtest") || q.tool == QLatin1String("backtest_rule") ||
         q.tool == QLatin1String("optimize") || q.tool == QLatin1String("walk_forward") ||
         q.tool == QLatin1String("price_summary"))) {
        out.text = said(userText("sn::advisor::OfflineAdvisor",
                                 "Which instrument? Name a stored symbol, for example AAPL or ^GSPC."));
        out.suggestions = {suggestedQuestion("Which instruments do I have?")};
        return out;
    }
    if (q.lastYears && q.arguments.contains(QStringLiteral("symbol"))) {
        // "last N years" counts back from the end of the stored data, not from
        // today: the sample data ends years ago.
        TimestampMs end = 0;
        for (const QJsonValue &v : instruments.value(QStringLiteral("instruments")).toArray())
            if (v[QStringLiteral("symbol")].toString() ==
                q.arguments.value(QStringLiteral("symbol")).toString()) {
                if (auto t =
                        parseTimestamp(v[QStringLiteral("to")].toString().toStdString(), DateFormat::Iso);
                    t && *t > end)
                    end = *t;
            }
        if (end > 0) {
            CivilDate d = toCivil(end);
            d.year -= *q.lastYears;
            if (d.month == 2 && d.day == 29)
                d.day = 28;
            q.arguments.insert(QStringLiteral("from"), QString::fromStdString(formatDate(toTimestamp(d))));
        }
    }
    ToolOutcome outcome = m_tools.run({QStringLiteral("offline-1"), q.tool, q.arguments});
    out.toolCalls.push_back(outcome);
    if (!outcome.ok) {
        out.text =
            said(userText("sn::advisor::OfflineAdvisor", "I could not answer that: %1"))
                .arg(outcome.userError.isEmpty() ? outcome.result.value(QStringLiteral("error")).toString()
                                                 : outcome.userError);
        out.suggestions = {suggestedQuestion("Which instruments do I have?"),
                           suggestedQuestion("What can you do?")};
        return out;
    }
    AnswerWriter w(q.tool, outcome.result);
    QStringList suggestions;
    const QString body = write(q.form, q, w, suggestions);
    out.text = m_persona.opener() + QStringLiteral("\n\n") + body;
    if (!m_persona.followUp().isEmpty() && suggestions.size() < 3)
        suggestions << m_persona.followUp();
    suggestions.removeDuplicates();
    out.suggestions = suggestions.mid(0, 3);
    out.cited = w.takeCited();
    return out;
}

} // namespace sn::advisor
