// Issue 17 for market data, news and notes: what an analyst on an offline
// machine meets first in the German desktop. Fetching prices or a news feed
// with no network (a refused connection on 127.0.0.1), a vendor's HTTP error,
// a missing or refused API key, a vendor's error body, a news or headline file
// that cannot be read, a note refused, a bar file whose header is data: each
// reads in the desktop's language and says what happened and what to do, while
// the English message (logs, the CLI, --json) stays word for word as before.
#include "core/market/CsvBarReader.h"
#include "core/market/Interval.h"
#include "core/workspace/MarketFetchService.h"
#include "core/workspace/NewsFeeds.h"
#include "core/workspace/NewsService.h"
#include "core/workspace/NoteService.h"
#include "core/workspace/ProviderSettings.h"
#include "core/workspace/SettingsService.h"
#include "core/workspace/Workspace.h"
#include "tests/providers/FakeClock.h"
#include "tests/providers/VendorFormats.h"
#include "tests/providers/VendorServer.h"
#include "ui/charts/ChartNews.h"
#include "ui/market/FetchCoverageModel.h"
#include "ui/market/MarketFetchPanel.h"
#include "ui/settings/Language.h"
#include "ui/settings/NewsFeedsPage.h"
#include "ui/shell/JobTracker.h"

#include <QFile>
#include <QHostAddress>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sn;
using namespace sn::test;
using namespace sn::ui;

namespace {

const QDate kFrom(2024, 1, 2);
const QDate kTo(2024, 3, 29); // the fake clock's today

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// A port on 127.0.0.1 where nothing listens: a connection to it is refused,
// as when the machine is offline or the service is down.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QUrl closedUrl(quint16 port, const QString &path = {})
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
}

MarketFetchOptions at(const QString &provider, const QUrl &base)
{
    MarketFetchOptions o;
    o.provider = provider;
    o.baseUrl = base;
    o.from = kFrom;
    o.to = kTo;
    return o;
}

} // namespace

