// MarketFetchService: the cache is the database. A fetch asks only for the
// days not stored yet plus the last few, writes bars, corporate actions and
// coverage in one transaction per symbol, announces them, and falls back to
// the cache when the vendor is gone. Runs on SQLite and, as
// tst_market_fetch_postgres, on the `postgres` fixture's server.
#include "core/storage/Database.h"
#include "core/workspace/Change.h"
#include "core/workspace/MarketData.h"
#include "core/workspace/MarketFetchService.h"
#include "core/workspace/SettingsService.h"
#include "core/workspace/Workspace.h"
#include "tests/providers/FakeClock.h"
#include "tests/providers/VendorFormats.h"
#include "tests/providers/VendorServer.h"
#include "tests/testutils/TestPaths.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sn;
using namespace sn::test;

namespace {

const QDate kFrom(2024, 1, 2);
const QDate kTo(2024, 3, 29); // the fake clock's today
const QDate kSplit(2024, 2, 15);
const QDate kDividend(2024, 3, 1);

// Evaluates `result` once: it is often the call under test.
#define VERIFY_OK(result)                                                                                    \
    do {                                                                                                     \
        const auto &verified = (result);                                                                     \
        QVERIFY2(verified.ok(), verified.ok() ? "" : verified.error().toString().c_str());                   \
    } while (false)

QDate fromSeconds(const QString &s)
{
    return dayOf(s.toLongLong() * 1000);
}

} // namespace

class TestMarketFetch : public QObject
{
    Q_OBJECT

    bool m_postgres = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    Market m_market = Market::acme(kFrom, kTo, kSplit, kDividend);
    std::unique_ptr<VendorServer> m_yahoo;
    FakeClock m_clock;

    void openWorkspace()
    {
        m_ws.reset();
        QString url;
        if (m_postgres) {
            url = test::postgresUrl();
            auto db = Database::open(url);
            QVERIFY2(db.ok(), db ? "" : db.error().toString().c_str());
            QSqlQuery q(*(*db)->connection());
            QVERIFY(q.exec(QStringLiteral("DROP SCHEMA public CASCADE")));
            QVERIFY(q.exec(QStringLiteral("CREATE SCHEMA public")));
        } else {
            m_dir = std::make_unique<QTemporaryDir>();
            url = QStringLiteral("sqlite://") + m_dir->path() + QStringLiteral("/fetch.sqlite");
        }
        auto ws = Workspace::open(url);
        QVERIFY2(ws.ok(), ws ? "" : ws.error().toString().c_str());
        m_ws = std::move(ws).value();
    }

    MarketFetchOptions yahoo(QDate from = {}, QDate to = {}) const
    {
        MarketFetchOptions o;
        o.provider = QStringLiteral("yahoo");
        o.from = from;
        o.to = to;
        o.baseUrl = m_yahoo->url();
        return o;
    }

