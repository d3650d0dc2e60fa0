#include "core/analytics/Covariance.h"
#include "core/analytics/Normal.h"
#include "core/analytics/NormalSampler.h"
#include "core/analytics/ValueAtRisk.h"

#include <QTest>
#include <cmath>
#include <numbers>

using sn::Covariance;
using sn::Normal;
using sn::ValueAtRisk;

namespace {
bool near(double got, double want, double tol)
{
    if (std::fabs(got - want) <= tol)
        return true;
    qWarning("got %.12g want %.12g", got, want);
    return false;
}
// Published standard normal quantiles.
constexpr double kZ95 = 1.6448536269514722;
constexpr double kZ99 = 2.3263478740408408;
double phi(double z)
{
    return std::exp(-z * z / 2.0) / std::sqrt(2.0 * std::numbers::pi);
}
} // namespace

class TestRisk : public QObject
{
    Q_OBJECT
private slots:
    void normalQuantiles()
    {
        QVERIFY(near(*Normal::quantile(0.95), 1.644854, 5e-7));
        QVERIFY(near(*Normal::quantile(0.99), 2.326348, 5e-7));
        QVERIFY(near(*Normal::quantile(0.975), 1.959964, 5e-7));
        QVERIFY(near(*Normal::quantile(0.05), -1.644854, 5e-7));
        QVERIFY(near(*Normal::quantile(1e-6), -4.753424, 5e-6));
        QVERIFY(near(Normal::cdf(kZ95), 0.95, 1e-15));
        QVERIFY(!Normal::quantile(0.0));
        QVERIFY(!Normal::quantile(1.0));
    }

    void explainNamesTheFormulas()
    {
        QVERIFY(ValueAtRisk::explain(ValueAtRisk::Method::Normal).find("1.644854") != std::string::npos);
        QVERIFY(ValueAtRisk::explain(ValueAtRisk::Method::Historical).find("ceil(n (1 - c))") !=
                std::string::npos);
        QVERIFY(ValueAtRisk::explain(ValueAtRisk::Method::MonteCarlo).find("Cholesky") != std::string::npos);
        QVERIFY(Covariance::explain(Covariance::ShrinkageTarget::ConstantCorrelation)
                    .find("average sample correlation") != std::string::npos);
        QVERIFY(Covariance::explain(Covariance::ShrinkageTarget::ScaledIdentity).find("trace(S) / N") !=
                std::string::npos);
    }

    void zigguratSamplerIsStandardNormal()
    {
        // 1,000,000 draws: mean 0 and variance 1 within ~5 standard errors
        // (0.001 and 0.0014), and the tail shares of N(0, 1): P(z < -1.644854) = 5 %,
        // P(|z| > 3) = 0.27 %, P(z > 3.442620) (the ziggurat's tail start) = 0.0288 %.
        sn::NormalSampler s(2024);
        constexpr int n = 1'000'000;
        double sum = 0, sumSq = 0;
        int below5 = 0, beyond3 = 0, tail = 0;
        for (int i = 0; i < n; ++i) {
            const double z = s();
            sum += z;
            sumSq += z * z;
            below5 += z < -kZ95;
            beyond3 += std::fabs(z) > 3.0;
            tail += z > 3.442619855899;
        }
        QVERIFY(near(sum / n, 0.0, 0.005));
        QVERIFY(near(sumSq / n, 1.0, 0.007));
        QVERIFY(near(below5 / double(n), 0.05, 0.0011));
        QVERIFY(near(beyond3 / double(n), 2.0 * (1.0 - Normal::cdf(3.0)), 0.00026));
        QVERIFY(near(tail / double(n), 1.0 - Normal::cdf(3.442619855899), 0.00009));
        sn::NormalSampler a(5), b(5);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(a(), b());
    }

