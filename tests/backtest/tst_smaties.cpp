// Exact ties in the SMA crossover: the signals must be those of exact
// arithmetic over the stored closes, checked against a reference that sums
// each window exactly in 128-bit integers (every test close is an integer
// multiple of 2^-64), on series built so the two averages are exactly equal
// for long stretches, and on every combination of the S&P 500 sweep.
#include "SampleBars.h"
#include "core/backtest/BacktestTypes.h"
#include "core/backtest/Crossover.h"
#include "core/backtest/IndicatorCache.h"
#include "core/backtest/SmaTies.h"
#include "core/backtest/StrategyRegistry.h"
#include "core/indicators/Indicators.h"
#include "tests/testutils/TestPaths.h"

#include <QTest>
#include <cmath>
#include <limits>
#include <random>

using namespace sn;
using namespace sn::bt;

namespace {

__extension__ typedef __int128 Int; // GCC and Clang; exact sums need more than 64 bits
constexpr int kScale = 64;          // closes as integers times 2^-64

// Exact window sums from 128-bit prefix sums: close[j] * 2^64 must be an
// integer (checked; true of any double from 2^-11 up), and the sums stay far
// below 2^127 for the prices and periods used here.
struct ExactCloses
{
    std::vector<Int> prefix; // prefix[i] = sum close[0, i) * 2^64

