// Bar intervals: inferred from the spacing of dates, checked against the
// stored interval before annualising, and the periods per year they give;
// the CSV reader applies the inference (and the file-level fixes of issue
// 17: dates with a time of day, repeated header names, denormal prices,
// CR-only line ends, thousands separators).
#include "core/market/BarSeries.h"
#include "core/market/CsvBarReader.h"
#include "core/market/Interval.h"
#include "tests/testutils/TestPaths.h"

#include <QTest>
#include <algorithm>
#include <cstdio>
#include <random>

using namespace sn;

namespace {

TimestampMs day(int y, int m, int d)
{
    return toTimestamp({y, m, d});
}

// Weekdays from 2020-01-01 with a few holidays left out.
std::vector<TimestampMs> tradingDays(std::size_t count)
{
    std::vector<TimestampMs> t;
    for (TimestampMs d = day(2020, 1, 1); t.size() < count; d += kMsPerDay) {
        const long long weekday = (d / kMsPerDay + 4) % 7; // 0 = Sunday
        if (weekday == 0 || weekday == 6)
            continue;
        if (t.size() % 37 == 36) { // a holiday now and then
            t.push_back(d + kMsPerDay);
            d += kMsPerDay;
            continue;
        }
        t.push_back(d);
    }
    return t;
}

std::vector<TimestampMs> monthly(int months, int fromYear = 2000)
{
    std::vector<TimestampMs> t;
    for (int k = 0; k < months; ++k)
        t.push_back(day(fromYear + k / 12, 1 + k % 12, 1));
    return t;
}

BarSeries seriesOf(const std::vector<TimestampMs> &times, std::string interval)
{
    BarSeries s;
    s.symbol.push_back('X'); // (operator= from a literal trips GCC 12's -Wrestrict here)
    s.interval = std::move(interval);
    for (TimestampMs t : times)
        s.append(t, 10, 10, 10, 10, 0);
    return s;
}

} // namespace

