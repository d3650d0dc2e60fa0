#include "core/providers/MarketDataProvider.h"

#include "core/providers/AlphaVantageProvider.h"
#include "core/providers/ProviderSupport.h"
#include "core/providers/StooqProvider.h"
#include "core/providers/TiingoProvider.h"
#include "core/providers/YahooProvider.h"

#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace sn {

using providers::s;

const char *corporateActionKindName(CorporateAction::Kind kind)
{
    return kind == CorporateAction::Kind::Split ? "split" : "dividend";
}

TimestampMs dayStartMs(const QDate &day)
{
    return QDate(1970, 1, 1).daysTo(day) * kMsPerDay;
}

QDate dayOf(TimestampMs ms)
{
    const TimestampMs days = (ms >= 0 ? ms : ms - (kMsPerDay - 1)) / kMsPerDay;
    return QDate(1970, 1, 1).addDays(days);
}

namespace providers {

std::string what(const FetchRequest &request)
{
    return "symbol " + s(request.symbol);
}

Error atSymbol(Error e, const FetchRequest &request)
{
    if (e.userContext.empty() && e.context == what(request))
        e.at(SN_TEXT("sn::MarketProvider", "symbol %1"), {s(request.symbol)});
    return e;
}

QUrl joinUrl(const QUrl &base, const QString &path)
{
    QUrl url(base);
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path);
    return url;
}

QString bodyExcerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(160)).simplified();
    if (text.size() > 120)
        text = text.left(120) + QStringLiteral("...");
    return text;
}

Result<QJsonDocument> readJson(const QString &provider, const HttpReply &reply, const FetchRequest &request)
{
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error(
            ErrorCode::ParseError,
            SN_TEXT("sn::MarketProvider", "%1: the answer is not JSON (%2 at byte %3); it starts with: %4"),
            {s(provider), s(error.errorString()), std::to_string(error.offset), s(bodyExcerpt(reply.body))},
            what(request));
    return doc;
}

Error unknownSymbol(const QString &provider, const FetchRequest &request, const QString &vendorText)
{
    if (vendorText.isEmpty())
        return Error(ErrorCode::NotFound, SN_TEXT("sn::MarketProvider", "%1: unknown symbol '%2'"),
                     {s(provider), s(request.symbol)}, what(request), "symbol");
    return Error(ErrorCode::NotFound,
                 SN_TEXT("sn::MarketProvider", "%1: unknown symbol '%2' (the vendor says: %3)"),
                 {s(provider), s(request.symbol), s(vendorText)}, what(request), "symbol");
}

Error keyRefused(const QString &provider, const FetchRequest &request, const QString &vendorText)
{
    return Error(ErrorCode::AccessDenied,
                 SN_TEXT("sn::MarketProvider",
                         "%1: the API key was refused while fetching %2 (the vendor says: %3); check the key "
                         "in Preferences > Data providers"),
                 {s(provider), s(request.symbol), s(vendorText)}, what(request), "api-key");
}

Error quotaSpent(const QString &provider, const FetchRequest &request, const QString &vendorText)
{
    return Error(
        ErrorCode::Unavailable,
        SN_TEXT("sn::MarketProvider", "%1: request quota spent; %2 was not fetched (the vendor says: %3)"),
        {s(provider), s(request.symbol), s(vendorText)}, what(request));
}

Error unexpectedStatus(const QString &provider, const HttpReply &reply, const FetchRequest &request,
                       const QString &vendorText)
{
    if (vendorText.isEmpty())
        return Error(ErrorCode::Unavailable, SN_TEXT("sn::MarketProvider", "%1: HTTP %2 for %3"),
                     {s(provider), std::to_string(reply.status), s(request.symbol)}, what(request));
    return Error(ErrorCode::Unavailable, SN_TEXT("sn::MarketProvider", "%1: HTTP %2 for %3: %4"),
                 {s(provider), std::to_string(reply.status), s(request.symbol), s(vendorText)},
                 what(request));
}

