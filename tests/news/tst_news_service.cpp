// NewsService end to end on a real database (SQLite here, PostgreSQL as
// tst_news_service_postgres): feeds served over loopback HTTP by a real
// socket server, files, de-duplication against what is stored, mapping to
// the instruments table, the one-transaction write path, and the hourly and
// daily aggregates computed in SQL checked against the same figures computed
// here from the stored scores.
#include "core/news/VaderScorer.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/NewsRepository.h"
#include "core/storage/Schema.h"
#include "core/workspace/NewsService.h"
#include "core/workspace/Workspace.h"
#include "tests/testutils/TestPaths.h"

#include <QFile>
#include <QHash>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <map>

using namespace sn;

#define REQUIRE_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto &r_ = (expr);                                                                             \
        QVERIFY2(r_.ok(), r_.ok() ? "" : r_.error().toString().c_str());                                     \
    } while (false)

namespace {

// A minimal HTTP/1.1 server on 127.0.0.1: GET path -> (status, body).
class FeedServer : public QObject
{
public:
    QHash<QByteArray, std::pair<int, QByteArray>> routes;
    int requests = 0;

    bool start() { return m_server.listen(QHostAddress::LocalHost, 0); }
    void stop() { m_server.close(); }
    QString url(const char *path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(QLatin1String(path));
    }

    FeedServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
            }
        });
    }

