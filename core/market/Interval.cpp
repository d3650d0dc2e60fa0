#include "core/market/Interval.h"

#include "core/common/UserText.h"
#include "core/market/BarSeries.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <vector>

namespace sn {

namespace {

struct IntervalInfo
{
    const char *code;
    const char *description;
    TimestampMs step; // nominal spacing; 0 for the calendar intervals
};

constexpr TimestampMs kMinute = 60'000;

constexpr std::array<IntervalInfo, 9> kIntervals{{
    {"1m", SN_TRANSLATE_NOOP("sn::Interval", "1-minute"), kMinute},
    {"5m", SN_TRANSLATE_NOOP("sn::Interval", "5-minute"), 5 * kMinute},
    {"15m", SN_TRANSLATE_NOOP("sn::Interval", "15-minute"), 15 * kMinute},
    {"30m", SN_TRANSLATE_NOOP("sn::Interval", "30-minute"), 30 * kMinute},
    {"1h", SN_TRANSLATE_NOOP("sn::Interval", "hourly"), 60 * kMinute},
    {"1d", SN_TRANSLATE_NOOP("sn::Interval", "daily"), 0},
    {"1wk", SN_TRANSLATE_NOOP("sn::Interval", "weekly"), 0},
    {"1mo", SN_TRANSLATE_NOOP("sn::Interval", "monthly"), 0},
    {"3mo", SN_TRANSLATE_NOOP("sn::Interval", "quarterly"), 0},
}};

const IntervalInfo *find(std::string_view code)
{
    for (const IntervalInfo &i : kIntervals)
        if (code == i.code)
            return &i;
    return nullptr;
}

std::string daysNumber(double days)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.3g", days);
    return text;
}

} // namespace

// The median of the positive gaps between consecutive times: the element at
// index count/2 of the sorted gaps. A series has few distinct gaps (the bar
// step, weekends, holidays), so they are counted per distinct value, in runs,
// instead of copying a million gaps (8 MB to fault in) to select from; only an
// irregular series with many distinct gaps takes the copy.
std::optional<TimestampMs> medianGap(std::span<const TimestampMs> times)
{
    constexpr std::size_t kMaxDistinct = 1024;
    std::vector<std::pair<TimestampMs, std::size_t>> counts; // gap -> how many
    std::size_t total = 0;
    bool irregular = false;
    TimestampMs runGap = 0;
    std::size_t runLength = 0;
    auto flush = [&] {
        if (runLength == 0)
            return;
        auto it =
            std::find_if(counts.begin(), counts.end(), [&](const auto &c) { return c.first == runGap; });
        if (it != counts.end())
            it->second += runLength;
        else if (counts.size() < kMaxDistinct)
            counts.emplace_back(runGap, runLength);
        else
            irregular = true;
        runLength = 0;
    };
    for (std::size_t i = 1; i < times.size() && !irregular; ++i) {
        if (times[i] <= times[i - 1])
            continue;
        const TimestampMs gap = times[i] - times[i - 1];
        ++total;
        if (gap != runGap) {
            flush();
            runGap = gap;
        }
        ++runLength;
    }
    flush();
    if (!irregular) {
        if (total < 2)
            return std::nullopt;
        std::sort(counts.begin(), counts.end());
        std::size_t seen = 0;
        for (const auto &[gap, count] : counts) {
            seen += count;
            if (seen > total / 2)
                return gap;
        }
        return std::nullopt; // not reached: the counts add up to total
    }
    std::vector<TimestampMs> gaps;
    gaps.reserve(times.size() - 1);
    for (std::size_t i = 1; i < times.size(); ++i)
        if (times[i] > times[i - 1])
            gaps.push_back(times[i] - times[i - 1]);
    if (gaps.size() < 2)
        return std::nullopt;
    auto mid = gaps.begin() + std::ptrdiff_t(gaps.size() / 2);
    std::nth_element(gaps.begin(), mid, gaps.end());
    return *mid;
}

bool isKnownInterval(std::string_view code)
{
    return find(code) != nullptr;
}

const char *knownIntervalList()
{
    return "1m, 5m, 15m, 30m, 1h, 1d, 1wk, 1mo, 3mo";
}

