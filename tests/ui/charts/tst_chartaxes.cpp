#include "core/common/Time.h"
#include "ui/charts/AxisTicks.h"
#include "ui/charts/ChartPane.h"
#include "ui/charts/PriceChartView.h"

#include <QSet>
#include <QTest>
#include <cmath>

using namespace sn;
using namespace sn::ui;
using namespace sn::ui::axis;

// Issue 17's axes: time ticks on calendar boundaries (no skipped year, no
// repeated month, no 1970 on an empty chart), price ticks on 1-2-5 steps, a
// log scale with more than one tick, a volume axis in K/M/B. The tick
// functions are checked directly and through a shown chart.
class TestChartAxes : public QObject
{
    Q_OBJECT
private:
    const QLocale c{QLocale::c()};

    static TimestampMs day(int y, int m, int d) { return toTimestamp({y, m, d}); }

    static BarSeries daily(TimestampMs from, int n, double start, double growth)
    {
        BarSeries s;
        s.symbol = "SYN";
        double price = start;
        for (int i = 0; i < n; ++i) {
            const double next = price * growth;
            s.append(from + i * kMsPerDay, price, std::max(price, next) * 1.01, std::min(price, next) * 0.99,
                     next, 1e6 + 1e6 * (i % 7));
            price = next;
        }
        return s;
    }

    static bool isNiceStep(double step)
    {
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
        for (double m : {1.0, 2.0, 5.0})
            if (std::abs(mantissa - m) < 1e-9)
                return true;
        return false;
    }

private Q_SLOTS:
    void yearsAreEvenlySpacedWithoutGaps()
    {
        // 2010-2020 fits one tick a year: every year is there, 2016 included.
        auto ticks = timeTicks(day(2009, 11, 3), day(2020, 12, 30), 12, c);
        QCOMPARE(int(ticks.size()), 11);
        for (int i = 0; i < int(ticks.size()); ++i) {
            QCOMPARE(ticks[std::size_t(i)].label, QString::number(2010 + i));
            QCOMPARE(TimestampMs(ticks[std::size_t(i)].value), day(2010 + i, 1, 1));
        }
        // Thirty years in six ticks: every fifth year, on multiples of five.
        ticks = timeTicks(day(1993, 5, 1), day(2024, 6, 30), 7, c);
        QVERIFY(ticks.size() >= 2);
        QCOMPARE(ticks.front().label, QStringLiteral("1995"));
        for (std::size_t i = 1; i < ticks.size(); ++i)
            QCOMPARE(ticks[i].label.toInt() - ticks[i - 1].label.toInt(), 5);
    }

    void monthsAreNamedOnce()
    {
        auto ticks = timeTicks(day(2000, 1, 15), day(2001, 3, 10), 14, c);
        QSet<QString> labels;
        for (const auto &t : ticks) {
            QVERIFY2(!labels.contains(t.label), qPrintable(t.label));
            labels.insert(t.label);
            QCOMPARE(toCivil(TimestampMs(t.value)).day, 1);
        }
        QVERIFY(labels.contains(QStringLiteral("Apr 2000")));
        QVERIFY(labels.contains(QStringLiteral("Jan 2001")));
        // Every third month from January when fewer ticks fit.
        ticks = timeTicks(day(2000, 1, 15), day(2001, 12, 10), 8, c);
        for (const auto &t : ticks)
            QCOMPARE((toCivil(TimestampMs(t.value)).month - 1) % 3, 0);
    }

    void daysAndHours()
    {
        auto ticks = timeTicks(day(2024, 3, 1), day(2024, 3, 8), 10, c);
        QCOMPARE(int(ticks.size()), 8);
        QCOMPARE(ticks.front().label, QStringLiteral("1 Mar"));
        ticks = timeTicks(day(2024, 3, 1) + 9 * 3'600'000, day(2024, 3, 1) + 17 * 3'600'000, 9, c);
        QCOMPARE(ticks.front().label, QStringLiteral("09:00"));
        QCOMPARE(ticks.back().label, QStringLiteral("17:00"));
    }

    void emptyRangeHasNoTicks()
    {
        QVERIFY(timeTicks(0, 0, 10, c).empty());
        QVERIFY(linearTicks(5, 5, 10, c).empty());
        QVERIFY(logTicks(0, 10, 10, c).empty());
    }

    void priceTicksAreRound()
    {
        for (auto [lo, hi] : {std::pair{101.3, 187.9}, std::pair{0.0123, 0.0456}, std::pair{-3.2, 7.7},
                              std::pair{17250.0, 17730.0}}) {
            const auto ticks = linearTicks(lo, hi, 8, c);
            QVERIFY(ticks.size() >= 3 && ticks.size() <= 9);
            const double step = ticks[1].value - ticks[0].value;
            QVERIFY2(isNiceStep(step), qPrintable(QString::number(step)));
            for (const auto &t : ticks) {
                QVERIFY(t.value >= lo && t.value <= hi);
                QVERIFY(std::abs(std::round(t.value / step) - t.value / step) < 1e-6);
            }
        }
        const auto ticks = linearTicks(101.3, 187.9, 8, c);
        QCOMPARE(ticks.front().label, QStringLiteral("120")); // a step of 20: 8 ticks of 10 would not fit
        QCOMPARE(linearTicks(0.0123, 0.0456, 4, c).front().label, QStringLiteral("0.02"));
        QCOMPARE(linearTicks(0.0123, 0.0456, 8, c).front().label, QStringLiteral("0.015"));
        QCOMPARE(linearTicks(-3.2, 7.7, 6, c).at(1).label, QStringLiteral("0"));
    }

