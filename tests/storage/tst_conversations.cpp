// Conversation storage on SQLite (tst_conversations) and PostgreSQL
// (tst_conversations_postgres, needs the `postgres` CTest fixture).
#include "core/storage/ConversationRepository.h"
#include "core/storage/Database.h"
#include "tests/testutils/TestPaths.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sn;

#define REQUIRE_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto &r_ = (expr);                                                                             \
        QVERIFY2(r_.ok(), r_.ok() ? "" : r_.error().toString().c_str());                                     \
    } while (false)

class TestConversations : public QObject
{
    Q_OBJECT
private:
    bool m_postgres = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    qint64 make(const char *title, TimestampMs created)
    {
        Conversation c;
        c.title = QString::fromUtf8(title);
        c.persona = QStringLiteral("balanced");
        c.provider = QStringLiteral("offline");
        c.createdAt = created;
        auto id = ConversationRepository(*m_db).create(c);
        return id ? *id : -1;
    }

    qint64 say(qint64 conversation, const char *role, const QString &text, TimestampMs at)
    {
        ConversationMessage m;
        m.conversationId = conversation;
        m.role = QString::fromLatin1(role);
        m.text = text;
        m.createdAt = at;
        auto id = ConversationRepository(*m_db).append(m);
        return id ? *id : -1;
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
            url = QStringLiteral("sqlite://") + m_dir->filePath(QStringLiteral("c.sqlite"));
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
    }

    void cleanup() { m_db.reset(); }

