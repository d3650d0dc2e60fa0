#include "core/analytics/MonteCarloProjection.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <random>

namespace sn {

namespace {
// Type-7 percentiles (linear between order statistics) of a scratch slice,
// for ascending `pcts`: each selection only searches above the previous one.
template<std::size_t K>
void percentilesOf(std::vector<double> &scratch, const std::array<double, K> &pcts, std::array<double, K> &out)
{
    auto from = scratch.begin();
    for (std::size_t k = 0; k < K; ++k) {
        const double pos = pcts[k] / 100.0 * static_cast<double>(scratch.size() - 1);
        const auto lo = static_cast<std::size_t>(std::floor(pos));
        const double frac = pos - static_cast<double>(lo);
        const auto at = scratch.begin() + static_cast<std::ptrdiff_t>(lo);
        if (at >= from)
            std::nth_element(from, at, scratch.end());
        const double a = *at;
        double b = a;
        if (frac > 0.0 && lo + 1 < scratch.size())
            b = *std::min_element(at + 1, scratch.end());
        out[k] = a + frac * (b - a);
        from = at + 1;
    }
}
} // namespace

Result<MonteCarloProjection::Fan> MonteCarloProjection::run(const Input &in)
{
    if (!(in.startValue > 0) || !std::isfinite(in.startValue))
        return makeError(ErrorCode::InvalidArgument, fmt::format("start value {} must be positive", in.startValue),
                         "startValue");
    if (in.steps < 1 || in.paths < 1)
        return makeError(ErrorCode::InvalidArgument,
                         fmt::format("{} steps and {} paths; both must be at least 1", in.steps, in.paths),
                         "steps/paths");
    if (in.method == Method::Bootstrap) {
        if (in.historicalReturns.empty())
            return makeError(ErrorCode::InvalidArgument, "bootstrap needs historical returns", "historicalReturns");
        for (std::size_t i = 0; i < in.historicalReturns.size(); ++i)
            if (!std::isfinite(in.historicalReturns[i]) || in.historicalReturns[i] <= -1.0)
                return makeError(ErrorCode::InvalidArgument, "return is not finite and above -100 %",
                                 fmt::format("historicalReturns[{}]", i));
    } else if (!std::isfinite(in.mu) || !std::isfinite(in.sigma) || in.sigma < 0) {
        return makeError(ErrorCode::InvalidArgument,
                         fmt::format("GBM needs a finite drift and a non-negative volatility (got {}, {})", in.mu,
                                     in.sigma),
                         "mu/sigma");
    }
    const std::size_t paths = static_cast<std::size_t>(in.paths);
    const std::size_t steps = static_cast<std::size_t>(in.steps);
    // Step-major: the values of all paths at one step are contiguous, which
    // is what the percentile pass needs.
    std::vector<double> values((steps + 1) * paths);
    std::fill(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(paths), in.startValue);
    std::vector<unsigned char> hitTarget(paths, 0);
    std::vector<unsigned char> hitLoss(paths, 0);
    std::mt19937_64 rng(in.seed);

    if (in.method == Method::Bootstrap) {
        // Growth factors precomputed so a step is one multiply.
        std::vector<double> growth(in.historicalReturns.size());
        for (std::size_t i = 0; i < growth.size(); ++i)
            growth[i] = 1.0 + in.historicalReturns[i];
        std::uniform_int_distribution<std::size_t> pick(0, growth.size() - 1);
        for (std::size_t t = 1; t <= steps; ++t) {
            const double *prev = values.data() + (t - 1) * paths;
            double *cur = values.data() + t * paths;
            for (std::size_t p = 0; p < paths; ++p)
                cur[p] = prev[p] * growth[pick(rng)];
        }
    } else {
        std::normal_distribution<double> normal;
        const double drift = in.mu - 0.5 * in.sigma * in.sigma;
        for (std::size_t t = 1; t <= steps; ++t) {
            const double *prev = values.data() + (t - 1) * paths;
            double *cur = values.data() + t * paths;
            for (std::size_t p = 0; p < paths; ++p)
                cur[p] = prev[p] * std::exp(drift + in.sigma * normal(rng));
        }
    }

    Fan fan;
    for (auto &series : fan.percentile)
        series.resize(steps + 1);
    std::vector<double> scratch(paths);
    for (std::size_t t = 0; t <= steps; ++t) {
        const double *cur = values.data() + t * paths;
        for (std::size_t p = 0; p < paths; ++p) {
            if (in.target && cur[p] >= *in.target)
                hitTarget[p] = 1;
            if (in.lossLimit && cur[p] <= *in.lossLimit)
                hitLoss[p] = 1;
        }
        std::copy(cur, cur + paths, scratch.begin());
        std::array<double, kPercentiles.size()> at{};
        percentilesOf(scratch, kPercentiles, at);
        for (std::size_t k = 0; k < kPercentiles.size(); ++k)
            fan.percentile[k][t] = at[k];
    }
    const double np = static_cast<double>(paths);
    if (in.target)
        fan.probabilityTarget = static_cast<double>(std::count(hitTarget.begin(), hitTarget.end(), 1)) / np;
    if (in.lossLimit)
        fan.probabilityLossLimit = static_cast<double>(std::count(hitLoss.begin(), hitLoss.end(), 1)) / np;
    return fan;
}

} // namespace sn
