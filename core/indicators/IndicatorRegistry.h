#pragma once

#include "core/common/Result.h"

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sn::ind {

// One numeric parameter of an indicator, as a CLI or GUI form lists it.
struct IndicatorParam
{
    std::string name;
    double defaultValue = 0;
    double min = 0;
    double max = 0;
    bool integer = true;
    std::string description;
};

// What an indicator needs and produces; `convention` states the choice made
// where published definitions differ (seeding, deviation, first value).
struct IndicatorDescriptor
{
    std::string name;
    std::string description;
    std::vector<IndicatorParam> params;
    std::vector<std::string> inputs;  // of "open", "high", "low", "close", "volume"
    std::vector<std::string> outputs; // in the order compute() returns them
    std::string convention;
};

// Price arrays of one series (all the same length; unused ones may be empty).
struct IndicatorInput
{
    std::span<const double> open;
    std::span<const double> high;
    std::span<const double> low;
    std::span<const double> close;
    std::span<const double> volume;
};

struct IndicatorOutput
{
    std::vector<std::string> names;
    std::vector<std::vector<double>> values;
    std::size_t warmup = 0; // leading NaN bars of the last output
};

// The catalogue of every indicator, by name, with parameter specs.
class IndicatorRegistry
{
public:
    static const std::vector<IndicatorDescriptor> &descriptors();
    static const IndicatorDescriptor *find(std::string_view name);

    // Validates `params` (unknown name, non-integer or out-of-range value,
    // too few bars for the warm-up: errors naming it), fills defaults and
    // computes every output.
    static Result<IndicatorOutput> compute(std::string_view name,
                                           const std::vector<std::pair<std::string, double>> &params,
                                           const IndicatorInput &input);
};

} // namespace sn::ind
