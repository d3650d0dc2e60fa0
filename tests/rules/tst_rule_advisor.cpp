// The advisor's backtest_rule tool: a rule typed in the chat or stored in the
// workspace, checked against its JSON schema, backtested like a built-in (a
// rule stating sma_cross gives run_backtest's numbers), citing the bars and
// the rule's text; and the offline advisor's documented question forms for it.
#include "core/advisor/tools/AdvisorTools.h"
#include "core/advisor/tools/OfflineAdvisor.h"
#include "core/rules/BuiltinRules.h"
#include "core/storage/Database.h"
#include "core/workspace/RuleService.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/Workspace.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;
using namespace sn::advisor;

class TestRuleAdvisor : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ToolRegistry> m_tools;

    Result<QJsonObject> call(const QString &tool, const QJsonObject &args)
    {
        return m_tools->call({QStringLiteral("t"), tool, args});
    }

private slots:
    void initTestCase()
    {
        auto db =
            Database::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("advisor.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(m_db->migrate().ok());
        QVERIFY(SampleData(*m_db).load().ok());
        m_tools = std::make_unique<ToolRegistry>(makeAdvisorTools(*m_db));
    }

    void typedRuleEqualsTheBuiltinAndCitesItsData()
    {
        const QString text = QString::fromStdString(rules::BuiltinRules::ruleFor("sma_cross"));
        const QJsonObject common{{QStringLiteral("symbol"), QStringLiteral("AAPL")},
                                 {QStringLiteral("from"), QStringLiteral("2014-01-01")},
                                 {QStringLiteral("params"),
                                  QJsonObject{{QStringLiteral("fast"), 15}, {QStringLiteral("slow"), 45}}}};
        QJsonObject ruleArgs = common;
        ruleArgs.insert(QStringLiteral("rule"), text);
        QJsonObject builtinArgs = common;
        builtinArgs.insert(QStringLiteral("strategy"), QStringLiteral("sma_cross"));
        auto rule = call(QStringLiteral("backtest_rule"), ruleArgs);
        auto builtin = call(QStringLiteral("run_backtest"), builtinArgs);
        QVERIFY2(rule.ok(), rule.ok() ? "" : rule.error().toString().c_str());
        QVERIFY(builtin.ok());
        for (const char *key : {"metrics", "buy_and_hold", "equity_curve", "data", "params"})
            QVERIFY2(rule->value(QLatin1String(key)) == builtin->value(QLatin1String(key)), key);
        const QJsonObject data = rule->value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("symbol")).toString(), QStringLiteral("AAPL"));
        QCOMPARE(data.value(QStringLiteral("from")).toString(), QStringLiteral("2014-01-02"));
        QVERIFY(data.value(QStringLiteral("rows")).toInt() > 1000);
        const QJsonObject cited = rule->value(QStringLiteral("rule")).toObject();
        QCOMPARE(cited.value(QStringLiteral("text")).toString(), text);
        QCOMPARE(cited.value(QStringLiteral("source")).toString(), QStringLiteral("typed in the chat"));
    }

    void storedRuleByNameAndVersion()
    {
        Workspace workspace(*m_db);
        const QString v1 = QStringLiteral("entry = close > sma(close, 50)\nexit = close < sma(close, 50)\n");
        QVERIFY(RuleService(workspace).save(QStringLiteral("trend"), v1).ok());
        QVERIFY(RuleService(workspace)
                    .save(QStringLiteral("trend"), v1 + QStringLiteral("target = 1 * atr(14)\n"))
                    .ok());
        auto first =
            call(QStringLiteral("backtest_rule"), {{QStringLiteral("symbol"), QStringLiteral("^GSPC")},
                                                   {QStringLiteral("rule_name"), QStringLiteral("trend")},
                                                   {QStringLiteral("rule_version"), 1}});
        auto latest =
            call(QStringLiteral("backtest_rule"), {{QStringLiteral("symbol"), QStringLiteral("^GSPC")},
                                                   {QStringLiteral("rule_name"), QStringLiteral("trend")}});
        QVERIFY2(first.ok(), first.ok() ? "" : first.error().toString().c_str());
        QVERIFY(latest.ok());
        QCOMPARE(first->value(QStringLiteral("rule")).toObject().value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(latest->value(QStringLiteral("rule")).toObject().value(QStringLiteral("version")).toInt(),
                 2);
        QCOMPARE(latest->value(QStringLiteral("rule")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("trend"));
        QVERIFY(first->value(QStringLiteral("metrics")) != latest->value(QStringLiteral("metrics")));

        // The offline advisor reaches it from the documented form.
        const AdvisorAnswer a =
            OfflineAdvisor(*m_tools).answer(QStringLiteral("Backtest the stored rule trend on ^GSPC"));
        QCOMPARE(a.form, QStringLiteral("backtest_rule"));
        QCOMPARE(a.toolCalls.size(), std::size_t(1));
        QVERIFY2(a.toolCalls.front().ok, qPrintable(a.text));
        QVERIFY2(a.text.contains(QStringLiteral("stored rule trend, version 2")), qPrintable(a.text));
    }

    void refusalsNameWhatIsWrong()
    {
        auto bad = call(QStringLiteral("backtest_rule"),
                        {{QStringLiteral("symbol"), QStringLiteral("AAPL")},
                         {QStringLiteral("rule"), QStringLiteral("entry = smaa(close, 5) > 1")}});
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.find("rule:1:9: error: unknown function 'smaa'") != std::string::npos,
                 bad.error().message.c_str());
        auto neither =
            call(QStringLiteral("backtest_rule"), {{QStringLiteral("symbol"), QStringLiteral("AAPL")}});
        QVERIFY(!neither.ok());
        QVERIFY(neither.error().message.find("give either 'rule'") != std::string::npos);
        // The schema is strict: a built-in's 'strategy' is not an argument here.
        auto strict = call(QStringLiteral("backtest_rule"),
                           {{QStringLiteral("symbol"), QStringLiteral("AAPL")},
                            {QStringLiteral("rule"), QStringLiteral("entry = true")},
                            {QStringLiteral("strategy"), QStringLiteral("sma_cross")}});
        QVERIFY(!strict.ok());
        QVERIFY2(strict.error().toString().find("strategy") != std::string::npos,
                 strict.error().toString().c_str());
        auto missing =
            call(QStringLiteral("backtest_rule"), {{QStringLiteral("symbol"), QStringLiteral("AAPL")},
                                                   {QStringLiteral("rule_name"), QStringLiteral("nope")}});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void offlineTypedRule()
    {
        const AdvisorAnswer a = OfflineAdvisor(*m_tools).answer(QStringLiteral(
            "Backtest the rule `entry = close > sma(close, 50); exit = close < sma(close, 50); "
            "stop = 2 * atr(14)` on AAPL since 2014"));
        QCOMPARE(a.form, QStringLiteral("backtest_rule"));
        QCOMPARE(a.toolCalls.size(), std::size_t(1));
        QVERIFY2(a.toolCalls.front().ok, qPrintable(a.text));
        QCOMPARE(a.toolCalls.front().arguments.value(QStringLiteral("symbol")).toString(),
                 QStringLiteral("AAPL"));
        QCOMPARE(a.toolCalls.front().arguments.value(QStringLiteral("from")).toString(),
                 QStringLiteral("2014-01-01"));
        QCOMPARE(a.toolCalls.front().arguments.value(QStringLiteral("rule")).toString(),
                 QStringLiteral(
                     "entry = close > sma(close, 50)\nexit = close < sma(close, 50)\nstop = 2 * atr(14)\n"));
        QVERIFY(a.text.contains(QStringLiteral("Rule as typed")));
    }
};

QTEST_GUILESS_MAIN(TestRuleAdvisor)
#include "tst_rule_advisor.moc"
