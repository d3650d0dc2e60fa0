#include "core/analytics/Rebalancer.h"

#include "core/common/UserText.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <set>

namespace sn {

Result<Rebalancer::Plan> Rebalancer::plan(const Input &in)
{
    if (in.lines.empty())
        return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::Rebalancer", "no positions or targets"), {})
            .at(SN_TEXT("sn::Rebalancer", "rebalance"), {});
    if (!(in.cash >= 0) || !(in.minTradeValue >= 0) || !(in.feeFixed >= 0) ||
        !(in.feeRate >= 0 && in.feeRate < 1))
        return makeError(
                   ErrorCode::InvalidArgument,
                   SN_TEXT("sn::Rebalancer",
                           "cash, minimum trade value and fees must be non-negative (fee rate below 1)"),
                   {})
            .at(SN_TEXT("sn::Rebalancer", "rebalance"), {});
    std::set<std::string> seen;
    double weightSum = 0.0;
    Plan plan;
    plan.totalValue = in.cash;
    for (const auto &l : in.lines) {
        const TextKey where = SN_TEXT("sn::Rebalancer", "position %1");
        if (!seen.insert(l.symbol).second)
            return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::Rebalancer", "symbol listed twice"), {})
                .at(where, {l.symbol});
        if (!(l.price > 0) || !std::isfinite(l.price))
            return makeError(ErrorCode::InvalidArgument,
                             SN_TEXT("sn::Rebalancer", "price %1 must be positive"),
                             {fmt::format("{}", l.price)})
                .at(where, {l.symbol});
        if (!(l.quantity >= 0) || !std::isfinite(l.quantity))
            return makeError(ErrorCode::InvalidArgument,
                             SN_TEXT("sn::Rebalancer", "quantity %1 must not be negative"),
                             {fmt::format("{}", l.quantity)})
                .at(where, {l.symbol});
        if (!(l.targetWeight >= 0) || !std::isfinite(l.targetWeight))
            return makeError(ErrorCode::InvalidArgument,
                             SN_TEXT("sn::Rebalancer", "target weight %1 must not be negative"),
                             {fmt::format("{}", l.targetWeight)})
                .at(where, {l.symbol});
        weightSum += l.targetWeight;
        plan.totalValue += l.quantity * l.price;
    }
    if (std::fabs(weightSum - 1.0) > 1e-9)
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Rebalancer", "target weights sum to %1, not 1"),
                         {fmt::format("{}", weightSum)})
            .at(SN_TEXT("sn::Rebalancer", "rebalance"), {});
    if (!(plan.totalValue > 0))
        return makeError(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::Rebalancer", "nothing to rebalance: no holdings and no cash"), {})
            .at(SN_TEXT("sn::Rebalancer", "rebalance"), {});

    const std::size_t n = in.lines.size();
    auto feeOf = [&](double value) { return value > 0 ? in.feeFixed + in.feeRate * value : 0.0; };
    std::vector<double> delta(n, 0.0);
    // Size the trades against the total less the fees they will cost; two
    // passes settle the circular dependency (fees change the sizes slightly).
    double feeReserve = 0.0;
    for (int pass = 0; pass < 3; ++pass) {
        const double investable = plan.totalValue - feeReserve;
        double fees = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            const auto &l = in.lines[i];
            const double current = l.quantity * l.price;
            double value = l.targetWeight * investable - current;
            if (std::fabs(value) < in.minTradeValue || std::fabs(value) < 1e-9) {
                delta[i] = 0.0;
                continue;
            }
            double q = value / l.price;
            if (in.wholeShares)
                q = q > 0 ? std::floor(q + 1e-9) : -std::min(std::ceil(-q - 1e-9), l.quantity);
            q = std::max(q, -l.quantity);
            if (std::fabs(q * l.price) < in.minTradeValue || q == 0.0)
                q = 0.0;
            delta[i] = q;
            fees += feeOf(std::fabs(q) * l.price);
        }
        feeReserve = fees;
    }

    // Cash check: proceeds of sells net of fees, then buys with fees.
    double cash = in.cash;
    double buyCost = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double value = std::fabs(delta[i]) * in.lines[i].price;
        if (delta[i] < 0)
            cash += value - feeOf(value);
        else if (delta[i] > 0)
            buyCost += value + feeOf(value);
    }
    if (buyCost > cash) {
        // Scale every buy by the same factor; fixed fees make this slightly
        // conservative, and whole shares round down, so cash stays >= 0.
        double fixed = 0.0;
        double variable = 0.0;
        for (std::size_t i = 0; i < n; ++i)
            if (delta[i] > 0) {
                fixed += in.feeFixed;
                variable += delta[i] * in.lines[i].price * (1.0 + in.feeRate);
            }
        const double factor = variable > 0 ? std::max(0.0, (cash - fixed) / variable) : 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            if (delta[i] <= 0)
                continue;
            double q = delta[i] * factor;
            if (in.wholeShares)
                q = std::floor(q);
            if (q * in.lines[i].price < in.minTradeValue)
                q = 0.0;
            delta[i] = q;
        }
    }

    plan.cashAfter = in.cash;
    for (std::size_t i = 0; i < n; ++i) {
        if (delta[i] == 0.0)
            continue;
        const double value = std::fabs(delta[i]) * in.lines[i].price;
        Trade t{in.lines[i].symbol, delta[i], value, feeOf(value)};
        plan.cashAfter += delta[i] < 0 ? value - t.fee : -(value + t.fee);
        plan.totalFees += t.fee;
        plan.trades.push_back(std::move(t));
    }
    // Rounding in the last place must not show as an overdraft.
    if (plan.cashAfter < 0 && plan.cashAfter > -1e-9 * plan.totalValue)
        plan.cashAfter = 0.0;
    if (plan.cashAfter < 0)
        return makeError(ErrorCode::Internal, SN_TEXT("sn::Rebalancer", "plan would overdraw cash by %1"),
                         {fmt::format("{}", -plan.cashAfter)})
            .at(SN_TEXT("sn::Rebalancer", "rebalance"), {});
    const double totalAfter = plan.totalValue - plan.totalFees;
    for (std::size_t i = 0; i < n; ++i) {
        const auto &l = in.lines[i];
        Drift d;
        d.symbol = l.symbol;
        d.currentWeight = l.quantity * l.price / plan.totalValue;
        d.targetWeight = l.targetWeight;
        d.drift = d.currentWeight - d.targetWeight;
        d.weightAfter = totalAfter > 0 ? (l.quantity + delta[i]) * l.price / totalAfter : 0.0;
        plan.drift.push_back(d);
    }
    return plan;
}

std::string Rebalancer::explain()
{
    return "Rebalancing: total = holdings at current prices + cash; the fees of the planned trades are set "
           "aside; target value_i = weight_i x (total - fees); trade_i = target_i - current_i, skipped below "
           "the "
           "minimum trade value, in whole shares if asked (buys rounded down, sells up to the quantity "
           "held). "
           "Sells fund buys; if buys and fees would exceed the cash, all buys are scaled down by one factor. "
           "Fee per trade = fixed + rate x value. Drift = current weight - target weight.";
}

} // namespace sn
