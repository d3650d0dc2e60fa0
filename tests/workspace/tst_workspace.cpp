#include "core/storage/BarRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/PortfolioRepository.h"
#include "core/storage/WatchlistRepository.h"
#include "core/workspace/BarImporter.h"
#include "core/workspace/MarketData.h"
#include "core/workspace/SampleData.h"
#include "tests/testutils/TestPaths.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;

class TestWorkspace : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;

    std::unique_ptr<Database> freshDb()
    {
        auto db = Database::open(QStringLiteral("sqlite://") +
                                 m_dir.filePath(QStringLiteral("ws%1.sqlite").arg(++m_counter)));
        if (!db || !db.value()->migrate())
            return nullptr;
        return std::move(db).value();
    }

    // The close column of a Yahoo file for one date, read straight from the text.
    static QString closeInFile(const QString &file, const QString &date)
    {
        QFile f(test::sampleDataFile(file));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            if (line.startsWith(date + QLatin1Char(',')))
                return line.section(QLatin1Char(','), 4, 4);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sampleDataLoadsEverythingOnceAndIsIdempotent()
    {
        auto db = freshDb();
        QVERIFY(db);
        SampleData sample(*db);
        QCOMPARE(sample.isLoaded().valueOr(true), false);
        auto loaded = sample.load();
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().toString().c_str());
        QCOMPARE(sample.isLoaded().valueOr(false), true);

        auto summaries = MarketData(*db).summaries();
        QVERIFY(summaries.ok());
        qint64 totalBars = 0;
        for (const auto &s : summaries.value())
            totalBars += s.bars;
        // 1,260 AAPL daily + 5,105 S&P 500 daily + 560 monthly rows (123 x 4 + 68 GOOG): the files have
        // no final newline, so they hold one row more than ../shared/data/README.md counts for two of them.
        QCOMPARE(totalBars, qint64(1260 + 5105 + 560));

        QVERIFY(sample.load().ok()); // again: nothing duplicated
        auto again = MarketData(*db).summaries();
        qint64 totalAgain = 0;
        for (const auto &s : again.value())
            totalAgain += s.bars;
        QCOMPARE(totalAgain, totalBars);
        auto portfolios = PortfolioRepository(*db).list();
        QCOMPARE(portfolios->size(), std::size_t(1));
        auto watchlists = WatchlistRepository(*db).list();
        QCOMPARE(watchlists->size(), std::size_t(1));
        QCOMPARE(watchlists->front().symbols.size(), 6);
    }

    void samplePortfolioTradesAtTheStoredCloses()
    {
        auto db = freshDb();
        QVERIFY(db && SampleData(*db).load().ok());
        PortfolioRepository portfolios(*db);
        auto p = portfolios.findByName(QString::fromLatin1(SampleData::kPortfolioName));
        QVERIFY(p.ok());
        auto txs = portfolios.transactions(p->id);
        QVERIFY(txs.ok());
        QCOMPARE(txs->size(), std::size_t(8));
        auto aapl = InstrumentRepository(*db).find(QStringLiteral("AAPL"));
        int checked = 0;
        for (const PortfolioTransaction &tx : txs.value()) {
            if (tx.instrumentId != aapl->id)
                continue;
            const QString date = QString::fromStdString(formatDate(tx.time));
            // The price is the file's close for that day, exactly (six decimals in the file).
            QCOMPARE(QString::fromStdString(tx.price.toString(6)),
                     closeInFile(QStringLiteral("aapl_yahoo_2013_2018.csv"), date));
            QCOMPARE(tx.amount, tx.quantity * tx.price);
            ++checked;
        }
        QCOMPARE(checked, 3);
    }

    void removeDeletesOnlySampleData()
    {
        auto db = freshDb();
        QVERIFY(db && SampleData(*db).load().ok());
        // The user's own instrument survives removal.
        Instrument mine;
        mine.symbol = QStringLiteral("MINE");
        mine.name = QStringLiteral("My series");
        QVERIFY(InstrumentRepository(*db).upsert(mine).ok());
        auto removed = SampleData(*db).remove();
        QVERIFY2(removed.ok(), removed.ok() ? "" : removed.error().toString().c_str());
        auto list = InstrumentRepository(*db).list();
        QCOMPARE(list->size(), std::size_t(1));
        QCOMPARE(list->front().symbol, QStringLiteral("MINE"));
        QCOMPARE(SampleData(*db).isLoaded().valueOr(true), false);
        QVERIFY(PortfolioRepository(*db).list()->empty());
    }

    // The desktop seeds its embedded database on first start. A first start
    // killed after the database file was made but before the sample data's
    // transaction committed left an empty workspace for good, because only a
    // newly created file was seeded. Seeding is now decided by what the
    // database holds: never seeded and empty -> seed; once seeded (even if the
    // analyst removed the sample data since) or holding anything -> never.
    void firstLoadIsDecidedByWhatTheDatabaseHolds()
    {
        auto db = freshDb();
        QVERIFY(db);
        QCOMPARE(SampleData(*db).needsFirstLoad().valueOr(false), true);
        QVERIFY(SampleData(*db).load().ok());
        QCOMPARE(SampleData(*db).needsFirstLoad().valueOr(true), false);
        QVERIFY(SampleData(*db).remove().ok());
        QCOMPARE(SampleData(*db).needsFirstLoad().valueOr(true), false);

        auto own = freshDb();
        QVERIFY(own);
        Instrument mine;
        mine.symbol = QStringLiteral("MINE");
        mine.name = QStringLiteral("My series");
        QVERIFY(InstrumentRepository(*own).upsert(mine).ok());
        QCOMPARE(SampleData(*own).needsFirstLoad().valueOr(true), false);
    }

    void removeOnAnEmptyDatabaseIsANoOp()
    {
        auto db = freshDb();
        QVERIFY(db);
        auto removed = SampleData(*db).remove();
        QVERIFY2(removed.ok(), removed.ok() ? "" : removed.error().toString().c_str());
    }

    void resetUndoesEditsToTheSamplePortfolio()
    {
        auto db = freshDb();
        QVERIFY(db && SampleData(*db).load().ok());
        PortfolioRepository portfolios(*db);
        auto p = portfolios.findByName(QString::fromLatin1(SampleData::kPortfolioName));
        auto txs = portfolios.transactions(p->id);
        QVERIFY(portfolios.removeTransaction(txs->front().id).ok());
        QCOMPARE(portfolios.transactions(p->id)->size(), std::size_t(7));
        QVERIFY(SampleData(*db).load().ok()); // load keeps the user's edit
        QCOMPARE(portfolios.transactions(p->id)->size(), std::size_t(7));
        auto reset = SampleData(*db).reset();
        QVERIFY2(reset.ok(), reset.ok() ? "" : reset.error().toString().c_str());
        auto again = portfolios.findByName(QString::fromLatin1(SampleData::kPortfolioName));
        QCOMPARE(portfolios.transactions(again->id)->size(), std::size_t(8));
    }

    void cancelledImportLeavesNothing()
    {
        auto db = freshDb();
        QVERIFY(db);
        std::atomic<bool> cancel{false};
        CsvReadOptions options;
        int calls = 0;
        // The long-format file holds five symbols; cancel after the first is stored.
        auto report = BarImporter(*db).importFile(
            test::sampleDataFile(QStringLiteral("stocks_monthly_2000_2010.csv")), options, {},
            [&](double, const QString &stage) {
                if (stage.startsWith(QLatin1String("storing")) && ++calls == 2)
                    cancel = true;
            },
            &cancel);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::Cancelled);
        QVERIFY(InstrumentRepository(*db).list()->empty());
    }

    void rejectedFileLeavesNothingAndNamesEveryBadRow()
    {
        auto db = freshDb();
        QVERIFY(db);
        const QString path = m_dir.filePath(QStringLiteral("mixed.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "symbol,date,price\nAAA,2020-01-01,10\nBBB,2020-01-01,-3\nAAA,2020-01-02,11\nBBB,2020-01-02,x\n");
        f.close();
        auto report = BarImporter(*db).importFile(path, CsvReadOptions{});
        QVERIFY(!report.ok());
        const QString message = QString::fromStdString(report.error().toString());
        QVERIFY2(message.contains(QStringLiteral("mixed.csv:3")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("mixed.csv:5")), qPrintable(message));
        QVERIFY(InstrumentRepository(*db).list()->empty());
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