    explicit ExactCloses(std::span<const double> close)
    {
        prefix.assign(close.size() + 1, 0);
        for (std::size_t i = 0; i < close.size(); ++i) {
            int e = 0;
            const double m = std::frexp(close[i], &e); // close = m 2^e, 0.5 <= m < 1
            const auto mantissa = static_cast<long long>(std::ldexp(m, 53));
            if (std::ldexp(double(mantissa), e - 53) != close[i] || e - 53 + kScale < 0)
                qFatal("test close %g is not a multiple of 2^-64", close[i]);
            prefix[i + 1] = prefix[i] + (Int(mantissa) << (e - 53 + kScale));
        }
    }
    Int window(std::size_t endInclusive, int period) const
    {
        return prefix[endInclusive + 1] - prefix[endInclusive + 1 - std::size_t(period)];
    }
    // sign(SMA(fast) - SMA(slow)) at bar i, exactly.
    int sign(std::size_t i, int fast, int slow) const
    {
        const Int d = window(i, fast) * slow - window(i, slow) * fast;
        return d > 0 ? 1 : d < 0 ? -1 : 0;
    }
    // The exact difference, as a long double (for checking the error bound).
    long double difference(std::size_t i, int fast, int slow) const
    {
        const Int d = window(i, fast) * slow - window(i, slow) * fast;
        return std::ldexp(static_cast<long double>(d), -kScale) / (static_cast<long double>(fast) * slow);
    }
};

// The crossover rule (Crossover.h) on exact signs.
std::vector<std::uint8_t> referenceSignals(const ExactCloses &exact, std::size_t n, int fast, int slow)
{
    std::vector<std::uint8_t> out(n, kNoSignal);
    const std::size_t first = std::size_t(std::max(fast, slow)) - 1;
    if (n <= first)
        return out;
    int last = exact.sign(first, fast, slow);
    for (std::size_t t = first + 1; t < n; ++t) {
        const int s = exact.sign(t, fast, slow);
        if (s > 0 && last < 0)
            out[t] = kEnterLong | kExitShort;
        else if (s < 0 && last > 0)
            out[t] = kExitLong | kEnterShort;
        if (s != 0)
            last = s;
    }
    return out;
}

std::vector<std::uint8_t> naiveSignals(std::span<const double> close, int fast, int slow)
{
    std::vector<double> a(close.size()), b(close.size());
    (void)ind::sma(close, fast, a);
    (void)ind::sma(close, slow, b);
    std::vector<std::uint8_t> out(close.size());
    crossoverSignals(a, b, out);
    return out;
}

// Every way the engine makes SMA crossover signals: the one-pass kernel
// (fresh cache), the cached arrays (a second cache that already holds both
// SMAs), and the kernel called directly.
void checkAllPaths(std::span<const double> close, int fast, int slow, const std::vector<std::uint8_t> &want)
{
    const Strategy *sma = StrategyRegistry::find("sma_cross");
    QVERIFY(sma);
    const double params[] = {double(fast), double(slow)};
    const std::size_t n = close.size();
    IndicatorCache fresh(close, close, close);
    std::vector<std::uint8_t> onePass(n), cached(n), direct(n);
    sma->computeSignals(params, fresh, onePass);
    QVERIFY2(onePass == want, qPrintable(QStringLiteral("one pass, %1/%2").arg(fast).arg(slow)));
    IndicatorCache warm(close, close, close);
    (void)warm.get(IndicatorCache::Kind::Sma, fast);
    (void)warm.get(IndicatorCache::Kind::Sma, slow);
    sma->computeSignals(params, warm, cached);
    QVERIFY2(cached == want, qPrintable(QStringLiteral("cached arrays, %1/%2").arg(fast).arg(slow)));
    std::vector<double> a(n), b(n);
    smaCrossover(close, fast, slow, a, b, direct);
    QVERIFY2(direct == want, qPrintable(QStringLiteral("smaCrossover, %1/%2").arg(fast).arg(slow)));
}

// A random walk in cents around 1,500 (so the running sums carry rounding
// error), then stretches where the closes repeat with period `fast`: there
// SMA(fast) and SMA(k fast) are exactly equal, bar after bar, and the
// running sums show them a few ulps apart with a random sign.
std::vector<double> tieSeries(std::uint64_t seed, int fast, std::size_t n)
{
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int> step(-900, 900), flatLength(1, 4);
    std::vector<double> close;
    close.reserve(n);
    long long cents = 150000;
    while (close.size() < n) {
        for (int k = 0; k < 300 && close.size() < n; ++k) {
            cents = std::max(10000LL, cents + step(rng));
            close.push_back(double(cents) / 100.0);
        }
        // A repeating pattern of `fast` closes for several slow windows.
        std::vector<double> pattern;
        for (int k = 0; k < fast; ++k)
            pattern.push_back(double(std::max(10000LL, cents + step(rng))) / 100.0);
        const int repeats = 60 * flatLength(rng);
        for (int r = 0; r < repeats && close.size() < n; ++r)
            for (double v : pattern)
                if (close.size() < n)
                    close.push_back(v);
        // Holidays: the previous close carried for a day or two.
        for (int h = flatLength(rng); h > 0 && close.size() < n; --h)
            close.push_back(close.back());
    }
    return close;
}

// The tie band holds: at every bar from `from` to `to` where both SMAs
// exist, |computed - exact| of SMA(fast) - SMA(slow) is within it.
void checkBand(std::span<const double> close, const ExactCloses &exact, int fast, int slow, std::size_t to)
{
    std::vector<double> a(close.size()), b(close.size());
    QVERIFY(ind::sma(close, fast, a).ok() && ind::sma(close, slow, b).ok());
    // Measured from the closes, and from shared chunk maxima as a sweep does.
    const std::vector<double> chunkMax = closeChunkMaxima(close);
    TieBand band(SmaTies{close, fast, slow}), shared(SmaTies{close, fast, slow, chunkMax});
    for (std::size_t i = std::size_t(std::max(fast, slow)) - 1; i < to; ++i) {
        const long double err =
            std::fabs(static_cast<long double>(a[i] - b[i]) - exact.difference(i, fast, slow));
        const double bound = std::min(band.at(i), shared.at(i));
        QVERIFY2(err <= bound, qPrintable(QStringLiteral("%1/%2, bar %3: error %4 over bound %5")
                                              .arg(fast)
                                              .arg(slow)
                                              .arg(i)
                                              .arg(double(err))
                                              .arg(bound)));
    }
}

// Closes k 2^-shift for integer k: a random walk of `count` steps of up to
// about 0.6 % of `level`, kept at or above half of it (ExactCloses needs
// closes from 2^-11 up).
void walk(std::mt19937_64 &rng, std::vector<double> &close, double level, int shift, std::size_t count)
{
    const double tick = std::ldexp(1.0, -shift);
    const auto floorTicks = static_cast<long long>(level / 2 / tick) + 1;
    auto ticks = static_cast<long long>(level / tick);
    const long long stepTicks = std::max(1LL, static_cast<long long>(level * 0.006 / tick));
    std::uniform_int_distribution<long long> step(-stepTicks, stepTicks);
    for (std::size_t k = 0; k < count; ++k) {
        ticks = std::max(floorTicks, ticks + step(rng));
        close.push_back(double(ticks) * tick);
    }
}

// `fast` closes near the last one, repeated `repeats` times: SMA(fast) and
// SMA(k fast) are exactly equal once a k fast window lies inside.
void repeatPattern(std::mt19937_64 &rng, std::vector<double> &close, int fast, int repeats, int shift)
{
    std::vector<double> pattern;
    const std::size_t start = close.size();
    walk(rng, close, close.back(), shift, std::size_t(fast));
    pattern.assign(close.begin() + std::ptrdiff_t(start), close.end());
    for (int r = 1; r < repeats; ++r)
        close.insert(close.end(), pattern.begin(), pattern.end());
}

} // namespace

