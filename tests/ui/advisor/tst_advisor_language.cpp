#include "core/advisor/tools/AdvisorTools.h"
#include "core/advisor/tools/OfflineAdvisor.h"
#include "core/advisor/tools/QuestionParser.h"
#include "core/advisor/tools/SuggestedQuestions.h"
#include "core/storage/Database.h"
#include "core/workspace/SampleData.h"
#include "ui/settings/Language.h"

#include <QJsonDocument>
#include <QLocale>
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
