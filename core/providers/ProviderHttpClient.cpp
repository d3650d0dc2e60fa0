#include "core/providers/ProviderHttpClient.h"

#include "core/common/Log.h"

#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <algorithm>
#include <cmath>

namespace sn {

namespace {

const log::Category lc("supernova.providers.http");

std::string s(const QString &text)
{
    return text.toStdString();
}

void eventLoopSleep(std::chrono::milliseconds wait)
{
    QEventLoop loop;
    QTimer::singleShot(wait, &loop, &QEventLoop::quit);
    loop.exec();
}

bool isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

// What a person reads when a vendor gave no answer at all: what happened, in
// a few classes of Qt's network errors, and what to do. Qt's own text
// ("Connection refused") stays in the English message for the logs.
TextKey noAnswerText(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::ProxyConnectionRefusedError:
        return SN_TEXT("sn::ProviderHttp",
                       "%1: no answer from %2 after %3 attempt(s): the server refused the connection. The "
                       "service may be down or blocked by a firewall; try again later, or check the address "
                       "in Preferences > Data providers. Data already stored stays available.");
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyNotFoundError:
        return SN_TEXT("sn::ProviderHttp",
                       "%1: no answer from %2 after %3 attempt(s): the server's name could not be looked "
                       "up. This computer seems to have no network connection; connect it and try again. "
                       "Data already stored stays available.");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::ProxyTimeoutError:
        return SN_TEXT("sn::ProviderHttp",
                       "%1: no answer from %2 after %3 attempt(s): the server did not answer in time. The "
                       "network or the service is slow or unreachable; try again later. Data already "
                       "stored stays available.");
    case QNetworkReply::RemoteHostClosedError:
        return SN_TEXT("sn::ProviderHttp",
                       "%1: no answer from %2 after %3 attempt(s): the server closed the connection before "
                       "answering. Try again later. Data already stored stays available.");
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return SN_TEXT("sn::ProviderHttp",
                       "%1: no answer from %2 after %3 attempt(s): no secure connection could be made "
                       "(certificate or redirect refused). Check the address in Preferences > Data "
                       "providers, and the system's date and time.");
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return SN_TEXT("sn::ProviderHttp",
                       "%1: no answer from %2 after %3 attempt(s): the network's proxy asks for a login. "
                       "Check the system's proxy settings.");
    default:
        return SN_TEXT("sn::ProviderHttp",
                       "%1: no answer from %2 after %3 attempt(s): the network connection failed. Check "
                       "that this computer is online, then try again. Data already stored stays "
                       "available.");
    }
}

} // namespace

Error explainedError(ErrorCode code, std::string english, TextKey text,
                     std::initializer_list<std::string_view> args, std::string context, std::string field)
{
    Error e(code, std::move(english), std::move(context), std::move(field));
    return std::move(explain(e, text, args));
}

Error &explain(Error &e, TextKey text, std::initializer_list<std::string_view> args)
{
    std::string reader = translatedText(text, args);
    e.userMessage = reader == e.message ? std::string() : std::move(reader);
    return e;
}

bool CircuitBreaker::allows(qint64 nowMs) const
{
    return m_failures < m_threshold || nowMs >= m_openUntil;
}

void CircuitBreaker::recordSuccess()
{
    m_failures = 0;
    m_openUntil = 0;
}

