// FX in portfolio valuation (issue 15): ECB reference rates fetched from a
// loopback server serving an excerpt of the ECB's own file convert holdings
// into the base currency, crossed through the euro, on the valuation day or
// the latest business day before it, and a missing rate is refused with the
// rate named. Every expected number below is worked out by hand from the
// rates in tests/data/fx/eurofxref-hist-excerpt.xml. Runs on SQLite and, as
// tst_portfolio_fx_postgres, on the `postgres` fixture's server.
#include "core/storage/BarRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/workspace/FxRates.h"
#include "core/workspace/LedgerService.h"
#include "core/workspace/MarketFetchService.h"
#include "core/workspace/PortfolioService.h"
#include "core/workspace/TransactionImporter.h"
#include "core/workspace/Workspace.h"
#include "tests/providers/VendorServer.h"
#include "tests/testutils/TestPaths.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <memory>

using namespace sn;
using namespace sn::test;

namespace {

#define VERIFY_OK(result)                                                                                    \
    do {                                                                                                     \
        const auto &verified = (result);                                                                     \
        QVERIFY2(verified.ok(), verified.ok() ? "" : verified.error().toString().c_str());                   \
    } while (false)

TimestampMs day(const char *iso)
{
    return *parseTimestamp(iso, DateFormat::Iso);
}

// The ECB rates of the excerpt, units per 1 EUR.
constexpr double kUsd231208 = 1.0777, kGbp231208 = 0.8569;
constexpr double kUsd240628 = 1.0705, kGbp240628 = 0.84638;

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

class TestPortfolioFx : public QObject
{
    Q_OBJECT

