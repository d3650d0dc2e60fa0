#include "core/advisor/llm/HttpChatProvider.h"

#include "core/common/Log.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <string>

namespace sn::advisor {

namespace {

const sn::log::Category lc("supernova.advisor.llm");

constexpr qsizetype kMaxErrorBody = 64 * 1024;

ErrorCode codeForStatus(int status)
{
    if (status == 401 || status == 403)
        return ErrorCode::AccessDenied;
    if (status == 404)
        return ErrorCode::NotFound;
    if (status == 400 || status == 413 || status == 422)
        return ErrorCode::InvalidArgument;
    return ErrorCode::Unavailable; // 408, 409, 429, 5xx and anything odd
}

bool inPrivateRange(const QHostAddress &a)
{
    static const std::pair<QHostAddress, int> ranges[] = {
        {QHostAddress(QStringLiteral("10.0.0.0")), 8},     {QHostAddress(QStringLiteral("172.16.0.0")), 12},
        {QHostAddress(QStringLiteral("192.168.0.0")), 16}, {QHostAddress(QStringLiteral("169.254.0.0")), 16},
        {QHostAddress(QStringLiteral("fc00::")), 7},       {QHostAddress(QStringLiteral("fe80::")), 10},
    };
    for (const auto &[net, bits] : ranges) {
        if (a.isInSubnet(net, bits))
            return true;
    }
    return false;
}

} // namespace

HttpChatProvider::HttpChatProvider(HttpProviderConfig config, QObject *parent)
    : ChatProvider(parent), m_config(std::move(config)), m_network(new QNetworkAccessManager(this))
{
    // The key must never reach a log line, whatever a caller or Qt prints.
    if (!m_config.apiKey.isEmpty())
        sn::log::registerSecret(m_config.apiKey.toStdString());
    m_waiter = [this](int delayMs, std::function<void()> then) {
        QTimer::singleShot(delayMs, this, std::move(then));
    };
    m_nowUtc = [] { return QDateTime::currentDateTimeUtc(); };
    m_random01 = [] { return QRandomGenerator::global()->generateDouble(); };
    m_firstByteTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(&m_firstByteTimer, &QTimer::timeout, this, [this] { onTimeout(false); });
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { onTimeout(true); });
}

HttpChatProvider::~HttpChatProvider()
{
    ++m_generation;
    dropReply();
}

bool HttpChatProvider::isLocal() const
{
    if (m_config.local)
        return *m_config.local;
    const QString host = m_config.baseUrl.host().toLower();
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")) ||
        host.endsWith(QLatin1String(".local")))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && (address.isLoopback() || inPrivateRange(address));
}

std::string HttpChatProvider::preview(const QByteArray &bytes)
{
    std::string s = bytes.left(120).toStdString();
    if (bytes.size() > 120)
        s.append("...");
    return s;
}

Result<QJsonObject> HttpChatProvider::toolArguments(const QString &json, const std::string &what)
{
    if (json.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &perr);
    if (doc.isObject())
        return doc.object();
    std::string msg = what;
    msg.append(" not a JSON object");
    if (perr.error != QJsonParseError::NoError)
        msg.append(": ")
            .append(perr.errorString().toStdString())
            .append(" at offset ")
            .append(std::to_string(perr.offset));
    msg.append(": ").append(preview(json.toUtf8()));
    return makeError(ErrorCode::ParseError, std::move(msg));
}

QUrl HttpChatProvider::endpoint(const QString &path) const
{
    QUrl url = m_config.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

void HttpChatProvider::start(const ChatRequest &request)
{
    if (m_busy) {
        emit failed(makeError(ErrorCode::Conflict, "a request is already running on this provider",
                              vendorName().toStdString()),
                    ChatResult{});
        return;
    }
    m_busy = true;
    ++m_generation;
    m_request = request;
    m_body = makeBody(m_request);
    m_attempt = 0;
    m_clock.start();
    sendAttempt();
}

void HttpChatProvider::sendAttempt()
{
    ++m_attempt;
    beginStream();
    m_parser.reset();
    m_text.clear();
    m_usage = {};
    m_firstTokenMs = -1;
    m_streamed = false;
    m_gotBytes = false;
    m_errorBody.clear();

    QNetworkRequest req = makeRequest(m_request);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Accept", "text/event-stream");
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    m_reply = m_network->post(req, m_body);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpChatProvider::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpChatProvider::onReplyFinished);
    m_firstByteTimer.start(m_config.firstByteTimeoutMs);
}

void HttpChatProvider::onReadyRead()
{
    if (!m_reply)
        return;
    if (!m_gotBytes) {
        m_gotBytes = true;
        m_firstByteTimer.stop();
    }
    m_idleTimer.start(m_config.idleTimeoutMs);
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = m_reply->readAll();
    if (status < 200 || status >= 300) {
        if (m_errorBody.size() < kMaxErrorBody)
            m_errorBody.append(bytes.left(kMaxErrorBody - m_errorBody.size()));
        return;
    }
    const std::string where = vendorName().toStdString() + " stream";
    if (Result<void> fed = m_parser.feed(bytes); !fed.ok()) {
        abortWith(fed.error().withContext(where));
        return;
    }
    const quint64 generation = m_generation;
    for (const SseEvent &event : m_parser.takeEvents()) {
        Result<void> handled = onEvent(event);
        if (generation != m_generation || !m_reply)
            return; // a slot cancelled us from inside textDelta()
        if (!handled.ok()) {
            abortWith(handled.error().withContext(where));
            return;
        }
    }
}

