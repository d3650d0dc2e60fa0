#pragma once

#include "core/common/Result.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace sn {

// Simulated future portfolio values: a percentile fan and the chance of
// touching a target or a loss limit.
class MonteCarloProjection
{
public:
    enum class Method
    {
        Bootstrap, // each step's return drawn uniformly, with replacement, from the historical returns
        Gbm,       // V_(t+1) = V_t exp((mu - sigma^2 / 2) + sigma z), z ~ N(0, 1) (NormalSampler)
    };

    struct Input
    {
        Method method = Method::Bootstrap;
        double startValue = 0.0;
        int steps = 252;
        int paths = 10'000;
        std::uint64_t seed = 1;
        std::vector<double> historicalReturns; // Bootstrap
        double mu = 0.0;                       // Gbm, per step (log drift + sigma^2 / 2)
        double sigma = 0.0;                    // Gbm, per step
        std::optional<double> target;          // a value level to reach (above the start)
        std::optional<double> lossLimit;       // a value level to fall to (below the start)
    };

    static constexpr std::array<double, 5> kPercentiles{5, 25, 50, 75, 95};

    struct Fan
    {
        // percentile[k][t]: the kPercentiles[k]-th percentile of the values at
        // step t (t = 0 is the start): position p (n - 1) / 100 among the sorted
        // values, interpolated between the two neighbouring order statistics in
        // log space (the paths are simulated as log values).
        std::array<std::vector<double>, 5> percentile;
        std::optional<double> probabilityTarget;    // share of paths that touched the target at any step
        std::optional<double> probabilityLossLimit; // share of paths that touched the loss limit
    };

    // Errors: non-positive start value, steps or paths < 1, bootstrap
    // without history or with a return <= -100 %, negative sigma, non-finite input.
    static Result<Fan> run(const Input &input);

    // The simulation and the statistics reported, for --explain.
    static std::string explain(Method method);
};

} // namespace sn
