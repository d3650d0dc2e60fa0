// `supernova-cli fetch` and `supernova-cli fx` through the real binary,
// against vendor servers on 127.0.0.1 running in a thread of this test (the
// CLI runner blocks this one).
#include "core/workspace/ProviderSettings.h"
#include "core/workspace/Workspace.h"
#include "tests/providers/VendorFormats.h"
#include "tests/providers/VendorServer.h"
#include "tests/testutils/CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

using namespace sn;
using namespace sn::test;

namespace {

const QDate kFrom(2024, 1, 2);
const QDate kTo(2024, 3, 29);

// A VendorServer living in its own thread.
class ThreadedServer
{
public:
    explicit ThreadedServer(VendorServer::Handler handler) : m_server(new VendorServer(std::move(handler)))
    {
        m_server->moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            m_server, [this] { m_listening = m_server->listen(); }, Qt::BlockingQueuedConnection);
    }
    ~ThreadedServer()
    {
        QMetaObject::invokeMethod(
            m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    bool listening() const { return m_listening; }
    QString url() const { return m_server->url().toString(); }
    void stop()
    {
        QMetaObject::invokeMethod(
            m_server, [this] { m_server->stop(); }, Qt::BlockingQueuedConnection);
    }
    QList<VendorServer::Request> requests() const
    {
        QList<VendorServer::Request> copy;
        QMetaObject::invokeMethod(
            m_server, [&] { copy = m_server->requests(); }, Qt::BlockingQueuedConnection);
        return copy;
    }

private:
    QThread m_thread;
    VendorServer *m_server;
    bool m_listening = false;
};

} // namespace

class TestFetchCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Market m_market = Market::acme(QDate(2023, 1, 2), kTo, QDate(2024, 2, 15), QDate(2024, 3, 1));

    CliRun cli(const QStringList &args)
    {
        const QString db = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("fetch.sqlite"));
        return runCli(QStringLiteral(SUPERNOVA_CLI_BINARY), QStringList{QStringLiteral("--db"), db} + args,
                      m_dir.filePath(QStringLiteral("xdg-data")), 60000);
    }

