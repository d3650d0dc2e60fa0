// De-duplication, symbol mapping and CSV headline files.
#include "core/news/HeadlineCsv.h"
#include "core/news/NewsDedup.h"
#include "core/news/SymbolMapper.h"
#include "core/news/TextCleanup.h"

#include <QTest>

using namespace sn;
using namespace sn::news;

namespace {

NewsItem item(const char *title, const char *link = "", QList<SymbolLink> symbols = {})
{
    NewsItem i;
    i.title = QString::fromUtf8(title);
    i.link = QString::fromUtf8(link);
    i.symbols = std::move(symbols);
    return i;
}

QStringList symbolsOf(const NewsItem &i)
{
    QStringList out;
    for (const SymbolLink &s : i.symbols)
        out << s.symbol + QLatin1Char(':') + QLatin1String(symbolSourceName(s.source));
    return out;
}

} // namespace

class TestNewsMapping : public QObject
{
    Q_OBJECT
private slots:
    void keys()
    {
        QCOMPARE(titleKey(QStringLiteral("Apple beats estimates!")),
                 titleKey(QStringLiteral("  APPLE  beats  <b>estimates</b>")));
        QCOMPARE(titleKey(QStringLiteral("Caf\u00e9 \uFB01nance: up 3%")),
                 QStringLiteral("caf\u00e9 finance up 3"));
        QVERIFY(titleKey(QStringLiteral("Apple beats")) != titleKey(QStringLiteral("Apple misses")));
        QCOMPARE(linkKey(QStringLiteral("HTTPS://News.Example.com/a/1/?utm_source=rss&utm_medium=x#top")),
                 QStringLiteral("https://news.example.com/a/1"));
        QCOMPARE(linkKey(QStringLiteral("https://news.example.com/a?id=7&utm_campaign=z")),
                 QStringLiteral("https://news.example.com/a?id=7"));
        QCOMPARE(linkKey(QStringLiteral("not a link")), QString());
        QCOMPARE(htmlToText(QStringLiteral("AT&T &amp; T-Mobile &#8212; a &lt; b &#x27;ok&#x27;")),
                 QStringLiteral("AT&T & T-Mobile \u2014 a < b 'ok'"));
    }

    void duplicatesByLinkOrTitleKeepSymbols()
    {
        std::vector<NewsItem> items{
            item("Apple beats estimates", "https://a.example/1",
                 {{QStringLiteral("AAPL"), SymbolSource::Feed}}),
            item("Apple beats estimates (updated)", "https://a.example/1?utm_source=x",
                 {{QStringLiteral("MSFT"), SymbolSource::Feed}}),
            item("APPLE BEATS ESTIMATES!", "https://b.example/other",
                 {{QStringLiteral("QQQ"), SymbolSource::Feed}}),
            item("Oil falls", ""),
            item("Oil  falls.", ""),
            item("Gold rises", "https://c.example/1"),
        };
        QCOMPARE(removeDuplicates(items), 3);
        QCOMPARE(items.size(), std::size_t(3));
        QCOMPARE(items[0].title, QStringLiteral("Apple beats estimates"));
        QCOMPARE(symbolsOf(items[0]), (QStringList{QStringLiteral("AAPL:feed"), QStringLiteral("MSFT:feed"),
                                                   QStringLiteral("QQQ:feed")}));
        QCOMPARE(items[1].title, QStringLiteral("Oil falls"));
        QCOMPARE(items[2].title, QStringLiteral("Gold rises"));
    }

    void repeatedHeadlinesOnOtherDaysAreOtherStories()
    {
        std::vector<NewsItem> items{item("Stocks rise at the open"), item("Stocks rise at the open"),
                                    item("Stocks rise at the open")};
        items[1].publishedAt = 2 * kMsPerDay;  // within the window: a repeat
        items[2].publishedAt = 10 * kMsPerDay; // a later day's story
        QCOMPARE(removeDuplicates(items), 1);
        QCOMPARE(items.size(), std::size_t(2));
        QCOMPARE(items[1].publishedAt, 10 * kMsPerDay);
    }

    void companyNames()
    {
        QCOMPARE(SymbolMapper::matchableName(QStringLiteral("Apple Inc.")), QStringLiteral("Apple"));
        QCOMPARE(SymbolMapper::matchableName(QStringLiteral("Microsoft Corporation")),
                 QStringLiteral("Microsoft"));
        QCOMPARE(SymbolMapper::matchableName(QStringLiteral("Alphabet Inc. Class A")),
                 QStringLiteral("Alphabet"));
        QCOMPARE(SymbolMapper::matchableName(QStringLiteral("The Coca-Cola Company")),
                 QStringLiteral("Coca-Cola"));
        QCOMPARE(SymbolMapper::matchableName(QStringLiteral("AB Inc")),
                 QString()); // too short to match safely
    }

