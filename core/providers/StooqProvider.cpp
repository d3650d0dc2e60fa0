#include "core/providers/StooqProvider.h"

#include "core/providers/ProviderSupport.h"

#include <QUrlQuery>

namespace sn {

using namespace providers;

namespace {

const QString kId = QStringLiteral("stooq");

QString vendorInterval(const QString &interval)
{
    if (interval == QLatin1String("1wk"))
        return QStringLiteral("w");
    if (interval == QLatin1String("1mo"))
        return QStringLiteral("m");
    return QStringLiteral("d");
}

} // namespace

QString StooqProvider::id() const
{
    return kId;
}

QString StooqProvider::displayName() const
{
    return QStringLiteral("Stooq (CSV)");
}

QUrl StooqProvider::defaultBaseUrl() const
{
    return QUrl(QStringLiteral("https://stooq.com"));
}

QStringList StooqProvider::intervals() const
{
    return {QStringLiteral("1d"), QStringLiteral("1wk"), QStringLiteral("1mo")};
}

bool StooqProvider::givesCorporateActions() const
{
    return false;
}

Result<QNetworkRequest> StooqProvider::barsRequest(const FetchRequest &request, const QUrl &baseUrl,
                                                   const QString &) const
{
    QUrl url = joinUrl(baseUrl, QStringLiteral("/q/d/l/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("s"), request.symbol.toLower());
    query.addQueryItem(QStringLiteral("d1"), request.from.toString(QStringLiteral("yyyyMMdd")));
    query.addQueryItem(QStringLiteral("d2"), request.to.toString(QStringLiteral("yyyyMMdd")));
    query.addQueryItem(QStringLiteral("i"), vendorInterval(request.interval));
    url.setQuery(query);
    return QNetworkRequest(url);
}

Result<ProviderBars> StooqProvider::parseBars(const HttpReply &reply, const FetchRequest &request) const
{
    const QString text = QString::fromUtf8(reply.body).trimmed();
    if (text.contains(QLatin1String("Exceeded the daily hits limit"), Qt::CaseInsensitive))
        return quotaSpent(kId, request, text.left(80));
    if (reply.status == 404 || text.compare(QLatin1String("No data"), Qt::CaseInsensitive) == 0)
        return unknownSymbol(kId, request, text.left(80));
    if (reply.status != 200)
        return unexpectedStatus(kId, reply, request, bodyExcerpt(reply.body));

    const QStringList lines = text.split(QLatin1Char('\n'));
    const QStringList header = lines.value(0).trimmed().split(QLatin1Char(','));
    const qsizetype date = header.indexOf(QStringLiteral("Date"));
    const qsizetype open = header.indexOf(QStringLiteral("Open"));
    const qsizetype high = header.indexOf(QStringLiteral("High"));
    const qsizetype low = header.indexOf(QStringLiteral("Low"));
    const qsizetype close = header.indexOf(QStringLiteral("Close"));
    const qsizetype volume = header.indexOf(QStringLiteral("Volume")); // absent for indices
    if (date < 0 || open < 0 || high < 0 || low < 0 || close < 0)
        return Error(ErrorCode::ParseError,
                     SN_TEXT("sn::MarketProvider",
                             "stooq: the answer for %1 is not the Date,Open,High,Low,Close[,Volume] CSV; it "
                             "starts with: %2"),
                     {s(request.symbol), s(bodyExcerpt(reply.body))}, what(request));
    ProviderBars out;
    out.adjustmentNote = QString::fromLatin1(
        SN_TRANSLATE_NOOP("sn::MarketProvider", "as delivered by Stooq (no corporate actions given)"));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList f = line.split(QLatin1Char(','));
        const QDate day = QDate::fromString(f.value(date), Qt::ISODate);
        if (!day.isValid())
            return Error(
                ErrorCode::ParseError,
                SN_TEXT("sn::MarketProvider", "stooq: %1 line %2: field 'Date' is not YYYY-MM-DD: '%3'"),
                {s(request.symbol), std::to_string(i + 1), s(f.value(date))}, what(request), "Date");
        double values[5] = {0, 0, 0, 0, 0};
        const qsizetype columns[5] = {open, high, low, close, volume};
        const char *names[5] = {"Open", "High", "Low", "Close", "Volume"};
        for (int c = 0; c < 5; ++c) {
            if (columns[c] < 0)
                continue;
            bool ok = false;
            values[c] = f.value(columns[c]).toDouble(&ok);
            if (!ok)
                return Error(
                    ErrorCode::ParseError,
                    SN_TEXT("sn::MarketProvider", "stooq: %1 line %2: field '%3' is not a number: '%4'"),
                    {s(request.symbol), std::to_string(i + 1), names[c], s(f.value(columns[c]))},
                    what(request), names[c]);
        }
        out.bars.append(dayStartMs(day), values[0], values[1], values[2], values[3], values[4]);
    }
    return out;
}

} // namespace sn
