#pragma once

#include "core/providers/MarketDataProvider.h"

namespace sn {

// Stooq CSV download (/q/d/l/?s=SYMBOL&d1=&d2=&i=d, no key). Daily, weekly,
// monthly. Stooq gives no corporate actions; its prices are stored as delivered.
class StooqProvider : public MarketDataProvider
{
public:
    QString id() const override;
    QString displayName() const override;
    QUrl defaultBaseUrl() const override;
    QStringList intervals() const override;
    bool givesCorporateActions() const override;

    Result<QNetworkRequest> barsRequest(const FetchRequest &request, const QUrl &baseUrl,
                                        const QString &apiKey) const override;
    Result<ProviderBars> parseBars(const HttpReply &reply, const FetchRequest &request) const override;
};

} // namespace sn
