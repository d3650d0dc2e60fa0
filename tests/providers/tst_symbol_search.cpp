// "Add a symbol" in the Market data area, offscreen, against loopback servers
// speaking the vendors' search formats: typing is debounced into one search
// that runs off the GUI thread, the hits show name, exchange and type, Add
// fetches the picked symbol's bars through MarketFetchService, and a provider
// without a search says so without sending anything.
#include "core/workspace/MarketData.h"
#include "core/workspace/MarketFetchService.h"
#include "core/workspace/SettingsService.h"
#include "core/workspace/Workspace.h"
#include "tests/providers/VendorFormats.h"
#include "tests/providers/VendorServer.h"
#include "tests/testutils/TestPaths.h"
#include "ui/market/MarketFetchPanel.h"
#include "ui/market/SymbolMatchModel.h"
#include "ui/market/SymbolSearchPanel.h"
#include "ui/shell/JobTracker.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;
using namespace sn::test;
using namespace sn::ui;

class TestSymbolSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    const std::vector<SymbolMatch> m_acme{{QStringLiteral("ACME"),
                                           QStringLiteral("Acme Corporation"),
                                           QStringLiteral("NMS"),
                                           QStringLiteral("EQUITY"),
                                           {}},
                                          {QStringLiteral("ACME.DE"),
                                           QStringLiteral("Acme Corporation"),
                                           QStringLiteral("GER"),
                                           QStringLiteral("EQUITY"),
                                           {}},
                                          {QStringLiteral("ACMX"),
                                           QStringLiteral("Acme Index Fund"),
                                           QStringLiteral("PCX"),
                                           QStringLiteral("ETF"),
                                           {}}};

    void setBaseUrl(const char *provider, const QUrl &url)
    {
        QVERIFY(SettingsService(*m_ws).set(
            MarketFetchService::settingKey(QLatin1String(provider), "base_url"), url.toString()));
    }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        static int n = 0;
        auto ws = Workspace::open(QStringLiteral("sqlite://") + m_dir.path() +
                                  QStringLiteral("/search%1.sqlite").arg(++n));
        QVERIFY2(ws.ok(), ws ? "" : ws.error().toString().c_str());
        m_ws = std::move(ws).value();
    }

    void cleanup() { m_ws.reset(); }

    void typedQueryIsSearchedOnceAndAddFetches()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const Market market = Market::acme(today.addDays(-40), today, today.addDays(-20), today.addDays(-10));
        VendorServer yahoo([&](const VendorServer::Request &r) -> VendorServer::Response {
            if (r.path == "/v1/finance/search")
                return yahooSearch(r.item("q") == QLatin1String("acme") ? m_acme
                                                                        : std::vector<SymbolMatch>{});
            if (r.path.endsWith("/ACME"))
                return yahooChart(market, QStringLiteral("ACME"), r.item("period1").toLongLong(),
                                  r.item("period2").toLongLong());
            return yahooNotFound();
        });
        QVERIFY(yahoo.listen());
        setBaseUrl("yahoo", yahoo.url());

        JobTracker jobs;
        MarketFetchPanel panel(*m_ws, jobs);
        SymbolSearchPanel *search = panel.searchPanel();
        QVERIFY(search);
        QAbstractItemModelTester tester(search->matchModel());
        panel.show();
        QCOMPARE(search->providers(),
                 QStringList({QStringLiteral("yahoo"), QStringLiteral("stooq"),
                              QStringLiteral("alphavantage"), QStringLiteral("tiingo")}));
        QCOMPARE(search->provider(), QStringLiteral("yahoo"));

        // Three keystrokes before the pause: one search, for the last text.
        QSignalSpy searched(search, &SymbolSearchPanel::searchFinished);
        search->queryField()->setText(QStringLiteral("a"));
        search->queryField()->setText(QStringLiteral("ac"));
        search->queryField()->setText(QStringLiteral("acme"));
        QCOMPARE(search->searchesSent(), 0); // nothing before the pause
        QVERIFY(searched.wait(30000));
        QCOMPARE(searched.last().first().toBool(), true);
        QCOMPARE(search->searchesSent(), 1);
        QCOMPARE(yahoo.requests().size(), 1);
        QCOMPARE(yahoo.requests().first().item("q"), QStringLiteral("acme"));

        const SymbolMatchModel *model = search->matchModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->data(model->index(0, SymbolMatchModel::Symbol)).toString(), QStringLiteral("ACME"));
        QCOMPARE(model->data(model->index(0, SymbolMatchModel::Name)).toString(),
                 QStringLiteral("Acme Corporation"));
        QCOMPARE(model->data(model->index(0, SymbolMatchModel::Exchange)).toString(), QStringLiteral("NMS"));
        QCOMPARE(model->data(model->index(2, SymbolMatchModel::Type)).toString(), QStringLiteral("ETF"));
        panel.resize(900, 520);
        QVERIFY(panel.grab().save(test::outputDir(QStringLiteral("providers")) +
                                  QStringLiteral("/market-symbol-search.png")));
        QVERIFY2(search->statusText().startsWith(QLatin1String("3 match")) &&
                     search->statusText().contains(QLatin1String("from yahoo")),
                 qPrintable(search->statusText()));

        // Add: the picked symbol's bars are fetched and stored.
        QSignalSpy fetched(&panel, &MarketFetchPanel::fetchFinished);
        QVERIFY(search->addSelected(0));
        QVERIFY(fetched.wait(30000));
        QVERIFY2(fetched.last().first().toBool(), qPrintable(panel.statusText()));
        QVERIFY2(panel.statusText().startsWith(QLatin1String("ACME: ")), qPrintable(panel.statusText()));
        auto summaries = MarketData(*m_ws).summaries();
        QVERIFY(summaries.ok());
        bool stored = false;
        for (const InstrumentSummary &s : *summaries)
            stored = stored || (s.symbol == QLatin1String("ACME") && s.bars == qint64(market.bars.size()));
        QVERIFY(stored);

        // Nothing found is said as such.
        search->queryField()->setText(QStringLiteral("zzzz"));
        search->search(); // Return: at once, without the pause
        QVERIFY(searched.wait(30000));
        QCOMPARE(search->matchModel()->rowCount(), 0);
        QCOMPARE(search->statusText(), QStringLiteral("yahoo knows no symbol for \"zzzz\"."));

        // Stooq has no search: said plainly, nothing sent anywhere.
        const auto before = yahoo.requests().size();
        search->setProvider(QStringLiteral("stooq"));
        search->queryField()->setText(QStringLiteral("acme"));
        search->search();
        QCOMPARE(searched.last().first().toBool(), false);
        QVERIFY2(search->statusText().startsWith(QLatin1String("Search is not offered by stooq")),
                 qPrintable(search->statusText()));
        QTest::qWait(SymbolSearchPanel::kDebounceMs + 100); // the debounce timer was stopped: no late search
        QCOMPARE(yahoo.requests().size(), before);
        QCOMPARE(search->searchesSent(), 2);

        // The vendor gone: its error, named.
        search->setProvider(QStringLiteral("yahoo"));
        yahoo.stop();
        search->search();
        QVERIFY(searched.wait(60000));
        QCOMPARE(searched.last().first().toBool(), false);
        QVERIFY2(search->statusText().contains(QLatin1String("yahoo: no answer from 127.0.0.1")),
                 qPrintable(search->statusText()));
        jobs.waitForAll();
    }

    // The search formats of the two keyed vendors, read by MarketFetchService::search.
    void keyedVendorsSearchThroughTheService()
    {
        VendorServer alpha([&](const VendorServer::Request &r) -> VendorServer::Response {
            if (r.item("apikey") != QLatin1String("av-key"))
                return {200,
                        "application/json",
                        "{\"Error Message\": \"the parameter apikey is invalid or missing.\"}",
                        {}};
            return alphaVantageSearch(m_acme);
        });
        VendorServer tiingo([&](const VendorServer::Request &r) -> VendorServer::Response {
            if (r.headers.value("authorization") != "Token ti-key")
                return {401, "application/json", "{\"detail\":\"Invalid token.\"}", {}};
            return tiingoSearch(m_acme);
        });
        QVERIFY(alpha.listen());
        QVERIFY(tiingo.listen());
        setBaseUrl("alphavantage", alpha.url());
        setBaseUrl("tiingo", tiingo.url());
        QString avKey = QStringLiteral("av-key");
        MarketFetchService service(*m_ws, [&](const QString &key) -> Result<QString> {
            if (key == QLatin1String("providers/alphavantage/api-key"))
                return avKey;
            if (key == QLatin1String("providers/tiingo/api-key"))
                return QStringLiteral("ti-key");
            return Error(ErrorCode::NotFound, "no such key");
        });
        auto av = service.search(QStringLiteral("alphavantage"), QStringLiteral("acme"));
        QVERIFY2(av.ok(), av ? "" : av.error().toString().c_str());
        QCOMPARE(av->size(), std::size_t(3));
        QCOMPARE(av->at(1).symbol, QStringLiteral("ACME.DE"));
        QCOMPARE(av->at(1).exchange, QStringLiteral("GER"));
        QCOMPARE(alpha.requests().first().item("function"), QStringLiteral("SYMBOL_SEARCH"));
        QCOMPARE(alpha.requests().first().item("keywords"), QStringLiteral("acme"));
        auto ti = service.search(QStringLiteral("tiingo"), QStringLiteral("acme"));
        QVERIFY2(ti.ok(), ti ? "" : ti.error().toString().c_str());
        QCOMPARE(ti->at(2).kind, QStringLiteral("ETF"));
        QCOMPARE(tiingo.requests().first().path, QByteArray("/tiingo/utilities/search"));

        avKey = QStringLiteral("wrong");
        auto refused = service.search(QStringLiteral("alphavantage"), QStringLiteral("acme"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::AccessDenied);
        auto none = service.search(QStringLiteral("stooq"), QStringLiteral("acme"));
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::Unsupported);
    }
};

QTEST_MAIN(TestSymbolSearch)
#include "tst_symbol_search.moc"
