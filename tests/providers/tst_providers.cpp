// The market-data vendors and the shared HTTP machinery against a loopback
// server speaking each vendor's wire format (tests/providers/VendorFormats):
// parsing, unadjusting, errors that name provider and symbol, 429 with
// Retry-After, backoff, the breaker, the daily quota, the rate limit, timeouts
// and a vendor that is gone.
#include "core/providers/AlphaVantageProvider.h"
#include "core/providers/EcbRates.h"
#include "core/providers/ProviderHttpClient.h"
#include "core/providers/StooqProvider.h"
#include "core/providers/TiingoProvider.h"
#include "core/providers/YahooProvider.h"
#include "tests/providers/FakeClock.h"
#include "tests/providers/VendorFormats.h"
#include "tests/providers/VendorServer.h"

#include <QTest>

using namespace sn;
using namespace sn::test;

namespace {

const QDate kFrom(2024, 1, 2);
const QDate kTo(2024, 3, 29);
const QDate kSplit(2024, 2, 15);
const QDate kDividend(2024, 3, 1);

QDate fromSeconds(const QString &s)
{
    return dayOf(s.toLongLong() * 1000);
}

// Evaluates `result` once: it is often the call under test.
#define VERIFY_OK(result)                                                                                    \
    do {                                                                                                     \
        const auto &verified = (result);                                                                     \
        QVERIFY2(verified.ok(), verified.ok() ? "" : verified.error().toString().c_str());                   \
    } while (false)

} // namespace

class TestProviders : public QObject
{
    Q_OBJECT

    Market m_market = Market::acme(kFrom, kTo, kSplit, kDividend);

    static ProviderLimits quickLimits()
    {
        ProviderLimits l;
        l.maxRetries = 2;
        l.timeout = std::chrono::milliseconds(5000);
        return l;
    }

    void checkRawBars(const BarSeries &bars, QDate from, QDate to)
    {
        const auto expected = m_market.between(from, to);
        QCOMPARE(bars.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(dayOf(bars.time[i]), expected[i].day);
            QCOMPARE(bars.close[i], expected[i].close);
            QCOMPARE(bars.open[i], expected[i].open);
            QCOMPARE(bars.volume[i], expected[i].volume);
        }
    }

private Q_SLOTS:
    void yahooBarsAreUnadjustedAndCarryActions()
    {
        VendorServer server([&](const VendorServer::Request &r) {
            return yahooChart(m_market, QStringLiteral("ACME"), r.item("period1").toLongLong(),
                              r.item("period2").toLongLong());
        });
        QVERIFY(server.listen());
        FakeClock clock;
        ProviderHttpClient client(QStringLiteral("yahoo"), quickLimits(), clock.environment());
        YahooProvider yahoo;
        auto got = fetchBars(yahoo, client, {QStringLiteral("ACME"), kFrom, kTo, QStringLiteral("1d")},
                             server.url(), {});
        VERIFY_OK(got);
        checkRawBars(got->bars, kFrom, kTo);
        QCOMPARE(got->actions.size(), std::size_t(2));
        QCOMPARE(got->actions[0], (CorporateAction{CorporateAction::Kind::Split, dayStartMs(kSplit), 2.0}));
        QCOMPARE(got->actions[1],
                 (CorporateAction{CorporateAction::Kind::Dividend, dayStartMs(kDividend), 0.5}));
        QCOMPARE(got->currency, QStringLiteral("USD"));
        QCOMPARE(got->name, QStringLiteral("Acme Corporation"));
        const auto &req = server.requests().first();
        QCOMPARE(req.path, QByteArray("/v8/finance/chart/ACME"));
        QCOMPARE(fromSeconds(req.item("period1")), kFrom);
        QCOMPARE(fromSeconds(req.item("period2")), kTo.addDays(1));
        QCOMPARE(req.item("interval"), QStringLiteral("1d"));
        QCOMPARE(req.item("events"), QStringLiteral("div,splits"));
    }

