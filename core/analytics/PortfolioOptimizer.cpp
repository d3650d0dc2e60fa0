#include "core/analytics/PortfolioOptimizer.h"

#include "core/common/Log.h"
#include "core/common/UserText.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <numeric>

namespace sn {

namespace {

static const sn::log::Category lc("supernova.analytics");

using Eigen::Index;
using Eigen::MatrixXd;
using Eigen::VectorXd;

enum class Bound : signed char
{
    Free = 0,
    Lower = -1,
    Upper = 1,
    Fixed = 2
};

struct Checked
{
    VectorXd mu;
    MatrixXd cov;
    VectorXd lo;
    VectorXd hi;
    double rf = 0.0;
};

Result<Checked> check(const PortfolioOptimizer::Problem &p)
{
    const Index n = p.mu.size();
    if (n == 0)
        return makeError(ErrorCode::InvalidArgument, "no assets", "optimiser");
    if (p.cov.rows() != n || p.cov.cols() != n)
        return makeError(
            ErrorCode::InvalidArgument,
            fmt::format("{} expected returns but a {}x{} covariance", n, p.cov.rows(), p.cov.cols()),
            "optimiser");
    Checked c{p.mu, p.cov, p.lower.size() ? p.lower : VectorXd::Zero(n),
              p.upper.size() ? p.upper : VectorXd::Ones(n), p.riskFree};
    if (c.lo.size() != n || c.hi.size() != n)
        return makeError(ErrorCode::InvalidArgument, "bounds do not have one entry per asset",
                         "optimiser bounds");
    if (!c.mu.allFinite() || !c.cov.allFinite() || !c.lo.allFinite() || !c.hi.allFinite() ||
        !std::isfinite(c.rf))
        return makeError(ErrorCode::InvalidArgument, "non-finite input", "optimiser");
    if ((c.cov - c.cov.transpose()).cwiseAbs().maxCoeff() > 1e-12 * (1.0 + c.cov.cwiseAbs().maxCoeff()))
        return makeError(ErrorCode::InvalidArgument, "covariance matrix is not symmetric", "optimiser");
    for (Index i = 0; i < n; ++i)
        if (c.lo(i) > c.hi(i))
            return makeError(ErrorCode::InvalidArgument,
                             SN_TEXT("sn::Risk", "lower bound %1 above upper bound %2"),
                             {fmt::format("{}", c.lo(i)), fmt::format("{}", c.hi(i))})
                .at(SN_TEXT("sn::Risk", "asset %1"), {std::to_string(i)});
    if (c.lo.sum() > 1.0 + 1e-12 || c.hi.sum() < 1.0 - 1e-12)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Risk",
                                 "infeasible bounds: lower bounds sum to %1, upper bounds to %2; the "
                                 "weights must sum to 1"),
                         {fmt::format("{}", c.lo.sum()), fmt::format("{}", c.hi.sum())})
            .at(SN_TEXT("sn::Risk", "optimiser bounds"), {});
    Eigen::SelfAdjointEigenSolver<MatrixXd> eig(c.cov, Eigen::EigenvaluesOnly);
    const double minEig = eig.eigenvalues().minCoeff();
    const double maxEig = eig.eigenvalues().maxCoeff();
    if (!(maxEig > 0) || minEig <= 1e-12 * maxEig)
        return makeError(
                   ErrorCode::InvalidArgument,
                   SN_TEXT("sn::Risk",
                           "covariance matrix is singular or not positive definite (eigenvalues %1 .. %2)"),
                   {fmt::format("{}", minEig), fmt::format("{}", maxEig)})
            .at(SN_TEXT("sn::Risk", "optimiser"), {});
    return c;
}

// The active-set state: weights and which bound each one sits on.
struct Qp
{
    const Checked &p;
    VectorXd w;
    std::vector<Bound> state;
    double gamma = 0.0;