    void mapping()
    {
        const SymbolMapper mapper(
            {{QStringLiteral("AAPL"), QStringLiteral("Apple Inc.")},
             {QStringLiteral("MSFT"), QStringLiteral("Microsoft Corporation")},
             {QStringLiteral("BRK.B"), QStringLiteral("Berkshire Hathaway Inc. Class B")},
             {QStringLiteral("KO"), QStringLiteral("The Coca-Cola Company")}});
        NewsItem a = item("Apple and Microsoft rally; $nvda and $TSLA mentioned, US$5bn deal, $brk.b up");
        mapper.map(a, QStringLiteral("spy"));
        QCOMPARE(symbolsOf(a), (QStringList{QStringLiteral("SPY:feed"), QStringLiteral("TSLA:cashtag"),
                                            QStringLiteral("BRK.B:cashtag"), QStringLiteral("AAPL:name"),
                                            QStringLiteral("MSFT:name")}));
        NewsItem b = item("apple pie prices and Pineapple farms; Coca-Cola's margins");
        mapper.map(b);
        QCOMPARE(symbolsOf(b), (QStringList{QStringLiteral("KO:name")}));
        NewsItem c = item("Berkshire Hathaway buys more");
        c.summary = QStringLiteral("The $AAPL stake grew");
        mapper.map(c);
        QCOMPARE(symbolsOf(c), (QStringList{QStringLiteral("AAPL:cashtag"), QStringLiteral("BRK.B:name")}));
    }

    void csvHeadlines()
    {
        const QByteArray csv =
            "\xEF\xBB\xBFTitle,Published,Link,Symbols,Source\n"
            "\"Apple beats, again\",2024-05-02T20:30:00Z,https://a.example/1,AAPL;MSFT,Wire\n"
            "Plain headline,2024-05-03 09:15,,spy,\n"
            "\n"
            "\"Multi\nline \"\"quoted\"\"\",\"Fri, 03 May 2024 10:00:00 GMT\",,,\n";
        auto items = readHeadlineCsv(csv, QStringLiteral("/tmp/heads.csv"));
        QVERIFY2(items.ok(), items.ok() ? "" : items.error().toString().c_str());
        QCOMPARE(items->size(), std::size_t(3));
        QCOMPARE((*items)[0].title, QStringLiteral("Apple beats, again"));
        QCOMPARE((*items)[0].publishedAt, toTimestamp(CivilDate{2024, 5, 2}) + (20 * 60 + 30) * 60'000LL);
        QCOMPARE(symbolsOf((*items)[0]),
                 (QStringList{QStringLiteral("AAPL:file"), QStringLiteral("MSFT:file")}));
        QCOMPARE((*items)[0].source, QStringLiteral("Wire"));
        QCOMPARE((*items)[1].source, QStringLiteral("heads.csv"));
        QCOMPARE(symbolsOf((*items)[1]), (QStringList{QStringLiteral("SPY:file")}));
        QCOMPARE((*items)[2].title, QStringLiteral("Multi line \"quoted\""));
        QCOMPARE((*items)[2].line, 5);
    }

    void csvErrorsNameLineAndField_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad date") << QByteArray("title,published\nA,2024-05-02\nB,next tuesday\n")
                                  << QStringLiteral("h.csv:3")
                                  << QStringLiteral("field 'published': cannot read 'next tuesday'");
        QTest::newRow("empty title") << QByteArray("title,published\n ,2024-05-02\n")
                                     << QStringLiteral("h.csv:2") << QStringLiteral("field 'title'");
        QTest::newRow("bad link") << QByteArray("title,published,link\nA,2024-05-02,ftp://x/y\n")
                                  << QStringLiteral("h.csv:2") << QStringLiteral("field 'link'");
        QTest::newRow("field count") << QByteArray("title,published\nA,2024-05-02,extra\n")
                                     << QStringLiteral("h.csv:2")
                                     << QStringLiteral("expected 2 fields, found 3");
        QTest::newRow("no title column") << QByteArray("headline2,published\n") << QStringLiteral("h.csv:1")
                                         << QStringLiteral("unknown column 'headline2'");
        QTest::newRow("missing column") << QByteArray("published\n2024-05-02\n") << QStringLiteral("h.csv:1")
                                        << QStringLiteral("no 'title' column");
        QTest::newRow("open quote") << QByteArray("title,published\n\"A,2024-05-02\n")
                                    << QStringLiteral("h.csv:2") << QStringLiteral("never closed");
        QTest::newRow("empty") << QByteArray("") << QStringLiteral("h.csv") << QStringLiteral("empty");
    }
    void csvErrorsNameLineAndField()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, context);
        QFETCH(QString, message);
        auto items = readHeadlineCsv(csv, QStringLiteral("h.csv"));
        QVERIFY(!items.ok());
        QCOMPARE(items.error().code, ErrorCode::ParseError);
        QCOMPARE(QString::fromStdString(items.error().context), context);
        QVERIFY2(QString::fromStdString(items.error().message).contains(message),
                 items.error().message.c_str());
    }
};

QTEST_APPLESS_MAIN(TestNewsMapping)
#include "tst_newsmapping.moc"
