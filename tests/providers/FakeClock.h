#pragma once

#include "core/providers/ProviderLimits.h"

#include <QDateTime>
#include <chrono>
#include <vector>

namespace sn::test {

// Time for the HTTP client decided by the test: waits are recorded and move
// the clock on at once, so Retry-After, backoff, rate limits and the breaker's
// cooldown are checked exactly and take no wall time.
struct FakeClock
{
    qint64 now = QDateTime(QDate(2024, 3, 29), QTime(20, 0), Qt::UTC).toMSecsSinceEpoch();
    std::vector<qint64> waits;

    HttpEnvironment environment(QuotaStore *quota = nullptr)
    {
        HttpEnvironment env;
        env.nowMs = [this] { return now; };
        env.sleep = [this](std::chrono::milliseconds d) {
            waits.push_back(d.count());
            now += d.count();
        };
        env.quota = quota;
        return env;
    }
};

} // namespace sn::test
