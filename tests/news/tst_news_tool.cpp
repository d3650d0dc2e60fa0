// The advisor tool news_sentiment over a real SQLite database: figures equal
// the stored scores', the items it cites are the stored ones.
#include "core/advisor/ChatTypes.h"
#include "core/advisor/tools/AdvisorTools.h"
#include "core/news/VaderScorer.h"
#include "core/storage/Database.h"
#include "core/storage/NewsRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;
using namespace sn::advisor;

#define REQUIRE_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto &r_ = (expr);                                                                             \
        QVERIFY2(r_.ok(), r_.ok() ? "" : r_.error().toString().c_str());                                     \
    } while (false)

class TestNewsTool : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ToolRegistry> m_tools;
    std::vector<news::NewsItem> m_items;

    Result<QJsonObject> call(const QJsonObject &args)
    {
        return m_tools->call({QStringLiteral("1"), QStringLiteral("news_sentiment"), args});
    }

private slots:
    void initTestCase()
    {
        auto db = Database::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("t.sqlite")));
        REQUIRE_OK(db);
        m_db = std::move(db).value();
        REQUIRE_OK(m_db->migrate());
        const TimestampMs day = toTimestamp(CivilDate{2024, 5, 2});
        const char *titles[] = {"Apple beats estimates as iPhone sales surge",
                                "Apple shares plunge after analyst downgrade",
                                "Apple holds its annual meeting", "Apple faces fraud lawsuit",
                                "Apple upgraded to buy, shares rally"};
        const news::VaderScorer scorer;
        for (int i = 0; i < 5; ++i) {
            news::NewsItem item;
            item.title = QString::fromLatin1(titles[i]);
            item.link = QStringLiteral("https://news.example.com/%1").arg(i);
            item.publishedAt = day + (i % 2) * kMsPerDay + i * 3'600'000;
            item.symbols.append({QStringLiteral("AAPL"), news::SymbolSource::Feed});
            item.score = scorer.score(item.title);
            m_items.push_back(item);
        }
        REQUIRE_OK(m_db->transaction([&](QSqlDatabase &) -> Result<void> {
            for (news::NewsItem &item : m_items) {
                auto r = NewsRepository(*m_db).insert(item, news::VaderScorer::methodName(), 0);
                if (!r)
                    return r.error();
                item.id = r->id;
            }
            return {};
        }));
        m_tools = std::make_unique<ToolRegistry>(makeAdvisorTools(*m_db));
    }

    void summaryAndCitations()
    {
        auto r = call({{QStringLiteral("symbol"), QStringLiteral("aapl")},
                       {QStringLiteral("from"), QStringLiteral("2024-05-01")},
                       {QStringLiteral("to"), QStringLiteral("2024-05-05")},
                       {QStringLiteral("items"), 3}});
        REQUIRE_OK(r);
        const QJsonObject summary = r->value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("items")).toInt(), 5);
        double mean = 0;
        int positive = 0, negative = 0;
        for (const news::NewsItem &i : m_items) {
            mean += i.score.compound / 5.0;
            positive += i.score.compound >= 0.05;
            negative += i.score.compound <= -0.05;
        }
        QVERIFY(qAbs(summary.value(QStringLiteral("mean_compound")).toDouble() - mean) < 1e-4);
        QCOMPARE(summary.value(QStringLiteral("share_positive")).toDouble(), positive / 5.0);
        QCOMPARE(summary.value(QStringLiteral("share_negative")).toDouble(), negative / 5.0);
        QCOMPARE(r->value(QStringLiteral("daily")).toArray().size(), 2);
        const QJsonArray latest = r->value(QStringLiteral("latest_items")).toArray();
        QCOMPARE(latest.size(), 3);
        QCOMPARE(latest[0].toObject().value(QStringLiteral("link")).toString(),
                 QStringLiteral("https://news.example.com/3"));
        const QJsonArray worst = r->value(QStringLiteral("most_negative")).toArray();
        QVERIFY(!worst.isEmpty());
        QVERIFY(
            worst[0].toObject().value(QStringLiteral("title")).toString().contains(QLatin1String("fraud")) ||
            worst[0].toObject().value(QStringLiteral("title")).toString().contains(QLatin1String("plunge")));
        QCOMPARE(r->value(QStringLiteral("data_used"))
                     .toObject()
                     .value(QStringLiteral("item_ids"))
                     .toArray()
                     .size(),
                 5);
    }

    void emptyPeriodSaysHowToAddNews()
    {
        auto r = call({{QStringLiteral("symbol"), QStringLiteral("MSFT")}});
        REQUIRE_OK(r);
        QCOMPARE(r->value(QStringLiteral("items")).toInt(), 0);
        QVERIFY(r->value(QStringLiteral("note")).toString().contains(QLatin1String("news ingest")));
    }

    void badArguments()
    {
        QVERIFY(!call({{QStringLiteral("symbol"), QStringLiteral("AAPL")},
                       {QStringLiteral("from"), QStringLiteral("May")}})
                     .ok());
        QVERIFY(!call({{QStringLiteral("from"), QStringLiteral("2024-05-01")}}).ok()); // symbol required
        QVERIFY(!call({{QStringLiteral("symbol"), QStringLiteral("AAPL")},
                       {QStringLiteral("from"), QStringLiteral("2024-05-09")},
                       {QStringLiteral("to"), QStringLiteral("2024-05-01")}})
                     .ok());
    }
};

QTEST_APPLESS_MAIN(TestNewsTool)
#include "tst_news_tool.moc"