Error badInterval(const QString &provider, const FetchRequest &request, const QStringList &supported)
{
    return Error(ErrorCode::Unsupported, SN_TEXT("sn::MarketProvider", "%1 has no '%2' bars; it offers %3"),
                 {s(provider), s(request.interval), s(supported.join(QStringLiteral(", ")))}, what(request),
                 "interval");
}

void undoSplitAdjustment(BarSeries &bars, const std::vector<CorporateAction> &actions)
{
    for (const CorporateAction &a : actions) {
        if (a.kind != CorporateAction::Kind::Split || !(a.value > 0) || a.value == 1.0)
            continue;
        for (std::size_t i = 0; i < bars.size() && bars.time[i] < a.time; ++i) {
            bars.open[i] *= a.value;
            bars.high[i] *= a.value;
            bars.low[i] *= a.value;
            bars.close[i] *= a.value;
            bars.volume[i] /= a.value;
        }
    }
}

} // namespace providers

Result<QNetworkRequest> MarketDataProvider::searchRequest(const QString &, const QUrl &,
                                                          const QString &) const
{
    return Error(ErrorCode::Unsupported, SN_TEXT("sn::MarketProvider", "%1 has no symbol search"), {s(id())},
                 s(id()));
}

Result<std::vector<SymbolMatch>> MarketDataProvider::parseSearch(const HttpReply &, const QString &) const
{
    return Error(ErrorCode::Unsupported, SN_TEXT("sn::MarketProvider", "%1 has no symbol search"), {s(id())},
                 s(id()));
}

namespace {

Result<void> checkRequest(const MarketDataProvider &provider, const FetchRequest &request,
                          const QString &apiKey)
{
    const std::string who = s(provider.id());
    if (request.symbol.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, SN_TEXT("sn::MarketProvider", "%1: no symbol given"), {who},
                     who, "symbol");
    if (!request.from.isValid() || !request.to.isValid() || request.from > request.to)
        return Error(ErrorCode::InvalidArgument,
                     SN_TEXT("sn::MarketProvider", "%1: the range %2..%3 is empty or invalid"),
                     {who, s(request.from.toString(Qt::ISODate)), s(request.to.toString(Qt::ISODate))},
                     providers::what(request), "from");
    if (!provider.intervals().contains(request.interval))
        return providers::badInterval(provider.id(), request, provider.intervals());
    if (provider.needsKey() && apiKey.isEmpty())
        return Error(ErrorCode::AccessDenied,
                     SN_TEXT("sn::MarketProvider",
                             "%1 needs an API key and none is stored: add it in Preferences > Data providers "
                             "(keychain entry %2)"),
                     {who, s(provider.secretKey())}, providers::what(request), "api-key");
    return {};
}

// Sorts, drops bars outside the requested days and rows a vendor padded with
// nulls or zeros, and refuses what would corrupt the store.
Result<void> tidy(ProviderBars &result, const MarketDataProvider &provider, const FetchRequest &request)
{
    BarSeries &b = result.bars;
    std::vector<std::size_t> order(b.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t x, std::size_t y) { return b.time[x] < b.time[y]; });
    const TimestampMs from = dayStartMs(request.from);
    const TimestampMs toExclusive = dayStartMs(request.to.addDays(1));
    BarSeries kept;
    kept.symbol = request.symbol.toStdString();
    kept.interval = request.interval.toStdString();
    kept.reserve(b.size());
    for (std::size_t i : order) {
        const TimestampMs t = b.time[i];
        if (t < from || t >= toExclusive)
            continue;
        if (!kept.empty() && kept.time.back() == t)
            continue; // a vendor repeating the last bar (Yahoo's live row)
        const double o = b.open[i], h = b.high[i], l = b.low[i], c = b.close[i], v = b.volume[i];
        if (!std::isfinite(o) || !std::isfinite(h) || !std::isfinite(l) || !std::isfinite(c))
            continue; // the vendor sent no prices for that row (null in JSON)
        if (h < l)
            return Error(
                ErrorCode::ParseError,
                SN_TEXT("sn::MarketProvider", "%1: bar %2 of %3 has high %4 below low %5"),
                {s(provider.id()), formatDate(t), s(request.symbol), std::to_string(h), std::to_string(l)},
                providers::what(request));
        kept.append(t, o, h, l, c, std::isfinite(v) && v >= 0 ? v : 0);
    }
    b = std::move(kept);
    std::vector<CorporateAction> actions;
    for (const CorporateAction &a : result.actions) {
        if (a.time >= from && a.time < toExclusive && std::isfinite(a.value) && a.value > 0)
            actions.push_back(a);
    }
    std::sort(actions.begin(), actions.end(), [](const CorporateAction &x, const CorporateAction &y) {
        return x.time != y.time ? x.time < y.time : x.kind < y.kind;
    });
    result.actions = std::move(actions);
    return {};
}

} // namespace

