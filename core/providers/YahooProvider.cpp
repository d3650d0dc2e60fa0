#include "core/providers/YahooProvider.h"

#include "core/providers/ProviderSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>
#include <cmath>
#include <limits>
#include <optional>

namespace sn {

using namespace providers;

namespace {

const QString kId = QStringLiteral("yahoo");

QString vendorInterval(const QString &interval)
{
    if (interval == QLatin1String("1h"))
        return QStringLiteral("60m");
    return interval; // 1d, 1wk, 1mo, 1m, 5m, 15m, 30m are spelled the same
}

double number(const QJsonArray &array, qsizetype i)
{
    const QJsonValue v = array.at(i);
    return v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
}

// Seconds since the epoch up to the end of year 9999, and a UTC offset of at
// most a day: beyond them a vendor's number cannot be a time, and converting
// it to milliseconds would overflow qint64 (found by fuzz_provider_responses).
constexpr double kMaxEpochSeconds = 253402300799.0;
constexpr double kMaxOffsetSeconds = 86400.0;

// A JSON number of seconds as whole seconds; a missing or non-numeric value
// reads as 0, as QJsonValue::toDouble() does. nullopt when out of +-limit.
std::optional<qint64> wholeSeconds(const QJsonValue &value, double limit)
{
    const double v = value.toDouble();
    if (!(v >= -limit && v <= limit))
        return std::nullopt;
    return static_cast<qint64>(v);
}

Error outOfRange(const FetchRequest &request, const char *field, const QJsonValue &value)
{
    return Error(ErrorCode::ParseError,
                 SN_TEXT("sn::MarketProvider", "yahoo: %1 %2 of %3 is not a time (out of range)"),
                 {field, std::to_string(value.toDouble()), s(request.symbol)}, what(request), field);
}

QString chartErrorText(const QJsonObject &chart)
{
    const QJsonObject error = chart.value(QLatin1String("error")).toObject();
    const QString code = error.value(QLatin1String("code")).toString();
    QString description = error.value(QLatin1String("description")).toString();
    if (code.isEmpty())
        return description;
    return description.isEmpty() ? code : code + QStringLiteral(": ") + description;
}

} // namespace

QString YahooProvider::id() const
{
    return kId;
}

QString YahooProvider::displayName() const
{
    return QStringLiteral("Yahoo Finance (chart API)");
}

QUrl YahooProvider::defaultBaseUrl() const
{
    return QUrl(QStringLiteral("https://query1.finance.yahoo.com"));
}

QStringList YahooProvider::intervals() const
{
    return {QStringLiteral("1d"), QStringLiteral("1wk"), QStringLiteral("1mo"), QStringLiteral("1m"),
            QStringLiteral("5m"), QStringLiteral("15m"), QStringLiteral("30m"), QStringLiteral("1h")};
}

bool YahooProvider::givesCorporateActions() const
{
    return true;
}

Result<QNetworkRequest> YahooProvider::barsRequest(const FetchRequest &request, const QUrl &baseUrl,
                                                   const QString &) const
{
    QUrl url = joinUrl(baseUrl, QStringLiteral("/v8/finance/chart/") + request.symbol);
    QUrlQuery query;
    // period2 is exclusive: the start of the day after the last day asked for.
    query.addQueryItem(QStringLiteral("period1"), QString::number(dayStartMs(request.from) / 1000));
    query.addQueryItem(QStringLiteral("period2"), QString::number(dayStartMs(request.to.addDays(1)) / 1000));
    query.addQueryItem(QStringLiteral("interval"), vendorInterval(request.interval));
    query.addQueryItem(QStringLiteral("events"), QStringLiteral("div,splits"));
    query.addQueryItem(QStringLiteral("includeAdjustedClose"), QStringLiteral("true"));
    url.setQuery(query);
    return QNetworkRequest(url);
}

Result<ProviderBars> YahooProvider::parseBars(const HttpReply &reply, const FetchRequest &request) const
{
    auto doc = readJson(kId, reply, request);
    if (!doc) {
        if (reply.status == 401 || reply.status == 403)
            return keyRefused(kId, request, bodyExcerpt(reply.body));
        return reply.status == 200 ? doc.error()
                                   : unexpectedStatus(kId, reply, request, bodyExcerpt(reply.body));
    }
    const QJsonObject chart = doc->object().value(QLatin1String("chart")).toObject();
    const QJsonArray results = chart.value(QLatin1String("result")).toArray();
    if (reply.status == 404 || (results.isEmpty() && !chart.value(QLatin1String("error")).isNull())) {
        const QString text = chartErrorText(chart);
        if (reply.status == 404 || text.contains(QLatin1String("Not Found"), Qt::CaseInsensitive) ||
            text.contains(QLatin1String("delisted"), Qt::CaseInsensitive))
            return unknownSymbol(kId, request, text);
        return unexpectedStatus(kId, reply, request, text);
    }
    if (reply.status == 401 || reply.status == 403)
        return keyRefused(kId, request, chartErrorText(chart));
    if (reply.status != 200)
        return unexpectedStatus(kId, reply, request, chartErrorText(chart));
    if (results.isEmpty())
        return Error(ErrorCode::ParseError,
                     SN_TEXT("sn::MarketProvider", "yahoo: the answer has no chart.result"), {},
                     what(request));

    const QJsonObject result = results.first().toObject();
    const QJsonObject meta = result.value(QLatin1String("meta")).toObject();
    ProviderBars out;
    out.currency = meta.value(QLatin1String("currency")).toString();
    out.exchange = meta.value(QLatin1String("exchangeName")).toString();
    out.name = meta.value(QLatin1String("longName")).toString();
    if (out.name.isEmpty())
        out.name = meta.value(QLatin1String("shortName")).toString();
    out.adjustmentNote = QString::fromLatin1(
        SN_TRANSLATE_NOOP("sn::MarketProvider", "split-adjusted by Yahoo, undone with its split events"));
    const QJsonValue gmtOffset = meta.value(QLatin1String("gmtoffset"));
    const auto gmtOffsetSeconds = wholeSeconds(gmtOffset, kMaxOffsetSeconds);
    if (!gmtOffsetSeconds)
        return outOfRange(request, "gmtoffset", gmtOffset);
    const qint64 gmtOffsetMs = *gmtOffsetSeconds * 1000;
    const bool daily = request.interval == QLatin1String("1d") || request.interval == QLatin1String("1wk") ||
                       request.interval == QLatin1String("1mo");
    auto barTime = [&](qint64 seconds) -> TimestampMs {
        const TimestampMs ms = seconds * 1000;
        // A daily bar is stamped at the session's open; it belongs to the exchange-local day.
        return daily ? startOfDay(ms + gmtOffsetMs) : ms;
    };

    const QJsonArray stamps = result.value(QLatin1String("timestamp")).toArray();
    const QJsonObject quote = result.value(QLatin1String("indicators"))
                                  .toObject()
                                  .value(QLatin1String("quote"))
                                  .toArray()
                                  .first()
                                  .toObject();
    const QJsonArray open = quote.value(QLatin1String("open")).toArray();
    const QJsonArray high = quote.value(QLatin1String("high")).toArray();
    const QJsonArray low = quote.value(QLatin1String("low")).toArray();
    const QJsonArray close = quote.value(QLatin1String("close")).toArray();
    const QJsonArray volume = quote.value(QLatin1String("volume")).toArray();
    if (!stamps.isEmpty() && (open.size() != stamps.size() || close.size() != stamps.size() ||
                              high.size() != stamps.size() || low.size() != stamps.size()))
        return Error(
            ErrorCode::ParseError,
            SN_TEXT("sn::MarketProvider", "yahoo: the quote arrays of %1 do not match its %2 timestamps"),
            {s(request.symbol), std::to_string(stamps.size())}, what(request));
    out.bars.reserve(static_cast<std::size_t>(stamps.size()));
    for (qsizetype i = 0; i < stamps.size(); ++i) {
        const auto stamp = wholeSeconds(stamps.at(i), kMaxEpochSeconds);
        if (!stamp)
            return outOfRange(request, "timestamp", stamps.at(i));
        const double v = number(volume, i);
        out.bars.append(barTime(*stamp), number(open, i), number(high, i), number(low, i), number(close, i),
                        std::isfinite(v) ? v : 0);
    }

    const QJsonObject events = result.value(QLatin1String("events")).toObject();
    const QJsonObject splits = events.value(QLatin1String("splits")).toObject();
    for (auto it = splits.begin(); it != splits.end(); ++it) {
        const QJsonObject split = it.value().toObject();
        const double numerator = split.value(QLatin1String("numerator")).toDouble();
        const double denominator = split.value(QLatin1String("denominator")).toDouble();
        if (!(numerator > 0) || !(denominator > 0))
            return Error(ErrorCode::ParseError,
                         SN_TEXT("sn::MarketProvider", "yahoo: split %1 of %2 has no ratio"),
                         {s(it.key()), s(request.symbol)}, what(request));
        const auto date = wholeSeconds(split.value(QLatin1String("date")), kMaxEpochSeconds);
        if (!date)
            return outOfRange(request, "date", split.value(QLatin1String("date")));
        out.actions.push_back({CorporateAction::Kind::Split, barTime(*date), numerator / denominator});
    }
    const QJsonObject dividends = events.value(QLatin1String("dividends")).toObject();
    for (auto it = dividends.begin(); it != dividends.end(); ++it) {
        const QJsonObject dividend = it.value().toObject();
        const auto date = wholeSeconds(dividend.value(QLatin1String("date")), kMaxEpochSeconds);
        if (!date)
            return outOfRange(request, "date", dividend.value(QLatin1String("date")));
        out.actions.push_back({CorporateAction::Kind::Dividend, barTime(*date),
                               dividend.value(QLatin1String("amount")).toDouble()});
    }
    undoSplitAdjustment(out.bars, out.actions);
    return out;
}

Result<QNetworkRequest> YahooProvider::searchRequest(const QString &query, const QUrl &baseUrl,
                                                     const QString &) const
{
    QUrl url = joinUrl(baseUrl, QStringLiteral("/v1/finance/search"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("q"), query);
    q.addQueryItem(QStringLiteral("quotesCount"), QStringLiteral("10"));
    q.addQueryItem(QStringLiteral("newsCount"), QStringLiteral("0"));
    url.setQuery(q);
    return QNetworkRequest(url);
}

Result<std::vector<SymbolMatch>> YahooProvider::parseSearch(const HttpReply &reply,
                                                            const QString &query) const
{
    FetchRequest context{query, {}, {}, {}};
    if (reply.status != 200)
        return unexpectedStatus(kId, reply, context, bodyExcerpt(reply.body));
    auto doc = readJson(kId, reply, context);
    if (!doc)
        return doc.error();
    std::vector<SymbolMatch> matches;
    for (const QJsonValue &v : doc->object().value(QLatin1String("quotes")).toArray()) {
        const QJsonObject q = v.toObject();
        SymbolMatch m;
        m.symbol = q.value(QLatin1String("symbol")).toString();
        m.name = q.value(QLatin1String("longname")).toString();
        if (m.name.isEmpty())
            m.name = q.value(QLatin1String("shortname")).toString();
        m.exchange = q.value(QLatin1String("exchange")).toString();
        m.kind = q.value(QLatin1String("quoteType")).toString();
        if (!m.symbol.isEmpty())
            matches.push_back(m);
    }
    return matches;
}

} // namespace sn
