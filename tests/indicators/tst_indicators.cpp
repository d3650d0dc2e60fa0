#include "core/indicators/IndicatorRegistry.h"
#include "core/indicators/Indicators.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

using namespace sn;
using namespace sn::ind;

namespace {

using Vec = std::vector<double>;

bool near(double a, double b, double tol)
{
    return std::fabs(a - b) <= tol;
}

// Naive O(n * period) definitions, written from the textbook formulas, to
// check the O(n) sliding versions on long random series.
Vec naiveSma(const Vec &x, int p)
{
    Vec out(x.size(), NAN);
    for (std::size_t i = std::size_t(p) - 1; i < x.size(); ++i) {
        double s = 0;
        for (int j = 0; j < p; ++j)
            s += x[i - std::size_t(j)];
        out[i] = s / p;
    }
    return out;
}

Vec naiveWma(const Vec &x, int p)
{
    Vec out(x.size(), NAN);
    for (std::size_t i = std::size_t(p) - 1; i < x.size(); ++i) {
        double s = 0;
        for (int j = 0; j < p; ++j)
            s += (p - j) * x[i - std::size_t(j)];
        out[i] = s / (p * (p + 1) / 2.0);
    }
    return out;
}

Vec naivePopStd(const Vec &x, int p)
{
    Vec out(x.size(), NAN);
    for (std::size_t i = std::size_t(p) - 1; i < x.size(); ++i) {
        double m = 0;
        for (int j = 0; j < p; ++j)
            m += x[i - std::size_t(j)];
        m /= p;
        double v = 0;
        for (int j = 0; j < p; ++j)
            v += (x[i - std::size_t(j)] - m) * (x[i - std::size_t(j)] - m);
        out[i] = std::sqrt(v / p);
    }
    return out;
}

Vec randomWalk(std::size_t n, unsigned seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> step(0.0, 1.0);
    Vec x(n);
    double v = 1000;
    for (auto &e : x) {
        v += step(rng);
        e = v;
    }
    return x;
}

} // namespace

class TestIndicators : public QObject
{
    Q_OBJECT
private slots:
    void smaHandComputed()
    {
        Vec x{1, 2, 3, 4, 5}, o(5);
        QVERIFY(sma(x, 3, o).ok());
        QVERIFY(std::isnan(o[0]) && std::isnan(o[1]));
        QCOMPARE(o[2], 2.0);
        QCOMPARE(o[3], 3.0);
        QCOMPARE(o[4], 4.0);
    }

    void slidingMatchesNaive()
    {
        Vec x = randomWalk(3000, 7), o(x.size()), up(x.size()), lo(x.size());
        for (int p : {1, 2, 5, 20, 200}) {
            QVERIFY(sma(x, p, o).ok());
            Vec ref = naiveSma(x, p);
            for (std::size_t i = 0; i < x.size(); ++i)
                QVERIFY2(std::isnan(ref[i]) ? std::isnan(o[i]) : near(o[i], ref[i], 1e-9), "sma");
            QVERIFY(wma(x, p, o).ok());
            ref = naiveWma(x, p);
            for (std::size_t i = 0; i < x.size(); ++i)
                QVERIFY2(std::isnan(ref[i]) ? std::isnan(o[i]) : near(o[i], ref[i], 1e-8), "wma");
            QVERIFY(bollinger(x, p, 2.0, o, up, lo).ok());
            Vec sd = naivePopStd(x, p);
            for (std::size_t i = std::size_t(p) - 1; i < x.size(); ++i)
                QVERIFY2(near(up[i] - o[i], 2 * sd[i], 1e-7) && near(o[i] - lo[i], 2 * sd[i], 1e-7),
                         "bollinger");
            QVERIFY(rollingMax(x, p, up).ok());
            QVERIFY(rollingMin(x, p, lo).ok());
            for (std::size_t i = std::size_t(p) - 1; i < x.size(); ++i) {
                auto first = x.begin() + std::ptrdiff_t(i + 1) - p, last = x.begin() + std::ptrdiff_t(i + 1);
                QCOMPARE(up[i], *std::max_element(first, last));
                QCOMPARE(lo[i], *std::min_element(first, last));
            }
        }
    }

