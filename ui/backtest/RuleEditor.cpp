#include "ui/backtest/RuleEditor.h"

#include "core/rules/BuiltinRules.h"
#include "core/rules/RuleCatalog.h"
#include "core/rules/RuleParser.h"
#include "core/rules/RuleStrategy.h"
#include "ui/backtest/RuleHighlighter.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QStringListModel>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>
#include <functional>
#include <set>

namespace sn::ui {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// The identifier the cursor is at the end of ("" when none).
QString wordBeforeCursor(const QTextCursor &cursor)
{
    const QString line = cursor.block().text();
    int end = cursor.positionInBlock(), start = end;
    while (start > 0 && (line[start - 1].isLetterOrNumber() || line[start - 1] == QLatin1Char('_')))
        --start;
    return line.mid(start, end - start);
}

// The text area: while the completion list is open, the keys that pick or
// dismiss a completion go to the completer only (it calls event() directly,
// past any event filter, so this has to be the widget's own handler);
// Ctrl+Space opens the list.
class RuleTextEdit final : public QPlainTextEdit
{
public:
    RuleTextEdit(QWidget *parent, std::function<void()> requestCompletion)
        : QPlainTextEdit(parent), m_requestCompletion(std::move(requestCompletion))
    {
    }
    void setCompleter(QCompleter *completer) { m_completer = completer; }

protected:
    void keyPressEvent(QKeyEvent *e) override
    {
        if (m_completer && m_completer->popup()->isVisible()) {
            switch (e->key()) {
            case Qt::Key_Enter:
            case Qt::Key_Return:
            case Qt::Key_Escape:
            case Qt::Key_Tab:
            case Qt::Key_Backtab:
                e->ignore();
                return;
            default:
                break;
            }
        }
        if (e->key() == Qt::Key_Space && (e->modifiers() & Qt::ControlModifier)) {
            m_requestCompletion();
            return;
        }
        QPlainTextEdit::keyPressEvent(e);
    }

private:
    QCompleter *m_completer = nullptr;
    std::function<void()> m_requestCompletion;
};

} // namespace

RuleEditor::RuleEditor(QWidget *parent)
    : QWidget(parent), m_builtins(new QComboBox(this)),
      m_edit(new RuleTextEdit(this, [this] { completeWordAtCursor(true); })),
      m_highlighter(new RuleHighlighter(m_edit->document())), m_completer(new QCompleter(this)),
      m_words(new QStringListModel(this)), m_problems(new QListWidget(this)), m_summary(new QLabel(this)),
      m_paramBox(new QWidget(this)), m_paramLayout(new QFormLayout(m_paramBox)),
      m_useInLab(new QCheckBox(tr("Run this rule instead of the form's strategy"), this)),
      m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("RuleEditor"));
    m_builtins->setAccessibleName(tr("New rule from built-in"));
    m_builtins->addItem(tr("New rule from built-in..."));
    for (const std::string &name : rules::BuiltinRules::names())
        m_builtins->addItem(qs(name));
    m_edit->setAccessibleName(tr("Rule text"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setTabStopDistance(4 * m_edit->fontMetrics().horizontalAdvance(QLatin1Char(' ')));
    m_edit->setPlaceholderText(tr("param fast: int = 10 in 2..200\nparam slow: int = 30 in 5..400\n"
                                  "entry = cross_above(sma(close, fast), sma(close, slow))\n"
                                  "exit = cross_below(sma(close, fast), sma(close, slow))"));
    m_problems->setAccessibleName(tr("Rule problems"));
    m_problems->setMaximumHeight(110);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Rule summary"));
    m_useInLab->setAccessibleName(tr("Run this rule in the lab"));
    m_useInLab->setEnabled(false);
    connect(m_useInLab, &QCheckBox::toggled, this, &RuleEditor::runsInLabChanged);

    m_completer->setModel(m_words);
    m_completer->setWidget(m_edit);
    static_cast<RuleTextEdit *>(m_edit)->setCompleter(m_completer);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseSensitive);
    m_completer->setModelSorting(QCompleter::UnsortedModel);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);

    auto *open = new QPushButton(tr("Open..."), this);
    open->setAccessibleName(tr("Open a rule file"));
    auto *save = new QPushButton(tr("Save as..."), this);
    save->setAccessibleName(tr("Save the rule to a file"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_builtins, 1);
    top->addWidget(open);
    top->addWidget(save);
    const QString filter = tr("Rules (*.rule *.txt);;All files (*)");
    connect(open, &QPushButton::clicked, this, [this, filter] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open rule"), QString(), filter);
        if (path.isEmpty())
            return;
        if (auto r = loadFile(path); !r)
            m_summary->setText(qs(r.error().toUserString()));
    });
    connect(save, &QPushButton::clicked, this, [this, filter] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save rule"), QStringLiteral("strategy.rule"), filter);
        if (path.isEmpty())
            return;
        if (auto r = saveFile(path); !r)
            m_summary->setText(qs(r.error().toUserString()));
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_edit, 3);
    layout->addWidget(m_problems);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Parameters (from the 'param' lines):"), this));
    layout->addWidget(m_paramBox);
    layout->addWidget(m_useInLab);

    connect(m_edit, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &RuleEditor::compile);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] { completeWordAtCursor(false); });
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &RuleEditor::insertCompletion);
    connect(m_builtins, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        if (index > 0)
            loadBuiltin(m_builtins->itemText(index));
        m_builtins->setCurrentIndex(0);
    });
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_problems->row(item);
        if (row < 0 || std::size_t(row) >= m_diagnostics.size())
            return;
        const rules::Diagnostic &d = m_diagnostics[std::size_t(row)];
        QTextCursor c(m_edit->document()->findBlockByNumber(d.at.line - 1));
        c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, d.at.column - 1);
        m_edit->setTextCursor(c);
        m_edit->setFocus();
    });
    updateCompletions();
    compile();
}

