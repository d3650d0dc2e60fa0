#include "core/analytics/PortfolioOptimizer.h"

#include <QTest>
#include <cmath>
#include <random>

using sn::PortfolioOptimizer;
using Problem = PortfolioOptimizer::Problem;

namespace {
bool near(double got, double want, double tol)
{
    if (std::fabs(got - want) <= tol)
        return true;
    qWarning("got %.15g want %.15g", got, want);
    return false;
}

Problem diag2(double v1, double v2, double mu1 = 0.10, double mu2 = 0.05)
{
    Problem p;
    p.mu = Eigen::Vector2d(mu1, mu2);
    p.cov = Eigen::Vector2d(v1, v2).asDiagonal();
    return p;
}

// Budget within 1e-12 and every weight inside its bounds, exactly.
bool feasible(const Eigen::VectorXd &w, const Problem &p)
{
    long double s = 0.0L;
    for (Eigen::Index i = 0; i < w.size(); ++i) {
        s += w(i);
        const double lo = p.lower.size() ? p.lower(i) : 0.0;
        const double hi = p.upper.size() ? p.upper(i) : 1.0;
        if (w(i) < lo || w(i) > hi) {
            qWarning("weight %d = %.17g outside [%g, %g]", int(i), w(i), lo, hi);
            return false;
        }
    }
    if (std::fabs(static_cast<double>(s - 1.0L)) > 1e-12) {
        qWarning("weights sum to 1 %+.3g", static_cast<double>(s - 1.0L));
        return false;
    }
    return true;
}

Problem random(int n, unsigned seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> z;
    Eigen::MatrixXd x(3 * n, n);
    for (Eigen::Index i = 0; i < x.rows(); ++i)
        for (Eigen::Index j = 0; j < n; ++j)
            x(i, j) = 0.0005 * (1 + j % 5) + 0.01 * z(rng) * (1.0 + 0.1 * j);
    return *PortfolioOptimizer::fromReturns(x);
}
} // namespace

class TestPortfolioOptimizer : public QObject
{
    Q_OBJECT
private slots:
    void minimumVarianceByHand()
    {
        // Uncorrelated: w_i proportional to 1 / var_i -> (1/0.04, 1/0.01) = (25, 100) -> (0.2, 0.8).
        auto p = diag2(0.04, 0.01);
        auto mv = PortfolioOptimizer::minimumVariance(p);
        QVERIFY(mv.ok());
        QVERIFY(near(mv->weights(0), 0.2, 1e-14));
        QVERIFY(near(mv->weights(1), 0.8, 1e-14));
        // variance 0.04 * 0.04 + 0.64 * 0.01 = 0.008
        QVERIFY(near(mv->volatility, std::sqrt(0.008), 1e-14));
        QVERIFY(feasible(mv->weights, p));
        // With w_2 <= 0.6 the optimum sits on the bound: (0.4, 0.6).
        p.upper = Eigen::Vector2d(1.0, 0.6);
        auto capped = PortfolioOptimizer::minimumVariance(p);
        QVERIFY(capped.ok());
        QVERIFY(near(capped->weights(1), 0.6, 0.0));
        QVERIFY(near(capped->weights(0), 0.4, 1e-15));
        QVERIFY(feasible(capped->weights, p));
        // Three uncorrelated: 1/0.04, 1/0.01, 1/0.09 = 25, 100, 100/9 over 1225/9.
        Problem three;
        three.mu = Eigen::Vector3d(0.1, 0.05, 0.12);
        three.cov = Eigen::Vector3d(0.04, 0.01, 0.09).asDiagonal();
        auto m3 = PortfolioOptimizer::minimumVariance(three);
        QVERIFY(near(m3->weights(0), 25.0 * 9.0 / 1225.0, 1e-14));
        QVERIFY(near(m3->weights(1), 900.0 / 1225.0, 1e-14));
        QVERIFY(near(m3->weights(2), 100.0 / 1225.0, 1e-14));
    }

    void targetReturnByHand()
    {
        // Two assets: 0.10 w + 0.05 (1 - w) = 0.08 -> w = 0.6.
        auto p = diag2(0.04, 0.01);
        auto t = PortfolioOptimizer::targetReturn(p, 0.08);
        QVERIFY(t.ok());
        QVERIFY(near(t->weights(0), 0.6, 1e-12));
        QVERIFY(near(t->expectedReturn, 0.08, 1e-14));
        QVERIFY(feasible(t->weights, p));
        auto above = PortfolioOptimizer::targetReturn(p, 0.11);
        QVERIFY(!above.ok());
        QVERIFY(above.error().message.find("highest feasible") != std::string::npos);
        auto below = PortfolioOptimizer::targetReturn(p, 0.055); // min-variance return is 0.06
        QVERIFY(!below.ok());
    }

