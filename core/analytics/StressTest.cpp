#include "core/analytics/StressTest.h"

#include "core/common/UserText.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace sn {

namespace {
Result<void> checkPositions(const std::vector<StressTest::Position> &positions)
{
    if (positions.empty())
        return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::Risk", "no positions to stress"), {})
            .at(SN_TEXT("sn::Risk", "positions"), {});
    for (const auto &p : positions)
        if (!std::isfinite(p.value))
            return makeError(ErrorCode::InvalidArgument, "non-finite value", "position " + p.symbol);
    return {};
}

void finish(StressTest::Outcome &o)
{
    for (const auto &p : o.positions) {
        o.totalValue += p.value;
        o.totalPnl += p.pnl;
    }
    o.totalChange = o.totalValue != 0.0 ? o.totalPnl / o.totalValue : 0.0;
}
} // namespace

Result<double> StressTest::windowReturn(const DailySeries &s, TimestampMs from, TimestampMs to)
{
    const TextKey where = SN_TEXT("sn::Risk", "window %1..%2");
    const std::string fromText = formatDate(from);
    const std::string toText = formatDate(to);
    if (to <= from)
        return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::Risk", "window ends before it starts"), {})
            .at(where, {fromText, toText});
    const auto first = std::lower_bound(s.time.begin(), s.time.end(), from);
    const auto last = std::upper_bound(s.time.begin(), s.time.end(), to);
    if (first == s.time.end() || last == s.time.begin() || std::distance(first, last) < 2)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Risk", "the series has fewer than two closes in the window"), {})
            .at(where, {fromText, toText});
    const double a = s.value[static_cast<std::size_t>(first - s.time.begin())];
    const double b = s.value[static_cast<std::size_t>(last - s.time.begin()) - 1];
    if (!(a > 0) || !std::isfinite(b))
        return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::Risk", "invalid close at the window edge"),
                         {})
            .at(where, {fromText, toText});
    return b / a - 1.0;
}

Result<StressTest::Outcome> StressTest::historical(const std::vector<Position> &positions,
                                                   const std::map<std::string, DailySeries> &history,
                                                   const DailySeries *proxy, TimestampMs from, TimestampMs to)
{
    if (auto ok = checkPositions(positions); !ok)
        return ok.error();
    std::optional<double> proxyReturn;
    if (proxy) {
        auto r = windowReturn(*proxy, from, to);
        if (!r)
            return r.error().withContext(SN_TEXT("sn::Risk", "proxy"), {});
        proxyReturn = *r;
    }
    Outcome o;
    for (const auto &p : positions) {
        PositionLoss l{p.symbol, p.value, 0.0, 0.0, {}};
        auto it = history.find(p.symbol);
        if (it != history.end()) {
            auto r = windowReturn(it->second, from, to);
            if (!r)
                return r.error().withContext(p.symbol);
            l.change = *r;
            l.source = "own history";
        } else if (proxyReturn) {
            l.change = *proxyReturn;
            l.source = "proxy";
        } else {
            return makeError(ErrorCode::NotFound,
                             SN_TEXT("sn::Risk", "no history for the window and no proxy series"), {})
                .at(SN_TEXT("sn::Risk", "position %1"), {p.symbol});
        }
        l.pnl = p.value * l.change;
        o.positions.push_back(std::move(l));
    }
    finish(o);
    return o;
}

Result<StressTest::Outcome> StressTest::shocks(const std::vector<Position> &positions,
                                               const std::vector<Shock> &shocks)
{
    if (auto ok = checkPositions(positions); !ok)
        return ok.error();
    for (const auto &s : shocks)
        if (!std::isfinite(s.change) || s.change < -1.0)
            return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::Risk", "change %1 is below -100 %"),
                             {fmt::format("{}", s.change)})
                .at(SN_TEXT("sn::Risk", "shock %1"), {s.name});
    Outcome o;
    for (const auto &p : positions) {
        const Shock *best = nullptr;
        for (const auto &s : shocks) {
            const bool match = s.scope == Shock::Scope::All ||
                               (s.scope == Shock::Scope::AssetClass && s.name == p.assetClass) ||
                               (s.scope == Shock::Scope::Symbol && s.name == p.symbol);
            if (match && (!best || s.scope > best->scope))
                best = &s;
        }
        PositionLoss l{p.symbol, p.value, 0.0, 0.0, "none"};
        if (best) {
            l.change = best->change;
            l.source = best->scope == Shock::Scope::All ? std::string("all") : best->name;
        }
        l.pnl = p.value * l.change;
        o.positions.push_back(std::move(l));
    }
    finish(o);
    return o;
}

std::string StressTest::explain()
{
    return "Stress tests apply a return to each position's current value: pnl_i = value_i x change_i, total "
           "= "
           "sum pnl_i. Historical replay: change_i = the position's own return over the window (first close "
           "on or "
           "after the start to the last close on or before the end), or the proxy series' return when it has "
           "no "
           "history. User shocks: the most specific shock applies (symbol over asset class over all); "
           "positions "
           "matched by none are unchanged.";
}

} // namespace sn
