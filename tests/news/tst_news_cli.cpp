// `supernova-cli news ingest|list` and `sentiment` through the real binary:
// a feed served over loopback HTTP (a server thread with real sockets, so
// the test can block while the CLI runs), a CSV headline file, JSON and
// table output, and the usage errors.
#include "tests/testutils/CliRunner.h"
#include "tests/testutils/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>

namespace {

// Serves one body at every path, until stopped.
class BlockingFeedServer
{
public:
    explicit BlockingFeedServer(QByteArray body) : m_body(std::move(body))
    {
        m_thread.reset(QThread::create([this] { serve(); }));
        m_thread->start();
        while (m_port.load() == 0)
            QThread::msleep(5);
    }
    ~BlockingFeedServer()
    {
        m_stop = true;
        m_thread->wait();
    }
    QString url(const char *path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port.load()).arg(QLatin1String(path));
    }
    int requests() const { return m_requests.load(); }

private:
    void serve()
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, 0)) {
            m_port = -1;
            return;
        }
        m_port = server.serverPort();
        while (!m_stop) {
            if (!server.waitForNewConnection(50))
                continue;
            std::unique_ptr<QTcpSocket> socket(server.nextPendingConnection());
            QByteArray request;
            while (!request.contains("\r\n\r\n") && socket->waitForReadyRead(5000))
                request += socket->readAll();
            ++m_requests;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: " +
                          QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" + m_body);
            socket->waitForBytesWritten(5000);
            socket->disconnectFromHost();
            if (socket->state() != QAbstractSocket::UnconnectedState)
                socket->waitForDisconnected(5000);
        }
    }

    QByteArray m_body;
    std::unique_ptr<QThread> m_thread;
    std::atomic<int> m_port{0};
    std::atomic<int> m_requests{0};
    std::atomic<bool> m_stop{false};
};

} // namespace

class TestNewsCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    sn::test::CliRun cli(QStringList args)
    {
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        return sn::test::runCli(QStringLiteral(SUPERNOVA_CLI_BINARY), args,
                                m_dir.filePath(QStringLiteral("xdg")), 60000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("news.sqlite"));
    }

    void ingestListAndSentiment()
    {
        QFile feed(sn::test::testDataFile(QStringLiteral("news/rss2_quirks.xml")));
        QVERIFY(feed.open(QIODevice::ReadOnly));
        BlockingFeedServer server(feed.readAll());

        auto r = cli({QStringLiteral("news"), QStringLiteral("ingest"), server.url("/rss?s=AAPL"),
                      QStringLiteral("--symbol"), QStringLiteral("AAPL")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("read 5, stored 5, already stored 0")), qPrintable(r.out));
        QVERIFY(r.err.contains(QStringLiteral("warning: ")));
        QCOMPARE(server.requests(), 1);

        const QString csv = m_dir.filePath(QStringLiteral("heads.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("published,title,symbol\n"
                "2024-05-02T10:00:00Z,Apple shares plunge after analyst downgrade,AAPL\n"
                "2024-05-02T11:30:00Z,Apple upgraded to buy as iPhone sales surge,AAPL\n"
                "2024-05-03T09:00:00Z,Apple holds its annual meeting,AAPL\n");
        f.close();
        r = cli({QStringLiteral("--json"), QStringLiteral("news"), QStringLiteral("ingest"), csv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray reports = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports[0].toObject()[QStringLiteral("stored")].toInt(), 3);

        r = cli({QStringLiteral("--json"), QStringLiteral("news"), QStringLiteral("list"),
                 QStringLiteral("aapl"), QStringLiteral("--from"), QStringLiteral("2024-05-02"),
                 QStringLiteral("--to"), QStringLiteral("2024-05-02")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray items = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].toObject()[QStringLiteral("published")].toString(),
                 QStringLiteral("2024-05-02T11:30:00Z"));
        QVERIFY(items[0].toObject()[QStringLiteral("compound")].toDouble() > 0.05);
        QVERIFY(items[1].toObject()[QStringLiteral("compound")].toDouble() < -0.05);

        r = cli({QStringLiteral("--json"), QStringLiteral("sentiment"), QStringLiteral("AAPL"),
                 QStringLiteral("--from"), QStringLiteral("2024-05-02"), QStringLiteral("--to"),
                 QStringLiteral("2024-05-03"), QStringLiteral("--by"), QStringLiteral("day")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject s = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray buckets = s[QStringLiteral("buckets")].toArray();
        QCOMPARE(buckets.size(), 2);
        QCOMPARE(buckets[0].toObject()[QStringLiteral("start")].toString(), QStringLiteral("2024-05-02"));
        QCOMPARE(buckets[0].toObject()[QStringLiteral("items")].toInt(), 2);
        QCOMPARE(buckets[0].toObject()[QStringLiteral("share_positive")].toDouble(), 0.5);
        QCOMPARE(buckets[0].toObject()[QStringLiteral("share_negative")].toDouble(), 0.5);
        QCOMPARE(buckets[1].toObject()[QStringLiteral("items")].toInt(),
                 4); // 3 from the feed, 1 from the file

        r = cli({QStringLiteral("sentiment"), QStringLiteral("AAPL"), QStringLiteral("--from"),
                 QStringLiteral("2024-05-02"), QStringLiteral("--to"), QStringLiteral("2024-05-02"),
                 QStringLiteral("--by"), QStringLiteral("hour")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("2024-05-02T10:00:00Z")) &&
                     r.out.contains(QStringLiteral("2024-05-02T11:00:00Z")),
                 qPrintable(r.out));
    }

    void errors()
    {
        auto r = cli({QStringLiteral("sentiment"), QStringLiteral("AAPL"), QStringLiteral("--by"),
                      QStringLiteral("week")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--by")));
        r = cli({QStringLiteral("news"), QStringLiteral("list"), QStringLiteral("AAPL"),
                 QStringLiteral("--from"), QStringLiteral("May 2")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("news"), QStringLiteral("fetch")});
        QCOMPARE(r.code, 2);
        // Nothing listens on port 9 of the loopback interface.
        r = cli({QStringLiteral("news"), QStringLiteral("ingest"), QStringLiteral("http://127.0.0.1:9/feed"),
                 QStringLiteral("--timeout"), QStringLiteral("5")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("127.0.0.1:9/feed")), qPrintable(r.err));
        r = cli({QStringLiteral("news"), QStringLiteral("ingest"),
                 m_dir.filePath(QStringLiteral("missing.xml"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("missing.xml")));
    }

    // The stored feed list: `news feeds add|remove|enable|disable|list`,
    // `news ingest --feeds` and `news ingest` with no SOURCE reading every
    // enabled feed, a failing feed reported while the others are stored.
    void storedFeeds()
    {
        const QString saved = m_db;
        m_db = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("feeds.sqlite"));
        const auto restore = qScopeGuard([&] { m_db = saved; });
        QFile feed(sn::test::testDataFile(QStringLiteral("news/rss2_quirks.xml")));
        QVERIFY(feed.open(QIODevice::ReadOnly));
        BlockingFeedServer server(feed.readAll());
        const QString news = QStringLiteral("news"), feeds = QStringLiteral("feeds");

        auto r = cli({news, QStringLiteral("ingest"), QStringLiteral("--feeds")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("No news feeds stored")), qPrintable(r.out));
        r = cli({news, QStringLiteral("ingest")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no enabled feed stored")), qPrintable(r.err));

        const QString csv = m_dir.filePath(QStringLiteral("stored-feed.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("published,title,symbol\n"
                "2024-06-03T10:00:00Z,Microsoft beats estimates,MSFT\n"
                "2024-06-03T11:00:00Z,Microsoft shares slump,MSFT\n"
                "2024-06-04T09:00:00Z,Microsoft holds its annual meeting,MSFT\n");
        f.close();
        const QString unreachable = QStringLiteral("http://127.0.0.1:9/feed");
        r = cli({news, feeds, QStringLiteral("add"), server.url("/rss"), QStringLiteral("--symbol"),
                 QStringLiteral("aapl")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({news, feeds, QStringLiteral("add"), csv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({news, feeds, QStringLiteral("add"), unreachable});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Refused, naming what: not http(s), not an absolute path, a repeat.
        r = cli({news, feeds, QStringLiteral("add"), QStringLiteral("ftp://example.com/feed")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("ftp://example.com/feed")), qPrintable(r.err));
        r = cli({news, feeds, QStringLiteral("add"), QStringLiteral("relative/feed.xml")});
        QCOMPARE(r.code, 1);
        r = cli({news, feeds, QStringLiteral("add"), csv});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already stored")), qPrintable(r.err));

        r = cli({QStringLiteral("--json"), news, QStringLiteral("ingest"), QStringLiteral("--feeds")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonArray listed = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed[0].toObject()[QStringLiteral("symbol")].toString(), QStringLiteral("AAPL"));
        QCOMPARE(listed[1].toObject()[QStringLiteral("url")].toString(), csv);

        // One feed fails (nothing listens on port 9): the others are stored, the exit code says so.
        r = cli({QStringLiteral("--json"), news, QStringLiteral("ingest"), QStringLiteral("--timeout"),
                 QStringLiteral("5")});
        QCOMPARE(r.code, 1);
        QJsonArray reports = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(reports.size(), 3);
        QCOMPARE(reports[0].toObject()[QStringLiteral("stored")].toInt(), 5);
        QCOMPARE(reports[1].toObject()[QStringLiteral("stored")].toInt(), 3);
        QVERIFY(reports[2].toObject()[QStringLiteral("error")].toString().contains(unreachable));
        QCOMPARE(server.requests(), 1);

        r = cli({news, feeds, QStringLiteral("disable"), unreachable});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({news, QStringLiteral("ingest")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("read 5, stored 0, already stored 5")), qPrintable(r.out));
        QVERIFY(!r.out.contains(unreachable));
        QCOMPARE(server.requests(), 2);
        r = cli({QStringLiteral("--json"), news, QStringLiteral("list"), QStringLiteral("AAPL")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 5);

        r = cli({news, feeds, QStringLiteral("remove"), server.url("/rss")});
        QCOMPARE(r.code, 1); // stored for AAPL, not as a general feed
        r = cli({news, feeds, QStringLiteral("remove"), server.url("/rss"), QStringLiteral("--symbol"),
                 QStringLiteral("AAPL")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("--json"), news, feeds});
        listed = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed[1].toObject()[QStringLiteral("enabled")].toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestNewsCli)
#include "tst_news_cli.moc"
