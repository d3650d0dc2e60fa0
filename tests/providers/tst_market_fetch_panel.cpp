// The Market data area's "Fetch / refresh" panel, offscreen, against the
// Yahoo-format server on 127.0.0.1: a background fetch fills the coverage
// table (source, days, last update), and with the server stopped the panel
// says up to which day the cache holds data.
#include "core/workspace/MarketFetchService.h"
#include "core/workspace/SettingsService.h"
#include "core/workspace/Workspace.h"
#include "tests/providers/VendorFormats.h"
#include "tests/providers/VendorServer.h"
#include "ui/market/FetchCoverageModel.h"
#include "ui/market/MarketFetchPanel.h"
#include "ui/shell/JobTracker.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;
using namespace sn::test;
using namespace sn::ui;

class TestMarketFetchPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fetchesInTheBackgroundAndFallsBackOffline()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const Market market = Market::acme(today.addDays(-60), today, today.addDays(-30), today.addDays(-20));
        VendorServer server([&](const VendorServer::Request &r) -> VendorServer::Response {
            if (!r.path.endsWith("/ACME"))
                return yahooNotFound();
            return yahooChart(market, QStringLiteral("ACME"), r.item("period1").toLongLong(),
                              r.item("period2").toLongLong());
        });
        QVERIFY(server.listen());
        QTemporaryDir dir;
        auto ws = Workspace::open(QStringLiteral("sqlite://") + dir.path() + QStringLiteral("/panel.sqlite"));
        QVERIFY2(ws.ok(), ws ? "" : ws.error().toString().c_str());
        QVERIFY(SettingsService(**ws)
                    .set(MarketFetchService::settingKey(QStringLiteral("yahoo"), "base_url"),
                         server.url().toString())
                    .ok());

        JobTracker jobs;
        MarketFetchPanel panel(**ws, jobs);
        QAbstractItemModelTester tester(panel.coverageModel());
        panel.show();

        QSignalSpy finished(&panel, &MarketFetchPanel::fetchFinished);
        panel.setSymbols(QStringLiteral("ACME"));
        panel.fetch();
        QVERIFY(panel.isFetching());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(panel.statusText().startsWith(QLatin1String("ACME: ")), qPrintable(panel.statusText()));
        QVERIFY2(panel.statusText().contains(QLatin1String("bars stored")), qPrintable(panel.statusText()));
        QTRY_COMPARE(panel.coverageModel()->rowCount(), 1);
        const FetchCoverageModel *model = panel.coverageModel();
        QCOMPARE(model->data(model->index(0, FetchCoverageModel::Symbol)).toString(), QStringLiteral("ACME"));
        QCOMPARE(model->data(model->index(0, FetchCoverageModel::Source)).toString(),
                 QStringLiteral("yahoo"));
        QVERIFY(model->data(model->index(0, FetchCoverageModel::Covered))
                    .toString()
                    .endsWith(today.toString(Qt::ISODate)));

        // The vendor gone: the cache stays, and the panel says how far it reaches.
        server.stop();
        panel.fetch();
        QVERIFY(finished.wait(30000));
        QVERIFY2(panel.statusText().contains(QLatin1String("offline: showing data up to")),
                 qPrintable(panel.statusText()));

        // An unknown symbol is reported by name.
        QVERIFY(server.listen());
        panel.setSymbols(QStringLiteral("NOPE"));
        panel.fetch();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY2(panel.statusText().contains(QLatin1String("yahoo: unknown symbol 'NOPE'")),
                 qPrintable(panel.statusText()));
        jobs.waitForAll();
    }
};

QTEST_MAIN(TestMarketFetchPanel)
#include "tst_market_fetch_panel.moc"
