#include "core/analytics/ValueAtRisk.h"

#include "core/analytics/Normal.h"
#include "core/analytics/NormalSampler.h"
#include "core/common/UserText.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <random>

namespace sn {

namespace {

Result<void> checkConfidence(double c, int horizon)
{
    if (!(c > 0.0 && c < 1.0))
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Risk", "confidence %1 is not inside (0, 1)"), {fmt::format("{}", c)})
            .at(SN_TEXT("sn::Risk", "confidence"), {});
    if (horizon < 1)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Risk", "horizon %1 is not at least 1 period"),
                         {std::to_string(horizon)})
            .at(SN_TEXT("sn::Risk", "horizon"), {});
    return {};
}

Result<void> checkFinite(std::span<const double> r, std::size_t minimum)
{
    if (r.size() < minimum)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Risk", "%1 returns; at least %2 are needed"),
                         {std::to_string(r.size()), std::to_string(minimum)})
            .at(SN_TEXT("sn::Risk", "returns"), {});
    for (std::size_t i = 0; i < r.size(); ++i)
        if (!std::isfinite(r[i]))
            return makeError(ErrorCode::InvalidArgument, "non-finite return", fmt::format("returns[{}]", i));
    return {};
}

struct Moments
{
    double mean = 0, sd = 0, skew = 0, exKurt = 0;
};

Moments moments(std::span<const double> r)
{
    const double n = static_cast<double>(r.size());
    Moments m;
    for (double v : r)
        m.mean += v;
    m.mean /= n;
    double m2 = 0, m3 = 0, m4 = 0;
    for (double v : r) {
        const double d = v - m.mean;
        m2 += d * d;
        m3 += d * d * d;
        m4 += d * d * d * d;
    }
    m.sd = std::sqrt(m2 / (n - 1.0));
    m2 /= n;
    m3 /= n;
    m4 /= n;
    if (m2 > 0) {
        m.skew = m3 / std::pow(m2, 1.5);
        m.exKurt = m4 / (m2 * m2) - 3.0;
    }
    return m;
}

double cornishFisherZ(double z, double s, double k)
{
    return z + (z * z - 1.0) * s / 6.0 + (z * z * z - 3.0 * z) * k / 24.0 -
           (2.0 * z * z * z - 5.0 * z) * s * s / 36.0;
}

} // namespace

Result<ValueAtRisk::Estimate> ValueAtRisk::fromSample(std::vector<double> sample, double confidence)
{
    if (auto ok = checkConfidence(confidence, 1); !ok)
        return ok.error();
    const double n = static_cast<double>(sample.size());
    const double tail = 1.0 - confidence;
    // ceil(n (1 - c)) with a guard against 0.05 * 100 = 5.000000000000001.
    const auto m = static_cast<std::size_t>(std::ceil(n * tail - 1e-9));
    if (m < 1 || sample.empty() || n * tail < 1.0 - 1e-9)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Risk",
                                 "%1 observations leave no tail at %2 confidence; at least %3 are needed"),
                         {std::to_string(sample.size()), fmt::format("{}", confidence),
                          std::to_string(static_cast<long long>(std::ceil(1.0 / tail - 1e-9)))})
            .at(SN_TEXT("sn::Risk", "returns"), {});
    std::nth_element(sample.begin(), sample.begin() + static_cast<std::ptrdiff_t>(m - 1), sample.end());
    const double q = sample[m - 1];
    double sum = 0.0;
    for (std::size_t i = 0; i < m - 1; ++i)
        sum += sample[i];
    sum += q;
    Estimate e;
    e.var = -q;
    e.cvar = -sum / static_cast<double>(m);
    e.observations = sample.size();
    return e;
}

