#include "tests/testutils/CliRunner.h"
#include "tests/testutils/TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

// Drives the real supernova-cli binary's `portfolio` commands against a
// temporary SQLite database holding the bundled sample data.
class TestCliPortfolio : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    const QString m_sample = QStringLiteral("Sample portfolio");

    using Run = sn::test::CliRun;

    Run cli(QStringList args)
    {
        args = QStringList{QStringLiteral("--db"), m_db} + args;
        return sn::test::runCli(QStringLiteral(SUPERNOVA_CLI_BINARY), args,
                                m_dir.filePath(QStringLiteral("xdg-data")), 120000);
    }

    Run portfolio(const QStringList &args) { return cli(QStringList{QStringLiteral("portfolio")} + args); }

    QJsonObject jsonOf(const QStringList &args)
    {
        Run r = portfolio(args + QStringList{QStringLiteral("--json")});
        if (r.code != 0) {
            qWarning("exit %d: %s", r.code, qPrintable(r.err));
            return {};
        }
        static const QRegularExpression nonFinite(QStringLiteral("\\b(nan|inf|infinity)\\b"),
                                                  QRegularExpression::CaseInsensitiveOption);
        if (r.out.contains(nonFinite)) {
            qWarning("non-finite number in output");
            return {};
        }
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return f.fileName();
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // The close column of a sample Yahoo file for one date, read from the text.
    static double close(const char *file, const char *date)
    {
        const QByteArray text = readFile(sn::test::sampleDataFile(QLatin1String(file)));
        for (const QByteArray &line : text.split('\n'))
            if (line.startsWith(QByteArray(QByteArray(date) + QByteArrayLiteral(","))))
                return line.split(',').at(4).toDouble();
        return std::nan("");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("pf.sqlite"));
        Run r = cli({QStringLiteral("sample"), QStringLiteral("load")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void helpListsEverySubcommand()
    {
        Run r = cli({QStringLiteral("--help")});
        QVERIFY(r.out.contains(QLatin1String("portfolio")));
        r = portfolio({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        const QStringList subs{
            QStringLiteral("list"),        QStringLiteral("create"),   QStringLiteral("import"),
            QStringLiteral("delete"),      QStringLiteral("export"),   QStringLiteral("show"),
            QStringLiteral("performance"), QStringLiteral("risk"),     QStringLiteral("montecarlo"),
            QStringLiteral("stress"),      QStringLiteral("optimize"), QStringLiteral("rebalance")};
        for (const QString &s : subs) {
            QVERIFY2(r.out.contains(s), qPrintable(s));
            Run h = portfolio({s, QStringLiteral("--help")});
            QCOMPARE(h.code, 0);
            QVERIFY2(h.out.contains(QLatin1String("--json")), qPrintable(s));
        }
        for (const char *s : {"show", "performance", "risk", "montecarlo", "stress", "optimize", "rebalance"})
            QVERIFY2(portfolio({QLatin1String(s), QStringLiteral("--help")})
                         .out.contains(QLatin1String("--explain")),
                     s);
        QCOMPARE(portfolio({}).code, 2);
        QCOMPARE(portfolio({QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(portfolio({QStringLiteral("show")}).code, 2);
    }

    void listAndShowSample()
    {
        Run r = portfolio({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0][QStringLiteral("name")].toString(), m_sample);
        QCOMPARE(list[0][QStringLiteral("transactions")].toInt(), 8);

        const QJsonObject show = jsonOf({QStringLiteral("show"), m_sample});
        QVERIFY(!show.isEmpty());
        QMap<QString, QString> qty;
        for (const QJsonValue &p : show[QStringLiteral("positions")].toArray())
            qty[p[QStringLiteral("symbol")].toString()] = p[QStringLiteral("quantity")].toString();
        QCOMPARE(qty.value(QStringLiteral("AAPL")), QStringLiteral("400"));
        QCOMPARE(qty.value(QStringLiteral("^GSPC")), QStringLiteral("30"));
        // Cash from the eight sample steps at the closes in the files, $1 fee per trade.
        const double cash = 100000 - 500 * close("aapl_yahoo_2013_2018.csv", "2013-05-14") - 1 -
                            20 * close("sp500_yahoo_2000_2020.csv", "2013-05-14") - 1 -
                            200 * close("aapl_yahoo_2013_2018.csv", "2014-01-02") - 1 + 20000 -
                            10 * close("sp500_yahoo_2000_2020.csv", "2015-06-01") - 1 +
                            300 * close("aapl_yahoo_2013_2018.csv", "2016-02-01") - 1 - 5000;
        const double shownCash = show[QStringLiteral("cash")][QStringLiteral("USD")].toString().toDouble();
        QVERIFY2(std::abs(shownCash - cash) < 1e-5, qPrintable(QString::number(shownCash, 'f', 6)));
        QCOMPARE(show[QStringLiteral("as_of")].toString(), QStringLiteral("2018-05-11"));
        const double total = cash + 400 * close("aapl_yahoo_2013_2018.csv", "2018-05-11") +
                             30 * close("sp500_yahoo_2000_2020.csv", "2018-05-11");
        QVERIFY(std::abs(show[QStringLiteral("total_value")].toDouble() - total) < 1e-6);
        const QJsonObject data = show[QStringLiteral("data")].toObject();
        QCOMPARE(data[QStringLiteral("transactions")].toInt(), 8);
        QCOMPARE(data[QStringLiteral("series")].toArray().size(), 2);

        // As of a date: only the transactions up to it.
        const QJsonObject early =
            jsonOf({QStringLiteral("show"), m_sample, QStringLiteral("--to"), QStringLiteral("2014-06-30")});
        for (const QJsonValue &p : early[QStringLiteral("positions")].toArray())
            if (p[QStringLiteral("symbol")].toString() == QLatin1String("AAPL"))
                QCOMPARE(p[QStringLiteral("quantity")].toString(), QStringLiteral("700"));

        // Average cost: the 300 AAPL sold in 2016 carry the mean cost of the 700 bought.
        const QJsonObject average = jsonOf(
            {QStringLiteral("show"), m_sample, QStringLiteral("--lot-method"), QStringLiteral("average")});
        const double aaplBought = 500 * close("aapl_yahoo_2013_2018.csv", "2013-05-14") + 1 +
                                  200 * close("aapl_yahoo_2013_2018.csv", "2014-01-02") + 1;
        for (const QJsonValue &p : average[QStringLiteral("positions")].toArray())
            if (p[QStringLiteral("symbol")].toString() == QLatin1String("AAPL"))
                QVERIFY(std::abs(p[QStringLiteral("cost_basis")].toString().toDouble() -
                                 aaplBought * 400.0 / 700.0) < 1e-5);
        QCOMPARE(portfolio({QStringLiteral("show"), m_sample, QStringLiteral("--lot-method"),
                            QStringLiteral("lifo")})
                     .code,
                 2);

        Run text = portfolio({QStringLiteral("show"), m_sample, QStringLiteral("--explain")});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(QLatin1String("How these numbers are computed")));
        QCOMPARE(portfolio({QStringLiteral("show"), QStringLiteral("Nobody")}).code, 1);
        QVERIFY(portfolio({QStringLiteral("show"), QStringLiteral("Nobody")})
                    .err.startsWith(QStringLiteral("error: portfolio: unknown portfolio 'Nobody'")));
    }

    void performance()
    {
        const QJsonObject r = jsonOf({QStringLiteral("performance"), m_sample, QStringLiteral("--benchmark"),
                                      QStringLiteral("^GSPC"), QStringLiteral("--explain")});
        QVERIFY(!r.isEmpty());
        const double ttwror = r[QStringLiteral("ttwror")].toDouble();
        double growth = 1.0;
        const QJsonArray yearly = r[QStringLiteral("yearly")].toArray();
        QCOMPARE(yearly.size(), 6);
        for (const QJsonValue &y : yearly)
            growth *= 1.0 + y[QStringLiteral("return")].toDouble();
        QVERIFY(std::abs(growth - 1.0 - ttwror) < 1e-9);
        const double days = r[QStringLiteral("days")].toDouble();
        QVERIFY(std::abs(r[QStringLiteral("ttwror_annualised")].toDouble() -
                         (std::pow(1 + ttwror, 365.0 / days) - 1)) < 1e-9);
        QVERIFY(r[QStringLiteral("irr")][QStringLiteral("rate")].isDouble());
        QCOMPARE(r[QStringLiteral("inflows")].toDouble(), 120000.0);
        QCOMPARE(r[QStringLiteral("outflows")].toDouble(), 5000.0);
        QVERIFY(r[QStringLiteral("benchmark")][QStringLiteral("beta")].isDouble());
        QVERIFY(r[QStringLiteral("explain")][QStringLiteral("ttwror")].toString().contains(
            QLatin1String("(MVE + CFout)")));
        QVERIFY(r[QStringLiteral("explain")][QStringLiteral("irr")].toString().contains(QLatin1String("RD")));
        QCOMPARE(r[QStringLiteral("contributions")].toArray().size(), 2);

        // Daily values over a weekend: Friday's value carried to Saturday and Sunday.
        const QJsonObject daily = jsonOf({QStringLiteral("performance"), m_sample, QStringLiteral("--daily"),
                                          QStringLiteral("--from"), QStringLiteral("2018-05-04"),
                                          QStringLiteral("--to"), QStringLiteral("2018-05-07")});
        const QJsonArray dayRows = daily[QStringLiteral("daily")].toArray();
        QCOMPARE(dayRows.size(), 4);
        QCOMPARE(dayRows[0][QStringLiteral("date")].toString(), QStringLiteral("2018-05-04"));
        QCOMPARE(dayRows[1][QStringLiteral("value")].toDouble(),
                 dayRows[0][QStringLiteral("value")].toDouble());
        QCOMPARE(dayRows[2][QStringLiteral("value")].toDouble(),
                 dayRows[0][QStringLiteral("value")].toDouble());
        QVERIFY(std::abs(dayRows[3][QStringLiteral("cumulative_return")].toDouble() -
                         daily[QStringLiteral("ttwror")].toDouble()) < 1e-12);
        QCOMPARE(portfolio({QStringLiteral("performance"), m_sample, QStringLiteral("--from"),
                            QStringLiteral("May")})
                     .code,
                 2);
        QCOMPARE(portfolio({QStringLiteral("performance"), m_sample, QStringLiteral("--convention"),
                            QStringLiteral("excel")})
                     .code,
                 2);
        QCOMPARE(portfolio({QStringLiteral("performance"), m_sample, QStringLiteral("--benchmark"),
                            QStringLiteral("NOPE")})
                     .code,
                 1);
    }

    void risk()
    {
        for (const char *method : {"historical", "normal", "cornish-fisher", "montecarlo"}) {
            const QJsonObject r =
                jsonOf({QStringLiteral("risk"), m_sample, QStringLiteral("--method"), QLatin1String(method),
                        QStringLiteral("--confidence"), QStringLiteral("0.99"), QStringLiteral("--horizon"),
                        QStringLiteral("5"), QStringLiteral("--draws"), QStringLiteral("20000")});
            QVERIFY2(!r.isEmpty(), method);
            const QJsonObject var = r[QStringLiteral("var")].toObject();
            QCOMPARE(var[QStringLiteral("method")].toString(), QLatin1String(method));
            QVERIFY(var[QStringLiteral("var")].toDouble() > 0);
            QVERIFY(var[QStringLiteral("cvar")].toDouble() >= var[QStringLiteral("var")].toDouble());
            QVERIFY(std::abs(var[QStringLiteral("var_amount")].toDouble() -
                             var[QStringLiteral("var")].toDouble() *
                                 r[QStringLiteral("current_value")].toDouble()) < 1e-6);
            QCOMPARE(var[QStringLiteral("horizon_days")].toInt(), 5);
        }
        const QJsonObject vbt = jsonOf({QStringLiteral("risk"), m_sample, QStringLiteral("--convention"),
                                        QStringLiteral("vectorbt"), QStringLiteral("--risk-free"),
                                        QStringLiteral("0.02"), QStringLiteral("--explain")});
        QCOMPARE(vbt[QStringLiteral("convention")][QStringLiteral("periods_per_year")].toDouble(), 365.0);
        QCOMPARE(vbt[QStringLiteral("convention")][QStringLiteral("risk_free")].toDouble(), 0.02);
        const QJsonObject sn = jsonOf({QStringLiteral("risk"), m_sample});
        // Same returns, 365 vs 252 periods: the volatilities differ by sqrt(365 / 252).
        QVERIFY(std::abs(vbt[QStringLiteral("annual_volatility")].toDouble() /
                             sn[QStringLiteral("annual_volatility")].toDouble() -
                         std::sqrt(365.0 / 252.0)) < 1e-12);
        QVERIFY(vbt[QStringLiteral("explain")][QStringLiteral("convention")].toString().contains(
            QLatin1String("vectorbt")));
        QCOMPARE(sn[QStringLiteral("correlation")].toArray().size(), 2);
        const QJsonObject dd = sn[QStringLiteral("max_drawdown")].toObject();
        QVERIFY(dd[QStringLiteral("depth")].toDouble() > 0);
        QVERIFY(dd[QStringLiteral("peak")].toString() < dd[QStringLiteral("trough")].toString());
        QVERIFY(dd[QStringLiteral("peak")].toString() >= QStringLiteral("2013-05-13"));

        const QJsonObject shrunk = jsonOf(
            {QStringLiteral("risk"), m_sample, QStringLiteral("--shrink"), QStringLiteral("identity")});
        QVERIFY(shrunk[QStringLiteral("shrinkage_intensity")].isDouble());
        QVERIFY(sn[QStringLiteral("shrinkage_intensity")].isNull());
        QCOMPARE(
            portfolio({QStringLiteral("risk"), m_sample, QStringLiteral("--shrink"), QStringLiteral("lots")})
                .code,
            2);
        QCOMPARE(portfolio({QStringLiteral("risk"), m_sample, QStringLiteral("--confidence"),
                            QStringLiteral("1.5")})
                     .code,
                 2);
        QCOMPARE(
            portfolio({QStringLiteral("risk"), m_sample, QStringLiteral("--method"), QStringLiteral("guess")})
                .code,
            2);
        // Too few observations: two trading days.
        Run few = portfolio(
            {QStringLiteral("risk"), m_sample, QStringLiteral("--from"), QStringLiteral("2018-05-10")});
        QCOMPARE(few.code, 1);
        QVERIFY2(few.err.contains(QLatin1String("at least 2")), qPrintable(few.err));
        QVERIFY(!few.out.contains(QLatin1String("nan"), Qt::CaseInsensitive));
    }

    void montecarlo()
    {
        const QStringList args{QStringLiteral("montecarlo"),   m_sample,
                               QStringLiteral("--paths"),      QStringLiteral("1000"),
                               QStringLiteral("--steps"),      QStringLiteral("30"),
                               QStringLiteral("--seed"),       QStringLiteral("7"),
                               QStringLiteral("--target"),     QStringLiteral("0.1"),
                               QStringLiteral("--loss-limit"), QStringLiteral("-0.1")};
        const QJsonObject r = jsonOf(args);
        QVERIFY(!r.isEmpty());
        const QJsonArray pct = r[QStringLiteral("percentiles")].toArray();
        QCOMPARE(pct.size(), 5);
        QCOMPARE(pct[2][QStringLiteral("values")].toArray().size(), 31);
        QVERIFY(pct[0][QStringLiteral("final")].toDouble() <= pct[4][QStringLiteral("final")].toDouble());
        QCOMPARE(r[QStringLiteral("target")].toDouble(), r[QStringLiteral("start_value")].toDouble() * 1.1);
        QVERIFY(r[QStringLiteral("probability_target")].isDouble());
        QCOMPARE(jsonOf(args), r); // seeded
        const QJsonObject gbm =
            jsonOf({QStringLiteral("montecarlo"), m_sample, QStringLiteral("--method"), QStringLiteral("gbm"),
                    QStringLiteral("--paths"), QStringLiteral("500")});
        QVERIFY(gbm[QStringLiteral("sigma")].toDouble() > 0);
        QCOMPARE(portfolio(
                     {QStringLiteral("montecarlo"), m_sample, QStringLiteral("--paths"), QStringLiteral("0")})
                     .code,
                 2);
        QCOMPARE(portfolio({QStringLiteral("montecarlo"), m_sample, QStringLiteral("--method"),
                            QStringLiteral("dice")})
                     .code,
                 2);
        QCOMPARE(portfolio({QStringLiteral("montecarlo"), m_sample, QStringLiteral("--loss-limit"),
                            QStringLiteral("0.3")})
                     .code,
                 1);
    }

    void stress()
    {
        const QJsonObject defaults = jsonOf({QStringLiteral("stress"), m_sample});
        QCOMPARE(defaults[QStringLiteral("scenarios")].toArray().size(), 3);
        QCOMPARE(defaults[QStringLiteral("proxy")].toString(), QStringLiteral("^GSPC"));
        // 2020 crash on the S&P 500: close of 2020-03-23 over the close of 2020-02-19.
        const double crash = close("sp500_yahoo_2000_2020.csv", "2020-03-23") /
                                 close("sp500_yahoo_2000_2020.csv", "2020-02-19") -
                             1;
        const QJsonObject r =
            jsonOf({QStringLiteral("stress"), m_sample, QStringLiteral("--window"),
                    QStringLiteral("2020-02-19:2020-03-23"), QStringLiteral("--shock"),
                    QStringLiteral("AAPL=-0.5"), QStringLiteral("--shock"), QStringLiteral("all=-0.2")});
        const QJsonArray scenarios = r[QStringLiteral("scenarios")].toArray();
        QCOMPARE(scenarios.size(), 3);
        QVERIFY(std::abs(scenarios[0][QStringLiteral("total_change")].toDouble() - crash) < 1e-9);
        double aaplValue = 0;
        for (const QJsonValue &p : scenarios[1][QStringLiteral("positions")].toArray())
            if (p[QStringLiteral("symbol")].toString() == QLatin1String("AAPL")) {
                aaplValue = p[QStringLiteral("value")].toDouble();
                QCOMPARE(p[QStringLiteral("change")].toDouble(), -0.5);
            }
        QCOMPARE(aaplValue, 400 * close("aapl_yahoo_2013_2018.csv", "2018-05-11"));
        QVERIFY(std::abs(scenarios[1][QStringLiteral("total_pnl")].toDouble() + 0.5 * aaplValue) < 1e-6);
        QCOMPARE(scenarios[2][QStringLiteral("total_change")].toDouble(), -0.2);
        QCOMPARE(portfolio({QStringLiteral("stress"), m_sample, QStringLiteral("--window"),
                            QStringLiteral("2020-03-23:2020-02-19")})
                     .code,
                 2);
        QCOMPARE(
            portfolio({QStringLiteral("stress"), m_sample, QStringLiteral("--shock"), QStringLiteral("AAPL")})
                .code,
            2);
        // Without a proxy AAPL (data 2013-2018) cannot replay 2008.
        QCOMPARE(portfolio({QStringLiteral("stress"), m_sample, QStringLiteral("--no-proxy"),
                            QStringLiteral("--window"), QStringLiteral("2008-09-01:2009-03-31")})
                     .code,
                 1);
    }

    void optimizeAndBadBounds()
    {
        const QJsonObject r = jsonOf({QStringLiteral("optimize"), m_sample, QStringLiteral("--bounds"),
                                      QStringLiteral("AAPL=0:0.3"), QStringLiteral("--explain")});
        QVERIFY(!r.isEmpty());
        double sum = 0;
        for (const QJsonValue &w : r[QStringLiteral("result")][QStringLiteral("weights")].toArray()) {
            sum += w[QStringLiteral("weight")].toDouble();
            if (w[QStringLiteral("symbol")].toString() == QLatin1String("AAPL"))
                QVERIFY(w[QStringLiteral("weight")].toDouble() <= 0.3 + 1e-12);
        }
        QVERIFY(std::abs(sum - 1.0) < 1e-12);
        for (const char *method : {"max-sharpe", "erc"})
            QVERIFY2(!jsonOf({QStringLiteral("optimize"), m_sample, QStringLiteral("--method"),
                              QLatin1String(method)})
                          .isEmpty(),
                     method);
        const QJsonObject frontier =
            jsonOf({QStringLiteral("optimize"), m_sample, QStringLiteral("--frontier"), QStringLiteral("5")});
        QCOMPARE(frontier[QStringLiteral("frontier")].toArray().size(), 5);
        const QJsonObject target =
            jsonOf({QStringLiteral("optimize"), m_sample, QStringLiteral("--method"),
                    QStringLiteral("target-return"), QStringLiteral("--target"), QStringLiteral("0.2")});
        QVERIFY(
            std::abs(target[QStringLiteral("result")][QStringLiteral("expected_return_annual")].toDouble() -
                     0.2) < 1e-9);

        Run infeasible = portfolio({QStringLiteral("optimize"), m_sample, QStringLiteral("--bounds"),
                                    QStringLiteral("AAPL=0:0.3"), QStringLiteral("--bounds"),
                                    QStringLiteral("^GSPC=0:0.3")});
        QCOMPARE(infeasible.code, 1);
        QVERIFY(infeasible.err.startsWith(QStringLiteral("error: ")));
        QCOMPARE(portfolio({QStringLiteral("optimize"), m_sample, QStringLiteral("--method"),
                            QStringLiteral("target-return")})
                     .code,
                 2);
        QCOMPARE(portfolio({QStringLiteral("optimize"), m_sample, QStringLiteral("--bounds"),
                            QStringLiteral("AAPL=low")})
                     .code,
                 2);
    }

    void rebalance()
    {
        const QJsonObject r = jsonOf({QStringLiteral("rebalance"), m_sample, QStringLiteral("--target"),
                                      QStringLiteral("AAPL=0.5"), QStringLiteral("--target"),
                                      QStringLiteral("^GSPC=0.5"), QStringLiteral("--whole-shares")});
        QVERIFY(!r.isEmpty());
        for (const QJsonValue &t : r[QStringLiteral("trades")].toArray()) {
            const double q = t[QStringLiteral("quantity")].toDouble();
            QCOMPARE(q, std::round(q));
        }
        QVERIFY(r[QStringLiteral("cash_after")].toDouble() >= 0);
        QCOMPARE(r[QStringLiteral("drift")].toArray().size(), 2);
        QCOMPARE(portfolio({QStringLiteral("rebalance"), m_sample, QStringLiteral("--target"),
                            QStringLiteral("AAPL=0.5")})
                     .code,
                 1);
        QCOMPARE(portfolio({QStringLiteral("rebalance"), m_sample}).code, 2);
    }

    void createImportAndErrorsByLine()
    {
        QCOMPARE(portfolio({QStringLiteral("create"), QStringLiteral("Hand"), QStringLiteral("--currency"),
                            QStringLiteral("usd")})
                     .code,
                 0);
        QCOMPARE(portfolio({QStringLiteral("create"), QStringLiteral("Hand")}).code, 1); // taken
        QCOMPARE(portfolio({QStringLiteral("create"), QStringLiteral("X"), QStringLiteral("--currency"),
                            QStringLiteral("DOLLAR")})
                     .code,
                 2);

        const QString bad =
            writeFile(QStringLiteral("bad.csv"), "date,type,symbol,quantity,price,fee,amount\n"
                                                 "2014-01-02,deposit,,,,,10000\n"
                                                 "2014-01-02,bye,AAPL,10,79,1,\n"
                                                 "2014-01-02,buy,AAPL,10,-79,1,\n"
                                                 "2014-01-02,buy,AAPL,ten,79,1,\n");
        Run r = portfolio({QStringLiteral("import"), QStringLiteral("Hand"), bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("bad.csv:3: field 'type': unknown type 'bye'")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("bad.csv:4: field 'price': negative price")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("bad.csv:5: field 'quantity': unparseable decimal 'ten'")),
                 qPrintable(r.err));

        const QString unknown = writeFile(QStringLiteral("unknown.csv"), "date,type,symbol,quantity,price\n"
                                                                         "2014-01-02,buy,ZZZZ,1,1\n");
        r = portfolio({QStringLiteral("import"), QStringLiteral("Hand"), unknown});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("unknown.csv:2: field 'symbol': unknown symbol 'ZZZZ'")),
                 qPrintable(r.err));

        // The sample's MSFT has monthly bars only: the refusal says what is
        // stored and where daily bars come from.
        const QString monthly =
            writeFile(QStringLiteral("monthly.csv"), "date,type,symbol,quantity,price,fee,amount\n"
                                                     "2005-01-03,deposit,,,,,10000\n"
                                                     "2005-02-01,buy,MSFT,10,26,1,\n");
        r = portfolio({QStringLiteral("import"), QStringLiteral("Hand"), monthly});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(
                     QLatin1String("monthly.csv:3: field 'date': no price of MSFT on or before 2005-02-01 "
                                   "(only 1mo bars are stored and a portfolio is valued from daily closes: "
                                   "import daily (1d) bars of MSFT")),
                 qPrintable(r.err));

        const QString oversell =
            writeFile(QStringLiteral("oversell.csv"), "date,type,symbol,quantity,price,fee,amount\n"
                                                      "2014-01-02,deposit,,,,,10000\n"
                                                      "2014-01-02,buy,AAPL,10,100,1,\n"
                                                      "2014-01-03,sell,AAPL,11,110,0,\n");
        r = portfolio({QStringLiteral("import"), QStringLiteral("Hand"), oversell});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("oversell.csv:4: field 'quantity'")), qPrintable(r.err));
        // Rejected files leave nothing behind.
        Run list = portfolio({QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &p : QJsonDocument::fromJson(list.out.toUtf8()).array())
            if (p[QStringLiteral("name")].toString() == QLatin1String("Hand"))
                QCOMPARE(p[QStringLiteral("transactions")].toInt(), 0);

        // A good file with a renamed column: 10 @ 100 + $1 fee, then 4 sold @ 110.
        const QString good =
            writeFile(QStringLiteral("good.csv"), "Day,type,symbol,quantity,price,fee,amount\n"
                                                  "2014-01-02,deposit,,,,,10000\n"
                                                  "2014-01-02,buy,AAPL,10,100,1,\n"
                                                  "2014-01-03,sell,AAPL,4,110,0,\n");
        r = portfolio({QStringLiteral("import"), QStringLiteral("Hand"), good, QStringLiteral("--map"),
                       QStringLiteral("date=Day"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("imported")].toInt(), 3);
        const QJsonObject show = jsonOf({QStringLiteral("show"), QStringLiteral("Hand"),
                                         QStringLiteral("--to"), QStringLiteral("2014-01-03")});
        const QJsonObject aapl = show[QStringLiteral("positions")].toArray().at(0).toObject();
        QCOMPARE(aapl[QStringLiteral("quantity")].toString(), QStringLiteral("6"));
        QCOMPARE(aapl[QStringLiteral("cost_basis")].toString(), QStringLiteral("600.6"));  // 6/10 of 1001
        QCOMPARE(aapl[QStringLiteral("realised_pnl")].toString(), QStringLiteral("39.6")); // 440 - 400.4
        QCOMPARE(show[QStringLiteral("cash")][QStringLiteral("USD")].toString(),
                 QStringLiteral("9439")); // 10000 - 1001 + 440
        QCOMPARE(portfolio({QStringLiteral("import"), QStringLiteral("Nobody"), good}).code, 1);
        QCOMPARE(portfolio({QStringLiteral("import"), QStringLiteral("Hand"), good, QStringLiteral("--map"),
                            QStringLiteral("when=Day")})
                     .code,
                 2);
    }

    void exportImportRoundTrip()
    {
        const QString first = m_dir.filePath(QStringLiteral("sample-export.csv"));
        Run r = portfolio({QStringLiteral("export"), m_sample, first});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QByteArray text = readFile(first);
        QCOMPARE(text.count('\n'), 9); // header + 8 transactions
        QVERIFY(text.startsWith("date,type,symbol,quantity,price,fee,tax,amount,currency,note\n2013-05-13,"
                                "deposit,,0,0,0,0,100000,USD,"));
        QCOMPARE(portfolio({QStringLiteral("create"), QStringLiteral("Copy")}).code, 0);
        r = portfolio({QStringLiteral("import"), QStringLiteral("Copy"), first});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString second = m_dir.filePath(QStringLiteral("copy-export.csv"));
        QCOMPARE(portfolio({QStringLiteral("export"), QStringLiteral("Copy"), second}).code, 0);
        QCOMPARE(readFile(second), text);
        QCOMPARE(jsonOf({QStringLiteral("show"), QStringLiteral("Copy")})[QStringLiteral("total_value")],
                 jsonOf({QStringLiteral("show"), m_sample})[QStringLiteral("total_value")]);
        QCOMPARE(portfolio({QStringLiteral("export"), QStringLiteral("Nobody"), second}).code, 1);

        QCOMPARE(portfolio({QStringLiteral("delete"), QStringLiteral("Copy")}).code, 0);
        QCOMPARE(portfolio({QStringLiteral("show"), QStringLiteral("Copy")}).code, 1);
        QCOMPARE(portfolio({QStringLiteral("delete"), QStringLiteral("Copy")}).code, 1);
    }

    void singularCovarianceIsAnError()
    {
        // AAPL's prices again under another symbol: two identical return series.
        Run r = cli({QStringLiteral("import"),
                     sn::test::sampleDataFile(QStringLiteral("aapl_yahoo_2013_2018.csv")),
                     QStringLiteral("--symbol"), QStringLiteral("AAPL2")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(portfolio({QStringLiteral("create"), QStringLiteral("Twins")}).code, 0);
        const QString twins =
            writeFile(QStringLiteral("twins.csv"), "date,type,symbol,quantity,price,amount\n"
                                                   "2014-01-02,deposit,,,,10000\n"
                                                   "2014-01-02,buy,AAPL,10,79,\n"
                                                   "2014-01-02,buy,AAPL2,10,79,\n");
        QCOMPARE(portfolio({QStringLiteral("import"), QStringLiteral("Twins"), twins}).code, 0);
        Run opt = portfolio({QStringLiteral("optimize"), QStringLiteral("Twins")});
        QCOMPARE(opt.code, 1);
        QVERIFY2(opt.err.contains(QLatin1String("singular")), qPrintable(opt.err));
        QVERIFY(opt.out.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestCliPortfolio)
#include "tst_cli_portfolio.moc"
