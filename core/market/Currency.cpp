#include "core/market/Currency.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

namespace sn {

namespace {

// Active codes, sorted on first use for a binary search.
constexpr std::string_view kCodes[] = {
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD",
    "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY",
    "COP", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP",
    "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR",
    "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT",
    "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR",
    "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK",
    "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD",
    "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY",
    "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VES", "VND", "VUV", "WST", "XAF", "XAG", "XAU",
    "XCD", "XOF", "XPD", "XPF", "XPT", "YER", "ZAR", "ZMW", "ZWL"};

const std::vector<std::string_view> &sortedCodes()
{
    static const std::vector<std::string_view> sorted = [] {
        std::vector<std::string_view> s(std::begin(kCodes), std::end(kCodes));
        std::sort(s.begin(), s.end());
        return s;
    }();
    return sorted;
}

} // namespace

bool isKnownCurrency(std::string_view code)
{
    const auto &codes = sortedCodes();
    return std::binary_search(codes.begin(), codes.end(), code);
}

Result<void> checkCurrency(std::string_view code, std::string_view where)
{
    if (isKnownCurrency(code))
        return {};
    std::string shown(code.substr(0, 12));
    if (code.size() > 12)
        shown += "...";
    return makeError(ErrorCode::InvalidArgument,
                     SN_TEXT("sn::CsvImport",
                             "'%1' is not an ISO 4217 currency code; enter a three-letter code "
                             "such as USD, EUR or GBP (upper case)"),
                     {shown}, std::string(where));
}

} // namespace sn
