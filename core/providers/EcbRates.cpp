#include "core/providers/EcbRates.h"

#include "core/providers/ProviderSupport.h"

#include <QXmlStreamReader>

namespace sn {

using namespace providers;

QUrl EcbRates::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://www.ecb.europa.eu/stats/eurofxref"));
}

ProviderLimits EcbRates::defaultLimits()
{
    ProviderLimits limits;
    limits.timeout = std::chrono::milliseconds(120'000); // the full history is a few MB
    return limits;
}

QNetworkRequest EcbRates::request(const QUrl &baseUrl, const QDate &from, const QDate &today)
{
    // 90 calendar days back is what the short file holds; a margin keeps a
    // holiday at its edge from leaving a gap.
    const bool recent = from.isValid() && from >= today.addDays(-85);
    return QNetworkRequest(
        joinUrl(baseUrl.isEmpty() ? defaultBaseUrl() : baseUrl,
                recent ? QStringLiteral("/eurofxref-hist-90d.xml") : QStringLiteral("/eurofxref-hist.xml")));
}

Result<std::vector<FxRate>> EcbRates::parse(const HttpReply &reply, const QDate &from, const QDate &to)
{
    const std::string address = s(reply.url.toDisplayString());
    if (reply.status == 404)
        return Error(ErrorCode::NotFound, SN_TEXT("sn::MarketProvider", "ecb: %1: no such file (HTTP 404)"),
                     {address}, "ecb");
    if (reply.status != 200)
        return Error(ErrorCode::Unavailable, SN_TEXT("sn::MarketProvider", "ecb: %1: HTTP %2: %3"),
                     {address, std::to_string(reply.status), s(bodyExcerpt(reply.body))}, "ecb");
    std::vector<FxRate> rates;
    QXmlStreamReader xml(reply.body);
    QDate day;
    bool sawCube = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("Cube"))
            continue;
        sawCube = true;
        const auto attributes = xml.attributes();
        if (attributes.hasAttribute(QLatin1String("time"))) {
            const QString text = attributes.value(QLatin1String("time")).toString();
            day = QDate::fromString(text, Qt::ISODate);
            if (!day.isValid())
                return Error(ErrorCode::ParseError,
                             SN_TEXT("sn::MarketProvider", "ecb: %1 line %2: time '%3' is not a date"),
                             {address, std::to_string(xml.lineNumber()), s(text)}, "ecb", "time");
        } else if (attributes.hasAttribute(QLatin1String("currency"))) {
            const QString currency = attributes.value(QLatin1String("currency")).toString();
            bool ok = false;
            const double rate = attributes.value(QLatin1String("rate")).toDouble(&ok);
            if (!ok || !(rate > 0) || currency.size() != 3 || !day.isValid())
                return Error(ErrorCode::ParseError,
                             SN_TEXT("sn::MarketProvider",
                                     "ecb: %1 line %2: currency '%3' has no valid rate or no day"),
                             {address, std::to_string(xml.lineNumber()), s(currency)}, "ecb", "rate");
            if ((!from.isValid() || day >= from) && (!to.isValid() || day <= to))
                rates.push_back({day, currency, rate});
        }
    }
    if (xml.hasError())
        return Error(ErrorCode::ParseError, SN_TEXT("sn::MarketProvider", "ecb: %1 line %2: %3"),
                     {address, std::to_string(xml.lineNumber()), s(xml.errorString())}, "ecb");
    if (!sawCube)
        return Error(
            ErrorCode::ParseError,
            SN_TEXT("sn::MarketProvider", "ecb: %1: no <Cube> elements; not the ECB reference rate XML"),
            {address}, "ecb");
    return rates;
}

Result<std::vector<FxRate>> EcbRates::fetch(ProviderHttpClient &client, const QUrl &baseUrl,
                                            const QDate &from, const QDate &to, const QDate &today,
                                            const std::atomic<bool> *cancel)
{
    auto reply = client.get(request(baseUrl, from, today), QStringLiteral("euro reference rates"), cancel);
    if (!reply) {
        Error e = reply.error();
        if (e.userContext.empty() && e.context == "euro reference rates")
            e.at(SN_TEXT("sn::MarketProvider", "euro reference rates"), {});
        return e;
    }
    return parse(*reply, from, to);
}

} // namespace sn