    QList<QPair<QDate, QDate>> yahooRanges(qsizetype since) const
    {
        QList<QPair<QDate, QDate>> out;
        for (qsizetype i = since; i < m_yahoo->requests().size(); ++i) {
            const auto &r = m_yahoo->requests().at(i);
            out.append({fromSeconds(r.item("period1")), fromSeconds(r.item("period2")).addDays(-1)});
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_postgres = qEnvironmentVariable("SUPERNOVA_TEST_ENGINE") == QLatin1String("postgresql");
        if (m_postgres)
            QVERIFY2(!test::postgresUrl().isEmpty(), "SUPERNOVA_TEST_PG_URL is not set: run through ctest");
        qInfo("engine: %s", m_postgres ? "postgresql" : "sqlite");
    }

    void init()
    {
        openWorkspace();
        m_clock = FakeClock{};
        m_yahoo =
            std::make_unique<VendorServer>([this](const VendorServer::Request &r) -> VendorServer::Response {
                if (!r.path.endsWith("/ACME"))
                    return yahooNotFound();
                return yahooChart(m_market, QStringLiteral("ACME"), r.item("period1").toLongLong(),
                                  r.item("period2").toLongLong());
            });
        QVERIFY(m_yahoo->listen());
    }

    void cleanup()
    {
        m_yahoo.reset();
        m_ws.reset();
    }

    void firstFetchStoresBarsActionsAndCoverage()
    {
        QSignalSpy announced(&m_ws->changes(), &ChangeHub::changed);
        MarketFetchService service(*m_ws, {}, m_clock.environment());
        auto outcome = service.fetch(QStringLiteral("ACME"), yahoo(kFrom, kTo));
        VERIFY_OK(outcome);
        QCOMPARE(outcome->requests, 1);
        QCOMPARE(outcome->barsWritten, qint64(m_market.bars.size()));
        QCOMPARE(outcome->actionsChanged, 2);
        QVERIFY(!outcome->offline);

        auto bars = MarketData(*m_ws).bars(QStringLiteral("ACME"), QStringLiteral("1d"));
        VERIFY_OK(bars);
        QCOMPARE(bars->size(), m_market.bars.size());
        for (std::size_t i = 0; i < bars->size(); ++i)
            QCOMPARE(bars->close[i], m_market.bars[i].close); // unadjusted, as traded
        auto instrument = MarketData(*m_ws).instrument(QStringLiteral("ACME"));
        VERIFY_OK(instrument);
        QCOMPARE(instrument->name, QStringLiteral("Acme Corporation"));
        QCOMPARE(instrument->source, QStringLiteral("yahoo"));

        auto actions = service.corporateActions(QStringLiteral("ACME"));
        VERIFY_OK(actions);
        QCOMPARE(*actions, m_market.actions);

        auto coverage = service.coverage();
        VERIFY_OK(coverage);
        QCOMPARE(coverage->size(), std::size_t(1));
        QCOMPARE(coverage->front().provider, QStringLiteral("yahoo"));
        QCOMPARE(coverage->front().coveredFrom, kFrom);
        QCOMPARE(coverage->front().coveredTo, kTo);
        QCOMPARE(coverage->front().fetchedAt, m_clock.now);

        QCOMPARE(announced.size(), 1);
        const auto changes = announced.first().first().value<ChangeSet>();
        QVERIFY(touches(changes, {Change::Entity::Bars}));
        QCOMPARE(changes.last().key, QStringLiteral("ACME"));
    }

    void laterFetchesAskOnlyForWhatIsMissing()
    {
        MarketFetchService service(*m_ws, {}, m_clock.environment());
        VERIFY_OK(service.fetch(QStringLiteral("ACME"), yahoo(QDate(2024, 2, 1), QDate(2024, 3, 1))));
        QCOMPARE(yahooRanges(0), (QList<QPair<QDate, QDate>>{{QDate(2024, 2, 1), QDate(2024, 3, 1)}}));

        // Wider on both sides: the days before, and the tail from five days before the stored end.
        auto wider = service.fetch(QStringLiteral("ACME"), yahoo(kFrom, kTo));
        VERIFY_OK(wider);
        QCOMPARE(yahooRanges(1),
                 (QList<QPair<QDate, QDate>>{{kFrom, QDate(2024, 1, 31)}, {QDate(2024, 2, 25), kTo}}));
        QCOMPARE(wider->requests, 2);
        auto bars = MarketData(*m_ws).bars(QStringLiteral("ACME"), QStringLiteral("1d"));
        VERIFY_OK(bars);
        QCOMPARE(bars->size(), m_market.bars.size());

        // Nothing new: one request for the last few days (vendors revise them).
        auto refresh = service.fetch(QStringLiteral("ACME"), yahoo());
        VERIFY_OK(refresh);
        QCOMPARE(refresh->requests, 1);
        QCOMPARE(yahooRanges(3), (QList<QPair<QDate, QDate>>{{QDate(2024, 3, 24), kTo}}));
        QCOMPARE(refresh->actionsChanged, 0);

        // A range the cache covers and that is old enough not to be revised: no request at all.
        const auto before = m_yahoo->requests().size();
        auto covered = service.fetch(QStringLiteral("ACME"), yahoo(QDate(2024, 1, 10), QDate(2024, 2, 10)));
        VERIFY_OK(covered);
        QCOMPARE(covered->requests, 0);
        QCOMPARE(m_yahoo->requests().size(), before);
        QVERIFY(covered->note.startsWith(QLatin1String("up to date")));
    }

    void offlineFallsBackToTheCache()
    {
        MarketFetchService service(*m_ws, {}, m_clock.environment());
        VERIFY_OK(service.fetch(QStringLiteral("ACME"), yahoo(kFrom, QDate(2024, 3, 28))));
        m_yahoo->stop();
        QSignalSpy announced(&m_ws->changes(), &ChangeHub::changed);
        auto offline = service.fetch(QStringLiteral("ACME"), yahoo());
        VERIFY_OK(offline);
        QVERIFY(offline->offline);
        QVERIFY2(offline->note.startsWith(QLatin1String(
                     "offline: showing data up to 2024-03-28 (yahoo: no answer from 127.0.0.1")),
                 qPrintable(offline->note));
        QCOMPARE(announced.size(), 0);
        auto bars = MarketData(*m_ws).bars(QStringLiteral("ACME"), QStringLiteral("1d"));
        VERIFY_OK(bars);
        QCOMPARE(dayOf(bars->time.back()), QDate(2024, 3, 28));

        // A symbol with nothing cached cannot fall back: a clear error instead.
        auto nothing = service.fetch(QStringLiteral("OTHER"), yahoo());
        QVERIFY(!nothing);
        QCOMPARE(nothing.error().code, ErrorCode::Unavailable);
        QVERIFY2(QString::fromStdString(nothing.error().message)
                     .contains(QLatin1String("nothing is cached for OTHER yet")),
                 nothing.error().message.c_str());
    }

    void unknownSymbolWritesNothing()
    {
        MarketFetchService service(*m_ws, {}, m_clock.environment());
        auto got = service.fetch(QStringLiteral("NOPE"), yahoo(kFrom, kTo));
        QVERIFY(!got);
        QCOMPARE(got.error().code, ErrorCode::NotFound);
        QVERIFY(QString::fromStdString(got.error().message)
                    .contains(QLatin1String("yahoo: unknown symbol 'NOPE'")));
        auto instrument = MarketData(*m_ws).instrument(QStringLiteral("NOPE"));
        QVERIFY(!instrument);
    }

    void keysComeFromTheLookupAndAWrongOneIsNamed()
    {
        VendorServer tiingo([&](const VendorServer::Request &r) -> VendorServer::Response {
            if (r.headers.value("authorization") != "Token right")
                return {401, "application/json", "{\"detail\":\"Invalid token.\"}", {}};
            return tiingoDaily(m_market, QDate::fromString(r.item("startDate"), Qt::ISODate),
                               QDate::fromString(r.item("endDate"), Qt::ISODate));
        });
        QVERIFY(tiingo.listen());
        QString stored = QStringLiteral("wrong");
        QStringList asked;
        MarketFetchService service(
            *m_ws,
            [&](const QString &key) -> Result<QString> {
                asked << key;
                return stored;
            },
            m_clock.environment());
        MarketFetchOptions o;
        o.provider = QStringLiteral("tiingo");
        o.from = kFrom;
        o.baseUrl = tiingo.url();
        auto refused = service.fetch(QStringLiteral("ACME"), o);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::AccessDenied);
        QVERIFY2(QString::fromStdString(refused.error().message)
                     .contains(QLatin1String("tiingo: the API key was refused while fetching ACME")),
                 refused.error().message.c_str());
        QCOMPARE(asked, QStringList{QStringLiteral("providers/tiingo/api-key")});

        stored = QStringLiteral("right");
        auto ok = service.fetch(QStringLiteral("ACME"), o);
        VERIFY_OK(ok);
        QCOMPARE(ok->actionsChanged, 2); // Tiingo's divCash and splitFactor
    }

