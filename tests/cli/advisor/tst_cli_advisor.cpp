#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

// Drives the real supernova-cli binary: ask (offline) and conversations,
// against a temporary SQLite file seeded with the sample data.
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
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
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
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("ask"),
                           QStringLiteral("Backtest a 20/50 crossover on AAPL since 2015 and compare it with buy and hold")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = object(r);
        QCOMPARE(o.value(QStringLiteral("form")).toString(), QStringLiteral("backtest"));
        const QJsonArray calls = o.value(QStringLiteral("tool_calls")).toArray();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls[0][QStringLiteral("name")].toString(), QStringLiteral("run_backtest"));
        QCOMPARE(calls[0][QStringLiteral("arguments")][QStringLiteral("params")][QStringLiteral("fast")].toDouble(), 20.0);
        const double total = calls[0][QStringLiteral("result")][QStringLiteral("metrics")][QStringLiteral("total_return")].toDouble();
        QVERIFY(std::isfinite(total));
        // The answer shows the tool's number.
        QVERIFY(o.value(QStringLiteral("answer")).toString().contains(QString::number(total * 100, 'f', 2) + QStringLiteral(" %")));
        QVERIFY(o.value(QStringLiteral("suggestions")).toArray().size() >= 2);
        QCOMPARE(o[QStringLiteral("tokens")][QStringLiteral("input")].toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("cost_usd")).toDouble(), 0.0);
        const qint64 id = o.value(QStringLiteral("conversation_id")).toInteger();
        QVERIFY(id > 0);

        // Continuing the conversation appends to it.
        const Run again = cli({QStringLiteral("--json"), QStringLiteral("ask"), QStringLiteral("What is my portfolio's 95% VaR and what drives it?"),
                               QStringLiteral("--conversation"), QString::number(id), QStringLiteral("--persona"), QStringLiteral("quant")});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QCOMPARE(object(again).value(QStringLiteral("conversation_id")).toInteger(), id);
        const Run show = cli({QStringLiteral("--json"), QStringLiteral("conversations"), QStringLiteral("show"), QString::number(id)});
        QVERIFY2(show.code == 0, qPrintable(show.err));
        const QJsonArray msgs = object(show).value(QStringLiteral("message_list")).toArray();
        QCOMPARE(msgs.size(), 4);
        QCOMPARE(msgs[0][QStringLiteral("role")].toString(), QStringLiteral("user"));
        QCOMPARE(msgs[1][QStringLiteral("tool_calls")][0][QStringLiteral("name")].toString(), QStringLiteral("run_backtest"));
        QCOMPARE(msgs[3][QStringLiteral("tool_calls")][0][QStringLiteral("name")].toString(), QStringLiteral("portfolio_risk"));
    }

    void askText()
    {
        const Run r = cli({QStringLiteral("ask"), QStringLiteral("Was kann ich fragen?")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("Backtest a 20/50 crossover on AAPL")));
        QVERIFY(r.out.contains(QLatin1String("You could also ask:")));
    }

    void cloudProvidersAreNotWiredYet()
    {
        for (const char *provider : {"openai", "anthropic"}) {
            const Run r = cli({QStringLiteral("ask"), QStringLiteral("hello"), QStringLiteral("--provider"), QString::fromLatin1(provider)});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QLatin1String("provider is not wired into the CLI yet")), qPrintable(r.err));
        }
        QCOMPARE(cli({QStringLiteral("ask"), QStringLiteral("hello"), QStringLiteral("--persona"), QStringLiteral("pirate")}).code, 2);
        QCOMPARE(cli({QStringLiteral("ask")}).code, 2);
        QCOMPARE(cli({QStringLiteral("ask"), QStringLiteral("hello"), QStringLiteral("--conversation"), QStringLiteral("9999")}).code, 1);
    }

    void conversationsManage()
    {
        const Run ask = cli({QStringLiteral("--json"), QStringLiteral("ask"), QStringLiteral("Explain the Sharpe ratio")});
        QVERIFY2(ask.code == 0, qPrintable(ask.err));
        const QString id = QString::number(object(ask).value(QStringLiteral("conversation_id")).toInteger());
        QCOMPARE(cli({QStringLiteral("conversations"), QStringLiteral("rename"), id, QStringLiteral("Sharpe notes")}).code, 0);
        const Run list = cli({QStringLiteral("--json"), QStringLiteral("conversations"), QStringLiteral("list")});
        const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QVERIFY(rows.size() >= 2);
        QCOMPARE(rows[0][QStringLiteral("title")].toString(), QStringLiteral("Sharpe notes")); // most recent first
        const Run search = cli({QStringLiteral("--json"), QStringLiteral("conversations"), QStringLiteral("search"), QStringLiteral("SHARPE")});
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
