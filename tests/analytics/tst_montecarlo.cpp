#include "core/analytics/MonteCarloProjection.h"

#include <QTest>
#include <cmath>

using sn::MonteCarloProjection;

namespace {
bool near(double got, double want, double tol)
{
    if (std::fabs(got - want) <= tol)
        return true;
    qWarning("got %.12g want %.12g", got, want);
    return false;
}
} // namespace

class TestMonteCarlo : public QObject
{
    Q_OBJECT
private slots:
    void gbmWithoutVolatilityIsDeterministic()
    {
        MonteCarloProjection::Input in;
        in.method = MonteCarloProjection::Method::Gbm;
        in.startValue = 100.0;
        in.steps = 10;
        in.paths = 50;
        in.mu = 0.001;
        in.sigma = 0.0;
        auto fan = MonteCarloProjection::run(in);
        QVERIFY(fan.ok());
        // V_10 = 100 exp(10 * 0.001) for every path, so every percentile.
        for (const auto &series : fan->percentile) {
            QCOMPARE(series.size(), std::size_t(11));
            QVERIFY(near(series[0], 100.0, 0.0));
            QVERIFY(near(series[10], 100.0 * std::exp(0.01), 1e-12));
        }
    }

    void bootstrapOfOneReturn()
    {
        MonteCarloProjection::Input in;
        in.startValue = 100.0;
        in.steps = 6;
        in.paths = 100;
        in.historicalReturns = {0.01};
        in.target = 105.0;   // 100 * 1.01^5 = 105.10: reached at step 5
        in.lossLimit = 90.0; // never
        auto fan = MonteCarloProjection::run(in);
        QVERIFY(fan.ok());
        QVERIFY(near(fan->percentile[2][6], 100.0 * std::pow(1.01, 6), 1e-12));
        QCOMPARE(*fan->probabilityTarget, 1.0);
        QCOMPARE(*fan->probabilityLossLimit, 0.0);
    }

    void bootstrapCoinFlip()
    {
        // One step of +10 % or -10 % with equal chance: 5th percentile 90, 95th 110,
        // about half the paths reach 110, about half fall to 90.
        MonteCarloProjection::Input in;
        in.startValue = 100.0;
        in.steps = 1;
        in.paths = 10'000;
        in.seed = 7;
        in.historicalReturns = {0.1, -0.1};
        in.target = 110.0;
        in.lossLimit = 90.0;
        auto fan = MonteCarloProjection::run(in);
        QVERIFY(fan.ok());
        QVERIFY(near(fan->percentile[0][1], 90.0, 1e-12));
        QVERIFY(near(fan->percentile[4][1], 110.0, 1e-12));
        QVERIFY(near(*fan->probabilityTarget, 0.5, 0.02));
        QVERIFY(near(*fan->probabilityTarget + *fan->probabilityLossLimit, 1.0, 1e-12));
    }

    void bootstrapFiveOutcomes()
    {
        // One step drawn from -2 %, -1 %, 0, +1 %, +2 % (20 % each) over 10,000 paths:
        // the 5th/25th/50th/75th/95th percentiles sit inside the 1st..5th outcome blocks
        // (ranks 499, 2499, 4999, 7499, 9499 with block sizes 2000 +- 120), so they are
        // 98, 99, 100, 101, 102 exactly.
        MonteCarloProjection::Input in;
        in.startValue = 100.0;
        in.steps = 1;
        in.paths = 10'000;
        in.seed = 3;
        in.historicalReturns = {-0.02, -0.01, 0.0, 0.01, 0.02};
        auto fan = MonteCarloProjection::run(in);
        QVERIFY(fan.ok());
        const double want[] = {98.0, 99.0, 100.0, 101.0, 102.0};
        for (int k = 0; k < 5; ++k)
            QVERIFY(near(fan->percentile[static_cast<std::size_t>(k)][1], want[k], 1e-11));
    }

    void gbmPercentilesMatchTheLognormal()
    {
        // ln V_T ~ N(ln V0 + (mu - s^2/2) T, s^2 T): median V0 exp((mu - s^2/2) T),
        // 95th percentile V0 exp((mu - s^2/2) T + 1.644854 s sqrt(T)).
        MonteCarloProjection::Input in;
        in.method = MonteCarloProjection::Method::Gbm;
        in.startValue = 1000.0;
        in.steps = 252;
        in.paths = 10'000;
        in.seed = 11;
        in.mu = 0.0004;
        in.sigma = 0.01;
        auto fan = MonteCarloProjection::run(in);
        QVERIFY(fan.ok());
        const double T = 252.0;
        const double m = (0.0004 - 0.5 * 1e-4) * T;
        const double s = 0.01 * std::sqrt(T);
        QVERIFY(near(fan->percentile[2][252], 1000.0 * std::exp(m), 0.01 * 1000.0 * std::exp(m)));
        QVERIFY(near(fan->percentile[4][252], 1000.0 * std::exp(m + 1.644854 * s),
                     0.02 * 1000.0 * std::exp(m + 1.644854 * s)));
        QVERIFY(near(fan->percentile[0][252], 1000.0 * std::exp(m - 1.644854 * s),
                     0.02 * 1000.0 * std::exp(m - 1.644854 * s)));
        auto again = MonteCarloProjection::run(in);
        QCOMPARE(again->percentile[2][252], fan->percentile[2][252]);
    }

    void badInput()
    {
        MonteCarloProjection::Input in;
        in.startValue = 100.0;
        QVERIFY(!MonteCarloProjection::run(in).ok()); // bootstrap without history
        in.historicalReturns = {0.01, -1.5};
        QVERIFY(!MonteCarloProjection::run(in).ok());
        in.historicalReturns = {0.01};
        in.paths = 0;
        QVERIFY(!MonteCarloProjection::run(in).ok());
        in.paths = 10;
        in.startValue = 0.0;
        QVERIFY(!MonteCarloProjection::run(in).ok());
        in.startValue = 1.0;
        in.method = MonteCarloProjection::Method::Gbm;
        in.sigma = -0.1;
        QVERIFY(!MonteCarloProjection::run(in).ok());
    }
};

QTEST_APPLESS_MAIN(TestMonteCarlo)
#include "tst_montecarlo.moc"