private Q_SLOTS:
    void fetchFillsTheCacheThenOnlyTheTail()
    {
        ThreadedServer yahoo([this](const VendorServer::Request &r) -> VendorServer::Response {
            if (!r.path.endsWith("/ACME"))
                return yahooNotFound();
            return yahooChart(m_market, QStringLiteral("ACME"), r.item("period1").toLongLong(),
                              r.item("period2").toLongLong());
        });
        QVERIFY(yahoo.listening());
        const QStringList common{QStringLiteral("--provider"), QStringLiteral("yahoo"),
                                 QStringLiteral("--base-url"), yahoo.url(),
                                 QStringLiteral("--to"),       kTo.toString(Qt::ISODate)};

        CliRun first =
            cli(QStringList{QStringLiteral("fetch"), QStringLiteral("ACME"), QStringLiteral("--from"),
                            kFrom.toString(Qt::ISODate), QStringLiteral("--json")} +
                common);
        QVERIFY2(first.code == 0, qPrintable(first.err));
        const QJsonObject result = QJsonDocument::fromJson(first.out.toUtf8())
                                       .object()
                                       .value(QLatin1String("results"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(result.value(QLatin1String("requests")).toInt(), 1);
        QCOMPARE(result.value(QLatin1String("bars_written")).toInt(),
                 int(m_market.between(kFrom, kTo).size()));
        QCOMPARE(result.value(QLatin1String("actions_changed")).toInt(), 2);
        QCOMPARE(result.value(QLatin1String("last_stored")).toString(), kTo.toString(Qt::ISODate));

        // The second run asks for the last five days only.
        CliRun second = cli(QStringList{QStringLiteral("fetch"), QStringLiteral("ACME")} + common);
        QVERIFY2(second.code == 0, qPrintable(second.err));
        const auto requests = yahoo.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(dayOf(requests.last().item("period1").toLongLong() * 1000), kTo.addDays(-5));
        QVERIFY2(second.out.contains(QLatin1String("ACME")), qPrintable(second.out));

        // An unknown symbol fails the run with the vendor's reason; the known one still works.
        CliRun mixed = cli(
            QStringList{QStringLiteral("fetch"), QStringLiteral("NOPE"), QStringLiteral("ACME")} + common);
        QCOMPARE(mixed.code, 1);
        QVERIFY2(mixed.err.contains(QLatin1String("yahoo: unknown symbol 'NOPE'")), qPrintable(mixed.err));

        // The vendor gone: the cache stays and the run says how far it reaches.
        yahoo.stop();
        CliRun offline = cli(QStringList{QStringLiteral("fetch"), QStringLiteral("ACME")} + common);
        QVERIFY2(offline.code == 0, qPrintable(offline.err));
        QVERIFY2(offline.err.contains(QLatin1String("offline: showing data up to 2024-03-29")),
                 qPrintable(offline.err));
    }

    // Preferences > Data providers and the CLI share one order and one set of
    // URLs: without --provider the first enabled provider at its saved URL;
    // --provider and --base-url still override, a disabled provider included.
    void fetchUsesTheSavedOrderAndUrls()
    {
        ThreadedServer stooq([this](const VendorServer::Request &r) {
            return stooqCsv(m_market, QDate::fromString(r.item("d1"), QStringLiteral("yyyyMMdd")),
                            QDate::fromString(r.item("d2"), QStringLiteral("yyyyMMdd")));
        });
        ThreadedServer yahoo([this](const VendorServer::Request &r) {
            return yahooChart(m_market, QStringLiteral("ORDR"), r.item("period1").toLongLong(),
                              r.item("period2").toLongLong());
        });
        QVERIFY(stooq.listening() && yahoo.listening());
        {
            auto ws =
                Workspace::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("fetch.sqlite")));
            QVERIFY2(ws.ok(), ws ? "" : ws.error().toString().c_str());
            ProviderSettings settings(**ws);
            auto providers = settings.providers();
            QVERIFY(providers.ok());
            std::vector<ProviderChoice> order;
            for (const ProviderChoice &c : *providers)
                if (c.id == QLatin1String("stooq"))
                    order.insert(order.begin(), c);
                else
                    order.push_back(c);
            for (ProviderChoice &c : order) {
                if (c.id == QLatin1String("stooq"))
                    c.baseUrl = stooq.url();
                if (c.id == QLatin1String("yahoo"))
                    c.enabled = false;
            }
            QVERIFY(settings.saveProviders(order).ok());
        }
        const QStringList range{QStringLiteral("--from"), kFrom.toString(Qt::ISODate), QStringLiteral("--to"),
                                kTo.toString(Qt::ISODate), QStringLiteral("--json")};
        CliRun saved = cli(QStringList{QStringLiteral("fetch"), QStringLiteral("ORDR")} + range);
        QVERIFY2(saved.code == 0, qPrintable(saved.err));
        QVERIFY2(saved.out.contains(QLatin1String("\"provider\": \"stooq\"")) ||
                     saved.out.contains(QLatin1String("\"provider\":\"stooq\"")),
                 qPrintable(saved.out));
        QCOMPARE(stooq.requests().size(), 1);
        QCOMPARE(yahoo.requests().size(), 0);

        CliRun named =
            cli(QStringList{QStringLiteral("fetch"), QStringLiteral("ORDR"), QStringLiteral("--provider"),
                            QStringLiteral("yahoo"), QStringLiteral("--base-url"), yahoo.url()} +
                range);
        QVERIFY2(named.code == 0, qPrintable(named.err));
        QCOMPARE(yahoo.requests().size(), 1);
        QCOMPARE(stooq.requests().size(), 1);
    }

    // Issue 17: with every provider switched off, `fetch --search` said
    // "unknown provider ''"; it says none is enabled and how to enable one.
    void searchWithEveryProviderDisabledSaysSo()
    {
        const QString url =
            QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("search-none.sqlite"));
        {
            auto ws = Workspace::open(url);
            QVERIFY2(ws.ok(), ws ? "" : ws.error().toString().c_str());
            ProviderSettings settings(**ws);
            auto providers = settings.providers();
            QVERIFY(providers.ok());
            std::vector<ProviderChoice> off = *providers;
            for (ProviderChoice &c : off)
                c.enabled = false;
            QVERIFY(settings.saveProviders(off).ok());
        }
        const CliRun run = runCli(QStringLiteral(SUPERNOVA_CLI_BINARY),
                                  {QStringLiteral("--db"), url, QStringLiteral("fetch"),
                                   QStringLiteral("--search"), QStringLiteral("apple")},
                                  m_dir.filePath(QStringLiteral("xdg-data")), 60000);
        QVERIFY2(run.code != 0, qPrintable(run.out));
        QVERIFY2(!run.err.contains(QLatin1String("unknown provider")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("no market-data provider is enabled")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("Preferences > Data providers")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("--provider")), qPrintable(run.err));
    }

    void fxStoresAndShowsTheLatestRates()
    {
        std::vector<FxRate> rates{{QDate(2024, 3, 27), QStringLiteral("USD"), 1.0830},
                                  {QDate(2024, 3, 28), QStringLiteral("USD"), 1.0811},
                                  {QDate(2024, 3, 28), QStringLiteral("JPY"), 163.45}};
        ThreadedServer ecb([rates](const VendorServer::Request &) { return ecbXml(rates); });
        QVERIFY(ecb.listening());
        CliRun run = cli({QStringLiteral("fx"), QStringLiteral("--base-url"), ecb.url(),
                          QStringLiteral("--from"), QStringLiteral("2024-01-01"), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonObject out = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(out.value(QLatin1String("fetch")).toObject().value(QLatin1String("rates_changed")).toInt(),
                 3);
        const QJsonArray latest = out.value(QLatin1String("rates")).toArray();
        QCOMPARE(latest.size(), 2);
        QCOMPARE(latest.at(1).toObject().value(QLatin1String("quote")).toString(), QStringLiteral("USD"));
        QCOMPARE(latest.at(1).toObject().value(QLatin1String("rate")).toDouble(), 1.0811);
        QCOMPARE(latest.at(1).toObject().value(QLatin1String("day")).toString(),
                 QStringLiteral("2024-03-28"));

        CliRun bad = cli({QStringLiteral("fx"), QStringLiteral("--from"), QStringLiteral("yesterday")});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(QLatin1String("--from 'yesterday' is not a date")), qPrintable(bad.err));
    }
};

QTEST_GUILESS_MAIN(TestFetchCli)
#include "tst_fetch_cli.moc"
