#pragma once

#include "core/common/Result.h"

#include <string_view>

namespace sn {

// ISO 4217 currency codes in use (plus XAU, XAG, XPT, XPD for metals). A
// code outside the list ("XYZ") would be stored and later make every
// valuation in that currency fail, so it is refused where it is entered.

// True for an active ISO 4217 code, upper case ("USD"); false otherwise.
bool isKnownCurrency(std::string_view code);

// The same as a Result whose error names the code and says what to enter;
// `where` is the error's context ("--currency", "instrument AAPL", ...).
Result<void> checkCurrency(std::string_view code, std::string_view where);

} // namespace sn