    explicit Qp(const Checked &problem) : p(problem)
    {
        const Index n = p.mu.size();
        const double room = (p.hi - p.lo).sum();
        const double t = room > 0 ? (1.0 - p.lo.sum()) / room : 0.0;
        w = p.lo + t * (p.hi - p.lo); // feasible: inside the bounds, sums to 1
        state.assign(static_cast<std::size_t>(n), Bound::Free);
        for (Index i = 0; i < n; ++i)
            if (p.lo(i) == p.hi(i))
                state[static_cast<std::size_t>(i)] = Bound::Fixed;
    }

    std::vector<Index> freeSet() const
    {
        std::vector<Index> f;
        for (std::size_t i = 0; i < state.size(); ++i)
            if (state[i] == Bound::Free)
                f.push_back(static_cast<Index>(i));
        return f;
    }

    // KKT on the free set: [C_FF 1; 1' 0][x; lambda] = rhs. Returns false if singular.
    bool kkt(const std::vector<Index> &f, const VectorXd &rhsTop, double rhsSum, VectorXd &x,
             double &lambda) const
    {
        const Index m = static_cast<Index>(f.size());
        MatrixXd K(m + 1, m + 1);
        for (Index a = 0; a < m; ++a) {
            for (Index b = 0; b < m; ++b)
                K(a, b) = p.cov(f[static_cast<std::size_t>(a)], f[static_cast<std::size_t>(b)]);
            K(a, m) = 1.0;
            K(m, a) = 1.0;
        }
        K(m, m) = 0.0;
        VectorXd rhs(m + 1);
        rhs.head(m) = rhsTop;
        rhs(m) = rhsSum;
        Eigen::PartialPivLU<MatrixXd> lu(K);
        const VectorXd sol = lu.solve(rhs);
        if (!sol.allFinite())
            return false;
        x = sol.head(m);
        lambda = sol(m);
        return true;
    }

    // Right-hand side on the free set for a given gamma: gamma mu_F - C_FB w_B, and 1 - sum w_B.
    void rhs(const std::vector<Index> &f, double g, VectorXd &top, double &sum) const
    {
        const Index m = static_cast<Index>(f.size());
        VectorXd wB = w;
        for (Index i : f)
            wB(i) = 0.0;
        const VectorXd cwB = p.cov * wB;
        top.resize(m);
        for (Index a = 0; a < m; ++a)
            top(a) = g * p.mu(f[static_cast<std::size_t>(a)]) - cwB(f[static_cast<std::size_t>(a)]);
        sum = 1.0 - wB.sum();
    }