class TestErrorLanguageData : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    FakeClock m_clock;
    Market m_market = Market::acme(kFrom, kTo, QDate(2024, 2, 15), QDate(2024, 3, 1));

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto ws =
            Workspace::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("data.sqlite")));
        QVERIFY2(ws.ok(), ws ? "" : ws.error().toString().c_str());
        m_ws = std::move(ws).value();
    }

    void cleanup() { QVERIFY(Language::apply(QStringLiteral("en"))); }

    void refusedConnectionInGerman()
    {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        QVERIFY(Language::apply(QStringLiteral("de")));
        MarketFetchService service(*m_ws, {}, m_clock.environment());
        auto got = service.fetch(QStringLiteral("NEWSYM"), at(QStringLiteral("yahoo"), closedUrl(port)));
        QVERIFY(!got);
        QCOMPARE(got.error().code, ErrorCode::Unavailable);
        // The log's and the CLI's text as before, with Qt's own words for the failure (in the
        // desktop Qt's translator has them; the CLI has none, so there they are English).
        const QString english = qs(got.error().toString());
        QVERIFY2(
            english.startsWith(
                QStringLiteral("symbol NEWSYM: yahoo: no answer from 127.0.0.1:%1 (").arg(port)) &&
                english.endsWith(QStringLiteral(") after 4 attempt(s); nothing is cached for NEWSYM yet")),
            qPrintable(english));
        const QString german = qs(got.error().toUserString());
        QVERIFY2(german.startsWith(
                     QStringLiteral("Symbol NEWSYM: yahoo: keine Antwort von 127.0.0.1:%1").arg(port)),
                 qPrintable(german));
        QVERIFY2(german.contains(QStringLiteral("Der Server hat die Verbindung abgelehnt")),
                 qPrintable(german));
        QVERIFY2(german.contains(QStringLiteral("Einstellungen > Datenanbieter")), qPrintable(german));
        QVERIFY2(german.contains(QStringLiteral("für NEWSYM ist noch nichts zwischengespeichert")),
                 qPrintable(german));
        QVERIFY2(!german.contains(QStringLiteral("Connection refused")), qPrintable(german));
    }

    void refusedConnectionInSpanish()
    {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        QVERIFY(Language::apply(QStringLiteral("es")));
        MarketFetchService service(*m_ws, {}, m_clock.environment());
        auto got = service.fetch(QStringLiteral("NEWSYM"), at(QStringLiteral("stooq"), closedUrl(port)));
        QVERIFY(!got);
        const QString spanish = qs(got.error().toUserString());
        QVERIFY2(spanish.contains(QStringLiteral("el servidor rechazó la conexión")), qPrintable(spanish));
        QVERIFY2(spanish.contains(QStringLiteral("Preferencias > Proveedores de datos")),
                 qPrintable(spanish));
        QVERIFY2(!spanish.contains(QStringLiteral("Connection refused")), qPrintable(spanish));
        QVERIFY2(qs(got.error().message).startsWith(QStringLiteral("stooq: no answer from 127.0.0.1:")),
                 got.error().message.c_str());
    }

    void offlineNoteAndServerErrorInGerman()
    {
        int status = 200;
        VendorServer yahoo([&](const VendorServer::Request &r) -> VendorServer::Response {
            if (status != 200)
                return {status, "text/html", "<html>Service Unavailable</html>", {}};
            if (!r.path.endsWith("/ACME"))
                return yahooNotFound();
            return yahooChart(m_market, QStringLiteral("ACME"), r.item("period1").toLongLong(),
                              r.item("period2").toLongLong());
        });
        QVERIFY(yahoo.listen());
        MarketFetchService service(*m_ws, {}, m_clock.environment());
        auto first = service.fetch(QStringLiteral("ACME"), at(QStringLiteral("yahoo"), yahoo.url()));
        QVERIFY2(first.ok(), first ? "" : first.error().toString().c_str());

        QVERIFY(Language::apply(QStringLiteral("de")));
        // The coverage table's tooltip: how the vendor's prices were adjusted, stored in English.
        auto coverage = service.coverage();
        QVERIFY(coverage.ok());
        FetchCoverageModel model;
        model.setRows(*coverage);
        QCOMPARE(
            model.data(model.index(0, FetchCoverageModel::Source), Qt::ToolTipRole).toString(),
            QStringLiteral("von Yahoo split-bereinigt, mit seinen Split-Ereignissen rückgängig gemacht"));
        QCOMPARE(coverage->front().note,
                 QStringLiteral("split-adjusted by Yahoo, undone with its split events"));

        // The vendor's server has trouble: it answers 503 every time.
        status = 503;
        auto troubled = service.fetch(QStringLiteral("ACME"), at(QStringLiteral("yahoo"), yahoo.url()));
        QVERIFY2(troubled.ok(), troubled ? "" : troubled.error().toString().c_str());
        QVERIFY(troubled->offline);
        QVERIFY2(troubled->note.startsWith(QStringLiteral("offline: showing data up to 2024-03-")) &&
                     troubled->note.endsWith(
                         QStringLiteral(" (yahoo: HTTP 503 from 127.0.0.1 after 4 attempt(s))")),
                 qPrintable(troubled->note));
        QVERIFY2(troubled->userNote.startsWith(QStringLiteral("offline: Es werden die Daten bis 2024-03-")),
                 qPrintable(troubled->userNote));
        QVERIFY2(troubled->userNote.contains(QStringLiteral("mit einem Fehler (HTTP 503)")),
                 qPrintable(troubled->userNote));

        // The vendor gone.
        yahoo.stop();
        auto offline = service.fetch(QStringLiteral("ACME"), at(QStringLiteral("yahoo"), yahoo.url()));
        QVERIFY2(offline.ok(), offline ? "" : offline.error().toString().c_str());
        QVERIFY(offline->offline);
        QVERIFY2(offline->note.contains(QStringLiteral("(yahoo: no answer from 127.0.0.1:")),
                 qPrintable(offline->note));
        QVERIFY2(offline->userNote.contains(QStringLiteral("Der Server hat die Verbindung abgelehnt")),
                 qPrintable(offline->userNote));
        QVERIFY2(!offline->userNote.contains(QStringLiteral("Connection refused")),
                 qPrintable(offline->userNote));
    }

    void apiKeysAndVendorAnswersInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        VendorServer tiingo([&](const VendorServer::Request &r) -> VendorServer::Response {
            if (r.headers.value("authorization") != "Token right")
                return {401, "application/json", "{\"detail\":\"Invalid token.\"}", {}};
            return tiingoDaily(m_market, kFrom, kTo);
        });
        QVERIFY(tiingo.listen());

        // No key stored in the keychain.
        MarketFetchService none(
            *m_ws,
            [](const QString &) -> Result<QString> { return Error(ErrorCode::NotFound, "no such entry"); },
            m_clock.environment());
        auto missing = none.fetch(QStringLiteral("ACME"), at(QStringLiteral("tiingo"), tiingo.url()));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::AccessDenied);
        QCOMPARE(qs(missing.error().toString()),
                 QStringLiteral("symbol ACME: tiingo: tiingo needs an API key and none is stored: add it in "
                                "Preferences > Data providers (keychain entry providers/tiingo/api-key)"));
        const QString noKey = qs(missing.error().toUserString());
        QVERIFY2(noKey.contains(QStringLiteral("benötigt einen API-Schlüssel")), qPrintable(noKey));
        QVERIFY2(noKey.startsWith(QStringLiteral("Symbol ACME")), qPrintable(noKey));

        // A wrong key: the vendor's 401 body is quoted, the sentence around it German.
        MarketFetchService wrong(
            *m_ws, [](const QString &) -> Result<QString> { return QStringLiteral("wrong"); },
            m_clock.environment());
        auto refused = wrong.fetch(QStringLiteral("ACME"), at(QStringLiteral("tiingo"), tiingo.url()));
        QVERIFY(!refused);
        QVERIFY2(
            qs(refused.error().message)
                .startsWith(QStringLiteral("tiingo: the API key was refused while fetching ACME (the vendor "
                                           "says: Invalid token.)")),
            refused.error().message.c_str());
        const QString german = qs(refused.error().toUserString());
        QVERIFY2(german.contains(QStringLiteral("API-Schlüssel wurde beim Abruf von ACME abgelehnt")),
                 qPrintable(german));
        QVERIFY2(german.contains(QStringLiteral("Invalid token.")), qPrintable(german));

        // An unknown symbol, as Yahoo says it.
        VendorServer yahoo([](const VendorServer::Request &) { return yahooNotFound(); });
        QVERIFY(yahoo.listen());
        MarketFetchService service(*m_ws, {}, m_clock.environment());
        auto unknown = service.fetch(QStringLiteral("NOPE"), at(QStringLiteral("yahoo"), yahoo.url()));
        QVERIFY(!unknown);
        QVERIFY2(qs(unknown.error().message).startsWith(QStringLiteral("yahoo: unknown symbol 'NOPE'")),
                 unknown.error().message.c_str());
        const QString notFound = qs(unknown.error().toUserString());
        QVERIFY2(notFound.contains(QStringLiteral("unbekanntes Symbol 'NOPE'")), qPrintable(notFound));
    }

    void fetchPanelSaysItInGerman()
    {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        QVERIFY(SettingsService(*m_ws)
                    .set(MarketFetchService::settingKey(QStringLiteral("yahoo"), "base_url"),
                         closedUrl(port).toString())
                    .ok());
        QVERIFY(Language::apply(QStringLiteral("de")));
        JobTracker jobs;
        MarketFetchPanel panel(*m_ws, jobs);
        panel.show();
        QSignalSpy finished(&panel, &MarketFetchPanel::fetchFinished);
        panel.setSymbols(QStringLiteral("LONELY"));
        panel.fetch();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), false);
        const QString status = panel.statusText();
        QVERIFY2(status.contains(QStringLiteral("Der Server hat die Verbindung abgelehnt")),
                 qPrintable(status));
        QVERIFY2(!status.contains(QStringLiteral("Connection refused")), qPrintable(status));
        jobs.waitForAll();
        QVERIFY(SettingsService(*m_ws)
                    .remove(MarketFetchService::settingKey(QStringLiteral("yahoo"), "base_url"))
                    .ok());
    }

    void newsFeedErrorsInGerman()
    {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        QVERIFY(Language::apply(QStringLiteral("de")));
        const QString url = closedUrl(port, QStringLiteral("/feed.rss")).toString();
        auto unreachable = NewsFeedService(*m_ws).test({url, {}, true});
        QVERIFY(!unreachable);
        QVERIFY2(qs(unreachable.error().toString()).startsWith(QStringLiteral("feed %1: ").arg(url)),
                 unreachable.error().toString().c_str());
        const QString german = qs(unreachable.error().toUserString());
        QVERIFY2(german.startsWith(QStringLiteral("Feed %1: ").arg(url)), qPrintable(german));
        QVERIFY2(german.contains(QStringLiteral("Der Server hat die Verbindung abgelehnt")),
                 qPrintable(german));

        auto notAFeedAddress = NewsFeedService::check({QStringLiteral("ftp://example.com/x"), {}, true});
        QVERIFY(!notAFeedAddress);
        QVERIFY2(
            qs(notAFeedAddress.error().toUserString()).contains(QStringLiteral("weder eine http(s)-Adresse")),
            notAFeedAddress.error().toUserString().c_str());

        auto twice = NewsFeedService(*m_ws).setFeeds({{url, {}, true}, {url, {}, true}});
        QVERIFY(!twice);
        QCOMPARE(qs(twice.error().toString()), QStringLiteral("news feed 2 (%1): listed twice").arg(url));
        QCOMPARE(qs(twice.error().toUserString()),
                 QStringLiteral("Newsfeed 2 (%1): doppelt aufgeführt").arg(url));

        // The Preferences page's Test button shows the same sentence.
        JobTracker jobs;
        NewsFeedsPage page(*m_ws, jobs);
        QSignalSpy tested(&page, &NewsFeedsPage::tested);
        const int row = page.addFeed(url);
        page.testFeed(row);
        QVERIFY(tested.wait(20000));
        QCOMPARE(tested.last().at(1).toBool(), false);
        QVERIFY2(page.status().contains(QStringLiteral("Der Server hat die Verbindung abgelehnt")),
                 qPrintable(page.status()));
        jobs.waitForAll();
    }

    void headlineAndFeedFilesInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        const QString csv = m_dir.filePath(QStringLiteral("headlines.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("published,title,mood\n2024-05-02T14:30:00Z,Acme beats estimates,happy\n");
        f.close();
        auto read = NewsService::readSource(csv);
        QVERIFY(!read);
        QCOMPARE(qs(read.error().message),
                 QStringLiteral(
                     "unknown column 'mood' (expected published, title, link, symbol, source, summary)"));
        QVERIFY2(qs(read.error().toUserString()).contains(QStringLiteral("unbekannte Spalte 'mood'")),
                 read.error().toUserString().c_str());

        const QString badDate = m_dir.filePath(QStringLiteral("dates.csv"));
        QFile d(badDate);
        QVERIFY(d.open(QIODevice::WriteOnly));
        d.write("published,title\nyesterday,Acme beats estimates\n");
        d.close();
        auto date = NewsService::readSource(badDate);
        QVERIFY(!date);
        QVERIFY2(qs(date.error().toUserString()).contains(QStringLiteral("Feld 'published': '")),
                 date.error().toUserString().c_str());

        const QString page = m_dir.filePath(QStringLiteral("page.xml"));
        QFile x(page);
        QVERIFY(x.open(QIODevice::WriteOnly));
        x.write("<html><body>Not a feed</body></html>");
        x.close();
        auto feed = NewsService::readSource(page);
        QVERIFY(!feed);
        QCOMPARE(qs(feed.error().message),
                 QStringLiteral("not an RSS or Atom feed: the document's root element is <html>"));
        QVERIFY2(qs(feed.error().toUserString()).contains(QStringLiteral("kein RSS- oder Atom-Feed")),
                 feed.error().toUserString().c_str());
    }

    void notesAndProviderSettingsInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        auto note =
            NoteService(*m_ws).add(QStringLiteral("portfolio"), 1, QStringLiteral("Rebalance in May"));
        QVERIFY(!note);
        QCOMPARE(qs(note.error().toString()),
                 QStringLiteral("note: notes are signed with your team user: sign in to a team server first "
                                "(Preferences > Team, or 'supernova-cli sync login')"));
        const QString german = qs(note.error().toUserString());
        QVERIFY2(german.startsWith(QStringLiteral("Notiz: ")), qPrintable(german));
        QVERIFY2(german.contains(QStringLiteral("Einstellungen > Team")), qPrintable(german));

        auto empty = NoteService(*m_ws).add(QStringLiteral("portfolio"), 1, QStringLiteral("  "));
        QVERIFY(!empty);
        QCOMPARE(qs(empty.error().toUserString()), QStringLiteral("Notiz: Eine Notiz braucht einen Text"));

        auto providers = ProviderSettings(*m_ws).providers();
        QVERIFY(providers.ok());
        std::vector<ProviderChoice> doubled = *providers;
        doubled.push_back(doubled.front());
        auto saved = ProviderSettings(*m_ws).saveProviders(doubled);
        QVERIFY(!saved);
        QCOMPARE(qs(saved.error().toString()),
                 QStringLiteral("data providers: provider '%1' is listed twice").arg(doubled.front().id));
        QCOMPARE(
            qs(saved.error().toUserString()),
            QStringLiteral("Datenanbieter: Anbieter '%1' ist doppelt aufgeführt").arg(doubled.front().id));
    }

    void barFileWithoutHeaderInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        CsvReadOptions options;
        options.symbol = "ACME";
        auto read = readBarCsvText("2021-01-04,10,11,9.5,10.5,1000\n2021-01-05,10.5,12,10,11,1200\n",
                                   "acme.csv", options);
        QVERIFY(!read);
        QVERIFY2(qs(read.error().toString())
                     .startsWith(
                         QStringLiteral("acme.csv:1: the first line '2021-01-04,10,11,9.5,10.5,1000' looks "
                                        "like data, not a header")),
                 read.error().toString().c_str());
        const QString german = qs(read.error().toUserString());
        QVERIFY2(german.startsWith(QStringLiteral("acme.csv:1: ")), qPrintable(german));
        QVERIFY2(german.contains(QStringLiteral("sieht nach Daten aus, nicht nach einer Kopfzeile")),
                 qPrintable(german));
    }

    // A monthly series stored as daily is refused before it is annualised
    // (lab, risk, advisor): the reader's sentence names the intervals and the
    // evidence in German; the English is word for word as before.
    void intervalSpacingInGerman()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        BarSeries monthly;
        monthly.symbol = "MON";
        monthly.interval = "1d";
        for (int m = 0; m < 24; ++m) {
            monthly.time.push_back(toTimestamp(CivilDate{2020 + m / 12, m % 12 + 1, 1}));
            for (auto *column : {&monthly.open, &monthly.high, &monthly.low, &monthly.close})
                column->push_back(100.0 + m);
            monthly.volume.push_back(0);
        }
        auto refused = checkIntervalSpacing(monthly);
        QVERIFY(!refused.ok());
        QCOMPARE(
            qs(refused.error().toString()),
            QStringLiteral("series MON: 'MON' is stored as daily ('1d') bars, but the median gap between "
                           "dates is 31 days, which is monthly; annualised figures would be wrong. Import "
                           "the file again with --interval 1mo (or choose the interval in the import "
                           "wizard)"));
        const QString german = qs(refused.error().toUserString());
        for (const char *english : {"daily", "monthly", "median gap", "stored as"})
            QVERIFY2(!german.contains(QLatin1String(english)), qPrintable(german));
        QVERIFY2(german.contains(QStringLiteral("täglich")) && german.contains(QStringLiteral("monatlich")),
                 qPrintable(german));
        QCOMPARE(QString::fromStdString(intervalDescriptionForReader("1wk")), QStringLiteral("wöchentlich"));

        // The import says how it decided the interval, in both languages.
        std::string csv = "Date,Close\n";
        for (int m = 0; m < 24; ++m)
            csv += formatDate(monthly.time[std::size_t(m)]) + "," + std::to_string(100 + m) + "\n";
        CsvReadOptions options;
        options.symbol = "MON";
        auto read = readBarCsvText(csv, "mon.csv", options);
        QVERIFY2(read.ok(), read ? "" : read.error().toString().c_str());
        QCOMPARE(read->intervalNotes.size(), std::size_t(1));
        QCOMPARE(read->intervalUserNotes.size(), std::size_t(1));
        QCOMPARE(qs(read->intervalNotes.front()),
                 QStringLiteral("monthly: the median gap between dates is 31 days"));
        QVERIFY2(qs(read->intervalUserNotes.front()).startsWith(QStringLiteral("monatlich: ")),
                 read->intervalUserNotes.front().c_str());
    }
};

QTEST_MAIN(TestErrorLanguageData)
#include "tst_error_language_data.moc"
