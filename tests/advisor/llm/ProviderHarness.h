#pragma once

#include "core/advisor/llm/ChatProvider.h"

#include <QStringList>
#include <QTest>

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

inline QString errorText(const ProviderOutcome &o)
{
    return o.error ? QString::fromStdString(o.error->toString()) : QStringLiteral("(no error)");
}

} // namespace sn::test
