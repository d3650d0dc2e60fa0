// The same suite runs on SQLite (tst_storage) and on PostgreSQL
// (tst_storage_postgres, SUPERNOVA_TEST_ENGINE=postgresql, needs the
// `postgres` CTest fixture).
#include "core/common/Time.h"
#include "core/storage/BacktestRunRepository.h"
#include "core/storage/BarRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/PortfolioRepository.h"
#include "core/storage/Schema.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/WatchlistRepository.h"
#include "tests/testutils/TestPaths.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <bit>
#include <cmath>
#include <memory>

using namespace sn;

namespace {

#define REQUIRE_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto &r_ = (expr);                                                                             \
        QVERIFY2(r_.ok(), r_.ok() ? "" : r_.error().toString().c_str());                                     \
    } while (false)

TimestampMs day(int y, int m, int d)
{
    return toTimestamp(CivilDate{y, m, d});
}

// Reads the bundled Yahoo file (Date,Open,High,Low,Close,Adj Close,Volume)
// independently of the app's CSV reader.
BarSeries readYahoo(const QString &path)
{
    BarSeries s;
    s.symbol = "AAPL";
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return s;
    f.readLine();
    while (!f.atEnd()) {
        const QList<QByteArray> c = f.readLine().trimmed().split(',');
        if (c.size() != 7)
            continue;
        const QList<QByteArray> d = c[0].split('-');
        s.append(day(d[0].toInt(), d[1].toInt(), d[2].toInt()), c[1].toDouble(), c[2].toDouble(),
                 c[3].toDouble(), c[4].toDouble(), c[6].toDouble());
    }
    return s;
}

BarSeries synthetic(TimestampMs start, TimestampMs step, int n, double base, const char *interval = "1d")
{
    BarSeries s;
    s.interval = interval;
    for (int i = 0; i < n; ++i) {
        const double p = base + i * 0.25;
        s.append(start + i * step, p, p + 1.0, p - 1.0, p + 0.5, 1000.0 + i);
    }
    return s;
}