std::string intervalDescription(std::string_view code)
{
    if (const IntervalInfo *i = find(code))
        return i->description;
    std::string quoted(1, '\'');
    quoted.append(code);
    quoted.push_back('\'');
    return quoted;
}

std::string intervalDescriptionForReader(std::string_view code)
{
    if (const IntervalInfo *i = find(code))
        return userText("sn::Interval", i->description);
    return intervalDescription(code);
}

std::optional<InferredInterval> inferInterval(std::span<const TimestampMs> times)
{
    if (times.size() < 3)
        return std::nullopt;
    const std::optional<TimestampMs> median = medianGap(times);
    if (!median)
        return std::nullopt;
    const double days = double(*median) / double(kMsPerDay);
    if (*median < kMsPerDay) {
        // The nearest intraday code, within a tenth of its step.
        const TextKey minutes = SN_TEXT("sn::Interval", "the median gap between bars is %1 minutes");
        const std::string count = std::to_string(*median / kMinute);
        for (const IntervalInfo &i : kIntervals)
            if (i.step > 0 && std::llabs(*median - i.step) * 10 <= i.step)
                return InferredInterval{i.code, englishText(minutes, {count}),
                                        translatedText(minutes, {count})};
        return std::nullopt;
    }
    const TextKey gap = days == 1 ? SN_TEXT("sn::Interval", "the median gap between dates is %1 day")
                                  : SN_TEXT("sn::Interval", "the median gap between dates is %1 days");
    const std::string number = daysNumber(days);
    auto inferred = [&](const char *code) {
        return InferredInterval{code, englishText(gap, {number}), translatedText(gap, {number})};
    };
    if (days <= 4)
        return inferred("1d");
    if (days >= 5 && days <= 10)
        return inferred("1wk");
    if (days >= 26 && days <= 35)
        return inferred("1mo");
    if (days >= 85 && days <= 95)
        return inferred("3mo");
    return std::nullopt;
}

Result<void> checkIntervalSpacing(const BarSeries &series)
{
    const auto inferred = inferInterval(series.time);
    if (!inferred || inferred->code == series.interval)
        return {};
    // Intraday codes next to each other (a 5-minute series with gaps) are
    // not worth refusing; a different kind of spacing is.
    const IntervalInfo *stored = find(series.interval), *seen = find(inferred->code);
    if (stored && seen && stored->step > 0 && seen->step > 0)
        return {};
    const TextKey text =
        SN_TEXT("sn::Interval", "'%1' is stored as %2 ('%3') bars, but %4, which is %5; annualised figures "
                                "would be wrong. Import the file again with --interval %6 (or choose the "
                                "interval in the import wizard)");
    Error e = makeError(ErrorCode::InvalidArgument, text,
                        {series.symbol, intervalDescription(series.interval), series.interval,
                         inferred->reason, intervalDescription(inferred->code), inferred->code})
                  .at(SN_TEXT("sn::Interval", "series %1"), {series.symbol});
    // The reader's sentence names the intervals and the evidence in their words too.
    e.userMessage = translatedText(text, {series.symbol, intervalDescriptionForReader(series.interval),
                                          series.interval, inferred->userReason,
                                          intervalDescriptionForReader(inferred->code), inferred->code});
    return e;
}

Result<double> periodsPerYear(const BarSeries &series, double dailyPeriods)
{
    const IntervalInfo *info = find(series.interval);
    if (!info)
        return makeError(ErrorCode::InvalidArgument,
                         "unknown interval '" + series.interval + "' (known: " + knownIntervalList() + ")",
                         "series " + series.symbol);
    if (auto spacing = checkIntervalSpacing(series); !spacing)
        return spacing.error();
    const std::string_view code = info->code;
    if (code == "1d")
        return dailyPeriods;
    if (code == "1wk")
        return 52.0;
    if (code == "1mo")
        return 12.0;
    if (code == "3mo")
        return 4.0;
    // Intraday: as many periods as the series has bars in a year.
    if (series.size() < 2 || series.time.back() <= series.time.front())
        return makeError(ErrorCode::InvalidArgument,
                         "an intraday series needs at least two bars to tell how many make a year",
                         "series " + series.symbol);
    const double years = double(series.time.back() - series.time.front()) / (365.25 * double(kMsPerDay));
    return double(series.size() - 1) / years;
}

} // namespace sn
