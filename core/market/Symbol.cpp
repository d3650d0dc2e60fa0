#include "core/market/Symbol.h"

#include <string>

namespace sn {

Result<void> checkSymbol(std::string_view symbol, std::string_view where)
{
    constexpr std::size_t kMax = 32;
    auto shown = [&] {
        std::string s;
        for (char c : symbol.substr(0, kMax))
            s += static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? '?' : c;
        return "'" + s + (symbol.size() > kMax ? "...'" : "'");
    };
    auto bad = [&](const std::string &why) {
        return makeError(ErrorCode::InvalidArgument, "symbol " + shown() + " " + why, std::string(where));
    };
    if (symbol.empty())
        return bad("is empty");
    if (symbol.size() > kMax)
        return bad("is " + std::to_string(symbol.size()) + " characters long; at most " +
                   std::to_string(kMax) + " are allowed");
    for (char c : symbol)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            return bad("contains a control character (a newline or a tab?); remove it");
    if (symbol.front() == '-')
        return bad("starts with '-', which the command line would read as an option; drop the '-'");
    if (symbol.front() == ' ' || symbol.back() == ' ')
        return bad("starts or ends with a space");
    return {};
}

} // namespace sn