    void dailyQuotaIsPersistedInTheDatabase()
    {
        VendorServer av([&](const VendorServer::Request &r) {
            return alphaVantageDaily(m_market, r.item("symbol"), kFrom, kTo);
        });
        QVERIFY(av.listen());
        VERIFY_OK(SettingsService(*m_ws).set(
            MarketFetchService::settingKey(QStringLiteral("alphavantage"), "daily_quota"),
            QStringLiteral("1")));
        MarketFetchOptions o;
        o.provider = QStringLiteral("alphavantage");
        o.from = kFrom;
        o.baseUrl = av.url();
        auto key = [](const QString &) -> Result<QString> { return QStringLiteral("k"); };
        {
            MarketFetchService service(*m_ws, key, m_clock.environment());
            VERIFY_OK(service.fetch(QStringLiteral("IBM"), o));
        }
        MarketFetchService restarted(*m_ws, key, m_clock.environment()); // a new process, the same database
        QCOMPARE(*restarted.usedToday(QStringLiteral("alphavantage")), 1);
        auto spent = restarted.fetch(QStringLiteral("MSFT"), o);
        QVERIFY(!spent);
        QVERIFY2(QString::fromStdString(spent.error().message)
                     .contains(QLatin1String("alphavantage: daily quota spent (1 of 1 requests on 2024-03-29 "
                                             "UTC); symbol MSFT was not fetched")),
                 spent.error().message.c_str());
        QCOMPARE(av.requests().size(), 1);

        // For a cached symbol a spent quota is not fatal: the cache is shown.
        auto cached = restarted.fetch(QStringLiteral("IBM"), o);
        VERIFY_OK(cached);
        QVERIFY(cached->offline);
        QVERIFY(cached->note.startsWith(QLatin1String("offline: showing data up to 2024-03-29")));
    }

