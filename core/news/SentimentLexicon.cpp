#include "core/news/SentimentLexicon.h"

#include <QFile>
#include <cstdio>
#include <cstdlib>

namespace sn::news {

namespace {

// The lexicon files are compiled in (core/news/CMakeLists.txt); failing to
// read them is a broken build, not a user error.
SentimentLexicon bundled(const char *path)
{
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "fatal: the bundled sentiment lexicon %s is missing from this build\n", path);
        std::abort();
    }
    auto lexicon = SentimentLexicon::fromText(file.readAll(), QString::fromLatin1(path));
    if (!lexicon) {
        std::fprintf(stderr, "fatal: the bundled sentiment lexicon is unreadable: %s\n",
                     lexicon.error().toString().c_str());
        std::abort();
    }
    return std::move(lexicon).value();
}

} // namespace

Result<SentimentLexicon> SentimentLexicon::fromText(const QByteArray &text, const QString &name)
{
    SentimentLexicon lexicon;
    int lineNumber = 0;
    for (const QByteArray &rawLine : text.split('\n')) {
        ++lineNumber;
        QByteArray line = rawLine;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split('\t');
        const std::string at = name.toStdString() + ":" + std::to_string(lineNumber);
        if (fields.size() < 2 || fields[0].isEmpty())
            return makeError(ErrorCode::ParseError, "expected word<TAB>valence", at);
        bool ok = false;
        const double valence = fields[1].trimmed().toDouble(&ok);
        if (!ok || !(valence >= -4.0 && valence <= 4.0)) // a NaN fails it too
            return makeError(ErrorCode::ParseError,
                             "valence '" + fields[1].toStdString() + "' is not a number from -4 to 4", at);
        // Keys as written: lookups are lower-cased, so an upper-case entry
        // (":D" beside ":d") is never reached, exactly as in the reference.
        lexicon.m_words.insert(QString::fromUtf8(fields[0]), valence);
    }
    return lexicon;
}

const SentimentLexicon &SentimentLexicon::vader()
{
    static const SentimentLexicon lexicon = bundled(":/sentiment/vader_lexicon.txt");
    return lexicon;
}

const SentimentLexicon &SentimentLexicon::finance()
{
    static const SentimentLexicon lexicon = [] {
        SentimentLexicon l = vader();
        l.apply(bundled(":/sentiment/finance_additions.txt"));
        return l;
    }();
    return lexicon;
}

void SentimentLexicon::apply(const SentimentLexicon &other)
{
    for (auto it = other.m_words.cbegin(); it != other.m_words.cend(); ++it) {
        if (*it == 0.0)
            m_words.remove(it.key());
        else
            m_words.insert(it.key(), *it);
    }
}

} // namespace sn::news
