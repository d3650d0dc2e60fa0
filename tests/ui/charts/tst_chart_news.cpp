// Issue 15 in the Charts area: the sentiment pane under the price chart
// (aligned to its time axis and zoom, hours or days, colours in both
// themes), the news list beside it (the chart's symbol and period, local
// times, click and Enter open the link), the empty state, reloading on a
// News change, and "Refresh news" reading the stored feeds from a loopback
// HTTP server off the GUI thread.
#include "core/storage/Database.h"
#include "core/workspace/NewsFeeds.h"
#include "core/workspace/NewsService.h"
#include "core/workspace/SampleData.h"
#include "core/workspace/Workspace.h"
#include "tests/testutils/TestPaths.h"
#include "ui/charts/ChartNews.h"
#include "ui/charts/ChartPane.h"
#include "ui/charts/ChartsView.h"
#include "ui/charts/NewsList.h"
#include "ui/charts/PriceChartView.h"
#include "ui/charts/SentimentPane.h"
#include "ui/settings/Theme.h"
#include "ui/shell/JobTracker.h"

#include <QApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QWheelEvent>
#include <map>

using namespace sn;
using namespace sn::ui;

// Stands in for the desktop's browser: QDesktopServices hands https links here.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QStringList urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url.toString(); }
};

namespace {

// One RSS body at every path, served on the GUI thread's event loop: the
// fetch has to run elsewhere for the answer to arrive.
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
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/aapl.rss").arg(m_server.serverPort()); }
    int requests = 0;

private:
    QByteArray m_body;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_request;
};

news::NewsItem headline(const QString &title, TimestampMs at, const QString &symbol, int n)
{
    news::NewsItem i;
    i.title = title + QStringLiteral(" #%1").arg(n);
    i.publishedAt = at;
    i.link = QStringLiteral("https://news.example.com/%1/%2").arg(symbol.toLower()).arg(n);
    i.source = QStringLiteral("Example Wire");
    i.symbols.append({symbol, news::SymbolSource::File});
    return i;
}

TimestampMs at(int y, int m, int d, int hour, int minute = 0)
{
    return toTimestamp(CivilDate{y, m, d}) + hour * 3'600'000LL + minute * 60'000LL;
}

int distance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

} // namespace

