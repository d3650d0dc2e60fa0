#pragma once

#include "core/providers/MarketDataProvider.h"

namespace sn {

// Yahoo Finance chart API (v8/finance/chart/SYMBOL, JSON, no key). Prices in
// the quote arrays are split-adjusted by Yahoo; they are undone with the split
// events of the same answer. Daily bars are dated by the exchange-local day
// (meta.gmtoffset). Intraday: 1m..1h over Yahoo's recent window.
class YahooProvider : public MarketDataProvider
{
public:
    QString id() const override;
    QString displayName() const override;
    QUrl defaultBaseUrl() const override;
    QStringList intervals() const override;
    bool givesCorporateActions() const override;
    bool hasSearch() const override { return true; }
    Result<QNetworkRequest> searchRequest(const QString &query, const QUrl &baseUrl,
                                          const QString &apiKey) const override;
    Result<std::vector<SymbolMatch>> parseSearch(const HttpReply &reply, const QString &query) const override;
    Result<QNetworkRequest> barsRequest(const FetchRequest &request, const QUrl &baseUrl,
                                        const QString &apiKey) const override;
    Result<ProviderBars> parseBars(const HttpReply &reply, const FetchRequest &request) const override;
};

} // namespace sn
