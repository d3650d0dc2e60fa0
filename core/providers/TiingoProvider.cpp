#include "core/providers/TiingoProvider.h"

#include "core/providers/ProviderSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace sn {

using namespace providers;

namespace {

const QString kId = QStringLiteral("tiingo");

bool isIntraday(const QString &interval)
{
    return interval != QLatin1String("1d") && interval != QLatin1String("1wk") &&
           interval != QLatin1String("1mo");
}

QString resampleFrequency(const QString &interval)
{
    if (interval == QLatin1String("1d"))
        return QStringLiteral("daily");
    if (interval == QLatin1String("1wk"))
        return QStringLiteral("weekly");
    if (interval == QLatin1String("1mo"))
        return QStringLiteral("monthly");
    if (interval == QLatin1String("1h"))
        return QStringLiteral("1hour");
    QString minutes = interval;
    minutes.chop(1);
    return minutes + QStringLiteral("min");
}

QNetworkRequest withToken(const QUrl &url, const QString &apiKey)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Token " + apiKey.toUtf8());
    request.setRawHeader("Content-Type", "application/json");
    return request;
}

QString detailOf(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QString detail = doc.object().value(QLatin1String("detail")).toString();
    return detail.isEmpty() ? bodyExcerpt(body) : detail;
}

} // namespace

QString TiingoProvider::id() const
{
    return kId;
}

QString TiingoProvider::displayName() const
{
    return QStringLiteral("Tiingo");
}

QUrl TiingoProvider::defaultBaseUrl() const
{
    return QUrl(QStringLiteral("https://api.tiingo.com"));
}

ProviderLimits TiingoProvider::defaultLimits() const
{
    ProviderLimits limits;
    limits.dailyQuota = 1000; // free tier, as published (also 50 per hour, enforced by the vendor's 429)
    return limits;
}

QStringList TiingoProvider::intervals() const
{
    return {QStringLiteral("1d"), QStringLiteral("1wk"), QStringLiteral("1mo"), QStringLiteral("1m"),
            QStringLiteral("5m"), QStringLiteral("15m"), QStringLiteral("30m"), QStringLiteral("1h")};
}

bool TiingoProvider::givesCorporateActions() const
{
    return true;
}

Result<QNetworkRequest> TiingoProvider::barsRequest(const FetchRequest &request, const QUrl &baseUrl,
                                                    const QString &apiKey) const
{
    const bool intraday = isIntraday(request.interval);
    QUrl url = joinUrl(
        baseUrl, intraday ? QStringLiteral("/iex/") + request.symbol + QStringLiteral("/prices")
                          : QStringLiteral("/tiingo/daily/") + request.symbol + QStringLiteral("/prices"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("startDate"), request.from.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("endDate"), request.to.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("resampleFreq"), resampleFrequency(request.interval));
    if (intraday)
        query.addQueryItem(QStringLiteral("columns"), QStringLiteral("open,high,low,close,volume"));
    query.addQueryItem(QStringLiteral("format"), QStringLiteral("json"));
    url.setQuery(query);
    return withToken(url, apiKey);
}

Result<ProviderBars> TiingoProvider::parseBars(const HttpReply &reply, const FetchRequest &request) const
{
    if (reply.status == 401 || reply.status == 403)
        return keyRefused(kId, request, detailOf(reply.body));
    if (reply.status == 404)
        return unknownSymbol(kId, request, detailOf(reply.body));
    if (reply.status == 429)
        return quotaSpent(kId, request, detailOf(reply.body));
    if (reply.status != 200)
        return unexpectedStatus(kId, reply, request, detailOf(reply.body));
    auto doc = readJson(kId, reply, request);
    if (!doc)
        return doc.error();
    if (doc->isObject()) {
        const QString detail = doc->object().value(QLatin1String("detail")).toString();
        if (detail.contains(QLatin1String("not found"), Qt::CaseInsensitive))
            return unknownSymbol(kId, request, detail);
        if (detail.contains(QLatin1String("token"), Qt::CaseInsensitive))
            return keyRefused(kId, request, detail);
        return Error(ErrorCode::ParseError,
                     SN_TEXT("sn::MarketProvider", "tiingo: expected a list of prices for %1, got: %2"),
                     {s(request.symbol), s(detail.isEmpty() ? bodyExcerpt(reply.body) : detail)},
                     what(request));
    }
    const bool intraday = isIntraday(request.interval);
    ProviderBars out;
    out.adjustmentNote = QString::fromLatin1(
        SN_TRANSLATE_NOOP("sn::MarketProvider", "raw (as traded); adjusted fields ignored"));
    const QJsonArray rows = doc->array();
    out.bars.reserve(static_cast<std::size_t>(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const QString date = row.value(QLatin1String("date")).toString();
        const QDateTime at = QDateTime::fromString(date, Qt::ISODateWithMs);
        if (!at.isValid())
            return Error(
                ErrorCode::ParseError,
                SN_TEXT("sn::MarketProvider", "tiingo: row %1 of %2: field 'date' is not an ISO date: '%3'"),
                {std::to_string(i + 1), s(request.symbol), s(date)}, what(request), "date");
        const TimestampMs time = intraday ? at.toMSecsSinceEpoch() : dayStartMs(at.toUTC().date());
        auto num = [&](const char *name) { return row.value(QLatin1String(name)).toDouble(qQNaN()); };
        out.bars.append(time, num("open"), num("high"), num("low"), num("close"),
                        row.value(QLatin1String("volume")).toDouble(0));
        const double dividend = row.value(QLatin1String("divCash")).toDouble(0);
        const double split = row.value(QLatin1String("splitFactor")).toDouble(1);
        if (dividend > 0)
            out.actions.push_back({CorporateAction::Kind::Dividend, time, dividend});
        if (split > 0 && split != 1.0)
            out.actions.push_back({CorporateAction::Kind::Split, time, split});
    }
    return out;
}

Result<QNetworkRequest> TiingoProvider::searchRequest(const QString &query, const QUrl &baseUrl,
                                                      const QString &apiKey) const
{
    QUrl url = joinUrl(baseUrl, QStringLiteral("/tiingo/utilities/search"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("query"), query);
    url.setQuery(q);
    return withToken(url, apiKey);
}

Result<std::vector<SymbolMatch>> TiingoProvider::parseSearch(const HttpReply &reply,
                                                             const QString &query) const
{
    FetchRequest context{query, {}, {}, {}};
    if (reply.status == 401 || reply.status == 403)
        return keyRefused(kId, context, detailOf(reply.body));
    if (reply.status != 200)
        return unexpectedStatus(kId, reply, context, detailOf(reply.body));
    auto doc = readJson(kId, reply, context);
    if (!doc)
        return doc.error();
    std::vector<SymbolMatch> matches;
    for (const QJsonValue &v : doc->array()) {
        const QJsonObject m = v.toObject();
        matches.push_back({m.value(QLatin1String("ticker")).toString(),
                           m.value(QLatin1String("name")).toString(),
                           m.value(QLatin1String("countryCode")).toString(),
                           m.value(QLatin1String("assetType")).toString(),
                           {}});
    }
    return matches;
}

} // namespace sn