    void smaPairEqualsTwoSmas()
    {
        // The one-pass pair must give exactly what two sma() calls give, in
        // either order of the periods, equal periods, and series shorter
        // than one or both periods.
        const std::pair<int, int> periods[] = {{10, 30}, {30, 10}, {1, 1}, {7, 7}, {1, 2}, {5, 200}};
        for (std::size_t len : {std::size_t(0), std::size_t(1), std::size_t(6), std::size_t(29),
                                std::size_t(30), std::size_t(31), std::size_t(3000)}) {
            const Vec x = randomWalk(len, unsigned(len) + 11);
            for (auto [a, b] : periods) {
                Vec refA(len), refB(len), outA(len, -1.0), outB(len, -1.0);
                QVERIFY(sma(x, a, refA).ok());
                QVERIFY(sma(x, b, refB).ok());
                QVERIFY(smaPair(x, a, b, outA, outB).ok());
                for (std::size_t i = 0; i < len; ++i) {
                    QVERIFY2(std::isnan(refA[i]) ? std::isnan(outA[i]) : outA[i] == refA[i], "first average");
                    QVERIFY2(std::isnan(refB[i]) ? std::isnan(outB[i]) : outB[i] == refB[i],
                             "second average");
                }
            }
        }
        Vec x{1, 2, 3, 4}, o(4), shortOut(3);
        const auto bad = smaPair(x, 2, 0, o, o);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.find("periodB") != std::string::npos);
        const auto size = smaPair(x, 2, 3, o, shortOut);
        QVERIFY(!size.ok());
        QVERIFY(size.error().message.find("outB") != std::string::npos);
        // Hand-computed: SMA(2) and SMA(3) of 1..4.
        Vec two(4), three(4);
        QVERIFY(smaPair(x, 2, 3, two, three).ok());
        QCOMPARE(two[1], 1.5);
        QCOMPARE(two[3], 3.5);
        QVERIFY(std::isnan(three[1]));
        QCOMPARE(three[2], 2.0);
        QCOMPARE(three[3], 3.0);
    }

    void recursionsMatchOneBarDefinition()
    {
        // EMA and RSI advance two bars per step for speed; they must equal
        // the one-bar textbook recursion on odd and even lengths.
        for (std::size_t len : {std::size_t(2001), std::size_t(2000), std::size_t(16), std::size_t(15)}) {
            Vec x = randomWalk(len, unsigned(len)), e(len), r(len);
            QVERIFY(ema(x, 10, e).ok());
            double ref = 0;
            for (int i = 0; i < 10; ++i)
                ref += x[std::size_t(i)] / 10;
            for (std::size_t i = 10; i < len; ++i) {
                ref = ref + (2.0 / 11) * (x[i] - ref);
                QVERIFY2(near(e[i], ref, 1e-9 * std::fabs(ref)), "ema");
            }
            QVERIFY(rsi(x, 14, r).ok());
            double g = 0, l = 0;
            for (std::size_t i = 1; i <= 14; ++i) {
                const double ch = x[i] - x[i - 1];
                g += std::max(ch, 0.0) / 14;
                l += std::max(-ch, 0.0) / 14;
            }
            for (std::size_t i = 15; i < len; ++i) {
                const double ch = x[i] - x[i - 1];
                g = (g * 13 + std::max(ch, 0.0)) / 14;
                l = (l * 13 + std::max(-ch, 0.0)) / 14;
                QVERIFY2(near(r[i], 100 - 100 / (1 + g / l), 1e-9), "rsi");
            }
        }
    }

    void emaSeededWithSma()
    {
        // alpha = 2/(3+1) = 0.5; seed SMA(1,2,3) = 2; then 4*.5+2*.5 = 3, 5*.5+3*.5 = 4.
        Vec x{1, 2, 3, 4, 5}, o(5);
        QVERIFY(ema(x, 3, o).ok());
        QVERIFY(std::isnan(o[1]));
        QCOMPARE(o[2], 2.0);
        QCOMPARE(o[3], 3.0);
        QCOMPARE(o[4], 4.0);
    }

    void wmaHandComputed()
    {
        Vec x{1, 2, 3, 4}, o(4);
        QVERIFY(wma(x, 3, o).ok());
        QVERIFY(near(o[2], 14.0 / 6, 1e-15)); // (1*1 + 2*2 + 3*3) / 6
        QVERIFY(near(o[3], 20.0 / 6, 1e-15)); // (2*1 + 3*2 + 4*3) / 6
    }

    void rsiWilderWorkedExample()
    {
        // Wilder's 14-day RSI example as reproduced in StockCharts' RSI table
        // (cs-rsi.xls). StockCharts prints averages rounded to 2 decimals, so
        // its first RSI is 70.53; from the raw changes the first average gain
        // is 3.34/14 and loss 1.40/14, RSI = 100 * 3.34 / 4.74 = 70.4641.
        Vec c{44.34, 44.09, 44.15, 43.61, 44.33, 44.83, 45.10, 45.42, 45.84, 46.08, 45.89,
              46.03, 45.61, 46.28, 46.28, 46.00, 46.03, 46.41, 46.22, 45.64, 46.21, 46.25,
              45.71, 46.45, 45.78, 45.35, 44.03, 44.18, 44.22, 44.57, 43.42, 42.66, 43.13};
        const Vec published{70.53, 66.32, 66.55, 69.41, 66.36, 57.97, 62.93, 63.26, 56.06, 62.38,
                            54.71, 50.42, 39.99, 41.46, 41.87, 45.46, 37.30, 33.08, 37.77};
        Vec o(c.size());
        QVERIFY(rsi(c, 14, o).ok());
        for (int i = 0; i < 14; ++i)
            QVERIFY(std::isnan(o[std::size_t(i)]));
        QVERIFY(near(o[14], 100.0 * 3.34 / 4.74, 1e-9));
        for (std::size_t i = 0; i < published.size(); ++i)
            QVERIFY2(near(o[14 + i], published[i], 0.1),
                     qPrintable(QString("bar %1: %2 vs %3").arg(14 + i).arg(o[14 + i]).arg(published[i])));
    }

    void rsiEdges()
    {
        Vec up{1, 2, 3, 4, 5, 6}, flat{5, 5, 5, 5, 5}, down{6, 5, 4, 3, 2}, o(6), f(5), d(5);
        QVERIFY(rsi(up, 3, o).ok());
        QCOMPARE(o[5], 100.0);
        QVERIFY(rsi(flat, 3, f).ok());
        QCOMPARE(f[4], 50.0);
        QVERIFY(rsi(down, 3, d).ok());
        QCOMPARE(d[4], 0.0);
        // Longer series, so that the two-bars-per-step loop decides: no
        // change at all is 50 on every bar; a rise followed by a flat
        // stretch has no loss and stays at 100; a fall then flat stays at 0.
        Vec flatLong(13, 7.0), riseFlat{1, 2, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4},
            fallFlat{9, 8, 7, 6, 6, 6, 6, 6, 6, 6, 6};
        Vec a(flatLong.size()), b(riseFlat.size()), c(fallFlat.size());
        QVERIFY(rsi(flatLong, 3, a).ok());
        QVERIFY(rsi(riseFlat, 3, b).ok());
        QVERIFY(rsi(fallFlat, 3, c).ok());
        for (std::size_t i = 3; i < a.size(); ++i)
            QCOMPARE(a[i], 50.0);
        for (std::size_t i = 3; i < b.size(); ++i)
            QCOMPARE(b[i], 100.0);
        for (std::size_t i = 3; i < c.size(); ++i)
            QCOMPARE(c[i], 0.0);
    }

    void macdHandComputed()
    {
        // On a ramp 1..6 with fast 2, slow 3: EMA2 from bar 1 = 1.5, 2.5, 3.5, ...;
        // EMA3 from bar 2 = 2, 3, 4, ...; line = 0.5 from bar 2; signal
        // (EMA2 of the line) = 0.5 from bar 3; histogram 0.
        Vec x{1, 2, 3, 4, 5, 6}, l(6), s(6), h(6);
        QVERIFY(macd(x, 2, 3, 2, l, s, h).ok());
        QVERIFY(std::isnan(l[1]) && std::isnan(s[2]) && std::isnan(h[2]));
        for (std::size_t i = 2; i < 6; ++i)
            QVERIFY(near(l[i], 0.5, 1e-12));
        for (std::size_t i = 3; i < 6; ++i)
            QVERIFY(near(s[i], 0.5, 1e-12) && near(h[i], 0.0, 1e-12));
        QVERIFY(!macd(x, 3, 3, 2, l, s, h).ok());
    }

    void bollingerPopulationStd()
    {
        // Window {2,3,4,5,10}: mean 4.8, squared deviations sum 38.8, /5 = 7.76.
        Vec x{1, 2, 3, 4, 5, 10}, m(6), u(6), lo(6);
        QVERIFY(bollinger(x, 5, 2.0, m, u, lo).ok());
        QVERIFY(near(m[4], 3.0, 1e-12) && near(u[4], 3.0 + 2 * std::sqrt(2.0), 1e-12));
        QVERIFY(near(m[5], 4.8, 1e-12) && near(u[5], 4.8 + 2 * std::sqrt(7.76), 1e-12));
        QVERIFY(near(lo[5], 4.8 - 2 * std::sqrt(7.76), 1e-12));
    }

    void atrWilderHandComputed()
    {
        // TR = 2, 3, 2, 4; first ATR(3) = 7/3, next (7/3 * 2 + 4) / 3 = 26/9.
        Vec h{10, 12, 13, 14}, l{8, 9, 11, 10}, c{9, 11, 12, 13}, o(4);
        QVERIFY(atr(h, l, c, 3, o).ok());
        QVERIFY(std::isnan(o[1]));
        QVERIFY(near(o[2], 7.0 / 3, 1e-12));
        QVERIFY(near(o[3], 26.0 / 9, 1e-12));
    }

    void stochasticHandComputed()
    {
        Vec h{10, 12, 11, 13, 12}, l{8, 9, 9, 10, 10}, c{9, 11, 10, 12, 10}, k(5), d(5);
        QVERIFY(stochastic(h, l, c, 3, 2, 1, k, d).ok());
        // Bar 2: HH 12, LL 8 -> 100*(10-8)/4 = 50; bar 3: HH 13, LL 9 -> 75;
        // bar 4: HH 13, LL 9 -> 25. %D(2): 62.5, 50.
        QVERIFY(std::isnan(k[1]));
        QVERIFY(near(k[2], 50, 1e-12) && near(k[3], 75, 1e-12) && near(k[4], 25, 1e-12));
        QVERIFY(std::isnan(d[2]) && near(d[3], 62.5, 1e-12) && near(d[4], 50, 1e-12));
        QVERIFY(stochastic(h, l, c, 3, 2, 2, k, d).ok());
        // Slow %K(2) = 62.5, 50; %D(2) of that = 56.25 at bar 4.
        QVERIFY(std::isnan(k[2]) && near(k[3], 62.5, 1e-12) && near(k[4], 50, 1e-12));
        QVERIFY(std::isnan(d[3]) && near(d[4], 56.25, 1e-12));
    }

    void donchianObvRoc()
    {
        Vec h{10, 12, 11, 13}, l{8, 9, 7, 10}, u(4), lo(4), m(4);
        QVERIFY(donchian(h, l, 2, u, lo, m).ok());
        QVERIFY(std::isnan(u[0]));
        QCOMPARE(u[1], 12.0);
        QCOMPARE(lo[2], 7.0);
        QCOMPARE(m[3], (13.0 + 7.0) / 2);
        Vec c{10, 11, 11, 9}, v{100, 200, 300, 400}, ob(4), r(4);
        QVERIFY(obv(c, v, ob).ok());
        QCOMPARE(ob[0], 0.0);
        QCOMPARE(ob[1], 200.0);
        QCOMPARE(ob[2], 200.0);
        QCOMPARE(ob[3], -200.0);
        QVERIFY(roc(c, 2, r).ok());
        QVERIFY(std::isnan(r[1]));
        QVERIFY(near(r[2], 10.0, 1e-12));
        QVERIFY(near(r[3], 100.0 * (9 - 11) / 11.0, 1e-12));
    }

    void badInput()
    {
        Vec x{1, 2, 3}, o(3), shortOut(2);
        auto r = sma(x, 0, o);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.find("period") != std::string::npos);
        QVERIFY(!ema(x, 3, shortOut).ok());
        QVERIFY(!bollinger(x, 2, -1, o, o, o).ok());
        // Too short for the period: all NaN, not an error, not a crash.
        QVERIFY(rsi(x, 5, o).ok());
        QVERIFY(std::isnan(o[2]));
    }

    void registry()
    {
        const auto &all = IndicatorRegistry::descriptors();
        QCOMPARE(all.size(), std::size_t(11));
        for (const char *name :
             {"sma", "ema", "wma", "rsi", "macd", "bollinger", "atr", "stochastic", "donchian", "obv", "roc"})
            QVERIFY2(IndicatorRegistry::find(name), name);
        Vec c{1, 2, 3, 4, 5};
        IndicatorInput in{{}, {}, {}, c, {}};
        auto ok = IndicatorRegistry::compute("sma", {{"period", 3}}, in);
        QVERIFY(ok.ok());
        QCOMPARE(ok->values[0][4], 4.0);
        auto unknown = IndicatorRegistry::compute("smaa", {}, in);
        QVERIFY(!unknown.ok() && unknown.error().message.find("smaa") != std::string::npos);
        auto badParam = IndicatorRegistry::compute("sma", {{"length", 3}}, in);
        QVERIFY(!badParam.ok() && badParam.error().message.find("length") != std::string::npos);
        auto range = IndicatorRegistry::compute("sma", {{"period", 0}}, in);
        QVERIFY(!range.ok() && range.error().message.find("period") != std::string::npos);
        auto frac = IndicatorRegistry::compute("sma", {{"period", 2.5}}, in);
        QVERIFY(!frac.ok());
        auto few = IndicatorRegistry::compute("sma", {{"period", 10}}, in);
        QVERIFY(!few.ok() && few.error().message.find("too few bars") != std::string::npos);
        auto missing = IndicatorRegistry::compute("atr", {}, in);
        QVERIFY(!missing.ok() && missing.error().message.find("high") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestIndicators)
#include "tst_indicators.moc"
