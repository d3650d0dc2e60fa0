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
        return Error(ErrorCode::ParseError,
                     s(provider) + ": the answer is not JSON (" + s(error.errorString()) + " at byte " +
                         std::to_string(error.offset) + "); it starts with: " + s(bodyExcerpt(reply.body)),
                     what(request));
    return doc;
}

Error unknownSymbol(const QString &provider, const FetchRequest &request, const QString &vendorText)
{
    return Error(ErrorCode::NotFound,
                 s(provider) + ": unknown symbol '" + s(request.symbol) + "'" +
                     (vendorText.isEmpty() ? std::string() : " (the vendor says: " + s(vendorText) + ")"),
                 what(request), "symbol");
}

Error keyRefused(const QString &provider, const FetchRequest &request, const QString &vendorText)
{
    return Error(ErrorCode::AccessDenied,
                 s(provider) + ": the API key was refused while fetching " + s(request.symbol) +
                     " (the vendor says: " + s(vendorText) +
                     "); check the key in Preferences > Data providers",
                 what(request), "api-key");
}

Error quotaSpent(const QString &provider, const FetchRequest &request, const QString &vendorText)
{
    return Error(ErrorCode::Unavailable,
                 s(provider) + ": request quota spent; " + s(request.symbol) +
                     " was not fetched (the vendor says: " + s(vendorText) + ")",
                 what(request));
}

Error unexpectedStatus(const QString &provider, const HttpReply &reply, const FetchRequest &request,
                       const QString &vendorText)
{
    return Error(ErrorCode::Unavailable,
                 s(provider) + ": HTTP " + std::to_string(reply.status) + " for " + s(request.symbol) +
                     (vendorText.isEmpty() ? std::string() : ": " + s(vendorText)),
                 what(request));
}

Error badInterval(const QString &provider, const FetchRequest &request, const QStringList &supported)
{
    return Error(ErrorCode::Unsupported,
                 s(provider) + " has no '" + s(request.interval) + "' bars; it offers " +
                     s(supported.join(QStringLiteral(", "))),
                 what(request), "interval");
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
    return Error(ErrorCode::Unsupported, s(id()) + " has no symbol search", s(id()));
}

Result<std::vector<SymbolMatch>> MarketDataProvider::parseSearch(const HttpReply &, const QString &) const
{
    return Error(ErrorCode::Unsupported, s(id()) + " has no symbol search", s(id()));
}

namespace {

Result<void> checkRequest(const MarketDataProvider &provider, const FetchRequest &request,
                          const QString &apiKey)
{
    const std::string who = s(provider.id());
    if (request.symbol.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, who + ": no symbol given", who, "symbol");
    if (!request.from.isValid() || !request.to.isValid() || request.from > request.to)
        return Error(ErrorCode::InvalidArgument,
                     who + ": the range " + s(request.from.toString(Qt::ISODate)) + ".." +
                         s(request.to.toString(Qt::ISODate)) + " is empty or invalid",
                     providers::what(request), "from");
    if (!provider.intervals().contains(request.interval))
        return providers::badInterval(provider.id(), request, provider.intervals());
    if (provider.needsKey() && apiKey.isEmpty())
        return Error(ErrorCode::AccessDenied,
                     who +
                         " needs an API key and none is stored: add it in Preferences > Data providers "
                         "(keychain entry " +
                         s(provider.secretKey()) + ")",
                     providers::what(request), "api-key");
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
            return Error(ErrorCode::ParseError,
                         s(provider.id()) + ": bar " + formatDate(t) + " of " + s(request.symbol) +
                             " has high " + std::to_string(h) + " below low " + std::to_string(l),
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
        return ok.error();
    auto req = provider.barsRequest(
        request, baseUrl.isValid() && !baseUrl.isEmpty() ? baseUrl : provider.defaultBaseUrl(), apiKey);
    if (!req)
        return req.error();
    auto reply = client.get(*req, QString::fromStdString(providers::what(request)), cancel);
    if (!reply)
        return reply.error();
    auto parsed = provider.parseBars(*reply, request);
    if (!parsed)
        return parsed.error();
    if (auto ok = tidy(*parsed, provider, request); !ok)
        return ok.error();
    return parsed;
}

Result<std::vector<SymbolMatch>> searchSymbols(const MarketDataProvider &provider, ProviderHttpClient &client,
                                               const QString &query, const QUrl &baseUrl,
                                               const QString &apiKey)
{
    if (query.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, s(provider.id()) + ": empty search", s(provider.id()),
                     "query");
    if (provider.needsKey() && apiKey.isEmpty())
        return Error(ErrorCode::AccessDenied,
                     s(provider.id()) + " needs an API key to search: add it in Preferences > Data providers",
                     s(provider.id()), "api-key");
    auto req = provider.searchRequest(query, baseUrl.isEmpty() ? provider.defaultBaseUrl() : baseUrl, apiKey);
    if (!req)
        return req.error();
    auto reply = client.get(*req, QStringLiteral("search '") + query + QLatin1Char('\''));
    if (!reply)
        return reply.error();
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
