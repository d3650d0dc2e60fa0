#include "core/news/FeedFetcher.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace sn::news {

namespace {

// What a person reads when a feed's server gave no usable answer: what
// happened, by the class of Qt's network error, and what to do. Qt's own text
// ("Connection refused") stays in the English message for the logs.
TextKey networkProblem(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::ProxyConnectionRefusedError:
        return SN_TEXT("sn::News",
                       "the server refused the connection. It may be down or blocked by a firewall; check "
                       "the address, or try again later.");
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyNotFoundError:
        return SN_TEXT("sn::News",
                       "the server's name could not be looked up. This computer seems to have no network "
                       "connection, or the address is misspelt; check both and try again.");
    case QNetworkReply::RemoteHostClosedError:
        return SN_TEXT("sn::News", "the server closed the connection before answering. Try again later.");
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return SN_TEXT("sn::News",
                       "no secure connection could be made (certificate or redirect refused). Check the "
                       "address, and the system's date and time.");
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::ContentGoneError:
        return SN_TEXT("sn::News", "the server has no feed at this address. Check the address.");
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::AuthenticationRequiredError:
        return SN_TEXT("sn::News", "the server refuses access to this feed.");
    default:
        return SN_TEXT("sn::News",
                       "the network connection failed. Check that this computer is online, then try "
                       "again.");
    }
}

} // namespace

Result<QByteArray> fetchFeed(const QUrl &url, const FetchOptions &options)
{
    const std::string address = url.toDisplayString().toStdString();
    const std::string where = "feed " + address;
    const auto feedAt = SN_TEXT("sn::News", "feed %1");
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::News", "not an http(s) address"), {}, where)
            .at(feedAt, {address});
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("SuperNova news reader"));
    request.setRawHeader(
        "Accept",
        "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1");
    request.setTransferTimeout(options.timeoutMs);
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    bool tooLarge = false;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64) {
        if (received > options.maxBytes && !tooLarge) {
            tooLarge = true;
            reply->abort();
        }
    });
    loop.exec();
    reply->deleteLater();
    if (tooLarge)
        return makeError(ErrorCode::InvalidArgument, SN_TEXT("sn::News", "the feed is larger than %1 MB"),
                         {std::to_string(options.maxBytes / (1024 * 1024))}, where)
            .at(feedAt, {address});
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::OperationCanceledError ||
        reply->error() == QNetworkReply::TimeoutError)
        return makeError(ErrorCode::Unavailable, SN_TEXT("sn::News", "no answer within %1 s"),
                         {std::to_string(options.timeoutMs / 1000)}, where)
            .at(feedAt, {address});
    if (status != 0 && (status < 200 || status >= 300))
        return makeError(
                   ErrorCode::Unavailable, SN_TEXT("sn::News", "the server answered HTTP %1 %2"),
                   {std::to_string(status),
                    reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().toStdString()},
                   where)
            .at(feedAt, {address});
    if (reply->error() != QNetworkReply::NoError) {
        Error e = makeError(ErrorCode::Unavailable, reply->errorString().toStdString(), where);
        std::string reader = translatedText(networkProblem(reply->error()));
        if (reader != e.message)
            e.userMessage = std::move(reader);
        return e.at(feedAt, {address});
    }
    return reply->readAll();
}

} // namespace sn::news
