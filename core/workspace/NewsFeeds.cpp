#include "core/workspace/NewsFeeds.h"

#include "core/workspace/SettingsService.h"
#include "core/workspace/Workspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
#include <QUrl>

namespace sn {

namespace {

const QString kKey = QString::fromLatin1(NewsFeedService::kSettingKey);

// "news feed 3 (https://...)": the place of a feed in the list, in English and for people.
Error atFeed(const Error &e, int index, const QString &url)
{
    const std::string n = std::to_string(index + 1);
    if (url.isEmpty())
        return e.withContext(SN_TEXT("sn::News", "news feed %1 (no URL)"), {n});
    return e.withContext(SN_TEXT("sn::News", "news feed %1 (%2)"), {n, url.toStdString()});
}

// The same, for a feed of the stored list (the setting that holds it named first).
Error atStoredFeed(const Error &e, int index, const QString &url)
{
    const std::string n = std::to_string(index + 1);
    if (url.isEmpty())
        return e.withContext(SN_TEXT("sn::News", "setting %1, news feed %2 (no URL)"),
                             {kKey.toStdString(), n});
    return e.withContext(SN_TEXT("sn::News", "setting %1, news feed %2 (%3)"),
                         {kKey.toStdString(), n, url.toStdString()});
}

} // namespace

int NewsFeedService::RefreshReport::stored() const
{
    int n = 0;
    for (const FeedOutcome &f : feeds)
        n += f.report ? f.report->stored : 0;
    return n;
}

int NewsFeedService::RefreshReport::failed() const
{
    int n = 0;
    for (const FeedOutcome &f : feeds)
        n += f.report ? 0 : 1;
    return n;
}

NewsFeedService::NewsFeedService(const Workspace &workspace) : m_workspace(workspace) {}

Result<NewsFeed> NewsFeedService::check(const NewsFeed &feed)
{
    NewsFeed out{feed.url.trimmed(), feed.symbol.trimmed().toUpper(), feed.enabled};
    if (out.url.isEmpty())
        return Error(ErrorCode::InvalidArgument, SN_TEXT("sn::News", "the feed has no URL"), {},
                     std::string(), "url");
    const bool web = out.url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
                     out.url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
    if (web) {
        const QUrl url(out.url, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return Error(ErrorCode::InvalidArgument,
                         SN_TEXT("sn::News", "'%1' is not a valid http(s) address"), {out.url.toStdString()},
                         std::string(), "url");
    } else if (!QDir::isAbsolutePath(out.url) || out.url.contains(QLatin1String("://"))) {
        return Error(ErrorCode::InvalidArgument,
                     SN_TEXT("sn::News", "'%1' is neither an http(s) address nor an absolute file path"),
                     {out.url.toStdString()}, std::string(), "url");
    }
    if (!out.symbol.isEmpty() && (out.symbol.size() > 64 || out.symbol.contains(QLatin1Char(' '))))
        return Error(ErrorCode::InvalidArgument,
                     SN_TEXT("sn::News", "'%1' is not a symbol (1 to 64 characters, no spaces)"),
                     {out.symbol.toStdString()}, std::string(), "symbol");
    return out;
}

Result<std::vector<NewsFeed>> NewsFeedService::feeds() const
{
    auto text = SettingsService(m_workspace).value(kKey, QString());
    if (!text)
        return text.error();
    std::vector<NewsFeed> out;
    if (text->trimmed().isEmpty())
        return out;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text->toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return Error(ErrorCode::InvalidArgument,
                     SN_TEXT("sn::News", "the stored feed list is not a JSON array: %1"),
                     {error.errorString().toStdString()}, "setting " + kKey.toStdString())
            .at(SN_TEXT("sn::News", "setting %1"), {kKey.toStdString()});
    const QJsonArray array = doc.array();
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        auto feed =
            check({o.value(QStringLiteral("url")).toString(), o.value(QStringLiteral("symbol")).toString(),
                   o.value(QStringLiteral("enabled")).toBool(true)});
        if (!feed)
            return atStoredFeed(feed.error(), i, o.value(QStringLiteral("url")).toString());
        out.push_back(*feed);
    }
    return out;
}

Result<void> NewsFeedService::setFeeds(std::vector<NewsFeed> feeds) const
{
    QJsonArray array;
    QSet<QString> seen;
    for (int i = 0; i < int(feeds.size()); ++i) {
        auto feed = check(feeds[std::size_t(i)]);
        if (!feed)
            return atFeed(feed.error(), i, feeds[std::size_t(i)].url);
        const QString key = feed->url + QLatin1Char('\n') + feed->symbol;
        if (seen.contains(key)) {
            Error twice = feed->symbol.isEmpty()
                              ? Error(ErrorCode::InvalidArgument, SN_TEXT("sn::News", "listed twice"), {},
                                      std::string(), "url")
                              : Error(ErrorCode::InvalidArgument, SN_TEXT("sn::News", "listed twice for %1"),
                                      {feed->symbol.toStdString()}, std::string(), "url");
            return atFeed(twice, i, feed->url);
        }
        seen.insert(key);
        QJsonObject o{{QStringLiteral("url"), feed->url}, {QStringLiteral("enabled"), feed->enabled}};
        if (!feed->symbol.isEmpty())
            o.insert(QStringLiteral("symbol"), feed->symbol);
        array.append(o);
    }
    const SettingsService settings(m_workspace);
    if (array.isEmpty())
        return settings.remove(kKey);
    return settings.set(kKey, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

Result<int> NewsFeedService::test(const NewsFeed &feed, const news::FetchOptions &fetch) const
{
    auto checked = check(feed);
    if (!checked)
        return checked.error();
    auto read = NewsService::readSource(checked->url, fetch);
    if (!read)
        return read.error();
    return int(read->items.size());
}

Result<NewsFeedService::RefreshReport> NewsFeedService::refresh(const Progress &progress,
                                                                const std::atomic<bool> *cancel,
                                                                const news::FetchOptions &fetch) const
{
    auto list = feeds();
    if (!list)
        return list.error();
    std::vector<NewsFeed> enabled;
    for (const NewsFeed &f : *list)
        if (f.enabled)
            enabled.push_back(f);
    RefreshReport report;
    const NewsService news(m_workspace);
    for (std::size_t i = 0; i < enabled.size(); ++i) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        if (progress)
            progress(int(i), int(enabled.size()), enabled[i].url);
        FeedOutcome outcome{enabled[i], std::nullopt, {}, {}};
        auto r = news.ingestSource(enabled[i].url, enabled[i].symbol, fetch);
        if (r)
            outcome.report = std::move(r).value();
        else {
            outcome.error = QString::fromStdString(r.error().toString());
            outcome.userError = QString::fromStdString(r.error().toUserString());
        }
        report.feeds.push_back(std::move(outcome));
    }
    if (progress && !report.cancelled)
        progress(int(enabled.size()), int(enabled.size()), QString());
    return report;
}

} // namespace sn
