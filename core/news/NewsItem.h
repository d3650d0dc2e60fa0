#pragma once

#include "core/common/Time.h"

#include <QString>
#include <QStringList>

namespace sn::news {

// How an item came to be linked to a symbol.
enum class SymbolSource
{
    Feed,
    Cashtag,
    CompanyName,
    File
};

struct SymbolLink
{
    QString symbol;
    SymbolSource source = SymbolSource::Feed;
    bool operator==(const SymbolLink &) const = default;
};

const char *symbolSourceName(SymbolSource source);

// VADER's four numbers for one text (docs/sentiment.md): compound in
// [-1, 1], the other three proportions that sum to about 1.
struct SentimentScore
{
    double negative = 0;
    double neutral = 0;
    double positive = 0;
    double compound = 0;
    bool operator==(const SentimentScore &) const = default;
};

// One headline as read from a feed or a file, before or after storage.
struct NewsItem
{
    qint64 id = 0;   // 0 until stored
    QString title;   // plain text: tags stripped, entities decoded
    QString link;    // as given (http/https), may be empty
    QString summary; // plain text, may be empty
    QString source;  // the feed's title or the file name
    QString guid;    // the feed's own id when it has one
    TimestampMs publishedAt = 0;
    bool dateEstimated = false; // the feed gave no usable date: publishedAt is when it was read
    int line = 0;               // where it starts in the feed or file, for messages
    QList<SymbolLink> symbols;
    SentimentScore score;
};

} // namespace sn::news

namespace sn::news {

// One hour or day of one symbol's news, as computed in SQL
// (NewsRepository::aggregate): how many items, their mean compound score,
// and the shares at or beyond VADER's +-0.05 thresholds.
struct SentimentBucket
{
    TimestampMs start = 0; // UTC, on the hour or at midnight
    qint64 count = 0;
    double meanCompound = 0;
    double sharePositive = 0;
    double shareNegative = 0;
};

} // namespace sn::news
