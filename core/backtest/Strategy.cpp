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

Error paramError(const StrategyInfo &info, const std::string &param, const std::string &what)
{
    return makeError(ErrorCode::InvalidArgument, "parameter '" + param + "' " + what,
                     "strategy " + info.name);
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
                         std::to_string(values.size()) + " parameter values given, expected " +
                             std::to_string(params.size()),
                         "strategy " + name);
    for (std::size_t i = 0; i < params.size(); ++i) {
        const ParamSpec &p = params[i];
        const double v = values[i];
        if (!std::isfinite(v))
            return paramError(*this, p.name, "must be a finite number");
        if (p.type != ParamType::Double && v != std::floor(v))
            return paramError(*this, p.name, std::string("must be a whole number, got ") + num(v));
        if (v < p.min || v > p.max) {
            std::string what = "= ";
            what += num(v);
            what += " is outside [";
            what += num(p.min);
            what += ", ";
            what += num(p.max);
            what += "]";
            return paramError(*this, p.name, what);
        }
    }
    for (const auto &c : lessThan) {
        const int a = indexOf(c.lesser), b = indexOf(c.greater);
        if (a >= 0 && b >= 0 && !(values[std::size_t(a)] < values[std::size_t(b)]))
            return paramError(*this, c.lesser,
                              std::string("(") + num(values[std::size_t(a)]) + ") must be less than '" +
                                  c.greater + "' (" + num(values[std::size_t(b)]) + ")");
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
            return paramError(*this, key, "is unknown");
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
            return paramError(*this, key, "is unknown");
        const ParamSpec &p = params[std::size_t(i)];
        double value = 0;
        if (p.type == ParamType::Bool) {
            if (text == "true" || text == "1" || text == "yes")
                value = 1;
            else if (text == "false" || text == "0" || text == "no")
                value = 0;
            else
                return paramError(*this, key, "must be true or false, got '" + text + "'");
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
                return paramError(
                    *this, key,
                    std::string("must be one of ").append(all).append(", got '").append(text).append("'"));
            }
            value = found;
        } else {
            const char *first = text.data(), *last = text.data() + text.size();
            auto r = std::from_chars(first, last, value);
            if (text.empty() || r.ec != std::errc() || r.ptr != last)
                return paramError(*this, key, "must be a number, got '" + text + "'");
        }
        numeric.emplace_back(key, value);
    }
    return resolve(numeric);
}

} // namespace sn::bt
