#pragma once

#include "core/common/Result.h"
#include "core/providers/ProviderLimits.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QNetworkRequest>
#include <QPair>
#include <QString>
#include <QUrl>
#include <atomic>
#include <deque>
#include <optional>

namespace sn {

// One HTTP answer as a provider parses it.
struct HttpReply
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QUrl url;

    QByteArray header(const QByteArray &name) const; // case-insensitive, empty when absent
};

// A quota kept in this process only (tests, and callers with no database).
class MemoryQuotaStore : public QuotaStore
{
public:
    Result<int> used(const QString &provider, const QString &day) override;
    Result<void> add(const QString &provider, const QString &day, int requests) override;

private:
    QMap<QString, int> m_counts;
};

// The HTTP machinery every provider shares: GET with a per-attempt timeout,
// retries with exponential backoff on network errors and 5xx, 429 waited out
// as Retry-After says (seconds or an HTTP date), a per-minute rate limit, a
// daily quota counted in a QuotaStore, and a circuit breaker. Blocking: it
// runs a local event loop, so it belongs on a worker thread or in the CLI,
// never on the GUI thread. One client per provider; not thread-safe.
//
// Every error names the provider and `what` (e.g. "symbol AAPL"):
//   Unavailable  no answer (connection refused, timeout, 5xx after retries),
//                breaker open, daily quota spent, Retry-After too long
//   Cancelled    `cancel` was set
// Any other HTTP status is returned as a reply for the provider to explain
// (unknown symbol, bad key), since only it knows the vendor's error bodies.
class ProviderHttpClient
{
public:
    ProviderHttpClient(QString provider, ProviderLimits limits, HttpEnvironment environment = {});
    // Not copyable: the environment may point at this client's own quota store.
    ProviderHttpClient(const ProviderHttpClient &) = delete;
    ProviderHttpClient &operator=(const ProviderHttpClient &) = delete;

    Result<HttpReply> get(const QNetworkRequest &request, const QString &what,
                          const std::atomic<bool> *cancel = nullptr);

    const QString &provider() const { return m_provider; }
    const ProviderLimits &limits() const { return m_limits; }
    const CircuitBreaker &breaker() const { return m_breaker; }
    // Requests that went out on the wire through this client (attempts, not calls).
    int attempts() const { return m_attempts; }
    qint64 now() const;

private:
    Result<void> takeQuota(const QString &what);
    void waitForRateLimit();
    std::chrono::milliseconds backoff(int attempt) const;
    // Parses a Retry-After header relative to now; nullopt when absent or unreadable.
    std::optional<std::chrono::milliseconds> retryAfter(const HttpReply &reply) const;

    QString m_provider;
    ProviderLimits m_limits;
    HttpEnvironment m_env;
    MemoryQuotaStore m_memoryQuota;
    CircuitBreaker m_breaker;
    std::deque<qint64> m_recent; // send times within the last minute
    int m_attempts = 0;
};

// "2026-12-02": the UTC day a quota is counted on.
QString quotaDay(qint64 nowMs);

// An error whose English (logs, --json, the CLI) is `english` as written and
// whose reader's text is `text` filled in and translated: for failures whose
// English names a machine detail (Qt's "Connection refused") that a person
// should read as what happened and what to do, in any language.
Error explainedError(ErrorCode code, std::string english, TextKey text,
                     std::initializer_list<std::string_view> args, std::string context = {},
                     std::string field = {});

// The reader's text of an error made from English pieces elsewhere: `e` with
// `text` filled in and translated as its user message.
Error &explain(Error &e, TextKey text, std::initializer_list<std::string_view> args);

} // namespace sn