    void yahooUnknownSymbolIsNamed()
    {
        VendorServer server([](const VendorServer::Request &) { return yahooNotFound(); });
        QVERIFY(server.listen());
        FakeClock clock;
        ProviderHttpClient client(QStringLiteral("yahoo"), quickLimits(), clock.environment());
        auto got = fetchBars(YahooProvider(), client,
                             {QStringLiteral("NOPE"), kFrom, kTo, QStringLiteral("1d")}, server.url(), {});
        QVERIFY(!got);
        QCOMPARE(got.error().code, ErrorCode::NotFound);
        const QString message = QString::fromStdString(got.error().toString());
        QVERIFY2(message.contains(QLatin1String("yahoo: unknown symbol 'NOPE'")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("delisted")), qPrintable(message));
        QCOMPARE(server.requests().size(), 1); // a 404 is an answer, not retried
    }

    void yahooBasePathPrefixIsKept()
    {
        VendorServer server([&](const VendorServer::Request &r) {
            return yahooChart(m_market, QStringLiteral("ACME"), r.item("period1").toLongLong(),
                              r.item("period2").toLongLong());
        });
        QVERIFY(server.listen());
        FakeClock clock;
        ProviderHttpClient client(QStringLiteral("yahoo"), quickLimits(), clock.environment());
        auto got =
            fetchBars(YahooProvider(), client, {QStringLiteral("ACME"), kFrom, kTo, QStringLiteral("1d")},
                      server.url(QStringLiteral("/proxy/yahoo/")), {});
        VERIFY_OK(got);
        QCOMPARE(server.requests().first().path, QByteArray("/proxy/yahoo/v8/finance/chart/ACME"));
    }

    void stooqCsvAndItsErrors()
    {
        int mode = 0;
        VendorServer server([&](const VendorServer::Request &r) -> VendorServer::Response {
            if (mode == 1)
                return {200, "text/plain", "No data", {}};
            if (mode == 2)
                return {200, "text/plain", "Exceeded the daily hits limit", {}};
            return stooqCsv(m_market, QDate::fromString(r.item("d1"), QStringLiteral("yyyyMMdd")),
                            QDate::fromString(r.item("d2"), QStringLiteral("yyyyMMdd")));
        });
        QVERIFY(server.listen());
        FakeClock clock;
        ProviderHttpClient client(QStringLiteral("stooq"), quickLimits(), clock.environment());
        StooqProvider stooq;
        auto got = fetchBars(stooq, client, {QStringLiteral("ACME.US"), kFrom, kTo, QStringLiteral("1d")},
                             server.url(), {});
        VERIFY_OK(got);
        checkRawBars(got->bars, kFrom, kTo);
        QCOMPARE(server.requests().first().item("s"), QStringLiteral("acme.us"));
        QCOMPARE(server.requests().first().item("i"), QStringLiteral("d"));
        QVERIFY(got->actions.empty());

        mode = 1;
        got = fetchBars(stooq, client, {QStringLiteral("NOPE.US"), kFrom, kTo, QStringLiteral("1d")},
                        server.url(), {});
        QVERIFY(!got);
        QCOMPARE(got.error().code, ErrorCode::NotFound);
        QVERIFY(QString::fromStdString(got.error().message)
                    .contains(QLatin1String("stooq: unknown symbol 'NOPE.US'")));

        mode = 2;
        got = fetchBars(stooq, client, {QStringLiteral("ACME.US"), kFrom, kTo, QStringLiteral("1d")},
                        server.url(), {});
        QVERIFY(!got);
        QCOMPARE(got.error().code, ErrorCode::Unavailable);
        const QString message = QString::fromStdString(got.error().message);
        QVERIFY2(message.contains(QLatin1String("stooq: request quota spent; ACME.US was not fetched")),
                 qPrintable(message));
    }

