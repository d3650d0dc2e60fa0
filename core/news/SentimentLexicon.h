#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <optional>

namespace sn::news {

// Word -> valence on VADER's -4..+4 scale. The method looks words up in
// lower case; keys are kept as the file writes them.
class SentimentLexicon
{
public:
    // VADER's format: word<TAB>mean valence[<TAB>anything], one a line; '#'
    // starts a comment line (only in our additions file). A bad line is a
    // ParseError naming `name` and the line.
    static Result<SentimentLexicon> fromText(const QByteArray &text, const QString &name);

    // The bundled VADER lexicon exactly as published (the reference tests
    // run on it) and the same with resources/sentiment/finance_additions.txt
    // applied, which is what the app scores with. Loaded once, read-only,
    // safe to share between threads.
    static const SentimentLexicon &vader();
    static const SentimentLexicon &finance();

    // Entries of `other` replace or extend this one; a valence of 0 removes
    // the word, so it reads as any word the lexicon does not know.
    void apply(const SentimentLexicon &other);

    std::optional<double> valence(const QString &lowerCaseWord) const
    {
        const auto it = m_words.constFind(lowerCaseWord);
        if (it == m_words.cend())
            return std::nullopt;
        return *it;
    }
    bool contains(const QString &lowerCaseWord) const { return m_words.contains(lowerCaseWord); }
    qsizetype size() const { return m_words.size(); }

private:
    QHash<QString, double> m_words;
};

} // namespace sn::news
