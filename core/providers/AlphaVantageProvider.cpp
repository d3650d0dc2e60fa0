#include "core/providers/AlphaVantageProvider.h"

#include "core/providers/ProviderSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrlQuery>

namespace sn {

using namespace providers;

namespace {

const QString kId = QStringLiteral("alphavantage");

struct Function
{
    QString name;
    QString interval; // intraday only
};

Function functionFor(const QString &interval)
{
    if (interval == QLatin1String("1d"))
        return {QStringLiteral("TIME_SERIES_DAILY"), {}};
    if (interval == QLatin1String("1wk"))
        return {QStringLiteral("TIME_SERIES_WEEKLY"), {}};
    if (interval == QLatin1String("1mo"))
        return {QStringLiteral("TIME_SERIES_MONTHLY"), {}};
    if (interval == QLatin1String("1h"))
        return {QStringLiteral("TIME_SERIES_INTRADAY"), QStringLiteral("60min")};
    QString minutes = interval;
    minutes.chop(1); // "5m" -> "5"
    return {QStringLiteral("TIME_SERIES_INTRADAY"), minutes + QStringLiteral("min")};
}

// Alpha Vantage answers its errors with HTTP 200 and one of these members.
std::optional<Error> vendorError(const QJsonObject &root, const FetchRequest &request)
{
    const QString error = root.value(QLatin1String("Error Message")).toString();
    if (!error.isEmpty()) {
        if (error.contains(QLatin1String("apikey"), Qt::CaseInsensitive))
            return keyRefused(kId, request, error);
        return unknownSymbol(kId, request, error);
    }
    for (const char *member : {"Note", "Information"}) {
        const QString note = root.value(QLatin1String(member)).toString();
        if (note.isEmpty())
            continue;
        if (note.contains(QLatin1String("premium"), Qt::CaseInsensitive))
            return Error(ErrorCode::Unsupported,
                         SN_TEXT("sn::MarketProvider",
                                 "alphavantage: the function asked for %1 needs a premium plan (the vendor "
                                 "says: %2)"),
                         {s(request.symbol), s(note)}, what(request));
        if (note.contains(QLatin1String("apikey"), Qt::CaseInsensitive) &&
            note.contains(QLatin1String("invalid"), Qt::CaseInsensitive))
            return keyRefused(kId, request, note);
        return quotaSpent(kId, request, note);
    }
    return std::nullopt;
}

double field(const QJsonObject &bar, const char *name, bool *ok)
{
    bool parsed = false;
    const double v = bar.value(QLatin1String(name)).toString().toDouble(&parsed);
    if (!parsed)
        *ok = false;
    return v;
}

} // namespace

QString AlphaVantageProvider::id() const
{
    return kId;
}

QString AlphaVantageProvider::displayName() const
{
    return QStringLiteral("Alpha Vantage");
}

QUrl AlphaVantageProvider::defaultBaseUrl() const
{
    return QUrl(QStringLiteral("https://www.alphavantage.co"));
}

ProviderLimits AlphaVantageProvider::defaultLimits() const
{
    ProviderLimits limits;
    limits.requestsPerMinute = 5; // free tier, as published
    limits.dailyQuota = 25;
    return limits;
}

QStringList AlphaVantageProvider::intervals() const
{
    return {QStringLiteral("1d"), QStringLiteral("1wk"), QStringLiteral("1mo"), QStringLiteral("1m"),
            QStringLiteral("5m"), QStringLiteral("15m"), QStringLiteral("30m"), QStringLiteral("1h")};
}

bool AlphaVantageProvider::givesCorporateActions() const
{
    return true; // only from TIME_SERIES_DAILY_ADJUSTED answers (premium)
}

Result<QNetworkRequest> AlphaVantageProvider::barsRequest(const FetchRequest &request, const QUrl &baseUrl,
                                                          const QString &apiKey) const
{
    const Function function = functionFor(request.interval);
    QUrl url = joinUrl(baseUrl, QStringLiteral("/query"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("function"), function.name);
    query.addQueryItem(QStringLiteral("symbol"), request.symbol);
    if (!function.interval.isEmpty())
        query.addQueryItem(QStringLiteral("interval"), function.interval);
    // "compact" is the latest 100 points: enough when only recent days are missing.
    const bool recent = function.interval.isEmpty() && request.interval == QLatin1String("1d") &&
                        request.from >= QDate::currentDate().addDays(-130);
    query.addQueryItem(QStringLiteral("outputsize"),
                       recent ? QStringLiteral("compact") : QStringLiteral("full"));
    query.addQueryItem(QStringLiteral("datatype"), QStringLiteral("json"));
    query.addQueryItem(QStringLiteral("apikey"), apiKey);
    url.setQuery(query);
    return QNetworkRequest(url);
}

Result<ProviderBars> AlphaVantageProvider::parseBars(const HttpReply &reply,
                                                     const FetchRequest &request) const
{
    if (reply.status != 200) {
        if (reply.status == 401 || reply.status == 403)
            return keyRefused(kId, request, bodyExcerpt(reply.body));
        if (reply.status == 429)
            return quotaSpent(kId, request, bodyExcerpt(reply.body));
        return unexpectedStatus(kId, reply, request, bodyExcerpt(reply.body));
    }
    auto doc = readJson(kId, reply, request);
    if (!doc)
        return doc.error();
    const QJsonObject root = doc->object();
    if (auto error = vendorError(root, request))
        return *error;

    QJsonObject series;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key().contains(QLatin1String("Time Series")))
            series = it.value().toObject();
    }
    const QJsonObject meta = root.value(QLatin1String("Meta Data")).toObject();
    if (meta.isEmpty())
        return Error(
            ErrorCode::ParseError,
            "alphavantage: the answer for " + s(request.symbol) +
                " has neither a time series nor an error; it starts with: " + s(bodyExcerpt(reply.body)),
            what(request));
    QString zoneName;
    for (auto it = meta.begin(); it != meta.end(); ++it) {
        if (it.key().endsWith(QLatin1String("Time Zone")))
            zoneName = it.value().toString();
    }
    const QTimeZone zone(zoneName == QLatin1String("US/Eastern") ? QByteArray("America/New_York")
                                                                 : zoneName.toLatin1());
    ProviderBars out;
    out.adjustmentNote = QString::fromLatin1(SN_TRANSLATE_NOOP("sn::MarketProvider", "raw (as traded)"));
    for (auto it = series.begin(); it != series.end(); ++it) {
        const QJsonObject bar = it.value().toObject();
        TimestampMs time = 0;
        if (it.key().size() == 10) {
            const QDate day = QDate::fromString(it.key(), Qt::ISODate);
            if (!day.isValid())
                return Error(ErrorCode::ParseError,
                             SN_TEXT("sn::MarketProvider", "alphavantage: %1 bar '%2': not a date"),
                             {s(request.symbol), s(it.key())}, what(request));
            time = dayStartMs(day);
        } else {
            QDateTime local = QDateTime::fromString(it.key(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            if (!local.isValid())
                return Error(ErrorCode::ParseError,
                             SN_TEXT("sn::MarketProvider", "alphavantage: %1 bar '%2': not a date and time"),
                             {s(request.symbol), s(it.key())}, what(request));
            local.setTimeZone(zone.isValid() ? zone : QTimeZone::utc());
            time = local.toMSecsSinceEpoch();
        }
        bool ok = true;
        const double o = field(bar, "1. open", &ok);
        const double h = field(bar, "2. high", &ok);
        const double l = field(bar, "3. low", &ok);
        const double c = field(bar, "4. close", &ok);
        const bool adjusted = bar.contains(QLatin1String("5. adjusted close"));
        const double v = field(bar, adjusted ? "6. volume" : "5. volume", &ok);
        if (!ok)
            return Error(ErrorCode::ParseError,
                         SN_TEXT("sn::MarketProvider",
                                 "alphavantage: %1 bar '%2': a price or the volume is not a number"),
                         {s(request.symbol), s(it.key())}, what(request));
        out.bars.append(time, o, h, l, c, v);
        if (adjusted) {
            bool fine = true;
            const double dividend = field(bar, "7. dividend amount", &fine);
            const double split = field(bar, "8. split coefficient", &fine);
            if (fine && dividend > 0)
                out.actions.push_back({CorporateAction::Kind::Dividend, time, dividend});
            if (fine && split > 0 && split != 1.0)
                out.actions.push_back({CorporateAction::Kind::Split, time, split});
        }
    }
    return out;
}

Result<QNetworkRequest> AlphaVantageProvider::searchRequest(const QString &query, const QUrl &baseUrl,
                                                            const QString &apiKey) const
{
    QUrl url = joinUrl(baseUrl, QStringLiteral("/query"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("function"), QStringLiteral("SYMBOL_SEARCH"));
    q.addQueryItem(QStringLiteral("keywords"), query);
    q.addQueryItem(QStringLiteral("apikey"), apiKey);
    url.setQuery(q);
    return QNetworkRequest(url);
}

Result<std::vector<SymbolMatch>> AlphaVantageProvider::parseSearch(const HttpReply &reply,
                                                                   const QString &query) const
{
    FetchRequest context{query, {}, {}, {}};
    if (reply.status != 200)
        return unexpectedStatus(kId, reply, context, bodyExcerpt(reply.body));
    auto doc = readJson(kId, reply, context);
    if (!doc)
        return doc.error();
    if (auto error = vendorError(doc->object(), context))
        return *error;
    std::vector<SymbolMatch> matches;
    for (const QJsonValue &v : doc->object().value(QLatin1String("bestMatches")).toArray()) {
        const QJsonObject m = v.toObject();
        matches.push_back(
            {m.value(QLatin1String("1. symbol")).toString(), m.value(QLatin1String("2. name")).toString(),
             m.value(QLatin1String("4. region")).toString(), m.value(QLatin1String("3. type")).toString(),
             m.value(QLatin1String("8. currency")).toString()});
    }
    return matches;
}

} // namespace sn