    void alphaVantageBarsKeyAndErrors()
    {
        QByteArray answer; // empty: bars
        VendorServer server([&](const VendorServer::Request &r) -> VendorServer::Response {
            if (!answer.isEmpty())
                return {200, "application/json", answer, {}};
            return alphaVantageDaily(m_market, r.item("symbol"), kFrom, kTo);
        });
        QVERIFY(server.listen());
        FakeClock clock;
        ProviderHttpClient client(QStringLiteral("alphavantage"), quickLimits(), clock.environment());
        AlphaVantageProvider av;
        const FetchRequest request{QStringLiteral("IBM"), QDate(2024, 2, 1), QDate(2024, 2, 29),
                                   QStringLiteral("1d")};

        auto noKey = fetchBars(av, client, request, server.url(), {});
        QVERIFY(!noKey);
        QCOMPARE(noKey.error().code, ErrorCode::AccessDenied);
        QCOMPARE(server.requests().size(), 0); // refused before the network

        auto got = fetchBars(av, client, request, server.url(), QStringLiteral("k3y"));
        VERIFY_OK(got);
        checkRawBars(got->bars, request.from, request.to); // the full answer is cut to the range asked
        const auto &req = server.requests().first();
        QCOMPARE(req.path, QByteArray("/query"));
        QCOMPARE(req.item("function"), QStringLiteral("TIME_SERIES_DAILY"));
        QCOMPARE(req.item("apikey"), QStringLiteral("k3y"));

        answer = "{\"Error Message\": \"Invalid API call. Please retry or visit the documentation "
                 "(https://www.alphavantage.co/documentation/) for TIME_SERIES_DAILY.\"}";
        got = fetchBars(av, client, request, server.url(), QStringLiteral("k3y"));
        QVERIFY(!got);
        QCOMPARE(got.error().code, ErrorCode::NotFound);
        QVERIFY(QString::fromStdString(got.error().message)
                    .contains(QLatin1String("alphavantage: unknown symbol 'IBM'")));

        answer = "{\"Error Message\": \"the parameter apikey is invalid or missing. Please claim your free "
                 "API key on (https://www.alphavantage.co/support/).\"}";
        got = fetchBars(av, client, request, server.url(), QStringLiteral("wrong"));
        QVERIFY(!got);
        QCOMPARE(got.error().code, ErrorCode::AccessDenied);
        QVERIFY(QString::fromStdString(got.error().message)
                    .contains(QLatin1String("alphavantage: the API key was refused while fetching IBM")));

        answer = "{\"Information\": \"We have detected your API key as k3y and our standard API rate limit "
                 "is 25 requests per day.\"}";
        got = fetchBars(av, client, request, server.url(), QStringLiteral("k3y"));
        QVERIFY(!got);
        QCOMPARE(got.error().code, ErrorCode::Unavailable);
        QVERIFY(QString::fromStdString(got.error().message)
                    .contains(QLatin1String("alphavantage: request quota spent; IBM was not fetched")));
    }

    void tiingoBarsActionsAndErrors()
    {
        int mode = 0;
        VendorServer server([&](const VendorServer::Request &r) -> VendorServer::Response {
            if (r.headers.value("authorization") != "Token good")
                return {401, "application/json", "{\"detail\":\"Invalid token.\"}", {}};
            if (mode == 1)
                return {404, "application/json", "{\"detail\":\"Error: Ticker 'NOPE' not found\"}", {}};
            return tiingoDaily(m_market, QDate::fromString(r.item("startDate"), Qt::ISODate),
                               QDate::fromString(r.item("endDate"), Qt::ISODate));
        });
        QVERIFY(server.listen());
        FakeClock clock;
        ProviderHttpClient client(QStringLiteral("tiingo"), quickLimits(), clock.environment());
        TiingoProvider tiingo;
        auto got = fetchBars(tiingo, client, {QStringLiteral("ACME"), kFrom, kTo, QStringLiteral("1d")},
                             server.url(), QStringLiteral("good"));
        VERIFY_OK(got);
        checkRawBars(got->bars, kFrom, kTo);
        QCOMPARE(got->actions.size(), std::size_t(2));
        QCOMPARE(server.requests().first().path, QByteArray("/tiingo/daily/ACME/prices"));
        QVERIFY(!server.requests().first().query.hasQueryItem(
            QStringLiteral("token"))); // the key goes in a header

        got = fetchBars(tiingo, client, {QStringLiteral("ACME"), kFrom, kTo, QStringLiteral("1d")},
                        server.url(), QStringLiteral("bad"));
        QVERIFY(!got);
        QCOMPARE(got.error().code, ErrorCode::AccessDenied);
        QVERIFY(QString::fromStdString(got.error().message)
                    .contains(QLatin1String("tiingo: the API key was refused while fetching ACME (the vendor "
                                            "says: Invalid token.)")));

        mode = 1;
        got = fetchBars(tiingo, client, {QStringLiteral("NOPE"), kFrom, kTo, QStringLiteral("1d")},
                        server.url(), QStringLiteral("good"));
        QVERIFY(!got);
        QCOMPARE(got.error().code, ErrorCode::NotFound);
    }

