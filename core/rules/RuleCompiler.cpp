#include "core/rules/RuleCompiler.h"

#include "core/rules/RuleCatalog.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <climits>
#include <cmath>
#include <initializer_list>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

namespace sn::rules {

namespace {

using Kind = bt::IndicatorCache::Kind;

enum class Type
{
    Int,
    Float,
    Bool
};

// A checked sub-expression: its plan node and type; node < 0 after an error
// (already reported), so callers stop without piling up follow-on errors.
struct Val
{
    int node = -1;
    Type type = Type::Float;
    bool series = false;
    bool ok() const { return node >= 0; }
};

DiagText typeName(const Val &v)
{
    if (v.type == Type::Bool)
        return v.series ? diagText(SN_TEXT("sn::Rules", "a condition series"))
                        : diagText(SN_TEXT("sn::Rules", "a fixed condition"));
    if (v.series)
        return diagText(SN_TEXT("sn::Rules", "a number series"));
    return v.type == Type::Int ? diagText(SN_TEXT("sn::Rules", "a whole number"))
                               : diagText(SN_TEXT("sn::Rules", "a number"));
}

std::string num(double v)
{
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

// Edits between two names, a swap of neighbours counting as one ("fats" is
// one edit from "fast"): the optimal-string-alignment distance.
std::size_t editDistance(const std::string &a, const std::string &b)
{
    const std::size_t w = b.size() + 1;
    std::vector<std::size_t> d((a.size() + 1) * w);
    for (std::size_t i = 0; i <= a.size(); ++i)
        d[i * w] = i;
    for (std::size_t j = 0; j <= b.size(); ++j)
        d[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i)
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            std::size_t v =
                std::min({d[(i - 1) * w + j] + 1, d[i * w + j - 1] + 1, d[(i - 1) * w + j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, d[(i - 2) * w + j - 2] + 1);
            d[i * w + j] = v;
        }
    return d[a.size() * w + b.size()];
}

// How a function's arguments are checked: x a number series, n a period
// (whole number fixed for the run), k a fixed number, a a number (series or
// fixed), c a condition.
struct FunctionSig
{
    const char *name;
    Op op;
    const char *kinds;
    std::vector<const char *> argNames;
};

const std::vector<FunctionSig> &functions()
{
    static const std::vector<FunctionSig> all{
        {"sma", Op::Sma, "xn", {"x", "n"}},
        {"mean", Op::Sma, "xn", {"x", "n"}},
        {"ema", Op::Ema, "xn", {"x", "n"}},
        {"wma", Op::Wma, "xn", {"x", "n"}},
        {"rsi", Op::Rsi, "xn", {"x", "n"}},
        {"roc", Op::Roc, "xn", {"x", "n"}},
        {"macd_line", Op::MacdLine, "xnnn", {"x", "fast", "slow", "signal"}},
        {"macd_signal", Op::MacdSignal, "xnnn", {"x", "fast", "slow", "signal"}},
        {"macd_hist", Op::MacdHist, "xnnn", {"x", "fast", "slow", "signal"}},
        {"bb_mid", Op::BbMid, "xnk", {"x", "n", "k"}},
        {"bb_upper", Op::BbUpper, "xnk", {"x", "n", "k"}},
        {"bb_lower", Op::BbLower, "xnk", {"x", "n", "k"}},
        {"atr", Op::Atr, "n", {"n"}},
        {"stoch_k", Op::StochK, "nnn", {"k", "d", "smooth"}},
        {"stoch_d", Op::StochD, "nnn", {"k", "d", "smooth"}},
        {"obv", Op::Obv, "", {}},
        {"highest", Op::Highest, "xn", {"x", "n"}},
        {"lowest", Op::Lowest, "xn", {"x", "n"}},
        {"sum", Op::Sum, "xn", {"x", "n"}},
        {"cross_above", Op::CrossAbove, "aa", {"a", "b"}},
        {"cross_below", Op::CrossBelow, "aa", {"a", "b"}},
        {"bars_since", Op::BarsSince, "c", {"c"}},
        {"if", Op::If, "c??", {"c", "a", "b"}},
        {"abs", Op::Abs, "a", {"x"}},
        {"min", Op::Min, "aa", {"a", "b"}},
        {"max", Op::Max, "aa", {"a", "b"}},
    };
    return all;
}

const FunctionSig *findFunction(const std::string &name)
{
    for (const FunctionSig &f : functions())
        if (name == f.name)
            return &f;
    return nullptr;
}

std::string signatureOf(const FunctionSig &f)
{
    std::string s = std::string(f.name) + "(";
    for (std::size_t i = 0; i < f.argNames.size(); ++i)
        s += (i ? ", " : "") + std::string(f.argNames[i]);
    return s + ")";
}

constexpr const char *kOutputs[] = {"entry",       "exit",          "short_entry", "short_exit", "stop_loss",
                                    "take_profit", "trailing_stop", "stop",        "target",     "trail"};
constexpr const char *kSeries[] = {"open", "high", "low", "close", "volume"};
constexpr const char *kKeywords[] = {"param", "let",   "require", "and", "or",   "not",
                                     "true",  "false", "in",      "int", "float"};

bool isOutput(const std::string &n)
{
    return std::find(std::begin(kOutputs), std::end(kOutputs), n) != std::end(kOutputs);
}

class Compiler
{
public:
    Compiler(const RuleAst &ast, std::vector<Diagnostic> &diags) : m_ast(ast), m_diags(diags) {}

    std::optional<CompiledRule> run(const std::string &name)
    {
        const std::size_t errorsBefore = m_diags.size();
        CompiledRule out;
        out.info.name = name;
        out.info.description = m_ast.description.empty() ? "strategy rule" : m_ast.description;
        declareParams(out.info);
        declareRequirements(out.info);
        for (const Assignment &let : m_ast.lets)
            defineLet(let);
        std::map<std::string, Val> roots;
        std::set<std::string> seen;
        for (const Assignment &r : m_ast.rules) {
            if (!isOutput(r.name)) {
                error(r.at, diagText(SN_TEXT("sn::Rules", "unknown rule output '%1'"), {r.name}),
                      suggest(
                          r.name, std::vector<std::string>(std::begin(kOutputs), std::end(kOutputs)),
                          diagText(
                              SN_TEXT(
                                  "sn::Rules",
                                  "a rule sets entry, exit, short_entry, short_exit, stop_loss, take_profit, "
                                  "trailing_stop, stop, target or trail; for a named value write "
                                  "'let %1 = ...'"),
                              {r.name})));
                continue;
            }
            if (!seen.insert(r.name).second) {
                error(r.at, diagText(SN_TEXT("sn::Rules", "'%1' is set twice"), {r.name}),
                      diagText(SN_TEXT("sn::Rules", "combine the conditions with 'or' / 'and' in one line")));
                continue;
            }
            Val v = expr(*r.value);
            if (!v.ok())
                continue;
            const bool stop = r.name == "stop_loss" || r.name == "take_profit" || r.name == "trailing_stop";
            const bool distance = r.name == "stop" || r.name == "target" || r.name == "trail";
            if (distance) {
                if (v.type == Type::Bool) {
                    error(
                        r.value->at,
                        diagText(SN_TEXT("sn::Rules", "'%1' must be a number (a distance in price), got %2"),
                                 {r.name, typeName(v)}),
                        diagText(SN_TEXT("sn::Rules", "e.g. '%1 = 2 * atr(14)'"), {r.name}));
                    continue;
                }
            } else if (stop) {
                if (v.type == Type::Bool) {
                    error(r.value->at,
                          diagText(SN_TEXT("sn::Rules",
                                           "'%1' must be a number (a fraction of the entry price), got %2"),
                                   {r.name, typeName(v)}),
                          diagText(SN_TEXT("sn::Rules", "e.g. '%1 = 0.05' for 5%"), {r.name}));
                    continue;
                }
                if (v.series) {
                    error(r.value->at,
                          diagText(SN_TEXT("sn::Rules", "'%1' must be fixed for the run, got %2"),
                                   {r.name, typeName(v)}),
                          diagText(SN_TEXT(
                              "sn::Rules",
                              "a fraction such as 0.05 or a float parameter; for a stop that moves with the "
                              "bars write a distance in price: 'stop = 2 * atr(14)' (also 'target', "
                              "'trail')")));
                    continue;
                }
            } else if (v.type != Type::Bool) {
                error(
                    r.value->at,
                    diagText(SN_TEXT("sn::Rules", "'%1' must be a condition, got %2"), {r.name, typeName(v)}),
                    diagText(SN_TEXT("sn::Rules", "compare it, e.g. 'close > sma(close, 50)'")));
                continue;
            }
            roots[r.name] = v;
        }
        if (!roots.count("entry") && !roots.count("short_entry") && m_diags.size() == errorsBefore)
            error(SourceSpan{1, 1, 1}, diagText(SN_TEXT("sn::Rules", "the rule has no 'entry'")),
                  diagText(
                      SN_TEXT("sn::Rules",
                              "add a line such as 'entry = cross_above(sma(close, 10), sma(close, 30))'")));
        if (roots.count("short_exit") && !roots.count("short_entry") && m_diags.size() == errorsBefore)
            error(spanOf("short_exit"), diagText(SN_TEXT("sn::Rules", "'short_exit' without 'short_entry'")),
                  diagText(SN_TEXT("sn::Rules", "add 'short_entry = ...' or remove it")));
        if (m_diags.size() != errorsBefore)
            return std::nullopt;
        if (m_plan.nodes.size() > kMaxPlanNodes) {
            error(SourceSpan{1, 1, 1},
                  diagText(SN_TEXT("sn::Rules", "the rule needs %1 steps, more than %2"),
                           {std::to_string(m_plan.nodes.size()), std::to_string(kMaxPlanNodes)}),
                  diagText(SN_TEXT("sn::Rules", "split it into simpler rules")));
            return std::nullopt;
        }
        auto rootOf = [&](const char *n) { return roots.count(n) ? roots[n].node : -1; };
        m_plan.entry = rootOf("entry");
        m_plan.exit = rootOf("exit");
        m_plan.shortEntry = rootOf("short_entry");
        m_plan.shortExit = rootOf("short_exit");
        m_plan.stopLoss = rootOf("stop_loss");
        m_plan.takeProfit = rootOf("take_profit");
        m_plan.trailingStop = rootOf("trailing_stop");
        m_plan.stopDistance = rootOf("stop");
        m_plan.takeProfitDistance = rootOf("target");
        m_plan.trailingDistance = rootOf("trail");
        out.info.supportsShort = m_plan.shortEntry >= 0;
        out.plan = finish(std::move(m_plan));
        return out;
    }

private:
    void error(SourceSpan at, const DiagText &message, const DiagText &hint = {})
    {
        m_diags.emplace_back(at, message, hint);
    }

    SourceSpan spanOf(const std::string &output) const
    {
        for (const Assignment &r : m_ast.rules)
            if (r.name == output)
                return r.at;
        return {};
    }

    // "did you mean 'sma'?" for a name one or two edits away from a known
    // one (one edit for short names), else `otherwise`.
    static DiagText suggest(const std::string &name, const std::vector<std::string> &known,
                            DiagText otherwise)
    {
        const std::size_t allowed = name.size() <= 3 ? 1 : 2;
        std::string best;
        std::size_t bestDistance = allowed + 1;
        for (const std::string &k : known) {
            const std::size_t d = editDistance(name, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best.empty() ? std::move(otherwise)
                            : diagText(SN_TEXT("sn::Rules", "did you mean '%1'?"), {best});
    }

    std::vector<std::string> knownNames() const
    {
        // The rule's own names first: on a tie they are the likelier typo.
        std::vector<std::string> names;
        for (const ParamDecl &p : m_ast.params)
            names.push_back(p.name);
        for (const auto &[n, v] : m_lets)
            names.push_back(n);
        names.insert(names.end(), std::begin(kSeries), std::end(kSeries));
        for (const FunctionSig &f : functions())
            names.emplace_back(f.name);
        return names;
    }

    bool reserved(const std::string &n) const
    {
        return std::find(std::begin(kSeries), std::end(kSeries), n) != std::end(kSeries) || findFunction(n) ||
               isOutput(n) || std::find(std::begin(kKeywords), std::end(kKeywords), n) != std::end(kKeywords);
    }

    void declareParams(bt::StrategyInfo &info)
    {
        for (const ParamDecl &p : m_ast.params) {
            if (reserved(p.name)) {
                error(p.at,
                      diagText(SN_TEXT("sn::Rules", "'%1' is a built-in name and cannot be a parameter"),
                               {p.name}),
                      diagText(SN_TEXT("sn::Rules", "pick another name")));
                continue;
            }
            if (m_params.count(p.name)) {
                error(p.at, diagText(SN_TEXT("sn::Rules", "parameter '%1' is declared twice"), {p.name}),
                      diagText(SN_TEXT("sn::Rules", "keep one declaration")));
                continue;
            }
            bt::ParamSpec spec;
            spec.name = p.name;
            spec.type = p.integer ? bt::ParamType::Int : bt::ParamType::Double;
            spec.defaultValue = p.defaultValue;
            spec.description = p.description;
            if (p.hasRange) {
                if (p.min > p.max) {
                    error(p.rangeAt,
                          diagText(SN_TEXT("sn::Rules", "the range of '%1' is empty (%2 > %3)"),
                                   {p.name, num(p.min), num(p.max)}),
                          diagText(SN_TEXT("sn::Rules", "write LOW..HIGH with LOW <= HIGH")));
                    continue;
                }
                if (p.integer && (p.min != std::floor(p.min) || p.max != std::floor(p.max))) {
                    error(
                        p.rangeAt,
                        diagText(SN_TEXT("sn::Rules", "int parameter '%1' has a fractional range"), {p.name}),
                        diagText(SN_TEXT("sn::Rules", "use whole numbers or declare it 'float'")));
                    continue;
                }
                if (p.defaultValue < p.min || p.defaultValue > p.max) {
                    error(
                        p.at,
                        diagText(SN_TEXT("sn::Rules", "the default of '%1' (%2) is outside its range %3..%4"),
                                 {p.name, num(p.defaultValue), num(p.min), num(p.max)}),
                        diagText(SN_TEXT("sn::Rules", "change the default or the range")));
                    continue;
                }
                spec.min = p.min;
                spec.max = p.max;
            } else {
                // No range: any value a form or a sweep passes (periods and
                // lags need a range, checked where they are used).
                spec.min = p.integer ? -1e9 : -1e300;
                spec.max = p.integer ? 1e9 : 1e300;
            }
            m_params[p.name] = int(info.params.size());
            m_paramDecls.push_back(&p);
            info.params.push_back(std::move(spec));
        }
    }

    void declareRequirements(bt::StrategyInfo &info)
    {
        for (const Requirement &r : m_ast.requirements) {
            bool ok = true;
            for (const auto &[n, at] : {std::pair{r.lesser, r.lesserAt}, std::pair{r.greater, r.greaterAt}})
                if (!m_params.count(n)) {
                    std::vector<std::string> names;
                    for (const auto &[k, v] : m_params)
                        names.push_back(k);
                    error(at, diagText(SN_TEXT("sn::Rules", "'require' names unknown parameter '%1'"), {n}),
                          suggest(n, names,
                                  diagText(SN_TEXT("sn::Rules",
                                                   "declare it first: 'param %1: int = 10 in 1..100'"),
                                           {n})));
                    ok = false;
                }
            if (!ok)
                continue;
            const double a = info.params[std::size_t(m_params[r.lesser])].defaultValue;
            const double b = info.params[std::size_t(m_params[r.greater])].defaultValue;
            if (!(a < b)) {
                error(
                    r.lesserAt,
                    diagText(SN_TEXT("sn::Rules", "the defaults break 'require %1 < %2' (%1 = %3, %2 = %4)"),
                             {r.lesser, r.greater, num(a), num(b)}),
                    diagText(SN_TEXT("sn::Rules", "change the defaults")));
                continue;
            }
            info.lessThan.push_back({r.lesser, r.greater});
        }
    }

    void defineLet(const Assignment &let)
    {
        if (reserved(let.name) || m_params.count(let.name)) {
            error(let.at,
                  m_params.count(let.name)
                      ? diagText(SN_TEXT("sn::Rules",
                                         "'%1' is already a name (a parameter) and cannot be redefined"),
                                 {let.name})
                      : diagText(
                            SN_TEXT("sn::Rules", "'%1' is already a name (built in) and cannot be redefined"),
                            {let.name}),
                  diagText(SN_TEXT("sn::Rules", "pick another name")));
            return;
        }
        if (m_lets.count(let.name)) {
            error(let.at, diagText(SN_TEXT("sn::Rules", "'%1' is defined twice"), {let.name}),
                  diagText(SN_TEXT("sn::Rules", "keep one 'let %1'"), {let.name}));
            return;
        }
        Val v = expr(*let.value);
        if (v.ok())
            m_lets[let.name] = v;
        else
            m_failedLets.insert(let.name);
    }

    // ------------------------------------------------------------ plan nodes

    int add(PlanNode nd)
    {
        // Constant folding: a scalar op over constants is a constant.
        if (!nd.series && nd.op != Op::SConst && nd.op != Op::SParam) {
            bool allConst = true;
            double v[3] = {0, 0, 0};
            for (std::size_t k = 0; k < 3; ++k)
                if (nd.in[k] >= 0) {
                    const PlanNode &o = m_plan.nodes[std::size_t(nd.in[k])];
                    allConst = allConst && o.op == Op::SConst;
                    v[k] = o.constant;
                }
            if (allConst) {
                PlanNode c;
                c.op = Op::SConst;
                c.boolean = nd.boolean;
                c.constant = applyScalar(nd.op, v[0], v[1], v[2]);
                return add(c);
            }
        }
        // Equal sub-expressions are one node.
        const auto key = std::make_tuple(int(nd.op), nd.series, nd.boolean, nd.in[0], nd.in[1], nd.in[2],
                                         nd.in[3], std::bit_cast<std::uint64_t>(nd.constant), nd.param);
        if (auto it = m_cse.find(key); it != m_cse.end())
            return it->second;
        m_plan.nodes.push_back(nd);
        const int id = int(m_plan.nodes.size()) - 1;
        m_cse.emplace(key, id);
        return id;
    }

    Val constant(double v, Type t)
    {
        PlanNode nd;
        nd.op = Op::SConst;
        nd.constant = v;
        nd.boolean = t == Type::Bool;
        return Val{add(nd), t, false};
    }

    Val seriesInput(Op op)
    {
        PlanNode nd;
        nd.op = op;
        nd.series = true;
        return Val{add(nd), Type::Float, true};
    }

    const PlanNode &node(const Val &v) const { return m_plan.nodes[std::size_t(v.node)]; }

    // ---------------------------------------------------------- expressions

    Val expr(const Expr &e)
    {
        switch (e.kind) {
        case Expr::Kind::Number:
            return constant(e.number,
                            e.integer && e.number == std::floor(e.number) ? Type::Int : Type::Float);
        case Expr::Kind::Bool:
            return constant(e.number, Type::Bool);
        case Expr::Kind::Name:
            return name(e);
        case Expr::Kind::Call:
            return call(e);
        case Expr::Kind::Index:
            return index(e);
        case Expr::Kind::Unary:
            return unary(e);
        case Expr::Kind::Binary:
            return binaryOp(e);
        }
        return {};
    }

    Val name(const Expr &e)
    {
        if (auto it = m_lets.find(e.text); it != m_lets.end())
            return it->second;
        if (m_failedLets.count(e.text))
            return {}; // its own error is already reported
        if (auto it = m_params.find(e.text); it != m_params.end()) {
            PlanNode nd;
            nd.op = Op::SParam;
            nd.param = it->second;
            const bool integer = m_paramDecls[std::size_t(it->second)]->integer;
            return Val{add(nd), integer ? Type::Int : Type::Float, false};
        }
        static const std::pair<const char *, Op> series[] = {{"open", Op::Open},
                                                             {"high", Op::High},
                                                             {"low", Op::Low},
                                                             {"close", Op::Close},
                                                             {"volume", Op::Volume}};
        for (const auto &[n, op] : series)
            if (e.text == n)
                return seriesInput(op);
        if (const FunctionSig *f = findFunction(e.text)) {
            error(e.at, diagText(SN_TEXT("sn::Rules", "'%1' is a function and needs arguments"), {e.text}),
                  diagText(SN_TEXT("sn::Rules", "call it as %1"), {signatureOf(*f)}));
            return {};
        }
        if (isOutput(e.text)) {
            error(e.at, diagText(SN_TEXT("sn::Rules", "'%1' is a rule output and cannot be read"), {e.text}),
                  diagText(SN_TEXT("sn::Rules",
                                   "name the condition with 'let' and use that name in both places")));
            return {};
        }
        error(e.at, diagText(SN_TEXT("sn::Rules", "unknown name '%1'"), {e.text}),
              suggest(
                  e.text, knownNames(),
                  diagText(SN_TEXT("sn::Rules",
                                   "names are open, high, low, close, volume, declared parameters ('param'), "
                                   "'let' names and functions such as sma(x, n)"))));
        return {};
    }

    // A window length: a whole number fixed for the run, >= 1.
    bool period(const Val &v, const Expr &arg, const std::string &fn, const std::string &argName)
    {
        if (v.series) {
            error(arg.at,
                  diagText(SN_TEXT("sn::Rules", "'%1' of %2() must be fixed for the run, got %3"),
                           {argName, fn, typeName(v)}),
                  diagText(SN_TEXT("sn::Rules", "use a whole number or an int parameter, e.g. %1(close, 14)"),
                           {fn}));
            return false;
        }
        if (v.type != Type::Int) {
            error(arg.at,
                  diagText(SN_TEXT("sn::Rules", "'%1' of %2() must be a whole number, got %3"),
                           {argName, fn, typeName(v)}),
                  diagText(SN_TEXT("sn::Rules", "a period counts bars; declare the parameter 'int'")));
            return false;
        }
        const PlanNode &nd = node(v);
        if (nd.op == Op::SConst && (nd.constant < 1 || nd.constant > kMaxPeriod)) {
            error(arg.at,
                  diagText(SN_TEXT("sn::Rules", "'%1' of %2() is %3, outside 1..%4"),
                           {argName, fn, num(nd.constant), num(kMaxPeriod)}),
                  diagText(SN_TEXT("sn::Rules", "a period is at least 1 bar")));
            return false;
        }
        if (nd.op == Op::SParam) {
            const ParamDecl &p = *m_paramDecls[std::size_t(nd.param)];
            if (!p.hasRange) {
                error(arg.at,
                      diagText(SN_TEXT("sn::Rules", "parameter '%1' is used as a period but has no range"),
                               {p.name}),
                      diagText(SN_TEXT("sn::Rules", "give it one: 'param %1: int = %2 in 1..200'"),
                               {p.name, num(p.defaultValue)}));
                return false;
            }
            if (p.min < 1 || p.max > kMaxPeriod) {
                error(
                    arg.at,
                    diagText(
                        SN_TEXT("sn::Rules",
                                "parameter '%1' is used as a period but its range %2..%3 goes outside 1..%4"),
                        {p.name, num(p.min), num(p.max), num(kMaxPeriod)}),
                    diagText(
                        SN_TEXT("sn::Rules", "a period is at least 1 bar: start the range at 1 or more")));
                return false;
            }
        }
        return true;
    }

    Val call(const Expr &e)
    {
        const FunctionSig *f = findFunction(e.text);
        if (!f) {
            if (std::find(std::begin(kSeries), std::end(kSeries), e.text) != std::end(kSeries) ||
                m_params.count(e.text) || m_lets.count(e.text)) {
                error(e.opAt, diagText(SN_TEXT("sn::Rules", "'%1' is not a function"), {e.text}),
                      diagText(SN_TEXT("sn::Rules", "for the value k bars ago write %1[k]"), {e.text}));
                return {};
            }
            std::vector<std::string> names;
            for (const FunctionSig &g : functions())
                names.emplace_back(g.name);
            error(e.opAt, diagText(SN_TEXT("sn::Rules", "unknown function '%1'"), {e.text}),
                  suggest(
                      e.text, names,
                      diagText(SN_TEXT("sn::Rules",
                                       "see docs/rules.md or 'supernova-cli rule functions' for the list"))));
            return {};
        }
        const std::size_t want = std::string_view(f->kinds).size();
        if (e.args.size() < want) {
            error(e.at,
                  diagText(SN_TEXT("sn::Rules", "%1 is missing argument '%2'"),
                           {signatureOf(*f), f->argNames[e.args.size()]}),
                  want == 1
                      ? diagText(SN_TEXT("sn::Rules", "1 argument needed, %1 given: %2"),
                                 {std::to_string(e.args.size()), signatureOf(*f)})
                      : diagText(SN_TEXT("sn::Rules", "%1 arguments needed, %2 given: %3"),
                                 {std::to_string(want), std::to_string(e.args.size()), signatureOf(*f)}));
            return {};
        }
        if (e.args.size() > want) {
            error(e.args[want]->at,
                  want == 1
                      ? diagText(SN_TEXT("sn::Rules", "%1 takes 1 argument, %2 given"),
                                 {signatureOf(*f), std::to_string(e.args.size())})
                      : diagText(SN_TEXT("sn::Rules", "%1 takes %2 arguments, %3 given"),
                                 {signatureOf(*f), std::to_string(want), std::to_string(e.args.size())}),
                  diagText(SN_TEXT("sn::Rules", "remove the extra argument")));
            return {};
        }
        std::vector<Val> args;
        bool ok = true;
        for (const auto &a : e.args) {
            args.push_back(expr(*a));
            ok = ok && args.back().ok();
        }
        if (!ok)
            return {};
        const std::string fn = f->name;
        for (std::size_t i = 0; i < want; ++i) {
            const char kind = f->kinds[i];
            const Val &v = args[i];
            const Expr &arg = *e.args[i];
            const std::string argName = f->argNames[i];
            switch (kind) {
            case 'x':
                if (v.type == Type::Bool || !v.series) {
                    error(arg.at,
                          diagText(SN_TEXT("sn::Rules", "'%1' of %2() must be a number series, got %3"),
                                   {argName, fn, typeName(v)}),
                          diagText(SN_TEXT("sn::Rules", "e.g. %1(close, ...)"), {fn}));
                    return {};
                }
                break;
            case 'n':
                if (!period(v, arg, fn, argName))
                    return {};
                break;
            case 'k':
                if (v.series || v.type == Type::Bool) {
                    error(arg.at,
                          diagText(
                              SN_TEXT("sn::Rules", "'%1' of %2() must be a number fixed for the run, got %3"),
                              {argName, fn, typeName(v)}),
                          diagText(SN_TEXT("sn::Rules", "e.g. 2 or a float parameter")));
                    return {};
                }
                break;
            case 'a':
                if (v.type == Type::Bool) {
                    error(arg.at,
                          diagText(SN_TEXT("sn::Rules", "'%1' of %2() must be a number, got %3"),
                                   {argName, fn, typeName(v)}),
                          diagText(
                              SN_TEXT("sn::Rules",
                                      "a condition is not a number; use if(c, 1, 0) to turn it into one")));
                    return {};
                }
                break;
            case 'c':
                if (v.type != Type::Bool) {
                    error(arg.at,
                          diagText(SN_TEXT("sn::Rules", "'%1' of %2() must be a condition, got %3"),
                                   {argName, fn, typeName(v)}),
                          diagText(SN_TEXT("sn::Rules", "compare it, e.g. close > open")));
                    return {};
                }
                break;
            default:
                break;
            }
        }
        PlanNode nd;
        nd.op = f->op;
        nd.series = true;
        for (std::size_t i = 0; i < want; ++i)
            nd.in[i] = args[i].node;
        switch (f->op) {
        case Op::CrossAbove:
        case Op::CrossBelow:
            if (!args[0].series && !args[1].series) {
                error(e.at, diagText(SN_TEXT("sn::Rules", "%1() of two fixed numbers never happens"), {fn}),
                      diagText(SN_TEXT("sn::Rules", "one side must be a series, e.g. %1(rsi(close, 14), 30)"),
                               {fn}));
                return {};
            }
            nd.boolean = true;
            return Val{add(nd), Type::Bool, true};
        case Op::If: {
            const Val &a = args[1], &b = args[2];
            if ((a.type == Type::Bool) != (b.type == Type::Bool)) {
                error(e.args[2]->at,
                      diagText(SN_TEXT("sn::Rules", "the two branches of if() differ: %1 and %2"),
                               {typeName(a), typeName(b)}),
                      diagText(SN_TEXT("sn::Rules", "both must be numbers or both conditions")));
                return {};
            }
            const bool series = args[0].series || a.series || b.series;
            const Type t = a.type == Type::Bool                           ? Type::Bool
                           : (a.type == Type::Int && b.type == Type::Int) ? Type::Int
                                                                          : Type::Float;
            nd.series = series;
            nd.op = series ? Op::If : Op::SIf;
            nd.boolean = t == Type::Bool;
            return Val{add(nd), t, series};
        }
        case Op::Abs:
        case Op::Min:
        case Op::Max: {
            const bool series = args[0].series || (want > 1 && args[1].series);
            const Type t = (args[0].type == Type::Int && (want == 1 || args[1].type == Type::Int))
                               ? Type::Int
                               : Type::Float;
            nd.series = series;
            if (!series)
                nd.op = f->op == Op::Abs ? Op::SAbs : f->op == Op::Min ? Op::SMin : Op::SMax;
            return Val{add(nd), t, series};
        }
        default:
            break;
        }
        // Indicators: served by the shared cache when the input is the price
        // series the cache keys them on.
        const int inputOp = want > 0 && f->kinds[0] == 'x' ? int(node(args[0]).op) : -1;
        switch (f->op) {
        case Op::Sma:
        case Op::Ema:
        case Op::Wma:
        case Op::Rsi:
        case Op::Roc:
        case Op::MacdLine:
        case Op::MacdSignal:
        case Op::BbMid:
        case Op::BbUpper:
        case Op::BbLower:
            nd.cached = inputOp == int(Op::Close);
            break;
        case Op::Highest:
            nd.cached = inputOp == int(Op::High);
            break;
        case Op::Lowest:
            nd.cached = inputOp == int(Op::Low);
            break;
        case Op::Atr:
        case Op::StochK:
        case Op::StochD:
        case Op::Obv:
            nd.cached = true;
            break;
        default:
            break;
        }
        return Val{add(nd), Type::Float, true};
    }

    Val index(const Expr &e)
    {
        Val x = expr(*e.args[0]);
        const Expr &lagExpr = *e.args[1];
        if (lagExpr.kind == Expr::Kind::Number && lagExpr.number < 0) {
            error(lagExpr.at,
                  diagText(SN_TEXT("sn::Rules", "negative lag %1: that would read a future bar"),
                           {num(lagExpr.number)}),
                  diagText(SN_TEXT(
                      "sn::Rules",
                      "x[k] is the value k bars ago and k must be 0 or more (x[1] is the previous bar)")));
            return {};
        }
        Val k = expr(lagExpr);
        if (!x.ok() || !k.ok())
            return {};
        if (!x.series) {
            error(e.args[0]->at,
                  diagText(SN_TEXT("sn::Rules", "only a series has past values; this is %1"), {typeName(x)}),
                  diagText(SN_TEXT("sn::Rules", "x[k] applies to series such as close or sma(close, 10)")));
            return {};
        }
        if (k.series || k.type != Type::Int) {
            error(lagExpr.at,
                  diagText(SN_TEXT("sn::Rules", "the lag must be a whole number fixed for the run, got %1"),
                           {typeName(k)}),
                  diagText(SN_TEXT("sn::Rules", "write x[1] or x[lag] with 'param lag: int = 1 in 0..10'")));
            return {};
        }
        const PlanNode &kn = node(k);
        if (kn.op == Op::SConst && kn.constant < 0) {
            error(lagExpr.at,
                  diagText(SN_TEXT("sn::Rules", "negative lag %1: that would read a future bar"),
                           {num(kn.constant)}),
                  diagText(SN_TEXT("sn::Rules", "x[k] is the value k bars ago and k must be 0 or more")));
            return {};
        }
        if (kn.op == Op::SConst && kn.constant > kMaxPeriod) {
            error(lagExpr.at,
                  diagText(SN_TEXT("sn::Rules", "lag %1 is more than %2 bars"),
                           {num(kn.constant), num(kMaxPeriod)}),
                  diagText(SN_TEXT("sn::Rules", "use a smaller lag")));
            return {};
        }
        if (kn.op == Op::SParam) {
            const ParamDecl &p = *m_paramDecls[std::size_t(kn.param)];
            if (!p.hasRange || p.min < 0 || p.max > kMaxPeriod) {
                error(
                    lagExpr.at,
                    p.hasRange ? diagText(SN_TEXT("sn::Rules", "parameter '%1' is used as a lag, so its "
                                                               "range must lie in 0..%2 (it is %3..%4)"),
                                          {p.name, num(kMaxPeriod), num(p.min), num(p.max)})
                               : diagText(SN_TEXT("sn::Rules", "parameter '%1' is used as a lag, so its "
                                                               "range must lie in 0..%2 (it has none)"),
                                          {p.name, num(kMaxPeriod)}),
                    diagText(SN_TEXT("sn::Rules",
                                     "a negative lag would read a future bar: 'param %1: int = %2 in 0..10'"),
                             {p.name, num(p.defaultValue)}));
                return {};
            }
        } else if (kn.op != Op::SConst) {
            error(
                lagExpr.at,
                diagText(SN_TEXT("sn::Rules", "the lag must be a whole number or an int parameter")),
                diagText(SN_TEXT("sn::Rules",
                                 "computed lags are not allowed, so a rule can be seen not to look ahead")));
            return {};
        }
        if (kn.op == Op::SConst && kn.constant == 0)
            return x;
        PlanNode nd;
        nd.op = Op::Lag;
        nd.series = true;
        nd.boolean = x.type == Type::Bool;
        nd.in[0] = x.node;
        nd.in[1] = k.node;
        return Val{add(nd), x.type == Type::Bool ? Type::Bool : Type::Float, true};
    }

    Val unary(const Expr &e)
    {
        Val a = expr(*e.args[0]);
        if (!a.ok())
            return {};
        PlanNode nd;
        nd.series = a.series;
        nd.in[0] = a.node;
        if (e.text == "not") {
            if (a.type != Type::Bool) {
                error(e.args[0]->at,
                      diagText(SN_TEXT("sn::Rules", "'not' needs a condition, got %1"), {typeName(a)}),
                      diagText(SN_TEXT("sn::Rules", "compare it first, e.g. not (close > open)")));
                return {};
            }
            nd.op = a.series ? Op::Not : Op::SNot;
            nd.boolean = true;
            return Val{add(nd), Type::Bool, a.series};
        }
        if (a.type == Type::Bool) {
            error(e.args[0]->at, diagText(SN_TEXT("sn::Rules", "'-' needs a number, got %1"), {typeName(a)}));
            return {};
        }
        nd.op = a.series ? Op::Neg : Op::SNeg;
        return Val{add(nd), a.type, a.series};
    }

    Val binaryOp(const Expr &e)
    {
        Val a = expr(*e.args[0]);
        Val b = expr(*e.args[1]);
        if (!a.ok() || !b.ok())
            return {};
        const std::string &op = e.text;
        const bool series = a.series || b.series;
        PlanNode nd;
        nd.series = series;
        nd.in[0] = a.node;
        nd.in[1] = b.node;
        if (op == "and" || op == "or") {
            for (const auto &[v, x] : {std::pair{&a, e.args[0].get()}, std::pair{&b, e.args[1].get()}})
                if (v->type != Type::Bool) {
                    error(x->at,
                          diagText(SN_TEXT("sn::Rules", "'%1' joins conditions, got %2"), {op, typeName(*v)}),
                          diagText(SN_TEXT("sn::Rules", "compare it, e.g. rsi(close, 14) < 30")));
                    return {};
                }
            nd.op = op == "and" ? (series ? Op::And : Op::SAnd) : (series ? Op::Or : Op::SOr);
            nd.boolean = true;
            return Val{add(nd), Type::Bool, series};
        }
        const bool comparison =
            op == "<" || op == "<=" || op == ">" || op == ">=" || op == "==" || op == "!=";
        if (comparison) {
            const bool equality = op == "==" || op == "!=";
            if ((a.type == Type::Bool) != (b.type == Type::Bool) || (!equality && a.type == Type::Bool)) {
                error(e.opAt,
                      diagText(SN_TEXT("sn::Rules", "'%1' cannot compare %2 with %3"),
                               {op, typeName(a), typeName(b)}),
                      equality
                          ? diagText(SN_TEXT("sn::Rules",
                                             "compare numbers with numbers and conditions with conditions"))
                          : diagText(SN_TEXT("sn::Rules", "order comparisons take numbers")));
                return {};
            }
            static const std::pair<const char *, std::pair<Op, Op>> ops[] = {
                {"<", {Op::Lt, Op::SLt}},  {"<=", {Op::Le, Op::SLe}}, {">", {Op::Gt, Op::SGt}},
                {">=", {Op::Ge, Op::SGe}}, {"==", {Op::Eq, Op::SEq}}, {"!=", {Op::Ne, Op::SNe}}};
            for (const auto &[text, pair] : ops)
                if (op == text)
                    nd.op = series ? pair.first : pair.second;
            nd.boolean = true;
            return Val{add(nd), Type::Bool, series};
        }
        for (const auto &[v, x] : {std::pair{&a, e.args[0].get()}, std::pair{&b, e.args[1].get()}})
            if (v->type == Type::Bool) {
                error(x->at, diagText(SN_TEXT("sn::Rules", "'%1' needs numbers, got %2"), {op, typeName(*v)}),
                      diagText(SN_TEXT("sn::Rules", "use if(c, 1, 0) to turn a condition into a number")));
                return {};
            }
        static const std::pair<const char *, std::pair<Op, Op>> ops[] = {{"+", {Op::Add, Op::SAdd}},
                                                                         {"-", {Op::Sub, Op::SSub}},
                                                                         {"*", {Op::Mul, Op::SMul}},
                                                                         {"/", {Op::Div, Op::SDiv}}};
        for (const auto &[text, pair] : ops)
            if (op == text)
                nd.op = series ? pair.first : pair.second;
        const Type t = (op != "/" && a.type == Type::Int && b.type == Type::Int) ? Type::Int : Type::Float;
        return Val{add(nd), t, series};
    }

    // ------------------------------------------------------------ finishing

    // Keeps the nodes an output reads (in order), then gives each array
    // node a buffer that is free again after its last reader.
    static RulePlan finish(RulePlan plan)
    {
        const std::size_t count = plan.nodes.size();
        std::vector<char> live(count, 0);
        std::vector<int *> roots{&plan.entry,           &plan.exit,         &plan.shortEntry,
                                 &plan.shortExit,       &plan.stopLoss,     &plan.takeProfit,
                                 &plan.trailingStop,    &plan.stopDistance, &plan.takeProfitDistance,
                                 &plan.trailingDistance};
        for (int *r : roots)
            if (*r >= 0)
                live[std::size_t(*r)] = 1;
        for (std::size_t i = count; i-- > 0;)
            if (live[i])
                for (int k : plan.nodes[i].in)
                    if (k >= 0)
                        live[std::size_t(k)] = 1;
        std::vector<int> remap(count, -1);
        RulePlan out;
        for (std::size_t i = 0; i < count; ++i)
            if (live[i]) {
                PlanNode nd = plan.nodes[i];
                for (auto &k : nd.in)
                    if (k >= 0)
                        k = remap[std::size_t(k)];
                remap[i] = int(out.nodes.size());
                out.nodes.push_back(nd);
            }
        out.entry = plan.entry >= 0 ? remap[std::size_t(plan.entry)] : -1;
        out.exit = plan.exit >= 0 ? remap[std::size_t(plan.exit)] : -1;
        out.shortEntry = plan.shortEntry >= 0 ? remap[std::size_t(plan.shortEntry)] : -1;
        out.shortExit = plan.shortExit >= 0 ? remap[std::size_t(plan.shortExit)] : -1;
        out.stopLoss = plan.stopLoss >= 0 ? remap[std::size_t(plan.stopLoss)] : -1;
        out.takeProfit = plan.takeProfit >= 0 ? remap[std::size_t(plan.takeProfit)] : -1;
        out.trailingStop = plan.trailingStop >= 0 ? remap[std::size_t(plan.trailingStop)] : -1;
        out.stopDistance = plan.stopDistance >= 0 ? remap[std::size_t(plan.stopDistance)] : -1;
        out.takeProfitDistance =
            plan.takeProfitDistance >= 0 ? remap[std::size_t(plan.takeProfitDistance)] : -1;
        out.trailingDistance = plan.trailingDistance >= 0 ? remap[std::size_t(plan.trailingDistance)] : -1;

        const std::size_t n = out.nodes.size();
        // cross_above(a, b) and cross_below(a, b) are one pass: the first
        // of the two makes both, so both outputs live from there on.
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = i + 1; j < n; ++j) {
                PlanNode &a = out.nodes[i], &b = out.nodes[j];
                const bool pair = (a.op == Op::CrossAbove && b.op == Op::CrossBelow) ||
                                  (a.op == Op::CrossBelow && b.op == Op::CrossAbove);
                if (pair && a.partner < 0 && b.partner < 0 && a.in[0] == b.in[0] && a.in[1] == b.in[1] &&
                    out.nodes[std::size_t(a.in[0])].series && out.nodes[std::size_t(a.in[1])].series) {
                    a.partner = int(j);
                    b.partner = int(i);
                }
            }
        std::vector<int> lastUse(n, -1);
        for (std::size_t i = 0; i < n; ++i)
            for (int k : out.nodes[i].in)
                if (k >= 0)
                    lastUse[std::size_t(k)] = int(i);
        for (int r : {out.entry, out.exit, out.shortEntry, out.shortExit, out.stopDistance,
                      out.takeProfitDistance, out.trailingDistance})
            if (r >= 0)
                lastUse[std::size_t(r)] = INT_MAX;
        std::vector<std::vector<int>> dying(n);
        for (std::size_t i = 0; i < n; ++i)
            if (lastUse[i] >= 0 && lastUse[i] != INT_MAX)
                dying[std::size_t(lastUse[i])].push_back(int(i));
        std::vector<int> freeNumbers, freeConditions;
        auto allocate = [&](PlanNode &nd) {
            const bool view =
                !nd.series || nd.cached || nd.op == Op::Close || nd.op == Op::High || nd.op == Op::Low;
            if (view || nd.slot >= 0)
                return;
            auto &freeList = nd.boolean ? freeConditions : freeNumbers;
            int &count = nd.boolean ? out.conditionSlots : out.numberSlots;
            if (!freeList.empty()) {
                nd.slot = freeList.back();
                freeList.pop_back();
            } else {
                nd.slot = count++;
            }
        };
        for (std::size_t i = 0; i < n; ++i) {
            PlanNode &nd = out.nodes[i];
            allocate(nd);
            // A later partner is written here, so its buffer is taken now.
            if (nd.partner > int(i))
                allocate(out.nodes[std::size_t(nd.partner)]);
            for (int d : dying[i]) {
                const PlanNode &dead = out.nodes[std::size_t(d)];
                if (dead.slot >= 0)
                    (dead.boolean ? freeConditions : freeNumbers).push_back(dead.slot);
            }
        }
        return out;
    }

    const RuleAst &m_ast;
    std::vector<Diagnostic> &m_diags;
    RulePlan m_plan;
    std::map<std::tuple<int, bool, bool, int, int, int, int, std::uint64_t, int>, int> m_cse;
    std::map<std::string, int> m_params;
    std::vector<const ParamDecl *> m_paramDecls;
    std::map<std::string, Val> m_lets;
    std::set<std::string> m_failedLets;
};

} // namespace

std::optional<CompiledRule> RuleCompiler::compile(const RuleAst &ast, const std::string &name,
                                                  std::vector<Diagnostic> &diagnostics)
{
    Compiler c(ast, diagnostics);
    return c.run(name);
}

} // namespace sn::rules
