#include "core/advisor/tools/QuestionParser.h"
#include "core/advisor/tools/SuggestedQuestions.h"
#include "ui/settings/Language.h"

#include <QJsonDocument>
#include <QTest>

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
private Q_SLOTS:
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

    // The CLI installs no translator: its suggestions stay as written.
    void englishWithoutTranslator()
    {
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
