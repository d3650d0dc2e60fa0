#pragma once

#include "core/common/Result.h"
#include "core/providers/ProviderHttpClient.h"
#include "core/providers/ProviderLimits.h"
#include "core/providers/ProviderTypes.h"

#include <QNetworkRequest>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <atomic>
#include <memory>
#include <vector>

namespace sn {

// One market-data vendor: how to ask it (a request from a FetchRequest and a
// base URL) and how to read its answer (its wire format, and its error
// bodies turned into errors that name the provider and the symbol). The
// network itself is ProviderHttpClient's job, so every vendor gets the same
// retries, limits and breaker, and the parsers are testable on bytes alone.
//
// Errors from parseBars(): NotFound (unknown symbol), AccessDenied (the key
// was refused or is missing), Unavailable (quota or plan limit spent),
// Unsupported (interval or endpoint the vendor or the plan lacks),
// ParseError (an answer that is not the documented format).
class MarketDataProvider
{
public:
    virtual ~MarketDataProvider() = default;

    virtual QString id() const = 0;          // "yahoo", "stooq", "alphavantage", "tiingo"
    virtual QString displayName() const = 0; // "Yahoo Finance (chart API)"
    virtual QUrl defaultBaseUrl() const = 0;
    // The SecretStore key of its API key ("providers/tiingo/api-key"); empty
    // when the vendor needs none.
    virtual QString secretKey() const { return {}; }
    virtual ProviderLimits defaultLimits() const { return {}; }
    // Interval codes (as stored) it can deliver.
    virtual QStringList intervals() const = 0;
    virtual bool givesCorporateActions() const = 0;
    virtual bool hasSearch() const { return false; }

    virtual Result<QNetworkRequest> barsRequest(const FetchRequest &request, const QUrl &baseUrl,
                                                const QString &apiKey) const = 0;
    virtual Result<ProviderBars> parseBars(const HttpReply &reply, const FetchRequest &request) const = 0;

    // Unsupported unless hasSearch().
    virtual Result<QNetworkRequest> searchRequest(const QString &query, const QUrl &baseUrl,
                                                  const QString &apiKey) const;
    virtual Result<std::vector<SymbolMatch>> parseSearch(const HttpReply &reply, const QString &query) const;

    bool needsKey() const { return !secretKey().isEmpty(); }
};

// Asks `provider` for `request` through `client`: checks the request (range,
// interval, key), sends it, parses the answer, and keeps only bars inside the
// requested days, sorted and checked (finite, high >= low).
Result<ProviderBars> fetchBars(const MarketDataProvider &provider, ProviderHttpClient &client,
                               const FetchRequest &request, const QUrl &baseUrl, const QString &apiKey,
                               const std::atomic<bool> *cancel = nullptr);

Result<std::vector<SymbolMatch>> searchSymbols(const MarketDataProvider &provider, ProviderHttpClient &client,
                                               const QString &query, const QUrl &baseUrl,
                                               const QString &apiKey);

// The bar vendors by id, in the default priority order.
QStringList marketDataProviderIds();
// nullptr for an unknown id.
std::unique_ptr<MarketDataProvider> createMarketDataProvider(const QString &id);

} // namespace sn