class TestSmaTies : public QObject
{
    Q_OBJECT
private slots:
    void exactSignMatchesIntegerSums()
    {
        const std::vector<double> close = tieSeries(5, 5, 20000);
        const ExactCloses exact(close);
        const SmaTies ties{close, 5, 20};
        TieBand band(ties);
        std::vector<double> a(close.size()), b(close.size());
        QVERIFY(ind::sma(close, 5, a).ok() && ind::sma(close, 20, b).ok());
        std::size_t zero = 0;
        for (std::size_t i = 19; i < close.size(); ++i) {
            const int want = exact.sign(i, 5, 20);
            zero += want == 0;
            QCOMPARE(ties.exactSign(i), want);
            // The bound holds: the computed difference is within it of the exact one.
            const long double err =
                std::fabs(static_cast<long double>(a[i] - b[i]) - exact.difference(i, 5, 20));
            QVERIFY2(err <= band.at(i), qPrintable(QStringLiteral("bar %1: error %2 over bound %3")
                                                       .arg(i)
                                                       .arg(double(err))
                                                       .arg(band.at(i))));
        }
        QVERIFY(zero > 1000); // the series has long exact ties
    }

    void crossoverDecidesTiesExactly_data()
    {
        QTest::addColumn<int>("fast");
        QTest::addColumn<int>("slow");
        QTest::addColumn<int>("length");
        QTest::newRow("5/10") << 5 << 10 << 30000;
        QTest::newRow("5/20") << 5 << 20 << 30000;
        QTest::newRow("7/21, short") << 7 << 21 << 40;
        QTest::newRow("10/30") << 10 << 30 << 60000;
        QTest::newRow("20/5 (fast longer)") << 20 << 5 << 30000;
        QTest::newRow("3/12") << 3 << 12 << 250000;
    }

    void crossoverDecidesTiesExactly()
    {
        QFETCH(int, fast);
        QFETCH(int, slow);
        QFETCH(int, length);
        const std::vector<double> close =
            tieSeries(std::uint64_t(fast * 1000 + slow), std::min(fast, slow), std::size_t(length));
        const ExactCloses exact(close);
        const std::vector<std::uint8_t> want = referenceSignals(exact, close.size(), fast, slow);
        checkAllPaths(close, fast, slow, want);
        if (length > 1000) {
            // The series does what it is built for: the running sums alone
            // signal crossings that exact arithmetic does not see.
            QVERIFY(naiveSignals(close, fast, slow) != want);
        }
    }

    void pricesOverManyOrdersOfMagnitude_data()
    {
        QTest::addColumn<int>("fast");
        QTest::addColumn<int>("slow");
        QTest::newRow("5/20") << 5 << 20;
        QTest::newRow("10/30") << 10 << 30;
        QTest::newRow("40/8 (fast longer)") << 40 << 8;
    }

    // Regimes from about 0.001 to about 1,000,000 and back, each with
    // stretches of exact ties: the band must follow the price level down
    // (a sum re-formed after a fall no longer carries the large values'
    // error) and still hold while a sum has large values in its past.
    void pricesOverManyOrdersOfMagnitude()
    {
        QFETCH(int, fast);
        QFETCH(int, slow);
        const int shorter = std::min(fast, slow), longer = std::max(fast, slow);
        std::mt19937_64 rng(std::uint64_t(fast * 7919 + slow));
        std::vector<double> close;
        close.push_back(100.0);
        // Ticks of about 2^-50 of the level, so that the running sums round.
        for (const double level : {100.0, 1e6, 0.002, 50.0, 8e5, 0.0015, 3e3, 0.01, 2e5, 1.0}) {
            const int shift = 50 - std::ilogb(level);
            walk(rng, close, level, shift, 700);
            repeatPattern(rng, close, shorter, 3 * longer / shorter + 40, shift);
            close.push_back(close.back()); // a holiday
        }
        const ExactCloses exact(close);
        const std::vector<std::uint8_t> want = referenceSignals(exact, close.size(), fast, slow);
        std::size_t ties = 0;
        for (std::size_t i = std::size_t(longer) - 1; i < close.size(); ++i)
            ties += exact.sign(i, fast, slow) == 0;
        QVERIFY2(ties > 2000, qPrintable(QString::number(ties)));
        checkBand(close, exact, fast, slow, close.size());
        checkAllPaths(close, fast, slow, want);
        QVERIFY(naiveSignals(close, fast, slow) != want);
    }

