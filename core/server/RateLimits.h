#pragma once

#include <QHash>
#include <QString>
#include <deque>

namespace sn::server {

// Per-connection message limit: `capacity` messages in a burst, refilled at
// `perSecond`. Time comes from the caller (milliseconds), so tests can drive it.
class TokenBucket
{
public:
    TokenBucket(double capacity, double perSecond, qint64 nowMs);
    // Takes one token; false when the bucket is empty.
    bool take(qint64 nowMs);
    double tokens() const { return m_tokens; }

private:
    double m_capacity;
    double m_perSecond;
    double m_tokens;
    qint64 m_lastMs;
};

// Failed logins per (user, address): after `maxFailures` within `windowMs`
// further attempts are refused until the oldest failure leaves the window,
// whether or not the password would be right. A success clears the key.
class LoginLimiter
{
public:
    LoginLimiter(int maxFailures, qint64 windowMs) : m_maxFailures(maxFailures), m_windowMs(windowMs) {}

    // 0 when an attempt is allowed, else milliseconds until it will be.
    qint64 retryAfter(const QString &key, qint64 nowMs);
    void recordFailure(const QString &key, qint64 nowMs);
    void recordSuccess(const QString &key);
    static QString key(const QString &user, const QString &address);

private:
    void prune(std::deque<qint64> &failures, qint64 nowMs) const;

    int m_maxFailures;
    qint64 m_windowMs;
    QHash<QString, std::deque<qint64>> m_failures;
};

} // namespace sn::server
