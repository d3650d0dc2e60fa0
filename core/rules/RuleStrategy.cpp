#include "core/rules/RuleStrategy.h"

#include "core/rules/RuleCompiler.h"
#include "core/rules/RuleParser.h"

#include <algorithm>
#include <cmath>

namespace sn::rules {

std::unique_ptr<RuleStrategy> RuleStrategy::compile(std::string_view source, const std::string &name,
                                                    std::vector<Diagnostic> &diagnostics)
{
    const std::size_t before = diagnostics.size();
    const RuleAst ast = RuleParser::parse(source, diagnostics);
    const bool syntaxOk = diagnostics.size() == before;
    // Names and types are still checked after a syntax error so every
    // problem shows at once; the result is only used when there was none.
    auto compiled = RuleCompiler::compile(ast, name, diagnostics);
    if (!syntaxOk || !compiled)
        return nullptr;
    std::unique_ptr<RuleStrategy> rule(new RuleStrategy());
    rule->m_source = std::string(source);
    rule->m_info = std::move(compiled->info);
    rule->m_plan = std::move(compiled->plan);
    return rule;
}

Result<std::unique_ptr<RuleStrategy>> RuleStrategy::fromText(std::string_view source, const std::string &name,
                                                             std::string_view fileName)
{
    std::vector<Diagnostic> diagnostics;
    auto rule = compile(source, name, diagnostics);
    if (!rule) {
        const std::string_view shownName = fileName.empty() ? std::string_view(name) : fileName;
        Error e = makeError(ErrorCode::InvalidArgument, formatAll(diagnostics, source, shownName), "rule");
        std::string forReader = formatAllForReader(diagnostics, source, shownName);
        if (forReader != e.message)
            e.userMessage = std::move(forReader);
        return e;
    }
    return rule;
}

std::size_t RuleStrategy::warmup(std::span<const double> params) const
{
    return m_plan.warmup(params);
}

void RuleStrategy::computeSignals(std::span<const double> params, bt::IndicatorCache &cache,
                                  std::span<std::uint8_t> out) const
{
    m_plan.run(params, cache, out);
}

bool RuleStrategy::computeStopDistances(std::span<const double> params, bt::IndicatorCache &cache,
                                        bt::StopDistances &out) const
{
    m_plan.stopDistancesInto(params, cache, out);
    return out.any();
}

RuleStrategy::Stops RuleStrategy::stops(std::span<const double> params) const
{
    if (!statesStops())
        return {};
    const std::vector<double> v = m_plan.scalars(params);
    auto at = [&](int node) { return node >= 0 ? v[std::size_t(node)] : 0.0; };
    return Stops{at(m_plan.stopLoss), at(m_plan.takeProfit), at(m_plan.trailingStop)};
}

bool RuleStrategy::statesStops() const
{
    return m_plan.stopLoss >= 0 || m_plan.takeProfit >= 0 || m_plan.trailingStop >= 0;
}

std::vector<int> RuleStrategy::stopParameters() const
{
    // Walk back from each stop through its scalar operands.
    std::vector<int> params;
    std::vector<int> stack;
    for (int root : {m_plan.stopLoss, m_plan.takeProfit, m_plan.trailingStop})
        if (root >= 0)
            stack.push_back(root);
    while (!stack.empty()) {
        const PlanNode &nd = m_plan.nodes[std::size_t(stack.back())];
        stack.pop_back();
        if (nd.op == Op::SParam && std::find(params.begin(), params.end(), nd.param) == params.end())
            params.push_back(nd.param);
        for (int k : nd.in)
            if (k >= 0)
                stack.push_back(k);
    }
    std::sort(params.begin(), params.end());
    return params;
}

Result<bt::BacktestConfig> RuleStrategy::configFor(std::span<const double> params,
                                                   const bt::BacktestConfig &base) const
{
    bt::BacktestConfig c = base;
    if (!statesStops())
        return c;
    const Stops s = stops(params);
    const std::pair<const char *, std::pair<double, double *>> fields[] = {
        {"stop_loss", {s.stopLoss, &c.stopLoss}},
        {"take_profit", {s.takeProfit, &c.takeProfit}},
        {"trailing_stop", {s.trailingStop, &c.trailingStop}},
    };
    const int nodes[] = {m_plan.stopLoss, m_plan.takeProfit, m_plan.trailingStop};
    for (std::size_t i = 0; i < 3; ++i) {
        if (nodes[i] < 0)
            continue;
        const auto &[name, field] = fields[i];
        const auto &[value, target] = field;
        if (*target != 0)
            return makeError(ErrorCode::InvalidArgument,
                             SN_TEXT("sn::Rules",
                                     "'%1' is set both by the rule and by the backtest options; keep one"),
                             {name})
                .at(SN_TEXT("sn::Rules", "rule %1"), {m_info.name});
        if (!(value >= 0 && value < 1))
            return makeError(ErrorCode::InvalidArgument,
                             SN_TEXT("sn::Rules", "'%1' must be a fraction in [0, 1), the rule gives %2"),
                             {name, std::to_string(value)})
                .at(SN_TEXT("sn::Rules", "rule %1"), {m_info.name});
        *target = value;
    }
    return c;
}

} // namespace sn::rules
