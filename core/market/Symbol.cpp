#include "core/market/Symbol.h"

#include <string>
#include <vector>

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
    auto bad = [&](TextKey why, std::initializer_list<std::string_view> more = {}) {
        const std::string quoted = shown();
        std::vector<std::string_view> args{quoted};
        args.insert(args.end(), more.begin(), more.end());
        Error e(ErrorCode::InvalidArgument, fillIn(why.source, args), std::string(where));
        std::string reader = fillIn(userText(why.context, why.source), args);
        if (reader != e.message)
            e.userMessage = std::move(reader);
        return e;
    };
    if (symbol.empty())
        return bad(SN_TEXT("sn::CsvImport", "symbol %1 is empty"));
    if (symbol.size() > kMax)
        return bad(SN_TEXT("sn::CsvImport", "symbol %1 is %2 characters long; at most %3 are allowed"),
                   {std::to_string(symbol.size()), std::to_string(kMax)});
    for (char c : symbol)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            return bad(SN_TEXT("sn::CsvImport",
                               "symbol %1 contains a control character (a newline or a tab?); remove it"));
    if (symbol.front() == '-')
        return bad(SN_TEXT("sn::CsvImport", "symbol %1 starts with '-', which the command line would read as "
                                            "an option; drop the '-'"));
    if (symbol.front() == ' ' || symbol.back() == ' ')
        return bad(SN_TEXT("sn::CsvImport", "symbol %1 starts or ends with a space"));
    return {};
}

} // namespace sn
