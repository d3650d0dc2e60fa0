// libFuzzer target: the small parsers of values a user or a server hands us
// as text: exact decimals (quantities, prices, limits in settings and CSV),
// dates in every layout, optimizer ranges, sizing and fill options, and the
// Retry-After header of a model vendor. Byte 0 picks the parser.
#include "core/advisor/llm/RetryPolicy.h"
#include "core/backtest/Backtester.h"
#include "core/backtest/Optimizer.h"
#include "core/common/Decimal.h"
#include "core/common/Time.h"
#include "core/market/CsvReadOptions.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

template <typename T> void refusalSaysWhy(const sn::Result<T> &r)
{
    if (!r.ok() && r.error().message.empty())
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::string_view text(reinterpret_cast<const char *>(data + 1), size - 1);
    switch (data[0] % 8) {
    case 0: {
        // Exact: what parses prints back to a string that parses to the same value.
        auto d = sn::Decimal::parse(text);
        refusalSaysWhy(d);
        if (d.ok()) {
            auto again = sn::Decimal::parse(d->toString());
            if (!again.ok() || *again != *d)
                __builtin_trap();
        }
        break;
    }
    case 1:
        for (int f = 0; f <= int(sn::DateFormat::EpochMillis); ++f)
            (void)sn::parseTimestamp(text, static_cast<sn::DateFormat>(f));
        break;
    case 2: {
        auto r = sn::bt::ParamRange::parse(text);
        refusalSaysWhy(r);
        if (r.ok() &&
            !(std::isfinite(r->start) && std::isfinite(r->stop) && std::isfinite(r->step) && r->step > 0))
            __builtin_trap(); // a grid the optimizer could loop over forever
        break;
    }
    case 3:
        refusalSaysWhy(sn::bt::Backtester::parseSizing(text));
        refusalSaysWhy(sn::bt::Backtester::parseFill(text));
        break;
    case 4: {
        const int ms =
            sn::advisor::RetryPolicy::parseRetryAfterMs(QByteArrayView(text.data(), qsizetype(text.size())),
                                                        QDateTime(QDate(2025, 12, 1), QTime(12, 0), Qt::UTC));
        if (ms < -1)
            __builtin_trap();
        break;
    }
    case 5:
        refusalSaysWhy(sn::parseColumnMap(text));
        refusalSaysWhy(sn::parseCsvDelimiter(text));
        break;
    case 6:
        (void)sn::dateFormatFromName(text);
        (void)sn::csvFormatFromName(text);
        break;
    default: {
        sn::CsvReadOptions options;
        const std::size_t eq = text.find('=');
        refusalSaysWhy(
            sn::applyCsvCliOption(options, text.substr(0, eq),
                                  eq == std::string_view::npos ? std::string_view() : text.substr(eq + 1)));
        break;
    }
    }
    return 0;
}
