#include "core/advisor/session/StoredToolCalls.h"
#include "core/advisor/tools/AdvisorTools.h"
#include "core/advisor/tools/DataNames.h"
#include "core/advisor/tools/OfflineAdvisor.h"
#include "core/advisor/tools/QuestionParser.h"
#include "core/advisor/tools/SuggestedQuestions.h"
#include "core/storage/Database.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/Workspace.h"
#include "ui/advisor/AdvisorDataNames.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/advisor/TranscriptWidgets.h"
#include "ui/settings/Language.h"
#include "ui/shell/DisplayNames.h"
#include "ui/shell/JobTracker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace sn::advisor;
using sn::ui::Language;

namespace {

// The instruments of the sample data the suggestions name.
std::vector<KnownInstrument> sampleInstruments()
{
    return {{QStringLiteral("AAPL"), QStringLiteral("Apple Inc.")},
            {QStringLiteral("^GSPC"), QStringLiteral("S&P 500")},
            {QStringLiteral("MSFT"), QStringLiteral("Microsoft Corporation")},
            {QStringLiteral("IBM"), QStringLiteral("International Business Machines")}};
}

// A suggestion filled in as the answers do: %1 a symbol, or a strategy and a symbol.
QStringList argsFor(const QString &english)
{
    if (english.contains(QLatin1String("%2")))
        return {QStringLiteral("sma_cross"), QStringLiteral("AAPL")};
    if (english.contains(QLatin1String("%1")))
        return {QStringLiteral("AAPL")};
    return {};
}

// The small English words tests/ui/tst_no_english reads as English.
QString englishWord(const QString &text)
{
    static const QRegularExpression words(
        QStringLiteral("\\b(the|and|of|to|is|are|not|with|for|from|this|that|your|you|has|have|"
                       "there|here|yet|first|choose|select|click|open|show|shows|loading|none|"
                       "run|runs|found|nothing|every|each|The|This|You|Your|Here|There|Choose|Select|"
                       "Click|Open|Show|Nothing|Every|Each|First|Loading|None|method|crossover|"
                       "historical|crisis|crash|Backtest of|Stress scenarios)\\b"));
    QString rest = text;
    rest.remove(QRegularExpression(QStringLiteral("Buy-and-Hold|Out-of-Sample|In-Sample|`[^`]*`")));
    const auto m = words.match(rest);
    return m.hasMatch() ? m.captured(0) : QString();
}

QString describe(const ParsedQuestion &q)
{
    return QStringLiteral("%1 %2 %3 buy&hold=%4 last=%5 focus=%6")
        .arg(q.form, q.tool, QString::fromUtf8(QJsonDocument(q.arguments).toJson(QJsonDocument::Compact)))
        .arg(q.compareBuyAndHold)
        .arg(q.lastYears.value_or(0))
        .arg(q.focus);
}

} // namespace