    void logScaleHasSeveralTicks()
    {
        auto ticks = logTicks(0.2, 190, 10, c); // AAPL's whole history: decades
        QCOMPARE(int(ticks.size()), 3);
        QCOMPARE(ticks[0].label, QStringLiteral("1"));
        QCOMPARE(ticks[2].label, QStringLiteral("100"));
        ticks = logTicks(20, 190, 10, c); // within a decade: 1-2-5
        QCOMPARE(int(ticks.size()), 3);
        QCOMPARE(ticks[0].label, QStringLiteral("20"));
        QCOMPARE(ticks[1].label, QStringLiteral("50"));
        ticks = logTicks(55, 190, 18, c); // about a decade: round values, spaced for the top of the axis
        QVERIFY(ticks.size() >= 4);
        QCOMPARE(ticks.front().label, QStringLiteral("60"));
        QVERIFY(ticks.back().value >= 160);
        QVERIFY(logTicks(120, 190, 10, c).size() >= 2);
        QVERIFY(logTicks(1e-3, 1e9, 6, c).size() <= 6); // many decades: thinned
    }

    void volumeIsInThousandsMillionsBillions()
    {
        auto ticks = volumeTicks(0, 2.6e7, 3, c);
        QCOMPARE(ticks[0].label, QStringLiteral("0"));
        QCOMPARE(ticks[1].label, QStringLiteral("10M"));
        ticks = volumeTicks(0, 1600, 4, c);
        QCOMPARE(ticks[1].label, QStringLiteral("0.5K"));
        QCOMPARE(ticks[3].label, QStringLiteral("1.5K"));
        ticks = volumeTicks(0, 3.2e9, 2, c);
        QCOMPARE(ticks[1].label, QStringLiteral("2B"));
        QCOMPARE(volumeTicks(0, 40, 4, c)[1].label, QStringLiteral("10"));
    }

    void anEmptyChartSaysSo()
    {
        PriceChartView view(nullptr, nullptr);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.pricePane()->emptyText().isEmpty());
        for (ChartPane *pane : view.panes()) {
            QVERIFY(pane->xTicks().empty());
            QVERIFY(pane->yTicks().empty());
        }
        view.setBars(daily(day(2020, 1, 1), 300, 50, 1.001));
        QVERIFY(view.pricePane()->emptyText().isEmpty());
        view.setBars({});
        QVERIFY(!view.pricePane()->emptyText().isEmpty());
        QVERIFY(view.pricePane()->xTicks().empty());
    }

    void shownChartUsesTheTicks()
    {
        PriceChartView view(nullptr, nullptr);
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // 1990-2023, daily, 0.5 to about 300: years, decades on the log scale.
        view.setBars(daily(day(1990, 1, 1), 12'400, 0.5, 1.0005));
        QTest::qWait(20);
        ChartPane *price = view.pricePane();
        const auto &years = price->xTicks();
        QVERIFY(years.size() >= 3);
        const int step = years[1].label.toInt() - years[0].label.toInt();
        for (std::size_t i = 1; i < years.size(); ++i)
            QCOMPARE(years[i].label.toInt() - years[i - 1].label.toInt(), step);
        QVERIFY(!price->yTicks().empty());
        view.setLogScale(true);
        QVERIFY2(price->yTicks().size() >= 2, qPrintable(QString::number(price->yTicks().size())));
        for (const auto &t : price->yTicks())
            QVERIFY(std::abs(std::log10(t.value) - std::round(std::log10(t.value))) < 1e-9);
        ChartPane *volume = view.panes().at(1);
        QVERIFY(volume->yTicks().size() >= 2);
        QVERIFY2(volume->yTicks().back().label.endsWith(QLatin1Char('M')),
                 qPrintable(volume->yTicks().back().label));
        for (ChartPane *pane : view.panes())
            for (const auto &t : pane->xTicks())
                QVERIFY(!t.label.contains(QStringLiteral("1970")));
        // Three months visible: month ticks, each named once.
        view.setVisibleRange(day(2010, 2, 10), day(2010, 5, 20));
        QSet<QString> seen;
        for (const auto &t : view.panes().back()->xTicks()) {
            QVERIFY2(!seen.contains(t.label), qPrintable(t.label));
            seen.insert(t.label);
        }
        QVERIFY(seen.size() >= 3);
    }
};

QTEST_MAIN(TestChartAxes)
#include "tst_chartaxes.moc"