    Result<void> solve(double g)
    {
        gamma = g;
        const Index n = p.mu.size();
        const double scale = p.cov.cwiseAbs().maxCoeff() + g * p.mu.cwiseAbs().maxCoeff();
        const double tol = 1e-13 * (scale > 0 ? scale : 1.0);
        const int maxIter = 20 * static_cast<int>(n) + 100;
        for (int iter = 0; iter < maxIter; ++iter) {
            const auto f = freeSet();
            const VectorXd grad = p.cov * w - g * p.mu;
            double lambda = 0.0;
            if (f.empty()) {
                // The bounds pin every weight: optimal if one lambda satisfies every bound's sign.
                double lowSide = -INFINITY;
                double highSide = INFINITY;
                Index lowArg = -1;
                Index highArg = -1;
                for (Index i = 0; i < n; ++i) {
                    const auto s = state[static_cast<std::size_t>(i)];
                    if (s == Bound::Lower && -grad(i) > lowSide) {
                        lowSide = -grad(i);
                        lowArg = i;
                    } else if (s == Bound::Upper && -grad(i) < highSide) {
                        highSide = -grad(i);
                        highArg = i;
                    }
                }
                if (lowSide <= highSide + tol || lowArg < 0 || highArg < 0)
                    return {};
                state[static_cast<std::size_t>(lowArg)] = Bound::Free;
                continue;
            }
            VectorXd top;
            double sum = 0.0;
            rhs(f, g, top, sum);
            VectorXd target;
            if (!kkt(f, top, sum, target, lambda))
                return makeError(ErrorCode::Internal, SN_TEXT("sn::Risk", "singular KKT system"), {})
                    .at(SN_TEXT("sn::Risk", "optimiser"), {});
            // Step toward the equality-constrained optimum until a bound blocks.
            double alpha = 1.0;
            Index block = -1;
            Bound blockSide = Bound::Free;
            for (std::size_t a = 0; a < f.size(); ++a) {
                const Index i = f[a];
                const double step = target(static_cast<Index>(a)) - w(i);
                if (step < 0 && target(static_cast<Index>(a)) < p.lo(i)) {
                    const double t = (p.lo(i) - w(i)) / step;
                    if (t < alpha) {
                        alpha = t;
                        block = i;
                        blockSide = Bound::Lower;
                    }
                } else if (step > 0 && target(static_cast<Index>(a)) > p.hi(i)) {
                    const double t = (p.hi(i) - w(i)) / step;
                    if (t < alpha) {
                        alpha = t;
                        block = i;
                        blockSide = Bound::Upper;
                    }
                }
            }
            alpha = std::max(alpha, 0.0);
            for (std::size_t a = 0; a < f.size(); ++a)
                w(f[a]) += alpha * (target(static_cast<Index>(a)) - w(f[a]));
            if (block >= 0) {
                w(block) = blockSide == Bound::Lower ? p.lo(block) : p.hi(block);
                state[static_cast<std::size_t>(block)] = blockSide;
                continue;
            }
            // At the free-set optimum: release the bound whose multiplier has the wrong sign.
            const VectorXd g2 = p.cov * w - g * p.mu;
            Index worst = -1;
            double worstNu = -tol;
            for (Index i = 0; i < n; ++i) {
                const auto s = state[static_cast<std::size_t>(i)];
                double nu = 0.0;
                if (s == Bound::Lower)
                    nu = g2(i) + lambda;
                else if (s == Bound::Upper)
                    nu = -(g2(i) + lambda);
                else
                    continue;
                if (nu < worstNu) {
                    worstNu = nu;
                    worst = i;
                }
            }
            if (worst < 0)
                return {};
            state[static_cast<std::size_t>(worst)] = Bound::Free;
        }
        return makeError(ErrorCode::Internal, SN_TEXT("sn::Risk", "active-set method did not converge"), {})
            .at(SN_TEXT("sn::Risk", "optimiser"), {});
    }

    // On the current active set the free weights are a + gamma b; returns
    // d(mu'w)/d(gamma) and mu'w at gamma = 0 for this set.
    bool segment(double &r0, double &slope) const
    {
        const auto f = freeSet();
        if (f.empty()) {
            r0 = p.mu.dot(w);
            slope = 0.0;
            return true;
        }
        VectorXd top0;
        double sum = 0.0;
        rhs(f, 0.0, top0, sum);
        VectorXd a;
        VectorXd b;
        double l0 = 0.0;
        double l1 = 0.0;
        if (!kkt(f, top0, sum, a, l0))
            return false;
        VectorXd muF(static_cast<Index>(f.size()));
        for (std::size_t k = 0; k < f.size(); ++k)
            muF(static_cast<Index>(k)) = p.mu(f[k]);
        if (!kkt(f, muF, 0.0, b, l1))
            return false;
        VectorXd wB = w;
        for (Index i : f)
            wB(i) = 0.0;
        r0 = p.mu.dot(wB) + muF.dot(a);
        slope = muF.dot(b);
        return true;
    }
};

// The highest feasible return: fill the bounds' slack in order of mu.
VectorXd maxReturnWeights(const Checked &p)
{
    const Index n = p.mu.size();
    VectorXd w = p.lo;
    double left = 1.0 - p.lo.sum();
    std::vector<Index> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), Index(0));
    std::stable_sort(order.begin(), order.end(), [&](Index a, Index b) { return p.mu(a) > p.mu(b); });
    for (Index i : order) {
        const double add = std::min(left, p.hi(i) - p.lo(i));
        w(i) += add;
        left -= add;
        if (left <= 0)
            break;
    }
    return w;
}

