#pragma once

#include <QByteArrayView>
#include <QDateTime>

namespace sn::advisor {

// When and how long to wait before asking a model again. Only failures that
// happen before anything was streamed are retried (HTTP 429, 5xx, network
// errors and first-byte timeouts); the provider enforces that rule.
struct RetryPolicy
{
    int maxAttempts = 4;    // the first try included
    int baseDelayMs = 1000; // the first retry's nominal wait; doubles each time
    int maxDelayMs = 30000; // cap on any one wait, a server's Retry-After included
    double jitter = 0.2;    // +/- this fraction, so many clients do not retry in step

    static bool isRetryableStatus(int httpStatus);

    // The wait before retry number `retry` (1 for the first retry).
    // `retryAfterMs` >= 0 is what the server asked for and wins over the
    // backoff (never jittered below it); `random01` is uniform in [0, 1).
    int delayMs(int retry, int retryAfterMs, double random01) const;

    // A Retry-After header: delay-seconds ("120") or an HTTP-date
    // ("Wed, 21 Oct 2015 07:28:00 GMT"), relative to `nowUtc`. -1 when absent
    // or unreadable; a date in the past gives 0.
    static int parseRetryAfterMs(QByteArrayView value, const QDateTime &nowUtc);
};

} // namespace sn::advisor
