#pragma once

#include "core/common/Result.h"
#include "core/news/FeedFetcher.h"
#include "core/news/NewsItem.h"
#include "core/workspace/Change.h"

#include <QStringList>
#include <vector>

namespace sn {

class Database;
class Workspace;

// News and sentiment in the workspace (issue 15, docs/sentiment.md): reads
// feeds and headline files, links items to symbols, scores their headlines
// and stores them; lists a symbol's items and its hourly or daily sentiment.
// Ingesting is the guarded write path: items are read, mapped, scored and
// checked first, then written in one transaction (nothing is written when
// any item is refused), then a News change is announced.
class NewsService
{
public:
    explicit NewsService(const Workspace &workspace);

    struct IngestReport
    {
        QString source;           // the URL or file read
        int read = 0;             // items in the feed or file
        int repeatedInSource = 0; // dropped as repeats within it
        int stored = 0;           // new items written
        int alreadyStored = 0;    // the same story was stored before
        int symbolLinks = 0;      // item-symbol links written
        QStringList symbols;      // symbols of the items read, sorted
        QStringList warnings;     // items skipped or dates guessed, with feed:line
    };

    // `source` is an http(s) URL of an RSS or Atom feed, or a file: a feed,
    // or a CSV headline file when it ends in .csv. `feedSymbol` (may be
    // empty) is the symbol a per-symbol feed is about.
    Result<IngestReport> ingestSource(const QString &source, const QString &feedSymbol = {},
                                      const news::FetchOptions &fetch = {}) const;
    // Reads `source` as ingestSource() does, without storing anything: the
    // items (not yet mapped or scored) and the parser's warnings. Used to
    // test a feed before it is saved.
    struct ReadSource
    {
        std::vector<news::NewsItem> items;
        QStringList warnings;
    };
    static Result<ReadSource> readSource(const QString &source, const news::FetchOptions &fetch = {});
    // Ingests items already read; `source` names them in messages.
    Result<IngestReport> ingest(std::vector<news::NewsItem> items, const QString &source,
                                const QString &feedSymbol = {}) const;

    // Items about `symbol` (case-insensitive) published in [from, to),
    // newest first, at most `limit` (0: all).
    Result<std::vector<news::NewsItem>> list(const QString &symbol, TimestampMs from, TimestampMs to,
                                             int limit = 0) const;

    enum class Bucket
    {
        Hour,
        Day
    };
    // Count, mean compound score and shares positive / negative per UTC hour
    // or day with items, computed by the database.
    Result<std::vector<news::SentimentBucket>> sentiment(const QString &symbol, TimestampMs from,
                                                         TimestampMs to, Bucket bucket) const;

    // The scoring method stored with each item.
    static QString scorerName();

    // An item is refused (and the ingest with it) when its title is empty or
    // longer than this, its link is not http(s), it is dated before 1970 or
    // more than two days ahead, or a symbol is not 1 to 64 characters
    // without spaces.
    static constexpr int kMaxTitleLength = 2000;

private:
    const Database &m_db;
    ChangeHub &m_changes;
};

} // namespace sn