RuleEditor::~RuleEditor() = default;

QString RuleEditor::text() const
{
    return m_edit->toPlainText();
}

void RuleEditor::setText(const QString &text)
{
    m_edit->setPlainText(text);
    compileNow();
}

namespace {

// A file error with `why` (marked QT_TR_NOOP) filled in English for the logs
// and in the reader's language for the editor's summary line.
Error fileError(ErrorCode code, const char *why, const QString &arg, const QString &path)
{
    const QString english = QString::fromLatin1(why).arg(arg);
    Error e(code, english.toStdString(), path.toStdString());
    const QString shown = RuleEditor::tr(why).arg(arg);
    if (shown != english)
        e.userMessage = shown.toStdString();
    return e;
}

} // namespace

Result<void> RuleEditor::loadFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fileError(ErrorCode::NotFound, QT_TR_NOOP("cannot read: %1"), f.errorString(), path);
    if (f.size() > qint64(rules::kMaxRuleBytes))
        return fileError(ErrorCode::InvalidArgument, QT_TR_NOOP("larger than %1 bytes: not a rule"),
                         QString::number(rules::kMaxRuleBytes), path);
    setText(QString::fromUtf8(f.readAll()));
    return {};
}

Result<void> RuleEditor::saveFile(const QString &path) const
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fileError(ErrorCode::IoError, QT_TR_NOOP("cannot write: %1"), f.errorString(), path);
    const QByteArray bytes = m_edit->toPlainText().toUtf8();
    if (f.write(bytes) != bytes.size() || !f.flush())
        return fileError(ErrorCode::IoError, QT_TR_NOOP("cannot write: %1"), f.errorString(), path);
    return {};
}

bool RuleEditor::loadBuiltin(const QString &strategy)
{
    const std::string text = rules::BuiltinRules::ruleFor(strategy.toStdString());
    if (text.empty())
        return false;
    setText(qs(text));
    return true;
}

void RuleEditor::compileNow()
{
    m_debounce->stop();
    compile();
}

std::shared_ptr<const bt::Strategy> RuleEditor::rule() const
{
    return m_rule;
}

bool RuleEditor::runsInLab() const
{
    return m_useInLab->isChecked() && m_rule != nullptr;
}

void RuleEditor::compile()
{
    const std::string source = m_edit->toPlainText().toStdString();
    m_diagnostics.clear();
    std::shared_ptr<const rules::RuleStrategy> rule;
    if (!m_edit->toPlainText().trimmed().isEmpty())
        rule = rules::RuleStrategy::compile(source, "rule", m_diagnostics);
    m_rule = rule;
    m_highlighter->setDiagnostics(m_diagnostics);
    m_problems->clear();
    for (const rules::Diagnostic &d : m_diagnostics) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1:%2  %3").arg(d.at.line).arg(d.at.column).arg(qs(d.shownMessage())),
            m_problems);
        item->setToolTip(qs(d.shownHint()));
        if (!d.hint.empty())
            item->setText(item->text() + QStringLiteral("  (") + qs(d.shownHint()) + QLatin1Char(')'));
    }
    m_problems->setVisible(!m_diagnostics.empty());
    if (m_rule) {
        const bt::StrategyInfo &info = m_rule->info();
        const rules::RulePlan &plan = m_rule->plan();
        std::size_t cached = 0;
        for (const rules::PlanNode &n : plan.nodes)
            cached += n.cached;
        m_summary->setText(
            tr("Compiles: %1 parameter(s), %2, %3 plan nodes (%4 indicator arrays shared with sweeps).")
                .arg(info.params.size())
                .arg(info.supportsShort ? tr("long and short") : tr("long only"))
                .arg(plan.nodes.size())
                .arg(cached));
    } else {
        m_summary->setText(m_diagnostics.empty()
                               ? tr("Write a rule or start from a built-in.")
                               : tr("%n problem(s): hover an underline or pick a line below.", nullptr,
                                    int(m_diagnostics.size())));
    }
    m_useInLab->setEnabled(m_rule != nullptr);
    rebuildParams();
    updateCompletions();
    Q_EMIT ruleChanged();
}

