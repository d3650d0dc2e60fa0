#pragma once

#include "core/common/Result.h"
#include "core/news/FeedFetcher.h"
#include "core/workspace/NewsService.h"

#include <QString>
#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace sn {

class Workspace;

// A news source the analyst keeps: an RSS/Atom feed URL (or a feed or CSV
// file on disk), the symbol it is about when it is a per-symbol feed, and
// whether "Refresh news" reads it.
struct NewsFeed
{
    QString url;
    QString symbol; // empty: a general feed, items mapped by cashtags and names
    bool enabled = true;

    bool operator==(const NewsFeed &) const = default;
};

// The stored feed list (docs/sentiment.md), shared by the desktop app's
// Preferences > News feeds and "Refresh news" and by `supernova-cli news
// ingest` with no source. Kept as one JSON setting (kSettingKey) through
// SettingsService, so a save is one write, announced as a Setting change
// with that key. Reading the feeds goes through NewsService, one
// transaction per feed.
class NewsFeedService
{
public:
    explicit NewsFeedService(const Workspace &workspace);

    static constexpr const char *kSettingKey = "news.feeds";

    // The stored list, in the analyst's order; empty when none was saved.
    Result<std::vector<NewsFeed>> feeds() const;
    // Checks every feed (see check()) and that no URL is listed twice for
    // the same symbol, then stores the list; nothing is stored on an error,
    // which names the feed by its position and URL.
    Result<void> setFeeds(std::vector<NewsFeed> feeds) const;
    // A feed's URL is http(s) with a host, or an absolute path of a file;
    // its symbol is empty or 1 to 64 characters without spaces. Returns the
    // feed tidied (trimmed, symbol upper-cased).
    static Result<NewsFeed> check(const NewsFeed &feed);

    // Reads one feed without storing anything: how many items it holds.
    // Fails as an ingest of it would (unreachable, HTTP error, not a feed).
    Result<int> test(const NewsFeed &feed, const news::FetchOptions &fetch = {}) const;

    struct FeedOutcome
    {
        NewsFeed feed;
        std::optional<NewsService::IngestReport> report; // set when it was read and stored
        QString error;                                   // set when it failed (English: logs, the CLI)
        QString userError;                               // the same in the reader's language
    };
    struct RefreshReport
    {
        std::vector<FeedOutcome> feeds; // every enabled feed read, in order
        bool cancelled = false;         // stopped before the last feed
        int stored() const;
        int failed() const;
    };
    // Reads every enabled feed in order through NewsService (one transaction
    // each). A feed that fails is reported and the others still run.
    // `progress(done, total, url)` is called before each feed; `cancel` is
    // looked at between feeds (a feed being read finishes or times out).
    using Progress = std::function<void(int done, int total, const QString &url)>;
    Result<RefreshReport> refresh(const Progress &progress = {}, const std::atomic<bool> *cancel = nullptr,
                                  const news::FetchOptions &fetch = {}) const;

private:
    const Workspace &m_workspace;
};

} // namespace sn