Result<ValueAtRisk::Estimate> ValueAtRisk::historical(std::span<const double> returns, double confidence,
                                                      int horizon)
{
    if (auto ok = checkConfidence(confidence, horizon); !ok)
        return ok.error();
    if (auto ok = checkFinite(returns, static_cast<std::size_t>(horizon)); !ok)
        return ok.error();
    const std::size_t h = static_cast<std::size_t>(horizon);
    std::vector<double> windows;
    windows.reserve(returns.size() - h + 1);
    for (std::size_t i = 0; i + h <= returns.size(); ++i) {
        double g = 1.0;
        for (std::size_t k = 0; k < h; ++k)
            g *= 1.0 + returns[i + k];
        windows.push_back(g - 1.0);
    }
    return fromSample(std::move(windows), confidence);
}

Result<ValueAtRisk::Estimate> ValueAtRisk::parametricNormal(std::span<const double> returns,
                                                            double confidence, int horizon)
{
    if (auto ok = checkConfidence(confidence, horizon); !ok)
        return ok.error();
    if (auto ok = checkFinite(returns, 2); !ok)
        return ok.error();
    const Moments m = moments(returns);
    const double z = *Normal::quantile(confidence);
    const double h = horizon;
    Estimate e;
    e.var = -(m.mean * h - z * m.sd * std::sqrt(h));
    e.cvar = -(m.mean * h - m.sd * std::sqrt(h) * Normal::pdf(z) / (1.0 - confidence));
    e.observations = returns.size();
    return e;
}

Result<ValueAtRisk::Estimate> ValueAtRisk::cornishFisher(std::span<const double> returns, double confidence,
                                                         int horizon)
{
    if (auto ok = checkConfidence(confidence, horizon); !ok)
        return ok.error();
    // Skewness and kurtosis need a handful of points to mean anything.
    if (auto ok = checkFinite(returns, 4); !ok)
        return ok.error();
    const Moments m = moments(returns);
    if (!(m.sd > 0))
        return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::Risk", "returns have no variance"), {})
            .at(SN_TEXT("sn::Risk", "returns"), {});
    const double h = horizon;
    // Quantile at probability p of the adjusted distribution (lower tail).
    auto q = [&](double p) {
        const double z = *Normal::quantile(p);
        return m.mean * h + cornishFisherZ(z, m.skew, m.exKurt) * m.sd * std::sqrt(h);
    };
    const double tail = 1.0 - confidence;
    Estimate e;
    e.var = -q(tail);
    // CVaR: mean of the quantile function over (0, tail), midpoint rule.
    constexpr int kSteps = 2000;
    double s = 0.0;
    for (int i = 0; i < kSteps; ++i)
        s += q(tail * (i + 0.5) / kSteps);
    e.cvar = -s / kSteps;
    e.observations = returns.size();
    return e;
}

Result<ValueAtRisk::Estimate> ValueAtRisk::monteCarlo(const Eigen::VectorXd &w, const Eigen::VectorXd &mu,
                                                      const Eigen::MatrixXd &cov, double confidence,
                                                      int horizon, std::size_t draws, std::uint64_t seed)
{
    if (auto ok = checkConfidence(confidence, horizon); !ok)
        return ok.error();
    const Eigen::Index n = w.size();
    if (n == 0 || mu.size() != n || cov.rows() != n || cov.cols() != n)
        return makeError(
            ErrorCode::InvalidArgument,
            fmt::format("{} weights, {} means, {}x{} covariance", n, mu.size(), cov.rows(), cov.cols()),
            "Monte Carlo VaR");
    Eigen::LLT<Eigen::MatrixXd> llt(cov);
    if (llt.info() != Eigen::Success)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Risk", "covariance matrix is not positive definite (singular)"), {})
            .at(SN_TEXT("sn::Risk", "Monte Carlo VaR"), {});
    const Eigen::MatrixXd L = llt.matrixL();
    const double sh = std::sqrt(static_cast<double>(horizon));
    const double driftP = w.dot(mu) * static_cast<double>(horizon);
    // L packed row by row (lower triangle) so the per-draw product x = L z is
    // one tight loop without Eigen's dynamic-size dispatch.
    const std::size_t un = static_cast<std::size_t>(n);
    std::vector<double> packed;
    packed.reserve(un * (un + 1) / 2);
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index j = 0; j <= i; ++j)
            packed.push_back(L(i, j));
    std::vector<double> wv(w.data(), w.data() + n);
    NormalSampler normal(seed);
    std::vector<double> sample(draws);
    std::vector<double> z(un);
    for (std::size_t k = 0; k < draws; ++k) {
        for (std::size_t i = 0; i < un; ++i)
            z[i] = normal();
        double portfolio = 0.0;
        const double *row = packed.data();
        for (std::size_t i = 0; i < un; ++i) {
            double xi = 0.0; // asset i's correlated draw (L z)_i
            for (std::size_t j = 0; j <= i; ++j)
                xi += row[j] * z[j];
            row += i + 1;
            portfolio += wv[i] * xi;
        }
        sample[k] = driftP + sh * portfolio;
    }
    return fromSample(std::move(sample), confidence);
}

