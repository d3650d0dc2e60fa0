#include "core/news/FeedParser.h"

#include "core/news/FeedDates.h"
#include "core/news/TextCleanup.h"

#include <QUrl>
#include <QXmlStreamReader>
#include <optional>

namespace sn::news {

namespace {

const QLatin1String kAtomNs("http://www.w3.org/2005/Atom");
const QLatin1String kDublinCoreNs("http://purl.org/dc/elements/1.1/");

// A description used as a title when an RSS item has none is cut here: a
// headline, not an article.
constexpr int kTitleFromDescription = 200;

std::string where(const QString &name, qint64 line)
{
    return name.toStdString() + ":" + std::to_string(line);
}

struct Reader
{
    QXmlStreamReader xml;
    QString name;
    TimestampMs readAt = 0;
    ParsedFeed feed;

    QString text() { return xml.readElementText(QXmlStreamReader::IncludeChildElements); }

    QString resolve(const QString &link) const
    {
        QString l = link.trimmed(); // not const: returned, so moved
        if (l.isEmpty())
            return l;
        const QUrl url(l);
        if (!url.isRelative())
            return l;
        const QUrl base(name);
        if (base.scheme() == QLatin1String("http") || base.scheme() == QLatin1String("https"))
            return base.resolved(url).toString();
        return l;
    }

    void warn(qint64 line, const QString &message)
    {
        feed.warnings << QString::fromStdString(where(name, line)) + QStringLiteral(": ") + message;
    }

    void finishItem(NewsItem &item, const QString &description, const std::optional<QString> &dateText)
    {
        item.summary = htmlToText(description);
        if (item.title.isEmpty() && !item.summary.isEmpty()) {
            item.title = item.summary.left(kTitleFromDescription);
            if (item.summary.size() > kTitleFromDescription)
                item.title += QChar(0x2026);
        }
        if (item.title.isEmpty()) {
            warn(item.line, QStringLiteral("item has neither a title nor a description; skipped"));
            return;
        }
        item.source = feed.title;
        item.publishedAt = readAt;
        item.dateEstimated = true;
        if (dateText) {
            if (auto t = parseFeedDate(*dateText)) {
                item.publishedAt = *t;
                item.dateEstimated = false;
            } else {
                warn(item.line, QStringLiteral("unreadable date '%1'; using the time it was read")
                                    .arg(dateText->trimmed()));
            }
        }
        feed.items.push_back(std::move(item));
    }

    // <item> of RSS 2.0 and RSS 1.0.
    void rssItem()
    {
        NewsItem item;
        item.line = xml.lineNumber();
        QString description;
        QString encoded;
        std::optional<QString> date;
        while (xml.readNextStartElement()) {
            const auto n = xml.name();
            const bool dc = xml.namespaceUri() == kDublinCoreNs;
            if (n == QLatin1String("title") && !dc)
                item.title = htmlToText(text());
            else if (n == QLatin1String("link") && xml.namespaceUri() != kAtomNs)
                item.link = resolve(text()); // <atom:link rel="self"/> is not the story's link
            else if (n == QLatin1String("description"))
                description = text();
            else if (n == QLatin1String("encoded"))
                encoded = text();
            else if (n == QLatin1String("guid")) {
                const bool permalink =
                    xml.attributes().value(QLatin1String("isPermaLink")) != QLatin1String("false");
                item.guid = text().trimmed();
                if (permalink && item.link.isEmpty() && item.guid.startsWith(QLatin1String("http")))
                    item.link = item.guid;
            } else if (n == QLatin1String("pubDate") || (dc && n == QLatin1String("date"))) {
                const QString t = text();
                if (!date || n == QLatin1String("pubDate"))
                    date = t;
            } else
                xml.skipCurrentElement();
        }
        finishItem(item, description.isEmpty() ? encoded : description, date);
    }