    void veryLongPeriods_data()
    {
        QTest::addColumn<int>("fast");
        QTest::addColumn<int>("slow");
        QTest::addColumn<int>("length");
        // Re-forming intervals 2,048 and 8,192 bars; 8,192 and 32,768 (the
        // longest periods a strategy accepts).
        QTest::newRow("300/1200") << 300 << 1200 << 60000;
        QTest::newRow("1200/300 (fast longer)") << 1200 << 300 << 60000;
        QTest::newRow("1250/5000") << 1250 << 5000 << 75000;
    }

    void veryLongPeriods()
    {
        QFETCH(int, fast);
        QFETCH(int, slow);
        QFETCH(int, length);
        const int shorter = std::min(fast, slow), longer = std::max(fast, slow);
        std::mt19937_64 rng(std::uint64_t(fast + slow));
        std::vector<double> close;
        close.push_back(1500.0);
        while (close.size() < std::size_t(length)) {
            walk(rng, close, close.back(), 7, std::size_t(longer) + 500);
            // Ties for about half a slow window each time: few enough that
            // the exact sums (each over both windows) stay quick.
            repeatPattern(rng, close, shorter, longer / shorter + std::max(2, longer / shorter / 2), 7);
        }
        close.resize(std::size_t(length));
        const ExactCloses exact(close);
        const std::vector<std::uint8_t> want = referenceSignals(exact, close.size(), fast, slow);
        checkBand(close, exact, fast, slow, close.size());
        checkAllPaths(close, fast, slow, want);
    }

    void largeThenSmallPricesBetweenReformings_data()
    {
        QTest::addColumn<int>("fast");
        QTest::addColumn<int>("slow");
        // The longer sum re-forms every 8,192 bars (the shorter every
        // 1,024), and every 32,768 bars for the longest period a strategy
        // accepts (the shorter every 8,192).
        QTest::newRow("5/2000") << 5 << 2000;
        QTest::newRow("2000/5 (fast longer)") << 2000 << 5;
        QTest::newRow("1250/5000") << 1250 << 5000;
    }

    // Where the tie band is tight: prices near 1,000,000 for a while after
    // the longer sum re-formed, then near 1 with exact ties, all before it
    // re-forms again. The longer sum still carries the rounding error of
    // the large prices (about 1e-10 of them, far above the small prices'
    // ulps), so only a band that remembers them keeps the ties exact; the
    // shorter sum re-forms in between and forgets them.
    void largeThenSmallPricesBetweenReformings()
    {
        QFETCH(int, fast);
        QFETCH(int, slow);
        const int shorter = std::min(fast, slow), longer = std::max(fast, slow);
        const std::size_t reformEvery = ind::smaAnchorEvery(longer);
        std::mt19937_64 rng(std::uint64_t(fast * 31 + slow));
        std::vector<double> close;
        walk(rng, close, 1.0, 50, reformEvery + 100);
        walk(rng, close, 1e6, 31, std::size_t(longer) + 200); // ticks of 2^-31: the sums round
        walk(rng, close, 1.0, 50, std::size_t(longer) + 100); // the longer window leaves them
        const std::size_t patternStart = close.size();
        repeatPattern(rng, close, shorter, (longer + 1000) / shorter + 1, 50);
        const std::size_t patternEnd = close.size();
        walk(rng, close, 1.0, 50, 500);
        QVERIFY(close.size() < 2 * reformEvery); // no re-forming of the longer sum since the large prices
        const ExactCloses exact(close);
        std::size_t ties = 0;
        for (std::size_t i = patternStart + std::size_t(longer); i < patternEnd; ++i)
            ties += exact.sign(i, fast, slow) == 0;
        QVERIFY2(ties > 900, qPrintable(QString::number(ties)));
        const std::vector<std::uint8_t> want = referenceSignals(exact, close.size(), fast, slow);
        checkBand(close, exact, fast, slow, close.size());
        checkAllPaths(close, fast, slow, want);
        QVERIFY(naiveSignals(close, fast, slow) != want);
    }

    // Stretches of exact ties that begin, end or hold at re-forming bars
    // (multiples of 1,024 for these periods), one bar either side too: the
    // one-pass kernel's re-forming blocks, its bar-by-bar start up to a
    // multiple of 8 and its segment boundaries all meet ties.
    void tiesAtReformingBars_data()
    {
        QTest::addColumn<int>("fast");
        QTest::addColumn<int>("slow");
        QTest::addColumn<int>("offset");
        for (int offset : {-1, 0, 1})
            for (auto [fast, slow] :
                 {std::pair{5, 20}, std::pair{10, 30}, std::pair{30, 10}, std::pair{3, 12}})
                QTest::addRow("%d/%d, offset %d", fast, slow, offset) << fast << slow << offset;
    }

