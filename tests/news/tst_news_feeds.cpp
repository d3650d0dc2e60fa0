// The stored news feed list (NewsFeedService): checked before it is stored,
// kept as one announced setting, and read by refresh() feed by feed with
// progress, cancel and per-feed failures. Feeds here are files (the loopback
// HTTP path is covered by tst_news_cli and tst_chart_news).
#include "core/storage/Database.h"
#include "core/workspace/NewsFeeds.h"
#include "core/workspace/SettingsService.h"
#include "core/workspace/Workspace.h"
#include "tests/testutils/TestPaths.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;

#define REQUIRE_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto &r_ = (expr);                                                                             \
        QVERIFY2(r_.ok(), r_.ok() ? "" : r_.error().toString().c_str());                                     \
    } while (false)

class TestNewsFeeds : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_ws;

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(data);
        return path;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(QStringLiteral("sqlite://") + m_dir->filePath(QStringLiteral("f.sqlite")));
        REQUIRE_OK(db);
        m_db = std::move(db).value();
        REQUIRE_OK(m_db->migrate());
        m_ws = std::make_unique<Workspace>(*m_db);
    }

    void cleanup()
    {
        m_ws.reset();
        m_db.reset();
    }

    void storedTidiedAndAnnounced()
    {
        NewsFeedService feeds(*m_ws);
        auto none = feeds.feeds();
        REQUIRE_OK(none);
        QVERIFY(none->empty());
        QSignalSpy announced(&m_ws->changes(), &ChangeHub::changed);
        REQUIRE_OK(feeds.setFeeds(
            {NewsFeed{QStringLiteral("  https://feeds.example.com/markets.rss "), {}, true},
             NewsFeed{QStringLiteral("https://feeds.example.com/aapl.rss"), QStringLiteral(" aapl "), false},
             NewsFeed{m_dir->filePath(QStringLiteral("heads.csv")), {}, true}}));
        QCOMPARE(announced.count(), 1);
        const auto change = announced.first().at(0).value<ChangeSet>().first();
        QCOMPARE(change.entity, Change::Entity::Setting);
        QCOMPARE(change.key, QLatin1String(NewsFeedService::kSettingKey));
        auto stored = feeds.feeds();
        REQUIRE_OK(stored);
        QCOMPARE(stored->size(), std::size_t(3));
        QCOMPARE((*stored)[0], (NewsFeed{QStringLiteral("https://feeds.example.com/markets.rss"), {}, true}));
        QCOMPARE((*stored)[1], (NewsFeed{QStringLiteral("https://feeds.example.com/aapl.rss"),
                                         QStringLiteral("AAPL"), false}));
        // An empty list removes the setting.
        REQUIRE_OK(feeds.setFeeds({}));
        QVERIFY(feeds.feeds()->empty());
        QCOMPARE(SettingsService(*m_ws).get(QLatin1String(NewsFeedService::kSettingKey)).error().code,
                 ErrorCode::NotFound);
    }

    void badFeedsAreRefusedByPositionAndNothingIsStored()
    {
        NewsFeedService feeds(*m_ws);
        const NewsFeed good{QStringLiteral("https://feeds.example.com/markets.rss"), {}, true};
        REQUIRE_OK(feeds.setFeeds({good}));
        struct Case
        {
            NewsFeed feed;
            const char *says;
        };
        const std::vector<Case> cases{
            {{QStringLiteral("ftp://example.com/feed.rss"), {}, true}, "neither an http(s) address"},
            {{QStringLiteral("feeds/local.xml"), {}, true}, "neither an http(s) address"},
            {{QStringLiteral("https://"), {}, true}, "not a valid http(s) address"},
            {{QString(), {}, true}, "no URL"},
            {{QStringLiteral("https://feeds.example.com/x.rss"), QStringLiteral("BRK B"), true},
             "not a symbol"},
            {{QStringLiteral(" https://feeds.example.com/markets.rss"), {}, false}, "listed twice"},
        };
        for (const Case &c : cases) {
            auto r = feeds.setFeeds({good, c.feed});
            QVERIFY2(!r.ok(), c.says);
            const QString message = QString::fromStdString(r.error().toString());
            QVERIFY2(message.contains(QLatin1String(c.says)) &&
                         message.startsWith(QStringLiteral("news feed 2")),
                     qPrintable(message));
            QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        }
        // The same URL for two symbols is two feeds.
        REQUIRE_OK(feeds.setFeeds({good, NewsFeed{good.url, QStringLiteral("AAPL"), true}}));
        QCOMPARE(feeds.feeds()->size(), std::size_t(2));
        // A stored value that is not the list says which setting.
        REQUIRE_OK(
            SettingsService(*m_ws).set(QLatin1String(NewsFeedService::kSettingKey), QStringLiteral("{oops")));
        auto broken = feeds.feeds();
        QVERIFY(!broken.ok());
        QVERIFY(QString::fromStdString(broken.error().toString()).contains(QStringLiteral("news.feeds")));
    }

    void refreshReadsEnabledFeedsInOrder()
    {
        const QString rss =
            writeFile(QStringLiteral("aapl.xml"),
                      "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
                      "<item><title>Apple beats estimates</title><link>https://n.example.com/1</link>"
                      "<pubDate>Wed, 09 May 2018 14:00:00 GMT</pubDate></item>"
                      "<item><title>Apple shares plunge</title><link>https://n.example.com/2</link>"
                      "<pubDate>Wed, 09 May 2018 15:00:00 GMT</pubDate></item>"
                      "</channel></rss>");
        const QString csv =
            writeFile(QStringLiteral("heads.csv"), "published,title,symbol\n"
                                                   "2018-05-10T10:00:00Z,Microsoft slumps,MSFT\n");
        const QString missing = m_dir->filePath(QStringLiteral("missing.xml"));
        const QString off = writeFile(QStringLiteral("off.csv"), "published,title,symbol\n"
                                                                 "2018-05-10T10:00:00Z,Never read,IBM\n");
        NewsFeedService feeds(*m_ws);
        REQUIRE_OK(feeds.setFeeds({NewsFeed{rss, QStringLiteral("AAPL"), true}, NewsFeed{missing, {}, true},
                                   NewsFeed{off, {}, false}, NewsFeed{csv, {}, true}}));
        QList<std::pair<int, int>> steps;
        auto report = feeds.refresh([&](int done, int total, const QString &) {
            steps.append({done, total});
        });
        REQUIRE_OK(report);
        QCOMPARE(report->feeds.size(), std::size_t(3));
        QVERIFY(!report->cancelled);
        QCOMPARE(report->feeds[0].report->stored, 2);
        QCOMPARE(report->feeds[0].report->symbols, QStringList{QStringLiteral("AAPL")});
        QVERIFY(!report->feeds[1].report);
        QVERIFY2(report->feeds[1].error.contains(missing), qPrintable(report->feeds[1].error));
        QCOMPARE(report->feeds[2].feed.url, csv);
        QCOMPARE(report->feeds[2].report->stored, 1);
        QCOMPARE(report->stored(), 3);
        QCOMPARE(report->failed(), 1);
        QCOMPARE(steps, (QList<std::pair<int, int>>{{0, 3}, {1, 3}, {2, 3}, {3, 3}}));
        // Read again: the same stories are already stored.
        auto again = feeds.refresh();
        REQUIRE_OK(again);
        QCOMPARE(again->stored(), 0);
        QCOMPARE(again->feeds[0].report->alreadyStored, 2);

        // Cancelled before the first feed: nothing read.
        std::atomic<bool> cancel{true};
        auto cancelled = feeds.refresh({}, &cancel);
        REQUIRE_OK(cancelled);
        QVERIFY(cancelled->cancelled);
        QVERIFY(cancelled->feeds.empty());

        // Test reads without storing.
        auto items = feeds.test(NewsFeed{rss, {}, true});
        REQUIRE_OK(items);
        QCOMPARE(*items, 2);
        QCOMPARE(feeds.test(NewsFeed{missing, {}, true}).error().code, ErrorCode::NotFound);
        QCOMPARE(feeds.test(NewsFeed{QStringLiteral("relative.xml"), {}, true}).error().code,
                 ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestNewsFeeds)
#include "tst_news_feeds.moc"
