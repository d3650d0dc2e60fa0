#include "core/news/VaderScorer.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace sn::news {

namespace {

// Empirical constants of the method (Hutto & Gilbert 2014, section 3).
constexpr double kBoosterIncrement = 0.293;
constexpr double kBoosterDecrement = -0.293;
constexpr double kAllCapsIncrement = 0.733;
constexpr double kNegationScalar = -0.74;
constexpr double kExclamationIncrement = 0.292;
constexpr double kQuestionIncrement = 0.18;
constexpr double kQuestionCap = 0.96;
constexpr double kNormalisationAlpha = 15.0;

const QSet<QString> &negations()
{
    static const QSet<QString> words{
        QStringLiteral("aint"),     QStringLiteral("arent"),    QStringLiteral("cannot"),
        QStringLiteral("cant"),     QStringLiteral("couldnt"),  QStringLiteral("darent"),
        QStringLiteral("didnt"),    QStringLiteral("doesnt"),   QStringLiteral("ain't"),
        QStringLiteral("aren't"),   QStringLiteral("can't"),    QStringLiteral("couldn't"),
        QStringLiteral("daren't"),  QStringLiteral("didn't"),   QStringLiteral("doesn't"),
        QStringLiteral("dont"),     QStringLiteral("hadnt"),    QStringLiteral("hasnt"),
        QStringLiteral("havent"),   QStringLiteral("isnt"),     QStringLiteral("mightnt"),
        QStringLiteral("mustnt"),   QStringLiteral("neither"),  QStringLiteral("don't"),
        QStringLiteral("hadn't"),   QStringLiteral("hasn't"),   QStringLiteral("haven't"),
        QStringLiteral("isn't"),    QStringLiteral("mightn't"), QStringLiteral("mustn't"),
        QStringLiteral("neednt"),   QStringLiteral("needn't"),  QStringLiteral("never"),
        QStringLiteral("none"),     QStringLiteral("nope"),     QStringLiteral("nor"),
        QStringLiteral("not"),      QStringLiteral("nothing"),  QStringLiteral("nowhere"),
        QStringLiteral("oughtnt"),  QStringLiteral("shant"),    QStringLiteral("shouldnt"),
        QStringLiteral("uhuh"),     QStringLiteral("wasnt"),    QStringLiteral("werent"),
        QStringLiteral("oughtn't"), QStringLiteral("shan't"),   QStringLiteral("shouldn't"),
        QStringLiteral("uh-uh"),    QStringLiteral("wasn't"),   QStringLiteral("weren't"),
        QStringLiteral("without"),  QStringLiteral("wont"),     QStringLiteral("wouldnt"),
        QStringLiteral("won't"),    QStringLiteral("wouldn't"), QStringLiteral("rarely"),
        QStringLiteral("seldom"),   QStringLiteral("despite"),
    };
    return words;
}

// Degree adverbs: boosters raise the magnitude of the next sentiment word,
// dampeners lower it. Multi-word ones ("kind of") only act through the
// idiom check, as in the reference.
const QHash<QString, double> &boosters()
{
    static const QHash<QString, double> words = [] {
        QHash<QString, double> w;
        for (const char *up :
             {"absolutely",   "amazingly",     "awfully",    "completely", "considerably", "decidedly",
              "deeply",       "effing",        "enormously", "entirely",   "especially",   "exceptionally",
              "extremely",    "fabulously",    "flipping",   "flippin",    "fricking",     "frickin",
              "frigging",     "friggin",       "fully",      "fucking",    "greatly",      "hella",
              "highly",       "hugely",        "incredibly", "intensely",  "majorly",      "more",
              "most",         "particularly",  "purely",     "quite",      "really",       "remarkably",
              "so",           "substantially", "thoroughly", "totally",    "tremendously", "uber",
              "unbelievably", "unusually",     "utterly",    "very"})
            w.insert(QString::fromLatin1(up), kBoosterIncrement);
        for (const char *down :
             {"almost",   "barely",   "hardly",  "just enough", "kind of",      "kinda",  "kindof",
              "kind-of",  "less",     "little",  "marginally",  "occasionally", "partly", "scarcely",
              "slightly", "somewhat", "sort of", "sorta",       "sortof",       "sort-of"})
            w.insert(QString::fromLatin1(down), kBoosterDecrement);
        return w;
    }();
    return words;
}

const QHash<QString, double> &idioms()
{
    static const QHash<QString, double> phrases{
        {QStringLiteral("the shit"), 3.0},        {QStringLiteral("the bomb"), 3.0},
        {QStringLiteral("bad ass"), 1.5},         {QStringLiteral("yeah right"), -2.0},
        {QStringLiteral("cut the mustard"), 2.0}, {QStringLiteral("kiss of death"), -1.5},
        {QStringLiteral("hand to mouth"), -2.0},
    };
    return phrases;
}

// The punctuation marks a word may carry on one side and still be the word.
const QStringList &wordPunctuation()
{
    static const QStringList marks{
        QStringLiteral("."),    QStringLiteral("!"),   QStringLiteral("?"),   QStringLiteral(","),
        QStringLiteral(";"),    QStringLiteral(":"),   QStringLiteral("-"),   QStringLiteral("'"),
        QStringLiteral("\""),   QStringLiteral("!!"),  QStringLiteral("!!!"), QStringLiteral("??"),
        QStringLiteral("???"),  QStringLiteral("?!?"), QStringLiteral("!?!"), QStringLiteral("?!?!"),
        QStringLiteral("!?!?"),
    };
    return marks;
}

bool isAsciiPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x21 && u <= 0x2F) || (u >= 0x3A && u <= 0x40) || (u >= 0x5B && u <= 0x60) ||
           (u >= 0x7B && u <= 0x7E);
}

