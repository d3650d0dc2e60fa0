#include "core/workspace/PortfolioFigures.h"

#include "core/common/Time.h"

#include <algorithm>
#include <cmath>

namespace sn {

PeriodChange changeBetween(const ValuationSeries &series, std::size_t from, std::size_t to)
{
    PeriodChange c;
    const std::size_t n = std::min(
        {series.value.size(), series.cumulativeReturn.size(), series.inflow.size(), series.outflow.size()});
    if (from >= to || to >= n)
        return c;
    double flows = 0.0;
    for (std::size_t i = from + 1; i <= to; ++i)
        flows += series.inflow[i] - series.outflow[i];
    c.value = series.value[to] - series.value[from] - flows;
    c.twr = (1.0 + series.cumulativeReturn[to]) / (1.0 + series.cumulativeReturn[from]) - 1.0;
    return c;
}

ValueChanges valueChanges(const ValuationSeries &series)
{
    ValueChanges out;
    const std::size_t n = std::min(series.days.size(), series.cumulativeReturn.size());
    if (n < 2)
        return out;
    const std::size_t last = n - 1;
    out.day = changeBetween(series, last - 1, last);
    const CivilDate lastDay = toCivil(series.days[last]);
    const TimestampMs yearStart = toTimestamp(CivilDate{lastDay.year, 1, 1});
    std::size_t ytdFrom = 0;
    for (std::size_t i = 0; i < n && series.days[i] < yearStart; ++i)
        ytdFrom = i;
    out.yearToDate = changeBetween(series, ytdFrom, last);
    out.sinceStart = changeBetween(series, 0, last);
    return out;
}

std::optional<double> lastChange(const BarSeries &bars)
{
    const std::size_t n = bars.size();
    if (n < 2 || !(bars.close[n - 2] > 0))
        return std::nullopt;
    return bars.close[n - 1] / bars.close[n - 2] - 1.0;
}

std::vector<std::size_t> largestMoves(const std::vector<std::optional<double>> &changes, std::size_t count)
{
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < changes.size(); ++i)
        if (changes[i])
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&changes](std::size_t a, std::size_t b) {
        return std::abs(*changes[a]) > std::abs(*changes[b]);
    });
    if (order.size() > count)
        order.resize(count);
    return order;
}

} // namespace sn
