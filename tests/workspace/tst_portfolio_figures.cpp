// The dashboard's figures, now in core/workspace: value change net of flows,
// time-weighted return between days, year to date from the last day of the
// previous year, a series' last change and the largest movers.
#include "core/common/Time.h"
#include "core/workspace/PortfolioFigures.h"

#include <QTest>

using namespace sn;

namespace {

TimestampMs day(const char *iso)
{
    return *parseTimestamp(iso, DateFormat::Iso);
}

// Four valued days across a year end; a deposit of 100 on the last day.
ValuationSeries series()
{
    ValuationSeries v;
    v.days = {day("2023-12-28"), day("2023-12-29"), day("2024-01-02"), day("2024-01-03")};
    v.value = {1000.0, 1010.0, 1050.0, 1160.0};
    v.inflow = {0.0, 0.0, 0.0, 100.0};
    v.outflow = {0.0, 0.0, 0.0, 0.0};
    v.cumulativeReturn = {0.0, 0.01, 0.05, 0.06};
    return v;
}

} // namespace

class TestPortfolioFigures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dayChangeIsNetOfTheDaysFlows()
    {
        const ValueChanges c = valueChanges(series());
        QVERIFY(c.day.value && c.day.twr);
        QCOMPARE(*c.day.value, 10.0); // 1160 - 1050 - 100 deposited
        QVERIFY(qAbs(*c.day.twr - (1.06 / 1.05 - 1.0)) < 1e-12);
    }

    void yearToDateStartsOnTheLastDayOfThePreviousYear()
    {
        const ValueChanges c = valueChanges(series());
        QVERIFY(c.yearToDate.value);
        QCOMPARE(*c.yearToDate.value, 1160.0 - 1010.0 - 100.0);
        QVERIFY(qAbs(*c.yearToDate.twr - (1.06 / 1.01 - 1.0)) < 1e-12);
        QCOMPARE(*c.sinceStart.value, 1160.0 - 1000.0 - 100.0);
    }

    void tooShortOrOutOfRangeGivesNothing()
    {
        ValuationSeries one;
        one.days = {day("2024-01-02")};
        one.value = {5.0};
        one.inflow = one.outflow = {0.0};
        one.cumulativeReturn = {0.0};
        const ValueChanges c = valueChanges(one);
        QVERIFY(!c.day.value && !c.yearToDate.value && !c.sinceStart.value);
        QVERIFY(!changeBetween(series(), 2, 2).value);
        QVERIFY(!changeBetween(series(), 3, 2).value);
        QVERIFY(!changeBetween(series(), 0, 4).value);
    }

    void lastChangeOfABarSeries()
    {
        BarSeries bars;
        bars.time = {day("2024-01-02"), day("2024-01-03")};
        bars.open = bars.high = bars.low = {0.0, 0.0};
        bars.close = {200.0, 210.0};
        bars.volume = {0.0, 0.0};
        QVERIFY(lastChange(bars));
        QVERIFY(qAbs(*lastChange(bars) - 0.05) < 1e-12);
        bars.close = {0.0, 210.0};
        QVERIFY(!lastChange(bars)); // no meaningful change from a zero close
        BarSeries single;
        single.time = {day("2024-01-02")};
        single.close = {1.0};
        QVERIFY(!lastChange(single));
    }

    void moversAreTheLargestAbsoluteChangesFirst()
    {
        const std::vector<std::optional<double>> changes{0.01, std::nullopt, -0.07, 0.03, -0.03, 0.002};
        const auto top = largestMoves(changes, 3);
        QCOMPARE(top, (std::vector<std::size_t>{2, 3, 4})); // -7 %, then the equal 3 % moves in input order
        QCOMPARE(largestMoves(changes, 10).size(), std::size_t(5)); // the absent change is skipped
        QVERIFY(largestMoves({}, 5).empty());
    }
};

QTEST_APPLESS_MAIN(TestPortfolioFigures)
#include "tst_portfolio_figures.moc"
