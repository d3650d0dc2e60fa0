#pragma once

#include "core/common/Result.h"
#include "core/market/BarSeries.h"
#include "core/providers/ProviderLimits.h"
#include "core/providers/ProviderTypes.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace sn {

class ChangeHub;
class Database;
class ProviderHttpClient;
class Workspace;

struct MarketFetchOptions
{
    QString provider; // empty: the first of the settings' priority order (providers.order)
    QDate from;       // empty: where this provider's coverage starts, or five years before `to`
    QDate to;         // empty: today (UTC); later days are cut to today
    QString interval = QStringLiteral("1d");
    QUrl baseUrl;         // empty: providers.<id>.base_url, else the vendor's own
    int revisionDays = 5; // the last days stored are asked again: vendors revise them
};

// What one symbol's fetch did.
struct SymbolFetchOutcome
{
    QString symbol;
    QString provider;
    QString interval;
    QList<QPair<QDate, QDate>> rangesAsked; // empty when the cache already held everything
    int requests = 0;                       // HTTP attempts on the wire
    qint64 barsReceived = 0;
    qint64 barsWritten = 0;
    int actionsReceived = 0;
    int actionsChanged = 0;
    // The provider could not be reached or refused for now (network, breaker,
    // quota, 5xx): nothing was written and the cache is what there is.
    bool offline = false;
    QString note;                          // "offline: showing data up to 2024-05-03 (...why...)"
    QString userNote;                      // the note as people read it, in their language
    std::optional<TimestampMs> lastStored; // last bar stored after the fetch
};

struct FxFetchOutcome
{
    QDate from;
    QDate to;
    int requests = 0;
    int ratesReceived = 0;
    int ratesChanged = 0;
    bool offline = false;
    QString note;
    QString userNote; // the note as people read it, in their language
    std::optional<QDate> lastStored;
};

struct FxQuote
{
    QString base; // "EUR"
    QString quote;
    QDate day;
    double rate = 0;
    QString source;
};

// Per instrument, interval and provider: how far fetches reach and when.
struct FetchCoverageInfo
{
    QString symbol;
    QString interval;
    QString provider;
    QDate coveredFrom;
    QDate coveredTo;
    TimestampMs fetchedAt = 0;
    QString note;
};

// How a provider is set up in this workspace (settings, with vendor defaults).
struct ProviderSetup
{
    QString id;
    QString displayName;
    QUrl baseUrl;
    ProviderLimits limits;
    QString secretKey; // empty: no key needed
};

// Online market data into the cache (the database), the write path of issue
// 15: for each symbol it asks the provider only for the days the cache does
// not cover yet plus the last few (vendors revise them), validates what came,
// and writes bars, corporate actions and coverage in ONE transaction, then
// announces Instrument and Bars changes on the workspace's hub. A provider
// that cannot be reached is not an error while the cache has data: the
// outcome says "offline: showing data up to DATE".
//
// Stored bars are unadjusted (as traded); adjustedBars() derives the split-
// and dividend-adjusted series from them and the stored corporate actions.
// Charts and backtests read the stored (unadjusted) series unless the analyst
// asks for the adjusted one (MarketData::prices, docs/providers.md).
//
// Blocking network I/O: use it from a worker thread or the CLI. One service
// keeps one HTTP client per provider, so the rate limits and the circuit
// breaker hold across its calls; the daily quota is counted in the database.
// Not thread-safe; create one per thread.
class MarketFetchService
{
public:
    // Reads an API key by its SecretStore name ("providers/tiingo/api-key").
    // The CLI and the app pass SecretStore::getBlocking; the service never
    // sees keys any other way.
    using KeyLookup = std::function<Result<QString>(const QString &secretKey)>;

    explicit MarketFetchService(const Workspace &workspace, KeyLookup keys = {},
                                HttpEnvironment environment = {});
    ~MarketFetchService();
    MarketFetchService(const MarketFetchService &) = delete;
    MarketFetchService &operator=(const MarketFetchService &) = delete;

    Result<SymbolFetchOutcome> fetch(const QString &symbol, const MarketFetchOptions &options,
                                     const std::atomic<bool> *cancel = nullptr);
    // Fills the euro reference rates from the ECB; `from` empty: from the last
    // stored day minus a few (revisions), or the whole history when none.
    Result<FxFetchOutcome> fetchFx(const QDate &from = {}, const QDate &to = {}, const QUrl &baseUrl = {},
                                   const std::atomic<bool> *cancel = nullptr);
    Result<std::vector<SymbolMatch>> search(const QString &provider, const QString &query,
                                            const QUrl &baseUrl = {});
    // One cheap request (a search, or a few days of a well-known symbol) to
    // check the URL and the key.
    Result<QString> testConnection(const QString &provider, const QUrl &baseUrl = {});

    Result<std::vector<FxQuote>> latestFx() const;
    // Units of `quote` per one `base` on `day` or the last day before it; both
    // legs through EUR (the ECB's base). NotFound when there is no rate.
    Result<double> fxRate(const QString &base, const QString &quote, const QDate &day) const;
    Result<std::vector<FetchCoverageInfo>> coverage() const;
    Result<std::vector<CorporateAction>> corporateActions(const QString &symbol) const;
    // The stored bars adjusted for the stored splits and dividends.
    Result<BarSeries> adjustedBars(const QString &symbol, const QString &interval) const;

    // The enabled providers in priority order (settings providers.order, then
    // the rest; providers.<id>.enabled = false leaves one out: ProviderSettings).
    // An explicit MarketFetchOptions::provider is used even when disabled.
    Result<QStringList> providerOrder() const;
    Result<ProviderSetup> setup(const QString &provider) const;
    // Requests counted today (UTC) for `provider`.
    Result<int> usedToday(const QString &provider) const;

    // Settings keys (through SettingsService): providers.order,
    // providers.<id>.base_url, providers.<id>.requests_per_minute,
    // providers.<id>.daily_quota.
    static QString orderKey();
    static QString settingKey(const QString &provider, const char *what);

    // Backward (CRSP-style) adjustment: before a split's ex-date prices are
    // divided by its ratio and volumes multiplied; before a dividend's
    // ex-date prices are multiplied by 1 - dividend / previous close.
    static BarSeries adjustForActions(const BarSeries &bars, const std::vector<CorporateAction> &actions);

private:
    Result<ProviderHttpClient *> client(const ProviderSetup &setup);
    Result<QString> apiKey(const ProviderSetup &setup) const;
    QDate today() const;

    const Database &m_db;
    ChangeHub &m_changes;
    KeyLookup m_keys;
    HttpEnvironment m_env;
    std::unique_ptr<QuotaStore> m_quota;
    std::map<QString, std::unique_ptr<ProviderHttpClient>> m_clients;
};

} // namespace sn