    void ecbRatesInRange()
    {
        std::vector<FxRate> rates{{QDate(2024, 3, 27), QStringLiteral("USD"), 1.0830},
                                  {QDate(2024, 3, 27), QStringLiteral("GBP"), 0.8575},
                                  {QDate(2024, 3, 28), QStringLiteral("USD"), 1.0811},
                                  {QDate(2024, 3, 28), QStringLiteral("GBP"), 0.8551}};
        VendorServer server([&](const VendorServer::Request &) { return ecbXml(rates); });
        QVERIFY(server.listen());
        FakeClock clock;
        ProviderHttpClient client(EcbRates::id(), quickLimits(), clock.environment());
        auto got =
            EcbRates::fetch(client, server.url(), QDate(2024, 3, 28), QDate(2024, 3, 29), QDate(2024, 3, 29));
        VERIFY_OK(got);
        QCOMPARE(got->size(), std::size_t(2));
        QCOMPARE(server.requests().first().path, QByteArray("/eurofxref-hist-90d.xml"));
        auto full =
            EcbRates::fetch(client, server.url(), QDate(2020, 1, 1), QDate(2024, 3, 29), QDate(2024, 3, 29));
        VERIFY_OK(full);
        QCOMPARE(full->size(), std::size_t(4));
        QCOMPARE(server.requests().last().path, QByteArray("/eurofxref-hist.xml"));
    }

    void tooManyRequestsWaitsForRetryAfter()
    {
        int calls = 0;
        VendorServer server([&](const VendorServer::Request &r) -> VendorServer::Response {
            if (++calls == 1)
                return {429, "application/json", "{\"detail\":\"slow down\"}", {{"Retry-After", "7"}}};
            return yahooChart(m_market, QStringLiteral("ACME"), r.item("period1").toLongLong(),
                              r.item("period2").toLongLong());
        });
        QVERIFY(server.listen());
        FakeClock clock;
        ProviderHttpClient client(QStringLiteral("yahoo"), quickLimits(), clock.environment());
        auto got = fetchBars(YahooProvider(), client,
                             {QStringLiteral("ACME"), kFrom, kTo, QStringLiteral("1d")}, server.url(), {});
        VERIFY_OK(got);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(clock.waits, std::vector<qint64>{7000});
    }