void CircuitBreaker::recordFailure(qint64 nowMs)
{
    ++m_failures;
    if (m_failures >= m_threshold)
        m_openUntil = nowMs + m_cooldown.count();
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Result<int> MemoryQuotaStore::used(const QString &provider, const QString &day)
{
    return m_counts.value(provider + QLatin1Char('/') + day, 0);
}

Result<void> MemoryQuotaStore::add(const QString &provider, const QString &day, int requests)
{
    m_counts[provider + QLatin1Char('/') + day] += requests;
    return {};
}

QString quotaDay(qint64 nowMs)
{
    return QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date().toString(Qt::ISODate);
}

ProviderHttpClient::ProviderHttpClient(QString provider, ProviderLimits limits, HttpEnvironment environment)
    : m_provider(std::move(provider)), m_limits(limits), m_env(std::move(environment)),
      m_breaker(std::max(1, limits.breakerThreshold), limits.breakerCooldown)
{
    if (!m_env.nowMs)
        m_env.nowMs = [] { return QDateTime::currentMSecsSinceEpoch(); };
    if (!m_env.sleep)
        m_env.sleep = eventLoopSleep;
    if (!m_env.quota)
        m_env.quota = &m_memoryQuota;
}

qint64 ProviderHttpClient::now() const
{
    return m_env.nowMs();
}

Result<void> ProviderHttpClient::takeQuota(const QString &what)
{
    const QString day = quotaDay(now());
    if (m_limits.dailyQuota > 0) {
        auto used = m_env.quota->used(m_provider, day);
        if (!used)
            return used.error().withContext(s(m_provider) + ": daily quota");
        if (*used >= m_limits.dailyQuota)
            return Error(
                ErrorCode::Unavailable,
                SN_TEXT("sn::ProviderHttp",
                        "%1: daily quota spent (%2 of %3 requests on %4 UTC); %5 was not fetched. "
                        "It resets at midnight UTC; the quota is set in Preferences > Data "
                        "providers."),
                {s(m_provider), std::to_string(*used), std::to_string(m_limits.dailyQuota), s(day), s(what)},
                s(what));
    }
    return m_env.quota->add(m_provider, day, 1);
}

void ProviderHttpClient::waitForRateLimit()
{
    if (m_limits.requestsPerMinute <= 0)
        return;
    const qint64 minute = 60'000;
    qint64 t = now();
    while (!m_recent.empty() && m_recent.front() <= t - minute)
        m_recent.pop_front();
    if (static_cast<int>(m_recent.size()) >= m_limits.requestsPerMinute) {
        const qint64 wait = m_recent.front() + minute - t;
        lc.info("{}: {} requests in the last minute; waiting {} ms", s(m_provider), m_recent.size(), wait);
        m_env.sleep(std::chrono::milliseconds(wait));
        t = now();
        while (!m_recent.empty() && m_recent.front() <= t - minute)
            m_recent.pop_front();
    }
    m_recent.push_back(t);
}

std::chrono::milliseconds ProviderHttpClient::backoff(int attempt) const
{
    const auto factor = static_cast<qint64>(1) << std::min(attempt, 16);
    return std::chrono::milliseconds(m_limits.backoffBase.count() * factor);
}

std::optional<std::chrono::milliseconds> ProviderHttpClient::retryAfter(const HttpReply &reply) const
{
    const QByteArray value = reply.header("Retry-After").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    // Clamped before the multiplication: a vendor's (or a proxy's) absurd
    // value must read as a very long wait, not overflow into a short one.
    constexpr qint64 kLongestSeconds = qint64(100) * 365 * 24 * 3600;
    if (isNumber)
        return std::chrono::milliseconds(std::clamp<qint64>(seconds, 0, kLongestSeconds) * 1000);
    // RFC 9110: an IMF-fixdate such as "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(std::max<qint64>(0, at.toMSecsSinceEpoch() - now()));
}

Result<HttpReply> ProviderHttpClient::get(const QNetworkRequest &request, const QString &what,
                                          const std::atomic<bool> *cancel)
{
    const std::string who = s(m_provider);
    if (!m_breaker.allows(now())) {
        const QString until =
            QDateTime::fromMSecsSinceEpoch(m_breaker.openUntilMs(), Qt::UTC).toString(Qt::ISODate);
        return Error(ErrorCode::Unavailable,
                     SN_TEXT("sn::ProviderHttp",
                             "%1: not asked (circuit breaker open after %2 failed calls in a row; next try "
                             "after %3)"),
                     {who, std::to_string(m_breaker.consecutiveFailures()), s(until)}, s(what));
    }

    QNetworkRequest req(request);
    req.setTransferTimeout(static_cast<int>(m_limits.timeout.count()));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    req.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("SuperNova-Desktop"));

    QNetworkAccessManager manager; // lives on the calling thread, like the loop below
    QString lastProblem;
    QString lastServer; // host:port, or the host of a 5xx
    int lastStatus = 0;
    QNetworkReply::NetworkError lastError = QNetworkReply::NoError;
    for (int attempt = 0; attempt <= m_limits.maxRetries; ++attempt) {
        if (cancel && cancel->load())
            return Error(ErrorCode::Cancelled, SN_TEXT("sn::ProviderHttp", "%1: cancelled"), {who}, s(what));
        if (auto quota = takeQuota(what); !quota)
            return quota.error();
        waitForRateLimit();
        ++m_attempts;

        QNetworkReply *reply = manager.get(req);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();

        HttpReply answer;
        answer.url = req.url();
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError netError = reply->error();
        const QString netText = reply->errorString();
        if (answer.status != 0) {
            answer.body = reply->readAll();
            for (const auto &pair : reply->rawHeaderPairs())
                answer.headers.append(pair);
        }
        reply->deleteLater();

        if (answer.status == 0) {
            // A vendor URL carries no port: name the one the scheme implies.
            const int defaultPort = req.url().scheme() == QLatin1String("https") ? 443 : 80;
            lastServer = req.url().host() + QLatin1Char(':') + QString::number(req.url().port(defaultPort));
            lastStatus = 0;
            lastError = netError;
            lastProblem = QStringLiteral("no answer from ") + lastServer + QStringLiteral(" (") + netText +
                          QLatin1Char(')');
            if (!isRetryableNetworkError(netError))
                break;
            lc.warn("{}: {} (attempt {} of {})", who, s(lastProblem), attempt + 1, m_limits.maxRetries + 1);
            if (attempt < m_limits.maxRetries)
                m_env.sleep(backoff(attempt));
            continue;
        }
        if (answer.status == 429) {
            const auto wait = retryAfter(answer);
            if (wait && *wait > m_limits.maxRetryAfter) {
                m_breaker.recordSuccess(); // the vendor answered; it is not down
                return Error(ErrorCode::Unavailable,
                             SN_TEXT("sn::ProviderHttp",
                                     "%1: rate limited; the vendor asks to wait %2 s, longer than the %3 s "
                                     "allowed"),
                             {who, std::to_string(wait->count() / 1000),
                              std::to_string(m_limits.maxRetryAfter.count() / 1000)},
                             s(what));
            }
            if (attempt == m_limits.maxRetries) {
                m_breaker.recordSuccess();
                return answer; // the provider explains the vendor's 429 body (quota, plan)
            }
            const auto delay = wait ? *wait : backoff(attempt);
            lc.info("{}: 429 Too Many Requests; waiting {} ms ({})", who, delay.count(),
                    wait ? "Retry-After" : "backoff");
            m_env.sleep(delay);
            continue;
        }
        if (answer.status >= 500) {
            lastServer = req.url().host();
            lastStatus = answer.status;
            lastProblem = QStringLiteral("HTTP ") + QString::number(answer.status) +
                          QStringLiteral(" from ") + lastServer;
            lc.warn("{}: {} (attempt {} of {})", who, s(lastProblem), attempt + 1, m_limits.maxRetries + 1);
            if (attempt < m_limits.maxRetries) {
                const auto wait = retryAfter(answer);
                m_env.sleep(wait && *wait <= m_limits.maxRetryAfter ? *wait : backoff(attempt));
            }
            continue;
        }
        m_breaker.recordSuccess();
        return answer;
    }
    m_breaker.recordFailure(now());
    const std::string attempts = std::to_string(m_limits.maxRetries + 1);
    const std::string english = who + ": " + s(lastProblem) + " after " + attempts + " attempt(s)";
    if (lastStatus >= 500)
        return explainedError(ErrorCode::Unavailable, english,
                              SN_TEXT("sn::ProviderHttp",
                                      "%1: the server %2 answered with an error (HTTP %3) %4 time(s) in a "
                                      "row. The service has trouble at the moment; try again later. Data "
                                      "already stored stays available."),
                              {who, s(lastServer), std::to_string(lastStatus), attempts}, s(what));
    return explainedError(ErrorCode::Unavailable, english, noAnswerText(lastError),
                          {who, s(lastServer), attempts}, s(what));
}

} // namespace sn
