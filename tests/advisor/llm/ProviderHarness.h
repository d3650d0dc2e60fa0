#pragma once

#include "core/advisor/llm/ChatProvider.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QStringList>
#include <QTest>
#include <QTimer>
#include <optional>

namespace sn::test {

// Collects what one ChatProvider call emitted.
struct ProviderOutcome
{
    QStringList deltas;
    std::optional<advisor::ChatResult> result;
    std::optional<Error> error;
    advisor::ChatResult partial;
    QList<int> retryDelays;
    bool done() const { return result || error; }
    QString text() const { return deltas.join(QString()); }
};

inline void watch(advisor::ChatProvider *p, ProviderOutcome *out)
{
    QObject::connect(p, &advisor::ChatProvider::textDelta, p, [out](const QString &t) { out->deltas << t; });
    QObject::connect(p, &advisor::ChatProvider::retrying, p,
                     [out](int, int delayMs, const QString &) { out->retryDelays << delayMs; });
    QObject::connect(p, &advisor::ChatProvider::finished, p,
                     [out](const advisor::ChatResult &r) { out->result = r; });
    QObject::connect(p, &advisor::ChatProvider::failed, p,
                     [out](const Error &e, const advisor::ChatResult &partial) {
                         out->error = e;
                         out->partial = partial;
                     });
}

// Runs the event loop until `done()` or the timeout. Unlike QTest::qWaitFor,
// which sleeps 10 ms between rounds, this wakes on every event, so a stream of
// many small chunks takes as long as the stream and no longer.
template <typename Pred> bool waitUntil(Pred done, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    QTimer tick; // wakes the loop so the deadline is noticed without events
    tick.start(20);
    while (!done()) {
        if (deadline.hasExpired())
            return done();
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

inline QString errorText(const ProviderOutcome &o)
{
    return o.error ? QString::fromStdString(o.error->toString()) : QStringLiteral("(no error)");
}

} // namespace sn::test
