#include "core/market/Decimation.h"

#include <QTest>
#include <cmath>
#include <limits>
#include <map>
#include <random>

using namespace sn;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

// Random daily-ish series with gaps (weekends, holidays, missing weeks) and
// optional NaN holes in every field.
BarSeries randomSeries(std::mt19937_64 &rng, std::size_t n, double nanShare)
{
    BarSeries s;
    s.symbol = "RND";
    std::uniform_int_distribution<int> gap(1, 9);
    std::normal_distribution<double> step(0.0, 1.0);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    TimestampMs t = 1'000 * kMsPerDay;
    double price = 100;
    for (std::size_t i = 0; i < n; ++i) {
        t += gap(rng) * kMsPerDay;
        price = std::max(1.0, price + step(rng));
        const double o = price + step(rng), c = price + step(rng);
        const double h = std::max(o, c) + unit(rng), l = std::min(o, c) - unit(rng);
        auto hole = [&](double x) { return unit(rng) < nanShare ? kNaN : x; };
        s.append(t, hole(o), hole(h), hole(l), hole(c), hole(std::floor(unit(rng) * 1e6)));
    }
    return s;
}

// Brute force: group every bar of [from, to] by its slice and aggregate.
struct Expected
{
    TimestampMs time;
    double open, high, low, close, volume;
    std::size_t first, last;
};

std::vector<Expected> bruteOhlc(const BarSeries &s, const TimeBuckets &b)
{
    std::map<int, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (s.time[i] >= b.from && s.time[i] <= b.to)
            groups[b.column(s.time[i])].push_back(i);
    std::vector<Expected> out;
    for (const auto &[col, idx] : groups) {
        Expected e{s.time[idx.front()], kNaN, kNaN, kNaN, kNaN, kNaN, idx.front(), idx.back()};
        for (std::size_t i : idx) {
            if (std::isnan(e.open))
                e.open = s.open[i];
            if (!std::isnan(s.close[i]))
                e.close = s.close[i];
            if (!std::isnan(s.high[i]) && (std::isnan(e.high) || s.high[i] > e.high))
                e.high = s.high[i];
            if (!std::isnan(s.low[i]) && (std::isnan(e.low) || s.low[i] < e.low))
                e.low = s.low[i];
            if (!std::isnan(s.volume[i]))
                e.volume = std::isnan(e.volume) ? s.volume[i] : e.volume + s.volume[i];
        }
        out.push_back(e);
    }
    return out;
}

void checkOhlc(const BarSeries &s, const TimeBuckets &b, const OhlcBuckets &got)
{
    const auto want = bruteOhlc(s, b);
    QCOMPARE(got.size(), want.size());
    QVERIFY(got.size() <= static_cast<std::size_t>(b.columns));
    for (std::size_t k = 0; k < want.size(); ++k) {
        const Expected &e = want[k];
        QCOMPARE(got.time[k], e.time);
        QCOMPARE(got.first[k], e.first);
        QCOMPARE(got.last[k], e.last);
        QVERIFY2(same(got.open[k], e.open), qPrintable(QStringLiteral("open of bucket %1").arg(k)));
        QVERIFY2(same(got.high[k], e.high), qPrintable(QStringLiteral("high of bucket %1").arg(k)));
        QVERIFY2(same(got.low[k], e.low), qPrintable(QStringLiteral("low of bucket %1").arg(k)));
        QVERIFY2(same(got.close[k], e.close), qPrintable(QStringLiteral("close of bucket %1").arg(k)));
        QVERIFY2(same(got.volume[k], e.volume), qPrintable(QStringLiteral("volume of bucket %1").arg(k)));
    }
}