    // A wait too large for milliseconds in 64 bits is still a wait longer than
    // allowed, never a wrapped-around (negative or short) one.
    void retryAfterLongerThanAllowedFails_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QString>("said");
        QTest::newRow("an hour") << QByteArray("3600") << QStringLiteral("asks to wait 3600 s");
        QTest::newRow("beyond 64-bit milliseconds")
            << QByteArray("9223372036854775807") << QStringLiteral("longer than the");
    }

    void retryAfterLongerThanAllowedFails()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(QString, said);
        VendorServer server([retryAfter](const VendorServer::Request &) -> VendorServer::Response {
            return {429, "application/json", "{}", {{"Retry-After", retryAfter}}};
        });
        QVERIFY(server.listen());
        FakeClock clock;
        ProviderHttpClient client(QStringLiteral("yahoo"), quickLimits(), clock.environment());
        auto got = fetchBars(YahooProvider(), client,
                             {QStringLiteral("ACME"), kFrom, kTo, QStringLiteral("1d")}, server.url(), {});
        QVERIFY(!got);
        QCOMPARE(got.error().code, ErrorCode::Unavailable);
        QVERIFY2(QString::fromStdString(got.error().message).contains(said), got.error().message.c_str());
        QVERIFY(clock.waits.empty());
        QCOMPARE(server.requests().size(), 1);
    }

    void serverErrorsAreRetriedWithBackoff()
    {
        int calls = 0;
        VendorServer server([&](const VendorServer::Request &r) -> VendorServer::Response {
            if (++calls <= 2)
                return {503, "text/html", "<html>busy</html>", {}};
            return yahooChart(m_market, QStringLiteral("ACME"), r.item("period1").toLongLong(),
                              r.item("period2").toLongLong());
        });
        QVERIFY(server.listen());
        FakeClock clock;
        ProviderHttpClient client(QStringLiteral("yahoo"), quickLimits(), clock.environment());
        auto got = fetchBars(YahooProvider(), client,
                             {QStringLiteral("ACME"), kFrom, kTo, QStringLiteral("1d")}, server.url(), {});
        VERIFY_OK(got);
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(clock.waits, (std::vector<qint64>{500, 1000}));
    }

    void breakerOpensAfterRepeatedFailures()
    {
        VendorServer server([](const VendorServer::Request &) -> VendorServer::Response {
            return {503, "text/html", "down", {}};
        });
        QVERIFY(server.listen());
        FakeClock clock;
        ProviderLimits limits = quickLimits();
        limits.maxRetries = 0;
        limits.breakerThreshold = 2;
        limits.breakerCooldown = std::chrono::milliseconds(60'000);
        ProviderHttpClient client(QStringLiteral("yahoo"), limits, clock.environment());
        const FetchRequest request{QStringLiteral("ACME"), kFrom, kTo, QStringLiteral("1d")};
        for (int i = 0; i < 2; ++i) {
            auto got = fetchBars(YahooProvider(), client, request, server.url(), {});
            QVERIFY(!got);
            QVERIFY(QString::fromStdString(got.error().message).contains(QLatin1String("HTTP 503")));
        }
        auto refused = fetchBars(YahooProvider(), client, request, server.url(), {});
        QVERIFY(!refused);
        QVERIFY2(QString::fromStdString(refused.error().message)
                     .contains(QLatin1String("circuit breaker open after 2 failed calls")),
                 refused.error().message.c_str());
        QCOMPARE(server.requests().size(), 2); // the third call never reached the vendor

        clock.now += 60'000; // cooldown over: one trial call goes out
        server.setHandler([&](const VendorServer::Request &r) {
            return yahooChart(m_market, QStringLiteral("ACME"), r.item("period1").toLongLong(),
                              r.item("period2").toLongLong());
        });
        auto trial = fetchBars(YahooProvider(), client, request, server.url(), {});
        VERIFY_OK(trial);
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(client.breaker().consecutiveFailures(), 0);
    }

    void dailyQuotaIsCountedAndEnforced()
    {
        VendorServer server([&](const VendorServer::Request &r) {
            return alphaVantageDaily(m_market, r.item("symbol"), kFrom, kTo);
        });
        QVERIFY(server.listen());
        FakeClock clock;
        MemoryQuotaStore quota;
        ProviderLimits limits = quickLimits();
        limits.dailyQuota = 2;
        ProviderHttpClient client(QStringLiteral("alphavantage"), limits, clock.environment(&quota));
        AlphaVantageProvider av;
        for (const char *symbol : {"IBM", "MSFT"})
            VERIFY_OK(fetchBars(av, client, {QLatin1String(symbol), kFrom, kTo, QStringLiteral("1d")},
                                server.url(), QStringLiteral("k")));
        auto spent = fetchBars(av, client, {QStringLiteral("ACME"), kFrom, kTo, QStringLiteral("1d")},
                               server.url(), QStringLiteral("k"));
        QVERIFY(!spent);
        QCOMPARE(spent.error().code, ErrorCode::Unavailable);
        const QString message = QString::fromStdString(spent.error().message);
        QVERIFY2(message.contains(QLatin1String("alphavantage: daily quota spent (2 of 2 requests on "
                                                "2024-03-29 UTC); symbol ACME was not fetched")),
                 qPrintable(message));
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(*quota.used(QStringLiteral("alphavantage"), QStringLiteral("2024-03-29")), 2);

        clock.now += 5 * 3600 * 1000; // past midnight UTC: a new day's quota
        VERIFY_OK(fetchBars(av, client, {QStringLiteral("ACME"), kFrom, kTo, QStringLiteral("1d")},
                            server.url(), QStringLiteral("k")));
    }

    void rateLimitSpacesRequests()
    {
        VendorServer server([&](const VendorServer::Request &r) {
            return alphaVantageDaily(m_market, r.item("symbol"), kFrom, kTo);
        });
        QVERIFY(server.listen());
        FakeClock clock;
        ProviderLimits limits = quickLimits();
        limits.requestsPerMinute = 2;
        ProviderHttpClient client(QStringLiteral("alphavantage"), limits, clock.environment());
        AlphaVantageProvider av;
        for (int i = 0; i < 3; ++i) {
            clock.now += 1000; // each call a second after the last
            VERIFY_OK(fetchBars(av, client, {QStringLiteral("IBM"), kFrom, kTo, QStringLiteral("1d")},
                                server.url(), QStringLiteral("k")));
        }
        // The third waits until the first is a minute old: 60 s - 2 s.
        QCOMPARE(clock.waits, std::vector<qint64>{58'000});
    }

    void silentVendorTimesOut()
    {
        VendorServer server([](const VendorServer::Request &) {
            return VendorServer::Response{0, {}, {}, {}};
        });
        QVERIFY(server.listen());
        FakeClock clock;
        ProviderLimits limits = quickLimits();
        limits.maxRetries = 0;
        limits.timeout = std::chrono::milliseconds(300);
        ProviderHttpClient client(QStringLiteral("yahoo"), limits, clock.environment());
        auto got = fetchBars(YahooProvider(), client,
                             {QStringLiteral("ACME"), kFrom, kTo, QStringLiteral("1d")}, server.url(), {});
        QVERIFY(!got);
        QCOMPARE(got.error().code, ErrorCode::Unavailable);
        QVERIFY2(QString::fromStdString(got.error().message)
                     .contains(QLatin1String("yahoo: no answer from 127.0.0.1")),
                 got.error().message.c_str());
    }

    void addressWithoutPortNamesTheSchemesPort()
    {
        // A base URL without a port (the vendors' own) must be named with the
        // port the connection used, never as "host:-1". Whether or not anything
        // listens on 443 here, no HTTP answer comes back.
        FakeClock clock;
        ProviderLimits limits = quickLimits();
        limits.maxRetries = 0;
        limits.timeout = std::chrono::milliseconds(2000);
        ProviderHttpClient client(QStringLiteral("yahoo"), limits, clock.environment());
        auto got =
            fetchBars(YahooProvider(), client, {QStringLiteral("ACME"), kFrom, kTo, QStringLiteral("1d")},
                      QUrl(QStringLiteral("https://127.0.0.1/")), {});
        QVERIFY(!got);
        const QString message = QString::fromStdString(got.error().message);
        QVERIFY2(message.contains(QLatin1String("no answer from 127.0.0.1:443")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String(":-1")), qPrintable(message));
    }

    void stoppedVendorIsUnavailable()
    {
        VendorServer server([](const VendorServer::Request &) { return VendorServer::Response{}; });
        QVERIFY(server.listen());
        server.stop();
        FakeClock clock;
        ProviderHttpClient client(QStringLiteral("stooq"), quickLimits(), clock.environment());
        auto got = fetchBars(StooqProvider(), client,
                             {QStringLiteral("ACME.US"), kFrom, kTo, QStringLiteral("1d")}, server.url(), {});
        QVERIFY(!got);
        QCOMPARE(got.error().code, ErrorCode::Unavailable);
        QVERIFY2(QString::fromStdString(got.error().message).contains(QLatin1String("after 3 attempt(s)")),
                 got.error().message.c_str());
        QCOMPARE(clock.waits, (std::vector<qint64>{500, 1000}));
    }

    void unsupportedIntervalIsRefused()
    {
        FakeClock clock;
        ProviderHttpClient client(QStringLiteral("stooq"), quickLimits(), clock.environment());
        auto got =
            fetchBars(StooqProvider(), client, {QStringLiteral("ACME.US"), kFrom, kTo, QStringLiteral("5m")},
                      QUrl(QStringLiteral("http://127.0.0.1:9")), {});
        QVERIFY(!got);
        QCOMPARE(got.error().code, ErrorCode::Unsupported);
        QCOMPARE(client.attempts(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProviders)
#include "tst_providers.moc"