void HttpChatProvider::onReplyFinished()
{
    if (!m_reply)
        return;
    m_firstByteTimer.stop();
    m_idleTimer.stop();
    QNetworkReply *reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->bytesAvailable() > 0) {
        const quint64 generation = m_generation;
        onReadyRead();
        if (generation != m_generation || m_reply != reply)
            return;
    }
    const std::string where = vendorName().toStdString() + " " + reply->url().toString().toStdString();

    if (status >= 300) {
        QString message = errorMessageFromBody(m_errorBody);
        if (message.isEmpty())
            message = QString::fromUtf8(m_errorBody.left(300)).trimmed();
        if (message.isEmpty())
            message = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        const int retryAfterMs = RetryPolicy::parseRetryAfterMs(reply->rawHeader("Retry-After"), m_nowUtc());
        std::string text = "HTTP ";
        text.append(std::to_string(status)).append(": ").append(message.toStdString());
        dropReply();
        failAttempt(makeError(codeForStatus(status), std::move(text), where),
                    RetryPolicy::isRetryableStatus(status), retryAfterMs);
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        // Qt's own words for the network error (Qt translates them itself).
        const std::string qtSays = reply->errorString().toStdString();
        Error e = m_gotBytes ? makeError(ErrorCode::Unavailable,
                                         SN_TEXT("sn::advisor::HttpChatProvider",
                                                 "%1 (the stream broke after %2 characters)"),
                                         {qtSays, std::to_string(m_text.size())}, where)
                             : makeError(ErrorCode::Unavailable, qtSays, where);
        dropReply();
        failAttempt(std::move(e), true, -1);
        return;
    }
    if (!streamComplete()) {
        dropReply();
        failAttempt(makeError(ErrorCode::Unavailable,
                              SN_TEXT("sn::advisor::HttpChatProvider",
                                      "the server closed the stream before its end marker"),
                              {}, where),
                    true, -1);
        return;
    }
    dropReply();
    finishOk();
}

void HttpChatProvider::onTimeout(bool idle)
{
    if (!m_reply)
        return;
    const std::string where = vendorName().toStdString() + " " + m_reply->url().toString().toStdString();
    Error e = idle ? makeError(ErrorCode::Unavailable,
                               SN_TEXT("sn::advisor::HttpChatProvider",
                                       "the stream was silent for longer than %1 ms"),
                               {std::to_string(m_config.idleTimeoutMs)}, where)
                   : makeError(ErrorCode::Unavailable,
                               SN_TEXT("sn::advisor::HttpChatProvider", "no response within %1 ms"),
                               {std::to_string(m_config.firstByteTimeoutMs)}, where);
    dropReply();
    failAttempt(std::move(e), true, -1);
}

void HttpChatProvider::abortWith(Error error)
{
    // A broken event is not a transient failure: asking again would get the
    // same bytes from a deterministic server, and text may have streamed.
    dropReply();
    failAttempt(std::move(error), false, -1);
}

void HttpChatProvider::failAttempt(Error error, bool retryable, int retryAfterMs)
{
    if (retryable && !m_streamed && m_attempt < m_config.retry.maxAttempts) {
        const int delay = m_config.retry.delayMs(m_attempt, retryAfterMs, m_random01());
        lc.warn("{} (attempt {} of {}); retrying in {} ms", error.toString(), m_attempt,
                m_config.retry.maxAttempts, delay);
        emit retrying(m_attempt + 1, delay, QString::fromStdString(error.toString()));
        const quint64 generation = m_generation;
        m_waiter(delay, [this, generation] {
            if (generation == m_generation && m_busy)
                sendAttempt();
        });
        return;
    }
    if (retryable && !m_streamed && m_attempt > 1) {
        std::string message = error.message;
        message.append(" (gave up after ").append(std::to_string(m_attempt)).append(" attempts)");
        error.message = std::move(message);
    }
    finishFailed(error);
}

void HttpChatProvider::cancel()
{
    if (!m_busy)
        return;
    ++m_generation; // a pending retry wait now does nothing
    dropReply();
    finishFailed(makeError(ErrorCode::Cancelled,
                           SN_TEXT("sn::advisor::HttpChatProvider", "cancelled by the user"), {},
                           vendorName().toStdString()));
}

void HttpChatProvider::emitText(const QString &text)
{
    if (text.isEmpty())
        return;
    markStreamed();
    m_text += text;
    emit textDelta(text);
}

void HttpChatProvider::markStreamed()
{
    if (m_firstTokenMs < 0)
        m_firstTokenMs = m_clock.elapsed();
    m_streamed = true;
}

ChatResult HttpChatProvider::currentResult() const
{
    ChatResult result;
    result.message.role = Role::Assistant;
    result.message.text = m_text;
    result.usage = m_usage;
    result.latencyMs = m_clock.elapsed();
    result.firstTokenMs = m_firstTokenMs;
    result.attempts = m_attempt;
    return result;
}

void HttpChatProvider::finishOk()
{
    ChatResult result = currentResult();
    if (Result<void> done = completeMessage(result); !done.ok()) {
        finishFailed(done.error().withContext(vendorName().toStdString()));
        return;
    }
    m_busy = false;
    emit finished(result);
}

void HttpChatProvider::finishFailed(const Error &error)
{
    ChatResult partial = currentResult();
    partial.partial = m_streamed;
    partial.stopReason = error.code == ErrorCode::Cancelled ? StopReason::Cancelled : StopReason::Interrupted;
    lc.warn("{}", error.toString());
    m_busy = false;
    emit failed(error, partial);
}

void HttpChatProvider::dropReply()
{
    m_firstByteTimer.stop();
    m_idleTimer.stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace sn::advisor
