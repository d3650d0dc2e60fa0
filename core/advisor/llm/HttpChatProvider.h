#pragma once

#include "core/advisor/llm/ChatProvider.h"
#include "core/advisor/llm/RetryPolicy.h"
#include "core/advisor/llm/SseParser.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace sn::advisor {

struct HttpProviderConfig
{
    QUrl baseUrl;   // e.g. https://api.openai.com/v1, http://127.0.0.1:11434/v1
    QString apiKey; // from SecretStore; empty for local servers that need none
    RetryPolicy retry;
    int firstByteTimeoutMs = 60000; // from sending to the first response bytes
    int idleTimeoutMs = 60000;      // longest silence between two chunks of the stream
    // Whether the endpoint costs nothing. Unset: guessed from the host
    // (loopback, private networks, *.local). Set it to false for a gateway on
    // this machine that forwards to a paid cloud model.
    std::optional<bool> local;
};

// What both vendors share: one POST per attempt, an SSE response read as it
// arrives, timeouts, retries before the first streamed token, error bodies,
// cancellation. Subclasses translate the request and the events.
class HttpChatProvider : public ChatProvider
{
    Q_OBJECT

public:
    // Waits `delayMs`, then runs `then` (tests replace it to keep time short
    // and to see the delays asked for).
    using Waiter = std::function<void(int delayMs, std::function<void()> then)>;

    HttpChatProvider(HttpProviderConfig config, QObject *parent = nullptr);
    ~HttpChatProvider() override;

    bool isLocal() const override;
    bool isBusy() const override { return m_busy; }
    void start(const ChatRequest &request) override;
    void cancel() override;

    const HttpProviderConfig &config() const { return m_config; }
    void setWaiter(Waiter waiter) { m_waiter = std::move(waiter); }
    void setClock(std::function<QDateTime()> nowUtc) { m_nowUtc = std::move(nowUtc); }
    void setRandom(std::function<double()> random01) { m_random01 = std::move(random01); }
    QNetworkAccessManager *network() const { return m_network; }

protected:
    // The endpoint's URL: baseUrl with `path` appended ("/chat/completions").
    QUrl endpoint(const QString &path) const;
    // The first 120 bytes of outside input, for error messages.
    static std::string preview(const QByteArray &bytes);
    // A streamed tool call's arguments: empty means {}; anything but a JSON
    // object is a ParseError "<what> not a JSON object" (`what` names the call
    // and ends in its verb), with the parser's complaint and the start of the text.
    static Result<QJsonObject> toolArguments(const QString &json, const std::string &what);
    virtual QNetworkRequest makeRequest(const ChatRequest &request) const = 0;
    virtual QByteArray makeBody(const ChatRequest &request) const = 0;
    // A fresh attempt begins: forget everything streamed so far.
    virtual void beginStream() = 0;
    virtual Result<void> onEvent(const SseEvent &event) = 0;
    // The vendor's end-of-stream marker arrived ([DONE], message_stop).
    virtual bool streamComplete() const = 0;
    // Fills tool calls and the stop reason once the stream is complete.
    virtual Result<void> completeMessage(ChatResult &result) = 0;
    // The vendor's message from an HTTP error body, or empty.
    virtual QString errorMessageFromBody(const QByteArray &body) const = 0;
    virtual QString vendorName() const = 0; // "OpenAI-compatible", "Anthropic"

    // For subclasses while streaming.
    void emitText(const QString &text);
    void markStreamed(); // something the user could see arrived (a tool call)
    TokenUsage &usage() { return m_usage; }

private:
    void sendAttempt();
    void onReadyRead();
    void onReplyFinished();
    void onTimeout(bool idle);
    void abortWith(Error error);
    void failAttempt(Error error, bool retryable, int retryAfterMs);
    void finishOk();
    void finishFailed(const Error &error);
    ChatResult currentResult() const;
    void dropReply();

    HttpProviderConfig m_config;
    QNetworkAccessManager *m_network = nullptr;
    Waiter m_waiter;
    std::function<QDateTime()> m_nowUtc;
    std::function<double()> m_random01;

    ChatRequest m_request;
    QByteArray m_body;
    QPointer<QNetworkReply> m_reply;
    SseParser m_parser;
    QTimer m_firstByteTimer;
    QTimer m_idleTimer;
    QElapsedTimer m_clock;
    QByteArray m_errorBody;
    std::optional<Error> m_abortError; // why we aborted the reply ourselves
    QString m_text;
    TokenUsage m_usage;
    qint64 m_firstTokenMs = -1;
    int m_attempt = 0;
    quint64 m_generation = 0; // bumps on every start/cancel so stale retry waits do nothing
    bool m_busy = false;
    bool m_streamed = false;
    bool m_gotBytes = false;
};

} // namespace sn::advisor
