// libFuzzer target: the market-data vendors' answers, read by the parsers
// that turn a vendor's bytes into bars, symbol matches or euro rates: Yahoo's
// chart and search JSON, Stooq's CSV, Alpha Vantage's and Tiingo's JSON (bars
// and search) and the ECB reference-rate XML. An answer comes from a server
// we do not control (or a proxy, or a captive portal), so every byte is
// outside input.
//
// Input: byte 0 bits 0-2 pick the parser (0 Yahoo bars, 1 Stooq bars,
// 2 Alpha Vantage bars, 3 Tiingo bars, 4 Yahoo search, 5 Alpha Vantage
// search, 6 Tiingo search, 7 ECB rates), bits 3-5 the HTTP status and bits
// 6-7 the interval asked for (daily, weekly, 5 minutes, hourly). The rest is
// the body.
#include "core/providers/AlphaVantageProvider.h"
#include "core/providers/EcbRates.h"
#include "core/providers/StooqProvider.h"
#include "core/providers/TiingoProvider.h"
#include "core/providers/YahooProvider.h"

#include <cstddef>
#include <cstdint>
#include <memory>

namespace {

// What MarketDataProvider.h promises parseBars() and parseSearch() return,
// and nothing else: a refusal always says what went wrong.
void checkError(const sn::Error &error)
{
    using sn::ErrorCode;
    if (error.message.empty())
        __builtin_trap();
    switch (error.code) {
    case ErrorCode::NotFound:
    case ErrorCode::AccessDenied:
    case ErrorCode::Unavailable:
    case ErrorCode::Unsupported:
    case ErrorCode::ParseError:
        return;
    default:
        __builtin_trap();
    }
}

void checkBars(const sn::ProviderBars &bars)
{
    const sn::BarSeries &b = bars.bars;
    const std::size_t n = b.size();
    if (b.open.size() != n || b.high.size() != n || b.low.size() != n || b.close.size() != n ||
        b.volume.size() != n)
        __builtin_trap();
    for (const auto &a : bars.actions)
        if (a.kind != sn::CorporateAction::Kind::Split && a.kind != sn::CorporateAction::Kind::Dividend)
            __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    static const int statuses[8] = {200, 200, 200, 404, 401, 403, 429, 500};
    static const char *const intervals[4] = {"1d", "1wk", "5m", "1h"};
    const std::uint8_t sel = data[0];
    sn::HttpReply reply;
    reply.status = statuses[(sel >> 3) & 7];
    reply.body = QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    reply.url = QUrl(QStringLiteral("https://vendor.example.com/answer"));
    sn::FetchRequest request;
    request.symbol = QStringLiteral("ACME");
    request.from = QDate(2024, 1, 2);
    request.to = QDate(2024, 3, 28);
    request.interval = QString::fromLatin1(intervals[sel >> 6]);

    const int which = sel & 7;
    if (which == 7) {
        // Once with the range a fetch asks for, once unbounded (a full history).
        for (const bool bounded : {true, false}) {
            const QDate from = bounded ? request.from : QDate();
            const QDate to = bounded ? request.to : QDate();
            const auto r = sn::EcbRates::parse(reply, from, to);
            if (!r.ok()) {
                checkError(r.error());
                continue;
            }
            for (const auto &rate : *r) {
                if (!rate.day.isValid() || rate.currency.size() != 3 || !(rate.perEuro > 0))
                    __builtin_trap();
                if (bounded && (rate.day < from || rate.day > to))
                    __builtin_trap();
            }
        }
        return 0;
    }

    // Search exists for Yahoo, Alpha Vantage and Tiingo only.
    static const int vendorOf[7] = {0, 1, 2, 3, 0, 2, 3};
    std::unique_ptr<sn::MarketDataProvider> provider;
    switch (vendorOf[which]) {
    case 0:
        provider = std::make_unique<sn::YahooProvider>();
        break;
    case 1:
        provider = std::make_unique<sn::StooqProvider>();
        break;
    case 2:
        provider = std::make_unique<sn::AlphaVantageProvider>();
        break;
    default:
        provider = std::make_unique<sn::TiingoProvider>();
        break;
    }
    if (which < 4) {
        const auto r = provider->parseBars(reply, request);
        if (!r.ok())
            checkError(r.error());
        else
            checkBars(*r);
    } else {
        const auto r = provider->parseSearch(reply, QStringLiteral("acme"));
        if (!r.ok())
            checkError(r.error());
    }
    return 0;
}
