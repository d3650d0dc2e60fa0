#include "tests/testutils/CliRunner.h"
#include "tests/testutils/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// Drives the real supernova-cli binary with strategy rules: a rule stating a
// built-in must report exactly what the built-in reports (backtest, optimize,
// walkforward), and a broken rule must be refused with file:line:column, the
// line, a caret and a hint.
class TestCliRules : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_csv;

    using Run = sn::test::CliRun;

    Run cli(QStringList args)
    {
        args = QStringList{QStringLiteral("--db"), m_db} + args;
        return sn::test::runCli(QStringLiteral(SUPERNOVA_CLI_BINARY), args,
                                m_dir.filePath(QStringLiteral("xdg-data")), 120000);
    }

    static QJsonObject object(const Run &r) { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return f.fileName();
    }

    // The built-in written out by the CLI itself, saved as a rule file.
    QString builtinRuleFile(const QString &strategy)
    {
        Run r = cli({QStringLiteral("rule"), QStringLiteral("from-builtin"), strategy});
        if (r.code != 0)
            return {};
        return writeFile(strategy + QStringLiteral(".rule"), r.out.toUtf8());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("cli-rules.sqlite"));
        m_csv = sn::test::sampleDataFile(QStringLiteral("aapl_yahoo_2013_2018.csv"));
        QVERIFY(QFile::exists(m_csv));
    }

    void checkReportsEveryProblem()
    {
        const QString path =
            writeFile(QStringLiteral("bad.rule"),
                      "param fast: int = 10 in 2..200\nentry = smaa(close, fast) > close[-1]\n");
        Run r = cli({QStringLiteral("rule"), QStringLiteral("check"), path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(path + QStringLiteral(":2:9: error: unknown function 'smaa'\n"
                                                      "    2 | entry = smaa(close, fast) > close[-1]\n"
                                                      "      |         ^~~~\n"
                                                      "hint: did you mean 'sma'?\n")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(
            path + QStringLiteral(":2:35: error: negative lag -1: that would read a future bar")));
        QVERIFY(r.err.contains(QStringLiteral("the rule has 2 problems")));
    }

    void checkDescribesAGoodRule()
    {
        const QString path =
            writeFile(QStringLiteral("good.rule"),
                      "param fast: int = 10 in 2..200   # fast SMA\nparam slow: int = 30 in 5..400\n"
                      "require fast < slow\n"
                      "entry = cross_above(sma(close, fast), sma(close, slow))\n"
                      "exit = cross_below(sma(close, fast), sma(close, slow))\n");
        Run r = cli({QStringLiteral("--json"), QStringLiteral("rule"), QStringLiteral("check"), path});
        QCOMPARE(r.code, 0);
        const QJsonObject o = object(r);
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        const QJsonArray params = o.value(QStringLiteral("params")).toArray();
        QCOMPARE(params.size(), 2);
        QCOMPARE(params[0].toObject().value(QStringLiteral("description")).toString(),
                 QStringLiteral("fast SMA"));
        QCOMPARE(o.value(QStringLiteral("constraints")).toArray().first().toString(),
                 QStringLiteral("fast < slow"));
        QCOMPARE(o.value(QStringLiteral("warmup_bars")).toInt(), 30);
        // Two SMAs from the cache, one crossover pass for both directions.
        QCOMPARE(o.value(QStringLiteral("cached_indicators")).toInt(), 2);
    }

    void functionsListed()
    {
        Run r = cli({QStringLiteral("--json"), QStringLiteral("rule"), QStringLiteral("functions")});
        QCOMPARE(r.code, 0);
        const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        bool sma = false;
        for (const QJsonValue &v : a)
            sma = sma ||
                  v.toObject().value(QStringLiteral("signature")).toString() == QLatin1String("sma(x, n)");
        QVERIFY(sma);
    }

    void backtestEqualsTheBuiltin_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("sma_cross long/short")
            << QStringLiteral("sma_cross")
            << QStringList{"--param", "fast=12", "--param", "slow=40", "--short"};
        QTest::newRow("rsi_reversion")
            << QStringLiteral("rsi_reversion") << QStringList{"--param", "lower=35"};
        QTest::newRow("donchian_breakout with costs")
            << QStringLiteral("donchian_breakout")
            << QStringList{"--commission", "0.001", "--slippage-bps", "5"};
    }

    void backtestEqualsTheBuiltin()
    {
        QFETCH(QString, strategy);
        QFETCH(QStringList, extra);
        const QString rule = builtinRuleFile(strategy);
        QVERIFY(!rule.isEmpty());
        const QStringList common = QStringList{QStringLiteral("--json"), QStringLiteral("backtest"),
                                               QStringLiteral("--csv"), m_csv} +
                                   extra;
        Run a = cli(common + QStringList{QStringLiteral("--strategy"), strategy});
        Run b = cli(common + QStringList{QStringLiteral("--rule-file"), rule});
        QCOMPARE(a.code, 0);
        QVERIFY2(b.code == 0, qPrintable(b.err));
        const QJsonObject x = object(a), y = object(b);
        for (const char *key : {"final_equity", "closed_trades", "fills", "metrics", "trades", "fill_list"})
            QVERIFY2(x.value(QLatin1String(key)) == y.value(QLatin1String(key)), key);
        QVERIFY(x.value(QStringLiteral("closed_trades")).toInt() > 0);
    }

    void optimizeAndWalkforwardEqualTheBuiltin()
    {
        const QString rule = builtinRuleFile(QStringLiteral("sma_cross"));
        const QStringList grid{QStringLiteral("--grid"), QStringLiteral("fast=5:25:5"),
                               QStringLiteral("--grid"), QStringLiteral("slow=20:80:20"),
                               QStringLiteral("--csv"),  m_csv};
        Run a = cli(QStringList{QStringLiteral("--json"), QStringLiteral("optimize"),
                                QStringLiteral("--strategy"), QStringLiteral("sma_cross")} +
                    grid);
        Run b = cli(QStringList{QStringLiteral("--json"), QStringLiteral("optimize"),
                                QStringLiteral("--rule-file"), rule} +
                    grid);
        QCOMPARE(a.code, 0);
        QVERIFY2(b.code == 0, qPrintable(b.err));
        QCOMPARE(object(b).value(QStringLiteral("top")), object(a).value(QStringLiteral("top")));
        QCOMPARE(object(b).value(QStringLiteral("best")), object(a).value(QStringLiteral("best")));

        const QStringList wf{QStringLiteral("--in-sample"), QStringLiteral("500"),
                             QStringLiteral("--out-of-sample"), QStringLiteral("250")};
        Run c = cli(QStringList{QStringLiteral("--json"), QStringLiteral("walkforward"),
                                QStringLiteral("--strategy"), QStringLiteral("sma_cross")} +
                    grid + wf);
        Run d = cli(QStringList{QStringLiteral("--json"), QStringLiteral("walkforward"),
                                QStringLiteral("--rule-file"), rule} +
                    grid + wf);
        QCOMPARE(c.code, 0);
        QVERIFY2(d.code == 0, qPrintable(d.err));
        QCOMPARE(object(d).value(QStringLiteral("windows")), object(c).value(QStringLiteral("windows")));
        QCOMPARE(object(d).value(QStringLiteral("out_of_sample")),
                 object(c).value(QStringLiteral("out_of_sample")));
    }

    void badCombinationsAreUsageErrors()
    {
        const QString rule = builtinRuleFile(QStringLiteral("buy_hold"));
        Run r =
            cli({QStringLiteral("backtest"), QStringLiteral("--csv"), m_csv, QStringLiteral("--rule-file"),
                 rule, QStringLiteral("--strategy"), QStringLiteral("sma_cross")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(
            QStringLiteral("--strategy and --rule-file/--rule/--rule-name exclude each other")));
        r = cli({QStringLiteral("backtest"), QStringLiteral("--csv"), m_csv, QStringLiteral("--rule-file"),
                 rule, QStringLiteral("--short")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("is long-only")));
        r = cli({QStringLiteral("backtest"), QStringLiteral("--csv"), m_csv, QStringLiteral("--rule-file"),
                 m_dir.filePath(QStringLiteral("missing.rule"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("cannot read rule file")));
        // Inline text, with "\n" for line ends.
        r = cli({QStringLiteral("--json"), QStringLiteral("backtest"), QStringLiteral("--csv"), m_csv,
                 QStringLiteral("--rule"),
                 QStringLiteral("entry = close > sma(close, 50)\\nexit = close < sma(close, 50)")});
        QCOMPARE(r.code, 0);
        QVERIFY(object(r).value(QStringLiteral("closed_trades")).toInt() > 0);
    }

    void storedRulesWithVersions()
    {
        const QByteArray first =
            "# crossover\nparam fast: int = 10 in 2..200\nparam slow: int = 30 in 5..400\n"
            "entry = cross_above(sma(close, fast), sma(close, slow))\n"
            "exit = cross_below(sma(close, fast), sma(close, slow))\n";
        const QByteArray second = first + "stop = 2 * atr(14)\n";
        const QString v1 = writeFile(QStringLiteral("v1.rule"), first),
                      v2 = writeFile(QStringLiteral("v2.rule"), second);
        const QString rules = QStringLiteral("rules");

        Run r = cli({rules, QStringLiteral("save"), QStringLiteral("cross"), v1});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("saved rule 'cross' as version 1\n"));
        r = cli({rules, QStringLiteral("save"), QStringLiteral("cross"), v1});
        QCOMPARE(r.out, QStringLiteral("rule 'cross' is unchanged: the text equals version 1\n"));
        r = cli({QStringLiteral("--json"), rules, QStringLiteral("save"), QStringLiteral("cross"), v2,
                 QStringLiteral("--note"), QStringLiteral("ATR stop")});
        QCOMPARE(r.code, 0);
        QCOMPARE(object(r).value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(object(r).value(QStringLiteral("created")).toBool(), true);

        // 'rule' is the same command.
        r = cli({QStringLiteral("--json"), QStringLiteral("rule"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("cross"));
        QCOMPARE(list[0].toObject().value(QStringLiteral("latest_version")).toInt(), 2);
        QCOMPARE(list[0].toObject().value(QStringLiteral("description")).toString(),
                 QStringLiteral("crossover"));

        r = cli({QStringLiteral("--json"), rules, QStringLiteral("show"), QStringLiteral("cross"),
                 QStringLiteral("--version"), QStringLiteral("1")});
        QCOMPARE(object(r).value(QStringLiteral("source")).toString(), QString::fromUtf8(first));
        r = cli({QStringLiteral("--json"), rules, QStringLiteral("show"), QStringLiteral("cross"),
                 QStringLiteral("--history")});
        const QJsonArray versions = object(r).value(QStringLiteral("versions")).toArray();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[1].toObject().value(QStringLiteral("note")).toString(), QStringLiteral("ATR stop"));
        r = cli({rules, QStringLiteral("show"), QStringLiteral("cross"), QStringLiteral("--version"),
                 QStringLiteral("7")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no version 7 (versions 1 to 2)")), qPrintable(r.err));

        const QString out = m_dir.filePath(QStringLiteral("exported.rule"));
        r = cli({rules, QStringLiteral("export"), QStringLiteral("cross"), out, QStringLiteral("--version"),
                 QStringLiteral("1")});
        QCOMPARE(r.code, 0);
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll(), first);
        r = cli({rules, QStringLiteral("import"), out, QStringLiteral("--name"), QStringLiteral("copy")});
        QCOMPARE(r.out, QStringLiteral("imported rule 'copy' as version 1\n"));

        // A stored rule runs like a file: --rule-name with a version, or --rule NAME (the latest).
        const QStringList bt{QStringLiteral("--json"), QStringLiteral("backtest"), QStringLiteral("--csv"),
                             m_csv};
        Run file1 = cli(bt + QStringList{QStringLiteral("--rule-file"), v1});
        Run stored1 = cli(bt + QStringList{QStringLiteral("--rule-name"), QStringLiteral("cross"),
                                           QStringLiteral("--rule-version"), QStringLiteral("1")});
        Run file2 = cli(bt + QStringList{QStringLiteral("--rule-file"), v2});
        Run stored2 = cli(bt + QStringList{QStringLiteral("--rule"), QStringLiteral("cross")});
        QVERIFY2(stored1.code == 0, qPrintable(stored1.err));
        QVERIFY2(stored2.code == 0, qPrintable(stored2.err));
        for (const char *key : {"final_equity", "trades"}) {
            QCOMPARE(object(stored1).value(QLatin1String(key)), object(file1).value(QLatin1String(key)));
            QCOMPARE(object(stored2).value(QLatin1String(key)), object(file2).value(QLatin1String(key)));
        }
        QVERIFY(object(stored1).value(QStringLiteral("final_equity")) !=
                object(stored2).value(QStringLiteral("final_equity")));

        // Refusals name what and where.
        const QString bad = writeFile(QStringLiteral("bad.rule"), "entry = close > 1\nstop = close > open\n");
        r = cli({rules, QStringLiteral("save"), QStringLiteral("cross"), bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cross:2:8: error: 'stop' must be a number")),
                 qPrintable(r.err));
        r = cli({QStringLiteral("--json"), rules, QStringLiteral("list")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .array()[1]
                     .toObject()
                     .value(QStringLiteral("latest_version"))
                     .toInt(),
                 2);
        r = cli(bt + QStringList{QStringLiteral("--rule-name"), QStringLiteral("nope")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("no rule named 'nope' in the workspace")));
        r = cli({rules, QStringLiteral("remove"), QStringLiteral("copy")});
        QCOMPARE(r.code, 0);
        r = cli({rules, QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
    }

    void ruleOnEachSymbolAndCombined()
    {
        Run load = cli({QStringLiteral("sample"), QStringLiteral("load")});
        QVERIFY2(load.code == 0, qPrintable(load.err));
        const QString text = QStringLiteral(
            "entry = close > sma(close, 50)\\nexit = close < sma(close, 50)\\nstop = 2 * atr(14)");
        Run all = cli({QStringLiteral("--json"), QStringLiteral("backtest"), QStringLiteral("--rule"), text,
                       QStringLiteral("--symbols"), QStringLiteral("AAPL,^GSPC"), QStringLiteral("--cash"),
                       QStringLiteral("100000")});
        QVERIFY2(all.code == 0, qPrintable(all.err));
        const QJsonObject o = object(all);
        const QJsonArray each = o.value(QStringLiteral("symbols")).toArray();
        QCOMPARE(each.size(), 2);
        double sum = 0;
        int trades = 0;
        for (int i = 0; i < 2; ++i) {
            const QJsonObject s = each[i].toObject();
            // Each symbol is the single-symbol backtest with half the cash.
            Run alone = cli({QStringLiteral("--json"), QStringLiteral("backtest"), QStringLiteral("--rule"),
                             text, QStringLiteral("--symbol"), s.value(QStringLiteral("symbol")).toString(),
                             QStringLiteral("--cash"), QStringLiteral("50000")});
            QVERIFY2(alone.code == 0, qPrintable(alone.err));
            QCOMPARE(s.value(QStringLiteral("final_equity")),
                     object(alone).value(QStringLiteral("final_equity")));
            sum += s.value(QStringLiteral("final_equity")).toDouble();
            trades += s.value(QStringLiteral("closed_trades")).toInt();
        }
        const QJsonObject combined = o.value(QStringLiteral("combined")).toObject();
        QCOMPARE(combined.value(QStringLiteral("final_equity")).toDouble(), sum);
        QCOMPARE(combined.value(QStringLiteral("closed_trades")).toInt(), trades);
        QVERIFY(trades > 0);
        Run saved =
            cli({QStringLiteral("backtest"), QStringLiteral("--rule"), text, QStringLiteral("--symbols"),
                 QStringLiteral("AAPL,^GSPC"), QStringLiteral("--save"), QStringLiteral("x")});
        QCOMPARE(saved.code, 2);
        QVERIFY(saved.err.contains(QStringLiteral("--save takes one symbol")));
    }
};

QTEST_APPLESS_MAIN(TestCliRules)
#include "tst_cli_rules.moc"
