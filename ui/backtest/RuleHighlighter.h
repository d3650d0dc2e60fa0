#pragma once

#include "core/rules/RuleDiagnostic.h"

#include <QSet>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <vector>

namespace sn::ui {

// Colours a strategy rule (docs/rules.md) as it is typed: keywords, rule
// outputs, functions, price series, numbers and comments, and puts a red
// wavy underline under every span a diagnostic names. The word lists come
// from rules::RuleCatalog, so they are the compiler's own.
class RuleHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit RuleHighlighter(QTextDocument *document);

    // Underlines these spans (line and column as the compiler counts them)
    // and re-highlights.
    void setDiagnostics(std::vector<rules::Diagnostic> diagnostics);

    // The format a word would get (for tests): keyword, function, ...
    QString categoryOf(const QString &word) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    QSet<QString> m_keywords, m_functions, m_series, m_outputs;
    QTextCharFormat m_keyword, m_function, m_seriesFormat, m_output, m_number, m_comment;
    std::vector<rules::Diagnostic> m_diagnostics;
};

} // namespace sn::ui