// The whitespace the reference splits at (ECMAScript's \s).
bool isSplitSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x09 || u == 0x0A || u == 0x0B || u == 0x0C || u == 0x0D || u == 0x20 || u == 0xA0 ||
           u == 0x1680 || (u >= 0x2000 && u <= 0x200A) || u == 0x2028 || u == 0x2029 || u == 0x202F ||
           u == 0x205F || u == 0x3000 || u == 0xFEFF;
}

QStringList splitAtSpace(const QString &text)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isSplitSpace(text[i])) {
            parts << text.mid(start, i - start);
            start = i + 1;
        }
    }
    parts << text.mid(start);
    return parts;
}

// An ALL-CAPS word: no ASCII lower-case letter and at least one ASCII
// upper-case one (so ":)" is not shouting, "WOW!" is).
bool isShouted(const QString &word)
{
    bool upper = false;
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (u >= 'a' && u <= 'z')
            return false;
        if (u >= 'A' && u <= 'Z')
            upper = true;
    }
    return upper;
}

// True when some, but not all, words are in capitals: only then is
// capitalisation emphasis rather than a headline style.
bool capsDifferential(const QStringList &words)
{
    qsizetype shouted = 0;
    for (const QString &w : words)
        shouted += isShouted(w) ? 1 : 0;
    const qsizetype rest = words.size() - shouted;
    return rest > 0 && rest < words.size();
}

bool isNegation(const QString &word)
{
    return negations().contains(word) || word.contains(QLatin1String("n't"));
}

// The booster or dampener effect of `word` on a sentiment word of `valence`.
double boosterScalar(const QString &word, const QString &lowerWord, double valence, bool capDifferential)
{
    const auto it = boosters().constFind(lowerWord);
    if (it == boosters().cend())
        return 0.0;
    double scalar = valence < 0 ? -*it : *it;
    if (capDifferential && isShouted(word))
        scalar += valence > 0 ? kAllCapsIncrement : -kAllCapsIncrement;
    return scalar;
}

double negationCheck(double valence, const QStringList &w, int distance, int i)
{
    auto is = [&](int k, const char *s) { return w[k] == QLatin1String(s); };
    if (distance == 0) {
        if (isNegation(w[i - 1]))
            valence *= kNegationScalar;
    } else if (distance == 1) {
        if (is(i - 2, "never") && (is(i - 1, "so") || is(i - 1, "this")))
            valence *= 1.5;
        else if (isNegation(w[i - 2]))
            valence *= kNegationScalar;
    } else if (distance == 2) {
        if ((is(i - 3, "never") && (is(i - 2, "so") || is(i - 2, "this"))) || is(i - 1, "so") ||
            is(i - 1, "this"))
            valence *= 1.25;
        else if (isNegation(w[i - 3]))
            valence *= kNegationScalar;
    }
    return valence;
}