    void atomEntry()
    {
        NewsItem item;
        item.line = xml.lineNumber();
        QString summary;
        QString content;
        std::optional<QString> published;
        std::optional<QString> updated;
        while (xml.readNextStartElement()) {
            const auto n = xml.name();
            if (n == QLatin1String("title")) {
                item.title = htmlToText(text());
            } else if (n == QLatin1String("link")) {
                const auto rel = xml.attributes().value(QLatin1String("rel"));
                const QString href = xml.attributes().value(QLatin1String("href")).toString();
                if ((rel.isEmpty() || rel == QLatin1String("alternate")) && item.link.isEmpty())
                    item.link = resolve(href);
                xml.skipCurrentElement();
            } else if (n == QLatin1String("summary")) {
                summary = text();
            } else if (n == QLatin1String("content")) {
                content = text();
            } else if (n == QLatin1String("published")) {
                published = text();
            } else if (n == QLatin1String("updated")) {
                updated = text();
            } else if (n == QLatin1String("id")) {
                item.guid = text().trimmed();
            } else {
                xml.skipCurrentElement();
            }
        }
        finishItem(item, summary.isEmpty() ? content : summary, published ? published : updated);
    }

    // <channel> of RSS 2.0 (items inside) or RSS 1.0 (items beside it).
    void channel()
    {
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("title"))
                feed.title = htmlToText(text());
            else if (xml.name() == QLatin1String("item"))
                rssItem();
            else if (xml.name() == QLatin1String("channel"))
                channel(); // RSS 1.0: the channel's title; its items are beside it
            else
                xml.skipCurrentElement();
        }
    }

    void atomFeed()
    {
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("title"))
                feed.title = htmlToText(text());
            else if (xml.name() == QLatin1String("entry"))
                atomEntry();
            else
                xml.skipCurrentElement();
        }
    }
};

} // namespace

const char *feedFormatName(ParsedFeed::Format format)
{
    switch (format) {
    case ParsedFeed::Format::Rss2:
        return "RSS 2.0";
    case ParsedFeed::Format::Rdf:
        return "RSS 1.0";
    case ParsedFeed::Format::Atom:
        return "Atom";
    }
    return "unknown";
}

Result<ParsedFeed> parseFeed(const QByteArray &document, const QString &name, TimestampMs readAt)
{
    Reader r;
    r.xml.addData(document);
    r.name = name;
    r.readAt = readAt;
    if (!r.xml.readNextStartElement()) {
        if (r.xml.hasError())
            return makeError(ErrorCode::ParseError, SN_TEXT("sn::News", "not a feed: %1 (column %2)"),
                             {r.xml.errorString().toStdString(), std::to_string(r.xml.columnNumber())},
                             where(name, r.xml.lineNumber()));
        return makeError(ErrorCode::ParseError, SN_TEXT("sn::News", "not a feed: the document is empty"), {},
                         name.toStdString());
    }
    const auto root = r.xml.name();
    if (root == QLatin1String("rss")) {
        r.feed.format = ParsedFeed::Format::Rss2;
        while (r.xml.readNextStartElement()) {
            if (r.xml.name() == QLatin1String("channel"))
                r.channel();
            else
                r.xml.skipCurrentElement();
        }
    } else if (root == QLatin1String("RDF")) {
        r.feed.format = ParsedFeed::Format::Rdf;
        r.channel();
    } else if (root == QLatin1String("feed") && r.xml.namespaceUri() == kAtomNs) {
        r.feed.format = ParsedFeed::Format::Atom;
        r.atomFeed();
    } else {
        return makeError(ErrorCode::ParseError,
                         SN_TEXT("sn::News", "not an RSS or Atom feed: the document's root element is <%1>"),
                         {root.toString().toStdString()}, where(name, r.xml.lineNumber()));
    }
    if (r.xml.hasError())
        return makeError(ErrorCode::ParseError, SN_TEXT("sn::News", "malformed feed: %1 (column %2)"),
                         {r.xml.errorString().toStdString(), std::to_string(r.xml.columnNumber())},
                         where(name, r.xml.lineNumber()));
    if (r.feed.title.isEmpty())
        r.feed.title = name;
    for (NewsItem &item : r.feed.items)
        if (item.source.isEmpty())
            item.source = r.feed.title;
    return std::move(r.feed);
}

} // namespace sn::news