// Clamps into the bounds and moves the last rounding residue of the budget
// onto weights with room, so the output meets the constraints exactly.
void enforce(const Checked &p, VectorXd &w)
{
    const Index n = w.size();
    for (Index i = 0; i < n; ++i)
        w(i) = std::clamp(w(i), p.lo(i), p.hi(i));
    for (int pass = 0; pass < 4; ++pass) {
        long double s = 0.0L;
        for (Index i = 0; i < n; ++i)
            s += w(i);
        double residual = static_cast<double>(1.0L - s);
        if (residual == 0.0)
            return;
        for (Index i = 0; i < n && residual != 0.0; ++i) {
            const double room = residual > 0 ? p.hi(i) - w(i) : p.lo(i) - w(i);
            const double move = residual > 0 ? std::min(room, residual) : std::max(room, residual);
            w(i) += move;
            residual -= move;
        }
    }
}

PortfolioOptimizer::Portfolio describe(const Checked &p, VectorXd w)
{
    enforce(p, w);
    PortfolioOptimizer::Portfolio out;
    out.expectedReturn = p.mu.dot(w);
    out.volatility = std::sqrt(std::max(0.0, w.dot(p.cov * w)));
    if (out.volatility > 0)
        out.sharpe = (out.expectedReturn - p.rf) / out.volatility;
    out.weights = std::move(w);
    return out;
}

// Moves `qp` to the frontier portfolio with return `target` (between the
// minimum-variance return and the maximum), adjusting gamma.
Result<void> reachTarget(Qp &qp, double target)
{
    const double tol = 1e-12 * (1.0 + std::fabs(target));
    double lo = 0.0;      // return(lo) <= target
    double hi = INFINITY; // return(hi) >= target
    double g = qp.gamma;
    for (int iter = 0; iter < 200; ++iter) {
        if (auto ok = qp.solve(g); !ok)
            return ok;
        const double r = qp.p.mu.dot(qp.w);
        if (std::fabs(r - target) <= tol)
            return {};
        if (r < target)
            lo = std::max(lo, g);
        else
            hi = std::min(hi, g);
        double r0 = 0.0;
        double slope = 0.0;
        double next = -1.0;
        if (qp.segment(r0, slope) && slope > 0)
            next = (target - r0) / slope;
        // Outside the bracket, or no progress: bisect (or expand while no upper end is known).
        if (!(next > lo && next < hi) || next == g)
            next = std::isinf(hi) ? std::max(2.0 * g, g + 1.0) : 0.5 * (lo + hi);
        if (!std::isinf(hi) && hi - lo <= 1e-15 * std::max(1.0, hi))
            break;
        g = next;
    }
    return makeError(ErrorCode::Internal, SN_TEXT("sn::Risk", "could not reach the target return %1"),
                     {fmt::format("{}", target)})
        .at(SN_TEXT("sn::Risk", "optimiser"), {});
}

} // namespace

Result<PortfolioOptimizer::Problem> PortfolioOptimizer::fromReturns(const Eigen::MatrixXd &returns)
{
    if (returns.cols() == 0)
        return makeError(ErrorCode::InvalidArgument, "no assets", "returns");
    if (returns.rows() <= returns.cols())
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Risk", "%1 observations for %2 assets; at least %3 are needed for a "
                                             "non-singular covariance"),
                         {std::to_string(returns.rows()), std::to_string(returns.cols()),
                          std::to_string(returns.cols() + 1)})
            .at(SN_TEXT("sn::Risk", "returns"), {});
    if (!returns.allFinite())
        return makeError(ErrorCode::InvalidArgument, "non-finite return", "returns");
    Problem p;
    p.mu = returns.colwise().mean().transpose();
    const MatrixXd y = returns.rowwise() - returns.colwise().mean();
    p.cov = (y.transpose() * y) / static_cast<double>(returns.rows() - 1);
    return p;
}

