#pragma once

#include "core/common/Result.h"

#include <Eigen/Dense>
#include <optional>
#include <string>
#include <vector>

namespace sn {

// Mean-variance optimisation with a budget (weights sum to 1) and per-asset
// bounds, solved exactly by a primal active-set method on
//   minimise 1/2 w'Cw - gamma mu'w  subject to  sum w = 1, lower <= w <= upper,
// whose solutions for gamma >= 0 trace the efficient frontier (piecewise
// linear in gamma between corner portfolios, so a target return is hit by
// solving for gamma on the current active set). Equal risk contribution is
// the second method. Outputs satisfy the constraints exactly: inside the
// bounds and summing to 1 within 1e-12.
class PortfolioOptimizer
{
public:
    struct Problem
    {
        Eigen::VectorXd mu;    // expected return per period
        Eigen::MatrixXd cov;   // covariance per period
        Eigen::VectorXd lower; // empty = 0 (long-only)
        Eigen::VectorXd upper; // empty = 1
        double riskFree = 0.0; // per period, for the Sharpe ratio
    };

    struct Portfolio
    {
        Eigen::VectorXd weights;
        double expectedReturn = 0.0;
        double volatility = 0.0;
        std::optional<double> sharpe; // (return - rf) / volatility, when volatility > 0
    };

    // Mean and sample covariance from a T x N return matrix. Errors: T <= N
    // (the sample covariance would be singular), non-finite data.
    static Result<Problem> fromReturns(const Eigen::MatrixXd &returns);

    // Errors for all: sizes that disagree, a covariance that is not symmetric
    // positive definite (singular), lower > upper, bounds whose sums cannot
    // reach 1 (infeasible), non-finite input.
    static Result<Portfolio> minimumVariance(const Problem &problem);
    // The frontier portfolio with the highest (return - rf) / volatility; the
    // Sharpe ratio is quasi-concave along the frontier, so a golden-section
    // search over the target return finds it. Error: no feasible portfolio
    // returns more than the risk-free rate.
    static Result<Portfolio> maximumSharpe(const Problem &problem);
    // Minimum variance at exactly this expected return. Errors: above the
    // highest feasible return, or below the minimum-variance portfolio's
    // return (the efficient frontier starts there).
    static Result<Portfolio> targetReturn(const Problem &problem, double target);
    // `points` portfolios (>= 2) at evenly spaced returns from the
    // minimum-variance portfolio to the highest feasible return.
    static Result<std::vector<Portfolio>> efficientFrontier(const Problem &problem, int points);
    // Long-only weights whose risk contributions w_i (Cw)_i are all equal
    // (cyclical coordinate descent on 1/2 y'Cy - sum ln(y_i) / n, w = y / sum y).
    // Bounds do not apply: the solution is unique.
    static Result<Portfolio> equalRiskContribution(const Eigen::MatrixXd &cov);

    // The optimisation problems, for --explain.
    static std::string explain();
};

} // namespace sn