    void createListRenameDelete()
    {
        ConversationRepository repo(*m_db);
        const qint64 a = make("AAPL backtests", 1000);
        const qint64 b = make("Portfolio risk", 2000);
        QVERIFY(a > 0 && b > 0);
        auto list = repo.list();
        REQUIRE_OK(list);
        QCOMPARE(list->size(), std::size_t(2));
        QCOMPARE(list->front().id, b); // most recent first
        QVERIFY(say(a, "user", QStringLiteral("hello"), 3000) > 0);
        QCOMPARE(repo.list()->front().id, a); // a message makes it the most recent
        QCOMPARE(repo.list()->front().messageCount, qint64(1));
        QCOMPARE(repo.list()->front().updatedAt, TimestampMs(3000));

        REQUIRE_OK(repo.rename(b, QStringLiteral("  VaR questions ")));
        QCOMPARE(repo.find(b)->title, QStringLiteral("VaR questions"));
        QCOMPARE(repo.rename(b, QStringLiteral(" ")).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(repo.rename(999, QStringLiteral("x")).error().code, ErrorCode::NotFound);
        QCOMPARE(repo.create(Conversation{}).error().code, ErrorCode::InvalidArgument);

        REQUIRE_OK(repo.remove(a));
        QCOMPARE(repo.find(a).error().code, ErrorCode::NotFound);
        QCOMPARE(repo.messages(a).error().code, ErrorCode::NotFound);
        QSqlQuery q(*m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM messages")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(0)); // cascaded
        QCOMPARE(repo.remove(a).error().code, ErrorCode::NotFound);
    }

    void messagesKeepEverything()
    {
        ConversationRepository repo(*m_db);
        const qint64 c = make("full", 1000);
        ConversationMessage m;
        m.conversationId = c;
        m.role = QStringLiteral("assistant");
        m.text = QStringLiteral("Let me run that. \u00dcberblick \U0001F680");
        m.toolCalls =
            QStringLiteral(R"([{"id":"call_1","name":"run_backtest","arguments":{"symbol":"AAPL"}}])");
        m.inputTokens = 1234;
        m.outputTokens = 56;
        m.costMicroUsd = 9'876'543'210LL; // beyond 32 bits
        m.latencyMs = 812;
        m.partial = true;
        m.createdAt = 5000;
        REQUIRE_OK(repo.append(m));
        ConversationMessage tool;
        tool.conversationId = c;
        tool.role = QStringLiteral("tool");
        tool.toolCallId = QStringLiteral("call_1");
        tool.toolName = QStringLiteral("run_backtest");
        tool.text = QStringLiteral(R"({"metrics":{"sharpe":0.8}})");
        REQUIRE_OK(repo.append(tool));
        auto all = repo.messages(c);
        REQUIRE_OK(all);
        QCOMPARE(all->size(), std::size_t(2));
        const ConversationMessage &r = all->at(0);
        QCOMPARE(r.seq, 0);
        QCOMPARE(r.text, m.text);
        QCOMPARE(r.toolCalls, m.toolCalls);
        QCOMPARE(r.inputTokens, qint64(1234));
        QCOMPARE(r.outputTokens, qint64(56));
        QCOMPARE(r.costMicroUsd, qint64(9'876'543'210LL));
        QCOMPARE(r.latencyMs, qint64(812));
        QVERIFY(r.partial);
        QCOMPARE(r.createdAt, TimestampMs(5000));
        QCOMPARE(all->at(1).seq, 1);
        QCOMPARE(all->at(1).toolCallId, QStringLiteral("call_1"));
        QVERIFY(!all->at(1).partial);

        m.role = QStringLiteral("robot");
        QVERIFY(QString::fromStdString(repo.append(m).error().message).contains(QLatin1String("role")));
        m.role = QStringLiteral("assistant");
        m.toolCalls = QStringLiteral("{not json");
        QVERIFY(QString::fromStdString(repo.append(m).error().message).contains(QLatin1String("tool_calls")));
        m.toolCalls.clear();
        m.conversationId = 424242;
        QCOMPARE(repo.append(m).error().code, ErrorCode::NotFound);
    }

    void searchAcrossConversations()
    {
        ConversationRepository repo(*m_db);
        const qint64 a = make("Apple ideas", 1000);
        const qint64 b = make("Risk", 2000);
        say(a, "user", QStringLiteral("Backtest a 20/50 crossover on AAPL since 2015"), 3000);
        say(b, "user", QStringLiteral("What is my portfolio's 95% VaR?"), 4000);
        say(b, "assistant",
            QStringLiteral("The historical VaR is 2.1 % of the value; aapl drives most of it."), 4100);
        auto hits = repo.search(QStringLiteral("AaPl"));
        REQUIRE_OK(hits);
        QCOMPARE(hits->size(),
                 std::size_t(2)); // a's question and b's answer ("Apple" in a title is no match)
        QCOMPARE(hits->front().conversation.id, b); // most recent conversation first
        QVERIFY(hits->front().snippet.contains(QLatin1String("aapl")));
        QCOMPARE(hits->front().conversation.title, QStringLiteral("Risk"));
        bool sawA = false;
        for (const ConversationHit &h : *hits)
            sawA = sawA || (h.conversation.id == a && h.snippet.contains(QLatin1String("AAPL")));
        QVERIFY(sawA);
        // Wildcards in the text are literal.
        QCOMPARE(repo.search(QStringLiteral("95%"))->size(), std::size_t(1));
        QCOMPARE(repo.search(QStringLiteral("%"))->size(), std::size_t(2)); // "95% VaR" and "2.1 % of"
        QCOMPARE(repo.search(QStringLiteral("_"))->size(), std::size_t(0));
        auto title = repo.search(QStringLiteral("apple ID"));
        REQUIRE_OK(title);
        QCOMPARE(title->size(), std::size_t(1));
        QCOMPARE(title->front().messageId, qint64(0));
        QCOMPARE(repo.search(QStringLiteral("  ")).error().code, ErrorCode::InvalidArgument);
    }

    void exportsMarkdown()
    {
        ConversationRepository repo(*m_db);
        const qint64 c = make("Export me", 1000);
        say(c, "user", QStringLiteral("What is the RSI of AAPL?"), 2000);
        ConversationMessage m;
        m.conversationId = c;
        m.role = QStringLiteral("assistant");
        m.text = QStringLiteral("RSI is 61.20.");
        m.toolCalls = QStringLiteral(
            R"([{"name":"compute_indicator","arguments":{"symbol":"AAPL","indicator":"rsi"},"result":{"latest":{"rsi":61.2}}}])");
        m.inputTokens = 10;
        m.outputTokens = 20;
        m.costMicroUsd = 1500;
        m.latencyMs = 7;
        REQUIRE_OK(repo.append(m));
        auto md = repo.exportMarkdown(c);
        REQUIRE_OK(md);
        QVERIFY(md->startsWith(QLatin1String("# Export me\n")));
        QVERIFY(md->contains(QLatin1String("## User\n\nWhat is the RSI of AAPL?")));
        QVERIFY(md->contains(QLatin1String("## Assistant\n\nRSI is 61.20.")));
        QVERIFY(md->contains(QLatin1String("**Tool call** `compute_indicator`")));
        QVERIFY(md->contains(QLatin1String(R"({"indicator":"rsi","symbol":"AAPL"})")));
        QVERIFY(md->contains(QLatin1String("10 input / 20 output tokens, $0.001500")));
        QVERIFY(md->contains(QLatin1String("- Persona: balanced")));
        QCOMPARE(repo.exportMarkdown(99).error().code, ErrorCode::NotFound);
    }
};

QTEST_APPLESS_MAIN(TestConversations)
#include "tst_conversations.moc"
