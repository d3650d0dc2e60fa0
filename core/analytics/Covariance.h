#pragma once

#include "core/common/Result.h"

#include <Eigen/Dense>
#include <string>

namespace sn {

// Covariance and correlation of asset returns: a T x N matrix, one row per
// period, one column per asset.
class Covariance
{
public:
    enum class ShrinkageTarget
    {
        // Ledoit & Wolf (2004), "Honey, I shrunk the sample covariance matrix":
        // sample variances kept, every correlation replaced by the average one.
        ConstantCorrelation,
        // Ledoit & Wolf (2004), "A well-conditioned estimator for large-dimensional
        // covariance matrices": mu * I with mu = trace(S) / N.
        ScaledIdentity,
    };

    struct Shrunk
    {
        Eigen::MatrixXd matrix;
        double intensity = 0.0; // delta in [0, 1]: delta F + (1 - delta) S
        ShrinkageTarget target = ShrinkageTarget::ConstantCorrelation;
    };

    // Sample covariance (divides by T - 1). Errors: fewer than 2 rows, no
    // columns, a non-finite value (names row and column).
    static Result<Eigen::MatrixXd> sample(const Eigen::MatrixXd &returns);
    // Column means.
    static Eigen::VectorXd means(const Eigen::MatrixXd &returns);
    // Correlation from a covariance; an asset with zero variance is an error.
    static Result<Eigen::MatrixXd> correlation(const Eigen::MatrixXd &covariance);
    // Ledoit-Wolf shrinkage of the (1/T) sample covariance toward `target`,
    // with the optimal intensity estimated from the data as in the papers.
    static Result<Shrunk> ledoitWolf(const Eigen::MatrixXd &returns, ShrinkageTarget target);

    // The estimator behind a shrinkage target, for --explain.
    static std::string explain(ShrinkageTarget target);
};

} // namespace sn
