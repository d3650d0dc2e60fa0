#pragma once

#include <optional>

namespace sn {

// The standard normal distribution.
class Normal
{
public:
    static double pdf(double x);
    static double cdf(double x);
    // Inverse CDF for p in (0, 1) (Acklam's rational approximation refined by
    // one Halley step: ~1e-15 relative); nullopt outside (0, 1).
    static std::optional<double> quantile(double p);
};

} // namespace sn