// Every slice's lowest and highest value (first occurrence) must be a point
// of the decimated line, points must be real samples in order, and the line
// must start and end at the range's first and last value.
void checkLine(std::span<const TimestampMs> t, std::span<const double> v, const TimeBuckets &b,
               const LinePoints &got)
{
    QVERIFY(got.size() <= 2 * static_cast<std::size_t>(b.columns) + 2);
    QCOMPARE(got.time.size(), got.index.size());
    QCOMPARE(got.value.size(), got.index.size());
    for (std::size_t k = 0; k < got.size(); ++k) {
        const std::size_t i = got.index[k];
        QVERIFY(i < t.size());
        QCOMPARE(got.time[k], t[i]);
        QCOMPARE(got.value[k], v[i]);
        QVERIFY(t[i] >= b.from && t[i] <= b.to);
        if (k > 0)
            QVERIFY(got.index[k - 1] < i);
    }
    std::map<int, std::pair<std::size_t, std::size_t>> extremes; // column -> (min index, max index)
    std::size_t firstValid = t.size(), lastValid = t.size();
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i] < b.from || t[i] > b.to || std::isnan(v[i]))
            continue;
        if (firstValid == t.size())
            firstValid = i;
        lastValid = i;
        auto [it, inserted] = extremes.try_emplace(b.column(t[i]), i, i);
        if (!inserted) {
            if (v[i] < v[it->second.first])
                it->second.first = i;
            if (v[i] > v[it->second.second])
                it->second.second = i;
        }
    }
    if (firstValid == t.size()) {
        QVERIFY(got.empty());
        return;
    }
    auto has = [&](std::size_t i) { return std::binary_search(got.index.begin(), got.index.end(), i); };
    QCOMPARE(got.index.front(), firstValid);
    QCOMPARE(got.index.back(), lastValid);
    for (const auto &[col, mm] : extremes) {
        QVERIFY2(has(mm.first),
                 qPrintable(QStringLiteral("minimum of column %1 (bar %2) missing").arg(col).arg(mm.first)));
        QVERIFY2(has(mm.second),
                 qPrintable(QStringLiteral("maximum of column %1 (bar %2) missing").arg(col).arg(mm.second)));
    }
    // Nothing else than first, last and the extremes.
    QVERIFY(got.size() <= 2 * extremes.size() + 2);
}

} // namespace

