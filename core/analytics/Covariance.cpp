#include "core/analytics/Covariance.h"

#include "core/common/UserText.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace sn {

namespace {
Result<void> checkReturns(const Eigen::MatrixXd &x, Eigen::Index minRows)
{
    if (x.cols() == 0)
        return makeError(ErrorCode::InvalidArgument, "no assets", "returns");
    if (x.rows() < minRows)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Risk", "%1 observations; at least %2 are needed"),
                         {std::to_string(x.rows()), std::to_string(minRows)})
            .at(SN_TEXT("sn::Risk", "returns"), {});
    for (Eigen::Index i = 0; i < x.rows(); ++i)
        for (Eigen::Index j = 0; j < x.cols(); ++j)
            if (!std::isfinite(x(i, j)))
                return makeError(ErrorCode::InvalidArgument, "non-finite return",
                                 fmt::format("returns row {} column {}", i, j));
    return {};
}
} // namespace

Eigen::VectorXd Covariance::means(const Eigen::MatrixXd &returns)
{
    return returns.colwise().mean().transpose();
}

Result<Eigen::MatrixXd> Covariance::sample(const Eigen::MatrixXd &returns)
{
    if (auto ok = checkReturns(returns, 2); !ok)
        return ok.error();
    const Eigen::MatrixXd y = returns.rowwise() - returns.colwise().mean();
    return Eigen::MatrixXd((y.transpose() * y) / static_cast<double>(returns.rows() - 1));
}

Result<Eigen::MatrixXd> Covariance::correlation(const Eigen::MatrixXd &cov)
{
    if (cov.rows() != cov.cols() || cov.rows() == 0)
        return makeError(ErrorCode::InvalidArgument, "covariance must be square and non-empty", "covariance");
    const Eigen::Index n = cov.rows();
    Eigen::VectorXd sd(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        if (!(cov(i, i) > 0) || !std::isfinite(cov(i, i)))
            return makeError(ErrorCode::InvalidArgument,
                             SN_TEXT("sn::Risk", "asset has no variance; correlation is not defined"), {})
                .at(SN_TEXT("sn::Risk", "covariance column %1"), {std::to_string(i)});
        sd(i) = std::sqrt(cov(i, i));
    }
    Eigen::MatrixXd corr = cov.array() / (sd * sd.transpose()).array();
    corr.diagonal().setOnes();
    return corr;
}

Result<Covariance::Shrunk> Covariance::ledoitWolf(const Eigen::MatrixXd &returns, ShrinkageTarget target)
{
    if (auto ok = checkReturns(returns, 2); !ok)
        return ok.error();
    const Eigen::Index T = returns.rows();
    const Eigen::Index N = returns.cols();
    const double t = static_cast<double>(T);
    const Eigen::MatrixXd y = returns.rowwise() - returns.colwise().mean();
    const Eigen::MatrixXd S = (y.transpose() * y) / t;
    Shrunk out;
    out.target = target;

    if (target == ShrinkageTarget::ScaledIdentity) {
        const double mu = S.trace() / static_cast<double>(N);
        const Eigen::MatrixXd F = mu * Eigen::MatrixXd::Identity(N, N);
        const double d2 = (S - F).squaredNorm();
        double b2bar = 0.0;
        for (Eigen::Index k = 0; k < T; ++k) {
            const Eigen::VectorXd row = y.row(k).transpose();
            b2bar += (row * row.transpose() - S).squaredNorm();
        }
        b2bar /= t * t;
        const double b2 = std::min(b2bar, d2);
        out.intensity = d2 > 0 ? b2 / d2 : 0.0;
        out.matrix = out.intensity * F + (1.0 - out.intensity) * S;
        return out;
    }

    Eigen::VectorXd sd = S.diagonal().array().sqrt();
    for (Eigen::Index i = 0; i < N; ++i)
        if (!(sd(i) > 0))
            return makeError(ErrorCode::InvalidArgument,
                             SN_TEXT("sn::Risk", "asset has no variance; correlation target not defined"), {})
                .at(SN_TEXT("sn::Risk", "returns column %1"), {std::to_string(i)});
    double rbar = 0.0;
    if (N > 1) {
        for (Eigen::Index i = 0; i < N; ++i)
            for (Eigen::Index j = 0; j < N; ++j)
                if (i != j)
                    rbar += S(i, j) / (sd(i) * sd(j));
        rbar /= static_cast<double>(N * (N - 1));
    }
    Eigen::MatrixXd F = rbar * (sd * sd.transpose());
    F.diagonal() = S.diagonal();

    // pi-hat: asymptotic variances of the sample covariances.
    const Eigen::MatrixXd y2 = y.array().square();
    const Eigen::MatrixXd phiMat = (y2.transpose() * y2) / t - S.array().square().matrix();
    const double pihat = phiMat.sum();
    // rho-hat: the diagonal part plus the correlation-target covariance terms.
    const double rhoDiag = phiMat.diagonal().sum();
    const Eigen::MatrixXd thetaMat =
        ((y.array().cube()).matrix().transpose() * y) / t - (S.diagonal().asDiagonal() * S);
    double rhoOff = 0.0;
    for (Eigen::Index i = 0; i < N; ++i)
        for (Eigen::Index j = 0; j < N; ++j)
            if (i != j)
                rhoOff += (sd(j) / sd(i)) * thetaMat(i, j) + (sd(i) / sd(j)) * thetaMat(j, i);
    rhoOff *= rbar / 2.0;
    const double gamma = (F - S).squaredNorm();
    if (gamma <= 0.0) {
        out.intensity = 0.0; // the sample is the target already
    } else {
        const double kappa = (pihat - (rhoDiag + rhoOff)) / gamma;
        out.intensity = std::clamp(kappa / t, 0.0, 1.0);
    }
    out.matrix = out.intensity * F + (1.0 - out.intensity) * S;
    return out;
}

std::string Covariance::explain(ShrinkageTarget target)
{
    if (target == ShrinkageTarget::ScaledIdentity)
        return "Ledoit-Wolf (2004) shrinkage to a scaled identity: Sigma = delta mu I + (1 - delta) S with S "
               "the "
               "1/T sample covariance, mu = trace(S) / N, delta = min(b^2, d^2) / d^2, d^2 = ||S - mu I||^2, "
               "b^2 = (1/T^2) sum_t ||y_t y_t' - S||^2 (Frobenius norms, y_t the demeaned returns).";
    return "Ledoit-Wolf (2004) shrinkage to constant correlation: Sigma = delta F + (1 - delta) S with S the "
           "1/T "
           "sample covariance and F the matrix with the sample variances and the average sample correlation "
           "r-bar: F_ij = r-bar sqrt(S_ii S_jj); delta = max(0, min(1, (pi - rho) / (gamma T))) with the "
           "paper's estimators pi, rho and gamma = ||F - S||^2.";
}

} // namespace sn