double idiomCheck(double valence, const QStringList &w, int i)
{
    const QChar sp(QLatin1Char(' '));
    const QString oneZero = w[i - 1] + sp + w[i];
    const QString twoOneZero = w[i - 2] + sp + w[i - 1] + sp + w[i];
    const QString twoOne = w[i - 2] + sp + w[i - 1];
    const QString threeTwoOne = w[i - 3] + sp + w[i - 2] + sp + w[i - 1];
    const QString threeTwo = w[i - 3] + sp + w[i - 2];
    for (const QString *seq : {&oneZero, &twoOneZero, &twoOne, &threeTwoOne, &threeTwo}) {
        const auto it = idioms().constFind(*seq);
        if (it != idioms().cend()) {
            valence = *it;
            break;
        }
    }
    if (w.size() - 1 > i) {
        const auto it = idioms().constFind(w[i] + sp + w[i + 1]);
        if (it != idioms().cend())
            valence = *it;
    }
    if (w.size() - 1 > i + 1) {
        const auto it = idioms().constFind(w[i] + sp + w[i + 1] + sp + w[i + 2]);
        if (it != idioms().cend())
            valence = *it;
    }
    if (boosters().contains(threeTwo) || boosters().contains(twoOne))
        valence += kBoosterDecrement;
    return valence;
}

// Rounds half away from zero at `decimals`, as JavaScript's toFixed does.
double roundLikeReference(double x, int decimals)
{
    const long double scale = std::pow(10.0L, decimals);
    const long double magnitude = std::floor(std::fabs(static_cast<long double>(x)) * scale + 0.5L) / scale;
    return static_cast<double>(x < 0 ? -magnitude : magnitude);
}

} // namespace

QString VaderScorer::methodName()
{
    return QStringLiteral("vader-js-1.1.3+finance-1");
}

QStringList VaderScorer::tokens(const QString &text)
{
    const QStringList raw = splitAtSpace(text);
    // Only a token that starts or ends with punctuation can lose a mark; the
    // rest (most words) are kept as they are without building the lookup.
    bool anyPunctuated = false;
    for (const QString &token : raw)
        if (token.size() > 1 && (isAsciiPunctuation(token.front()) || isAsciiPunctuation(token.back()))) {
            anyPunctuated = true;
            break;
        }
    QStringList words;
    words.reserve(raw.size());
    if (!anyPunctuated) {
        for (const QString &token : raw)
            if (token.size() > 1)
                words << token;
        return words;
    }

    // Words of the text with all punctuation removed: a token is one of
    // these with one punctuation mark before or after it. Removing
    // punctuation never joins or splits tokens, so each is stripped alone.
    QHash<QString, int> bareWords; // word -> its last position, for ties
    int position = 0;
    for (const QString &token : raw) {
        QString stripped;
        if (std::any_of(token.cbegin(), token.cend(), isAsciiPunctuation)) {
            stripped.reserve(token.size());
            for (const QChar c : token)
                if (!isAsciiPunctuation(c))
                    stripped += c;
        } else {
            stripped = token;
        }
        if (stripped.size() > 1)
            bareWords.insert(stripped, position++);
    }

    const QStringList &marks = wordPunctuation();
    for (const QString &token : raw) {
        if (token.size() <= 1)
            continue;
        if (!isAsciiPunctuation(token.front()) && !isAsciiPunctuation(token.back())) {
            words << token;
            continue;
        }
        QString mapped = token;
        int bestMark = -1;
        int bestPosition = -1;
        // The reference keeps the last mapping it wrote for a token: the
        // latest mark in its list, then the latest word.
        for (int m = 0; m < marks.size(); ++m) {
            const QString &mark = marks[m];
            for (const QString &candidate : {token.startsWith(mark) ? token.mid(mark.size()) : QString(),
                                             token.endsWith(mark) ? token.chopped(mark.size()) : QString()}) {
                if (candidate.isEmpty())
                    continue;
                const auto it = bareWords.constFind(candidate);
                if (it == bareWords.cend())
                    continue;
                if (m > bestMark || (m == bestMark && *it >= bestPosition)) {
                    bestMark = m;
                    bestPosition = *it;
                    mapped = candidate;
                }
            }
        }
        words << mapped;
    }
    return words;
}

