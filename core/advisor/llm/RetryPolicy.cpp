#include "core/advisor/llm/RetryPolicy.h"

#include <QLocale>
#include <QString>
#include <algorithm>
#include <cmath>

namespace sn::advisor {

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    // 408 (request timeout) and 409 (Anthropic's "conflict, retry") are
    // transient too; other 4xx are our request's fault and would fail again.
    return httpStatus == 408 || httpStatus == 409 || httpStatus == 429 ||
           (httpStatus >= 500 && httpStatus <= 599);
}

int RetryPolicy::delayMs(int retry, int retryAfterMs, double random01) const
{
    if (retryAfterMs >= 0)
        return std::min(retryAfterMs, maxDelayMs);
    const double nominal = double(baseDelayMs) * std::pow(2.0, double(std::max(0, retry - 1)));
    const double factor = 1.0 + jitter * (2.0 * random01 - 1.0);
    const double ms = std::min(double(maxDelayMs), nominal * factor);
    return std::max(0, int(std::lround(ms)));
}

int RetryPolicy::parseRetryAfterMs(QByteArrayView value, const QDateTime &nowUtc)
{
    const QByteArray v = value.toByteArray().trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = v.toDouble(&ok); // some servers send "1.5"
    // toDouble also reads "nan" and "inf": NaN is no wait at all (and would
    // pass the cap, then be converted to int); infinity is the longest wait.
    if (ok)
        return std::isnan(seconds) || seconds < 0 ? -1
                                                  : int(std::min(seconds * 1000.0, 24.0 * 3600.0 * 1000.0));
    // RFC 9110 IMF-fixdate, always English and GMT.
    const QString text = QString::fromLatin1(v);
    QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    const qint64 ms = nowUtc.msecsTo(when);
    return int(std::clamp<qint64>(ms, 0, 24LL * 3600 * 1000));
}

} // namespace sn::advisor