class TestInterval : public QObject
{
    Q_OBJECT
private slots:
    void medianGapIsTheMiddleOfTheSortedGaps()
    {
        // Against the plain definition (every positive gap, nth_element), on
        // series with few distinct gaps (counted) and with many (copied).
        auto reference = [](const std::vector<TimestampMs> &t) -> std::optional<TimestampMs> {
            std::vector<TimestampMs> gaps;
            for (std::size_t i = 1; i < t.size(); ++i)
                if (t[i] > t[i - 1])
                    gaps.push_back(t[i] - t[i - 1]);
            if (gaps.size() < 2)
                return std::nullopt;
            std::nth_element(gaps.begin(), gaps.begin() + std::ptrdiff_t(gaps.size() / 2), gaps.end());
            return gaps[gaps.size() / 2];
        };
        std::mt19937_64 rng(17);
        for (int distinct : {1, 2, 3, 7, 1023, 1024, 1025, 5000}) {
            for (int n : {0, 1, 2, 3, 4, 5, 100, 20001}) {
                std::uniform_int_distribution<int> pick(1, distinct);
                std::uniform_int_distribution<int> odd(0, 9);
                std::vector<TimestampMs> t;
                TimestampMs now = day(2024, 1, 1);
                for (int k = 0; k < n; ++k) {
                    // Mostly runs of one gap, as real series have; now and then a
                    // repeated or earlier time, which has no gap.
                    const int roll = odd(rng);
                    if (roll == 0 && !t.empty())
                        now = t.back();
                    else if (roll == 1 && !t.empty())
                        now = t.back() - 60'000;
                    else if (roll <= 4)
                        now += 60'000;
                    else
                        now += 60'000 * TimestampMs(pick(rng));
                    t.push_back(now);
                }
                QCOMPARE(medianGap(t), reference(t));
            }
        }
        std::vector<TimestampMs> minutes(1'000'000);
        for (std::size_t i = 0; i < minutes.size(); ++i)
            minutes[i] = day(2000, 1, 3) + TimestampMs(i) * 60'000;
        QCOMPARE(medianGap(minutes), std::optional<TimestampMs>(60'000));
    }

    void infersFromSpacing()
    {
        std::vector<TimestampMs> fiveMinutes;
        for (int k = 0; k < 500; ++k)
            fiveMinutes.push_back(day(2024, 3, 4) + (k / 78) * kMsPerDay + 9 * 3600000LL +
                                  (k % 78) * 300000LL);
        QCOMPARE(inferInterval(fiveMinutes)->code, std::string("5m"));
        std::vector<TimestampMs> hourly;
        for (int k = 0; k < 100; ++k)
            hourly.push_back(day(2024, 3, 4) + k * 3600000LL);
        QCOMPARE(inferInterval(hourly)->code, std::string("1h"));
        QCOMPARE(inferInterval(tradingDays(600))->code, std::string("1d"));
        std::vector<TimestampMs> weekly;
        for (int k = 0; k < 100; ++k)
            weekly.push_back(day(2020, 1, 6) + k * 7 * kMsPerDay);
        QCOMPARE(inferInterval(weekly)->code, std::string("1wk"));
        const auto m = inferInterval(monthly(123));
        QCOMPARE(m->code, std::string("1mo"));
        QVERIFY2(m->reason.find("31 days") != std::string::npos, m->reason.c_str());
        std::vector<TimestampMs> quarterly;
        for (int k = 0; k < 40; ++k)
            quarterly.push_back(day(2000 + k / 4, 1 + 3 * (k % 4), 1));
        QCOMPARE(inferInterval(quarterly)->code, std::string("3mo"));
        // Too few dates, or a spacing that is none of these.
        QVERIFY(!inferInterval(monthly(2)));
        std::vector<TimestampMs> fortnightly;
        for (int k = 0; k < 30; ++k)
            fortnightly.push_back(day(2020, 1, 1) + k * 15 * kMsPerDay);
        QVERIFY(!inferInterval(fortnightly));
    }

    void refusesSpacingThatContradictsTheInterval()
    {
        QVERIFY(checkIntervalSpacing(seriesOf(monthly(60), "1mo")).ok());
        QVERIFY(checkIntervalSpacing(seriesOf(tradingDays(300), "1d")).ok());
        const auto wrong = checkIntervalSpacing(seriesOf(monthly(60), "1d"));
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().message.find("--interval 1mo") != std::string::npos,
                 wrong.error().message.c_str());
        QVERIFY(wrong.error().message.find("monthly") != std::string::npos);
        QVERIFY(!periodsPerYear(seriesOf(monthly(60), "1d"), 252).ok());
    }

    void periodsPerYearFollowTheInterval()
    {
        QCOMPARE(*periodsPerYear(seriesOf(tradingDays(300), "1d"), 252), 252.0);
        QCOMPARE(*periodsPerYear(seriesOf(tradingDays(300), "1d"), 365), 365.0);
        QCOMPARE(*periodsPerYear(seriesOf(monthly(60), "1mo"), 252), 12.0);
        std::vector<TimestampMs> weekly;
        for (int k = 0; k < 100; ++k)
            weekly.push_back(day(2020, 1, 6) + k * 7 * kMsPerDay);
        QCOMPARE(*periodsPerYear(seriesOf(weekly, "1wk"), 252), 52.0);
        QVERIFY(!periodsPerYear(seriesOf(monthly(60), "2mo"), 252).ok());
    }

    void readerInfersTheIntervalOfAMonthlyFile()
    {
        // The shape of the public monthly datasets: date,price with "Jan 1 2000".
        std::string text = "date,price\n";
        const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        for (int k = 0; k < 36; ++k) {
            char row[64];
            std::snprintf(row, sizeof row, "%s 1 %d,%d.5\n", months[k % 12], 2000 + k / 12, 40 + k);
            text += row;
        }
        auto r = readBarCsvText(text, "MSFT.csv", {});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().toString().c_str());
        QCOMPARE(r->series.size(), std::size_t(1));
        QCOMPARE(r->series[0].interval, std::string("1mo"));
        QCOMPARE(r->intervalNotes.size(), std::size_t(1));
        QVERIFY2(r->intervalNotes[0].find("monthly") != std::string::npos, r->intervalNotes[0].c_str());
        // The long sample file: every symbol monthly.
        auto stocks = readBarCsv(
            test::sampleDataFile(QStringLiteral("stocks_monthly_2000_2010.csv")).toStdString(), {});
        QVERIFY2(stocks.ok(), stocks.ok() ? "" : stocks.error().toString().c_str());
        for (const BarSeries &s : stocks->series)
            QCOMPARE(s.interval, std::string("1mo"));
        // An explicit interval wins, with a warning when the dates disagree.
        CsvReadOptions given;
        given.interval = "1d";
        auto forced = readBarCsvText(text, "MSFT.csv", given);
        QVERIFY(forced.ok());
        QCOMPARE(forced->series[0].interval, std::string("1d"));
        bool warned = false;
        for (const CsvIssue &i : forced->issues)
            warned = warned || (i.severity == CsvIssue::Severity::Warning &&
                                i.message.find("monthly") != std::string::npos);
        QVERIFY(warned);
        // --interval accepts known codes only.
        CsvReadOptions bad;
        QVERIFY(!applyCsvCliOption(bad, "interval", "2mo").ok());
        QVERIFY(applyCsvCliOption(bad, "interval", "1mo").ok());
        QCOMPARE(bad.interval, std::string("1mo"));
    }

