#include "core/advisor/tools/SuggestedQuestions.h"

#include "core/common/UserText.h"

namespace sn::advisor {

const std::vector<const char *> &suggestedQuestions()
{
    // Marked here, and only here, for lupdate: a suggestion written at its
    // call site without an entry in this list stays English, which
    // tests/ui/tst_no_english then shows.
    static const std::vector<const char *> questions{
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "What can you do?"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "Which instruments do I have?"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "Which strategies are available?"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "Price summary of AAPL since 2015"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "Price summary of %1"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "Price summary of %1 last 3 years"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "Compare AAPL and ^GSPC since 2014"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "What is the RSI of %1?"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions",
                          "Backtest a 20/50 crossover on AAPL since 2015 and compare it with buy and hold"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions",
                          "Backtest a 20/50 crossover on %1 and compare it with buy and hold"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "Backtest a 20/50 crossover on %1"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions",
                          "Backtest RSI 30/70 on ^GSPC from 2005-01-01 to 2012-12-31"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "Backtest RSI 30/70 on %1"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "Optimise the %1 on %2"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "Walk-forward the %1 on %2"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "Walk-forward the SMA crossover on ^GSPC"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions",
                          "What is my portfolio's 95% VaR and what drives it?"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "What is my portfolio's 95% VaR?"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "How did my portfolio perform?"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions",
                          "What's my portfolio's Sharpe ratio and max drawdown?"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "Stress test my portfolio"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions",
                          "Monte Carlo projection of my portfolio over 10 years"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "Propose a rebalance of my portfolio"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "Explain TWR"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "Explain CVaR"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "Explain Monte Carlo"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "Explain the Sharpe ratio"),
    };
    return questions;
}

const std::vector<const char *> &helpExamples()
{
    static const std::vector<const char *> examples{
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "Which instruments do I have?"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "Show my watchlists"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "Which strategies are available?"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "Price summary of AAPL since 2015"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "What is the RSI of AAPL?"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions",
                          "Backtest a 20/50 crossover on AAPL since 2015 and compare it with buy and hold"),
        // One example split over two lines, not two list entries.
        // NOLINTBEGIN(bugprone-suspicious-missing-comma)
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions",
                          "Backtest the rule `entry = close > sma(close, 50); exit = close < sma(close, 50); "
                          "stop = 2 * atr(14)` on AAPL since 2014"),
        // NOLINTEND(bugprone-suspicious-missing-comma)
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "Optimise the SMA crossover on AAPL"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "Walk-forward the SMA crossover on ^GSPC"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "Compare AAPL and ^GSPC since 2014"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "What is my portfolio worth?"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions",
                          "How did my portfolio perform? TWR and IRR please"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions",
                          "What is my portfolio's 95% VaR and what drives it?"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "What is the volatility of my portfolio?"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions",
                          "Monte Carlo projection of my portfolio over 5 years"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "Stress test my portfolio"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions",
                          "Propose a rebalance of my portfolio to 60% AAPL and 40% ^GSPC"),
        SN_TRANSLATE_NOOP("sn::advisor::OfflineQuestions", "Explain the Sharpe ratio"),
    };
    return examples;
}

QString suggestedQuestion(const char *english, const QStringList &args)
{
    QString text = QString::fromStdString(userText("sn::advisor::OfflineQuestions", english));
    // One pass, so a symbol holding "%2" is not filled in again.
    switch (args.size()) {
    case 0:
        return text;
    case 1:
        return text.arg(args[0]);
    default:
        return text.arg(args[0], args[1]);
    }
}

} // namespace sn::advisor