// The suggested questions (chips) are shown in the reader's language and go
// back to the offline advisor as they are shown: clicked in German or
// Spanish, each must ask exactly what its English original asks.
class TestAdvisorLanguage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<sn::Database> m_db;
    std::unique_ptr<ToolRegistry> m_tools;
    std::unique_ptr<sn::Workspace> m_ws;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db =
            sn::Database::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("words.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(m_db->migrate().ok());
        QVERIFY(sn::SampleData(*m_db).load().ok());
        m_tools = std::make_unique<ToolRegistry>(makeAdvisorTools(*m_db));
        m_ws = std::make_unique<sn::Workspace>(*m_db);
    }

    void cleanup() { QVERIFY(Language::apply(QStringLiteral("en"))); }

    void suggestionAsksTheSameInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("english");
        for (const char *lang : {"de", "es"})
            for (const char *q : suggestedQuestions())
                QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(lang), QLatin1String(q))))
                    << QString::fromLatin1(lang) << QString::fromUtf8(q);
    }

    void suggestionAsksTheSameInEveryLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, english);
        const QuestionParser parser(sampleInstruments());
        const QByteArray source = english.toUtf8();
        const QString inEnglish = suggestedQuestion(source.constData(), argsFor(english));
        const ParsedQuestion expected = parser.parse(inEnglish);
        QVERIFY2(expected.form != QLatin1String("unknown"), qPrintable(inEnglish));

        QVERIFY(Language::apply(language));
        const QString translated = suggestedQuestion(source.constData(), argsFor(english));
        QVERIFY2(translated != inEnglish, qPrintable(QStringLiteral("not translated: ") + inEnglish));
        const ParsedQuestion got = parser.parse(translated);
        QVERIFY2(describe(got) == describe(expected),
                 qPrintable(QStringLiteral("\n  %1 -> %2\n  %3 -> %4")
                                .arg(translated, describe(got), inEnglish, describe(expected))));
    }

    // The help answer's examples: one per intent, every documented intent
    // shown, in the order of the documented forms.
    void helpExamplesAreTheDocumentedForms()
    {
        QStringList firstOfEach;
        QString lastId;
        for (const OfflineAdvisor::Form &f : OfflineAdvisor::documentedForms()) {
            if (f.id == lastId || f.id == QLatin1String("help"))
                continue;
            lastId = f.id;
            firstOfEach << f.example;
        }
        QStringList examples;
        for (const char *e : helpExamples())
            examples << QString::fromUtf8(e);
        QCOMPARE(examples, firstOfEach);
    }

    // Each example the German or Spanish help answer shows asks, typed as
    // shown, what its English original asks: same intent, same tool, same
    // arguments.
    void helpExampleAsksTheSameInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("english");
        for (const char *lang : {"de", "es"})
            for (const char *q : helpExamples())
                QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(lang), QLatin1String(q))))
                    << QString::fromLatin1(lang) << QString::fromUtf8(q);
    }

    void helpExampleAsksTheSameInEveryLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, english);
        const QuestionParser parser(sampleInstruments());
        const QByteArray source = english.toUtf8();
        const ParsedQuestion expected = parser.parse(english);
        QVERIFY2(expected.form != QLatin1String("unknown") && expected.form != QLatin1String("help"),
                 qPrintable(english));

        QVERIFY(Language::apply(language));
        const QString translated = suggestedQuestion(source.constData());
        QVERIFY2(translated != english, qPrintable(QStringLiteral("not translated: ") + english));
        const ParsedQuestion got = parser.parse(translated);
        QCOMPARE(got.form, expected.form);
        QCOMPARE(got.tool, expected.tool);
        QVERIFY2(describe(got) == describe(expected),
                 qPrintable(QStringLiteral("\n  %1 -> %2\n  %3 -> %4")
                                .arg(translated, describe(got), english, describe(expected))));
        // And the help answer shows it as it was checked here.
        const AdvisorAnswer help = OfflineAdvisor(*m_tools).answer(suggestedQuestion("What can you do?"));
        QCOMPARE(help.form, QStringLiteral("help"));
        QVERIFY2(help.text.contains(QStringLiteral("\"%1\"").arg(translated)), qPrintable(help.text));
        QVERIFY2(!help.text.contains(english), qPrintable(help.text));
    }

    // The answers a German or Spanish reader sees most, as the advisor view
    // shows them (answer and tool cards): no English left, the tools' data
    // (strategy, VaR method, stress scenarios) named as the other views name
    // it. Asked in the reader's language, as a chip would.
    void answersInTheAdvisorViewHaveNoEnglish_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("tool");
        for (const char *lang : {"de", "es"})
            for (const auto &[q, tool] : std::initializer_list<std::pair<const char *, const char *>>{
                     {"What can you do?", ""},
                     {"Backtest a 20/50 crossover on AAPL since 2015 and compare it with buy and hold",
                      "run_backtest"},
                     {"Stress test my portfolio", "stress_test"},
                     {"What is my portfolio's 95% VaR and what drives it?", "portfolio_risk"},
                     {"Which strategies are available?", "list_strategies"},
                     {"Explain CVaR", "explain_metric"},
                     {"Explain Monte Carlo", "explain_metric"},
                     {"Monte Carlo projection of my portfolio over 10 years", "monte_carlo"}})
                QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(lang), QLatin1String(q))))
                    << QString::fromLatin1(lang) << QString::fromLatin1(q) << QString::fromLatin1(tool);
    }

    void answersInTheAdvisorViewHaveNoEnglish()
    {
        QFETCH(QString, language);
        QFETCH(QString, english);
        QFETCH(QString, tool);
        QVERIFY(Language::apply(language));
        sn::ui::JobTracker jobs;
        sn::ui::AdvisorView view(*m_ws, jobs);
        QSignalSpy loaded(&view, &sn::ui::AdvisorView::configLoaded);
        QVERIFY(loaded.wait(10000));
        QSignalSpy done(&view, &sn::ui::AdvisorView::answerFinished);
        const QByteArray source = english.toUtf8();
        view.ask(suggestedQuestion(source.constData()));
        QVERIFY(done.wait(60000));
        QVERIFY(!view.bubbles().isEmpty());
        const sn::ui::MessageBubble *answer = view.bubbles().last();
        QStringList shown{answer->markdown()};
        QCOMPARE(answer->toolCards().size(), tool.isEmpty() ? 0 : 1);
        for (const sn::ui::ToolCard *card : answer->toolCards()) {
            QCOMPARE(card->activity().name, tool);
            QVERIFY2(card->activity().ok, qPrintable(answer->markdown()));
            for (const QLabel *l : card->findChildren<QLabel *>())
                shown << l->text();
            for (const QTableWidget *t : card->findChildren<QTableWidget *>())
                for (int r = 0; r < t->rowCount(); ++r)
                    for (int c = 0; c < t->columnCount(); ++c)
                        if (t->item(r, c))
                            shown << t->item(r, c)->text();
        }
        for (const QString &text : shown) {
            const QString word = englishWord(text);
            QVERIFY2(word.isEmpty(), qPrintable(QStringLiteral("\"%1\" in:\n%2").arg(word, text)));
        }
        const QString text = answer->markdown();
        // The tools' ids and English labels are named for the reader.
        for (const char *id : {"sma_cross", "historical", "2008-09-01:2009-03-31", "2020-02-19:2020-03-23",
                               "rsi_reversion", "buy_hold"})
            QVERIFY2(!text.contains(QLatin1String(id)), qPrintable(text));
        if (tool == QLatin1String("run_backtest"))
            QVERIFY2(text.contains(sn::ui::DisplayNames::strategy("sma_cross")), qPrintable(text));
        if (tool == QLatin1String("stress_test"))
            QVERIFY2(text.contains(sn::ui::DisplayNames::stressScenario("2008-09-01:2009-03-31")),
                     qPrintable(text));
        if (tool == QLatin1String("list_strategies"))
            QVERIFY2(text.contains(sn::ui::DisplayNames::strategyDescription("rsi_reversion")),
                     qPrintable(text));
    }

    // A tool's refusal after "I could not answer that" reads in the reader's
    // language; the tool's result (what a model and --json get) stays English.
    void toolErrorInTheReadersLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("es") << QStringLiteral("es");
    }

    void toolErrorInTheReadersLanguage()
    {
        QFETCH(QString, language);
        const QString question = QStringLiteral("Backtest a 50/20 crossover on AAPL");
        const AdvisorAnswer english = OfflineAdvisor(*m_tools).answer(question);
        QVERIFY(english.toolCalls.size() == 1 && !english.toolCalls.front().ok);
        const QString englishError =
            english.toolCalls.front().result.value(QStringLiteral("error")).toString();
        QVERIFY2(englishError.contains(QLatin1String("must be less than")), qPrintable(englishError));
        QVERIFY2(english.text.contains(englishError), qPrintable(english.text));

        QVERIFY(Language::apply(language));
        const AdvisorAnswer a = OfflineAdvisor(*m_tools).answer(question);
        QVERIFY(a.toolCalls.size() == 1 && !a.toolCalls.front().ok);
        QCOMPARE(a.toolCalls.front().result.value(QStringLiteral("error")).toString(), englishError);
        QVERIFY2(!a.text.contains(QLatin1String("must be less than")), qPrintable(a.text));
        const QString word = englishWord(a.text);
        QVERIFY2(word.isEmpty(), qPrintable(QStringLiteral("\"%1\" in:\n%2").arg(word, a.text)));
    }

    // Every formula and convention the explain tool returns, for every
    // metric it knows, is named in German: written so by core, or found in
    // the lists the desktop translates core's English texts from. A changed
    // English text in core fails here rather than showing untranslated.
    void everyExplainedFormulaIsTranslated()
    {
        sn::ui::installAdvisorDataNames();
        const ToolSpec *spec = m_tools->find(QStringLiteral("explain_metric"));
        QVERIFY(spec);
        const QJsonArray metrics = spec->parameters.value(QStringLiteral("properties"))
                                       .toObject()
                                       .value(QStringLiteral("metric"))
                                       .toObject()
                                       .value(QStringLiteral("enum"))
                                       .toArray();
        QVERIFY(metrics.size() > 10);
        auto texts = [this](const QString &metric) {
            const ToolOutcome o = m_tools->run({QStringLiteral("x"),
                                                QStringLiteral("explain_metric"),
                                                {{QStringLiteral("metric"), metric}}});
            QStringList out{o.result.value(QStringLiteral("formula")).toString(),
                            o.result.value(QStringLiteral("convention")).toString()};
            for (const QJsonValue &m : o.result.value(QStringLiteral("methods")).toArray())
                out << m[QStringLiteral("formula")].toString();
            return out;
        };
        for (const QJsonValue &v : metrics) {
            const QString metric = v.toString();
            QVERIFY(Language::apply(QStringLiteral("en")));
            const QStringList english = texts(metric);
            QVERIFY(Language::apply(QStringLiteral("de")));
            const QStringList german = texts(metric);
            QCOMPARE(german.size(), english.size());
            const bool joined = !german.mid(2).isEmpty(); // the formula joins the methods' formulas
            for (qsizetype i = 0; i < english.size(); ++i) {
                if (english[i].isEmpty() || (joined && i == 0) || german[i] != english[i])
                    continue;
                QVERIFY2(dataName(DataText::Formula, english[i]) != english[i],
                         qPrintable(QStringLiteral("%1: not translated: %2").arg(metric, english[i])));
            }
        }
    }

    // The failed call's card in the advisor view says why in the reader's
    // language, and keeps saying it when the transcript is read back; the
    // stored result keeps the English a model and --json read.
    void toolCardErrorInTheReadersLanguage()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        sn::ui::JobTracker jobs;
        sn::ui::AdvisorView view(*m_ws, jobs);
        QSignalSpy loaded(&view, &sn::ui::AdvisorView::configLoaded);
        QVERIFY(loaded.wait(10000));
        QSignalSpy done(&view, &sn::ui::AdvisorView::answerFinished);
        view.ask(QStringLiteral("Backtest a 50/20 crossover on AAPL"));
        QVERIFY(done.wait(60000));
        const sn::ui::MessageBubble *answer = view.bubbles().last();
        QCOMPARE(answer->toolCards().size(), 1);
        const sn::ui::ToolCard *card = answer->toolCards().front();
        QVERIFY(!card->activity().ok);
        const QString english = card->activity().result.value(QStringLiteral("error")).toString();
        QVERIFY2(english.contains(QLatin1String("must be less than")), qPrintable(english));
        QVERIFY2(!card->activity().userError.isEmpty() && card->activity().userError != english,
                 qPrintable(card->activity().userError));
        for (const QLabel *l : card->findChildren<QLabel *>())
            QVERIFY2(!l->text().contains(QLatin1String("must be less than")), qPrintable(l->text()));

        const QJsonArray stored = toolCallsJson({card->activity()}, true);
        const std::vector<ToolActivity> back =
            toolCallsFromJson(QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
        QCOMPARE(back.size(), std::size_t(1));
        QCOMPARE(back.front().userError, card->activity().userError);
        QCOMPARE(back.front().result.value(QStringLiteral("error")).toString(), english);
    }

    // With a translator the answer writes its numbers as the reader does
    // ("6,22 %", "106.216,99"); each cited text is still exactly what the
    // answer shows and still reads back, in that locale, as the tool's value.
    void answerNumbersInTheReadersLocale_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("question");
        for (const char *lang : {"de", "es"})
            for (const char *q :
                 {"Backtest a 20/50 crossover on AAPL since 2015 and compare it with buy and hold",
                  "Price summary of AAPL since 2015", "Compare AAPL and ^GSPC since 2014",
                  "What is my portfolio's 95% VaR and what drives it?"})
                QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(lang), QLatin1String(q))))
                    << QString::fromLatin1(lang) << QString::fromLatin1(q);
    }

    void answerNumbersInTheReadersLocale()
    {
        QFETCH(QString, language);
        QFETCH(QString, question);
        QVERIFY(Language::apply(language));
        const QLocale locale(language);
        const AdvisorAnswer a = OfflineAdvisor(*m_tools).answer(question);
        QVERIFY2(!a.toolCalls.empty() && !a.cited.empty(), qPrintable(a.text));
        bool sawDecimalComma = false;
        for (const CitedNumber &c : a.cited) {
            QVERIFY2(a.text.contains(c.text),
                     qPrintable(c.text + QStringLiteral(" missing from\n") + a.text));
            QString digits = c.text;
            const bool percent = digits.endsWith(QLatin1String(" %"));
            digits.remove(QStringLiteral(" %"));
            bool ok = false;
            const double shown = locale.toDouble(digits, &ok);
            QVERIFY2(ok, qPrintable(c.text));
            const qsizetype comma = digits.indexOf(locale.decimalPoint());
            sawDecimalComma = sawDecimalComma || comma >= 0;
            const int decimals = comma >= 0 ? static_cast<int>(digits.size() - comma - 1) : 0;
            const double expected = percent ? c.value * 100.0 : c.value;
            QVERIFY2(std::fabs(shown - expected) <= 0.5 * std::pow(10.0, -decimals) + 1e-9,
                     qPrintable(QStringLiteral("%1 shows %2").arg(c.path, c.text)));
        }
        QVERIFY2(sawDecimalComma, qPrintable(a.text));
    }

    // The CLI installs no translator: its suggestions stay as written.
    void englishWithoutTranslator()
    {
        const AdvisorAnswer a =
            OfflineAdvisor(*m_tools).answer(QStringLiteral("Price summary of AAPL since 2015"));
        QVERIFY(!a.cited.empty());
        for (const CitedNumber &c : a.cited)
            QVERIFY2(!c.text.contains(QLatin1Char(',')), qPrintable(c.text));
        QCOMPARE(suggestedQuestion("Price summary of %1", {QStringLiteral("IBM")}),
                 QStringLiteral("Price summary of IBM"));
        QCOMPARE(suggestedQuestion("Optimise the %1 on %2",
                                   {QStringLiteral("sma_cross"), QStringLiteral("^GSPC")}),
                 QStringLiteral("Optimise the sma_cross on ^GSPC"));
    }

    // The main German and Spanish words for each intent, typed rather than
    // clicked.
    void germanAndSpanishKeywords_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("form");
        QTest::newRow("de Rendite") << QStringLiteral("Welche Rendite hatte mein Depot?")
                                    << QStringLiteral("performance");
        QTest::newRow("de Risiko") << QStringLiteral("Wie hoch ist das Risiko meines Portfolios?")
                                   << QStringLiteral("var");
        QTest::newRow("de Drawdown") << QStringLiteral("Maximaler Drawdown meines Depots")
                                     << QStringLiteral("risk_stats");
        QTest::newRow("de Sharpe") << QStringLiteral("Sharpe-Ratio meines Portfolios")
                                   << QStringLiteral("risk_stats");
        QTest::newRow("de Depot") << QStringLiteral("Zeige mein Depot")
                                  << QStringLiteral("portfolio_summary");
        QTest::newRow("es rentabilidad")
            << QStringLiteral("¿Qué rentabilidad ha tenido mi cartera?") << QStringLiteral("performance");
        QTest::newRow("es riesgo") << QStringLiteral("¿Cuál es el riesgo de mi cartera?")
                                   << QStringLiteral("var");
        QTest::newRow("es volatilidad")
            << QStringLiteral("Volatilidad de mi cartera") << QStringLiteral("risk_stats");
        QTest::newRow("es cartera") << QStringLiteral("Muestra mi cartera")
                                    << QStringLiteral("portfolio_summary");
        QTest::newRow("es estrés") << QStringLiteral("Prueba de estrés de mi cartera")
                                   << QStringLiteral("stress");
        QTest::newRow("es explica") << QStringLiteral("Explica la volatilidad") << QStringLiteral("explain");
        QTest::newRow("es instrumentos")
            << QStringLiteral("¿Qué instrumentos tengo?") << QStringLiteral("list_instruments");
        QTest::newRow("es desde") << QStringLiteral("Compara AAPL y ^GSPC desde 2014")
                                  << QStringLiteral("compare");
    }

    void germanAndSpanishKeywords()
    {
        QFETCH(QString, question);
        QFETCH(QString, form);
        QCOMPARE(QuestionParser(sampleInstruments()).parse(question).form, form);
    }
};

QTEST_MAIN(TestAdvisorLanguage)
#include "tst_advisor_language.moc"