    void historicalVar()
    {
        // -5 %, -4 %, ..., +14 %: 20 returns in ascending order.
        std::vector<double> r;
        for (int k = -5; k <= 14; ++k)
            r.push_back(k / 100.0);
        // 95 %: m = ceil(20 * 0.05) = 1 -> VaR = CVaR = 5 %
        auto a = ValueAtRisk::historical(r, 0.95);
        QVERIFY(a.ok());
        QVERIFY(near(a->var, 0.05, 1e-15));
        QVERIFY(near(a->cvar, 0.05, 1e-15));
        // 90 %: m = 2 -> VaR = 4 %, CVaR = (5 + 4) / 2 = 4.5 %
        auto b = ValueAtRisk::historical(r, 0.90);
        QVERIFY(near(b->var, 0.04, 1e-15));
        QVERIFY(near(b->cvar, 0.045, 1e-15));
        // 2-day windows: 19 of them; the two worst are 0.95 * 0.96 - 1 = -0.088 and
        // 0.96 * 0.97 - 1 = -0.0688; at 90 % m = ceil(1.9) = 2.
        auto c = ValueAtRisk::historical(r, 0.90, 2);
        QVERIFY(c.ok());
        QCOMPARE(c->observations, std::size_t(19));
        QVERIFY(near(c->var, 0.0688, 1e-12));
        QVERIFY(near(c->cvar, (0.088 + 0.0688) / 2.0, 1e-12));
        // 99 % needs 100 observations.
        auto few = ValueAtRisk::historical(r, 0.99);
        QVERIFY(!few.ok());
        QVERIFY(few.error().message.find("at least 100") != std::string::npos);
        QVERIFY(!ValueAtRisk::historical(r, 1.0).ok());
        QVERIFY(!ValueAtRisk::historical(r, 0.95, 0).ok());
        r[3] = std::nan("");
        QVERIFY(!ValueAtRisk::historical(r, 0.95).ok());
    }

    void parametricAndCornishFisher()
    {
        // mean 0; sample sd = sqrt((4e-4 + 0 + 4e-4 + 0) / 3)
        const std::vector<double> r{-0.02, 0.0, 0.02, 0.0};
        const double sd = std::sqrt(8e-4 / 3.0);
        auto n = ValueAtRisk::parametricNormal(r, 0.95);
        QVERIFY(n.ok());
        QVERIFY(near(n->var, kZ95 * sd, 1e-12));
        QVERIFY(near(n->cvar, sd * phi(kZ95) / 0.05, 1e-12));
        auto n10 = ValueAtRisk::parametricNormal(r, 0.99, 10);
        QVERIFY(near(n10->var, kZ99 * sd * std::sqrt(10.0), 1e-12));
        // Cornish-Fisher: skewness 0; m2 = 8e-4 / 4 = 2e-4, m4 = 2 * 1.6e-7 / 4 = 8e-8,
        // excess kurtosis = 8e-8 / 4e-8 - 3 = -1; z = -1.6448536...
        // z_cf = z + (z^3 - 3z)(-1)/24
        const double z = -kZ95;
        const double zcf = z + (z * z * z - 3.0 * z) * (-1.0) / 24.0;
        auto cf = ValueAtRisk::cornishFisher(r, 0.95);
        QVERIFY(cf.ok());
        QVERIFY(near(cf->var, -zcf * sd, 1e-12));
        QVERIFY(cf->cvar > cf->var);
        QVERIFY(!ValueAtRisk::cornishFisher(std::vector<double>{0.01, 0.02}, 0.95).ok());
        QVERIFY(!ValueAtRisk::parametricNormal(std::vector<double>{0.01}, 0.95).ok());
    }

