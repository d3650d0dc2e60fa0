#include "core/backtest/Annualisation.h"

#include "core/market/BarSeries.h"
#include "core/market/Interval.h"

namespace sn::bt {

Result<Convention> annualisedFor(const Convention &profile, const BarSeries &series)
{
    // Applying this twice gives the same convention: daily bars keep the
    // profile's count, the others do not depend on it.
    auto periods = periodsPerYear(series, profile.periodsPerYear);
    if (!periods)
        return periods.error();
    Convention c = profile;
    c.periodsPerYear = *periods;
    return c;
}

} // namespace sn::bt
