// Preferences > Data providers against the real Secret Service (run inside
// dbus-run-session with gnome-keyring, like every `keychain` test): a
// provider's key is stored only through SecretStore, the page says "key
// stored" and never shows it, and "Test connection" reads it on the worker
// and reports a good key, a refused key and a missing key in the provider's
// words, against the Tiingo-format server on loopback.
#include "core/workspace/ProviderSettings.h"
#include "core/workspace/Workspace.h"
#include "tests/providers/VendorFormats.h"
#include "tests/providers/VendorServer.h"
#include "ui/settings/DataProvidersPage.h"
#include "ui/shell/JobTracker.h"

#include <QDateTime>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;
using namespace sn::test;
using namespace sn::ui;

class TestDataProviderKeys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    const QString m_service =
        QStringLiteral("SuperNova-test-providerkeys-%1").arg(QCoreApplication::applicationPid());

    // Waits until the page reports `expected` for `id`; returns what it last said.
    static QString waitForKeyStatus(DataProvidersPage &page, const QString &id, const QString &expected)
    {
        QSignalSpy spy(&page, &DataProvidersPage::keyStatusChanged);
        for (int round = 0; round < 40 && page.keyStatus(id) != expected; ++round)
            spy.wait(500);
        return page.keyStatus(id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto ws =
            Workspace::open(QStringLiteral("sqlite://") + m_dir.path() + QStringLiteral("/keys.sqlite"));
        QVERIFY2(ws.ok(), ws ? "" : ws.error().toString().c_str());
        m_ws = std::move(ws).value();
    }

    void cleanupTestCase()
    {
        // Leave nothing of ours in the keyring.
        QEventLoop loop;
        SecretStore(m_service).remove(QStringLiteral("providers/tiingo/api-key"), &loop,
                                      [&](const Result<void> &) { loop.quit(); });
        loop.exec();
    }

    void keyIsKeptInTheKeychainAndTested()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const Market market = Market::acme(today.addDays(-30), today, today.addDays(400), today.addDays(400));
        VendorServer tiingo([&](const VendorServer::Request &r) -> VendorServer::Response {
            if (r.headers.value("authorization") != "Token good-key")
                return {401, "application/json", "{\"detail\":\"Invalid token.\"}", {}};
            return tiingoDaily(market, QDate::fromString(r.item("startDate"), Qt::ISODate),
                               QDate::fromString(r.item("endDate"), Qt::ISODate));
        });
        QVERIFY(tiingo.listen());

        JobTracker jobs;
        DataProvidersPage page(*m_ws, jobs, SecretStore(m_service));
        QSignalSpy loaded(&page, &DataProvidersPage::loaded);
        QVERIFY(loaded.wait(10000));
        const QString id = QStringLiteral("tiingo");
        QCOMPARE(waitForKeyStatus(page, id, QStringLiteral("no key stored")),
                 QStringLiteral("no key stored"));
        page.selectProvider(id);
        page.baseUrlField()->setText(tiingo.url().toString());
        QVERIFY(page.save());
        QSignalSpy tested(&page, &DataProvidersPage::connectionTested);

        // No key yet: the provider says where to put one.
        page.testConnection();
        QVERIFY(tested.wait(30000));
        QVERIFY(!tested.last().at(1).toBool());
        QVERIFY2(page.testStatus().contains(QLatin1String("tiingo needs an API key and none is stored")),
                 qPrintable(page.testStatus()));
        QCOMPARE(tiingo.requests().size(), 0);

        QCOMPARE(page.keyField()->echoMode(), QLineEdit::Password);
        page.keyField()->setText(QStringLiteral("good-key"));
        page.storeKey();
        QVERIFY(page.keyField()->text().isEmpty()); // the field does not keep it
        QCOMPARE(waitForKeyStatus(page, id, QStringLiteral("key stored")), QStringLiteral("key stored"));
        QVERIFY(!page.keyStatus(id).contains(QLatin1String("good-key")));
        // Never in the settings: nothing in the database holds the key.
        const auto choices = ProviderSettings(*m_ws).providers().valueOr({});
        for (const ProviderChoice &c : choices)
            QVERIFY(!c.baseUrl.contains(QLatin1String("good-key")));

        page.testConnection();
        QVERIFY(tested.wait(30000));
        QVERIFY2(tested.last().at(1).toBool(), qPrintable(page.testStatus()));
        QVERIFY2(page.testStatus().startsWith(QLatin1String("OK: tiingo: ")), qPrintable(page.testStatus()));
        QCOMPARE(tiingo.requests().last().headers.value("authorization"), QByteArray("Token good-key"));

        // A wrong key: the vendor's refusal, named.
        page.keyField()->setText(QStringLiteral("wrong-key"));
        page.storeKey();
        QCOMPARE(waitForKeyStatus(page, id, QStringLiteral("key stored")), QStringLiteral("key stored"));
        page.testConnection();
        QVERIFY(tested.wait(30000));
        QVERIFY(!tested.last().at(1).toBool());
        QVERIFY2(page.testStatus().contains(QLatin1String("tiingo: the API key was refused")),
                 qPrintable(page.testStatus()));

        page.deleteKey();
        QCOMPARE(waitForKeyStatus(page, id, QStringLiteral("no key stored")),
                 QStringLiteral("no key stored"));
        jobs.waitForAll();
    }
};

QTEST_MAIN(TestDataProviderKeys)
#include "tst_data_provider_keys.moc"
