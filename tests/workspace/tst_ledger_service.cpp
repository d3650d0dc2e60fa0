// The guarded write path of portfolios (LedgerService): every change is
// checked against the whole ledger inside the transaction that commits it,
// refused changes leave nothing behind and announce nothing, accepted ones
// are announced. Runs on SQLite and, as tst_ledger_service_postgres, on the
// throwaway PostgreSQL server of the `postgres` fixture.
#include "core/storage/Database.h"
#include "core/workspace/LedgerService.h"
#include "core/workspace/MarketData.h"
#include "core/workspace/PortfolioService.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/TransactionImporter.h"
#include "core/workspace/Workspace.h"
#include "tests/testutils/TestPaths.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>

using namespace sn;

namespace {

Decimal dec(const char *text)
{
    return *Decimal::parse(text);
}

TimestampMs day(const char *iso)
{
    return *parseTimestamp(iso, DateFormat::Iso);
}

} // namespace

class TestLedgerService : public QObject
{
    Q_OBJECT
private:
    bool m_postgres = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_portfolio = 0;

    // A fresh workspace with the bundled sample data (the sample portfolio holds
    // 400 AAPL and 30 ^GSPC after its eight lines).
    void openSample()
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
            url = QStringLiteral("sqlite://") + m_dir->path() + QStringLiteral("/ledger.sqlite");
        }
        auto ws = Workspace::open(url);
        QVERIFY2(ws.ok(), ws ? "" : ws.error().toString().c_str());
        m_ws = std::move(ws).value();
        QVERIFY(SampleData(*m_ws).load().ok());
        auto p = LedgerService(*m_ws).portfolioByName(QString::fromLatin1(SampleData::kPortfolioName));
        QVERIFY(p.ok());
        m_portfolio = p->id;
    }

    std::vector<PortfolioTransaction> lines() const
    {
        auto l = LedgerService(*m_ws).transactions(m_portfolio);
        return l ? l.value() : std::vector<PortfolioTransaction>{};
    }

    PortfolioTransaction lineOfType(const char *type) const
    {
        for (const auto &l : lines())
            if (l.type == QLatin1String(type))
                return l;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_postgres = qEnvironmentVariable("SUPERNOVA_TEST_ENGINE") == QLatin1String("postgresql");
        if (m_postgres)
            QVERIFY2(!test::postgresUrl().isEmpty(), "SUPERNOVA_TEST_PG_URL is not set: run through ctest");
        qInfo("engine: %s", m_postgres ? "postgresql" : "sqlite");
    }

    void init() { openSample(); }

    // Issue 11: a duplicated AAPL sell with quantity 10000 was stored and broke
    // every view. It is refused, names the field, stores and announces nothing.
    void duplicatedSellBeyondHoldingsIsRefused()
    {
        QSignalSpy spy(&m_ws->changes(), &ChangeHub::changed);
        const auto before = lines();
        PortfolioTransaction copy = lineOfType("sell");
        QVERIFY(copy.id > 0);
        copy.quantity = dec("10000");
        auto r = LedgerService(*m_ws).add(m_portfolio, {copy});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, std::string("quantity"));
        const QString text = QString::fromStdString(r.error().toString());
        QVERIFY2(text.contains(QLatin1String("10000")) && text.contains(QLatin1String("exceeds")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("2016-02-01")), qPrintable(text));
        QCOMPARE(lines().size(), before.size());
        QCOMPARE(spy.count(), 0);
        QVERIFY(LedgerService(*m_ws).verify(m_portfolio).ok());
    }

    void duplicatedBuyBeyondCashIsRefused()
    {
        PortfolioTransaction copy = lineOfType("buy");
        copy.quantity = dec("100000");
        auto r = LedgerService(*m_ws).add(m_portfolio, {copy});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, std::string("quantity"));
        QVERIFY2(QString::fromStdString(r.error().message).contains(QLatin1String("cash")),
                 r.error().message.c_str());
        QCOMPARE(lines().size(), std::size_t(8));
    }

    // An edit that makes a later line impossible is refused and names that line.
    void editThatBreaksALaterLineIsRefused()
    {
        PortfolioTransaction deposit = lineOfType("deposit");
        const Decimal was = deposit.amount;
        deposit.amount = dec("10");
        auto r = LedgerService(*m_ws).update(deposit);
        QVERIFY(!r.ok());
        QVERIFY2(QString::fromStdString(r.error().toString()).contains(QLatin1String("2013-05-14 buy")),
                 r.error().toString().c_str());
        QCOMPARE(lineOfType("deposit").amount, was);
    }

    void removeThatBreaksTheLedgerIsRefused()
    {
        const PortfolioTransaction deposit = lineOfType("deposit");
        auto r = LedgerService(*m_ws).remove(m_portfolio, {deposit.id});
        QVERIFY(!r.ok());
        QCOMPARE(lines().size(), std::size_t(8));
        // Removing the last withdrawal is fine.
        auto ok = LedgerService(*m_ws).remove(m_portfolio, {lineOfType("withdrawal").id});
        QVERIFY2(ok.ok(), ok ? "" : ok.error().toString().c_str());
        QCOMPARE(lines().size(), std::size_t(7));
    }

    void unknownTypeCurrencyAndMisplacedSymbolAreRefused()
    {
        PortfolioTransaction l = lineOfType("withdrawal");
        l.type = QStringLiteral("gift");
        auto r = LedgerService(*m_ws).update(l);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, std::string("type"));
        l = lineOfType("withdrawal");
        l.currency = QStringLiteral("XY");
        r = LedgerService(*m_ws).update(l);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, std::string("currency"));
        l = lineOfType("withdrawal");
        l.instrumentId = lineOfType("buy").instrumentId;
        r = LedgerService(*m_ws).update(l);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, std::string("symbol"));
    }

    // A buy, sell, split or transfer without a symbol is refused by the
    // service, naming the field, before the database's own check could answer
    // with the driver's words (seen: "CHECK constraint failed", "Unable to fetch row").
    void tradeWithoutASymbolIsRefusedByTheService()
    {
        const std::size_t before = lines().size();
        for (const char *type : {"buy", "sell", "split", "transfer_in", "transfer_out"}) {
            PortfolioTransaction line = lineOfType("buy");
            line.type = QString::fromLatin1(type);
            line.instrumentId.reset();
            auto r = LedgerService(*m_ws).add(m_portfolio, {line});
            QVERIFY2(!r.ok(), type);
            QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
            QCOMPARE(r.error().field, std::string("symbol"));
            QVERIFY2(r.error().message == std::string("field 'symbol': a ") + type + " needs a symbol",
                     r.error().toString().c_str());
        }
        QCOMPARE(lines().size(), before);
    }

    // A trade before the first stored close cannot be valued: refused at its date.
    void tradeWithoutAPriceIsRefused()
    {
        PortfolioTransaction buy = lineOfType("buy");
        buy.time = day("2001-01-02");
        auto r = LedgerService(*m_ws).add(m_portfolio, {buy});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, std::string("date"));
    }

    // A currency other than the base needs its FX series (never a silent 1.0).
    void cashInAnotherCurrencyNeedsFx()
    {
        PortfolioTransaction deposit = lineOfType("deposit");
        deposit.currency = QStringLiteral("EUR");
        auto r = LedgerService(*m_ws).add(m_portfolio, {deposit});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, std::string("currency"));
        QVERIFY2(QString::fromStdString(r.error().message).contains(QLatin1String("EURUSD=X")),
                 r.error().message.c_str());
    }

    void acceptedChangesAreAnnounced()
    {
        QSignalSpy spy(&m_ws->changes(), &ChangeHub::changed);
        PortfolioTransaction deposit = lineOfType("deposit");
        deposit.time = day("2018-01-02");
        deposit.amount = dec("1234.56");
        auto ids = LedgerService(*m_ws).add(m_portfolio, {deposit});
        QVERIFY2(ids.ok(), ids ? "" : ids.error().toString().c_str());
        QCOMPARE(ids->size(), std::size_t(1));
        QCOMPARE(spy.count(), 1);
        auto changes = spy.takeFirst().at(0).value<ChangeSet>();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].entity, Change::Entity::Transaction);
        QCOMPARE(changes[0].kind, Change::Kind::Created);
        QCOMPARE(changes[0].id, ids->front());
        QCOMPARE(changes[0].owner, m_portfolio);

        deposit.id = ids->front();
        deposit.amount = dec("1000");
        QVERIFY(LedgerService(*m_ws).update(deposit).ok());
        QCOMPARE(spy.takeFirst().at(0).value<ChangeSet>().at(0).kind, Change::Kind::Updated);
        QVERIFY(LedgerService(*m_ws).remove(m_portfolio, {deposit.id}).ok());
        QCOMPARE(spy.takeFirst().at(0).value<ChangeSet>().at(0).kind, Change::Kind::Removed);
    }

    // A line of another portfolio cannot be changed through this one's check.
    void linesOfAnotherPortfolioAreNotTouched()
    {
        LedgerService ledger(*m_ws);
        auto other = ledger.createPortfolio(QStringLiteral("Other"), QStringLiteral("USD"));
        QVERIFY(other.ok());
        const PortfolioTransaction withdrawal = lineOfType("withdrawal");
        auto r = ledger.remove(*other, {withdrawal.id});
        QVERIFY(!r.ok());
        QCOMPARE(lines().size(), std::size_t(8));
        PortfolioTransaction moved = withdrawal;
        moved.portfolioId = *other;
        QVERIFY(!ledger.update(moved).ok());
        QCOMPARE(lines().size(), std::size_t(8));
    }

    void newLinesDefaultToTheLastPriceDate()
    {
        auto d = LedgerService(*m_ws).defaultDate(m_portfolio);
        QVERIFY(d.ok());
        // The sample portfolio holds AAPL (closes to 2018) and ^GSPC (to 2020):
        // it is valued to AAPL's last close, and so is a new line dated.
        auto aapl = MarketData(*m_ws).bars(QStringLiteral("AAPL"), QStringLiteral("1d"));
        QVERIFY(aapl.ok() && !aapl->empty());
        QCOMPARE(formatDate(*d), formatDate(startOfDay(aapl->time.back())));
        auto holdings = PortfolioService(*m_ws).holdings(QString::fromLatin1(SampleData::kPortfolioName));
        QVERIFY(holdings.ok());
        QCOMPARE(formatDate(*d), formatDate(holdings->asOf));
        auto empty = LedgerService(*m_ws).createPortfolio(QStringLiteral("Empty"), QStringLiteral("USD"));
        QVERIFY(empty.ok());
        QCOMPARE(LedgerService(*m_ws).defaultDate(*empty).value(), startOfDay(nowMs()));
    }

    void portfoliosAreCreatedRenamedAndRemoved()
    {
        LedgerService ledger(*m_ws);
        QSignalSpy spy(&m_ws->changes(), &ChangeHub::changed);
        auto id = ledger.createPortfolio(QStringLiteral("  Growth "), QStringLiteral("EUR"));
        QVERIFY(id.ok());
        QCOMPARE(ledger.portfolio(*id)->name, QStringLiteral("Growth"));
        auto dup = ledger.createPortfolio(QStringLiteral("Growth"), QStringLiteral("USD"));
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(dup.error().field, std::string("name"));
        QCOMPARE(ledger.createPortfolio(QStringLiteral("X"), QStringLiteral("usd")).error().field,
                 std::string("currency"));
        QCOMPARE(ledger.createPortfolio(QStringLiteral(" "), QStringLiteral("USD")).error().field,
                 std::string("name"));
        QVERIFY(!ledger.renamePortfolio(*id, QString::fromLatin1(SampleData::kPortfolioName)).ok());
        QVERIFY(ledger.renamePortfolio(*id, QStringLiteral("Growth II")).ok());
        QVERIFY(ledger.removePortfolio(*id).ok());
        QVERIFY(!ledger.portfolio(*id).ok());
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(2).at(0).value<ChangeSet>().at(0).kind, Change::Kind::Removed);
        QCOMPARE(spy.at(2).at(0).value<ChangeSet>().at(0).entity, Change::Entity::Portfolio);
    }

    // The CSV import goes through the same guarded write and names the line.
    void importRefusesAtTheLineAndStoresNothing()
    {
        QSignalSpy spy(&m_ws->changes(), &ChangeHub::changed);
        const QByteArray csv = "date,type,symbol,quantity,price\n"
                               "2018-06-01,sell,AAPL,100,190\n"
                               "2018-06-04,sell,AAPL,350,190\n";
        auto r = TransactionImporter(*m_ws).importText(QString::fromLatin1(SampleData::kPortfolioName), csv,
                                                       "x.csv");
        QVERIFY(!r.ok());
        const QString text = QString::fromStdString(r.error().toString());
        QVERIFY2(text.contains(QLatin1String("x.csv:3: field 'quantity'")), qPrintable(text));
        QCOMPARE(lines().size(), std::size_t(8));
        QCOMPARE(spy.count(), 0);
        auto ok = TransactionImporter(*m_ws).importText(
            QString::fromLatin1(SampleData::kPortfolioName),
            "date,type,symbol,quantity,price\n2018-06-01,sell,AAPL,100,190\n", "y.csv");
        QVERIFY2(ok.ok(), ok ? "" : ok.error().toString().c_str());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(lines().size(), std::size_t(9));
    }

    // Writers on two threads (two connections), each valid alone but not
    // together: both withdraw the whole cash. Exactly one commits, whatever
    // the interleaving, and the ledger still replays.
    void concurrentWritersCannotBreakTheLedger()
    {
        // Cash after the sample's lines; a withdrawal of all of it is valid alone.
        auto cashLine = [&](const char *amount) {
            PortfolioTransaction w = lineOfType("withdrawal");
            w.time = day("2018-01-02");
            w.amount = dec(amount);
            return w;
        };
        for (int round = 0; round < 8; ++round) {
            openSample();
            // Find the cash: the largest withdrawal that is accepted, by probing
            // a withdrawal that must fail and reading the amount it names.
            auto probe = LedgerService(*m_ws).add(m_portfolio, {cashLine("99999999")});
            QVERIFY(!probe.ok());
            const std::string msg = probe.error().message;
            const auto at = msg.find("holds ");
            QVERIFY2(at != std::string::npos, msg.c_str());
            const std::string cash = msg.substr(at + 6);
            std::atomic<int> committed{0};
            std::atomic<int> refused{0};
            auto writer = [&] {
                auto r = LedgerService(*m_ws).add(m_portfolio, {cashLine(cash.c_str())});
                (r ? committed : refused).fetch_add(1);
            };
            std::unique_ptr<QThread> a(QThread::create(writer));
            std::unique_ptr<QThread> b(QThread::create(writer));
            a->start();
            b->start();
            QVERIFY(a->wait(60'000));
            QVERIFY(b->wait(60'000));
            QCOMPARE(committed.load(), 1);
            QCOMPARE(refused.load(), 1);
            auto verified = LedgerService(*m_ws).verify(m_portfolio);
            QVERIFY2(verified.ok(), verified ? "" : verified.error().toString().c_str());
        }
    }

    void cleanup() { m_ws.reset(); }
};

QTEST_GUILESS_MAIN(TestLedgerService)
#include "tst_ledger_service.moc"