private:
    void answer(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        ++requests;
        const QByteArray path = buffer.split(' ').value(1);
        m_buffers.remove(socket);
        const auto route = routes.value(path, {404, QByteArray("not here")});
        const QByteArray reason = route.first == 200 ? "OK" : route.first == 404 ? "Not Found" : "Error";
        socket->write("HTTP/1.1 " + QByteArray::number(route.first) + " " + reason +
                      "\r\nContent-Type: application/rss+xml; charset=utf-8\r\nContent-Length: " +
                      QByteArray::number(route.second.size()) + "\r\nConnection: close\r\n\r\n" +
                      route.second);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray dataFile(const char *name)
{
    QFile f(test::testDataFile(QStringLiteral("news/") + QLatin1String(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

news::NewsItem headline(const QString &title, TimestampMs at, const QString &symbol)
{
    news::NewsItem i;
    i.title = title;
    i.publishedAt = at;
    i.symbols.append({symbol, news::SymbolSource::File});
    return i;
}

constexpr qint64 kHour = 3'600'000;

} // namespace

class TestNewsService : public QObject
{
    Q_OBJECT
private:
    bool m_postgres = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_ws;

    qint64 stored()
    {
        auto n = NewsRepository(*m_db).count();
        return n ? *n : -1;
    }

private slots:
    void initTestCase()
    {
        m_postgres = qEnvironmentVariable("SUPERNOVA_TEST_ENGINE") == QLatin1String("postgresql");
        if (m_postgres)
            QVERIFY2(!test::postgresUrl().isEmpty(), "SUPERNOVA_TEST_PG_URL is not set: run through ctest");
    }

    void init()
    {
        QString url;
        if (m_postgres) {
            url = test::postgresUrl();
        } else {
            m_dir = std::make_unique<QTemporaryDir>();
            url = QStringLiteral("sqlite://") + m_dir->filePath(QStringLiteral("n.sqlite"));
        }
        auto db = Database::open(url);
        REQUIRE_OK(db);
        m_db = std::move(db).value();
        if (m_postgres) {
            QSqlQuery q(*m_db->connection());
            QVERIFY(q.exec(QStringLiteral("DROP SCHEMA public CASCADE")) &&
                    q.exec(QStringLiteral("CREATE SCHEMA public")));
        }
        REQUIRE_OK(m_db->migrate());
        m_ws = std::make_unique<Workspace>(*m_db);
        Instrument apple;
        apple.symbol = QStringLiteral("AAPL");
        apple.name = QStringLiteral("Apple Inc.");
        REQUIRE_OK(InstrumentRepository(*m_db).upsert(apple));
        Instrument msft;
        msft.symbol = QStringLiteral("MSFT");
        msft.name = QStringLiteral("Microsoft Corporation");
        REQUIRE_OK(InstrumentRepository(*m_db).upsert(msft));
    }

    void cleanup()
    {
        m_ws.reset();
        m_db.reset();
    }

    void feedsOverLoopbackHttp()
    {
        FeedServer server;
        QVERIFY(server.start());
        server.routes.insert("/rss/aapl", {200, dataFile("rss2_quirks.xml")});
        server.routes.insert("/atom", {200, dataFile("atom.xml")});
        NewsService news(*m_ws);
        QSignalSpy announced(&m_ws->changes(), &ChangeHub::changed);

        auto first = news.ingestSource(server.url("/rss/aapl"), QStringLiteral("aapl"));
        REQUIRE_OK(first);
        QCOMPARE(first->read, 5);
        QCOMPARE(first->stored, 5);
        QCOMPARE(first->alreadyStored, 0);
        QCOMPARE(first->warnings.size(), 2); // the item with nothing in it, the unreadable date
        QVERIFY(first->symbols.contains(QStringLiteral("AAPL")));
        QVERIFY(first->symbols.contains(QStringLiteral("MSFT"))); // "Microsoft slips ..." by name
        QCOMPARE(stored(), qint64(5));
        QCOMPARE(announced.size(), 1);
        const Change c = announced.at(0).at(0).value<ChangeSet>().at(0);
        QCOMPARE(c.entity, Change::Entity::News);
        QCOMPARE(c.detail, QStringLiteral("5"));

        // The same feed again: nothing new, nothing announced.
        auto again = news.ingestSource(server.url("/rss/aapl"), QStringLiteral("AAPL"));
        REQUIRE_OK(again);
        QCOMPARE(again->stored, 0);
        QCOMPARE(again->alreadyStored, 5);
        QCOMPARE(announced.size(), 1);

        auto atom = news.ingestSource(server.url("/atom"));
        REQUIRE_OK(atom);
        QCOMPARE(atom->stored, 2);
        QCOMPARE(stored(), qint64(7));

        // Items about AAPL, newest first, each with all its symbols and a score.
        auto list = news.list(QStringLiteral("aapl"), 0, nowMs() + kMsPerDay);
        REQUIRE_OK(list);
        QCOMPARE(list->size(), std::size_t(5));
        for (std::size_t i = 1; i < list->size(); ++i)
            QVERIFY((*list)[i - 1].publishedAt >= (*list)[i].publishedAt);
        const auto beat = std::find_if(list->begin(), list->end(), [](const news::NewsItem &i) {
            return i.title.startsWith(QLatin1String("Apple beats"));
        });
        QVERIFY(beat != list->end());
        QCOMPARE(beat->score, news::VaderScorer().score(beat->title));
        QVERIFY(beat->score.compound >= 0.05);
        QCOMPARE(beat->link, QStringLiteral("https://news.example.com/a/1?utm_source=rss"));
        QVERIFY(server.requests >= 3);
    }

    void unreachableAndMissingFeedsWriteNothing()
    {
        FeedServer server;
        QVERIFY(server.start());
        NewsService news(*m_ws);
        auto missing = news.ingestSource(server.url("/nothing"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::Unavailable);
        QVERIFY2(missing.error().toString().find("HTTP 404") != std::string::npos,
                 missing.error().toString().c_str());
        QVERIFY(missing.error().toString().find("/nothing") != std::string::npos);
        server.routes.insert("/html", {200, QByteArray("<html><body>sign in</body></html>")});
        auto html = news.ingestSource(server.url("/html"));
        QVERIFY(!html.ok());
        QCOMPARE(html.error().code, ErrorCode::ParseError);
        const QString url = server.url("/rss");
        server.stop();
        auto down = news.ingestSource(url);
        QVERIFY(!down.ok());
        QCOMPARE(down.error().code, ErrorCode::Unavailable);
        QCOMPARE(stored(), qint64(0));
    }

    void oneBadItemRefusesTheWholeIngest()
    {
        NewsService news(*m_ws);
        const TimestampMs t = toTimestamp(CivilDate{2024, 5, 2});
        std::vector<news::NewsItem> items{
            headline(QStringLiteral("Fine headline"), t, QStringLiteral("AAPL")),
            headline(QStringLiteral("From the future"), nowMs() + 30 * kMsPerDay, QStringLiteral("AAPL"))};
        items[1].line = 7;
        auto r = news.ingest(items, QStringLiteral("batch.csv"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(r.error().context, std::string("batch.csv:7"));
        QCOMPARE(r.error().field, std::string("published"));
        QCOMPARE(stored(), qint64(0));
        items[1].publishedAt = t;
        items[1].link = QStringLiteral("javascript:alert(1)");
        QCOMPARE(news.ingest(items, QStringLiteral("batch.csv")).error().field, std::string("link"));
        QCOMPARE(stored(), qint64(0));
        // A title with nothing to recognise the story by is skipped, not fatal.
        items[1].link.clear();
        items[1].title = QStringLiteral("\U0001F680\U0001F680 !!!");
        auto skipped = news.ingest(items, QStringLiteral("batch.csv"));
        REQUIRE_OK(skipped);
        QCOMPARE(skipped->stored, 1);
        QCOMPARE(skipped->warnings.size(), 1);
        QVERIFY(skipped->warnings[0].startsWith(QStringLiteral("batch.csv:7: the title")));
    }

    void csvFileAndRepeatsAcrossDays()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("heads.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("published,title,symbol\n"
                "2024-05-01T14:00:00Z,Stocks rise at the open,SPY\n"
                "2024-05-01T15:00:00Z,Stocks rise at the open!,SPY\n"  // same story
                "2024-05-09T14:00:00Z,Stocks rise at the open,SPY\n"); // a week later: another day's story
        f.close();
        NewsService news(*m_ws);
        auto r = news.ingestSource(path);
        REQUIRE_OK(r);
        QCOMPARE(r->read, 3);
        QCOMPARE(r->repeatedInSource, 1);
        QCOMPARE(r->stored, 2);
        auto bad = news.ingestSource(dir.filePath(QStringLiteral("none.csv")));
        QCOMPARE(bad.error().code, ErrorCode::NotFound);
    }

    void aggregatesMatchTheScores()
    {
        // 60 headlines over three days for AAPL, a few for MSFT; times spread
        // over hours so that hourly buckets hold 1 to 3 items.
        const QStringList titles{
            QStringLiteral("Apple beats estimates as iPhone sales surge"),
            QStringLiteral("Apple shares plunge after analyst downgrade"),
            QStringLiteral("Apple holds its annual meeting"),
            QStringLiteral("Apple faces fraud lawsuit"),
            QStringLiteral("Apple upgraded to buy, shares rally"),
            QStringLiteral("Apple is not doing great"),
        };
        const TimestampMs start = toTimestamp(CivilDate{2024, 5, 1});
        std::vector<news::NewsItem> items;
        for (int i = 0; i < 60; ++i) {
            const TimestampMs t = start + (i * 73 % (72 * 60)) * 60'000LL;
            items.push_back(headline(titles[i % titles.size()] + QStringLiteral(" #%1").arg(i), t,
                                     QStringLiteral("AAPL")));
        }
        for (int i = 0; i < 5; ++i)
            items.push_back(headline(QStringLiteral("Microsoft news %1").arg(i), start + i * kHour,
                                     QStringLiteral("MSFT")));
        NewsService news(*m_ws);
        auto r = news.ingest(items, QStringLiteral("generated"));
        REQUIRE_OK(r);
        QCOMPARE(r->stored, 65);

        const news::VaderScorer scorer;
        for (const auto &[bucket, width] : {std::pair{NewsService::Bucket::Hour, kHour},
                                            std::pair{NewsService::Bucket::Day, qint64(kMsPerDay)}}) {
            struct Sum
            {
                qint64 n = 0;
                double compound = 0;
                qint64 pos = 0, neg = 0;
            };
            std::map<TimestampMs, Sum> expected;
            for (int i = 0; i < 60; ++i) {
                const news::NewsItem &item = items[std::size_t(i)];
                if (item.publishedAt >= start + 2 * kMsPerDay)
                    continue; // outside [from, to)
                Sum &s = expected[item.publishedAt / width * width];
                const double c = scorer.score(item.title).compound;
                ++s.n;
                s.compound += c;
                s.pos += c >= 0.05;
                s.neg += c <= -0.05;
            }
            auto got = news.sentiment(QStringLiteral("AAPL"), start, start + 2 * kMsPerDay, bucket);
            REQUIRE_OK(got);
            QCOMPARE(got->size(), expected.size());
            std::size_t k = 0;
            qint64 total = 0;
            for (const auto &[at, s] : expected) {
                const news::SentimentBucket &b = (*got)[k++];
                QCOMPARE(qint64(b.start), qint64(at));
                QCOMPARE(b.count, s.n);
                QVERIFY(qAbs(b.meanCompound - s.compound / double(s.n)) < 1e-9);
                QVERIFY(qAbs(b.sharePositive - double(s.pos) / double(s.n)) < 1e-9);
                QVERIFY(qAbs(b.shareNegative - double(s.neg) / double(s.n)) < 1e-9);
                total += b.count;
            }
            QVERIFY(total > 30 && total < 60);
        }
        auto days =
            news.sentiment(QStringLiteral("msft"), start, start + 3 * kMsPerDay, NewsService::Bucket::Day);
        REQUIRE_OK(days);
        QCOMPARE(days->size(), std::size_t(1));
        QCOMPARE(days->front().count, qint64(5));
        QCOMPARE(news.sentiment(QStringLiteral("AAPL"), start, start, NewsService::Bucket::Day).error().code,
                 ErrorCode::InvalidArgument);
        QVERIFY(news.sentiment(QStringLiteral("NONE"), start, start + kMsPerDay, NewsService::Bucket::Day)
                    ->empty());
    }

    // The hour_bucket column and its index (migration "news hour buckets")
    // give the same figures as the query they replaced, which grouped
    // (published_at / width) * width over the rows themselves; the period
    // ends are deliberately not on hour boundaries.
    void bucketColumnGivesTheSameFiguresAsThePerItemQuery()
    {
        const TimestampMs start = toTimestamp(CivilDate{2024, 5, 1});
        std::vector<news::NewsItem> items;
        const QStringList words{QStringLiteral("surge"), QStringLiteral("plunge"), QStringLiteral("meeting"),
                                QStringLiteral("fraud"), QStringLiteral("rally"),  QStringLiteral("great")};
        for (int i = 0; i < 300; ++i)
            items.push_back(headline(QStringLiteral("Apple %1 story %2").arg(words[i % words.size()]).arg(i),
                                     start + (i * 7919LL % (5 * 24 * 60)) * 60'000LL + i,
                                     QStringLiteral("AAPL")));
        NewsService news(*m_ws);
        REQUIRE_OK(news.ingest(items, QStringLiteral("generated")));
        const TimestampMs from = start + 37 * 60'000 + 11, to = start + 4 * kMsPerDay + 5 * kHour + 123;
        for (const auto &[bucket, width] : {std::pair{NewsService::Bucket::Hour, kHour},
                                            std::pair{NewsService::Bucket::Day, qint64(kMsPerDay)}}) {
            QSqlQuery q(*m_db->connection());
            QVERIFY(
                q.prepare(QStringLiteral("SELECT (published_at / %1) * %1 AS bucket, COUNT(*), AVG(compound),"
                                         " AVG(CASE WHEN compound >= 0.05 THEN 1.0 ELSE 0.0 END),"
                                         " AVG(CASE WHEN compound <= -0.05 THEN 1.0 ELSE 0.0 END)"
                                         " FROM news_item_symbols WHERE symbol = ? AND published_at >= ?"
                                         " AND published_at < ? GROUP BY bucket ORDER BY bucket")
                              .arg(width)));
            q.addBindValue(QStringLiteral("AAPL"));
            q.addBindValue(qint64(from));
            q.addBindValue(qint64(to));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            auto got = news.sentiment(QStringLiteral("AAPL"), from, to, bucket);
            REQUIRE_OK(got);
            std::size_t k = 0;
            while (q.next()) {
                QVERIFY(k < got->size());
                const news::SentimentBucket &b = (*got)[k++];
                QCOMPARE(qint64(b.start), q.value(0).toLongLong());
                QCOMPARE(b.count, q.value(1).toLongLong());
                QVERIFY(qAbs(b.meanCompound - q.value(2).toDouble()) < 1e-12);
                QVERIFY(qAbs(b.sharePositive - q.value(3).toDouble()) < 1e-12);
                QVERIFY(qAbs(b.shareNegative - q.value(4).toDouble()) < 1e-12);
            }
            QCOMPARE(k, got->size());
            QVERIFY2(k > (bucket == NewsService::Bucket::Hour ? 30u : 3u), qPrintable(QString::number(k)));
        }
        // The list reads the same index: newest first, exactly [from, to).
        auto listed = news.list(QStringLiteral("AAPL"), from, to);
        REQUIRE_OK(listed);
        qint64 inside = 0;
        for (const news::NewsItem &item : items)
            inside += item.publishedAt >= from && item.publishedAt < to;
        QCOMPARE(qint64(listed->size()), inside);
        for (std::size_t i = 1; i < listed->size(); ++i)
            QVERIFY((*listed)[i - 1].publishedAt >= (*listed)[i].publishedAt);
    }

    // Rows stored before the migration get their hour when it runs, and on
    // SQLite the hourly GROUP BY walks the index with no temporary sort.
    void hourBucketMigrationFillsStoredRows()
    {
        // A database as it was before the migration, with an item in it.
        // (every migration up to this one: later ones build on it)
        std::vector<Migration> before;
        for (const Migration &m : Schema::migrations()) {
            if (m.name == QLatin1String("news hour buckets"))
                break;
            before.push_back(m);
        }
        QVERIFY(before.size() < Schema::migrations().size());
        m_ws.reset();
        m_db.reset();
        QString url;
        if (m_postgres) {
            url = test::postgresUrl();
        } else {
            m_dir = std::make_unique<QTemporaryDir>();
            url = QStringLiteral("sqlite://") + m_dir->filePath(QStringLiteral("old.sqlite"));
        }
        auto db = Database::open(url);
        REQUIRE_OK(db);
        m_db = std::move(db).value();
        if (m_postgres) {
            QSqlQuery q(*m_db->connection());
            QVERIFY(q.exec(QStringLiteral("DROP SCHEMA public CASCADE")) &&
                    q.exec(QStringLiteral("CREATE SCHEMA public")));
        }
        REQUIRE_OK(m_db->migrate(before));
        const TimestampMs at = toTimestamp(CivilDate{2024, 5, 1}) + 13 * kHour + 59 * 60'000;
        {
            QSqlQuery q(*m_db->connection());
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO news_items (id, title, title_key, published_at, ingested_at,"
                               " scorer, compound, positive, negative, neutral) VALUES (1, 'Old story',"
                               " 'old story', %1, 0, 'x', 0.5, 0.5, 0, 0.5)")
                    .arg(at)));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO news_item_symbols (item_id, symbol, how, published_at,"
                                          " compound) VALUES (1, 'AAPL', 'feed', %1, 0.5)")
                               .arg(at)));
        }
        REQUIRE_OK(m_db->migrate());
        QCOMPARE(*m_db->schemaVersion(), Schema::latestVersion());
        QSqlQuery q(*m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT hour_bucket FROM news_item_symbols")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), at / kHour);
        m_ws = std::make_unique<Workspace>(*m_db);
        auto hours = NewsService(*m_ws).sentiment(QStringLiteral("AAPL"), at - kMsPerDay, at + kMsPerDay,
                                                  NewsService::Bucket::Hour);
        REQUIRE_OK(hours);
        QCOMPARE(hours->size(), std::size_t(1));
        QCOMPARE(qint64(hours->front().start), at / kHour * kHour);
        if (m_postgres)
            return;
        QVERIFY(
            q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT hour_bucket, COUNT(*), AVG(compound)"
                                  " FROM news_item_symbols WHERE symbol = 'AAPL' AND hour_bucket >= 0"
                                  " AND hour_bucket <= 999999999 AND published_at >= 0 AND published_at < 5"
                                  " GROUP BY hour_bucket ORDER BY hour_bucket")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(QLatin1String("news_item_symbols_hourly")), qPrintable(plan));
        QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TestNewsService)
#include "tst_news_service.moc"
