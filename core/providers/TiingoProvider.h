#pragma once

#include "core/providers/MarketDataProvider.h"

namespace sn {

// Tiingo (tiingo/daily/TICKER/prices, JSON, key sent as "Authorization: Token").
// Raw prices with divCash and splitFactor per day; intraday through the IEX
// endpoint (iex/TICKER/prices).
class TiingoProvider : public MarketDataProvider
{
public:
    QString id() const override;
    QString displayName() const override;
    QUrl defaultBaseUrl() const override;
    QStringList intervals() const override;
    bool givesCorporateActions() const override;
    bool hasSearch() const override { return true; }
    QString secretKey() const override { return QStringLiteral("providers/tiingo/api-key"); }
    ProviderLimits defaultLimits() const override;
    Result<QNetworkRequest> searchRequest(const QString &query, const QUrl &baseUrl,
                                          const QString &apiKey) const override;
    Result<std::vector<SymbolMatch>> parseSearch(const HttpReply &reply, const QString &query) const override;
    Result<QNetworkRequest> barsRequest(const FetchRequest &request, const QUrl &baseUrl,
                                        const QString &apiKey) const override;
    Result<ProviderBars> parseBars(const HttpReply &reply, const FetchRequest &request) const override;
};

} // namespace sn
