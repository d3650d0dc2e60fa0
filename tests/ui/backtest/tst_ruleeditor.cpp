#include "core/backtest/Backtester.h"
#include "core/rules/BuiltinRules.h"
#include "core/rules/RuleStrategy.h"
#include "core/storage/Database.h"
#include "core/workspace/MarketData.h"
#include "core/workspace/RuleService.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/Workspace.h"
#include "ui/backtest/BacktestLabView.h"
#include "ui/backtest/HeatmapWidget.h"
#include "ui/backtest/LabData.h"
#include "ui/backtest/OptimisationPanel.h"
#include "ui/backtest/RuleEditor.h"
#include "ui/backtest/RuleHighlighter.h"
#include "ui/backtest/RuleLibraryPanel.h"
#include "ui/backtest/StrategyForm.h"
#include "ui/backtest/WalkForwardPanel.h"
#include "ui/settings/Language.h"
#include "ui/shell/JobTracker.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace sn;
using namespace sn::ui;

namespace {

// The formats the highlighter put on one line (QSyntaxHighlighter keeps them
// in the block's layout).
QList<QTextLayout::FormatRange> formatsOfLine(QPlainTextEdit *edit, int line)
{
    return edit->document()->findBlockByNumber(line - 1).layout()->formats();
}

bool underlinedAt(QPlainTextEdit *edit, int line, int column)
{
    for (const QTextLayout::FormatRange &r : formatsOfLine(edit, line))
        if (column - 1 >= r.start && column - 1 < r.start + r.length &&
            r.format.underlineStyle() == QTextCharFormat::WaveUnderline)
            return true;
    return false;
}

} // namespace

