// Preferences > Data providers, offscreen: the priority order, enabled flags,
// base URLs and refresh schedule are saved through ProviderSettings (one
// announcement) and are what MarketFetchService then uses; a bad URL is
// refused by name and changes nothing; "Test connection" runs off the GUI
// thread against the loopback vendor and reports OK, an unreachable vendor
// and a spent quota in the provider's own words.
#include "core/workspace/MarketFetchService.h"
#include "core/workspace/ProviderSettings.h"
#include "core/workspace/Workspace.h"
#include "tests/providers/VendorFormats.h"
#include "tests/providers/VendorServer.h"
#include "tests/testutils/TestPaths.h"
#include "ui/settings/DataProvidersPage.h"
#include "ui/shell/JobTracker.h"

#include <QCheckBox>
#include <QDateTime>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;
using namespace sn::test;
using namespace sn::ui;

class TestDataProvidersPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    // A keychain service of our own: this test never needs a stored key, and never touches the user's.
    const QString m_service =
        QStringLiteral("SuperNova-test-dataproviders-%1").arg(QCoreApplication::applicationPid());

    static QStringList list(std::initializer_list<const char *> ids)
    {
        QStringList out;
        for (const char *id : ids)
            out << QLatin1String(id);
        return out;
    }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        static int n = 0;
        auto ws = Workspace::open(QStringLiteral("sqlite://") + m_dir.path() +
                                  QStringLiteral("/providers%1.sqlite").arg(++n));
        QVERIFY2(ws.ok(), ws ? "" : ws.error().toString().c_str());
        m_ws = std::move(ws).value();
    }

    void cleanup() { m_ws.reset(); }

    void orderEnabledUrlsAndScheduleAreSavedAndUsed()
    {
        JobTracker jobs;
        auto page = std::make_unique<DataProvidersPage>(*m_ws, jobs, SecretStore(m_service));
        QSignalSpy loaded(page.get(), &DataProvidersPage::loaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page->order(), list({"yahoo", "stooq", "alphavantage", "tiingo"}));
        QCOMPARE(page->enabledProviders(), page->order()); // all enabled until told otherwise
        QVERIFY(!page->refreshEnabledBox()->isChecked());  // scheduled refresh is off by default
        QVERIFY(!page->allowMeteredBox()->isChecked());

        page->selectProvider(QStringLiteral("tiingo"));
        page->moveUp();
        page->moveUp();
        page->moveUp();
        page->moveUp(); // already first: nothing happens
        QCOMPARE(page->order(), list({"tiingo", "yahoo", "stooq", "alphavantage"}));
        QCOMPARE(page->currentProvider(), QStringLiteral("tiingo"));
        page->setProviderEnabled(QStringLiteral("yahoo"), false);
        page->selectProvider(QStringLiteral("stooq"));
        page->baseUrlField()->setText(QStringLiteral("http://proxy.local/stooq"));
        page->selectProvider(QStringLiteral("alphavantage")); // the typed URL stays with stooq
        QVERIFY(page->baseUrlField()->text().isEmpty());
        QCOMPARE(page->baseUrlField()->placeholderText(), QStringLiteral("https://www.alphavantage.co"));
        page->refreshEnabledBox()->setChecked(true);
        page->intervalBox()->setValue(15);

        QSignalSpy announced(&m_ws->changes(), &ChangeHub::changed);
        QVERIFY2(page->save(), qPrintable(page->status()));
        QCOMPARE(page->status(), QStringLiteral("Saved."));
        QCOMPARE(announced.size(), 2); // the providers in one transaction, the schedule in another

        MarketFetchService service(*m_ws);
        QCOMPARE(service.providerOrder().valueOr({}), list({"tiingo", "stooq", "alphavantage"}));
        QCOMPARE(service.setup(QStringLiteral("stooq"))->baseUrl,
                 QUrl(QStringLiteral("http://proxy.local/stooq")));
        const RefreshSchedule schedule = ProviderSettings(*m_ws).schedule().valueOr({});
        QVERIFY(schedule.enabled);
        QCOMPARE(schedule.intervalMinutes, 15);
        QVERIFY(!schedule.allowMetered);

        // A URL that is not http(s) is refused by provider and field, and nothing is written.
        page->selectProvider(QStringLiteral("tiingo"));
        page->baseUrlField()->setText(QStringLiteral("ftp://files.local/tiingo"));
        page->setProviderEnabled(QStringLiteral("yahoo"), true);
        announced.clear();
        QVERIFY(!page->save());
        QVERIFY2(page->status().contains(QLatin1String(
                     "tiingo: the base URL 'ftp://files.local/tiingo' is not an http:// or https://")),
                 qPrintable(page->status()));
        QCOMPARE(announced.size(), 0);
        QCOMPARE(service.providerOrder().valueOr({}), list({"tiingo", "stooq", "alphavantage"}));

        // A new page shows what was saved.
        page.reset();
        DataProvidersPage again(*m_ws, jobs, SecretStore(m_service));
        QSignalSpy loadedAgain(&again, &DataProvidersPage::loaded);
        QVERIFY(loadedAgain.wait(10000));
        QCOMPARE(again.order(), list({"tiingo", "yahoo", "stooq", "alphavantage"}));
        QCOMPARE(again.enabledProviders(), list({"tiingo", "stooq", "alphavantage"}));
        again.selectProvider(QStringLiteral("stooq"));
        QCOMPARE(again.baseUrlField()->text(), QStringLiteral("http://proxy.local/stooq"));
        QVERIFY(again.refreshEnabledBox()->isChecked());
        QCOMPARE(again.intervalBox()->value(), 15);
        QCOMPARE(again.keyStatus(QStringLiteral("yahoo")), QStringLiteral("no key needed"));
        again.resize(640, 560);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        // For a look at the page (test output, not checked): tests/providers in the build's test-output.
        QVERIFY(again.grab().save(test::outputDir(QStringLiteral("providers")) +
                                  QStringLiteral("/preferences-data-providers.png")));

        // With every provider disabled a fetch says where to enable one.
        for (const QString &id : again.order())
            again.setProviderEnabled(id, false);
        QVERIFY(again.save());
        auto none = service.fetch(QStringLiteral("AAPL"), {});
        QVERIFY(!none);
        QVERIFY2(QString::fromStdString(none.error().message)
                     .contains(QLatin1String("Preferences > Data providers")),
                 none.error().message.c_str());
        jobs.waitForAll();
    }

    void testConnectionRunsOffTheGuiThread()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const Market market =
            Market::acme(today.addDays(-30), today, today.addDays(-400), today.addDays(-400));
        bool quotaSpent = false;
        VendorServer yahoo([&](const VendorServer::Request &r) -> VendorServer::Response {
            if (!r.path.endsWith("/AAPL"))
                return yahooNotFound();
            return yahooChart(market, QStringLiteral("AAPL"), r.item("period1").toLongLong(),
                              r.item("period2").toLongLong());
        });
        VendorServer stooq([&](const VendorServer::Request &r) -> VendorServer::Response {
            if (quotaSpent)
                return {200, "text/plain", "Exceeded the daily hits limit", {}};
            return stooqCsv(market, QDate::fromString(r.item("d1"), QStringLiteral("yyyyMMdd")),
                            QDate::fromString(r.item("d2"), QStringLiteral("yyyyMMdd")));
        });
        QVERIFY(yahoo.listen());
        QVERIFY(stooq.listen());

        JobTracker jobs;
        DataProvidersPage page(*m_ws, jobs, SecretStore(m_service));
        QSignalSpy loaded(&page, &DataProvidersPage::loaded);
        QVERIFY(loaded.wait(10000));
        QSignalSpy tested(&page, &DataProvidersPage::connectionTested);

        page.selectProvider(QStringLiteral("yahoo"));
        page.baseUrlField()->setText(yahoo.url().toString()); // tried before it is saved
        page.testConnection();
        // The request goes out on a worker: the GUI thread is back at once, still waiting.
        QCOMPARE(page.testStatus(), QStringLiteral("Testing yahoo..."));
        QCOMPARE(tested.size(), 0);
        QVERIFY(tested.wait(30000));
        QCOMPARE(tested.last().at(0).toString(), QStringLiteral("yahoo"));
        QVERIFY2(tested.last().at(1).toBool(), qPrintable(tested.last().at(2).toString()));
        QVERIFY2(page.testStatus().startsWith(QLatin1String("OK: yahoo: ")), qPrintable(page.testStatus()));
        QVERIFY(page.testStatus().contains(QLatin1String("bars of AAPL")));
        QCOMPARE(yahoo.requests().size(), 1);

        page.selectProvider(QStringLiteral("stooq"));
        page.baseUrlField()->setText(stooq.url().toString());
        page.testConnection();
        QVERIFY(tested.wait(30000));
        QVERIFY2(tested.last().at(1).toBool(), qPrintable(tested.last().at(2).toString()));
        quotaSpent = true;
        page.testConnection();
        QVERIFY(tested.wait(30000));
        QVERIFY(!tested.last().at(1).toBool());
        QVERIFY2(page.testStatus().contains(QLatin1String("stooq: request quota spent")),
                 qPrintable(page.testStatus()));

        // The vendor gone: the provider says it got no answer.
        page.selectProvider(QStringLiteral("yahoo"));
        page.baseUrlField()->setText(yahoo.url().toString());
        yahoo.stop();
        page.testConnection();
        QVERIFY(tested.wait(60000));
        QVERIFY(!tested.last().at(1).toBool());
        QVERIFY2(page.testStatus().contains(QLatin1String("Failed: ")) &&
                     page.testStatus().contains(QLatin1String("yahoo: no answer from 127.0.0.1")),
                 qPrintable(page.testStatus()));

        // A typed URL that is not one is refused before any request.
        page.baseUrlField()->setText(QStringLiteral("not a url"));
        page.testConnection();
        QCOMPARE(tested.last().at(1).toBool(), false);
        QVERIFY2(page.testStatus().startsWith(QLatin1String("Not tested: yahoo: the base URL")),
                 qPrintable(page.testStatus()));
        jobs.waitForAll();
    }
};

QTEST_MAIN(TestDataProvidersPage)
#include "tst_data_providers_page.moc"
