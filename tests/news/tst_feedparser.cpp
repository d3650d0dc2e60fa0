// Feed reading: RSS 2.0, RSS 1.0 and Atom with the quirks real feeds have
// (CDATA, HTML in titles, missing and odd dates, relative links), and the
// errors for documents that are not feeds.
#include "core/news/FeedDates.h"
#include "core/news/FeedParser.h"
#include "tests/testutils/TestPaths.h"

#include <QFile>
#include <QTest>

using namespace sn;
using namespace sn::news;

namespace {

constexpr qint64 kReadAt = 1'700'000'000'000;

QByteArray feedFile(const char *name)
{
    QFile f(test::testDataFile(QStringLiteral("news/") + QLatin1String(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 utc(int y, int mo, int d, int h, int mi, int s)
{
    return toTimestamp(CivilDate{y, mo, d}) + ((h * 60LL + mi) * 60 + s) * 1000;
}

} // namespace

class TestFeedParser : public QObject
{
    Q_OBJECT
private slots:
    void rfc822Dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("gmt") << QStringLiteral("Tue, 10 Jun 2003 04:00:00 GMT") << utc(2003, 6, 10, 4, 0, 0);
        QTest::newRow("offset") << QStringLiteral("Tue, 10 Jun 2003 04:00:00 +0530")
                                << utc(2003, 6, 9, 22, 30, 0);
        QTest::newRow("negative offset")
            << QStringLiteral("Wed, 02 Oct 2002 08:00:00 -0400") << utc(2002, 10, 2, 12, 0, 0);
        QTest::newRow("EST") << QStringLiteral("Wed, 02 Oct 2002 08:00:00 EST") << utc(2002, 10, 2, 13, 0, 0);
        QTest::newRow("PDT") << QStringLiteral("Mon, 01 Apr 2024 23:15:00 PDT") << utc(2024, 4, 2, 6, 15, 0);
        QTest::newRow("no weekday, no seconds")
            << QStringLiteral("2 May 2024 14:30 +0000") << utc(2024, 5, 2, 14, 30, 0);
        QTest::newRow("two-digit year")
            << QStringLiteral("Fri, 01 Mar 24 09:00:00 GMT") << utc(2024, 3, 1, 9, 0, 0);
        QTest::newRow("full month name")
            << QStringLiteral("Thu, 02 January 2025 10:00:00 Z") << utc(2025, 1, 2, 10, 0, 0);
        QTest::newRow("no zone") << QStringLiteral("Thu, 02 Jan 2025 10:00:00") << utc(2025, 1, 2, 10, 0, 0);
    }
    void rfc822Dates()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const auto t = parseRfc822(text);
        QVERIFY(t.has_value());
        QCOMPARE(qint64(*t), expected);
        QCOMPARE(qint64(*parseFeedDate(text)), expected);
    }

    void rfc3339Dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("Z") << QStringLiteral("2003-12-13T18:30:02Z") << utc(2003, 12, 13, 18, 30, 2);
        QTest::newRow("fraction and offset")
            << QStringLiteral("2003-12-13T18:30:02.25+01:00") << utc(2003, 12, 13, 17, 30, 2) + 250;
        QTest::newRow("negative offset")
            << QStringLiteral("2024-05-02T09:30:00-04:00") << utc(2024, 5, 2, 13, 30, 0);
        QTest::newRow("space and lower z")
            << QStringLiteral("2024-05-02 13:30:00z") << utc(2024, 5, 2, 13, 30, 0);
        QTest::newRow("odd zone +05:45")
            << QStringLiteral("2024-05-02T19:15:00+05:45") << utc(2024, 5, 2, 13, 30, 0);
    }
    void rfc3339Dates()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        QCOMPARE(qint64(*parseRfc3339(text)), expected);
        QCOMPARE(qint64(*parseFeedDate(text)), expected);
    }

    void badDatesAreRefused()
    {
        for (const char *bad : {"", "yesterday", "Tue, 31 Feb 2003 04:00:00 GMT",
                                "Tue, 10 Jun 2003 04:00:00 XYZ", "Tue, 10 Foo 2003 04:00:00 GMT",
                                "2003-12-13T18:30:02", "2003-12-13T25:30:02Z", "2003-12-13T18:30:02+0100"})
            QVERIFY2(!parseFeedDate(QString::fromLatin1(bad)).has_value(), bad);
        // Digits of other scripts are digits to Unicode, not to RFC 3339: in a
        // fraction of a second they gave a wrong millisecond value.
        for (const char16_t *bad : {u"2003-12-13T18:30:02.\u0663Z", u"2003-12-13T18:30:02.1\uFF15Z"})
            QVERIFY2(!parseFeedDate(QString::fromUtf16(bad)).has_value(),
                     qPrintable(QString::fromUtf16(bad)));
    }

