#pragma once

#include "core/providers/MarketDataProvider.h"

namespace sn {

// Alpha Vantage (query?function=TIME_SERIES_DAILY..., JSON, key). Raw daily,
// weekly, monthly and intraday bars; TIME_SERIES_DAILY_ADJUSTED answers (a
// premium function) also give splits and dividends, and are read when the
// answer carries them. Its errors come as HTTP 200 with "Error Message",
// "Note" or "Information" bodies.
class AlphaVantageProvider : public MarketDataProvider
{
public:
    QString id() const override;
    QString displayName() const override;
    QUrl defaultBaseUrl() const override;
    QStringList intervals() const override;
    bool givesCorporateActions() const override;
    bool hasSearch() const override { return true; }
    QString secretKey() const override { return QStringLiteral("providers/alphavantage/api-key"); }
    ProviderLimits defaultLimits() const override;
    Result<QNetworkRequest> searchRequest(const QString &query, const QUrl &baseUrl,
                                          const QString &apiKey) const override;
    Result<std::vector<SymbolMatch>> parseSearch(const HttpReply &reply, const QString &query) const override;
    Result<QNetworkRequest> barsRequest(const FetchRequest &request, const QUrl &baseUrl,
                                        const QString &apiKey) const override;
    Result<ProviderBars> parseBars(const HttpReply &reply, const FetchRequest &request) const override;
};

} // namespace sn
