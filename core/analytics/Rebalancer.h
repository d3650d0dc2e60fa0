#pragma once

#include "core/common/Result.h"

#include <string>
#include <vector>

namespace sn {

// From current holdings and target weights to a trade list.
class Rebalancer
{
public:
    struct Line
    {
        std::string symbol;
        double quantity = 0.0;     // held now
        double price = 0.0;        // per share, base currency
        double targetWeight = 0.0; // of the total (holdings + cash)
    };

    struct Input
    {
        std::vector<Line> lines;
        double cash = 0.0;
        double minTradeValue = 0.0; // trades smaller than this are skipped
        bool wholeShares = false;
        double feeFixed = 0.0; // per trade
        double feeRate = 0.0;  // fraction of the trade value
    };

    struct Trade
    {
        std::string symbol;
        double quantity = 0.0; // positive buy, negative sell
        double value = 0.0;    // |quantity| x price
        double fee = 0.0;
    };

    struct Drift
    {
        std::string symbol;
        double currentWeight = 0.0;
        double targetWeight = 0.0;
        double drift = 0.0; // current - target
        double weightAfter = 0.0;
    };

    struct Plan
    {
        std::vector<Trade> trades;
        std::vector<Drift> drift;
        double totalValue = 0.0; // holdings + cash before trading
        double cashAfter = 0.0;  // never negative
        double totalFees = 0.0;
    };

    // Sells first, then buys paid from cash and sale proceeds: if the buys and
    // their fees would overdraw, every buy is scaled down by the same factor
    // (and rounded down to whole shares when asked). Fees are set aside from the
    // investable total before sizing. Errors: a non-positive price, a negative
    // quantity, weights that are negative or do not sum to 1 (within 1e-9; the
    // remainder is not implicitly cash), negative cash, fees or minimum, or a duplicate symbol.
    static Result<Plan> plan(const Input &input);

    // How the trade list is built, for --explain.
    static std::string explain();
};

} // namespace sn
