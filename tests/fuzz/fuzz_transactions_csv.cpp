// libFuzzer target: the transactions CSV (a broker's export the analyst
// imports). Byte 0 bit 0: the file's first line is a column map
// ("date=Trade Date,symbol=Ticker"), read by parseColumnMap, as the CLI's
// --map does. Whatever parses must format and parse back to the same rows,
// and the all-or-nothing parse() must agree with parseLines().
#include "core/workspace/TransactionCsv.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

bool sameRow(const sn::TransactionCsvRow &a, const sn::TransactionCsvRow &b)
{
    return a.date == b.date && a.type == b.type && a.symbol == b.symbol && a.quantity == b.quantity &&
           a.price == b.price && a.fee == b.fee && a.tax == b.tax && a.amount == b.amount &&
           a.currency == b.currency && a.note == b.note;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    std::string_view text(reinterpret_cast<const char *>(data + 1), size - 1);
    sn::TransactionCsv::ColumnMap map;
    if (data[0] & 1) {
        const std::size_t nl = text.find('\n');
        const std::string line(text.substr(0, nl));
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
        auto parsed = sn::TransactionCsv::parseColumnMap({line});
        if (!parsed.ok()) {
            if (parsed.error().message.empty())
                __builtin_trap();
            return 0;
        }
        map = std::move(*parsed);
    }
    const QByteArray bytes(text.data(), qsizetype(text.size()));
    auto lines = sn::TransactionCsv::parseLines(bytes, "fuzz.csv", map);
    auto all = sn::TransactionCsv::parse(bytes, "fuzz.csv", map);
    if (!lines.ok()) {
        if (all.ok() || lines.error().message.empty())
            __builtin_trap(); // the two entry points disagree, or a silent refusal
        return 0;
    }
    for (const auto &problem : lines->problems)
        if (problem.line < 1 || problem.message.empty())
            __builtin_trap();
    if (lines->problems.empty() != all.ok())
        __builtin_trap();
    if (!all.ok())
        return 0;
    if (all->size() != lines->rows.size())
        __builtin_trap();
    // format() promises exact decimals: reading its output gives the rows back.
    auto again = sn::TransactionCsv::parse(sn::TransactionCsv::format(*all), "formatted.csv");
    if (!again.ok() || again->size() != all->size())
        __builtin_trap();
    for (std::size_t i = 0; i < all->size(); ++i)
        if (!sameRow((*all)[i], (*again)[i]))
            __builtin_trap();
    return 0;
}
