#pragma once

#include "core/backtest/Strategy.h"
#include "core/common/Result.h"
#include "core/rules/RuleDiagnostic.h"
#include "ui/backtest/LabData.h"

#include <QHash>
#include <QWidget>
#include <memory>
#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QCompleter;
class QFormLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QStringListModel;
class QTimer;

namespace sn::rules {
class RuleStrategy;
}

namespace sn::ui {

class RuleHighlighter;

// The lab's strategy-rule editor (docs/rules.md): syntax highlighting,
// completion of functions, series, keywords and the rule's own parameters
// and 'let' names, every problem underlined as you type and listed with
// its hint, the parameter form generated from the 'param' lines, and "new
// rule from built-in". Compiling takes microseconds, so it runs on the GUI
// thread after a short pause in typing.
class RuleEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RuleEditor(QWidget *parent = nullptr);
    ~RuleEditor() override;

    QString text() const;
    void setText(const QString &text);
    // Replaces the text with a built-in strategy written out as a rule.
    bool loadBuiltin(const QString &strategy);
    // Compiles now instead of after the typing pause.
    void compileNow();
    // Rules as text files (export / import); errors name the file.
    Result<void> loadFile(const QString &path);
    Result<void> saveFile(const QString &path) const;

    // The last rule that compiled (null while the text has problems); it is
    // shared so a job running it keeps it alive while the text changes.
    std::shared_ptr<const bt::Strategy> rule() const;
    const std::vector<rules::Diagnostic> &diagnostics() const { return m_diagnostics; }
    // The generated form's values in the rule's parameter order.
    std::vector<double> paramValues() const;
    // "name" -> "value" pairs for a BacktestRequest.
    std::vector<std::pair<std::string, std::string>> paramTexts() const;
    // The "Run this rule" switch: the lab runs the rule instead of the form's strategy.
    bool runsInLab() const;
    // When runsInLab(): puts the rule and the form's values into `in` (the
    // data, dates and costs stay the lab form's) and returns true.
    bool applyTo(LabInputs &in) const;

    // For tests and the accessibility tree.
    QPlainTextEdit *textEdit() const { return m_edit; }
    QCompleter *completer() const { return m_completer; }
    QListWidget *problemList() const { return m_problems; }
    QWidget *paramEditor(const QString &name) const { return m_paramEditors.value(name); }
    RuleHighlighter *highlighter() const { return m_highlighter; }
    QStringList completions() const;

Q_SIGNALS:
    // After each compile: a new rule, or the same text with new problems.
    void ruleChanged();
    // The "Run this rule" switch was turned on or off.
    void runsInLabChanged(bool on);

private:
    void compile();
    void rebuildParams();
    void updateCompletions();
    void completeWordAtCursor(bool explicitRequest);
    void insertCompletion(const QString &word);

    QComboBox *m_builtins;
    QPlainTextEdit *m_edit;
    RuleHighlighter *m_highlighter;
    QCompleter *m_completer;
    QStringListModel *m_words;
    QListWidget *m_problems;
    QLabel *m_summary;
    QWidget *m_paramBox;
    QFormLayout *m_paramLayout;
    QCheckBox *m_useInLab;
    QTimer *m_debounce;
    QHash<QString, QWidget *> m_paramEditors;
    std::shared_ptr<const rules::RuleStrategy> m_rule;
    std::vector<rules::Diagnostic> m_diagnostics;
    std::string m_paramSignature; // names, types and ranges the form was built for
};

} // namespace sn::ui