    void monteCarloMatchesNormalClosedForm()
    {
        // w = (0.5, 0.5), sd (1 %, 2 %), correlation 0.5:
        // var_p = 0.25e-4 + 0.25 * 4e-4 + 2 * 0.25 * 0.5 * 0.01 * 0.02 = 1.75e-4
        Eigen::VectorXd w(2);
        w << 0.5, 0.5;
        Eigen::VectorXd mu = Eigen::VectorXd::Zero(2);
        Eigen::MatrixXd cov(2, 2);
        cov << 1e-4, 1e-4, 1e-4, 4e-4;
        const double sp = std::sqrt(1.75e-4);
        auto mc = ValueAtRisk::monteCarlo(w, mu, cov, 0.99, 1, 200'000, 42);
        QVERIFY(mc.ok());
        QVERIFY(near(mc->var, kZ99 * sp, 0.02 * kZ99 * sp));
        QVERIFY(near(mc->cvar, sp * phi(kZ99) / 0.01, 0.03 * sp * phi(kZ99) / 0.01));
        auto again = ValueAtRisk::monteCarlo(w, mu, cov, 0.99, 1, 200'000, 42);
        QCOMPARE(again->var, mc->var); // seeded: reproducible
        Eigen::MatrixXd singular(2, 2);
        singular << 1e-4, 1e-4, 1e-4, 1e-4;
        auto bad = ValueAtRisk::monteCarlo(w, mu, singular, 0.99, 1, 1000, 1);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.find("singular") != std::string::npos);
        QVERIFY(!ValueAtRisk::monteCarlo(w, Eigen::VectorXd::Zero(3), cov, 0.99, 1, 1000, 1).ok());

        // Component VaR: cov w = (1e-4, 2.5e-4); C_i = w_i z (cov w)_i / sigma_p
        auto comp = ValueAtRisk::componentVar(w, mu, cov, 0.99);
        QVERIFY(comp.ok());
        QVERIFY(near(comp->contribution[0], 0.5 * kZ99 * 1e-4 / sp, 1e-12));
        QVERIFY(near(comp->contribution[1], 0.5 * kZ99 * 2.5e-4 / sp, 1e-12));
        QVERIFY(near(comp->total, kZ99 * sp, 1e-12));
    }

    void covarianceAndCorrelation()
    {
        Eigen::MatrixXd x(3, 2);
        x << 1, 2, 2, 4, 3, 9;
        // deviations (-1, -3), (0, -1), (1, 4): var 2/2 = 1, var 26/2 = 13, cov 7/2 = 3.5
        auto s = Covariance::sample(x);
        QVERIFY(s.ok());
        QVERIFY(near((*s)(0, 0), 1.0, 1e-15));
        QVERIFY(near((*s)(1, 1), 13.0, 1e-14));
        QVERIFY(near((*s)(0, 1), 3.5, 1e-15));
        auto c = Covariance::correlation(*s);
        QVERIFY(near((*c)(0, 1), 3.5 / std::sqrt(13.0), 1e-15));
        QCOMPARE((*c)(1, 1), 1.0);
        QVERIFY(!Covariance::sample(Eigen::MatrixXd(1, 2)).ok());
        Eigen::MatrixXd withZero(2, 2);
        withZero << 1, 0, 0, 0;
        QVERIFY(!Covariance::correlation(withZero).ok());
    }

    void ledoitWolf()
    {
        // Two assets: the constant-correlation target equals the sample, so no
        // shrinkage; the result is the 1/T covariance (here 2/3, 26/3, 7/3).
        Eigen::MatrixXd x(3, 2);
        x << 1, 2, 2, 4, 3, 9;
        auto cc = Covariance::ledoitWolf(x, Covariance::ShrinkageTarget::ConstantCorrelation);
        QVERIFY(cc.ok());
        QCOMPARE(cc->intensity, 0.0);
        QVERIFY(near(cc->matrix(0, 1), 7.0 / 3.0, 1e-14));

        // Scaled identity by hand: rows (1, 1), (-1, 1), (0, -2) (mean 0);
        // S = diag(2/3, 2); mu = 4/3; d^2 = (2/3 - 4/3)^2 + (2 - 4/3)^2 = 8/9;
        // b-bar^2 = (1/9) * [(1/9 + 3) + (1/9 + 3) + (4/9 + 4)] = 32/27 >= d^2, so b^2 = d^2:
        // intensity 1 and the estimate is 4/3 I.
        Eigen::MatrixXd y(3, 2);
        y << 1, 1, -1, 1, 0, -2;
        auto id = Covariance::ledoitWolf(y, Covariance::ShrinkageTarget::ScaledIdentity);
        QVERIFY(id.ok());
        QVERIFY(near(id->intensity, 1.0, 1e-15));
        QVERIFY(near(id->matrix(0, 0), 4.0 / 3.0, 1e-14));
        QVERIFY(near(id->matrix(0, 1), 0.0, 1e-15));

        // Constant correlation, 3 assets: intensity in [0, 1], variances kept.
        Eigen::MatrixXd z(6, 3);
        z << 0.01, 0.02, -0.01, -0.02, 0.01, 0.00, 0.03, 0.01, 0.02, 0.00, -0.01, 0.01, -0.01, 0.02, -0.02,
            0.02, 0.00, 0.01;
        auto three = Covariance::ledoitWolf(z, Covariance::ShrinkageTarget::ConstantCorrelation);
        QVERIFY(three.ok());
        QVERIFY(three->intensity >= 0.0 && three->intensity <= 1.0);
        const Eigen::MatrixXd s1 = *Covariance::sample(z) * (5.0 / 6.0);
        QVERIFY(near(three->matrix(2, 2), s1(2, 2), 1e-15));
        Eigen::MatrixXd flat(3, 2);
        flat << 1, 5, 2, 5, 3, 5;
        QVERIFY(!Covariance::ledoitWolf(flat, Covariance::ShrinkageTarget::ConstantCorrelation).ok());
    }
};

QTEST_APPLESS_MAIN(TestRisk)
#include "tst_risk.moc"
