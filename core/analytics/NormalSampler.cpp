#include "core/analytics/NormalSampler.h"

#include <cmath>
#include <limits>

namespace sn {

namespace {
constexpr double kR = 3.442619855899;      // start of the tail
constexpr double kV = 9.91256303526217e-3; // area of each layer
} // namespace

NormalSampler::NormalSampler(std::uint64_t seed) : m_rng(seed)
{
    double f = std::exp(-0.5 * kR * kR);
    m_x[0] = kV / f;
    m_x[1] = kR;
    m_x[128] = 0.0;
    for (int i = 2; i < 128; ++i) {
        m_x[static_cast<std::size_t>(i)] =
            std::sqrt(-2.0 * std::log(kV / m_x[static_cast<std::size_t>(i - 1)] + f));
        f = std::exp(-0.5 * m_x[static_cast<std::size_t>(i)] * m_x[static_cast<std::size_t>(i)]);
    }
    for (std::size_t i = 0; i < 128; ++i)
        m_ratio[i] = m_x[i + 1] / m_x[i];
}

double NormalSampler::uniform01()
{
    // (0, 1]: never 0, so log() below is finite.
    return (static_cast<double>(m_rng() >> 11) + 1.0) * 0x1.0p-53;
}

std::uint64_t NormalSampler::below(std::uint64_t n)
{
    __extension__ typedef unsigned __int128 U128;
    return static_cast<std::uint64_t>((static_cast<U128>(m_rng()) * n) >> 64);
}

double NormalSampler::slow(int layer, double u)
{
    if (layer == 0) {
        // Tail beyond R (Marsaglia 1964).
        double x;
        double y;
        do {
            x = std::log(uniform01()) / kR;
            y = std::log(uniform01());
        } while (-2.0 * y < x * x);
        return u < 0 ? x - kR : kR - x;
    }
    const auto i = static_cast<std::size_t>(layer);
    const double x = u * m_x[i];
    const double f0 = std::exp(-0.5 * (m_x[i] * m_x[i] - x * x));
    const double f1 = std::exp(-0.5 * (m_x[i + 1] * m_x[i + 1] - x * x));
    if (f1 + uniform01() * (f0 - f1) < 1.0)
        return x;
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace sn
