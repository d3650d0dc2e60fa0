#include "core/news/FeedFetcher.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace sn::news {

Result<QByteArray> fetchFeed(const QUrl &url, const FetchOptions &options)
{
    const std::string where = "feed " + url.toDisplayString().toStdString();
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return makeError(ErrorCode::InvalidArgument, "not an http(s) address", where);
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
        return makeError(
            ErrorCode::InvalidArgument,
            "the feed is larger than " + std::to_string(options.maxBytes / (1024 * 1024)) + " MB", where);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::OperationCanceledError ||
        reply->error() == QNetworkReply::TimeoutError)
        return makeError(ErrorCode::Unavailable,
                         "no answer within " + std::to_string(options.timeoutMs / 1000) + " s", where);
    if (status != 0 && (status < 200 || status >= 300))
        return makeError(
            ErrorCode::Unavailable,
            "the server answered HTTP " + std::to_string(status) + " " +
                reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().toStdString(),
            where);
    if (reply->error() != QNetworkReply::NoError)
        return makeError(ErrorCode::Unavailable, reply->errorString().toStdString(), where);
    return reply->readAll();
}

} // namespace sn::news
