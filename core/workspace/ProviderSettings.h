#pragma once

#include "core/common/Result.h"
#include "core/common/Time.h"

#include <QString>
#include <QStringList>
#include <QUrl>
#include <vector>

namespace sn {

class Database;
class ChangeHub;
class Workspace;

// One market-data provider as Preferences > Data providers shows it.
struct ProviderChoice
{
    QString id;          // "yahoo"
    QString displayName; // "Yahoo Finance (chart API)"
    bool enabled = true;
    QString baseUrl; // as set by the analyst; empty: the vendor's own
    QUrl defaultBaseUrl;
    QString secretKey; // SecretStore name of its API key; empty: it needs none
    bool hasSearch = false;
};

// The scheduled refresh of watchlist symbols. Off by default, and by default
// skipped on a metered connection.
struct RefreshSchedule
{
    bool enabled = false;
    int intervalMinutes = 60;
    bool allowMetered = false;

    bool operator==(const RefreshSchedule &) const = default;
};

// What the last scheduled refresh did, kept so the app shows it after a restart.
struct RefreshRecord
{
    TimestampMs ranAt = 0; // 0: never ran
    QString summary;
};

// The market-data settings the desktop's Preferences edit and that
// MarketFetchService and supernova-cli read: the providers' priority order,
// which are enabled, their base URLs, and the refresh schedule. Kept in the
// database's settings, so app and CLI agree. Every save is validated first,
// written in ONE transaction, then announced (Setting changes, one per key
// that changed). API keys are never here: they live in the keychain
// (SecretStore), under ProviderChoice::secretKey.
//
// Settings keys: providers.order ("tiingo,yahoo,..."), providers.<id>.enabled
// ("false" disables; absent: enabled), providers.<id>.base_url,
// providers.refresh.enabled, providers.refresh.interval_minutes,
// providers.refresh.allow_metered, providers.refresh.last_run (UTC epoch ms)
// and providers.refresh.last_result.
class ProviderSettings
{
public:
    static constexpr int kMinIntervalMinutes = 5;
    static constexpr int kMaxIntervalMinutes = 24 * 60;

    explicit ProviderSettings(const Workspace &workspace);

    // Every bar provider, in priority order (enabled or not).
    Result<std::vector<ProviderChoice>> providers() const;
    // Stores the order (the vector's), enabled flags and base URLs. Refuses,
    // naming the provider and the field, an unknown or repeated id, a
    // provider missing from the list, or a base URL that is not http(s).
    Result<void> saveProviders(const std::vector<ProviderChoice> &providers) const;

    Result<RefreshSchedule> schedule() const;
    Result<void> saveSchedule(const RefreshSchedule &schedule) const;
    Result<RefreshRecord> lastRefresh() const;
    Result<void> recordRefresh(const RefreshRecord &record) const;

    // The ids of `orderSetting` that are known, then the other known ids in
    // their default order: the full priority order.
    static QStringList orderFrom(const QString &orderSetting);
    // Checks a base URL typed by the analyst; `provider` names it in the error.
    static Result<QUrl> checkBaseUrl(const QString &provider, const QString &text);

    static QString orderKey();
    static QString enabledKey(const QString &provider);
    static QString baseUrlKey(const QString &provider);
    static QString refreshKey(const char *what); // "enabled" -> providers.refresh.enabled

private:
    // Writes `values` (key -> value; an empty value removes the key) in one
    // transaction and announces the keys that changed.
    Result<void> write(const std::vector<std::pair<QString, QString>> &values) const;

    const Database &m_db;
    ChangeHub &m_changes;
};

} // namespace sn
