#pragma once

#include "core/common/Time.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace sn::advisor {

// What the offline advisor understood of a question: which documented form
// it matched, the tool to call and the arguments read from the text.
struct ParsedQuestion
{
    QString form; // id of the documented form ("backtest", "var", ...); "help" or "unknown" otherwise
    QString tool; // empty for help / unknown
    QJsonObject arguments;
    QStringList symbols;            // stored symbols named, in the order written
    std::optional<int> lastYears;   // "last 3 years": resolved against the data's end by the advisor
    bool compareBuyAndHold = false; // "... and compare it with buy and hold"
    QString focus;                  // risk: "var", "volatility", "sharpe", "drawdown", "beta"
};

// One instrument the parser can recognise, with the words that name it.
struct KnownInstrument
{
    QString symbol;
    QString name;
};

// Regex and keyword rules over a normalised question (case, punctuation and
// extra spaces ignored). The main German and Spanish words of each intent are
// read too: the suggested questions are shown in the reader's language and
// come back as they are shown. Symbols are the stored
// ones, matched as written (AAPL, ^GSPC), by alias ("S&P 500", "sp500") or
// by the first word of their name ("Apple").
class QuestionParser
{
public:
    explicit QuestionParser(std::vector<KnownInstrument> instruments);

    ParsedQuestion parse(const QString &question) const;

    // Lower case, punctuation other than % / & ^ . - : removed, spaces collapsed.
    static QString normalise(const QString &question);

private:
    QStringList findSymbols(const QString &original, const QString &normalised) const;

    std::vector<KnownInstrument> m_instruments;
};

} // namespace sn::advisor
