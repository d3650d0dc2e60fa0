// The scheduled refresh of watchlist symbols, offscreen, against the
// Yahoo-format server on loopback: off by default; Preferences' schedule
// starts and stops its timer; a run fetches every watchlist symbol through
// MarketFetchService on a worker and records what happened, which the Market
// data area shows; a metered connection skips it unless allowed; a network
// backend that cannot tell is said so; with the vendor gone it reports
// "offline: showing data up to DATE".
#include "core/workspace/MarketData.h"
#include "core/workspace/MarketFetchService.h"
#include "core/workspace/ProviderSettings.h"
#include "core/workspace/SettingsService.h"
#include "core/workspace/WatchlistService.h"
#include "core/workspace/Workspace.h"
#include "tests/providers/VendorFormats.h"
#include "tests/providers/VendorServer.h"
#include "ui/market/MarketFetchPanel.h"
#include "ui/market/ScheduledRefresh.h"
#include "ui/shell/JobTracker.h"

#include <QDateTime>
#include <QNetworkInformation>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;
using namespace sn::test;
using namespace sn::ui;

class TestScheduledRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void runsOnScheduleSkipsMeteredAndFallsBackOffline()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const Market market = Market::acme(today.addDays(-40), today, today.addDays(-20), today.addDays(-10));
        VendorServer yahoo([&](const VendorServer::Request &r) -> VendorServer::Response {
            for (const char *symbol : {"ACME", "BETA"})
                if (const QByteArray tail = QByteArray("/") + symbol; r.path.endsWith(tail))
                    return yahooChart(market, QLatin1String(symbol), r.item("period1").toLongLong(),
                                      r.item("period2").toLongLong());
            return yahooNotFound();
        });
        QVERIFY(yahoo.listen());
        QTemporaryDir dir;
        auto opened =
            Workspace::open(QStringLiteral("sqlite://") + dir.path() + QStringLiteral("/refresh.sqlite"));
        QVERIFY2(opened.ok(), opened ? "" : opened.error().toString().c_str());
        const Workspace &ws = **opened;
        QVERIFY(SettingsService(ws)
                    .set(MarketFetchService::settingKey(QStringLiteral("yahoo"), "base_url"),
                         yahoo.url().toString())
                    .ok());
        // A watchlist holds stored instruments: the two were fetched once, a month ago's days only.
        {
            MarketFetchService first(ws);
            MarketFetchOptions old;
            old.from = today.addDays(-40);
            old.to = today.addDays(-30);
            QVERIFY(first.fetch(QStringLiteral("ACME"), old).ok());
            QVERIFY(first.fetch(QStringLiteral("BETA"), old).ok());
        }
        QCOMPARE(yahoo.requests().size(), 2);
        WatchlistService lists(ws);
        auto tech = lists.create(QStringLiteral("Tech"));
        QVERIFY(tech.ok());
        QVERIFY(lists.addSymbol(*tech, QStringLiteral("ACME")).ok());
        QVERIFY(lists.addSymbol(*tech, QStringLiteral("BETA")).ok());
        auto other = lists.create(QStringLiteral("Other"));
        QVERIFY(other.ok());
        QVERIFY(lists.addSymbol(*other, QStringLiteral("ACME")).ok()); // in two lists: fetched once

        JobTracker jobs;
        MarketFetchPanel panel(ws, jobs);
        ScheduledRefresh refresh(ws, jobs);
        NetworkStatus network;
        network.backend = QStringLiteral("glib");
        network.meteredKnown = false; // what a backend that cannot tell reports
        refresh.setNetworkProbe([&]() { return network; });
        refresh.setKeyLookup({});
        QSignalSpy finished(&refresh, &ScheduledRefresh::finished);

        // Off by default, and the panel says so.
        QVERIFY(!refresh.isScheduled());
        QTRY_VERIFY2(panel.scheduleText().contains(QLatin1String("off (Preferences > Data providers)")),
                     qPrintable(panel.scheduleText()));

        // Preferences turns it on: the timer follows the saved interval.
        ProviderSettings settings(ws);
        QVERIFY(settings.saveSchedule({true, 30, false}).ok());
        QTRY_VERIFY(refresh.isScheduled());
        QCOMPARE(refresh.intervalMs(), 30 * 60 * 1000);
        QTRY_VERIFY2(panel.scheduleText().contains(QLatin1String("every 30 minute")),
                     qPrintable(panel.scheduleText()));
        QVERIFY(!settings.saveSchedule({true, 2, false}).ok()); // below the 5-minute floor: refused
        QCOMPARE(refresh.intervalMs(), 30 * 60 * 1000);

        // A run: every watchlist symbol once, on a worker.
        QVERIFY(refresh.runNow());
        QVERIFY(refresh.isRunning());
        QVERIFY(!refresh.runNow()); // one at a time
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(yahoo.requests().size(), 4);
        QVERIFY2(
            refresh.statusText().contains(QLatin1String("2 updated, 0 already current, 0 offline, 0 failed")),
            qPrintable(refresh.statusText()));
        QVERIFY2(refresh.statusText().contains(QLatin1String("metered or not: cannot tell")),
                 qPrintable(refresh.statusText()));
        const RefreshRecord last = settings.lastRefresh().valueOr({});
        QVERIFY(last.ranAt > 0);
        QVERIFY(last.summary.contains(QLatin1String("2 updated")));
        QTRY_VERIFY2(panel.scheduleText().contains(QLatin1String("Last run")) &&
                         panel.scheduleText().contains(QLatin1String("2 updated")),
                     qPrintable(panel.scheduleText()));
        auto summaries = MarketData(ws).summaries();
        QVERIFY(summaries.ok());
        int current = 0; // both now reach the market's last day
        for (const InstrumentSummary &s : *summaries)
            current += dayOf(s.last) == market.bars.back().day ? 1 : 0;
        QCOMPARE(current, 2);

        // Metered and not allowed: skipped, nothing sent.
        network.meteredKnown = true;
        network.metered = true;
        network.backend = QStringLiteral("networkmanager");
        QVERIFY(refresh.runNow());
        QCOMPARE(finished.last().first().toBool(), false);
        QCOMPARE(yahoo.requests().size(), 4);
        QVERIFY2(refresh.statusText().contains(QLatin1String("skipped: the connection is metered")),
                 qPrintable(refresh.statusText()));

        // Allowed on metered connections: it runs, one request per cached symbol (the revised tail).
        QVERIFY(settings.saveSchedule({true, 30, true}).ok());
        QTRY_VERIFY(refresh.schedule().allowMetered);
        QVERIFY(refresh.runNow());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(yahoo.requests().size(), 6);

        // The vendor gone: the cache stays, and the status says how far it reaches.
        yahoo.stop();
        QVERIFY(refresh.runNow());
        QVERIFY(finished.wait(120000));
        QVERIFY2(refresh.statusText().contains(QLatin1String("2 offline")) &&
                     refresh.statusText().contains(QLatin1String("offline: showing data up to ")),
                 qPrintable(refresh.statusText()));

        // Turned off: the timer stops.
        QVERIFY(settings.saveSchedule({false, 30, true}).ok());
        QTRY_VERIFY(!refresh.isScheduled());
        jobs.waitForAll();
    }

    // The machine's own backend, whatever it is: the sentence shown in
    // Preferences must match what the backend says it can tell.
    void realBackendIsDescribedHonestly()
    {
        const NetworkStatus status = currentNetworkStatus();
        qInfo("QNetworkInformation backends available: [%s]; loaded: '%s', metered known: %d, metered: %d, "
              "reachability known: %d",
              qPrintable(QNetworkInformation::availableBackends().join(QStringLiteral(", "))),
              qPrintable(status.backend), status.meteredKnown, status.metered, status.reachabilityKnown);
        const QString text = status.describe();
        if (status.backend.isEmpty())
            QVERIFY2(text.startsWith(QLatin1String("No network-information backend")), qPrintable(text));
        else if (!status.meteredKnown)
            QVERIFY2(text.contains(status.backend) && text.contains(QLatin1String("cannot tell")),
                     qPrintable(text));
        else
            QVERIFY2(
                text.contains(status.metered ? QLatin1String("is metered") : QLatin1String("is not metered")),
                qPrintable(text));
    }
};

QTEST_MAIN(TestScheduledRefresh)
#include "tst_scheduled_refresh.moc"
