#pragma once

#include <QString>
#include <functional>

namespace sn::advisor {

// Stops hammering a failing provider. Closed: calls go through and
// consecutive failures are counted; `failureThreshold` of them open it. Open:
// every call is refused until `coolDownMs` have passed, then it turns
// half-open and lets exactly one trial call through; that call's success
// closes it, its failure opens it again for another cool-down. One breaker
// per provider endpoint; the clock is injected so tests need not wait.
class CircuitBreaker
{
public:
    enum class State
    {
        Closed,
        Open,
        HalfOpen
    };
    using Clock = std::function<qint64()>; // monotonic milliseconds

    explicit CircuitBreaker(int failureThreshold = 3, qint64 coolDownMs = 60000, Clock clock = {});

    // May a call start now? In half-open this claims the one trial call.
    bool allowRequest();
    void recordSuccess();
    void recordFailure();

    State state() const; // Open turns HalfOpen here once the cool-down is over
    int consecutiveFailures() const { return m_failures; }
    // When an open breaker lets the next trial through (0 when not open).
    qint64 retryInMs() const;
    // "the provider failed 3 times in a row; next try in 42 s", for notices.
    QString describe() const;

private:
    int m_threshold;
    qint64 m_coolDownMs;
    Clock m_clock;
    State m_state = State::Closed;
    int m_failures = 0;
    qint64 m_openedAt = 0;
    bool m_trialInFlight = false;
};

const char *circuitStateName(CircuitBreaker::State state);

} // namespace sn::advisor