void RuleEditor::rebuildParams()
{
    if (!m_rule)
        return; // keep the last good form while the text is being fixed
    const bt::StrategyInfo &info = m_rule->info();
    std::string signature;
    for (const bt::ParamSpec &p : info.params)
        signature += p.name + ':' + bt::paramTypeName(p.type) + ':' + std::to_string(p.min) + ':' +
                     std::to_string(p.max) + ':' + std::to_string(p.defaultValue) + ';';
    if (signature == m_paramSignature)
        return; // same declarations: keep what the user set
    m_paramSignature = signature;
    while (m_paramLayout->rowCount() > 0)
        m_paramLayout->removeRow(0);
    m_paramEditors.clear();
    for (const bt::ParamSpec &p : info.params) {
        QWidget *editor = nullptr;
        // Ranges without a declared end are the compiler's wide defaults;
        // spin boxes are kept to sane bounds.
        const double lo = std::max(p.min, -1e9), hi = std::min(p.max, 1e9);
        if (p.type == bt::ParamType::Int) {
            auto *spin = new QSpinBox(m_paramBox);
            spin->setRange(int(std::max(lo, -2e9)), int(std::min(hi, 2e9)));
            spin->setValue(int(p.defaultValue));
            editor = spin;
        } else {
            auto *spin = new QDoubleSpinBox(m_paramBox);
            spin->setDecimals(4);
            spin->setRange(lo, hi);
            spin->setSingleStep(std::abs(hi - lo) < 10 ? 0.05 : 1);
            spin->setValue(p.defaultValue);
            editor = spin;
        }
        editor->setAccessibleName(qs(p.name));
        editor->setToolTip(qs(p.description));
        m_paramEditors.insert(qs(p.name), editor);
        m_paramLayout->addRow(qs(p.name), editor);
    }
}

bool RuleEditor::applyTo(LabInputs &in) const
{
    if (!runsInLab())
        return false;
    in.rule = m_rule;
    in.request.custom = m_rule.get();
    in.request.strategy = m_rule->info().name;
    in.request.params = paramTexts();
    in.paramValues = paramValues();
    return true;
}

std::vector<double> RuleEditor::paramValues() const
{
    std::vector<double> values;
    if (!m_rule)
        return values;
    for (const bt::ParamSpec &p : m_rule->info().params) {
        QWidget *w = m_paramEditors.value(qs(p.name));
        if (auto *i = qobject_cast<QSpinBox *>(w))
            values.push_back(i->value());
        else if (auto *d = qobject_cast<QDoubleSpinBox *>(w))
            values.push_back(d->value());
        else
            values.push_back(p.defaultValue);
    }
    return values;
}

std::vector<std::pair<std::string, std::string>> RuleEditor::paramTexts() const
{
    std::vector<std::pair<std::string, std::string>> out;
    if (!m_rule)
        return out;
    const std::vector<double> values = paramValues();
    for (std::size_t i = 0; i < values.size(); ++i)
        out.emplace_back(m_rule->info().params[i].name, QString::number(values[i], 'g', 17).toStdString());
    return out;
}

QStringList RuleEditor::completions() const
{
    return m_words->stringList();
}

void RuleEditor::updateCompletions()
{
    // The compiler's vocabulary plus the names this rule declares (taken
    // from the text, so they complete even while another line is broken).
    std::set<QString> words;
    for (const rules::CatalogEntry &e : rules::RuleCatalog::entries())
        words.insert(qs(e.name));
    const QStringList lines = m_edit->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QStringList parts = line.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() >= 2 && (parts[0] == QLatin1String("param") || parts[0] == QLatin1String("let"))) {
            QString name = parts[1];
            name =
                name.left(name.indexOf(QLatin1Char(':')) >= 0 ? name.indexOf(QLatin1Char(':')) : name.size());
            if (!name.isEmpty() && (name[0].isLetter() || name[0] == QLatin1Char('_')))
                words.insert(name);
        }
    }
    const QStringList list(words.begin(), words.end());
    if (list != m_words->stringList())
        m_words->setStringList(list);
}

void RuleEditor::completeWordAtCursor(bool explicitRequest)
{
    const QString prefix = wordBeforeCursor(m_edit->textCursor());
    if (prefix.size() < (explicitRequest ? 0 : 2)) {
        m_completer->popup()->hide();
        return;
    }
    updateCompletions();
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0 ||
        (m_completer->completionCount() == 1 && m_completer->currentCompletion() == prefix)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect r = m_edit->cursorRect();
    r.setWidth(m_completer->popup()->sizeHintForColumn(0) +
               m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(r);
}

void RuleEditor::insertCompletion(const QString &word)
{
    QTextCursor c = m_edit->textCursor();
    const QString prefix = wordBeforeCursor(c);
    // Replace the typed part with the whole word (keeps the case as listed).
    c.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(prefix.size()));
    c.insertText(word);
    m_edit->setTextCursor(c);
}

} // namespace sn::ui
