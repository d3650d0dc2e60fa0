#pragma once

#include "core/common/Result.h"
#include "core/news/NewsItem.h"

#include <vector>

namespace sn {

class Database;

// News items, their scores and their symbols (tables news_items,
// news_item_symbols). Only NewsService (core/workspace) writes through it,
// inside its one transaction per ingest.
class NewsRepository
{
public:
    explicit NewsRepository(const Database &db) : m_db(db) {}

    struct Inserted
    {
        qint64 id = 0;
        bool created = false; // false: a stored story had the same link or title
        int symbolsAdded = 0; // links added to the new or the stored item
    };
    // Stores `item` (title, scores and symbols as given) unless the same
    // story is stored (same link, or same title within
    // news::kTitleWindowDays); then adds only the symbols the stored one lacks.
    // Run inside Database::transaction.
    Result<Inserted> insert(const news::NewsItem &item, const QString &scorer, TimestampMs ingestedAt);

    // Items about `symbol` published in [from, to), newest first, at most
    // `limit` (0: all). Each carries all its symbols.
    Result<std::vector<news::NewsItem>> list(const QString &symbol, TimestampMs from, TimestampMs to,
                                             int limit = 0);
    // Per-bucket figures for `symbol` over [from, to), oldest first; only
    // buckets with items. `bucketMs` is 3,600,000 (hour) or 86,400,000
    // (day, UTC). Computed by the database engine.
    Result<std::vector<news::SentimentBucket>> aggregate(const QString &symbol, TimestampMs from,
                                                         TimestampMs to, qint64 bucketMs);
    // How many items are stored (for tests and status lines).
    Result<qint64> count();

private:
    const Database &m_db;
};

} // namespace sn