    void maximumSharpeByHand()
    {
        // Tangency with rf = 0: w proportional to inv(C) mu = (0.10/0.04, 0.05/0.01) = (2.5, 5) -> (1/3,
        // 2/3).
        auto p = diag2(0.04, 0.01);
        auto s = PortfolioOptimizer::maximumSharpe(p);
        QVERIFY(s.ok());
        QVERIFY(near(s->weights(0), 1.0 / 3.0, 1e-6));
        QVERIFY(feasible(s->weights, p));
        // Sharpe at (1/3, 2/3): return 0.2/3 = 0.0666.., variance 0.04/9 + 0.04/9 = 0.08/9
        QVERIFY(near(*s->sharpe, (0.2 / 3.0) / std::sqrt(0.08 / 9.0), 1e-9));
        p.riskFree = 0.2;
        QVERIFY(!PortfolioOptimizer::maximumSharpe(p).ok());
    }

    void frontierHoldsConstraints()
    {
        auto p = random(30, 5);
        p.upper = Eigen::VectorXd::Constant(30, 0.15);
        p.lower = Eigen::VectorXd::Constant(30, 0.0);
        p.lower(3) = 0.02;
        auto f = PortfolioOptimizer::efficientFrontier(p, 50);
        QVERIFY2(f.ok(), f.ok() ? "" : f.error().toString().c_str());
        QCOMPARE(f->size(), std::size_t(50));
        auto mv = PortfolioOptimizer::minimumVariance(p);
        QVERIFY(near(f->front().volatility, mv->volatility, 1e-15));
        for (std::size_t k = 0; k < f->size(); ++k) {
            QVERIFY(feasible((*f)[k].weights, p));
            if (k > 0) {
                QVERIFY((*f)[k].expectedReturn > (*f)[k - 1].expectedReturn);
                QVERIFY((*f)[k].volatility >= (*f)[k - 1].volatility - 1e-15);
            }
        }
        // A frontier point is no worse than any other feasible portfolio of the same return:
        // mix two frontier points (feasible, same budget) and compare to the frontier at that return.
        const auto &a = (*f)[10];
        const auto &b = (*f)[30];
        const Eigen::VectorXd mix = 0.5 * (a.weights + b.weights);
        auto at = PortfolioOptimizer::targetReturn(p, p.mu.dot(mix));
        QVERIFY(at.ok());
        QVERIFY(at->volatility <= std::sqrt(mix.dot(p.cov * mix)) + 1e-15);
        auto sharpe = PortfolioOptimizer::maximumSharpe(p);
        QVERIFY(sharpe.ok());
        QVERIFY(feasible(sharpe->weights, p));
        for (const auto &pt : *f)
            QVERIFY(*pt.sharpe <= *sharpe->sharpe + 1e-9);
    }

