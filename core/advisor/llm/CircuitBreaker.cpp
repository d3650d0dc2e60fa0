#include "core/advisor/llm/CircuitBreaker.h"

#include <QElapsedTimer>
#include <algorithm>

namespace sn::advisor {

CircuitBreaker::CircuitBreaker(int failureThreshold, qint64 coolDownMs, Clock clock)
    : m_threshold(std::max(1, failureThreshold)), m_coolDownMs(std::max<qint64>(0, coolDownMs)),
      m_clock(std::move(clock))
{
    if (!m_clock) {
        m_clock = [] {
            static QElapsedTimer t = [] {
                QElapsedTimer e;
                e.start();
                return e;
            }();
            return t.elapsed();
        };
    }
}

CircuitBreaker::State CircuitBreaker::state() const
{
    if (m_state == State::Open && m_clock() - m_openedAt >= m_coolDownMs)
        return State::HalfOpen;
    return m_state;
}

bool CircuitBreaker::allowRequest()
{
    switch (state()) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        m_state = State::HalfOpen;
        if (m_trialInFlight)
            return false;
        m_trialInFlight = true;
        return true;
    }
    return false;
}

void CircuitBreaker::recordSuccess()
{
    m_state = State::Closed;
    m_failures = 0;
    m_trialInFlight = false;
}

void CircuitBreaker::recordFailure()
{
    ++m_failures;
    const bool trialFailed = state() == State::HalfOpen;
    m_trialInFlight = false;
    if (trialFailed || m_failures >= m_threshold) {
        m_state = State::Open;
        m_openedAt = m_clock();
    }
}

qint64 CircuitBreaker::retryInMs() const
{
    if (state() != State::Open)
        return 0;
    return m_coolDownMs - (m_clock() - m_openedAt);
}

QString CircuitBreaker::describe() const
{
    switch (state()) {
    case State::Closed:
        return QStringLiteral("closed (%1 consecutive failures)").arg(m_failures);
    case State::Open:
        return QStringLiteral("open: the provider failed %1 times in a row; next try in %2 s")
            .arg(m_failures)
            .arg((retryInMs() + 999) / 1000);
    case State::HalfOpen:
        return QStringLiteral("half-open: one trial call is allowed after %1 consecutive failures")
            .arg(m_failures);
    }
    return {};
}

const char *circuitStateName(CircuitBreaker::State state)
{
    switch (state) {
    case CircuitBreaker::State::Closed:
        return "closed";
    case CircuitBreaker::State::Open:
        return "open";
    case CircuitBreaker::State::HalfOpen:
        return "half-open";
    }
    return "closed";
}

} // namespace sn::advisor
