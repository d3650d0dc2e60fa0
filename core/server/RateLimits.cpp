#include "core/server/RateLimits.h"

#include <algorithm>

namespace sn::server {

TokenBucket::TokenBucket(double capacity, double perSecond, qint64 nowMs)
    : m_capacity(capacity), m_perSecond(perSecond), m_tokens(capacity), m_lastMs(nowMs)
{
}

bool TokenBucket::take(qint64 nowMs)
{
    if (nowMs > m_lastMs) {
        m_tokens = std::min(m_capacity, m_tokens + double(nowMs - m_lastMs) * m_perSecond / 1000.0);
        m_lastMs = nowMs;
    }
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

QString LoginLimiter::key(const QString &user, const QString &address)
{
    return user.toLower() + QLatin1Char('|') + address;
}

void LoginLimiter::prune(std::deque<qint64> &failures, qint64 nowMs) const
{
    while (!failures.empty() && failures.front() <= nowMs - m_windowMs)
        failures.pop_front();
}

qint64 LoginLimiter::retryAfter(const QString &key, qint64 nowMs)
{
    auto it = m_failures.find(key);
    if (it == m_failures.end())
        return 0;
    prune(*it, nowMs);
    if (it->empty()) {
        m_failures.erase(it);
        return 0;
    }
    if (static_cast<int>(it->size()) < m_maxFailures)
        return 0;
    return it->front() + m_windowMs - nowMs;
}

void LoginLimiter::recordFailure(const QString &key, qint64 nowMs)
{
    std::deque<qint64> &failures = m_failures[key];
    prune(failures, nowMs);
    failures.push_back(nowMs);
    // Keep memory bounded however long an attacker keeps trying.
    while (static_cast<int>(failures.size()) > m_maxFailures)
        failures.pop_front();
}

void LoginLimiter::recordSuccess(const QString &key)
{
    m_failures.remove(key);
}

} // namespace sn::server