    void dailyBarsKeepTheDateTheFileWrites()
    {
        auto r = readBarCsvText("Date,Close\n2024-01-02T00:00:00+05:00,10\n2024-01-03T00:00:00+05:00,11\n"
                                "2024-01-04T00:00:00+05:00,12\n2024-01-05T00:00:00+05:00,13\n",
                                "tz.csv", {});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().toString().c_str());
        QCOMPARE(r->series[0].interval, std::string("1d"));
        QCOMPARE(formatDate(r->series[0].time.front()), std::string("2024-01-02"));
        QCOMPARE(r->series[0].time.front(), day(2024, 1, 2));
        // Two rows on one date are a duplicate, whatever their times.
        auto dup =
            readBarCsvText("Date,Close\n2024-01-02 09:30,10\n2024-01-02 16:00,11\n2024-01-03 16:00,12\n"
                           "2024-01-04 16:00,12\n2024-01-05 16:00,12\n",
                           "dup.csv", {});
        QVERIFY(!dup.ok());
        QVERIFY2(dup.error().message.find("duplicate date 2024-01-02") != std::string::npos,
                 dup.error().message.c_str());
    }

    void repeatedHeaderNamesAreRefused()
    {
        auto r =
            readBarCsvText("Date,Close,High,Low,Close,Volume\n2024-01-02,1,2,0.5,1.5,10\n", "rep.csv", {});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.find("'Close'") != std::string::npos, r.error().message.c_str());
        QVERIFY2(r.error().message.find("columns 2 and 5") != std::string::npos, r.error().message.c_str());
    }

    void denormalPricesAreRefused()
    {
        auto r = readBarCsvText("Date,Close\n2024-01-02,1e-320\n2024-01-03,10\n", "tiny.csv", {});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().find("tiny.csv:2") != std::string::npos, r.error().toString().c_str());
        QVERIFY2(r.error().toString().find("1e-320") != std::string::npos, r.error().toString().c_str());
    }

    void crOnlyLineEndsAreRead()
    {
        auto r = readBarCsvText(
            "Date,Open,High,Low,Close,Volume\r2024-01-02,1,2,0.5,1.5,10\r2024-01-03,1,2,0.5,1.5,10\r",
            "mac.csv", {});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().toString().c_str());
        QCOMPARE(r->series[0].size(), std::size_t(2));
        QCOMPARE(r->series[0].volume[1], 10.0);
    }

    void thousandsSeparatorsNameTheLine()
    {
        // Unquoted "1,234.50" splits into two fields: the error names the line.
        auto r = readBarCsvText("Date,Close\n2024-01-02,1,234.50\n2024-01-03,1,240.00\n", "k.csv", {});
        QVERIFY(!r.ok());
        const std::string text = r.error().toString();
        QVERIFY2(text.find("k.csv:2") != std::string::npos, text.c_str());
        QVERIFY2(text.find("thousands") != std::string::npos, text.c_str());
    }
};

QTEST_APPLESS_MAIN(TestInterval)
#include "tst_interval.moc"