    void rss2WithQuirks()
    {
        const QByteArray xml = feedFile("rss2_quirks.xml");
        auto feed = parseFeed(xml, QStringLiteral("https://news.example.com/rss"), kReadAt);
        QVERIFY2(feed.ok(), feed.ok() ? "" : feed.error().toString().c_str());
        QCOMPARE(feed->format, ParsedFeed::Format::Rss2);
        QCOMPARE(feed->title, QStringLiteral("Markets & More"));
        QCOMPARE(feed->items.size(), std::size_t(5));
        const NewsItem &a = feed->items[0];
        QCOMPARE(a.title, QStringLiteral("Apple beats estimates & raises dividend"));
        QCOMPARE(a.summary, QStringLiteral("Shares of Apple Inc. rose 3%\u00a0after hours.").simplified());
        QCOMPARE(a.publishedAt, utc(2024, 5, 3, 0, 31, 0));
        QVERIFY(!a.dateEstimated);
        QCOMPARE(a.guid, QStringLiteral("apple-1"));
        QCOMPARE(a.source, QStringLiteral("Markets & More"));
        QCOMPARE(a.line, 6);
        const NewsItem &b = feed->items[1];
        QCOMPARE(b.title, QStringLiteral("Microsoft slips as cloud growth slows"));
        QCOMPARE(b.link, QStringLiteral("https://news.example.com/a/2")); // relative, resolved
        QCOMPARE(b.publishedAt, utc(2024, 5, 3, 8, 0, 0));
        const NewsItem &c = feed->items[2];
        QVERIFY(c.dateEstimated);
        QCOMPARE(c.publishedAt, kReadAt);
        QCOMPARE(c.link, QStringLiteral("https://news.example.com/a/3")); // permalink guid
        QCOMPARE(feed->items[3].title, QStringLiteral("A description but no title, as RSS 2.0 allows"));
        QVERIFY(feed->items[4].dateEstimated);
        QCOMPARE(feed->warnings.size(), 2);
        QVERIFY2(
            feed->warnings[0].startsWith(QStringLiteral("https://news.example.com/rss:27: item has neither")),
            qPrintable(feed->warnings[0]));
        QVERIFY(feed->warnings[1].contains(QStringLiteral("unreadable date 'sometime in May'")));
    }

    void atom()
    {
        const QByteArray xml = feedFile("atom.xml");
        auto feed = parseFeed(xml, QStringLiteral("atom.xml"), kReadAt);
        QVERIFY2(feed.ok(), feed.ok() ? "" : feed.error().toString().c_str());
        QCOMPARE(feed->format, ParsedFeed::Format::Atom);
        QCOMPARE(feed->items.size(), std::size_t(2));
        QCOMPARE(feed->items[0].title, QStringLiteral("Nvidia soars on AI demand"));
        QCOMPARE(feed->items[0].link, QStringLiteral("https://atom.example.com/e/1"));
        QCOMPARE(feed->items[0].publishedAt, utc(2024, 5, 3, 7, 0, 0));
        QCOMPARE(feed->items[0].summary, QStringLiteral("Chips up"));
        QCOMPARE(feed->items[1].publishedAt, utc(2024, 5, 4, 0, 0, 0));
        QCOMPARE(feed->items[1].source, QStringLiteral("Example Atom"));
    }

    void rss1()
    {
        const QByteArray xml = feedFile("rss1.xml");
        auto feed = parseFeed(xml, QStringLiteral("rdf.xml"), kReadAt);
        QVERIFY2(feed.ok(), feed.ok() ? "" : feed.error().toString().c_str());
        QCOMPARE(feed->format, ParsedFeed::Format::Rdf);
        QCOMPARE(feed->title, QStringLiteral("RDF news"));
        QCOMPARE(feed->items.size(), std::size_t(1));
        QCOMPARE(feed->items[0].publishedAt, utc(2024, 5, 3, 12, 0, 0));
    }

    void errorsNameTheFeedAndLine()
    {
        auto broken = parseFeed("<rss><channel>\n<item><title>x</item>\n</channel></rss>",
                                QStringLiteral("bad.xml"), kReadAt);
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().code, ErrorCode::ParseError);
        QCOMPARE(broken.error().context, std::string("bad.xml:2"));
        QVERIFY2(broken.error().message.find("malformed feed") != std::string::npos,
                 broken.error().message.c_str());

        auto html = parseFeed("<html><body>Not found</body></html>", QStringLiteral("https://x.example/feed"),
                              kReadAt);
        QVERIFY(!html.ok());
        QCOMPARE(html.error().message,
                 std::string("not an RSS or Atom feed: the document's root element is <html>"));
        QCOMPARE(html.error().context, std::string("https://x.example/feed:1"));

        auto empty = parseFeed("", QStringLiteral("empty.xml"), kReadAt);
        QVERIFY(!empty.ok());
        QVERIFY(empty.error().toString().find("empty.xml") != std::string::npos);

        auto json = parseFeed("{\"items\": []}", QStringLiteral("feed.json"), kReadAt);
        QVERIFY(!json.ok());
        QCOMPARE(json.error().context, std::string("feed.json:1"));
    }
};

QTEST_APPLESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
