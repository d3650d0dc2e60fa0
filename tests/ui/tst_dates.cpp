#include "core/common/Time.h"
#include "core/market/BarSeries.h"
#include "core/model/PortfolioTransaction.h"
#include "ui/backtest/TradeTableModel.h"
#include "ui/market/BarTableModel.h"
#include "ui/portfolio/TransactionTableModel.h"
#include "ui/shell/Formats.h"

#include <QLocale>
#include <QTest>

using namespace sn;
using namespace sn::ui;

// Issue 17: dates for people. Bar, trade and ledger dates read in the
// locale's short date style (through Formats::date); what is edited or copied
// stays ISO, as the CLI, --json and CSV exports write it.
class TestDates : public QObject
{
    Q_OBJECT
private:
    static TimestampMs day(int y, int m, int d) { return toTimestamp(CivilDate{y, m, d}); }

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void shortDatesWithTheYearInFull_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("1/5/2015");
        QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("05.01.2015");
    }

    void shortDatesWithTheYearInFull()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, expected);
        QLocale::setDefault(locale);
        QCOMPARE(Formats::date(day(2015, 1, 5)), expected);
        // Midnight UTC is the day the data names, in any time zone of the user.
        QCOMPARE(Formats::date(day(2015, 1, 5) + 23 * 3600 * 1000), expected);
        // Before 1970 too (long index histories).
        QVERIFY(Formats::date(day(1962, 1, 2)).contains(QStringLiteral("1962")));
        QVERIFY(Formats::shortDateFormat().contains(QStringLiteral("yyyy")));
    }

    void intradayBarsShowTheirTime()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const TimestampMs t = day(2024, 3, 1) + (14 * 60 + 30) * 60 * 1000;
        QCOMPARE(Formats::barTime(t, true), QStringLiteral("01.03.2024 14:30 UTC"));
        QCOMPARE(Formats::barTime(t, false), QStringLiteral("01.03.2024"));
    }

    void barTradeAndLedgerTablesUseTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates)
                            << QStringLiteral("3/23/2020");
        QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("23.03.2020");
    }

    void barTradeAndLedgerTablesUseTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, expected);
        QLocale::setDefault(locale);
        const TimestampMs t = day(2020, 3, 23);

        BarTableModel bars;
        BarSeries series;
        series.symbol = "AAPL";
        series.append(t, 1, 2, 0.5, 1.5, 100);
        bars.setSeries(series);
        QCOMPARE(bars.index(0, BarTableModel::Time).data().toString(), expected);

        TradeTableModel trades;
        TradeRow trade;
        trade.symbol = QStringLiteral("AAPL");
        trade.entryTime = day(2020, 1, 2);
        trade.exitTime = t;
        trades.setTrades({trade});
        QCOMPARE(trades.index(0, TradeTableModel::ExitTime).data().toString(), expected);
        QCOMPARE(trades.index(0, TradeTableModel::EntryTime).data().toString(),
                 Formats::date(day(2020, 1, 2)));

        TransactionTableModel ledger;
        PortfolioTransaction tx;
        tx.id = 1;
        tx.time = t;
        tx.type = QStringLiteral("deposit");
        ledger.setTransactions({tx});
        const QModelIndex date = ledger.index(0, TransactionTableModel::Date);
        QCOMPARE(date.data(Qt::DisplayRole).toString(), expected);
        // Edited (and copied) in the stored form, which the CLI reads back.
        QCOMPARE(date.data(Qt::EditRole).toString(), QStringLiteral("2020-03-23"));
        QCOMPARE(date.data(TransactionTableModel::SortRole).toLongLong(), t);
    }
};

QTEST_MAIN(TestDates)
#include "tst_dates.moc"