    bool m_postgres = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;

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
            url = QStringLiteral("sqlite://") + m_dir->path() + QStringLiteral("/fx.sqlite");
        }
        auto ws = Workspace::open(url);
        QVERIFY2(ws.ok(), ws ? "" : ws.error().toString().c_str());
        m_ws = std::move(ws).value();
    }

    // Instruments are market data, not the analyst's ledger: stored as an import would.
    bool addInstrument(const char *symbol, const char *currency,
                       const std::vector<std::pair<const char *, double>> &closes)
    {
        const Database &db = m_ws->database();
        Instrument i;
        i.symbol = QString::fromLatin1(symbol);
        i.name = i.symbol;
        i.kind = QStringLiteral("stock");
        i.currency = QString::fromLatin1(currency);
        auto id = InstrumentRepository(db).upsert(i);
        if (!id)
            return false;
        BarSeries s;
        s.symbol = symbol;
        for (const auto &[date, close] : closes)
            s.append(day(date), close, close, close, close, 1000);
        return BarRepository(db).store(id.value(), s).ok();
    }

    // The ECB excerpt served on loopback and fetched as `supernova-cli fx` does.
    void fetchRates()
    {
        QFile file(testDataFile(QStringLiteral("fx/eurofxref-hist-excerpt.xml")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray xml = file.readAll();
        VendorServer ecb([xml](const VendorServer::Request &) {
            return VendorServer::Response{200, "text/xml", xml, {}};
        });
        QVERIFY(ecb.listen());
        MarketFetchService service(*m_ws);
        auto fetched = service.fetchFx(QDate(2023, 12, 1), QDate(2024, 7, 5), ecb.url());
        VERIFY_OK(fetched);
        QCOMPARE(fetched->ratesReceived, 8);
    }

    Result<TransactionImportReport> write(const QString &portfolio, const QByteArray &csv)
    {
        return TransactionImporter(*m_ws).importText(portfolio, csv, "fx.csv");
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
        fetchRates();
        // LSE in pounds, AAPL in dollars; 2024-07-01 is a Monday with a close but no rate in the file.
        QVERIFY(addInstrument("LSE", "GBP", {{"2023-12-08", 50}, {"2024-06-28", 58}, {"2024-07-01", 60}}));
        QVERIFY(addInstrument("AAPL", "USD", {{"2023-12-08", 195.71}, {"2024-06-28", 210.62}}));
    }

    void crossRateThroughTheEuroOnTheLatestBusinessDay()
    {
        VERIFY_OK(LedgerService(*m_ws).createPortfolio(QStringLiteral("Sterling"), QStringLiteral("USD")));
        VERIFY_OK(write(QStringLiteral("Sterling"), "date,type,symbol,quantity,price,amount,currency\n"
                                                    "2023-12-08,deposit,,,,1000,GBP\n"
                                                    "2023-12-08,buy,LSE,10,50,,\n"));
        PortfolioService service(*m_ws);
        // Valued on Monday 2024-07-01 (LSE's last close): the ECB has no rate of that day in the
        // file, so Friday's is used. USD per GBP = (USD per EUR) / (GBP per EUR) = 1.0705 / 0.84638
        // = 1.264798...; 10 x 60 GBP = 758.88 USD, 500 GBP cash = 632.40 USD, total 1391.28 USD.
        auto h = service.holdings(QStringLiteral("Sterling"));
        VERIFY_OK(h);
        QCOMPARE(formatDate(h->asOf), std::string("2024-07-01"));
        QCOMPARE(h->lines.size(), std::size_t(1));
        const HoldingLine &lse = h->lines.front();
        QVERIFY(near(lse.fxRate, kUsd240628 / kGbp240628));
        QCOMPARE(formatDate(lse.fxDate), std::string("2024-06-28"));
        QCOMPARE(lse.fxSource, std::string("ECB reference rates EUR/USD, EUR/GBP"));
        QVERIFY(near(lse.marketValue, 600 * kUsd240628 / kGbp240628));
        QVERIFY(std::abs(lse.marketValue - 758.88) < 0.005);
        QVERIFY(near(h->cashValue, 500 * kUsd240628 / kGbp240628));
        QVERIFY(std::abs(h->totalValue - 1391.28) < 0.005);
        // Unrealised: (10 x 60 - 500 cost) GBP at the same rate = 126.48 USD.
        QVERIFY(std::abs(lse.unrealisedPnl - 126.48) < 0.005);
        bool listed = false;
        for (const SeriesUsed &s : h->used.series)
            listed |= s.symbol == "ECB EUR/GBP" && s.role == "fx" && s.rows == 2;
        QVERIFY(listed);

        // On the first day: that day's rates, 1000 GBP x 1.0777 / 0.8569 = 1257.67 USD.
        auto first = service.holdings(QStringLiteral("Sterling"), day("2023-12-08"));
        VERIFY_OK(first);
        QCOMPARE(formatDate(first->lines.front().fxDate), std::string("2023-12-08"));
        QVERIFY(std::abs(first->totalValue - 1257.67) < 0.005);
        QVERIFY(near(first->totalValue, 1000 * kUsd231208 / kGbp231208));
        // In between (no rate fetched for those days): the latest earlier one, and it says so.
        auto between = service.holdings(QStringLiteral("Sterling"), day("2024-01-15"));
        VERIFY_OK(between);
        QCOMPARE(formatDate(between->lines.front().fxDate), std::string("2023-12-08"));

        // The dashboard's overview and the valuation series read the same figures.
        auto overview = service.overview(QStringLiteral("Sterling"));
        VERIFY_OK(overview);
        QVERIFY(near(overview->holdings.totalValue, h->totalValue));
        QVERIFY(near(overview->valuation.value.back(), h->totalValue));
        auto series = service.valuation(QStringLiteral("Sterling"), {});
        VERIFY_OK(series);
        // 2023-12-09 (a Saturday) carries Friday's rate and close: still 1257.67.
        QVERIFY(near(series->value.at(1), 1000 * kUsd231208 / kGbp231208));
    }

    void euroBaseAndEuroHoldingsUseTheRateAsPublished()
    {
        VERIFY_OK(LedgerService(*m_ws).createPortfolio(QStringLiteral("Euro"), QStringLiteral("EUR")));
        VERIFY_OK(write(QStringLiteral("Euro"), "date,type,symbol,quantity,price,amount,currency\n"
                                                "2023-12-08,deposit,,,,1000,USD\n"
                                                "2023-12-08,buy,AAPL,2,200,,\n"));
        // EUR per USD = 1 / 1.0705; (2 x 210.62 + 600) USD = 1021.24 USD = 953.98 EUR.
        auto h = PortfolioService(*m_ws).holdings(QStringLiteral("Euro"));
        VERIFY_OK(h);
        QCOMPARE(formatDate(h->asOf), std::string("2024-06-28"));
        QVERIFY(near(h->lines.front().fxRate, 1.0 / kUsd240628));
        QCOMPARE(h->lines.front().fxSource, std::string("ECB reference rates EUR/USD"));
        QVERIFY(std::abs(h->totalValue - 953.98) < 0.005);

        // USD per EUR is the published rate itself.
        FxRates rates(m_ws->database());
        auto eur = rates.series("EUR", "USD");
        VERIFY_OK(eur);
        QCOMPARE((*eur)->series.value, (std::vector<double>{kUsd231208, kUsd240628}));
        QVERIFY((*eur)->ecb);
    }

    void ecbRatesWinOverAnImportedSeries()
    {
        // An imported EURUSD=X would say 2.0; the stored ECB rates are used, and named.
        QVERIFY(addInstrument("EURUSD=X", "USD", {{"2023-12-08", 2.0}, {"2024-06-28", 2.0}}));
        VERIFY_OK(LedgerService(*m_ws).createPortfolio(QStringLiteral("Mixed"), QStringLiteral("USD")));
        VERIFY_OK(write(QStringLiteral("Mixed"), "date,type,symbol,quantity,price,amount,currency\n"
                                                 "2023-12-08,deposit,,,,100,EUR\n"));
        auto h = PortfolioService(*m_ws).holdings(QStringLiteral("Mixed"), day("2024-06-28"));
        VERIFY_OK(h);
        QVERIFY(near(h->cashValue, 100 * kUsd240628));
        for (const SeriesUsed &s : h->used.series)
            QVERIFY2(s.symbol != "EURUSD=X", "the imported series was read although ECB rates are stored");
    }

    void aMissingRateIsRefusedWithTheRateNamed()
    {
        VERIFY_OK(LedgerService(*m_ws).createPortfolio(QStringLiteral("Early"), QStringLiteral("USD")));
        // The day before the first stored rate: both euro legs are missing, and the message says how to
        // fetch.
        auto early = write(QStringLiteral("Early"), "date,type,symbol,quantity,price,amount,currency\n"
                                                    "2023-12-07,deposit,,,,1000,GBP\n");
        QVERIFY(!early.ok());
        const std::string text = early.error().toString();
        QVERIFY2(text.find("fx.csv:2: field 'currency'") != std::string::npos, text.c_str());
        QVERIFY2(
            text.find("no EUR/USD and EUR/GBP rates on or before 2023-12-07: fetch FX with `supernova-cli "
                      "fx`") != std::string::npos,
            text.c_str());
        QVERIFY(!PortfolioService(*m_ws).holdings(QStringLiteral("Early")).ok()); // nothing was stored

        // SEK: no ECB rate stored at all (left out of the file), and no imported series either.
        auto sek = write(QStringLiteral("Early"), "date,type,symbol,quantity,price,amount,currency\n"
                                                  "2024-06-28,deposit,,,,1000,SEK\n");
        QVERIFY(!sek.ok());
        const std::string sekText = sek.error().toString();
        QVERIFY2(sekText.find("no EUR/SEK rate on or before 2024-06-28: fetch FX with `supernova-cli fx`") !=
                         std::string::npos &&
                     sekText.find("or import daily bars of SEKUSD=X (USD per SEK); a rate of 1.0 is never "
                                  "assumed") != std::string::npos,
                 sekText.c_str());

        // The valuation names the missing rate the same way (a ledger valued from a day before any rate).
        FxRates rates(m_ws->database());
        VERIFY_OK(rates.series("GBP", "USD"));
        QCOMPARE(
            rates.missingRate("GBP", "USD", day("2023-12-01")),
            std::string("no EUR/USD and EUR/GBP rates on or before 2023-12-01: fetch FX with `supernova-cli "
                        "fx` (ECB reference rates)"));
        ValuationInput in;
        in.baseCurrency = "USD";
        in.fx.emplace("GBP", (*rates.series("GBP", "USD"))->series);
        in.missingRate = rates.missingRateText("USD");
        Transaction deposit;
        deposit.date = day("2023-12-01");
        deposit.type = TransactionType::Deposit;
        deposit.amount = *Decimal::parse("10");
        deposit.currency = "GBP";
        in.transactions.push_back(deposit);
        in.to = day("2023-12-08");
        auto v = Valuation::compute(in);
        QVERIFY(!v.ok());
        QVERIFY2(v.error().message.find("no EUR/USD and EUR/GBP rates on or before 2023-12-01") !=
                     std::string::npos,
                 v.error().toString().c_str());
    }
};

QTEST_GUILESS_MAIN(TestPortfolioFx)
#include "tst_portfolio_fx.moc"
