#pragma once

#include "core/common/Result.h"

#include <Eigen/Dense>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace sn {

// Value at Risk and Conditional VaR (expected shortfall) as positive
// fractions of the portfolio's value: a VaR of 0.05 at 99 % over 10 days
// means a 1 % chance of losing more than 5 % in 10 days.
class ValueAtRisk
{
public:
    struct Estimate
    {
        double var = 0.0;
        double cvar = 0.0;
        std::size_t observations = 0; // returns, windows or draws used
    };

    struct Component
    {
        std::vector<double> contribution; // per position, sums to `total`
        double total = 0.0;
    };

    // Historical: the h-period returns of overlapping windows prod(1 + r) - 1
    // (the returns themselves when h = 1) are sorted ascending x_(1) <= ...;
    // with m = ceil(n (1 - c)), VaR = -x_(m) and CVaR = -mean(x_(1..m)).
    // Errors: confidence outside (0, 1), horizon < 1, fewer windows than
    // 1 / (1 - c) (the tail would be empty), non-finite returns.
    static Result<Estimate> historical(std::span<const double> returns, double confidence, int horizon = 1);
    // Normal: mean and sample deviation scaled to the horizon (mu h, sd sqrt(h)),
    // VaR = -(mu h - z sd sqrt(h)), CVaR = -(mu h - sd sqrt(h) phi(z) / (1 - c)), z = Phi^-1(c).
    static Result<Estimate> parametricNormal(std::span<const double> returns, double confidence,
                                             int horizon = 1);
    // Cornish-Fisher: z replaced by the skew- and kurtosis-adjusted quantile
    // z_cf = z + (z^2 - 1) S / 6 + (z^3 - 3z) K / 24 - (2z^3 - 5z) S^2 / 36 (S skewness,
    // K excess kurtosis, moment estimators); CVaR averages the adjusted quantile over the tail.
    static Result<Estimate> cornishFisher(std::span<const double> returns, double confidence,
                                          int horizon = 1);
    // Monte Carlo: `draws` correlated normal asset returns x = mu h + sqrt(h) L z
    // (L the Cholesky factor of cov, z ~ N(0, I) from NormalSampler(seed), a
    // ziggurat over std::mt19937_64),
    // portfolio return w'x, then the historical estimator over the draws.
    // Errors: sizes that disagree, a covariance that is not positive definite.
    static Result<Estimate> monteCarlo(const Eigen::VectorXd &weights, const Eigen::VectorXd &mu,
                                       const Eigen::MatrixXd &cov, double confidence, int horizon,
                                       std::size_t draws, std::uint64_t seed);
    // Parametric normal component VaR (Euler allocation):
    // C_i = w_i (-mu_i h + z sqrt(h) (cov w)_i / sigma_p); sum C_i = VaR of the portfolio.
    static Result<Component> componentVar(const Eigen::VectorXd &weights, const Eigen::VectorXd &mu,
                                          const Eigen::MatrixXd &cov, double confidence, int horizon = 1);
    // The same estimator as historical() over already simulated returns; needs
    // at least 1 / (1 - c) of them.
    static Result<Estimate> fromSample(std::vector<double> sample, double confidence);

    enum class Method
    {
        Historical,
        Normal,
        CornishFisher,
        MonteCarlo,
        Component
    };
    // The formula behind a method, for --explain.
    static std::string explain(Method method);
};

} // namespace sn
