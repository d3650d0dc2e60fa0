#include "core/secrets/KnownSecrets.h"

#include <QTest>
#include <set>
#include <string>

class TestKnownSecrets : public QObject
{
    Q_OBJECT
private slots:
    void tableIsValidAndUnique()
    {
        std::set<std::string_view> seen;
        QVERIFY(!sn::knownSecrets().empty());
        for (const sn::KnownSecret &s : sn::knownSecrets()) {
            QVERIFY2(sn::isValidSecretKey(s.key), std::string(s.key).c_str());
            QVERIFY2(!s.label.empty(), std::string(s.key).c_str());
            QVERIFY2(seen.insert(s.key).second, std::string(s.key).c_str());
        }
    }

    void findsProviders()
    {
        const sn::KnownSecret *openai = sn::findKnownSecret("llm/openai/api-key");
        QVERIFY(openai);
        QCOMPARE(openai->key, std::string_view("llm/openai/api-key"));
        QVERIFY(sn::findKnownSecret("llm/anthropic/api-key"));
        QVERIFY(!sn::findKnownSecret("llm/openai"));
        QVERIFY(!sn::findKnownSecret(""));
    }

    void keyValidation_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("valid");
        QTest::newRow("provider key") << "llm/openai/api-key" << true;
        QTest::newRow("single segment") << "token" << true;
        QTest::newRow("dots underscores digits") << "market/data_v2/key.1" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("uppercase") << "LLM/openai" << false;
        QTest::newRow("space") << "llm/open ai" << false;
        QTest::newRow("leading slash") << "/llm/openai" << false;
        QTest::newRow("trailing slash") << "llm/openai/" << false;
        QTest::newRow("double slash") << "llm//openai" << false;
        QTest::newRow("only slash") << "/" << false;
        QTest::newRow("non-ascii") << QStringLiteral("llm/\u00f6penai") << false;
        QTest::newRow("200 chars") << QString(200, QLatin1Char('a')) << true;
        QTest::newRow("201 chars") << QString(201, QLatin1Char('a')) << false;
    }
    void keyValidation()
    {
        QFETCH(QString, key);
        QFETCH(bool, valid);
        QCOMPARE(sn::isValidSecretKey(key.toStdString()), valid);
    }
};

QTEST_APPLESS_MAIN(TestKnownSecrets)
#include "tst_knownsecrets.moc"