    void tiesAtReformingBars()
    {
        QFETCH(int, fast);
        QFETCH(int, slow);
        QFETCH(int, offset);
        const int shorter = std::min(fast, slow), longer = std::max(fast, slow);
        std::mt19937_64 rng(std::uint64_t(fast * 100 + slow * 10 + offset + 1));
        std::vector<double> close;
        close.push_back(1500.0);
        std::vector<std::size_t> tieStarts, tieEnds;
        for (std::size_t anchor = 2048; anchor <= 14336; anchor += 2048) {
            // The first tie bar at anchor + offset: its window, the longer
            // one, is the first that lies inside the pattern.
            const std::size_t patternStart = anchor + std::size_t(offset) + 1 - std::size_t(longer);
            walk(rng, close, close.back(), 7, patternStart - close.size());
            // The last tie bar at anchor + 1024 + offset (the next re-forming bar, give or take one).
            const std::size_t patternEnd = anchor + 1024 + std::size_t(offset) + 1;
            std::vector<double> pattern;
            walk(rng, pattern, close.back(), 7, std::size_t(shorter));
            while (close.size() < patternEnd)
                close.push_back(pattern[(close.size() - patternStart) % pattern.size()]);
            tieStarts.push_back(anchor + std::size_t(offset));
            tieEnds.push_back(patternEnd - 1);
        }
        walk(rng, close, close.back(), 7, 3000);
        const ExactCloses exact(close);
        for (std::size_t k = 0; k < tieStarts.size(); ++k) {
            QCOMPARE(exact.sign(tieStarts[k], fast, slow), 0);
            QCOMPARE(exact.sign(tieEnds[k], fast, slow), 0);
        }
        const std::vector<std::uint8_t> want = referenceSignals(exact, close.size(), fast, slow);
        checkBand(close, exact, fast, slow, close.size());
        checkAllPaths(close, fast, slow, want);
    }

    // NaN closes must not hide the larger closes before them (in the same
    // segment) from the band: the sums were not NaN at those bars. Four in a
    // row, so that every lane of a vectorised maximum meets one.
    void nanCloseKeepsTheBandOfEarlierBars()
    {
        std::mt19937_64 rng(17);
        std::vector<double> close;
        close.push_back(90000.0);
        walk(rng, close, 90000.0, 7, 599);
        const std::size_t nanAt = close.size();
        walk(rng, close, 1.0, 30, 400); // same segment: bars 600..999
        const ExactCloses exact(std::span<const double>(close.data(), nanAt));
        std::fill_n(close.begin() + std::ptrdiff_t(nanAt), 4, std::numeric_limits<double>::quiet_NaN());
        checkBand(close, exact, 5, 20, nanAt);
    }

    void everySweepCombinationOnTheSp500IsExact()
    {
        // The sweep of the issue (fast 5..50 x slow 10..200, fast < slow) on
        // the bundled S&P 500 closes, whose holidays repeat the previous close.
        auto bars = test::readSampleBars(test::sampleDataFile("sp500_yahoo_2000_2020.csv").toStdString());
        QVERIFY2(bars.ok(), bars.ok() ? "" : bars.error().toString().c_str());
        const std::vector<double> &close = bars->close;
        const ExactCloses exact(close);
        const Strategy *sma = StrategyRegistry::find("sma_cross");
        IndicatorCache cache(bars->high, bars->low, close);
        std::vector<std::uint8_t> got(close.size());
        std::size_t combos = 0, naiveWrong = 0;
        for (int fast = 5; fast <= 50; ++fast)
            for (int slow = std::max(10, fast + 1); slow <= 200; ++slow) {
                ++combos;
                const double params[] = {double(fast), double(slow)};
                sma->computeSignals(params, cache, got);
                const std::vector<std::uint8_t> want = referenceSignals(exact, close.size(), fast, slow);
                QVERIFY2(got == want, qPrintable(QStringLiteral("%1/%2").arg(fast).arg(slow)));
                naiveWrong += naiveSignals(close, fast, slow) != want;
            }
        QCOMPARE(combos, std::size_t(7925));
        qInfo("combinations where the running sums alone decide a crossing differently: %zu", naiveWrong);
    }
};

QTEST_APPLESS_MAIN(TestSmaTies)
#include "tst_smaties.moc"
