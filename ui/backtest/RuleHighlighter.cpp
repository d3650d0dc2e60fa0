#include "ui/backtest/RuleHighlighter.h"

#include "core/rules/RuleCatalog.h"

namespace sn::ui {

RuleHighlighter::RuleHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    using K = rules::CatalogEntry::Kind;
    for (const rules::CatalogEntry &e : rules::RuleCatalog::entries()) {
        const QString name = QString::fromStdString(e.name);
        switch (e.kind) {
        case K::Keyword:
            m_keywords.insert(name);
            break;
        case K::Function:
            m_functions.insert(name);
            break;
        case K::Series:
            m_series.insert(name);
            break;
        case K::Output:
            m_outputs.insert(name);
            break;
        }
    }
    m_keywords.insert(QStringLiteral("in"));
    m_keywords.insert(QStringLiteral("int"));
    m_keywords.insert(QStringLiteral("float"));
    // Colours readable on the light and the dark theme alike.
    m_keyword.setForeground(QColor(0x7b, 0x1f, 0xa2));
    m_keyword.setFontWeight(QFont::Bold);
    m_function.setForeground(QColor(0x15, 0x65, 0xc0));
    m_seriesFormat.setForeground(QColor(0x00, 0x83, 0x8f));
    m_output.setForeground(QColor(0xc6, 0x28, 0x28));
    m_output.setFontWeight(QFont::Bold);
    m_number.setForeground(QColor(0xef, 0x6c, 0x00));
    m_comment.setForeground(QColor(0x75, 0x75, 0x75));
    m_comment.setFontItalic(true);
}

void RuleHighlighter::setDiagnostics(std::vector<rules::Diagnostic> diagnostics)
{
    m_diagnostics = std::move(diagnostics);
    rehighlight();
}

QString RuleHighlighter::categoryOf(const QString &word) const
{
    if (m_keywords.contains(word))
        return QStringLiteral("keyword");
    if (m_outputs.contains(word))
        return QStringLiteral("output");
    if (m_functions.contains(word))
        return QStringLiteral("function");
    if (m_series.contains(word))
        return QStringLiteral("series");
    return {};
}

void RuleHighlighter::highlightBlock(const QString &text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = text[i];
        if (c == QLatin1Char('#')) {
            setFormat(int(i), int(n - i), m_comment);
            break;
        }
        if (c.isLetter() || c == QLatin1Char('_')) {
            qsizetype j = i + 1;
            while (j < n && (text[j].isLetterOrNumber() || text[j] == QLatin1Char('_')))
                ++j;
            const QString word = text.mid(i, j - i);
            const QString category = categoryOf(word);
            if (category == QLatin1String("keyword"))
                setFormat(int(i), int(j - i), m_keyword);
            else if (category == QLatin1String("output"))
                setFormat(int(i), int(j - i), m_output);
            else if (category == QLatin1String("function"))
                setFormat(int(i), int(j - i), m_function);
            else if (category == QLatin1String("series"))
                setFormat(int(i), int(j - i), m_seriesFormat);
            i = j;
            continue;
        }
        if (c.isDigit()) {
            qsizetype j = i + 1;
            while (j < n &&
                   (text[j].isDigit() || (text[j] == QLatin1Char('.') && j + 1 < n && text[j + 1].isDigit())))
                ++j;
            setFormat(int(i), int(j - i), m_number);
            i = j;
            continue;
        }
        ++i;
    }
    // Diagnostics of this line: a red wave under the span, over whatever
    // colour the token has. Columns count bytes; rules are ASCII in practice.
    const int line = currentBlock().blockNumber() + 1;
    for (const rules::Diagnostic &d : m_diagnostics) {
        if (d.at.line != line)
            continue;
        const int start = std::max(0, d.at.column - 1);
        const int length = std::max(1, std::min(d.at.length, int(n) - start));
        for (int k = start; k < start + length && k < n; ++k) {
            QTextCharFormat f = format(k);
            f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            f.setUnderlineColor(QColor(0xd3, 0x2f, 0x2f));
            f.setToolTip(d.hint.empty() ? QString::fromStdString(d.shownMessage())
                                        : tr("%1\nhint: %2")
                                              .arg(QString::fromStdString(d.shownMessage()),
                                                   QString::fromStdString(d.shownHint())));
            setFormat(k, 1, f);
        }
        if (start >= n && n > 0) {
            // A problem at the end of the line (a missing value): mark the last character.
            QTextCharFormat f = format(int(n - 1));
            f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            f.setUnderlineColor(QColor(0xd3, 0x2f, 0x2f));
            setFormat(int(n - 1), 1, f);
        }
    }
}

} // namespace sn::ui