    void agreesWithProjectedGradient()
    {
        // An independent solver: projected gradient descent on w' C w over
        // {sum w = 1, lo <= w <= hi}, projection by bisection on the shift.
        Problem p = random(5, 9);
        p.lower = Eigen::VectorXd::Constant(5, 0.05);
        p.upper = Eigen::VectorXd::Constant(5, 0.3);
        auto project = [&](Eigen::VectorXd v) {
            double a = -10, b = 10;
            for (int i = 0; i < 200; ++i) {
                const double m = 0.5 * (a + b);
                const double s = (v.array() - m).max(p.lower.array()).min(p.upper.array()).sum();
                (s > 1.0 ? a : b) = m;
            }
            return Eigen::VectorXd((v.array() - 0.5 * (a + b)).max(p.lower.array()).min(p.upper.array()));
        };
        Eigen::VectorXd w = Eigen::VectorXd::Constant(5, 0.2);
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(p.cov);
        const double step = 1.0 / (2.0 * eig.eigenvalues().maxCoeff());
        for (int it = 0; it < 20'000; ++it)
            w = project(w - step * 2.0 * p.cov * w);
        auto mv = PortfolioOptimizer::minimumVariance(p);
        QVERIFY(mv.ok());
        QVERIFY(feasible(mv->weights, p));
        QVERIFY(mv->weights.dot(p.cov * mv->weights) <= w.dot(p.cov * w) + 1e-15);
        QVERIFY((mv->weights - w).cwiseAbs().maxCoeff() < 1e-6);
    }

    void randomProblemsStayFeasible()
    {
        // 60 random problems with random feasible bounds: every method succeeds
        // and every output meets the constraints exactly.
        std::mt19937_64 rng(77);
        std::uniform_real_distribution<double> u(0.0, 1.0);
        for (int trial = 0; trial < 60; ++trial) {
            const int n = 2 + trial % 29;
            Problem p = random(n, 100u + static_cast<unsigned>(trial));
            p.lower = Eigen::VectorXd::Zero(n);
            p.upper = Eigen::VectorXd::Ones(n);
            for (int i = 0; i < n; ++i) {
                if (u(rng) < 0.3)
                    p.lower(i) = 0.5 * u(rng) / n;
                if (u(rng) < 0.5)
                    p.upper(i) = p.lower(i) + (1.5 + 3.0 * u(rng)) / n;
            }
            if (p.upper.sum() < 1.0)
                p.upper.array() += (1.0 - p.upper.sum()) / n + 0.01;
            p.riskFree = -0.01; // below every expected return, so a maximum Sharpe exists
            const QByteArray where = QByteArray("trial ") + QByteArray::number(trial);
            auto mv = PortfolioOptimizer::minimumVariance(p);
            QVERIFY2(mv.ok(), where.constData());
            QVERIFY2(feasible(mv->weights, p), where.constData());
            auto ms = PortfolioOptimizer::maximumSharpe(p);
            QVERIFY2(ms.ok(),
                     QByteArray(where + " " + QByteArray::fromStdString(ms ? "" : ms.error().toString()))
                         .constData());
            QVERIFY2(feasible(ms->weights, p), where.constData());
            QVERIFY2(*ms->sharpe >= *mv->sharpe - 1e-12, where.constData());
            auto f = PortfolioOptimizer::efficientFrontier(p, 10);
            QVERIFY2(f.ok(),
                     QByteArray(where + " " + QByteArray::fromStdString(f ? "" : f.error().toString()))
                         .constData());
            for (const auto &pt : *f)
                QVERIFY2(feasible(pt.weights, p), where.constData());
            const double mid = 0.5 * (f->front().expectedReturn + f->back().expectedReturn);
            auto t = PortfolioOptimizer::targetReturn(p, mid);
            QVERIFY2(t.ok(), where.constData());
            QVERIFY2(near(t->expectedReturn, mid, 1e-12 * (1.0 + std::fabs(mid))), where.constData());
            auto erc = PortfolioOptimizer::equalRiskContribution(p.cov);
            QVERIFY2(erc.ok(), where.constData());
        }
    }

    void equalRiskContribution()
    {
        // Uncorrelated: w proportional to 1/sd = (1/0.2, 1/0.1) = (5, 10) -> (1/3, 2/3).
        auto erc = PortfolioOptimizer::equalRiskContribution(diag2(0.04, 0.01).cov);
        QVERIFY(erc.ok());
        QVERIFY(near(erc->weights(0), 1.0 / 3.0, 1e-12));
        // Correlated: contributions w_i (C w)_i all equal.
        Eigen::Matrix3d c;
        c << 0.04, 0.006, 0.01, 0.006, 0.01, 0.002, 0.01, 0.002, 0.09;
        auto e3 = PortfolioOptimizer::equalRiskContribution(c);
        QVERIFY(e3.ok());
        const Eigen::VectorXd rc = e3->weights.cwiseProduct(c * e3->weights);
        QVERIFY(near(rc(0), rc(1), 1e-15));
        QVERIFY(near(rc(1), rc(2), 1e-15));
        QVERIFY(near(e3->weights.sum(), 1.0, 1e-15));
    }

    void badInput()
    {
        Problem singular;
        singular.mu = Eigen::Vector2d(0.1, 0.1);
        singular.cov.resize(2, 2);
        singular.cov << 0.01, 0.01, 0.01, 0.01;
        auto s = PortfolioOptimizer::minimumVariance(singular);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.find("singular") != std::string::npos);
        QVERIFY(!PortfolioOptimizer::equalRiskContribution(singular.cov).ok());

        auto p = diag2(0.04, 0.01);
        p.upper = Eigen::Vector2d(0.3, 0.3);
        auto inf = PortfolioOptimizer::minimumVariance(p);
        QVERIFY(!inf.ok());
        QVERIFY(inf.error().message.find("infeasible") != std::string::npos);
        p.upper = Eigen::Vector2d(1.0, 1.0);
        p.lower = Eigen::Vector2d(0.6, 0.6);
        QVERIFY(!PortfolioOptimizer::minimumVariance(p).ok());
        p.lower = Eigen::Vector2d(0.5, 0.0);
        p.upper = Eigen::Vector2d(0.4, 1.0);
        QVERIFY(!PortfolioOptimizer::minimumVariance(p).ok());

        auto few = PortfolioOptimizer::fromReturns(Eigen::MatrixXd::Random(3, 3));
        QVERIFY(!few.ok());
        QVERIFY(few.error().message.find("at least 4") != std::string::npos);
        QVERIFY(!PortfolioOptimizer::efficientFrontier(diag2(0.04, 0.01), 1).ok());
    }
};

QTEST_APPLESS_MAIN(TestPortfolioOptimizer)
#include "tst_portfoliooptimizer.moc"