Result<PortfolioOptimizer::Portfolio> PortfolioOptimizer::minimumVariance(const Problem &problem)
{
    auto c = check(problem);
    if (!c)
        return c.error();
    Qp qp(*c);
    if (auto ok = qp.solve(0.0); !ok)
        return ok.error();
    return describe(*c, qp.w);
}

Result<PortfolioOptimizer::Portfolio> PortfolioOptimizer::targetReturn(const Problem &problem, double target)
{
    auto c = check(problem);
    if (!c)
        return c.error();
    if (!std::isfinite(target))
        return makeError(ErrorCode::InvalidArgument, "target return is not finite", "target");
    const VectorXd top = maxReturnWeights(*c);
    const double rMax = c->mu.dot(top);
    const double tol = 1e-12 * (1.0 + std::fabs(target));
    if (target > rMax + tol)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Risk", "target return %1 is above the highest feasible return %2"),
                         {fmt::format("{}", target), fmt::format("{}", rMax)})
            .at(SN_TEXT("sn::Risk", "target"), {});
    Qp qp(*c);
    if (auto ok = qp.solve(0.0); !ok)
        return ok.error();
    const double rMin = c->mu.dot(qp.w);
    if (target < rMin - tol)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Risk", "target return %1 is below the minimum-variance portfolio's "
                                             "return %2; the efficient frontier starts there"),
                         {fmt::format("{}", target), fmt::format("{}", rMin)})
            .at(SN_TEXT("sn::Risk", "target"), {});
    if (target >= rMax - tol)
        return describe(*c, top);
    if (target <= rMin + tol)
        return describe(*c, qp.w);
    if (auto ok = reachTarget(qp, target); !ok)
        return ok.error();
    return describe(*c, qp.w);
}

Result<std::vector<PortfolioOptimizer::Portfolio>>
PortfolioOptimizer::efficientFrontier(const Problem &problem, int points)
{
    if (points < 2)
        return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::Risk", "%1 points; at least 2 are needed"),
                         {std::to_string(points)})
            .at(SN_TEXT("sn::Risk", "points"), {});
    auto c = check(problem);
    if (!c)
        return c.error();
    Qp qp(*c);
    if (auto ok = qp.solve(0.0); !ok)
        return ok.error();
    const double rMin = c->mu.dot(qp.w);
    const VectorXd top = maxReturnWeights(*c);
    const double rMax = c->mu.dot(top);
    std::vector<Portfolio> out;
    out.reserve(static_cast<std::size_t>(points));
    out.push_back(describe(*c, qp.w));
    for (int k = 1; k < points; ++k) {
        if (k == points - 1 || rMax <= rMin) {
            out.push_back(describe(*c, rMax > rMin ? top : qp.w));
            continue;
        }
        const double target = rMin + (rMax - rMin) * k / (points - 1);
        if (auto ok = reachTarget(qp, target); !ok)
            return ok.error();
        out.push_back(describe(*c, qp.w));
    }
    return out;
}

