#include "core/analytics/MonteCarloProjection.h"

#include "core/analytics/NormalSampler.h"
#include "core/common/UserText.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace sn {

namespace {

// Exact order statistics of one step's values without a full selection:
// a counting pass over 4096 equal-width bins between min and max (binning is
// monotone, so ranks are preserved) finds the bin holding each wanted rank;
// only those few bins' members are gathered and selected. ~3 linear passes
// instead of five nth_element calls.
class OrderStatistics
{
public:
    static constexpr std::size_t kBins = 4096;

    // out[k] = interpolated value at position pct[k] / 100 * (n - 1).
    template <std::size_t K>
    void percentiles(const double *v, std::size_t n, const std::array<double, K> &pcts,
                     std::array<double, K> &out)
    {
        const auto [mnIt, mxIt] = std::minmax_element(v, v + n);
        const double mn = *mnIt;
        const double mx = *mxIt;
        if (!(mx > mn)) {
            out.fill(mn);
            return;
        }
        const double scale = static_cast<double>(kBins) / (mx - mn);
        auto bin = [&](double x) { return std::min(kBins - 1, static_cast<std::size_t>((x - mn) * scale)); };
        m_count.assign(kBins, 0);
        for (std::size_t i = 0; i < n; ++i)
            ++m_count[bin(v[i])];
        m_start.resize(kBins + 1);
        m_start[0] = 0;
        for (std::size_t b = 0; b < kBins; ++b)
            m_start[b + 1] = m_start[b] + m_count[b];
        // Ranks wanted and the bins holding them.
        std::array<std::size_t, 2 * K> ranks{};
        std::array<double, K> frac{};
        for (std::size_t k = 0; k < K; ++k) {
            const double pos = pcts[k] / 100.0 * static_cast<double>(n - 1);
            ranks[2 * k] = static_cast<std::size_t>(std::floor(pos));
            frac[k] = pos - static_cast<double>(ranks[2 * k]);
            ranks[2 * k + 1] = std::min(ranks[2 * k] + 1, n - 1);
        }
        // Slots for the few wanted bins; the member buffers keep their
        // capacity from step to step, so no allocation after the first steps.
        if (m_slot.size() != kBins)
            m_slot.assign(kBins, -1);
        std::size_t used = 0;
        for (std::size_t r : ranks) {
            const std::size_t b = binOfRank(r);
            if (m_slot[b] < 0) {
                m_slot[b] = static_cast<int>(used);
                if (m_members.size() <= used)
                    m_members.emplace_back();
                m_members[used].clear();
                ++used;
            }
        }
        for (std::size_t i = 0; i < n; ++i) {
            const int slot = m_slot[bin(v[i])];
            if (slot >= 0)
                m_members[static_cast<std::size_t>(slot)].push_back(v[i]);
        }
        std::array<double, 2 * K> values{};
        for (std::size_t j = 0; j < ranks.size(); ++j) {
            const std::size_t b = binOfRank(ranks[j]);
            auto &m = m_members[static_cast<std::size_t>(m_slot[b])];
            const auto at = m.begin() + static_cast<std::ptrdiff_t>(ranks[j] - m_start[b]);
            std::nth_element(m.begin(), at, m.end());
            values[j] = *at;
        }
        for (std::size_t r : ranks)
            m_slot[binOfRank(r)] = -1;
        for (std::size_t k = 0; k < K; ++k)
            out[k] = values[2 * k] + frac[k] * (values[2 * k + 1] - values[2 * k]);
    }

private:
    std::size_t binOfRank(std::size_t r) const
    {
        // First bin whose end is past r.
        const auto it = std::upper_bound(m_start.begin() + 1, m_start.end(), r);
        return static_cast<std::size_t>(it - m_start.begin()) - 1;
    }

    std::vector<std::size_t> m_count;
    std::vector<std::size_t> m_start;
    std::vector<int> m_slot; // bin -> index into m_members, -1 when not wanted
    std::vector<std::vector<double>> m_members;
};

} // namespace