double VaderScorer::wordValence(const QStringList &w, const QStringList &lower, int i,
                                bool capDifferential) const
{
    const auto base = m_lexicon.valence(lower[i]);
    if (!base)
        return 0.0;
    double valence = *base;
    if (capDifferential && isShouted(w[i]))
        valence += valence > 0 ? kAllCapsIncrement : -kAllCapsIncrement;
    for (int distance = 0; distance < 3; ++distance) {
        if (i <= distance || m_lexicon.contains(lower[i - distance - 1]))
            continue;
        // Modifiers further from the word count for less.
        double s = boosterScalar(w[i - distance - 1], lower[i - distance - 1], valence, capDifferential);
        if (distance == 1)
            s *= 0.95;
        else if (distance == 2)
            s *= 0.9;
        valence += s;
        valence = negationCheck(valence, w, distance, i);
        if (distance == 2)
            valence = idiomCheck(valence, w, i);
    }
    // "least" before a word negates it, except in "at least" / "very least".
    if (i > 0 && lower[i - 1] == QLatin1String("least") && !m_lexicon.contains(QStringLiteral("least"))) {
        if (i > 1) {
            const QString &before = lower[i - 2];
            if (before != QLatin1String("at") && before != QLatin1String("very"))
                valence *= kNegationScalar;
        } else {
            valence *= kNegationScalar;
        }
    }
    return valence;
}

SentimentScore VaderScorer::score(const QString &text) const
{
    const QStringList w = tokens(text);
    QStringList lower;
    lower.reserve(w.size());
    for (const QString &word : w)
        lower << word.toLower();
    const bool capDiff = capsDifferential(w);
    std::vector<double> sentiments;
    sentiments.reserve(std::size_t(w.size()));
    for (int i = 0; i < w.size(); ++i) {
        const bool kindOf =
            i < w.size() - 1 && lower[i] == QLatin1String("kind") && lower[i + 1] == QLatin1String("of");
        if (kindOf || boosters().contains(lower[i])) {
            sentiments.push_back(0.0);
            continue;
        }
        sentiments.push_back(wordValence(w, lower, i, capDiff));
    }
    if (sentiments.empty())
        return {};

    // A contrastive "but": what follows weighs more than what precedes.
    qsizetype but = w.indexOf(QStringLiteral("but"));
    if (but < 0)
        but = w.indexOf(QStringLiteral("BUT"));
    if (but >= 0)
        for (qsizetype k = 0; k < qsizetype(sentiments.size()); ++k)
            sentiments[std::size_t(k)] *= k < but ? 0.5 : k > but ? 1.5 : 1.0;

    double sum = 0;
    for (double s : sentiments)
        sum += s;
    const qsizetype exclamations = std::min<qsizetype>(text.count(QLatin1Char('!')), 4);
    const qsizetype questions = text.count(QLatin1Char('?'));
    const double emphasis =
        double(exclamations) * kExclamationIncrement +
        (questions > 1 ? (questions <= 3 ? double(questions) * kQuestionIncrement : kQuestionCap) : 0.0);
    if (sum > 0)
        sum += emphasis;
    else if (sum < 0)
        sum -= emphasis;
    const double compound = std::clamp(sum / std::sqrt(sum * sum + kNormalisationAlpha), -1.0, 1.0);

    // Each sentiment word counts one more than its valence, so that neutral
    // words (which count 1) are on the same scale.
    double positive = 0, negative = 0, neutral = 0;
    for (double s : sentiments) {
        if (s > 0)
            positive += s + 1;
        else if (s < 0)
            negative += s - 1;
        else
            neutral += 1;
    }
    if (positive > std::fabs(negative))
        positive += emphasis;
    else if (positive < std::fabs(negative))
        negative -= emphasis;
    const double total = positive + std::fabs(negative) + neutral;
    SentimentScore score;
    score.positive = roundLikeReference(std::fabs(positive / total), 3);
    score.negative = roundLikeReference(std::fabs(negative / total), 3);
    score.neutral = roundLikeReference(std::fabs(neutral / total), 3);
    score.compound = roundLikeReference(compound, 4);
    return score;
}

} // namespace sn::news
