#include "core/advisor/tools/AdvisorTools.h"
#include "core/advisor/tools/OfflineAdvisor.h"
#include "core/advisor/tools/Persona.h"
#include "core/advisor/tools/QuestionParser.h"
#include "core/backtest/BacktestTypes.h"
#include "core/storage/Database.h"
#include "core/workspace/SampleData.h"
#include "tests/testutils/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace sn;
using namespace sn::advisor;

Q_DECLARE_METATYPE(OfflineAdvisor::Form)

class TestOfflineAdvisor : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ToolRegistry> m_tools;

    // Every number the answer cites is the tool's own value and is written in
    // the answer as that value rounded to the decimals shown.
    static void checkCitations(const AdvisorAnswer &a)
    {
        QVERIFY(!a.toolCalls.empty());
        const QJsonObject result = a.toolCalls.front().result;
        for (const CitedNumber &c : a.cited) {
            QCOMPARE(c.tool, a.toolCalls.front().name);
            const QJsonValue v = AnswerWriter::at(result, c.path);
            QVERIFY2(v.isDouble(), qPrintable(c.path));
            QCOMPARE(c.value, v.toDouble());
            QVERIFY2(a.text.contains(c.text),
                     qPrintable(c.text + QStringLiteral(" missing from\n") + a.text));
            QString digits = c.text;
            const bool percent = digits.endsWith(QLatin1String(" %"));
            digits.remove(QStringLiteral(" %"));
            bool ok = false;
            const double shown = digits.toDouble(&ok);
            QVERIFY2(ok, qPrintable(c.text));
            const int decimals = digits.contains(QLatin1Char('.'))
                                     ? static_cast<int>(digits.size() - digits.indexOf(QLatin1Char('.')) - 1)
                                     : 0;
            const double expected = percent ? v.toDouble() * 100.0 : v.toDouble();
            QVERIFY2(std::fabs(shown - expected) <= 0.5 * std::pow(10.0, -decimals) + 1e-9,
                     qPrintable(QStringLiteral("%1 shows %2, tool has %3")
                                    .arg(c.path, c.text)
                                    .arg(expected, 0, 'g', 12)));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db =
            Database::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("offline.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(m_db->migrate().ok());
        QVERIFY(SampleData(*m_db).load().ok());
        m_tools = std::make_unique<ToolRegistry>(makeAdvisorTools(*m_db));
    }

    void atLeast25FormsAllDocumented()
    {
        QVERIFY(OfflineAdvisor::documentedForms().size() >= 25);
        QFile doc(QString(qEnvironmentVariable("SUPERNOVA_SOURCE_DIR") + QStringLiteral("/docs/advisor.md")));
        QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
        const QString text = QString::fromUtf8(doc.readAll());
        for (const OfflineAdvisor::Form &f : OfflineAdvisor::documentedForms())
            QVERIFY2(text.contains(f.example), qPrintable(f.example));
    }

    void everyDocumentedForm_data()
    {
        QTest::addColumn<OfflineAdvisor::Form>("form");
        for (const OfflineAdvisor::Form &f : OfflineAdvisor::documentedForms())
            QTest::newRow(qPrintable(f.example)) << f;
    }

    void everyDocumentedForm()
    {
        QFETCH(OfflineAdvisor::Form, form);
        const AdvisorAnswer a = OfflineAdvisor(*m_tools).answer(form.example);
        QCOMPARE(a.form, form.id);
        QVERIFY(!a.text.isEmpty());
        // Regression: "95 %% 1-day VaR" (a printf-style escape inside QString::arg text).
        QVERIFY2(!a.text.contains(QLatin1String("%%")), qPrintable(a.text));
        QVERIFY(a.suggestions.size() >= 2 && a.suggestions.size() <= 3);
        if (form.tool.isEmpty()) {
            QVERIFY(a.toolCalls.empty());
            return;
        }
        QCOMPARE(a.toolCalls.size(), std::size_t(1));
        QCOMPARE(a.toolCalls.front().name, form.tool);
        QVERIFY2(a.toolCalls.front().ok, qPrintable(QJsonDocument(a.toolCalls.front().result).toJson()));
        QVERIFY2(!a.cited.empty(), qPrintable(a.text));
        checkCitations(a);
        // The data the numbers rest on is named in the answer.
        const QJsonObject data = a.toolCalls.front().result.value(QStringLiteral("data")).toObject();
        if (!data.isEmpty())
            QVERIFY(a.text.contains(QLatin1String("*Data: ")));
    }

    void argumentsReadFromTheQuestion()
    {
        auto args = [&](const char *question) {
            const AdvisorAnswer a = OfflineAdvisor(*m_tools).answer(QString::fromUtf8(question));
            return a.toolCalls.empty() ? QJsonObject() : a.toolCalls.front().arguments;
        };
        QJsonObject bt =
            args("Backtest a 20/50 crossover on AAPL since 2015 and compare it with buy and hold");
        QCOMPARE(bt[QStringLiteral("symbol")].toString(), QStringLiteral("AAPL"));
        QCOMPARE(bt[QStringLiteral("strategy")].toString(), QStringLiteral("sma_cross"));
        QCOMPARE(bt[QStringLiteral("params")][QStringLiteral("fast")].toDouble(), 20.0);
        QCOMPARE(bt[QStringLiteral("params")][QStringLiteral("slow")].toDouble(), 50.0);
        QCOMPARE(bt[QStringLiteral("from")].toString(), QStringLiteral("2015-01-01"));
        QJsonObject rsi = args("Backtest RSI 30/70 on ^GSPC from 2005-01-01 to 2012-12-31");
        QCOMPARE(rsi[QStringLiteral("strategy")].toString(), QStringLiteral("rsi_reversion"));
        QCOMPARE(rsi[QStringLiteral("params")][QStringLiteral("lower")].toDouble(), 30.0);
        QCOMPARE(rsi[QStringLiteral("to")].toString(), QStringLiteral("2012-12-31"));
        QCOMPARE(
            args("Does a 10/30 EMA crossover beat buy and hold on the S&P 500?")[QStringLiteral("symbol")]
                .toString(),
            QStringLiteral("^GSPC"));
        QCOMPARE(args("BACKTEST sma 20/50 auf aapl SEIT 2015!!")[QStringLiteral("from")].toString(),
                 QStringLiteral("2015-01-01"));
        QCOMPARE(args("AAPL last 3 years")[QStringLiteral("from")].toString(), QStringLiteral("2015-05-11"));
        QJsonObject var = args("CVaR of my portfolio at 99% over 10 days");
        QCOMPARE(var[QStringLiteral("confidence")].toDouble(), 0.99);
        QCOMPARE(var[QStringLiteral("horizon_days")].toInt(), 10);
        QJsonObject reb = args("Propose a rebalance of my portfolio to 60% AAPL and 40% ^GSPC");
        QCOMPARE(reb[QStringLiteral("targets")][QStringLiteral("AAPL")].toDouble(), 0.6);
        QCOMPARE(reb[QStringLiteral("targets")][QStringLiteral("^GSPC")].toDouble(), 0.4);
        QCOMPARE(
            args("What if the market drops 30%, what happens to my portfolio?")[QStringLiteral("shock_all")]
                .toDouble(),
            -0.3);
        QCOMPARE(args("SMA 50 of ^GSPC")[QStringLiteral("params")][QStringLiteral("period")].toDouble(),
                 50.0);
        QCOMPARE(args("Monte Carlo projection of my portfolio over 5 years")[QStringLiteral("steps")].toInt(),
                 1260);
        QCOMPARE(args("Show the MACD of Apple")[QStringLiteral("symbol")].toString(), QStringLiteral("AAPL"));
    }

    void backtestAnswerComparesWithBuyAndHold()
    {
        const AdvisorAnswer a = OfflineAdvisor(*m_tools).answer(
            QStringLiteral("backtest a 20/50 crossover on AAPL since 2015 and compare it with buy and hold"));
        QVERIFY(a.text.contains(QLatin1String("Buy & hold")));
        const double excess = a.toolCalls.front().result.value(QStringLiteral("excess_return")).toDouble();
        QVERIFY(a.text.contains(excess > 0 ? QLatin1String("beat buy & hold")
                                           : QLatin1String("Buy & hold did better")));
        QVERIFY(a.toolCalls.front().ms > 0);
    }

    void backtestsUseTheLabsDefaultCommission()
    {
        // One default: the advisor's backtests charge what the lab's form starts with.
        const AdvisorAnswer a =
            OfflineAdvisor(*m_tools).answer(QStringLiteral("backtest a 20/50 crossover on AAPL"));
        QVERIFY(!a.toolCalls.empty());
        const QJsonObject costs = a.toolCalls.front().result;
        QCOMPARE(
            costs.value(QStringLiteral("config")).toObject().value(QStringLiteral("commission")).toDouble(),
            bt::kDefaultCommission);
        QCOMPARE(bt::kDefaultCommission, 0.001);
    }

    void stressAnswerClosesAboutTheShocks()
    {
        for (const Persona &p : Persona::all()) {
            const AdvisorAnswer a =
                OfflineAdvisor(*m_tools, p).answer(QStringLiteral("Stress test my portfolio"));
            QVERIFY2(!a.text.contains(QLatin1String("pay off")), qPrintable(a.text));
            QVERIFY2(!a.text.contains(QLatin1String("over the period")), qPrintable(a.text));
            QVERIFY2(a.text.contains(QLatin1String("hypothetical"), Qt::CaseInsensitive) ||
                         a.text.contains(QLatin1String("would lose nothing")),
                     qPrintable(a.text));
        }
    }

    void varAnswerNamesWhatDrivesIt()
    {
        const AdvisorAnswer a = OfflineAdvisor(*m_tools).answer(
            QStringLiteral("What is my portfolio's 95% VaR and what drives it?"));
        const QJsonObject r = a.toolCalls.front().result;
        QCOMPARE(r.value(QStringLiteral("confidence")).toDouble(), 0.95);
        for (const QJsonValue &d : r.value(QStringLiteral("drivers")).toArray())
            QVERIFY(a.text.contains(QStringLiteral("**%1**").arg(d[QStringLiteral("symbol")].toString())));
    }

    void unknownQuestionListsWhatItCanDo()
    {
        const AdvisorAnswer a =
            OfflineAdvisor(*m_tools).answer(QStringLiteral("What's the weather in Berlin tomorrow?"));
        QCOMPARE(a.form, QStringLiteral("unknown"));
        QVERIFY(a.toolCalls.empty());
        QVERIFY(a.text.contains(QLatin1String("did not understand")));
        QVERIFY(a.text.contains(QLatin1String("Backtest a 20/50 crossover on AAPL")));
        QVERIFY(a.suggestions.size() >= 2);
    }

    void toolErrorIsReported()
    {
        const AdvisorAnswer a = OfflineAdvisor(*m_tools).answer(
            QStringLiteral("Price summary of AAPL from 1990-01-01 to 1991-01-01"));
        QCOMPARE(a.toolCalls.size(), std::size_t(1));
        QVERIFY(!a.toolCalls.front().ok);
        QVERIFY2(a.text.contains(QLatin1String("AAPL")) && a.text.contains(QLatin1String("could not")),
                 qPrintable(a.text));
    }

    void personaChangesWordingNotNumbers()
    {
        const QString question = QStringLiteral("Backtest a 20/50 crossover on AAPL since 2015");
        const AdvisorAnswer balanced =
            OfflineAdvisor(*m_tools, *Persona::find(QStringLiteral("balanced"))).answer(question);
        QStringList texts{balanced.text};
        for (const char *key : {"conservative", "growth", "quant", "educator"}) {
            const AdvisorAnswer other =
                OfflineAdvisor(*m_tools, *Persona::find(QString::fromLatin1(key))).answer(question);
            QVERIFY2(!texts.contains(other.text), key);
            texts << other.text;
            QCOMPARE(other.cited.size(), balanced.cited.size());
            for (std::size_t i = 0; i < other.cited.size(); ++i) {
                QCOMPARE(other.cited[i].path, balanced.cited[i].path);
                QCOMPARE(other.cited[i].value, balanced.cited[i].value);
                QCOMPARE(other.cited[i].text, balanced.cited[i].text);
            }
        }
        QVERIFY(Persona::all().size() >= 5);
        QVERIFY(Persona::find(QStringLiteral("nobody")) == nullptr);
    }

    void riskProfileShapesWordingNotNumbers()
    {
        const QString question = QStringLiteral("What is the volatility of my portfolio?");
        RiskProfile cautious;
        cautious.riskScore = 1;
        RiskProfile bold;
        bold.riskScore = 10;
        const AdvisorAnswer a =
            OfflineAdvisor(*m_tools, Persona::defaultPersona(), cautious).answer(question);
        const AdvisorAnswer b = OfflineAdvisor(*m_tools, Persona::defaultPersona(), bold).answer(question);
        QVERIFY(a.text != b.text);
        QCOMPARE(a.cited.size(), b.cited.size());
        for (std::size_t i = 0; i < a.cited.size(); ++i)
            QCOMPARE(a.cited[i].text, b.cited[i].text);
    }

    void systemPromptDemandsToolsForNumbers()
    {
        RiskProfile p;
        p.riskScore = 3;
        p.horizonYears = 15;
        p.objectives = {QStringLiteral("retirement income")};
        p.constraints = {QStringLiteral("no single stock above 20 %")};
        const QString prompt = systemPrompt(*Persona::find(QStringLiteral("educator")), p, m_tools->specs());
        QVERIFY(prompt.contains(QLatin1String("must come from a tool call")));
        QVERIFY(prompt.contains(QLatin1String("Educator")));
        QVERIFY(prompt.contains(QLatin1String("risk score 3 of 10")));
        QVERIFY(prompt.contains(QLatin1String("retirement income")));
        QVERIFY(prompt.contains(QLatin1String("no single stock above 20 %")));
        for (const ToolSpec &s : m_tools->specs())
            QVERIFY(prompt.contains(s.name));
        QVERIFY(prompt.contains(QLatin1String("confirm")));
    }

    void normaliseIgnoresCaseAndPunctuation()
    {
        QCOMPARE(QuestionParser::normalise(QStringLiteral("  What's   MY Portfolio's VaR?!  ")),
                 QStringLiteral("what s my portfolio s var"));
        QCOMPARE(QuestionParser::normalise(QStringLiteral("Was ist Volatilität?")),
                 QStringLiteral("was ist volatilität"));
    }
};

QTEST_GUILESS_MAIN(TestOfflineAdvisor)
#include "tst_offline_advisor.moc"
