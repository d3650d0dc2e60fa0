#include "core/backtest/Strategy.h"

#include <charconv>
#include <cmath>

namespace sn::bt {

const char *paramTypeName(ParamType t)
{
    switch (t) {
    case ParamType::Int:
        return "int";
    case ParamType::Double:
        return "double";
    case ParamType::Bool:
        return "bool";
    case ParamType::Enum:
        return "enum";
    }
    return "int";
}

namespace {

std::string num(double v)
{
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

// "parameter 'fast' ..." in English and in the reader's language, at "strategy NAME".
Error paramError(const StrategyInfo &info, TextKey text, std::initializer_list<std::string_view> args)
{
    Error e(ErrorCode::InvalidArgument, text, args);
    e.at(SN_TEXT("sn::Backtest", "strategy %1"), {info.name});
    return e;
}

} // namespace

int StrategyInfo::indexOf(const std::string &param) const
{
    for (std::size_t i = 0; i < params.size(); ++i)
        if (params[i].name == param)
            return int(i);
    return -1;
}

std::vector<double> StrategyInfo::defaults() const
{
    std::vector<double> v;
    v.reserve(params.size());
    for (const auto &p : params)
        v.push_back(p.defaultValue);
    return v;
}

Result<void> StrategyInfo::validate(std::span<const double> values) const
{
    if (values.size() != params.size())
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Backtest", "%1 parameter values given, expected %2"),
                         {std::to_string(values.size()), std::to_string(params.size())})
            .at(SN_TEXT("sn::Backtest", "strategy %1"), {name});
    for (std::size_t i = 0; i < params.size(); ++i) {
        const ParamSpec &p = params[i];
        const double v = values[i];
        if (!std::isfinite(v))
            return paramError(*this, SN_TEXT("sn::Backtest", "parameter '%1' must be a finite number"),
                              {p.name});
        if (p.type != ParamType::Double && v != std::floor(v))
            return paramError(*this, SN_TEXT("sn::Backtest", "parameter '%1' must be a whole number, got %2"),
                              {p.name, num(v)});
        if (v < p.min || v > p.max)
            return paramError(*this, SN_TEXT("sn::Backtest", "parameter '%1' = %2 is outside [%3, %4]"),
                              {p.name, num(v), num(p.min), num(p.max)});
    }
    for (const auto &c : lessThan) {
        const int a = indexOf(c.lesser), b = indexOf(c.greater);
        if (a >= 0 && b >= 0 && !(values[std::size_t(a)] < values[std::size_t(b)]))
            return paramError(
                *this, SN_TEXT("sn::Backtest", "parameter '%1' (%2) must be less than '%3' (%4)"),
                {c.lesser, num(values[std::size_t(a)]), c.greater, num(values[std::size_t(b)])});
    }
    return {};
}

Result<std::vector<double>>
StrategyInfo::resolve(const std::vector<std::pair<std::string, double>> &overrides) const
{
    std::vector<double> v = defaults();
    for (const auto &[key, value] : overrides) {
        const int i = indexOf(key);
        if (i < 0)
            return paramError(*this, SN_TEXT("sn::Backtest", "parameter '%1' is unknown"), {key});
        v[std::size_t(i)] = value;
    }
    if (auto r = validate(v); !r)
        return r.error();
    return v;
}

Result<std::vector<double>>
StrategyInfo::resolve(const std::vector<std::pair<std::string, std::string>> &overrides) const
{
    std::vector<std::pair<std::string, double>> numeric;
    for (const auto &[key, text] : overrides) {
        const int i = indexOf(key);
        if (i < 0)
            return paramError(*this, SN_TEXT("sn::Backtest", "parameter '%1' is unknown"), {key});
        const ParamSpec &p = params[std::size_t(i)];
        double value = 0;
        if (p.type == ParamType::Bool) {
            if (text == "true" || text == "1" || text == "yes")
                value = 1;
            else if (text == "false" || text == "0" || text == "no")
                value = 0;
            else
                return paramError(*this,
                                  SN_TEXT("sn::Backtest", "parameter '%1' must be true or false, got '%2'"),
                                  {key, text});
        } else if (p.type == ParamType::Enum) {
            int found = -1;
            for (std::size_t c = 0; c < p.choices.size(); ++c)
                if (p.choices[c] == text)
                    found = int(c);
            if (found < 0) {
                std::string all;
                for (const auto &c : p.choices) {
                    if (!all.empty())
                        all += ", ";
                    all += c;
                }
                return paramError(*this,
                                  SN_TEXT("sn::Backtest", "parameter '%1' must be one of %2, got '%3'"),
                                  {key, all, text});
            }
            value = found;
        } else {
            const char *first = text.data(), *last = text.data() + text.size();
            auto r = std::from_chars(first, last, value);
            if (text.empty() || r.ec != std::errc() || r.ptr != last)
                return paramError(*this, SN_TEXT("sn::Backtest", "parameter '%1' must be a number, got '%2'"),
                                  {key, text});
        }
        numeric.emplace_back(key, value);
    }
    return resolve(numeric);
}

} // namespace sn::bt
