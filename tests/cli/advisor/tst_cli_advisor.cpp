#include "tests/advisor/llm/LoopbackHttpServer.h"
#include "tests/advisor/llm/ProviderHarness.h"
#include "tests/advisor/session/VendorStreams.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

// Drives the real supernova-cli binary: ask (offline, and through a model on
// the loopback server speaking OpenAI's and Anthropic's wire formats) and
// conversations, against a temporary SQLite file seeded with the sample data.
using sn::test::LoopbackHttpServer;
using namespace sn::test::vendor;
class TestCliAdvisor : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run cli(QStringList args)
    {
        args = QStringList{QStringLiteral("--db"), m_db} + args;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        env.remove(QStringLiteral("SUPERNOVA_DB"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SUPERNOVA_CLI_BINARY), args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // The binary as a subprocess while this process's event loop keeps
    // running, so the loopback server can answer it.
    Run cliServed(QStringList args, const QMap<QString, QString> &extraEnv = {})
    {
        args = QStringList{QStringLiteral("--db"), m_db} + args;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        env.remove(QStringLiteral("SUPERNOVA_DB"));
        // No keychain: a key comes from --api-key-env or not at all.
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SUPERNOVA_CLI_BINARY), args);
        if (!sn::test::waitUntil([&p] { return p.state() == QProcess::NotRunning; }, 120000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QJsonObject object(const Run &r) { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("cli-advisor.sqlite"));
        const Run load = cli({QStringLiteral("sample"), QStringLiteral("load")});
        QVERIFY2(load.code == 0, qPrintable(load.err));
    }

    void askOfflineJson()
    {
        const Run r =
            cli({QStringLiteral("--json"), QStringLiteral("ask"),
                 QStringLiteral(
                     "Backtest a 20/50 crossover on AAPL since 2015 and compare it with buy and hold")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = object(r);
        QCOMPARE(o.value(QStringLiteral("form")).toString(), QStringLiteral("backtest"));
        const QJsonArray calls = o.value(QStringLiteral("tool_calls")).toArray();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls[0][QStringLiteral("name")].toString(), QStringLiteral("run_backtest"));
        QCOMPARE(calls[0][QStringLiteral("arguments")][QStringLiteral("params")][QStringLiteral("fast")]
                     .toDouble(),
                 20.0);
        const double total =
            calls[0][QStringLiteral("result")][QStringLiteral("metrics")][QStringLiteral("total_return")]
                .toDouble();
        QVERIFY(std::isfinite(total));
        // The answer shows the tool's number.
        QVERIFY(o.value(QStringLiteral("answer"))
                    .toString()
                    .contains(QString::number(total * 100, 'f', 2) + QStringLiteral(" %")));
        QVERIFY(o.value(QStringLiteral("suggestions")).toArray().size() >= 2);
        QCOMPARE(o[QStringLiteral("tokens")][QStringLiteral("input")].toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("cost_usd")).toDouble(), 0.0);
        const qint64 id = o.value(QStringLiteral("conversation_id")).toInteger();
        QVERIFY(id > 0);

        // Continuing the conversation appends to it.
        const Run again = cli({QStringLiteral("--json"), QStringLiteral("ask"),
                               QStringLiteral("What is my portfolio's 95% VaR and what drives it?"),
                               QStringLiteral("--conversation"), QString::number(id),
                               QStringLiteral("--persona"), QStringLiteral("quant")});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QCOMPARE(object(again).value(QStringLiteral("conversation_id")).toInteger(), id);
        const Run show = cli({QStringLiteral("--json"), QStringLiteral("conversations"),
                              QStringLiteral("show"), QString::number(id)});
        QVERIFY2(show.code == 0, qPrintable(show.err));
        const QJsonArray msgs = object(show).value(QStringLiteral("message_list")).toArray();
        QCOMPARE(msgs.size(), 4);
        QCOMPARE(msgs[0][QStringLiteral("role")].toString(), QStringLiteral("user"));
        QCOMPARE(msgs[1][QStringLiteral("tool_calls")][0][QStringLiteral("name")].toString(),
                 QStringLiteral("run_backtest"));
        QCOMPARE(msgs[3][QStringLiteral("tool_calls")][0][QStringLiteral("name")].toString(),
                 QStringLiteral("portfolio_risk"));
    }

    void askText()
    {
        const Run r = cli({QStringLiteral("ask"), QStringLiteral("Was kann ich fragen?")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("Backtest a 20/50 crossover on AAPL")));
        QVERIFY(r.out.contains(QLatin1String("You could also ask:")));
    }

    // A question -> the model asks for price_summary -> the CLI runs the real
    // tool -> the result goes back as a `role: tool` message -> the answer.
    void askOpenAiCompatibleThroughTheLoopbackServer()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        const QJsonObject args{{QStringLiteral("symbol"), QStringLiteral("AAPL")},
                               {QStringLiteral("from"), QStringLiteral("2016-01-04")},
                               {QStringLiteral("to"), QStringLiteral("2016-12-30")}};
        server.enqueue(LoopbackHttpServer::Response::sseInPieces(
            oaToolCall(QStringLiteral("call_7"), QStringLiteral("price_summary"), args), 23));
        server.enqueue(LoopbackHttpServer::Response::sseInPieces(
            oaText({QStringLiteral("AAPL in 2016: "), QStringLiteral("see the tool.")}), 23));
        const Run r = cliServed({QStringLiteral("--json"), QStringLiteral("ask"),
                                 QStringLiteral("How did AAPL do in 2016?"), QStringLiteral("--provider"),
                                 QStringLiteral("openai-compatible"), QStringLiteral("--base-url"),
                                 server.url(QStringLiteral("/v1")).toString(), QStringLiteral("--model"),
                                 QStringLiteral("gpt-4o-mini"), QStringLiteral("--paid-endpoint"),
                                 QStringLiteral("--api-key-env"), QStringLiteral("SN_TEST_KEY")},
                                {{QStringLiteral("SN_TEST_KEY"), QStringLiteral("sk-cli-test-123456")}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = object(r);
        QCOMPARE(o.value(QStringLiteral("answer")).toString(), QStringLiteral("AAPL in 2016: see the tool."));
        QVERIFY(o.value(QStringLiteral("fallback")).isNull());
        QCOMPARE(o.value(QStringLiteral("provider")).toString(), QStringLiteral("openai-compatible"));
        QCOMPARE(o.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(o[QStringLiteral("tokens")][QStringLiteral("input")].toInt(), 250);
        QCOMPARE(o[QStringLiteral("tokens")][QStringLiteral("output")].toInt(), 50);
        QVERIFY(std::fabs(o.value(QStringLiteral("cost_usd")).toDouble() - (250 * 0.15 + 50 * 0.60) / 1e6) <
                1e-12);
        const QJsonArray calls = o.value(QStringLiteral("tool_calls")).toArray();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls[0][QStringLiteral("id")].toString(), QStringLiteral("call_7"));
        QCOMPARE(calls[0][QStringLiteral("arguments")].toObject(), args);
        const QJsonObject result = calls[0][QStringLiteral("result")].toObject();
        QCOMPARE(result[QStringLiteral("data")][QStringLiteral("from")].toString(),
                 QStringLiteral("2016-01-04"));
        QVERIFY(std::isfinite(result.value(QStringLiteral("total_return")).toDouble()));

        // What the vendor saw: the key, and the tool's result as the tool message.
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests()[0].headers.value("authorization"),
                 QByteArray("Bearer sk-cli-test-123456"));
        QJsonObject toolMsg;
        for (const QJsonValue &m : server.requests()[1].json().value(QStringLiteral("messages")).toArray())
            if (m[QStringLiteral("role")].toString() == QLatin1String("tool"))
                toolMsg = m.toObject();
        QCOMPARE(toolMsg.value(QStringLiteral("tool_call_id")).toString(), QStringLiteral("call_7"));
        QCOMPARE(
            QJsonDocument::fromJson(toolMsg.value(QStringLiteral("content")).toString().toUtf8()).object(),
            result);

        // Stored: question, tool turn, tool result, answer with the usage.
        const Run show =
            cli({QStringLiteral("--json"), QStringLiteral("conversations"), QStringLiteral("show"),
                 QString::number(o.value(QStringLiteral("conversation_id")).toInteger())});
        const QJsonArray msgs = object(show).value(QStringLiteral("message_list")).toArray();
        QCOMPARE(msgs.size(), 4);
        QCOMPARE(msgs[2][QStringLiteral("role")].toString(), QStringLiteral("tool"));
        QCOMPARE(msgs[3][QStringLiteral("input_tokens")].toInt(), 250);
        QCOMPARE(msgs[3][QStringLiteral("cost_micro_usd")].toInt(), 68);
    }

    void askAnthropicThroughTheLoopbackServer()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(
            LoopbackHttpServer::Response::sseInPieces(anText(QStringLiteral("Hello from Claude.")), 31));
        const Run r = cliServed({QStringLiteral("--json"), QStringLiteral("ask"), QStringLiteral("Say hello"),
                                 QStringLiteral("--provider"), QStringLiteral("anthropic"),
                                 QStringLiteral("--base-url"), server.url().toString(),
                                 QStringLiteral("--api-key-env"), QStringLiteral("SN_TEST_KEY")},
                                {{QStringLiteral("SN_TEST_KEY"), QStringLiteral("sk-ant-cli-987654")}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = object(r);
        QCOMPARE(o.value(QStringLiteral("answer")).toString(), QStringLiteral("Hello from Claude."));
        QCOMPARE(o.value(QStringLiteral("model")).toString(), QStringLiteral("claude-3-5-haiku-latest"));
        QCOMPARE(server.requests()[0].path, QByteArray("/v1/messages"));
        QCOMPARE(server.requests()[0].headers.value("x-api-key"), QByteArray("sk-ant-cli-987654"));
        // A loopback endpoint is local unless --paid-endpoint: no cost.
        QCOMPARE(o.value(QStringLiteral("cost_usd")).toDouble(), 0.0);
        QCOMPARE(o[QStringLiteral("tokens")][QStringLiteral("input")].toInt(), 300);
    }

    void providerDownFallsBackToOffline()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        for (int i = 0; i < 4; ++i)
            server.enqueue(LoopbackHttpServer::Response::json(500, R"({"error":{"message":"overloaded"}})"));
        const Run r = cliServed({QStringLiteral("--json"), QStringLiteral("ask"),
                                 QStringLiteral("What is the RSI of AAPL?"), QStringLiteral("--provider"),
                                 QStringLiteral("openai-compatible"), QStringLiteral("--base-url"),
                                 server.url(QStringLiteral("/v1")).toString()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = object(r);
        QCOMPARE(o.value(QStringLiteral("provider")).toString(), QStringLiteral("offline"));
        QVERIFY2(o.value(QStringLiteral("fallback")).toString().contains(QLatin1String("500")),
                 qPrintable(r.out));
        QVERIFY(o.value(QStringLiteral("answer"))
                    .toString()
                    .startsWith(QLatin1String("> Answered offline because")));
        QCOMPARE(o.value(QStringLiteral("tool_calls")).toArray()[0][QStringLiteral("name")].toString(),
                 QStringLiteral("compute_indicator"));
        QVERIFY(server.requests().size() >= 2); // retried before giving up
    }

    void noKeyFallsBackWithNotice_badOptionsAreUsageErrors()
    {
        const Run r = cliServed({QStringLiteral("--json"), QStringLiteral("ask"),
                                 QStringLiteral("What is the RSI of AAPL?"), QStringLiteral("--provider"),
                                 QStringLiteral("openai")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = object(r);
        QCOMPARE(o.value(QStringLiteral("provider")).toString(), QStringLiteral("offline"));
        QVERIFY2(o.value(QStringLiteral("fallback")).toString().contains(QLatin1String("llm/openai/api-key")),
                 qPrintable(r.out));

        QCOMPARE(cli({QStringLiteral("ask"), QStringLiteral("hello"), QStringLiteral("--provider"),
                      QStringLiteral("skynet")})
                     .code,
                 2);
        const Run noUrl = cli({QStringLiteral("ask"), QStringLiteral("hello"), QStringLiteral("--provider"),
                               QStringLiteral("openai-compatible")});
        QCOMPARE(noUrl.code, 2);
        QVERIFY2(noUrl.err.contains(QLatin1String("base URL")), qPrintable(noUrl.err));
        const Run noVar = cli({QStringLiteral("ask"), QStringLiteral("hello"), QStringLiteral("--provider"),
                               QStringLiteral("openai"), QStringLiteral("--api-key-env"),
                               QStringLiteral("SN_SURELY_UNSET_VARIABLE")});
        QCOMPARE(noVar.code, 2);
        QVERIFY(noVar.err.contains(QLatin1String("SN_SURELY_UNSET_VARIABLE")));
        QCOMPARE(cli({QStringLiteral("ask"), QStringLiteral("hello"), QStringLiteral("--persona"),
                      QStringLiteral("pirate")})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("ask")}).code, 2);
        QCOMPARE(cli({QStringLiteral("ask"), QStringLiteral("hello"), QStringLiteral("--conversation"),
                      QStringLiteral("9999")})
                     .code,
                 1);

        // --explain names what would leave the machine, and asks nothing.
        const Run explain = cli({QStringLiteral("--json"), QStringLiteral("ask"), QStringLiteral("--explain"),
                                 QStringLiteral("--provider"), QStringLiteral("openai")});
        QVERIFY2(explain.code == 0, qPrintable(explain.err));
        const QJsonObject e = object(explain);
        QVERIFY(e.value(QStringLiteral("leaves_machine")).toBool());
        QVERIFY(e.value(QStringLiteral("tools_withheld"))
                    .toArray()
                    .contains(QStringLiteral("portfolio_summary")));
    }

    void conversationsManage()
    {
        const Run ask = cli(
            {QStringLiteral("--json"), QStringLiteral("ask"), QStringLiteral("Explain the Sharpe ratio")});
        QVERIFY2(ask.code == 0, qPrintable(ask.err));
        const QString id = QString::number(object(ask).value(QStringLiteral("conversation_id")).toInteger());
        QCOMPARE(cli({QStringLiteral("conversations"), QStringLiteral("rename"), id,
                      QStringLiteral("Sharpe notes")})
                     .code,
                 0);
        const Run list =
            cli({QStringLiteral("--json"), QStringLiteral("conversations"), QStringLiteral("list")});
        const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QVERIFY(rows.size() >= 2);
        QCOMPARE(rows[0][QStringLiteral("title")].toString(),
                 QStringLiteral("Sharpe notes")); // most recent first
        const Run search = cli({QStringLiteral("--json"), QStringLiteral("conversations"),
                                QStringLiteral("search"), QStringLiteral("SHARPE")});
        QVERIFY2(search.code == 0, qPrintable(search.err));
        QVERIFY(!QJsonDocument::fromJson(search.out.toUtf8()).array().isEmpty());
        const QString file = m_dir.filePath(QStringLiteral("chat.md"));
        QCOMPARE(cli({QStringLiteral("conversations"), QStringLiteral("export"), id, file}).code, 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(f.readAll());
        QVERIFY(md.startsWith(QLatin1String("# Sharpe notes")));
        QVERIFY(md.contains(QLatin1String("**Tool call** `explain_metric`")));
        QCOMPARE(cli({QStringLiteral("conversations"), QStringLiteral("delete"), id}).code, 0);
        QCOMPARE(cli({QStringLiteral("conversations"), QStringLiteral("show"), id}).code, 1);
        QCOMPARE(cli({QStringLiteral("conversations"), QStringLiteral("frobnicate")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliAdvisor)
#include "tst_cli_advisor.moc"
