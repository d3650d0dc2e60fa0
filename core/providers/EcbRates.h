#pragma once

#include "core/common/Result.h"
#include "core/providers/ProviderHttpClient.h"
#include "core/providers/ProviderTypes.h"

#include <QDate>
#include <QUrl>
#include <atomic>
#include <vector>

namespace sn {

// The ECB's euro foreign exchange reference rates (no key): XML files under
// https://www.ecb.europa.eu/stats/eurofxref/ with one <Cube time="YYYY-MM-DD">
// per working day holding <Cube currency="USD" rate="1.0956"/> per currency.
// eurofxref-hist-90d.xml holds the last 90 days, eurofxref-hist.xml all days
// since 1999; the smaller file is asked for whenever it covers `from`.
class EcbRates
{
public:
    static QString id() { return QStringLiteral("ecb"); }
    static QUrl defaultBaseUrl();
    static ProviderLimits defaultLimits();

    // Which file covers `from` when today is `today`.
    static QNetworkRequest request(const QUrl &baseUrl, const QDate &from, const QDate &today);
    // Rates with from <= day <= to.
    static Result<std::vector<FxRate>> parse(const HttpReply &reply, const QDate &from, const QDate &to);

    static Result<std::vector<FxRate>> fetch(ProviderHttpClient &client, const QUrl &baseUrl,
                                             const QDate &from, const QDate &to, const QDate &today,
                                             const std::atomic<bool> *cancel = nullptr);
};

} // namespace sn