    void adjustedSeriesFollowsSplitsAndDividends()
    {
        MarketFetchService service(*m_ws, {}, m_clock.environment());
        VERIFY_OK(service.fetch(QStringLiteral("ACME"), yahoo(kFrom, kTo)));
        auto adjusted = service.adjustedBars(QStringLiteral("ACME"), QStringLiteral("1d"));
        VERIFY_OK(adjusted);
        QCOMPARE(adjusted->size(), m_market.bars.size());
        // The bar before the dividend's ex-date carries the close the factor is taken from.
        double closeBeforeDividend = 0;
        for (const RawBar &b : m_market.bars)
            if (b.day < kDividend)
                closeBeforeDividend = b.close;
        const double dividendFactor = 1.0 - 0.5 / closeBeforeDividend;
        for (std::size_t i = 0; i < m_market.bars.size(); ++i) {
            const RawBar &raw = m_market.bars[i];
            double expected = raw.close;
            if (raw.day < kSplit)
                expected /= 2;
            if (raw.day < kDividend)
                expected *= dividendFactor;
            QVERIFY2(qAbs(adjusted->close[i] - expected) < 1e-9,
                     qPrintable(raw.day.toString(Qt::ISODate) + QStringLiteral(": ") +
                                QString::number(adjusted->close[i])));
        }
        QCOMPARE(adjusted->volume.front(), m_market.bars.front().volume * 2);
    }

    void euroReferenceRatesAreStoredAndCrossed()
    {
        std::vector<FxRate> rates{{QDate(2024, 3, 27), QStringLiteral("USD"), 1.0830},
                                  {QDate(2024, 3, 27), QStringLiteral("GBP"), 0.8575},
                                  {QDate(2024, 3, 28), QStringLiteral("USD"), 1.0811},
                                  {QDate(2024, 3, 28), QStringLiteral("GBP"), 0.8551}};
        VendorServer ecb([&](const VendorServer::Request &) { return ecbXml(rates); });
        QVERIFY(ecb.listen());
        MarketFetchService service(*m_ws, {}, m_clock.environment());
        auto first = service.fetchFx({}, {}, ecb.url());
        VERIFY_OK(first);
        QCOMPARE(first->ratesChanged, 4);
        QCOMPARE(ecb.requests().first().path,
                 QByteArray("/eurofxref-hist.xml")); // nothing stored: the whole history
        auto latest = service.latestFx();
        VERIFY_OK(latest);
        QCOMPARE(latest->size(), std::size_t(2));
        QCOMPARE(latest->front().quote, QStringLiteral("GBP"));
        QCOMPARE(latest->front().day, QDate(2024, 3, 28));
        auto cross = service.fxRate(QStringLiteral("USD"), QStringLiteral("GBP"), QDate(2024, 3, 29));
        VERIFY_OK(cross);
        QVERIFY(qAbs(*cross - 0.8551 / 1.0811) < 1e-12);

        auto again = service.fetchFx({}, {}, ecb.url());
        VERIFY_OK(again);
        QCOMPARE(again->ratesChanged, 0);
        QCOMPARE(ecb.requests().last().path,
                 QByteArray("/eurofxref-hist-90d.xml")); // only the recent file now

        ecb.stop();
        auto offline = service.fetchFx({}, {}, ecb.url());
        VERIFY_OK(offline);
        QVERIFY(offline->offline);
        QVERIFY(offline->note.startsWith(QLatin1String("offline: showing rates up to 2024-03-28")));
    }

    void unknownProviderAndBadSettingsAreNamed()
    {
        MarketFetchService service(*m_ws, {}, m_clock.environment());
        MarketFetchOptions o = yahoo(kFrom, kTo);
        o.provider = QStringLiteral("bloomberg");
        auto unknown = service.fetch(QStringLiteral("ACME"), o);
        QVERIFY(!unknown);
        QVERIFY(QString::fromStdString(unknown.error().message)
                    .contains(QLatin1String("unknown provider 'bloomberg'")));
        VERIFY_OK(SettingsService(*m_ws).set(QStringLiteral("providers.yahoo.requests_per_minute"),
                                             QStringLiteral("many")));
        auto bad = service.fetch(QStringLiteral("ACME"), yahoo(kFrom, kTo));
        QVERIFY(!bad);
        QVERIFY2(
            QString::fromStdString(bad.error().message)
                .contains(QLatin1String("setting providers.yahoo.requests_per_minute is not a whole number")),
            bad.error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestMarketFetch)
#include "tst_market_fetch.moc"