Result<ValueAtRisk::Component> ValueAtRisk::componentVar(const Eigen::VectorXd &w, const Eigen::VectorXd &mu,
                                                         const Eigen::MatrixXd &cov, double confidence,
                                                         int horizon)
{
    if (auto ok = checkConfidence(confidence, horizon); !ok)
        return ok.error();
    const Eigen::Index n = w.size();
    if (n == 0 || mu.size() != n || cov.rows() != n || cov.cols() != n)
        return makeError(ErrorCode::InvalidArgument, "weights, means and covariance sizes differ",
                         "component VaR");
    const Eigen::VectorXd sw = cov * w;
    const double var = w.dot(sw);
    if (!(var > 0))
        return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::Risk", "portfolio has no variance"), {})
            .at(SN_TEXT("sn::Risk", "component VaR"), {});
    const double sigma = std::sqrt(var);
    const double z = *Normal::quantile(confidence);
    const double h = horizon;
    Component c;
    c.contribution.resize(static_cast<std::size_t>(n));
    for (Eigen::Index i = 0; i < n; ++i) {
        c.contribution[static_cast<std::size_t>(i)] = w(i) * (-mu(i) * h + z * std::sqrt(h) * sw(i) / sigma);
        c.total += c.contribution[static_cast<std::size_t>(i)];
    }
    return c;
}

std::string ValueAtRisk::explain(Method method)
{
    switch (method) {
    case Method::Historical:
        return "Historical VaR/CVaR: h-period returns of overlapping windows prod(1 + r) - 1 sorted "
               "ascending "
               "x_(1) <= ... <= x_(n); m = ceil(n (1 - c)); VaR = -x_(m), CVaR = -mean(x_(1..m)); needs at "
               "least "
               "1 / (1 - c) windows. Reported as positive fractions of the portfolio value.";
    case Method::Normal:
        return "Parametric normal VaR: VaR = -(mean h - z sd sqrt(h)), CVaR = -(mean h - sd sqrt(h) phi(z) / "
               "(1 - c)), "
               "z = Phi^-1(c) (1.644854 at 95 %, 2.326348 at 99 %), sd = sample deviation of the periodic "
               "returns.";
    case Method::CornishFisher:
        return "Cornish-Fisher VaR: the normal quantile adjusted for sample skewness S and excess kurtosis "
               "K, "
               "z_cf = z + (z^2 - 1) S / 6 + (z^3 - 3z) K / 24 - (2z^3 - 5z) S^2 / 36 at z = Phi^-1(1 - c); "
               "VaR = -(mean h + z_cf sd sqrt(h)); CVaR = the mean of the adjusted quantile over the tail.";
    case Method::MonteCarlo:
        return "Monte Carlo VaR: correlated normal asset returns x = mu h + sqrt(h) L z with L the Cholesky "
               "factor "
               "of the covariance and z ~ N(0, I) from a seeded mt19937_64 (ziggurat), portfolio return w'x, "
               "then "
               "the historical estimator over the draws.";
    case Method::Component:
        return "Component VaR (Euler allocation of the normal VaR): C_i = w_i (-mu_i h + z sqrt(h) (Cov w)_i "
               "/ "
               "sigma_p); the components add up to the portfolio VaR.";
    }
    return {};
}

} // namespace sn
