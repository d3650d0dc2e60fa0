#pragma once

#include "core/common/Result.h"
#include "core/news/NewsItem.h"

#include <QByteArray>
#include <QStringList>
#include <vector>

namespace sn::news {

struct ParsedFeed
{
    enum class Format
    {
        Rss2,
        Rdf,
        Atom
    };
    Format format = Format::Rss2;
    QString title;
    std::vector<NewsItem> items;
    // Things skipped or guessed, each naming the feed and line: an item with
    // neither title nor description, an unreadable date.
    QStringList warnings;
};

const char *feedFormatName(ParsedFeed::Format format);

// Reads an RSS 2.0, RSS 1.0 (RDF) or Atom 1.0 document. `name` is what
// messages call it (the URL or the file path); relative links are resolved
// against it when it is an http(s) URL. Items without a usable date get
// `readAt` and dateEstimated. Titles and summaries come out as plain text
// (CDATA, escaped HTML and entities handled). Not XML, or XML of another
// kind, is a ParseError naming the feed and the line.
Result<ParsedFeed> parseFeed(const QByteArray &document, const QString &name, TimestampMs readAt);

} // namespace sn::news