class TestDecimation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bucketEdgesAreExact()
    {
        for (int columns : {1, 2, 3, 7, 640, 1919}) {
            for (TimestampMs span :
                 {TimestampMs(1), TimestampMs(5), TimestampMs(1000), 3652 * kMsPerDay + 17}) {
                const TimeBuckets b{-5000, -5000 + span - 1, columns};
                QVERIFY(b.validate().ok());
                QCOMPARE(b.start(0), b.from);
                QVERIFY(b.start(columns) == b.to + 1);
                for (int c = 1; c <= std::min(columns, 50); ++c) {
                    const TimestampMs s = b.start(c);
                    // The edge is the first instant of a later slice; the instant before is in an earlier
                    // one.
                    if (s <= b.to)
                        QVERIFY(b.column(s) >= c);
                    QVERIFY(b.column(s - 1) < c);
                }
                QVERIFY(b.column(b.to) <= columns - 1);
                if (span >= columns)
                    QCOMPARE(b.column(b.to), columns - 1);
            }
        }
    }

    void rejectsBadArguments()
    {
        OhlcBuckets out;
        BarSeries s;
        s.append(0, 1, 1, 1, 1, 1);
        auto r = decimateOhlc(s, {0, 10, 0}, out);
        QVERIFY(!r.ok());
        QVERIFY(QString::fromStdString(r.error().message).contains(QStringLiteral("columns")));
        r = decimateOhlc(s, {10, 0, 5}, out);
        QVERIFY(!r.ok());
        QVERIFY(QString::fromStdString(r.error().message).contains(QStringLiteral("before it starts")));
        r = decimateOhlc(
            s, {std::numeric_limits<TimestampMs>::min() / 2, std::numeric_limits<TimestampMs>::max() / 2, 4},
            out);
        QVERIFY(!r.ok());
        QVERIFY(QString::fromStdString(r.error().message).contains(QStringLiteral("too long")));
        s.volume.clear();
        r = decimateOhlc(s, {0, 10, 5}, out);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        LinePoints line;
        const std::vector<TimestampMs> t{1, 2, 3};
        const std::vector<double> v{1, 2};
        QVERIFY(!decimateMinMax(t, v, {0, 10, 5}, line).ok());
    }

    // Exhaustive against brute force: many random series, ranges and widths,
    // with and without NaN holes, more and fewer bars than columns.
    void ohlcKeepsEveryBucketsTrueHighAndLow()
    {
        std::mt19937_64 rng(20261201);
        OhlcBuckets out;
        int cases = 0;
        for (double nanShare : {0.0, 0.05, 0.5}) {
            for (std::size_t n : {std::size_t(0), std::size_t(1), std::size_t(2), std::size_t(37),
                                  std::size_t(1000), std::size_t(20000)}) {
                const BarSeries s = randomSeries(rng, n, nanShare);
                for (int trial = 0; trial < 12; ++trial) {
                    std::uniform_int_distribution<int> cols(1, 2500);
                    TimeBuckets b{0, 1, cols(rng)};
                    if (n > 0) {
                        std::uniform_int_distribution<std::size_t> pick(0, n - 1);
                        std::size_t i = pick(rng), j = pick(rng);
                        if (i > j)
                            std::swap(i, j);
                        // Range edges between bars, on bars and beyond the ends.
                        b.from = s.time[i] - (trial % 3 == 0 ? kMsPerDay / 2 : 0) -
                                 (trial == 5 ? 100 * kMsPerDay : 0);
                        b.to = s.time[j] + (trial % 4 == 1 ? kMsPerDay / 3 : 0) +
                               (trial == 7 ? 100 * kMsPerDay : 0);
                    }
                    QVERIFY(decimateOhlc(s, b, out).ok());
                    checkOhlc(s, b, out);
                    if (QTest::currentTestFailed())
                        return;
                    ++cases;
                }
            }
        }
        QVERIFY(cases >= 200);
    }

    void fewerBarsThanPixelsGiveTheBarsThemselves()
    {
        std::mt19937_64 rng(1);
        const BarSeries s = randomSeries(rng, 40, 0.0);
        OhlcBuckets out;
        QVERIFY(decimateOhlc(s, {s.time.front(), s.time.back(), 4000}, out).ok());
        QCOMPARE(out.size(), s.size());
        QVERIFY(out.time == s.time);
        QVERIFY(out.open == s.open);
        QVERIFY(out.high == s.high);
        QVERIFY(out.low == s.low);
        QVERIFY(out.close == s.close);
        QVERIFY(out.volume == s.volume);
    }

    void oneBar()
    {
        BarSeries s;
        s.append(5 * kMsPerDay, 10, 12, 9, 11, 700);
        OhlcBuckets out;
        QVERIFY(decimateOhlc(s, {5 * kMsPerDay, 5 * kMsPerDay, 800}, out).ok());
        QCOMPARE(out.size(), std::size_t(1));
        QCOMPARE(out.high[0], 12.0);
        QCOMPARE(out.low[0], 9.0);
        QCOMPARE(out.volume[0], 700.0);
        QVERIFY(decimateOhlc(s, {0, 4 * kMsPerDay, 800}, out).ok());
        QVERIFY(out.empty());
        LinePoints line;
        QVERIFY(decimateMinMax(s.time, s.close, {0, 10 * kMsPerDay, 3}, line).ok());
        QCOMPARE(line.size(), std::size_t(1));
        QCOMPARE(line.value[0], 11.0);
    }

    // Ten consecutive days in three slices: 4, 3 and 3 bars (the span of 10
    // days does not divide by 3).
    void unequalBucketSizes()
    {
        BarSeries s;
        for (int d = 0; d < 10; ++d)
            s.append(d * kMsPerDay, 100 + d, 110 + d * (d % 3 == 1 ? 2 : 1), 90 - d, 101 + d, 10 * (d + 1));
        OhlcBuckets out;
        QVERIFY(decimateOhlc(s, {0, 10 * kMsPerDay - 1, 3}, out).ok());
        QCOMPARE(out.size(), std::size_t(3));
        QCOMPARE(out.first, (std::vector<std::size_t>{0, 4, 7}));
        QCOMPARE(out.last, (std::vector<std::size_t>{3, 6, 9}));
        QCOMPARE(out.open, (std::vector<double>{100, 104, 107}));
        QCOMPARE(out.close, (std::vector<double>{104, 107, 110}));
        QCOMPARE(out.high, (std::vector<double>{113, 118, 124})); // day 3 (113), day 4 (118), day 7 (124)
        QCOMPARE(out.low, (std::vector<double>{87, 84, 81}));
        QCOMPARE(out.volume, (std::vector<double>{100, 180, 270}));
        QCOMPARE(out.time, (std::vector<TimestampMs>{0, 4 * kMsPerDay, 7 * kMsPerDay}));
    }

    void nanClosesAreSkippedNotPropagated()
    {
        BarSeries s;
        s.append(0, 10, 11, 9, kNaN, 1);
        s.append(1, kNaN, 15, kNaN, 12, kNaN);
        s.append(2, 11, kNaN, 8, kNaN, 3);
        s.append(3, kNaN, kNaN, kNaN, kNaN, kNaN);
        OhlcBuckets out;
        QVERIFY(decimateOhlc(s, {0, 3, 2}, out).ok()); // slices {0,1} and {2,3}
        QCOMPARE(out.size(), std::size_t(2));
        QCOMPARE(out.open[0], 10.0);
        QCOMPARE(out.high[0], 15.0);
        QCOMPARE(out.low[0], 9.0);
        QCOMPARE(out.close[0], 12.0);
        QCOMPARE(out.volume[0], 1.0);
        QCOMPARE(out.open[1], 11.0);
        QVERIFY(std::isnan(out.high[1]));
        QCOMPARE(out.low[1], 8.0);
        QVERIFY(std::isnan(out.close[1]));
        QCOMPARE(out.volume[1], 3.0);

        // A line over the NaN closes: the one real value is kept, the NaN slice adds nothing.
        LinePoints line;
        QVERIFY(decimateMinMax(s.time, s.close, {0, 3, 2}, line).ok());
        QCOMPARE(line.index, (std::vector<std::size_t>{1}));
        const std::vector<double> allNan(4, kNaN);
        QVERIFY(decimateMinMax(s.time, allNan, {0, 3, 2}, line).ok());
        QVERIFY(line.empty());
    }

    void linePassesThroughEveryBucketsExtremes()
    {
        std::mt19937_64 rng(77);
        LinePoints out;
        for (double nanShare : {0.0, 0.1, 0.9}) {
            for (std::size_t n :
                 {std::size_t(0), std::size_t(1), std::size_t(3), std::size_t(500), std::size_t(30000)}) {
                const BarSeries s = randomSeries(rng, n, nanShare);
                for (int trial = 0; trial < 10; ++trial) {
                    std::uniform_int_distribution<int> cols(1, 1200);
                    TimeBuckets b{0, 1, cols(rng)};
                    if (n > 0) {
                        std::uniform_int_distribution<std::size_t> pick(0, n - 1);
                        std::size_t i = pick(rng), j = pick(rng);
                        if (i > j)
                            std::swap(i, j);
                        b.from = s.time[i] - (trial % 2) * kMsPerDay;
                        b.to = s.time[j] + (trial % 3) * kMsPerDay;
                    }
                    QVERIFY(decimateMinMax(s.time, s.close, b, out).ok());
                    checkLine(s.time, s.close, b, out);
                    if (QTest::currentTestFailed())
                        return;
                }
            }
        }
    }

    // Flat stretches (equal values) keep one point per slice, not every bar.
    void flatLineStaysSmall()
    {
        std::vector<TimestampMs> t(100000);
        std::vector<double> v(t.size(), 42.0);
        for (std::size_t i = 0; i < t.size(); ++i)
            t[i] = static_cast<TimestampMs>(i) * kMsPerDay;
        LinePoints out;
        QVERIFY(decimateMinMax(t, v, {t.front(), t.back(), 500}, out).ok());
        QVERIFY(out.size() <= 502);
        checkLine(t, v, {t.front(), t.back(), 500}, out);
    }

    void buffersAreReused()
    {
        std::mt19937_64 rng(3);
        const BarSeries s = randomSeries(rng, 50000, 0.0);
        OhlcBuckets out;
        LinePoints line;
        const TimeBuckets wide{s.time.front(), s.time.back(), 1500};
        QVERIFY(decimateOhlc(s, wide, out).ok());
        QVERIFY(decimateMinMax(s.time, s.close, wide, line).ok());
        const double *high = out.high.data();
        const double *value = line.value.data();
        for (int step = 1; step < 20; ++step) {
            const TimeBuckets narrower{s.time[static_cast<std::size_t>(step) * 1000], s.time.back(), 1500};
            QVERIFY(decimateOhlc(s, narrower, out).ok());
            QVERIFY(decimateMinMax(s.time, s.close, narrower, line).ok());
            QCOMPARE(out.high.data(), high);
            QCOMPARE(line.value.data(), value);
        }
    }
};

QTEST_APPLESS_MAIN(TestDecimation)
#include "tst_decimation.moc"