Result<MonteCarloProjection::Fan> MonteCarloProjection::run(const Input &in)
{
    if (!(in.startValue > 0) || !std::isfinite(in.startValue))
        return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::Risk", "start value %1 must be positive"),
                         {fmt::format("{}", in.startValue)})
            .at(SN_TEXT("sn::Risk", "startValue"), {});
    if (in.steps < 1 || in.paths < 1)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Risk", "%1 steps and %2 paths; both must be at least 1"),
                         {std::to_string(in.steps), std::to_string(in.paths)})
            .at(SN_TEXT("sn::Risk", "steps/paths"), {});
    if (in.method == Method::Bootstrap) {
        if (in.historicalReturns.empty())
            return makeError(ErrorCode::InvalidArgument, "bootstrap needs historical returns",
                             "historicalReturns");
        for (std::size_t i = 0; i < in.historicalReturns.size(); ++i)
            if (!std::isfinite(in.historicalReturns[i]) || in.historicalReturns[i] <= -1.0)
                return makeError(ErrorCode::InvalidArgument, "return is not finite and above -100 %",
                                 fmt::format("historicalReturns[{}]", i));
    } else if (!std::isfinite(in.mu) || !std::isfinite(in.sigma) || in.sigma < 0) {
        return makeError(ErrorCode::InvalidArgument,
                         fmt::format("GBM needs a finite drift and a non-negative volatility (got {}, {})",
                                     in.mu, in.sigma),
                         "mu/sigma");
    }
    const std::size_t paths = static_cast<std::size_t>(in.paths);
    const std::size_t steps = static_cast<std::size_t>(in.steps);
    // Paths are simulated in log space, one step of all paths at a time in a
    // single cache-resident vector: each step's percentiles and running
    // extremes are taken before the next step overwrites it. Percentiles and
    // level tests are monotone in the value, so exp() is only needed for the
    // five percentiles of each step.
    const double logStart = std::log(in.startValue);
    std::vector<double> cur(paths, logStart);
    std::vector<double> maxLog(paths, logStart);
    std::vector<double> minLog(paths, logStart);
    std::vector<double> logGrowth;
    if (in.method == Method::Bootstrap) {
        logGrowth.resize(in.historicalReturns.size());
        for (std::size_t i = 0; i < logGrowth.size(); ++i)
            logGrowth[i] = std::log1p(in.historicalReturns[i]);
    }
    const std::uint64_t nGrowth = logGrowth.size();
    const double drift = in.mu - 0.5 * in.sigma * in.sigma;
    NormalSampler sampler(in.seed);

    Fan fan;
    for (auto &series : fan.percentile) {
        series.resize(steps + 1);
        series[0] = in.startValue;
    }
    OrderStatistics order;
    for (std::size_t t = 1; t <= steps; ++t) {
        if (in.method == Method::Bootstrap) {
            for (std::size_t p = 0; p < paths; ++p)
                cur[p] += logGrowth[sampler.below(nGrowth)];
        } else {
            for (std::size_t p = 0; p < paths; ++p)
                cur[p] += drift + in.sigma * sampler();
        }
        for (std::size_t p = 0; p < paths; ++p) {
            maxLog[p] = std::max(maxLog[p], cur[p]);
            minLog[p] = std::min(minLog[p], cur[p]);
        }
        std::array<double, kPercentiles.size()> at{};
        order.percentiles(cur.data(), paths, kPercentiles, at);
        for (std::size_t k = 0; k < kPercentiles.size(); ++k)
            fan.percentile[k][t] = std::exp(at[k]);
    }
    // Levels are compared in log space with a 1e-12 allowance, so a path that
    // lands exactly on the level (100 x 1.1 = 110) counts despite log rounding.
    // A level at or below 0 is reached by every path for a target and by none
    // for a loss limit (values stay positive).
    constexpr double kLevelTol = 1e-12;
    const double logTarget =
        in.target ? (*in.target > 0 ? std::log(*in.target) - kLevelTol : -INFINITY) : INFINITY;
    const double logLoss =
        in.lossLimit ? (*in.lossLimit > 0 ? std::log(*in.lossLimit) + kLevelTol : -INFINITY) : -INFINITY;
    std::size_t hitTarget = 0;
    std::size_t hitLoss = 0;
    for (std::size_t p = 0; p < paths; ++p) {
        hitTarget += maxLog[p] >= logTarget ? 1 : 0;
        hitLoss += minLog[p] <= logLoss ? 1 : 0;
    }
    const double np = static_cast<double>(paths);
    if (in.target)
        fan.probabilityTarget = static_cast<double>(hitTarget) / np;
    if (in.lossLimit)
        fan.probabilityLossLimit = static_cast<double>(hitLoss) / np;
    return fan;
}

std::string MonteCarloProjection::explain(Method method)
{
    const std::string model =
        method == Method::Bootstrap
            ? "each step's return is drawn uniformly with replacement from the historical periodic returns"
            : "geometric Brownian motion, V_(t+1) = V_t exp((mu - sigma^2 / 2) + sigma z), z ~ N(0, 1)";
    return "Monte Carlo projection: " + model +
           "; paths are seeded (mt19937_64) and reproducible. The fan shows the 5th, 25th, 50th, 75th and "
           "95th "
           "percentiles of the simulated values at every step (position p (n - 1) / 100 among the sorted "
           "values). "
           "Probability of a target or loss limit = share of paths that touch that value at any step.";
}

} // namespace sn