Result<ProviderBars> fetchBars(const MarketDataProvider &provider, ProviderHttpClient &client,
                               const FetchRequest &request, const QUrl &baseUrl, const QString &apiKey,
                               const std::atomic<bool> *cancel)
{
    if (auto ok = checkRequest(provider, request, apiKey); !ok)
        return providers::atSymbol(ok.error(), request);
    auto req = provider.barsRequest(
        request, baseUrl.isValid() && !baseUrl.isEmpty() ? baseUrl : provider.defaultBaseUrl(), apiKey);
    if (!req)
        return providers::atSymbol(req.error(), request);
    auto reply = client.get(*req, QString::fromStdString(providers::what(request)), cancel);
    if (!reply)
        return providers::atSymbol(reply.error(), request);
    auto parsed = provider.parseBars(*reply, request);
    if (!parsed)
        return providers::atSymbol(parsed.error(), request);
    if (auto ok = tidy(*parsed, provider, request); !ok)
        return providers::atSymbol(ok.error(), request);
    return parsed;
}

Result<std::vector<SymbolMatch>> searchSymbols(const MarketDataProvider &provider, ProviderHttpClient &client,
                                               const QString &query, const QUrl &baseUrl,
                                               const QString &apiKey)
{
    if (query.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, SN_TEXT("sn::MarketProvider", "%1: empty search"),
                     {s(provider.id())}, s(provider.id()), "query");
    if (provider.needsKey() && apiKey.isEmpty())
        return Error(ErrorCode::AccessDenied,
                     SN_TEXT("sn::MarketProvider",
                             "%1 needs an API key to search: add it in Preferences > Data providers"),
                     {s(provider.id())}, s(provider.id()), "api-key");
    auto req = provider.searchRequest(query, baseUrl.isEmpty() ? provider.defaultBaseUrl() : baseUrl, apiKey);
    if (!req)
        return req.error();
    auto reply = client.get(*req, QStringLiteral("search '") + query + QLatin1Char('\''));
    if (!reply) {
        Error e = reply.error();
        if (e.userContext.empty() && e.context == "search '" + s(query) + "'")
            e.at(SN_TEXT("sn::MarketProvider", "search '%1'"), {s(query)});
        return e;
    }
    return provider.parseSearch(*reply, query);
}

QStringList marketDataProviderIds()
{
    return {QStringLiteral("yahoo"), QStringLiteral("stooq"), QStringLiteral("alphavantage"),
            QStringLiteral("tiingo")};
}

std::unique_ptr<MarketDataProvider> createMarketDataProvider(const QString &id)
{
    if (id == QLatin1String("yahoo"))
        return std::make_unique<YahooProvider>();
    if (id == QLatin1String("stooq"))
        return std::make_unique<StooqProvider>();
    if (id == QLatin1String("alphavantage"))
        return std::make_unique<AlphaVantageProvider>();
    if (id == QLatin1String("tiingo"))
        return std::make_unique<TiingoProvider>();
    return nullptr;
}

} // namespace sn