// The lab's rule editor: highlighting, errors underlined as you type,
// completion, the parameter form from the declarations, "new rule from
// built-in", and a rule run from the lab giving the built-in's result.
class TestRuleEditor : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto db =
            Database::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("rules.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(m_db->migrate().ok());
        QVERIFY(SampleData(*m_db).load().ok());
    }

    void cleanup() { QVERIFY(Language::apply(QStringLiteral("en"))); }

    void builtinBecomesARuleWithItsForm()
    {
        RuleEditor editor;
        QVERIFY(editor.loadBuiltin(QStringLiteral("sma_cross")));
        QVERIFY(editor.rule());
        QVERIFY(editor.diagnostics().empty());
        auto *fast = qobject_cast<QSpinBox *>(editor.paramEditor(QStringLiteral("fast")));
        QVERIFY(fast);
        QCOMPARE(fast->value(), 10);
        QCOMPARE(fast->minimum(), 1);
        QCOMPARE(fast->maximum(), 5000);
        QCOMPARE(fast->toolTip(), QStringLiteral("fast average length (bars)"));
        fast->setValue(12);
        QCOMPARE(editor.paramValues(), (std::vector<double>{12, 30}));

        editor.setText(QString::fromStdString(rules::BuiltinRules::ruleFor("bollinger_breakout")));
        QVERIFY(qobject_cast<QDoubleSpinBox *>(editor.paramEditor(QStringLiteral("k"))));
        QVERIFY(!editor.paramEditor(QStringLiteral("fast")));
    }

    void rulesAreTextFiles()
    {
        RuleEditor editor;
        QVERIFY(editor.loadBuiltin(QStringLiteral("donchian_breakout")));
        const QString path = m_dir.filePath(QStringLiteral("donchian.rule"));
        QVERIFY(editor.saveFile(path).ok());
        RuleEditor other;
        QVERIFY(other.loadFile(path).ok());
        QCOMPARE(other.text(), editor.text());
        QVERIFY(other.rule());
        auto missing = other.loadFile(m_dir.filePath(QStringLiteral("nope.rule")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().toString().find("nope.rule") != std::string::npos);
        QCOMPARE(other.text(), editor.text()); // unchanged after the failure
    }

    void errorsAreUnderlinedAndListed()
    {
        RuleEditor editor;
        QSignalSpy changed(&editor, &RuleEditor::ruleChanged);
        // Typed as a user would, line by line.
        QTest::keyClicks(editor.textEdit(), QStringLiteral("param fast: int = 10 in 2..200"));
        QTest::keyClick(editor.textEdit(), Qt::Key_Return);
        QTest::keyClicks(editor.textEdit(), QStringLiteral("entry = smaa(close, fast) > close[-1]"));
        QTest::keyClick(editor.textEdit(), Qt::Key_Return);
        QCOMPARE(editor.text(),
                 QStringLiteral("param fast: int = 10 in 2..200\nentry = smaa(close, fast) > close[-1]\n"));
        QVERIFY(changed.wait(3000)); // compiled after the typing pause
        QVERIFY(!editor.rule());
        QCOMPARE(editor.diagnostics().size(), std::size_t(2));
        QCOMPARE(editor.problemList()->count(), 2);
        QVERIFY(
            editor.problemList()->item(0)->text().startsWith(QStringLiteral("2:9  unknown function 'smaa'")));
        QVERIFY(editor.problemList()->item(0)->text().contains(QStringLiteral("did you mean 'sma'?")));
        // The red wave sits under 'smaa' and under '-1', not elsewhere.
        QVERIFY(underlinedAt(editor.textEdit(), 2, 9));
        QVERIFY(underlinedAt(editor.textEdit(), 2, 12));
        QVERIFY(!underlinedAt(editor.textEdit(), 2, 14));
        QVERIFY(underlinedAt(editor.textEdit(), 2, 35));
        QVERIFY(!underlinedAt(editor.textEdit(), 1, 1));
        // Fixing the text clears them.
        editor.setText(
            QStringLiteral("param fast: int = 10 in 2..200\nentry = sma(close, fast) > close[1]\n"));
        QVERIFY(editor.rule());
        QCOMPARE(editor.problemList()->count(), 0);
        QVERIFY(!underlinedAt(editor.textEdit(), 2, 9));
    }

    // The German and Spanish desktop list a rule's problems in their words,
    // at the same line and column; the English (the CLI's `rule check`,
    // --json, logs) stays word for word.
    void problemsReadInTheDesktopsLanguage()
    {
        const QString text =
            QStringLiteral("param fast: int = 10 in 2..200\nentry = smaa(close, fast) > close[-1]\n");
        QVERIFY(Language::apply(QStringLiteral("de")));
        {
            RuleEditor editor;
            editor.setText(text);
            QVERIFY(!editor.rule());
            QCOMPARE(editor.problemList()->count(), 2);
            const QString first = editor.problemList()->item(0)->text();
            QVERIFY2(first.startsWith(QStringLiteral("2:9  unbekannte Funktion 'smaa'")), qPrintable(first));
            QVERIFY2(first.contains(QStringLiteral("meinten Sie 'sma'?")), qPrintable(first));
            const QString second = editor.problemList()->item(1)->text();
            QVERIFY2(second.startsWith(QStringLiteral("2:35  negativer Lag -1: ")), qPrintable(second));
            QVERIFY2(!second.contains(QStringLiteral("bars ago")), qPrintable(second));
            // The wave's tooltip too.
            QString tip;
            for (const QTextLayout::FormatRange &r : formatsOfLine(editor.textEdit(), 2))
                if (8 >= r.start && 8 < r.start + r.length && !r.format.toolTip().isEmpty())
                    tip = r.format.toolTip();
            QCOMPARE(tip, QStringLiteral("unbekannte Funktion 'smaa'\nHinweis: meinten Sie 'sma'?"));
            // What the CLI prints is still English.
            QCOMPARE(editor.diagnostics()[0].message, std::string("unknown function 'smaa'"));
            QCOMPARE(editor.diagnostics()[0].hint, std::string("did you mean 'sma'?"));
            QCOMPARE(editor.diagnostics()[1].message,
                     std::string("negative lag -1: that would read a future bar"));
        }

        // A rule that does not compile, as one error: German with "Fehler:" and
        // the caret line, English in toString().
        auto compiled = rules::RuleStrategy::fromText("entry = smaa(close, 10) > close\n", "x", "x.rule");
        QVERIFY(!compiled.ok());
        const QString german = QString::fromStdString(compiled.error().toUserString());
        QVERIFY2(german.contains(QStringLiteral("x.rule:1:9: Fehler: unbekannte Funktion 'smaa'\n")),
                 qPrintable(german));
        QVERIFY2(german.contains(QStringLiteral("\nHinweis: meinten Sie 'sma'?")), qPrintable(german));
        const QString english = QString::fromStdString(compiled.error().toString());
        QVERIFY2(english.contains(QStringLiteral("x.rule:1:9: error: unknown function 'smaa'\n")),
                 qPrintable(english));
        QVERIFY2(english.contains(QStringLiteral("\nhint: did you mean 'sma'?")), qPrintable(english));

        // The rule library's refusal, as its status line shows it.
        Workspace workspace(*m_db);
        auto refused = RuleService(workspace).save(
            QStringLiteral("de-cross"), QStringLiteral("entry = close > open\nstop = close > open\n"));
        QVERIFY(!refused.ok());
        const QString status = QString::fromStdString(refused.error().toUserString());
        QVERIFY2(
            status.startsWith(QStringLiteral("Regel 'de-cross': die Regel lässt sich nicht kompilieren:\n")),
            qPrintable(status));
        QVERIFY2(
            status.contains(QStringLiteral("'stop' muss eine Zahl sein (ein Abstand im Kurs), ist aber eine "
                                           "Bedingungsreihe")),
            qPrintable(status));
        const QString log = QString::fromStdString(refused.error().toString());
        QVERIFY2(log.startsWith(QStringLiteral("rule 'de-cross': the rule does not compile:\n")),
                 qPrintable(log));
        QVERIFY2(log.contains(
                     QStringLiteral("'stop' must be a number (a distance in price), got a condition series")),
                 qPrintable(log));

        QVERIFY(Language::apply(QStringLiteral("es")));
        {
            RuleEditor editor;
            editor.setText(text);
            const QString first = editor.problemList()->item(0)->text();
            QVERIFY2(first.startsWith(QStringLiteral("2:9  función desconocida 'smaa'")), qPrintable(first));
            QVERIFY2(first.contains(QStringLiteral("¿quería decir 'sma'?")), qPrintable(first));
        }
        QVERIFY(Language::apply(QStringLiteral("en")));
    }

    void highlightsByCategory()
    {
        RuleEditor editor;
        editor.setText(QStringLiteral("param n: int = 14 in 2..50  # length\nentry = rsi(close, n) < 30\n"));
        RuleHighlighter *h = editor.highlighter();
        QCOMPARE(h->categoryOf(QStringLiteral("param")), QStringLiteral("keyword"));
        QCOMPARE(h->categoryOf(QStringLiteral("rsi")), QStringLiteral("function"));
        QCOMPARE(h->categoryOf(QStringLiteral("close")), QStringLiteral("series"));
        QCOMPARE(h->categoryOf(QStringLiteral("entry")), QStringLiteral("output"));
        // Line 2: 'rsi' (columns 9-11) is coloured as a function, unlike 'n'.
        bool rsiColoured = false;
        for (const QTextLayout::FormatRange &r : formatsOfLine(editor.textEdit(), 2))
            rsiColoured =
                rsiColoured || (r.start == 8 && r.length == 3 && r.format.foreground().color().isValid());
        QVERIFY(rsiColoured);
        // The comment is italic.
        bool italic = false;
        for (const QTextLayout::FormatRange &r : formatsOfLine(editor.textEdit(), 1))
            italic = italic || (r.format.fontItalic() && r.start == 28);
        QVERIFY(italic);
    }

    void completesFunctionsAndTheRulesOwnNames()
    {
        RuleEditor editor;
        editor.resize(600, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setText(QStringLiteral("param fast_len: int = 10 in 2..200\nlet trend = ema(close, 50)\n"));
        const QStringList words = editor.completions();
        for (const char *w : {"sma", "cross_above", "bars_since", "close", "entry", "fast_len", "trend"})
            QVERIFY2(words.contains(QLatin1String(w)), w);
        QPlainTextEdit *edit = editor.textEdit();
        edit->moveCursor(QTextCursor::End);
        QTest::keyClicks(edit, QStringLiteral("entry = cross_a"));
        QCOMPARE(editor.completer()->completionPrefix(), QStringLiteral("cross_a"));
        QCOMPARE(editor.completer()->currentCompletion(), QStringLiteral("cross_above"));
        Q_EMIT editor.completer()->activated(QStringLiteral("cross_above"));
        QVERIFY(edit->toPlainText().endsWith(QStringLiteral("entry = cross_above")));
        QTest::keyClicks(edit, QStringLiteral("(close, fas"));
        QCOMPARE(editor.completer()->currentCompletion(), QStringLiteral("fast_len"));
    }

    void labRunsTheRuleLikeTheBuiltin()
    {
        JobTracker jobs;
        Workspace workspace(*m_db);
        BacktestLabView view(workspace, jobs);
        QSignalSpy loaded(&view, &BacktestLabView::instrumentsLoaded);
        view.refresh();
        QVERIFY(loaded.wait(10000));
        view.form()->setStrategy(QStringLiteral("sma_cross"));
        view.form()->setSymbol(QStringLiteral("^GSPC"));
        QVERIFY2(view.form()->isValid(), qPrintable(view.form()->problem()));
        // The form's own sma_cross first.
        QSignalSpy finished(&view, &BacktestLabView::runFinished);
        QTest::mouseClick(view.runButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QVERIFY(view.lastReport());
        const bt::BacktestResult builtin = view.lastReport()->result;
        QVERIFY(builtin.trades.size() > 10);

        // Then the same strategy as a rule from the Rule tab.
        RuleEditor *editor = view.findChild<RuleEditor *>();
        QVERIFY(editor);
        QCOMPARE(view.tabs()->tabText(view.tabs()->indexOf(editor->parentWidget())), QStringLiteral("Rule"));
        QVERIFY(editor->loadBuiltin(QStringLiteral("sma_cross")));
        editor->findChild<QCheckBox *>()->setChecked(true);
        QVERIFY(editor->runsInLab());
        QTest::mouseClick(view.runButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        const bt::BacktestReport *rule = view.lastReport();
        QVERIFY(rule);
        QCOMPARE(rule->strategy, std::string("rule"));
        QCOMPARE(rule->result.trades.size(), builtin.trades.size());
        QCOMPARE(rule->result.equity, builtin.equity);
        QCOMPARE(rule->result.finalEquity, builtin.finalEquity);
    }

    void storedRulesOpenSaveAsNewVersionAndHistory()
    {
        JobTracker jobs;
        Workspace workspace(*m_db);
        BacktestLabView view(workspace, jobs);
        RuleEditor *editor = view.ruleEditor();
        RuleLibraryPanel *library = view.ruleLibrary();
        QVERIFY(library);
        QCOMPARE(library->parentWidget(), editor->parentWidget()); // in the Rule tab, beside the editor
        QVERIFY(editor->loadBuiltin(QStringLiteral("sma_cross")));
        const QString v1 = editor->text();
        library->nameEdit()->setText(QStringLiteral("lab-cross"));
        library->noteEdit()->setText(QStringLiteral("from the built-in"));
        QSignalSpy saved(library, &RuleLibraryPanel::saved);
        QTest::mouseClick(library->saveButton(), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(1).toInt(), 1);
        QVERIFY(library->statusLabel()->text().contains(QStringLiteral("version 1")));

        // A text that does not compile is refused with line and column; nothing is stored.
        editor->setText(v1 + QStringLiteral("stop = close > open\n"));
        QVERIFY(!library->saveCurrent());
        QVERIFY2(library->statusLabel()->text().contains(QStringLiteral("'stop' must be a number")),
                 qPrintable(library->statusLabel()->text()));
        QCOMPARE(RuleService(workspace).history(QStringLiteral("lab-cross"))->size(), std::size_t(1));

        const QString v2 = v1 + QStringLiteral("stop = 2 * atr(14)\n");
        editor->setText(v2);
        QTest::mouseClick(library->saveButton(), Qt::LeftButton);
        QCOMPARE(saved.count(), 2);
        QCOMPARE(saved.at(1).at(1).toInt(), 2);
        // The list and history follow, newest version first.
        QVERIFY(library->select(QStringLiteral("lab-cross")));
        QCOMPARE(library->versionBox()->count(), 2);
        QCOMPARE(library->versionBox()->itemData(0).toInt(), 2);
        QVERIFY(library->versionBox()->itemText(1).contains(QStringLiteral("from the built-in")));

        // Opening version 1 puts its text in the editor, compiled.
        library->versionBox()->setCurrentIndex(1);
        QSignalSpy opened(library, &RuleLibraryPanel::opened);
        QTest::mouseClick(library->openButton(), Qt::LeftButton);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(editor->text(), v1);
        QVERIFY(editor->rule());

        // A version saved elsewhere (the CLI, another window) shows up.
        QVERIFY(RuleService(workspace)
                    .save(QStringLiteral("lab-cross"), v2 + QStringLiteral("target = 4 * atr(14)\n"))
                    .ok());
        QTRY_VERIFY(library->ruleList()->count() >= 1 && library->ruleList()->currentItem() &&
                    library->ruleList()->currentItem()->text().contains(QStringLiteral("v3")));
    }

    void labSweepsAndWalksForwardTheRule()
    {
        // The Rule tab's rule is what the Optimisation and Walk-forward tabs
        // vary: sma_cross as a rule gives the built-in's sweep and windows.
        JobTracker jobs;
        Workspace workspace(*m_db);
        BacktestLabView view(workspace, jobs);
        QSignalSpy loaded(&view, &BacktestLabView::instrumentsLoaded);
        view.refresh();
        QVERIFY(loaded.wait(10000));
        view.form()->setStrategy(QStringLiteral("sma_cross"));
        view.form()->setSymbol(QStringLiteral("^GSPC"));
        OptimisationPanel *opt = view.optimisation();
        auto sweepTexts = [&]() {
            opt->setRange(QStringLiteral("fast"), 5, 25, 5, false);
            opt->setRange(QStringLiteral("slow"), 30, 90, 20, true);
            QSignalSpy done(&view, &BacktestLabView::sweepFinished);
            QTest::mouseClick(opt->runButton(), Qt::LeftButton);
            if (!done.wait(60000))
                return QStringList{QStringLiteral("sweep did not finish")};
            QStringList texts;
            for (int r = 0; r < opt->topModel()->rowCount(); ++r)
                for (int c = 0; c < opt->topModel()->columnCount(); ++c)
                    texts << (opt->topModel()->item(r, c) ? opt->topModel()->item(r, c)->text() : QString());
            texts << QString::number(opt->heatmap()->filledCells());
            return texts;
        };
        auto windowTexts = [&]() {
            view.walkForward()->setWindows(756, 252, false);
            opt->setRange(QStringLiteral("fast"), 5, 25, 5, false);
            opt->setRange(QStringLiteral("slow"), 30, 90, 20, true);
            QSignalSpy done(&view, &BacktestLabView::walkForwardFinished);
            QTest::mouseClick(view.walkForward()->runButton(), Qt::LeftButton);
            if (!done.wait(120000))
                return QStringList{QStringLiteral("walk-forward did not finish")};
            QStringList texts;
            QStandardItemModel *m = view.walkForward()->windowsModel();
            for (int r = 0; r < m->rowCount(); ++r)
                for (int c = 0; c < m->columnCount(); ++c)
                    texts << (m->item(r, c) ? m->item(r, c)->text() : QString());
            texts << QString::number(view.walkForward()->outOfSampleSeries()->points().back().y(), 'g', 17);
            return texts;
        };
        const QStringList builtinSweep = sweepTexts();
        const QStringList builtinWindows = windowTexts();
        QVERIFY(builtinSweep.size() > 10);
        QVERIFY(builtinWindows.size() > 20);

        RuleEditor *editor = view.ruleEditor();
        QVERIFY(editor->loadBuiltin(QStringLiteral("sma_cross")));
        editor->findChild<QCheckBox *>()->setChecked(true);
        QVERIFY(editor->runsInLab());
        QCOMPARE(opt->sweepConfig()->strategy, std::string("rule"));
        QCOMPARE(sweepTexts(), builtinSweep);
        QCOMPARE(windowTexts(), builtinWindows);

        // A rule that differs (an ATR stop) sweeps to something else.
        editor->setText(editor->text() + QStringLiteral("stop = 1 * atr(14)\n"));
        editor->compileNow();
        QVERIFY(editor->runsInLab());
        QVERIFY(sweepTexts() != builtinSweep);
        jobs.waitForAll();
    }
};

QTEST_MAIN(TestRuleEditor)
#include "tst_ruleeditor.moc"