Result<PortfolioOptimizer::Portfolio> PortfolioOptimizer::maximumSharpe(const Problem &problem)
{
    auto c = check(problem);
    if (!c)
        return c.error();
    Qp qp(*c);
    if (auto ok = qp.solve(0.0); !ok)
        return ok.error();
    const double rMin = c->mu.dot(qp.w);
    const VectorXd top = maxReturnWeights(*c);
    const double rMax = c->mu.dot(top);
    if (rMax <= c->rf)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Risk", "no feasible portfolio returns more than the risk-free rate %1 "
                                             "(best %2)"),
                         {fmt::format("{}", c->rf), fmt::format("{}", rMax)})
            .at(SN_TEXT("sn::Risk", "maximum Sharpe"), {});
    auto sharpeAt = [&](double t, VectorXd &w) -> Result<double> {
        if (t >= rMax) {
            w = top;
        } else {
            if (auto ok = reachTarget(qp, t); !ok)
                return ok.error();
            w = qp.w;
        }
        const double vol = std::sqrt(std::max(0.0, w.dot(c->cov * w)));
        return vol > 0 ? (c->mu.dot(w) - c->rf) / vol : -INFINITY;
    };
    // Golden-section search on the target return.
    const double phi = (std::sqrt(5.0) - 1.0) / 2.0;
    double a = std::max(rMin, c->rf);
    double b = rMax;
    VectorXd best = a == rMin ? VectorXd(qp.w) : top;
    double bestS = -INFINITY;
    VectorXd w;
    for (double t : {a, b}) {
        auto s = sharpeAt(t, w);
        if (!s)
            return s.error();
        if (*s > bestS) {
            bestS = *s;
            best = w;
        }
    }
    double x1 = b - phi * (b - a);
    double x2 = a + phi * (b - a);
    auto s1 = sharpeAt(x1, w);
    if (!s1)
        return s1.error();
    double f1 = *s1;
    if (f1 > bestS) {
        bestS = f1;
        best = w;
    }
    auto s2 = sharpeAt(x2, w);
    if (!s2)
        return s2.error();
    double f2 = *s2;
    if (f2 > bestS) {
        bestS = f2;
        best = w;
    }
    for (int iter = 0; iter < 100 && (b - a) > 1e-14 * (1.0 + std::fabs(b)); ++iter) {
        if (f1 < f2) {
            a = x1;
            x1 = x2;
            f1 = f2;
            x2 = a + phi * (b - a);
            auto s = sharpeAt(x2, w);
            if (!s)
                return s.error();
            f2 = *s;
            if (f2 > bestS) {
                bestS = f2;
                best = w;
            }
        } else {
            b = x2;
            x2 = x1;
            f2 = f1;
            x1 = b - phi * (b - a);
            auto s = sharpeAt(x1, w);
            if (!s)
                return s.error();
            f1 = *s;
            if (f1 > bestS) {
                bestS = f1;
                best = w;
            }
        }
    }
    return describe(*c, best);
}

Result<PortfolioOptimizer::Portfolio> PortfolioOptimizer::equalRiskContribution(const Eigen::MatrixXd &cov)
{
    Problem p;
    p.mu = VectorXd::Zero(cov.rows());
    p.cov = cov;
    auto c = check(p);
    if (!c)
        return c.error();
    const Index n = cov.rows();
    const double inv = 1.0 / static_cast<double>(n);
    VectorXd y = cov.diagonal().cwiseSqrt().cwiseInverse();
    VectorXd cy = cov * y;
    for (int sweep = 0; sweep < 10'000; ++sweep) {
        for (Index i = 0; i < n; ++i) {
            const double others = cy(i) - cov(i, i) * y(i);
            const double yi =
                (-others + std::sqrt(others * others + 4.0 * cov(i, i) * inv)) / (2.0 * cov(i, i));
            cy += cov.col(i) * (yi - y(i));
            y(i) = yi;
        }
        // Converged when every y_i (Cy)_i equals 1/n, the stationarity condition.
        const double worst = (y.cwiseProduct(cy).array() - inv).abs().maxCoeff();
        if (worst < 1e-14)
            break;
    }
    VectorXd w = y / y.sum();
    lc.debug("equal risk contribution over {} assets", n);
    return describe(*c, w);
}

std::string PortfolioOptimizer::explain()
{
    return "Mean-variance optimisation: minimise w' Cov w subject to sum w = 1 and lower_i <= w_i <= upper_i "
           "(long-only by default: 0 <= w_i <= 1), solved exactly by a primal active-set method. Minimum "
           "variance: "
           "that problem alone. Target return: also mu'w = target, between the minimum-variance return and "
           "the "
           "highest feasible return. Efficient frontier: evenly spaced target returns over that range. "
           "Maximum "
           "Sharpe: the frontier portfolio with the highest (mu'w - rf) / sqrt(w' Cov w). Equal risk "
           "contribution: long-only weights with equal w_i (Cov w)_i. Covariance must be positive definite.";
}

} // namespace sn
