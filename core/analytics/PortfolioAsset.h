#pragma once

#include <string>

namespace sn {

// What the ledger needs to know about an instrument: its symbol, the
// currency it trades and settles in, and an asset class used by stress
// shocks ("equity", "bond", "cash", ...).
struct PortfolioAsset
{
    std::string symbol;
    std::string currency = "USD";
    std::string assetClass = "equity";
};

} // namespace sn