qint64 countRows(const Database &db, const QString &table)
{
    QSqlQuery q(*db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_postgres = qEnvironmentVariable("SUPERNOVA_TEST_ENGINE") == QLatin1String("postgresql");
        if (m_postgres)
            QVERIFY2(!test::postgresUrl().isEmpty(), "SUPERNOVA_TEST_PG_URL is not set: run through ctest so "
                                                     "the 'postgres' fixture starts a server");
        qInfo("engine: %s", m_postgres ? "postgresql" : "sqlite");
    }

    void init()
    {
        auto db = openFresh();
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().toString().c_str());
        m_db = std::move(db).value();
    }

    void cleanup() { m_db.reset(); }

    void migrationsAreIdempotent()
    {
        REQUIRE_OK(m_db->migrate());
        auto v = m_db->schemaVersion();
        REQUIRE_OK(v);
        const int latest = Schema::latestVersion();
        QCOMPARE(*v, latest);
        QCOMPARE(latest, static_cast<int>(Schema::migrations().size()));
        REQUIRE_OK(m_db->migrate());
        REQUIRE_OK(m_db->migrate());
        QCOMPARE(*m_db->schemaVersion(), latest);
        QCOMPARE(countRows(*m_db, QStringLiteral("schema_version")), qint64(latest));
        const QStringList tables = m_db->connection()->tables();
        for (const char *t : {"instruments", "bars", "watchlists", "watchlist_members", "portfolios",
                              "transactions", "settings", "backtest_runs", "conversations", "messages"})
            QVERIFY2(tables.contains(QLatin1String(t)), t);
    }

    void freshDatabaseIsVersionZero()
    {
        QTemporaryDir other;
        auto fresh = openFresh(false, &other);
        REQUIRE_OK(fresh);
        QCOMPARE(*(*fresh)->schemaVersion(), 0);
    }

    // A new version is one more Migration entry; an older build refuses a newer schema.
    void migrationNextIsOneMoreEntry()
    {
        const int next = Schema::latestVersion() + 1;
        std::vector<Migration> v2 = Schema::migrations();
        v2.push_back(Migration::portable(
            next, QStringLiteral("notes"),
            {QStringLiteral("CREATE TABLE notes (id {ID}, title TEXT NOT NULL, created_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE note_lines (id {ID}, note_id BIGINT NOT NULL"
                            " REFERENCES notes(id) ON DELETE CASCADE, body TEXT NOT NULL)")}));
        REQUIRE_OK(m_db->migrate(v2));
        QCOMPARE(*m_db->schemaVersion(), next);
        REQUIRE_OK(m_db->migrate(v2));
        QCOMPARE(countRows(*m_db, QStringLiteral("schema_version")), qint64(next));
        QSqlQuery q(*m_db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO notes (title, created_at) VALUES ('t', 1)")));
        QCOMPARE(countRows(*m_db, QStringLiteral("notes")), qint64(1));

        auto old = m_db->migrate(Schema::migrations());
        QVERIFY(!old.ok());
        QCOMPARE(old.error().code, ErrorCode::Unsupported);
    }

    void failedMigrationLeavesPreviousVersion()
    {
        std::vector<Migration> bad = Schema::migrations();
        bad.push_back(
            Migration::portable(Schema::latestVersion() + 1, QStringLiteral("broken"),
                                {QStringLiteral("CREATE TABLE half_done (id {ID})"),
                                 QStringLiteral("CREATE TABLE broken (id {ID}, x NO_SUCH_SYNTAX(")}));
        auto r = m_db->migrate(bad);
        QVERIFY(!r.ok());
        QVERIFY(QString::fromStdString(r.error().toString())
                    .contains(QStringLiteral("migration %1").arg(Schema::latestVersion() + 1)));
        QCOMPARE(*m_db->schemaVersion(), Schema::latestVersion());
        QVERIFY(!m_db->connection()->tables().contains(QStringLiteral("half_done")));
    }

    void transactionHelperCommitsOrRollsBack()
    {
        SettingsRepository settings(*m_db);
        auto failed = m_db->transaction([&](QSqlDatabase &) -> Result<void> {
            auto a = settings.set(QStringLiteral("a"), QStringLiteral("1"));
            if (!a)
                return a;
            // A nested call joins the outer transaction.
            auto inner = m_db->transaction([&](QSqlDatabase &) -> Result<void> {
                return settings.set(QStringLiteral("b"), QStringLiteral("2"));
            });
            if (!inner)
                return inner;
            return makeError(ErrorCode::Cancelled, "stop");
        });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, ErrorCode::Cancelled);
        QCOMPARE(countRows(*m_db, QStringLiteral("settings")), qint64(0));

        REQUIRE_OK(m_db->transaction([&](QSqlDatabase &) -> Result<void> {
            auto a = settings.set(QStringLiteral("a"), QStringLiteral("1"));
            if (!a)
                return a;
            return settings.set(QStringLiteral("b"), QStringLiteral("2"));
        }));
        QCOMPARE(countRows(*m_db, QStringLiteral("settings")), qint64(2));
    }

    void instruments()
    {
        InstrumentRepository repo(*m_db);
        Instrument aapl;
        aapl.symbol = QStringLiteral("AAPL");
        aapl.name = QStringLiteral("Apple Inc.");
        aapl.exchange = QStringLiteral("NASDAQ");
        aapl.source = QStringLiteral("Yahoo Finance sample");
        auto id = repo.upsert(aapl);
        REQUIRE_OK(id);
        QVERIFY(*id > 0);

        Instrument spx;
        spx.symbol = QStringLiteral("^GSPC");
        spx.kind = QStringLiteral("index");
        REQUIRE_OK(repo.upsert(spx));

        aapl.name = QStringLiteral("Apple");
        auto again = repo.upsert(aapl);
        REQUIRE_OK(again);
        QCOMPARE(*again, *id);

        auto found = repo.find(QStringLiteral("AAPL"));
        REQUIRE_OK(found);
        QCOMPARE(found->name, QStringLiteral("Apple"));
        QCOMPARE(found->exchange, QStringLiteral("NASDAQ"));
        QCOMPARE(found->currency, QStringLiteral("USD"));
        QCOMPARE(repo.findById(*id)->symbol, QStringLiteral("AAPL"));

        auto all = repo.list();
        REQUIRE_OK(all);
        QCOMPARE(all->size(), std::size_t(2));
        QCOMPARE(all->at(0).symbol, QStringLiteral("AAPL"));
        QCOMPARE(all->at(1).kind, QStringLiteral("index"));

        Instrument bad;
        bad.symbol = QStringLiteral("X");
        bad.kind = QStringLiteral("bond");
        auto rejected = repo.upsert(bad);
        QVERIFY(!rejected.ok());
        QCOMPARE(rejected.error().code, ErrorCode::InvalidArgument);
        QVERIFY(QString::fromStdString(rejected.error().toString()).contains(QLatin1String("kind")));

        REQUIRE_OK(repo.remove(QStringLiteral("^GSPC")));
        QCOMPARE(repo.find(QStringLiteral("^GSPC")).error().code, ErrorCode::NotFound);
        QCOMPARE(repo.remove(QStringLiteral("^GSPC")).error().code, ErrorCode::NotFound);
    }

    // The bundled AAPL file round-trips bit-exactly; coverage matches the file.
    void barsRoundTripRealData()
    {
        const BarSeries file = readYahoo(test::sampleDataFile(QStringLiteral("aapl_yahoo_2013_2018.csv")));
        QCOMPARE(file.size(), std::size_t(1260));
        const qint64 id = addInstrument(QStringLiteral("AAPL"));
        auto written = BarRepository(*m_db).store(id, file);
        REQUIRE_OK(written);
        QCOMPARE(*written, qint64(1260));

        auto cov = BarRepository(*m_db).coverage(id, QStringLiteral("1d"));
        REQUIRE_OK(cov);
        QCOMPARE(cov->count, qint64(1260));
        QCOMPARE(cov->first, day(2013, 5, 13));
        QCOMPARE(cov->last, day(2018, 5, 11));

        auto loaded = BarRepository(*m_db).load(QStringLiteral("AAPL"), QStringLiteral("1d"));
        REQUIRE_OK(loaded);
        QCOMPARE(loaded->symbol, std::string("AAPL"));
        QCOMPARE(loaded->interval, std::string("1d"));
        QCOMPARE(loaded->time, file.time);
        QCOMPARE(loaded->open, file.open);
        QCOMPARE(loaded->high, file.high);
        QCOMPARE(loaded->low, file.low);
        QCOMPARE(loaded->close, file.close);
        QCOMPARE(loaded->volume, file.volume);
        // 2013-05-14 in the file: close 63.408573, volume 111779500.
        QCOMPARE(loaded->close[1], 63.408573);
        QCOMPARE(loaded->volume[1], 111779500.0);

        // Inclusive range.
        auto slice = BarRepository(*m_db).load(id, QStringLiteral("1d"), day(2018, 5, 10), day(2018, 5, 11));
        REQUIRE_OK(slice);
        QCOMPARE(slice->size(), std::size_t(2));
        QCOMPARE(slice->close[0], 190.039993);

        QCOMPARE(BarRepository(*m_db).load(QStringLiteral("MSFT"), QStringLiteral("1d")).error().code,
                 ErrorCode::NotFound);
    }

    void barsBefore1970AndAfter2038AndIntraday()
    {
        const qint64 id = addInstrument(QStringLiteral("LONG"));
        BarSeries daily;
        daily.interval = "1d";
        const std::vector<TimestampMs> times{
            day(1900, 1, 1), day(1969, 12, 31), -1, 0, qint64(2147483647) * 1000 + 1000, day(2100, 1, 1)};
        for (std::size_t i = 0; i < times.size(); ++i)
            daily.append(times[i], 10.0 + i, 11.0 + i, 9.0 + i, 10.5 + i, 100.0 * i);
        REQUIRE_OK(BarRepository(*m_db).store(id, daily));

        // 5-minute bars on the same instrument are a separate series.
        const BarSeries intraday = synthetic(day(2038, 1, 19), 5 * 60 * 1000, 288, 50.0, "5m");
        REQUIRE_OK(BarRepository(*m_db).store(id, intraday));

        auto back = BarRepository(*m_db).load(id, QStringLiteral("1d"));
        REQUIRE_OK(back);
        QCOMPARE(back->time, times);
        QCOMPARE(back->close[0], 10.5);
        auto five = BarRepository(*m_db).load(id, QStringLiteral("5m"));
        REQUIRE_OK(five);
        QCOMPARE(five->size(), std::size_t(288));
        QCOMPARE(five->time.back(), day(2038, 1, 19) + 287 * 5 * 60 * 1000);

        auto before1970 = BarRepository(*m_db).load(id, QStringLiteral("1d"), BarRepository::kMinTime, -1);
        REQUIRE_OK(before1970);
        QCOMPARE(before1970->size(), std::size_t(3));
        auto intervals = BarRepository(*m_db).intervals(id);
        REQUIRE_OK(intervals);
        QCOMPARE(*intervals, (QStringList{QStringLiteral("1d"), QStringLiteral("5m")}));
        QVERIFY(BarRepository(*m_db).intervals(id + 1000)->isEmpty());
        auto cov = BarRepository(*m_db).coverage(id, QStringLiteral("1d"));
        QCOMPARE(cov->first, day(1900, 1, 1));
        QCOMPARE(cov->last, day(2100, 1, 1));
    }

    void reimportIsIdempotent()
    {
        const qint64 id = addInstrument(QStringLiteral("IDEM"));
        BarSeries s = synthetic(day(2020, 1, 1), kMsPerDay, 500, 100.0);
        REQUIRE_OK(BarRepository(*m_db).store(id, s));
        REQUIRE_OK(BarRepository(*m_db).store(id, s));
        QCOMPARE(BarRepository(*m_db).coverage(id, QStringLiteral("1d"))->count, qint64(500));
        // A corrected close replaces the stored one; nothing is duplicated.
        s.close[42] = 123.456;
        REQUIRE_OK(BarRepository(*m_db).store(id, s.sliceIndex(40, 50)));
        auto back = BarRepository(*m_db).load(id, QStringLiteral("1d"));
        REQUIRE_OK(back);
        QCOMPARE(back->size(), std::size_t(500));
        QCOMPARE(back->close[42], 123.456);
        QCOMPARE(back->close[41], 100.0 + 41 * 0.25 + 0.5);
    }

    // A bad row half-way through leaves nothing of the call behind, including
    // updates to bars that already existed.
    void badRowRollsBackWholeStore()
    {
        const qint64 id = addInstrument(QStringLiteral("ROLL"));
        const BarSeries first = synthetic(day(2020, 1, 1), kMsPerDay, 10, 100.0);
        REQUIRE_OK(BarRepository(*m_db).store(id, first));

        BarSeries big = synthetic(day(2020, 1, 1), kMsPerDay, 1000, 500.0);
        big.high[500] = big.low[500] - 1.0; // violates CHECK (high >= low)
        auto r = BarRepository(*m_db).store(id, big);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Conflict);
        const QString msg = QString::fromStdString(r.error().toString());
        QVERIFY2(msg.contains(QLatin1String("instrument id")), qPrintable(msg));
        if (!m_postgres) // SQLite names the exact bar; PostgreSQL reports the failing row's values
            QVERIFY2(msg.contains(QLatin1String("bar 500 (2021-05-15")), qPrintable(msg));

        auto back = BarRepository(*m_db).load(id, QStringLiteral("1d"));
        REQUIRE_OK(back);
        QCOMPARE(back->size(), std::size_t(10));
        QCOMPARE(back->close, first.close);
        // The connection is usable afterwards.
        REQUIRE_OK(BarRepository(*m_db).store(id, synthetic(day(2021, 1, 1), kMsPerDay, 3, 1.0)));
        QCOMPARE(BarRepository(*m_db).coverage(id, QStringLiteral("1d"))->count, qint64(13));
    }

    void storeRejectsBadSeries()
    {
        const qint64 id = addInstrument(QStringLiteral("BAD"));
        BarSeries nan = synthetic(day(2020, 1, 1), kMsPerDay, 5, 10.0);
        nan.close[3] = std::nan("");
        auto r = BarRepository(*m_db).store(id, nan);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        QVERIFY(QString::fromStdString(r.error().toString()).contains(QLatin1String("bar 3 (2020-01-04")));

        BarSeries unordered = synthetic(day(2020, 1, 1), kMsPerDay, 5, 10.0);
        std::swap(unordered.time[1], unordered.time[2]);
        QCOMPARE(BarRepository(*m_db).store(id, unordered).error().code, ErrorCode::InvalidArgument);

        BarSeries ragged = synthetic(day(2020, 1, 1), kMsPerDay, 5, 10.0);
        ragged.volume.pop_back();
        QCOMPARE(BarRepository(*m_db).store(id, ragged).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(BarRepository(*m_db).coverage(id, QStringLiteral("1d"))->count, qint64(0));
    }

    void foreignKeysAreEnforced()
    {
        // Bars for an instrument that does not exist.
        auto orphan = BarRepository(*m_db).store(987654, synthetic(day(2020, 1, 1), kMsPerDay, 3, 1.0));
        QVERIFY(!orphan.ok());
        QCOMPARE(orphan.error().code, ErrorCode::Conflict);
        QCOMPARE(countRows(*m_db, QStringLiteral("bars")), qint64(0));

        // Plain SQL cannot bypass it either (on PostgreSQL the check is per
        // statement, see Schema.cpp).
        {
            QSqlQuery raw(*m_db->connection());
            QVERIFY(
                !raw.exec(QStringLiteral("INSERT INTO bars (instrument_id, \"interval\", ts, open, high, low,"
                                         " close, volume) VALUES (987654, '1d', 0, 1, 1, 1, 1, 0)")));
            QCOMPARE(countRows(*m_db, QStringLiteral("bars")), qint64(0));
        }

        // A transaction for a portfolio that does not exist.
        PortfolioTransaction tx;
        tx.portfolioId = 424242;
        tx.type = QStringLiteral("deposit");
        tx.amount = Decimal::fromInt(100);
        QCOMPARE(PortfolioRepository(*m_db).addTransaction(tx).error().code, ErrorCode::Conflict);

        // An instrument held in a ledger cannot be removed; otherwise its bars
        // and watchlist memberships go with it.
        const qint64 held = addInstrument(QStringLiteral("HELD"));
        const qint64 free = addInstrument(QStringLiteral("FREE"));
        REQUIRE_OK(BarRepository(*m_db).store(held, synthetic(day(2020, 1, 1), kMsPerDay, 4, 1.0)));
        REQUIRE_OK(BarRepository(*m_db).store(free, synthetic(day(2020, 1, 1), kMsPerDay, 4, 1.0)));
        auto wl = WatchlistRepository(*m_db).create(QStringLiteral("Mine"));
        REQUIRE_OK(wl);
        REQUIRE_OK(WatchlistRepository(*m_db).addSymbol(*wl, QStringLiteral("FREE")));
        auto pid = PortfolioRepository(*m_db).create(portfolio(QStringLiteral("P")));
        REQUIRE_OK(pid);
        tx.portfolioId = *pid;
        tx.type = QStringLiteral("buy");
        tx.instrumentId = held;
        tx.quantity = Decimal::fromInt(1);
        REQUIRE_OK(PortfolioRepository(*m_db).addTransaction(tx));
        auto blocked = InstrumentRepository(*m_db).remove(QStringLiteral("HELD"));
        QVERIFY(!blocked.ok());
        QCOMPARE(blocked.error().code, ErrorCode::Conflict);
        QCOMPARE(BarRepository(*m_db).coverage(held, QStringLiteral("1d"))->count, qint64(4));

        REQUIRE_OK(InstrumentRepository(*m_db).remove(QStringLiteral("FREE")));
        QCOMPARE(BarRepository(*m_db).coverage(free, QStringLiteral("1d"))->count, qint64(0));
        QVERIFY(WatchlistRepository(*m_db).find(*wl)->symbols.isEmpty());

        // CHECK: a buy must name its instrument.
        tx.instrumentId.reset();
        QCOMPARE(PortfolioRepository(*m_db).addTransaction(tx).error().code, ErrorCode::Conflict);
    }

    void decimalsRoundTripExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("one micro") << "0.000001";
        QTest::newRow("nine billion and change") << "9000000000.123456";
        QTest::newRow("negative micro") << "-0.000001";
        QTest::newRow("near int64 max") << "9223372036854.775807";
        QTest::newRow("near int64 min") << "-9223372036854.775808";
        QTest::newRow("a price") << "187.740005";
    }
    void decimalsRoundTripExactly()
    {
        QFETCH(QString, text);
        const Decimal value = *Decimal::parse(text.toStdString());
        auto pid = PortfolioRepository(*m_db).create(portfolio(QStringLiteral("Exact")));
        REQUIRE_OK(pid);
        PortfolioTransaction tx;
        tx.portfolioId = *pid;
        tx.time = day(2024, 2, 29);
        tx.type = QStringLiteral("interest");
        tx.quantity = value;
        tx.price = value;
        tx.amount = value;
        tx.tax = value;
        REQUIRE_OK(PortfolioRepository(*m_db).addTransaction(tx));
        auto back = PortfolioRepository(*m_db).transactions(*pid);
        REQUIRE_OK(back);
        QCOMPARE(back->size(), std::size_t(1));
        QCOMPARE(back->at(0).amount.raw(), value.raw());
        QCOMPARE(back->at(0).quantity.raw(), value.raw());
        QCOMPARE(back->at(0).tax.raw(), value.raw());
        QCOMPARE(QString::fromStdString(back->at(0).price.toString()), text);
    }

    void portfolios()
    {
        PortfolioRepository repo(*m_db);
        Portfolio p = portfolio(QStringLiteral("Retirement"));
        p.baseCurrency = QStringLiteral("EUR");
        p.createdAt = day(1965, 6, 1);
        p.note = QStringLiteral("long term");
        auto id = repo.create(p);
        REQUIRE_OK(id);
        QCOMPARE(repo.create(p).error().code, ErrorCode::AlreadyExists);
        auto found = repo.find(*id);
        REQUIRE_OK(found);
        QCOMPARE(found->baseCurrency, QStringLiteral("EUR"));
        QCOMPARE(found->createdAt, day(1965, 6, 1));
        QCOMPARE(found->note, QStringLiteral("long term"));

        found->name = QStringLiteral("Pension");
        REQUIRE_OK(repo.update(*found));
        QCOMPARE(repo.findByName(QStringLiteral("Pension"))->id, *id);
        QCOMPARE(repo.findByName(QStringLiteral("Retirement")).error().code, ErrorCode::NotFound);
        REQUIRE_OK(repo.create(portfolio(QStringLiteral("Alpha"))));
        auto all = repo.list();
        REQUIRE_OK(all);
        QCOMPARE(all->size(), std::size_t(2));
        QCOMPARE(all->at(0).name, QStringLiteral("Alpha"));

        const qint64 aapl = addInstrument(QStringLiteral("AAPL"));
        PortfolioTransaction buy;
        buy.portfolioId = *id;
        buy.time = day(2020, 3, 23);
        buy.type = QStringLiteral("buy");
        buy.instrumentId = aapl;
        buy.quantity = *Decimal::parse("10");
        buy.price = *Decimal::parse("224.37");
        buy.amount = *Decimal::parse("-2243.7");
        buy.fee = *Decimal::parse("1.5");
        auto txId = repo.addTransaction(buy);
        REQUIRE_OK(txId);
        PortfolioTransaction dep;
        dep.portfolioId = *id;
        dep.time = day(2020, 3, 1);
        dep.type = QStringLiteral("deposit");
        dep.amount = *Decimal::parse("5000");
        dep.currency = QStringLiteral("EUR");
        REQUIRE_OK(repo.addTransaction(dep));

        auto list = repo.transactions(*id);
        REQUIRE_OK(list);
        QCOMPARE(list->size(), std::size_t(2));
        QCOMPARE(list->at(0).type, QStringLiteral("deposit")); // time order
        QVERIFY(!list->at(0).instrumentId.has_value());
        QCOMPARE(list->at(1).instrumentId.value(), aapl);
        QCOMPARE(list->at(1).fee, *Decimal::parse("1.5"));

        buy.id = *txId;
        buy.note = QStringLiteral("corrected price");
        buy.price = *Decimal::parse("224.38");
        REQUIRE_OK(repo.updateTransaction(buy));
        list = repo.transactions(*id);
        QCOMPARE(list->at(1).price, *Decimal::parse("224.38"));
        QCOMPARE(list->at(1).note, QStringLiteral("corrected price"));

        PortfolioTransaction badType = dep;
        badType.type = QStringLiteral("gift");
        QCOMPARE(repo.addTransaction(badType).error().code, ErrorCode::InvalidArgument);

        REQUIRE_OK(repo.removeTransaction(*txId));
        QCOMPARE(repo.removeTransaction(*txId).error().code, ErrorCode::NotFound);
        QCOMPARE(repo.transactions(*id)->size(), std::size_t(1));

        REQUIRE_OK(repo.remove(*id));
        QCOMPARE(repo.find(*id).error().code, ErrorCode::NotFound);
        QCOMPARE(countRows(*m_db, QStringLiteral("transactions")), qint64(0)); // cascaded
    }

    void bulkTransactionsAreAllOrNothing()
    {
        PortfolioRepository repo(*m_db);
        auto pid = repo.create(portfolio(QStringLiteral("Bulk")));
        REQUIRE_OK(pid);
        std::vector<PortfolioTransaction> txs(200);
        for (std::size_t i = 0; i < txs.size(); ++i) {
            txs[i].portfolioId = *pid;
            txs[i].time = day(2021, 1, 1) + static_cast<qint64>(i) * kMsPerDay;
            txs[i].type = QStringLiteral("deposit");
            txs[i].amount = Decimal::fromInt(static_cast<std::int64_t>(i) + 1);
        }
        txs[150].instrumentId = 99999; // no such instrument
        auto r = repo.addTransactions(txs);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Conflict);
        QVERIFY(QString::fromStdString(r.error().toString()).contains(QLatin1String("transaction 150")));
        QCOMPARE(repo.transactions(*pid)->size(), std::size_t(0));

        txs[150].instrumentId.reset();
        auto ids = repo.addTransactions(txs);
        REQUIRE_OK(ids);
        QCOMPARE(ids->size(), std::size_t(200));
        auto back = repo.transactions(*pid);
        QCOMPARE(back->size(), std::size_t(200));
        Decimal sum;
        for (const auto &t : *back)
            sum += t.amount;
        QCOMPARE(sum, Decimal::fromInt(200 * 201 / 2));
    }

    void watchlists()
    {
        WatchlistRepository repo(*m_db);
        for (const char *s : {"AAPL", "MSFT", "SPY"})
            addInstrument(QLatin1String(s));
        auto id = repo.create(QStringLiteral("Tech"));
        REQUIRE_OK(id);
        QCOMPARE(repo.create(QStringLiteral("Tech")).error().code, ErrorCode::AlreadyExists);
        REQUIRE_OK(repo.addSymbol(*id, QStringLiteral("MSFT")));
        REQUIRE_OK(repo.addSymbol(*id, QStringLiteral("AAPL")));
        REQUIRE_OK(repo.addSymbol(*id, QStringLiteral("SPY")));
        QCOMPARE(repo.addSymbol(*id, QStringLiteral("AAPL")).error().code, ErrorCode::AlreadyExists);
        QCOMPARE(repo.addSymbol(*id, QStringLiteral("NOPE")).error().code, ErrorCode::NotFound);
        QCOMPARE(repo.addSymbol(777, QStringLiteral("AAPL")).error().code, ErrorCode::NotFound);
        QCOMPARE(repo.find(*id)->symbols,
                 (QStringList{QStringLiteral("MSFT"), QStringLiteral("AAPL"), QStringLiteral("SPY")}));

        const QStringList order{QStringLiteral("SPY"), QStringLiteral("MSFT"), QStringLiteral("AAPL")};
        REQUIRE_OK(repo.reorder(*id, order));
        QCOMPARE(repo.find(*id)->symbols, order);
        QCOMPARE(repo.reorder(*id, {QStringLiteral("SPY"), QStringLiteral("MSFT")}).error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(repo.find(*id)->symbols, order);

        REQUIRE_OK(repo.removeSymbol(*id, QStringLiteral("MSFT")));
        QCOMPARE(repo.removeSymbol(*id, QStringLiteral("MSFT")).error().code, ErrorCode::NotFound);
        REQUIRE_OK(repo.addSymbol(*id, QStringLiteral("MSFT")));
        QCOMPARE(repo.find(*id)->symbols,
                 (QStringList{QStringLiteral("SPY"), QStringLiteral("AAPL"), QStringLiteral("MSFT")}));

        REQUIRE_OK(repo.rename(*id, QStringLiteral("Big Tech")));
        REQUIRE_OK(repo.create(QStringLiteral("Alpha")));
        auto all = repo.list();
        REQUIRE_OK(all);
        QCOMPARE(all->size(), std::size_t(2));
        QCOMPARE(all->at(1).name, QStringLiteral("Big Tech"));
        QCOMPARE(all->at(1).symbols.size(), 3);

        REQUIRE_OK(repo.remove(*id));
        QCOMPARE(repo.find(*id).error().code, ErrorCode::NotFound);
        QCOMPARE(countRows(*m_db, QStringLiteral("watchlist_members")), qint64(0));
        QCOMPARE(repo.rename(*id, QStringLiteral("x")).error().code, ErrorCode::NotFound);
    }

    void settings()
    {
        SettingsRepository repo(*m_db);
        QCOMPARE(repo.get(QStringLiteral("theme")).error().code, ErrorCode::NotFound);
        REQUIRE_OK(repo.set(QStringLiteral("theme"), QStringLiteral("dark")));
        REQUIRE_OK(repo.set(QStringLiteral("theme"), QStringLiteral("light")));
        REQUIRE_OK(
            repo.set(QStringLiteral("advisor.persona"), QString::fromUtf8("prudent \u00e9\u00e8 \u20ac")));
        QCOMPARE(*repo.get(QStringLiteral("theme")), QStringLiteral("light"));
        QCOMPARE(*repo.get(QStringLiteral("advisor.persona")),
                 QString::fromUtf8("prudent \u00e9\u00e8 \u20ac"));
        QCOMPARE(*repo.keys(), (QStringList{QStringLiteral("advisor.persona"), QStringLiteral("theme")}));
        REQUIRE_OK(repo.remove(QStringLiteral("theme")));
        QCOMPARE(repo.remove(QStringLiteral("theme")).error().code, ErrorCode::NotFound);
        QCOMPARE(repo.set(QString(), QStringLiteral("x")).error().code, ErrorCode::InvalidArgument);
    }

    void backtestRuns()
    {
        BacktestRunRepository repo(*m_db);
        BacktestRun run;
        run.name = QStringLiteral("SMA 50/200 on AAPL");
        run.strategy = QStringLiteral("sma_cross");
        run.createdAt = day(2024, 1, 2);
        run.params = QStringLiteral(R"({"fast":50,"slow":200})");
        run.inputs = QStringLiteral(R"({"symbols":["AAPL"]})");
        run.results = QStringLiteral(R"({"cagr":0.1234,"trades":17})");
        auto id = repo.save(run);
        REQUIRE_OK(id);
        run.name = QStringLiteral("later");
        run.createdAt = day(2024, 1, 3);
        auto id2 = repo.save(run);
        REQUIRE_OK(id2);

        auto all = repo.list();
        REQUIRE_OK(all);
        QCOMPARE(all->size(), std::size_t(2));
        QCOMPARE(all->at(0).id, *id2); // newest first
        QVERIFY(all->at(0).results.isEmpty());

        auto full = repo.load(*id);
        REQUIRE_OK(full);
        QCOMPARE(full->name, QStringLiteral("SMA 50/200 on AAPL"));
        QCOMPARE(full->results, QStringLiteral(R"({"cagr":0.1234,"trades":17})"));
        QCOMPARE(full->createdAt, day(2024, 1, 2));

        REQUIRE_OK(repo.rename(*id, QStringLiteral("renamed")));
        QCOMPARE(repo.load(*id)->name, QStringLiteral("renamed"));
        run.results = QStringLiteral("{not json");
        auto bad = repo.save(run);
        QVERIFY(!bad.ok());
        QVERIFY(QString::fromStdString(bad.error().toString()).contains(QLatin1String("results")));
        REQUIRE_OK(repo.remove(*id));
        QCOMPARE(repo.load(*id).error().code, ErrorCode::NotFound);
        QCOMPARE(repo.remove(*id).error().code, ErrorCode::NotFound);
    }

    // A worker thread gets its own connection, sees the same data, and its
    // connection is removed when the thread ends.
    void workerThreadHasItsOwnConnection()
    {
        const qint64 id = addInstrument(QStringLiteral("THRD"));
        const QString mainName = m_db->connection()->connectionName();
        QString workerName;
        QString workerError;
        qint64 seenByWorker = -1;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            auto conn = m_db->connection();
            if (!conn) {
                workerError = QString::fromStdString(conn.error().toString());
                return;
            }
            workerName = conn->connectionName();
            auto stored = BarRepository(*m_db).store(id, synthetic(day(2022, 1, 1), kMsPerDay, 250, 20.0));
            if (!stored) {
                workerError = QString::fromStdString(stored.error().toString());
                return;
            }
            seenByWorker = BarRepository(*m_db).coverage(id, QStringLiteral("1d")).valueOr({}).count;
        }));
        worker->start();
        QVERIFY(worker->wait(60000));
        QVERIFY2(workerError.isEmpty(), qPrintable(workerError));
        QCOMPARE(seenByWorker, qint64(250));
        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mainName);
        QVERIFY(!QSqlDatabase::connectionNames().contains(workerName));
        QVERIFY(QSqlDatabase::connectionNames().contains(mainName));
        QCOMPARE(BarRepository(*m_db).coverage(id, QStringLiteral("1d"))->count, qint64(250));
    }

    void openErrorsAndPasswordMasking()
    {
        auto bad = Database::open(QStringLiteral("postgresql://u:hunter22@127.0.0.1:99999/db"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!QString::fromStdString(bad.error().toString()).contains(QLatin1String("hunter22")));

        // Nothing listens on port 1: the error names the server, not the password.
        auto down = Database::open(QStringLiteral("postgresql://u:hunter22@127.0.0.1:1/db"));
        QVERIFY(!down.ok());
        QCOMPARE(down.error().code, ErrorCode::Unavailable);
        const QString downText = QString::fromStdString(down.error().toString());
        QVERIFY2(downText.contains(QLatin1String("postgresql://u:****@127.0.0.1:1/db")),
                 qPrintable(downText));
        QVERIFY2(!downText.contains(QLatin1String("hunter22")), qPrintable(downText));

        if (m_postgres) {
            // The fixture trusts local connections, so a password is accepted
            // and must still never show.
            QString url = test::postgresUrl();
            url.replace(QLatin1String("postgres@"), QLatin1String("postgres:Sup3r-Secret@"));
            auto db = Database::open(url);
            REQUIRE_OK(db);
            QVERIFY(!(*db)->displayUrl().contains(QLatin1String("Sup3r-Secret")));
            QVERIFY((*db)->displayUrl().contains(QLatin1String("postgres:****@127.0.0.1")));
            QCOMPARE((*db)->engine(), Database::Engine::PostgreSql);
        } else {
            auto nowhere = Database::open(QStringLiteral("sqlite:///proc/no-such-dir/x.sqlite"));
            QVERIFY(!nowhere.ok());
            QVERIFY(QString::fromStdString(nowhere.error().toString())
                        .contains(QLatin1String("/proc/no-such-dir")));
            QCOMPARE(m_db->engine(), Database::Engine::Sqlite);
            QCOMPARE(m_db->displayUrl(),
                     QStringLiteral("sqlite://") + m_dir->path() + QStringLiteral("/test.sqlite"));

            auto mem = Database::open(QStringLiteral("sqlite::memory:"));
            REQUIRE_OK(mem);
            REQUIRE_OK((*mem)->migrate());
            REQUIRE_OK(SettingsRepository(**mem).set(QStringLiteral("k"), QStringLiteral("v")));
            QCOMPARE(*SettingsRepository(**mem).get(QStringLiteral("k")), QStringLiteral("v"));
            // WAL and foreign keys are on for file databases.
            QSqlQuery q(*m_db->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        }
    }

    void defaultUrlIsSqliteInAppData()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString url = Database::defaultUrl();
        QVERIFY(url.startsWith(QLatin1String("sqlite:///")));
        QVERIFY(url.endsWith(QLatin1String("/supernova.sqlite")));
        auto parsed = DatabaseUrl::parse(url);
        REQUIRE_OK(parsed);
        QVERIFY(QFileInfo(QFileInfo(parsed->path()).absolutePath()).isDir());
    }

private:
    Result<std::unique_ptr<Database>> openFresh(bool migrate = true, QTemporaryDir *dir = nullptr)
    {
        QString url;
        if (m_postgres) {
            url = test::postgresUrl();
        } else {
            if (!dir) {
                m_dir = std::make_unique<QTemporaryDir>();
                dir = m_dir.get();
            }
            url = QStringLiteral("sqlite://") + dir->path() + QStringLiteral("/test.sqlite");
        }
        auto db = Database::open(url);
        if (!db)
            return db;
        if (m_postgres) {
            // Each test starts from an empty schema on the shared server.
            QSqlQuery q(*(*db)->connection());
            if (!q.exec(QStringLiteral("DROP SCHEMA public CASCADE")) ||
                !q.exec(QStringLiteral("CREATE SCHEMA public")))
                return makeError(ErrorCode::DatabaseError, "cannot reset the test schema");
        }
        if (migrate) {
            auto m = (*db)->migrate();
            if (!m)
                return m.error();
        }
        return db;
    }

    qint64 addInstrument(const QString &symbol)
    {
        Instrument i;
        i.symbol = symbol;
        auto id = InstrumentRepository(*m_db).upsert(i);
        return id.ok() ? *id : -1;
    }

    static Portfolio portfolio(const QString &name)
    {
        Portfolio p;
        p.name = name;
        return p;
    }

    bool m_postgres = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_APPLESS_MAIN(TestStorage)
#include "tst_storage.moc"
