// Preferences > News feeds: rows are stored through NewsFeedService (one
// announced setting, read back by the service the CLI uses), a bad row is
// refused naming it with nothing stored, Test reads a feed over loopback
// HTTP in a job and stores nothing, and the page shows what is stored.
#include "core/storage/Database.h"
#include "core/workspace/NewsFeeds.h"
#include "core/workspace/NewsService.h"
#include "core/workspace/Workspace.h"
#include "ui/settings/NewsFeedsPage.h"
#include "ui/shell/JobTracker.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;
using namespace sn::ui;

namespace {

// One RSS body at every path, answered on this thread's event loop.
class FeedServer : public QObject
{
public:
    explicit FeedServer(QByteArray body) : m_body(std::move(body))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request[socket] += socket->readAll();
                    if (!m_request[socket].contains("\r\n\r\n"))
                        return;
                    m_request.remove(socket);
                    ++requests;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: " +
                                  QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" +
                                  m_body);
                    socket->disconnectFromHost();
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/feed.rss").arg(m_server.serverPort()); }
    int requests = 0;

private:
    QByteArray m_body;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_request;
};

} // namespace

class TestNewsFeedsPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_ws; // after m_db: destroyed before it

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto db =
            Database::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("feeds.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(m_db->migrate().ok());
        m_ws = std::make_unique<Workspace>(*m_db);
    }

    void addSaveAndReload()
    {
        JobTracker jobs;
        NewsFeedsPage page(*m_ws, jobs);
        QSignalSpy loaded(&page, &NewsFeedsPage::loaded);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(page.table()->rowCount(), 0);
        QVERIFY(page.status().contains(QStringLiteral("No feeds yet")));

        page.addFeed(QStringLiteral("https://feeds.example.com/markets.rss"));
        const int row =
            page.addFeed(QStringLiteral("https://feeds.example.com/aapl.rss"), QStringLiteral("aapl"), false);
        // A bad row: refused by position, nothing stored.
        const int bad = page.addFeed(QStringLiteral("feeds/relative.xml"));
        QSignalSpy announced(&m_ws->changes(), &ChangeHub::changed);
        QVERIFY(!page.save());
        QVERIFY2(page.status().contains(QStringLiteral("news feed 3")) &&
                     page.status().contains(QStringLiteral("feeds/relative.xml")),
                 qPrintable(page.status()));
        QVERIFY(NewsFeedService(*m_ws).feeds()->empty());
        QCOMPARE(announced.count(), 0);

        page.removeFeed(bad);
        QVERIFY(page.save());
        QCOMPARE(announced.count(), 1);
        QVERIFY(page.status().contains(QStringLiteral("2 feed")));
        auto stored = NewsFeedService(*m_ws).feeds();
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), std::size_t(2));
        QCOMPARE((*stored)[1].symbol, QStringLiteral("AAPL"));
        QCOMPARE((*stored)[1].enabled, false);
        // Shown as stored.
        QCOMPARE(page.table()->item(row, 1)->text(), QStringLiteral("AAPL"));
        QCOMPARE(page.table()->item(row, 2)->checkState(), Qt::Unchecked);

        // A new page shows the stored list.
        NewsFeedsPage again(*m_ws, jobs);
        QSignalSpy loadedAgain(&again, &NewsFeedsPage::loaded);
        QVERIFY(loadedAgain.wait(5000));
        QCOMPARE(again.feedsShown(), *stored);
        jobs.waitForAll();
    }

    void testReadsTheFeedAndStoresNothing()
    {
        FeedServer server("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
                          "<item><title>Apple beats estimates</title><link>https://n.example.com/1</link>"
                          "<pubDate>Wed, 09 May 2018 14:00:00 GMT</pubDate></item>"
                          "<item><title>Apple shares plunge</title><link>https://n.example.com/2</link>"
                          "<pubDate>Wed, 09 May 2018 15:00:00 GMT</pubDate></item>"
                          "<item><title>Apple holds its meeting</title><link>https://n.example.com/3</link>"
                          "<pubDate>Wed, 09 May 2018 16:00:00 GMT</pubDate></item>"
                          "</channel></rss>");
        JobTracker jobs;
        NewsFeedsPage page(*m_ws, jobs);
        QSignalSpy loaded(&page, &NewsFeedsPage::loaded);
        QVERIFY(loaded.wait(5000));
        const int row = page.addFeed(server.url(), QStringLiteral("AAPL"));
        QSignalSpy tested(&page, &NewsFeedsPage::tested);
        page.testFeed(row);
        // The fetch runs in a job: this thread serves the answer meanwhile.
        QVERIFY(tested.wait(20000));
        QCOMPARE(tested.last().at(0).toInt(), row);
        QCOMPARE(tested.last().at(1).toBool(), true);
        QVERIFY2(tested.last().at(2).toString().contains(QStringLiteral("3 item")),
                 qPrintable(tested.last().at(2).toString()));
        QCOMPARE(server.requests, 1);
        QVERIFY(NewsService(*m_ws).list(QStringLiteral("AAPL"), 0, nowMs())->empty());

        const int unreachable = page.addFeed(QStringLiteral("http://127.0.0.1:9/feed.rss"));
        page.testFeed(unreachable);
        QVERIFY(tested.wait(20000));
        QCOMPARE(tested.last().at(1).toBool(), false);
        QVERIFY(page.status().contains(QStringLiteral("127.0.0.1:9")));
        // A row that is not a feed address is refused before any read.
        const int bad = page.addFeed(QStringLiteral("ftp://example.com/x"));
        page.testFeed(bad);
        QCOMPARE(tested.last().at(0).toInt(), bad);
        QCOMPARE(tested.last().at(1).toBool(), false);
        jobs.waitForAll();
    }
};

QTEST_MAIN(TestNewsFeedsPage)
#include "tst_news_feeds_page.moc"
