#pragma once

#include "core/common/Result.h"

#include <QString>
#include <chrono>
#include <functional>

namespace sn {

// How hard one provider may be asked, and how its failures are handled.
// Defaults are the vendors' published free-tier limits where they publish
// them (docs/providers.md); every field can be changed in settings.
struct ProviderLimits
{
    int requestsPerMinute = 0;                  // 0: no per-minute limit
    int dailyQuota = 0;                         // requests per UTC day; 0: no quota
    int maxRetries = 3;                         // after the first attempt, for network errors, 5xx and 429
    std::chrono::milliseconds timeout{30'000};  // per attempt, no bytes moving
    std::chrono::milliseconds backoffBase{500}; // 500 ms, 1 s, 2 s, ...
    std::chrono::milliseconds maxRetryAfter{120'000}; // a longer Retry-After fails instead of waiting
    int breakerThreshold = 5;                         // consecutive failed calls that open the breaker
    std::chrono::milliseconds breakerCooldown{60'000};
};

// Where the daily request count lives, so a quota survives restarts (the
// workspace keeps it in the database; tests keep it in memory).
class QuotaStore
{
public:
    virtual ~QuotaStore() = default;
    // Requests counted for `provider` on `day` ("2026-12-02", UTC).
    virtual Result<int> used(const QString &provider, const QString &day) = 0;
    virtual Result<void> add(const QString &provider, const QString &day, int requests) = 0;
};

// The outside world the HTTP client depends on, injectable so tests decide
// time: the wall clock (UTC epoch ms) and how a wait is spent.
struct HttpEnvironment
{
    std::function<qint64()> nowMs;                        // default: the system clock
    std::function<void(std::chrono::milliseconds)> sleep; // default: a local event loop with a timer
    QuotaStore *quota = nullptr;                          // default: counted in memory only
};

// Opens after `threshold` consecutive failed calls: calls then fail at once,
// without touching the network, until `cooldown` has passed; the next call
// is a trial whose success closes it and whose failure opens it again.
class CircuitBreaker
{
public:
    CircuitBreaker(int threshold, std::chrono::milliseconds cooldown)
        : m_threshold(threshold), m_cooldown(cooldown)
    {
    }

    bool allows(qint64 nowMs) const;
    void recordSuccess();
    void recordFailure(qint64 nowMs);
    bool isOpen(qint64 nowMs) const { return !allows(nowMs); }
    int consecutiveFailures() const { return m_failures; }
    qint64 openUntilMs() const { return m_openUntil; }

private:
    int m_threshold;
    std::chrono::milliseconds m_cooldown;
    int m_failures = 0;
    qint64 m_openUntil = 0;
};

} // namespace sn