class TestChartNews : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_ws; // after m_db: destroyed before it
    std::vector<news::NewsItem> m_items;
    TimestampMs m_goodDay = 0, m_badDay = 0;

    std::unique_ptr<ChartsView> openView(JobTracker &jobs, const QString &symbol)
    {
        auto view = std::make_unique<ChartsView>(*m_ws, jobs);
        view->resize(1600, 900);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return nullptr;
        QSignalSpy loaded(view->news(), &ChartNews::newsLoaded);
        view->openSymbol(symbol);
        if (!loaded.wait(20000) && loaded.isEmpty())
            return nullptr;
        if (loaded.last().at(0).toString() != symbol)
            return nullptr;
        QTest::qWait(30); // the preset's range reaches the panes
        return view;
    }

    // The items of m_items about AAPL published in [from, to].
    int itemsIn(TimestampMs from, TimestampMs to) const
    {
        int n = 0;
        for (const news::NewsItem &i : m_items)
            n += i.publishedAt >= from && i.publishedAt <= to;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto db = Database::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("news.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(m_db->migrate().ok());
        m_ws = std::make_unique<Workspace>(*m_db);
        QVERIFY(SampleData(*m_db).load().ok()); // AAPL daily 2013-05..2018-05, MSFT monthly 2000..2010
        // April 2018: a good day (three upbeat headlines in the afternoon), a
        // bad day (two gloomy ones), and one neutral item on most weekdays.
        m_goodDay = at(2018, 4, 16, 0);
        m_badDay = at(2018, 4, 24, 0);
        int n = 0;
        for (int h : {14, 15, 16})
            m_items.push_back(headline(QStringLiteral("Apple beats estimates as iPhone sales surge"),
                                       m_goodDay + h * 3'600'000LL + 10 * 60'000, QStringLiteral("AAPL"),
                                       ++n));
        for (int minute : {3, 4}) {
            ++n;
            m_items.push_back(headline(QStringLiteral("Apple shares plunge after analyst downgrade"),
                                       m_badDay + 13 * 3'600'000LL + minute * 60'000LL,
                                       QStringLiteral("AAPL"), n));
        }
        for (int d = 2; d <= 27; ++d)
            if (d != 16 && d != 24)
                m_items.push_back(headline(QStringLiteral("Apple holds its annual meeting"),
                                           at(2018, 4, d, 9, 30), QStringLiteral("AAPL"), ++n));
        auto stored = NewsService(*m_ws).ingest(m_items, QStringLiteral("test items"));
        QVERIFY2(stored.ok(), stored.ok() ? "" : stored.error().toString().c_str());
        QCOMPARE(stored->stored, int(m_items.size()));
        Theme::apply(Theme::Mode::Light);
    }

    void paneFollowsTheChartAxisAndZoom()
    {
        JobTracker jobs;
        auto view = openView(jobs, QStringLiteral("AAPL"));
        QVERIFY(view);
        PriceChartView *chart = view->chart();
        SentimentPane *pane = view->sentimentPane();
        ChartPane *price = chart->pricePane();
        QCOMPARE(pane->xFrom(), chart->visibleFrom());
        QCOMPARE(pane->xTo(), chart->visibleTo());

        chart->setVisibleRange(at(2018, 4, 1, 0), at(2018, 4, 30, 0));
        QCOMPARE(pane->xFrom(), chart->visibleFrom());
        QCOMPARE(pane->xTo(), chart->visibleTo());
        // The same instant is at the same screen x in the pane and on the price pane.
        QCOMPARE(pane->width(), price->width());
        for (TimestampMs t : {m_goodDay, m_badDay, chart->visibleFrom(), chart->visibleTo()}) {
            const double x1 = pane->mapToGlobal(QPoint(0, 0)).x() + pane->mapX(double(t));
            const double x2 = price->mapToGlobal(QPoint(0, 0)).x() + price->mapX(double(t));
            QVERIFY2(std::abs(x1 - x2) < 0.5, qPrintable(QStringLiteral("%1 vs %2").arg(x1).arg(x2)));
        }
        // A month is shown by day: the days with items, with the database's figures.
        QCOMPARE(pane->resolution(), SentimentPane::Resolution::Day);
        auto days =
            NewsService(*m_ws).sentiment(QStringLiteral("AAPL"), chart->visibleFrom() - kMsPerDay / 2,
                                         chart->visibleTo() + kMsPerDay / 2, NewsService::Bucket::Day);
        QVERIFY(days.ok());
        const auto shown = pane->visibleBuckets();
        QCOMPARE(shown.size(), days->size());
        std::map<TimestampMs, news::SentimentBucket> byDay;
        for (const auto &b : shown)
            byDay[b.start] = b;
        QCOMPARE(byDay.at(m_goodDay).count, qint64(3));
        QVERIFY(byDay.at(m_goodDay).meanCompound > 0.3);
        QCOMPARE(byDay.at(m_badDay).count, qint64(2));
        QVERIFY(byDay.at(m_badDay).meanCompound < -0.3);
        QVERIFY(pane->emptyText().isEmpty());

        // Painted: green above the zero line on the good day, red below it on the bad one,
        // a count column on both, the background elsewhere.
        const QImage image = pane->grab().toImage();
        // Three pixels right of the bucket's middle: inside its bar, off a Monday's grid line.
        const auto pixel = [&](TimestampMs t, double y) {
            return QColor(image.pixel(int(pane->mapX(double(t))) + 3, int(y)));
        };
        const QColor good = pixel(m_goodDay, pane->scoreY(byDay.at(m_goodDay).meanCompound / 2));
        QVERIFY2(good.green() > good.red() + 40, qPrintable(good.name()));
        const QColor bad = pixel(m_badDay, pane->scoreY(byDay.at(m_badDay).meanCompound / 2));
        QVERIFY2(bad.red() > bad.green() + 40, qPrintable(bad.name()));
        const QColor background = QApplication::palette().color(QPalette::Base);
        QVERIFY(distance(pixel(m_goodDay, pane->countBand().bottom() - 2), background) > 30);
        QCOMPARE(pixel(m_goodDay, pane->scoreY(-0.6)), background);
        QVERIFY(pane->describe(byDay.at(m_goodDay)).contains(QStringLiteral("3 item")));
        QVERIFY(image.save(test::outputDir(QStringLiteral("ui/charts")) +
                           QStringLiteral("/sentiment-light.png")));

        // Zoomed to a few days: by hour (the chart keeps at least about five bars).
        chart->setVisibleRange(m_goodDay - kMsPerDay, m_goodDay + 2 * kMsPerDay);
        QCOMPARE(pane->xFrom(), chart->visibleFrom());
        QCOMPARE(pane->resolution(), SentimentPane::Resolution::Hour);
        int hoursWithItems = 0;
        for (const auto &b : pane->visibleBuckets()) {
            QCOMPARE(b.start % 3'600'000, TimestampMs(0));
            hoursWithItems +=
                b.start >= m_goodDay + 14 * 3'600'000LL && b.start <= m_goodDay + 16 * 3'600'000LL;
        }
        QCOMPARE(hoursWithItems, 3);
        const auto hourAt = pane->bucketAt(pane->mapX(double(m_goodDay + 15 * 3'600'000LL)));
        QVERIFY(hourAt.has_value());
        QCOMPARE(hourAt->start, m_goodDay + 15 * 3'600'000LL);
        QCOMPARE(hourAt->count, qint64(1));

        // The wheel over the pane zooms the chart at the cursor; double-click shows everything.
        const TimestampMs before = chart->visibleTo() - chart->visibleFrom();
        chart->setVisibleRange(at(2018, 1, 1, 0), at(2018, 5, 1, 0));
        const TimestampMs wide = chart->visibleTo() - chart->visibleFrom();
        QVERIFY(wide > before);
        const QPointF middle = pane->plotRect().center();
        QWheelEvent wheel(middle, pane->mapToGlobal(middle), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(pane, &wheel);
        QVERIFY(chart->visibleTo() - chart->visibleFrom() < wide);
        QCOMPARE(pane->xFrom(), chart->visibleFrom());
        QTest::mouseDClick(pane, Qt::LeftButton, {}, middle.toPoint());
        QCOMPARE(chart->visibleFrom(), chart->bars().time.front());
        jobs.waitForAll();
    }

    void listShowsThePeriodAndOpensLinks()
    {
        JobTracker jobs;
        auto view = openView(jobs, QStringLiteral("AAPL"));
        QVERIFY(view);
        PriceChartView *chart = view->chart();
        NewsList *list = view->newsList();
        // Everything (the Max preset): every item.
        QCOMPARE(list->shownCount(), int(m_items.size()));
        chart->setVisibleRange(at(2018, 4, 10, 0), at(2018, 4, 20, 0));
        const int expected = itemsIn(chart->visibleFrom(), chart->visibleTo() + kMsPerDay - 1);
        QVERIFY(expected >= 5 && expected < int(m_items.size()));
        QCOMPARE(list->shownCount(), expected);
        QVERIFY(list->statusText().contains(QString::number(expected)));

        // Newest first, the time in the local zone and format, the source, the score.
        QTreeWidget *tree = list->tree();
        QTreeWidgetItem *first = nullptr;
        for (int r = 0; r < tree->topLevelItemCount() && !first; ++r)
            if (!tree->topLevelItem(r)->isHidden())
                first = tree->topLevelItem(r);
        QVERIFY(first);
        const news::NewsItem *newest = nullptr;
        for (const news::NewsItem &i : m_items)
            if (i.publishedAt >= chart->visibleFrom() && i.publishedAt < chart->visibleTo() + kMsPerDay &&
                (!newest || i.publishedAt > newest->publishedAt))
                newest = &i;
        QVERIFY(newest);
        QCOMPARE(first->text(2), newest->title);
        QCOMPARE(first->text(0),
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(newest->publishedAt).toLocalTime(),
                                    QLocale::ShortFormat));
        QCOMPARE(first->text(1), QStringLiteral("Example Wire"));
        QVERIFY(!first->text(3).isEmpty());

        // A click opens the link; so does Enter on the current row.
        UrlCatcher browser;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
        const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); });
        QSignalSpy opened(list, &NewsList::linkOpened);
        tree->scrollToItem(first);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(first).center());
        QCOMPARE(browser.urls, QStringList{newest->link});
        QCOMPARE(opened.count(), 1);
        QTreeWidgetItem *second = tree->itemBelow(first);
        QVERIFY(second);
        tree->setCurrentItem(second);
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(browser.urls.size(), 2);
        QCOMPARE(browser.urls.last(), QStringLiteral("https://news.example.com/aapl/") +
                                          second->text(2).section(QLatin1Char('#'), -1));
        jobs.waitForAll();
    }

    void emptyStateThenReloadsOnNewsChange()
    {
        JobTracker jobs;
        auto view = openView(jobs, QStringLiteral("MSFT"));
        QVERIFY(view);
        NewsList *list = view->newsList();
        SentimentPane *pane = view->sentimentPane();
        QVERIFY2(list->messageText().contains(QStringLiteral("Preferences > News feeds")),
                 qPrintable(list->messageText()));
        QVERIFY2(pane->emptyText().contains(QStringLiteral("News feeds")), qPrintable(pane->emptyText()));
        QCOMPARE(list->shownCount(), 0);

        // An ingest anywhere (here through the service, as the CLI would) announces News: the view reloads.
        QSignalSpy loaded(view->news(), &ChartNews::newsLoaded);
        std::vector<news::NewsItem> items{headline(QStringLiteral("Microsoft beats estimates"),
                                                   at(2009, 6, 15, 14), QStringLiteral("MSFT"), 1),
                                          headline(QStringLiteral("Microsoft shares slump"),
                                                   at(2009, 7, 15, 14), QStringLiteral("MSFT"), 2)};
        QVERIFY(NewsService(*m_ws).ingest(items, QStringLiteral("test")).ok());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.last().at(0).toString(), QStringLiteral("MSFT"));
        QTRY_COMPARE(list->shownCount(), 2);
        QVERIFY(pane->emptyText().isEmpty());
        QCOMPARE(pane->visibleBuckets().size(), std::size_t(2));
        jobs.waitForAll();
    }

    void refreshNewsReadsTheStoredFeeds()
    {
        FeedServer server(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Apple wire</title>"
            "<item><title>Apple rallies as services revenue soars</title>"
            "<link>https://wire.example.com/a1</link><pubDate>Wed, 09 May 2018 14:00:00 GMT</pubDate></item>"
            "<item><title>Apple supplier warns of weak demand</title>"
            "<link>https://wire.example.com/a2</link><pubDate>Thu, 10 May 2018 08:15:00 GMT</pubDate></item>"
            "</channel></rss>");
        QVERIFY(NewsFeedService(*m_ws).setFeeds({NewsFeed{server.url(), QStringLiteral("AAPL"), true}}).ok());
        JobTracker jobs;
        auto view = openView(jobs, QStringLiteral("AAPL"));
        QVERIFY(view);
        NewsList *list = view->newsList();
        const int before = list->shownCount();
        QSignalSpy refreshed(view->news(), &ChartNews::feedsRefreshed);
        QSignalSpy loaded(view->news(), &ChartNews::newsLoaded);
        QTest::mouseClick(list->refreshButton(), Qt::LeftButton);
        // The fetch runs in a job: the server (on this thread) could not answer otherwise.
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(server.requests, 1);
        QVERIFY2(refreshed.last().at(0).toString().contains(QStringLiteral("2 new item")),
                 qPrintable(refreshed.last().at(0).toString()));
        QCOMPARE(list->feedStatus(), refreshed.last().at(0).toString());
        QVERIFY(list->refreshButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        QTRY_COMPARE(list->shownCount(), before + 2);

        // A failing feed is reported by name, the others still read.
        QVERIFY(NewsFeedService(*m_ws)
                    .setFeeds({NewsFeed{QStringLiteral("http://127.0.0.1:9/none.rss"), {}, true},
                               NewsFeed{server.url(), QStringLiteral("AAPL"), true}})
                    .ok());
        QTest::mouseClick(list->refreshButton(), Qt::LeftButton);
        QVERIFY(refreshed.wait(30000));
        const QString summary = refreshed.last().at(0).toString();
        QVERIFY2(summary.contains(QStringLiteral("0 new item")) &&
                     summary.contains(QStringLiteral("127.0.0.1:9")),
                 qPrintable(summary));
        QCOMPARE(server.requests, 2);
        QVERIFY(NewsFeedService(*m_ws).setFeeds({}).ok());
        jobs.waitForAll();
    }

    void darkTheme()
    {
        JobTracker jobs;
        auto view = openView(jobs, QStringLiteral("AAPL"));
        QVERIFY(view);
        view->chart()->setVisibleRange(at(2018, 4, 1, 0), at(2018, 4, 30, 0));
        Theme::apply(Theme::Mode::Dark);
        const auto light = qScopeGuard([] { Theme::apply(Theme::Mode::Light); });
        QTest::qWait(20);
        SentimentPane *pane = view->sentimentPane();
        const QColor base = QApplication::palette().color(QPalette::Base);
        QVERIFY(base.lightness() < 60);
        const QImage image = pane->grab().toImage();
        QCOMPARE(QColor(image.pixel(2, 2)), base);
        // Axis labels in the text colour right of the plot; the good day's bar still green.
        const QColor text = QApplication::palette().color(QPalette::Text);
        int textPixels = 0;
        for (int x = int(pane->plotRect().right()) + 4; x < image.width(); ++x)
            for (int y = 0; y < image.height(); ++y)
                textPixels += distance(QColor(image.pixel(x, y)), text) < 150 ? 1 : 0;
        QVERIFY(textPixels > 30);
        const QColor good =
            QColor(image.pixel(int(pane->mapX(double(m_goodDay))) + 3, int(pane->scoreY(0.2))));
        QVERIFY2(good.green() > good.red() + 40, qPrintable(good.name()));
        QVERIFY(
            image.save(test::outputDir(QStringLiteral("ui/charts")) + QStringLiteral("/sentiment-dark.png")));
        jobs.waitForAll();
    }
};

QTEST_MAIN(TestChartNews)
#include "tst_chart_news.moc"
