#pragma once

#include "core/news/NewsItem.h"
#include "core/news/SentimentLexicon.h"

#include <QString>
#include <QStringList>

namespace sn::news {

// VADER (Hutto & Gilbert, ICWSM 2014): lexicon valences adjusted by rules
// for negation, booster and dampener words, a contrastive "but", ALL-CAPS
// emphasis, '!' and '?' emphasis and a few idioms, summed and normalised
// to [-1, 1] with alpha = 15. The rules follow the npm package
// vader-sentiment 1.1.3 (the JavaScript port) exactly, including where it
// differs from later Python releases, because that is the reference we check
// against (docs/sentiment.md). Outputs are rounded as the reference rounds
// them: compound to 4 decimals, the proportions to 3.
class VaderScorer
{
public:
    // The app's scorer: the VADER lexicon with the finance additions.
    VaderScorer() : VaderScorer(SentimentLexicon::finance()) {}
    // The lexicon must outlive the scorer.
    explicit VaderScorer(const SentimentLexicon &lexicon) : m_lexicon(lexicon) {}

    SentimentScore score(const QString &text) const;

    // Stored with every score, so a later change of method or lexicon is
    // visible in the data: "vader-js-1.1.3+finance-1".
    static QString methodName();

    // The thresholds VADER's authors use for a positive / negative text.
    static constexpr double kPositiveThreshold = 0.05;
    static constexpr double kNegativeThreshold = -0.05;

    // The tokens the rules look at (exposed for tests): split at whitespace,
    // one-character tokens dropped, one leading or trailing punctuation mark
    // removed from a word, emoticons and contractions kept.
    static QStringList tokens(const QString &text);

private:
    double wordValence(const QStringList &words, const QStringList &lowerWords, int index,
                       bool capDifferential) const;

    const SentimentLexicon &m_lexicon;
};

} // namespace sn::news
