#include "core/advisor/tools/AdvisorTools.h"
#include "core/advisor/tools/JsonSchema.h"
#include "core/analytics/ReturnStats.h"
#include "core/backtest/Backtester.h"
#include "core/backtest/Optimizer.h"
#include "core/backtest/StrategyRegistry.h"
#include "core/backtest/WalkForward.h"
#include "core/indicators/IndicatorRegistry.h"
#include "core/storage/Database.h"
#include "core/storage/PortfolioRepository.h"
#include "core/workspace/BarImporter.h"
#include "core/workspace/MarketData.h"
#include "core/workspace/PortfolioService.h"
#include "core/workspace/SampleData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace sn;
using namespace sn::advisor;

namespace {

bool near(double a, double b, double rel = 1e-5)
{
    return std::fabs(a - b) <= rel * std::max({std::fabs(a), std::fabs(b), 1e-12});
}

TimestampMs day(const char *iso)
{
    return *parseTimestamp(iso, DateFormat::Iso);
}

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

#define REQUIRE_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto &r_ = (expr);                                                                             \
        QVERIFY2(r_.ok(), r_.ok() ? "" : r_.error().toString().c_str());                                     \
    } while (false)

#define NEAR(a, b)                                                                                           \
    QVERIFY2(near((a), (b)), qPrintable(QStringLiteral("%1 vs %2").arg((a), 0, 'g', 12).arg((b), 0, 'g', 12)))

} // namespace

class TestAdvisorTools : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ToolRegistry> m_tools;

    QJsonObject call(const char *name, const char *json)
    {
        auto r = m_tools->call({QStringLiteral("id"), QString::fromLatin1(name), obj(json)});
        if (!r) {
            qWarning("%s", r.error().toString().c_str());
            return {};
        }
        return r.value();
    }

    QString callError(const char *name, const char *json)
    {
        auto r = m_tools->call({QStringLiteral("id"), QString::fromLatin1(name), obj(json)});
        return r ? QString() : QString::fromStdString(r.error().toString());
    }

    qint64 transactionCount()
    {
        QSqlQuery q(*m_db->connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM transactions")) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db =
            Database::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("tools.sqlite")));
        REQUIRE_OK(db);
        m_db = std::move(db).value();
        REQUIRE_OK(m_db->migrate());
        REQUIRE_OK(SampleData(*m_db).load());
        m_tools = std::make_unique<ToolRegistry>(makeAdvisorTools(*m_db));
    }

    void specsAreStrictObjectSchemas()
    {
        const QRegularExpression snake(QStringLiteral("^[a-z][a-z0-9_]*$"));
        QStringList names;
        for (const ToolSpec &s : m_tools->specs()) {
            QVERIFY2(snake.match(s.name).hasMatch(), qPrintable(s.name));
            QVERIFY(!names.contains(s.name));
            names << s.name;
            QVERIFY(!s.description.isEmpty());
            QCOMPARE(s.parameters.value(QStringLiteral("type")).toString(), QStringLiteral("object"));
            QCOMPARE(s.parameters.value(QStringLiteral("additionalProperties")), QJsonValue(false));
            const QJsonObject props = s.parameters.value(QStringLiteral("properties")).toObject();
            for (const QJsonValue &r : s.parameters.value(QStringLiteral("required")).toArray())
                QVERIFY2(props.contains(r.toString()), qPrintable(s.name + QLatin1Char('.') + r.toString()));
        }
        for (const char *n :
             {"list_instruments", "list_watchlists", "price_summary", "compute_indicator", "run_backtest",
              "optimize", "walk_forward", "portfolio_summary", "portfolio_performance", "portfolio_risk",
              "monte_carlo", "stress_test", "rebalance_proposal", "compare_instruments", "explain_metric",
              "list_strategies"})
            QVERIFY2(names.contains(QLatin1String(n)), n);
        const ToolSpec *rebalance = m_tools->find(QStringLiteral("rebalance_proposal"));
        QVERIFY(rebalance->description.contains(QLatin1String("confirmation")));
    }

    void validationErrorsNameTheField_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown field") << "price_summary"
                                       << R"({"symbol":"AAPL","colour":"red"})"
                                       << "argument 'colour': unknown field";
        QTest::newRow("wrong type") << "price_summary"
                                    << R"({"symbol":42})"
                                    << "argument 'symbol': expected a string";
        QTest::newRow("missing") << "run_backtest"
                                 << R"({"symbol":"AAPL"})"
                                 << "argument 'strategy': is required";
        QTest::newRow("enum") << "run_backtest"
                              << R"({"symbol":"AAPL","strategy":"magic"})"
                              << "argument 'strategy': 'magic' is not one of";
        QTest::newRow("below min") << "portfolio_risk"
                                   << R"({"confidence":0.2})"
                                   << "argument 'confidence': 0.2 is below the minimum 0.5";
        QTest::newRow("above max") << "compute_indicator"
                                   << R"({"symbol":"AAPL","indicator":"rsi","tail":500})"
                                   << "argument 'tail': 500 is above the maximum 50";
        QTest::newRow("not integer") << "portfolio_risk"
                                     << R"({"horizon_days":1.5})"
                                     << "argument 'horizon_days': expected an integer";
        QTest::newRow("nested") << "stress_test"
                                << R"({"windows":[{"from":"2008-09-01"}]})"
                                << "argument 'windows[0].to': is required";
        QTest::newRow("map value") << "run_backtest"
                                   << R"({"symbol":"AAPL","strategy":"sma_cross","params":{"fast":"x"}})"
                                   << "argument 'params.fast': expected a number";
        QTest::newRow("date pattern") << "price_summary"
                                      << R"({"symbol":"AAPL","from":"last year"})"
                                      << "argument 'from': 'last year' does not match";
        QTest::newRow("impossible date") << "price_summary"
                                         << R"({"symbol":"AAPL","from":"2015-02-30"})"
                                         << "argument 'from': '2015-02-30' is not a date";
        QTest::newRow("too few items") << "compare_instruments"
                                       << R"({"symbols":["AAPL"]})"
                                       << "argument 'symbols': needs at least 2 items";
        QTest::newRow("unknown symbol") << "price_summary"
                                        << R"({"symbol":"TSLA"})"
                                        << "no instrument 'TSLA'";
        QTest::newRow("strategy param")
            << "run_backtest"
            << R"({"symbol":"AAPL","strategy":"sma_cross","params":{"fast":60,"slow":50}})"
            << "fast";
        QTest::newRow("grid param")
            << "optimize"
            << R"({"symbol":"AAPL","strategy":"sma_cross","grid":[{"name":"speed","start":1,"stop":3}]})"
            << "argument 'grid[0]': 'speed' is not a parameter";
    }

    void validationErrorsNameTheField()
    {
        QFETCH(QString, tool);
        QFETCH(QString, args);
        QFETCH(QString, expected);
        auto r = m_tools->call({QString(), tool, QJsonDocument::fromJson(args.toUtf8()).object()});
        QVERIFY(!r.ok());
        const QString msg = QString::fromStdString(r.error().toString());
        QVERIFY2(msg.contains(expected), qPrintable(msg));
        QVERIFY2(msg.contains(tool), qPrintable(msg));
    }

    void unknownToolListsKnownOnes()
    {
        auto r = m_tools->call({QString(), QStringLiteral("place_order"), {}});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NotFound);
        QVERIFY(QString::fromStdString(r.error().message).contains(QLatin1String("run_backtest")));
        const ToolOutcome o = m_tools->run({QString(), QStringLiteral("place_order"), {}});
        QVERIFY(!o.ok);
        QVERIFY(o.result.value(QStringLiteral("error")).toString().contains(QLatin1String("place_order")));
    }

    void listInstrumentsAndWatchlists()
    {
        auto summaries = MarketData(*m_db).summaries();
        REQUIRE_OK(summaries);
        const QJsonObject r = call("list_instruments", "{}");
        QCOMPARE(r.value(QStringLiteral("count")).toInt(), static_cast<int>(summaries->size()));
        bool sawGspc = false;
        for (const QJsonValue &v : r.value(QStringLiteral("instruments")).toArray())
            if (v[QStringLiteral("symbol")].toString() == QLatin1String("^GSPC")) {
                sawGspc = true;
                QCOMPARE(v[QStringLiteral("rows")].toInt(), 5105);
            }
        QVERIFY(sawGspc);
        const QJsonObject w = call("list_watchlists", "{}");
        QCOMPARE(w.value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(w[QStringLiteral("watchlists")][0][QStringLiteral("name")].toString(),
                 QString::fromLatin1(SampleData::kWatchlistName));
    }

    void priceSummaryMatchesTheBars()
    {
        const QJsonObject r =
            call("price_summary", R"({"symbol":"aapl","from":"2015-01-01","to":"2016-12-31"})");
        QVERIFY(!r.isEmpty());
        auto bars = MarketData(*m_db).bars(QStringLiteral("AAPL"), QStringLiteral("1d"));
        REQUIRE_OK(bars);
        const BarSeries s = bars->slice(day("2015-01-01"), day("2016-12-31"));
        const QJsonObject data = r.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("symbol")).toString(), QStringLiteral("AAPL"));
        QCOMPARE(data.value(QStringLiteral("rows")).toInt(), static_cast<int>(s.size()));
        QCOMPARE(data.value(QStringLiteral("from")).toString(), QStringLiteral("2015-01-02"));
        QCOMPARE(data.value(QStringLiteral("to")).toString(), QStringLiteral("2016-12-30"));
        NEAR(r.value(QStringLiteral("first_close")).toDouble(), s.close.front());
        NEAR(r.value(QStringLiteral("last_close")).toDouble(), s.close.back());
        NEAR(r.value(QStringLiteral("total_return")).toDouble(), s.close.back() / s.close.front() - 1);
        std::vector<double> ret;
        for (std::size_t i = 1; i < s.size(); ++i)
            ret.push_back(s.close[i] / s.close[i - 1] - 1);
        NEAR(r.value(QStringLiteral("annual_volatility")).toDouble(),
             *ReturnStats::annualVolatility(ret, Convention::supernova()));
        // Monthly-only instruments fall back to their stored interval.
        const QJsonObject msft = call("price_summary", R"({"symbol":"MSFT"})");
        QCOMPARE(msft[QStringLiteral("data")][QStringLiteral("interval")].toString(), QStringLiteral("1mo"));
    }

    void indicatorMatchesTheRegistry()
    {
        const QJsonObject r = call("compute_indicator",
                                   R"({"symbol":"AAPL","indicator":"rsi","params":{"period":14},"tail":3})");
        auto bars = MarketData(*m_db).bars(QStringLiteral("AAPL"), QStringLiteral("1d"));
        REQUIRE_OK(bars);
        auto out = ind::IndicatorRegistry::compute(
            "rsi", {{"period", 14}}, {bars->open, bars->high, bars->low, bars->close, bars->volume});
        REQUIRE_OK(out);
        NEAR(r[QStringLiteral("latest")][QStringLiteral("rsi")].toDouble(), out->values[0].back());
        QCOMPARE(r[QStringLiteral("tail")].toArray().size(), 3);
        QCOMPARE(r[QStringLiteral("as_of")].toString(), QStringLiteral("2018-05-11"));
        const QJsonObject macd = call("compute_indicator", R"({"symbol":"AAPL","indicator":"macd"})");
        QVERIFY(macd[QStringLiteral("latest")].toObject().contains(QStringLiteral("signal")));
    }

    void backtestMatchesTheBacktester()
    {
        const QJsonObject r = call(
            "run_backtest",
            R"({"symbol":"AAPL","strategy":"sma_cross","params":{"fast":20,"slow":50},"from":"2015-01-01","commission":0.001})");
        QVERIFY(!r.isEmpty());
        auto bars = MarketData(*m_db).bars(QStringLiteral("AAPL"), QStringLiteral("1d"));
        REQUIRE_OK(bars);
        bt::BacktestRequest req;
        req.strategy = "sma_cross";
        req.params = {{"fast", "20"}, {"slow", "50"}};
        req.config.costs.commission = 0.001;
        auto direct = bt::Backtester::run(bars->slice(day("2015-01-01"), bars->time.back()), req);
        REQUIRE_OK(direct);
        const QJsonObject m = r.value(QStringLiteral("metrics")).toObject();
        NEAR(m.value(QStringLiteral("total_return")).toDouble(), direct->metrics.totalReturn);
        NEAR(m.value(QStringLiteral("sharpe")).toDouble(), *direct->metrics.sharpe);
        NEAR(m.value(QStringLiteral("max_drawdown")).toDouble(), direct->metrics.maxDrawdown);
        QCOMPARE(m.value(QStringLiteral("trades")).toInt(), static_cast<int>(direct->metrics.trades));
        const QJsonObject bh = r.value(QStringLiteral("buy_and_hold")).toObject();
        NEAR(bh.value(QStringLiteral("final_equity")).toDouble(), direct->benchmarkEquity.back());
        NEAR(r.value(QStringLiteral("excess_return")).toDouble(),
             direct->metrics.totalReturn -
                 (direct->benchmarkEquity.back() / direct->benchmarkEquity.front() - 1));
        const QJsonArray curve = r.value(QStringLiteral("equity_curve")).toArray();
        QVERIFY(curve.size() >= 30 && curve.size() <= 42);
        QCOMPARE(curve.last()[0].toString(), QStringLiteral("2018-05-11"));
        NEAR(curve.last()[1].toDouble(), direct->result.equity.back());
        QCOMPARE(r[QStringLiteral("data")][QStringLiteral("from")].toString(), QStringLiteral("2015-01-02"));
        QCOMPARE(r[QStringLiteral("params")][QStringLiteral("slow")].toDouble(), 50.0);
    }

    void optimizeAndWalkForwardMatchTheEngines()
    {
        const QJsonObject r = call(
            "optimize",
            R"({"symbol":"AAPL","strategy":"sma_cross","grid":[{"name":"fast","start":5,"stop":20,"step":5},{"name":"slow","start":30,"stop":60,"step":10}],"top":3})");
        QVERIFY(!r.isEmpty());
        auto bars = MarketData(*m_db).bars(QStringLiteral("AAPL"), QStringLiteral("1d"));
        REQUIRE_OK(bars);
        bt::SweepConfig sweep;
        sweep.strategy = "sma_cross";
        sweep.grid = {{"fast", 5, 20, 5}, {"slow", 30, 60, 10}};
        sweep.config.costs.commission = bt::kDefaultCommission; // the advisor's default, as the lab's
        auto direct = bt::Optimizer::run(*bars, sweep);
        REQUIRE_OK(direct);
        QCOMPARE(r.value(QStringLiteral("evaluated")).toInt(), static_cast<int>(direct->evaluated));
        const std::size_t best = direct->ranking.front();
        const QJsonObject top = r[QStringLiteral("top")][0].toObject();
        QCOMPARE(top[QStringLiteral("params")][QStringLiteral("fast")].toDouble(),
                 direct->table.row(best)[0]);
        QCOMPARE(top[QStringLiteral("params")][QStringLiteral("slow")].toDouble(),
                 direct->table.row(best)[1]);
        NEAR(top[QStringLiteral("score")].toDouble(), direct->table.score[best]);
        QCOMPARE(r[QStringLiteral("top")].toArray().size(), 3);

        const QJsonObject wf = call(
            "walk_forward",
            R"({"symbol":"^GSPC","strategy":"sma_cross","grid":[{"name":"fast","start":10,"stop":30,"step":10},{"name":"slow","start":50,"stop":100,"step":25}],"in_sample_bars":756,"out_of_sample_bars":252})");
        QVERIFY(!wf.isEmpty());
        auto gspc = MarketData(*m_db).bars(QStringLiteral("^GSPC"), QStringLiteral("1d"));
        bt::WalkForwardConfig cfg;
        cfg.sweep.strategy = "sma_cross";
        cfg.sweep.grid = {{"fast", 10, 30, 10}, {"slow", 50, 100, 25}};
        cfg.sweep.config.costs.commission = bt::kDefaultCommission;
        auto wfDirect = bt::WalkForward::run(*gspc, cfg);
        REQUIRE_OK(wfDirect);
        QCOMPARE(wf[QStringLiteral("windows")].toArray().size(),
                 static_cast<qsizetype>(wfDirect->windows.size()));
        NEAR(wf[QStringLiteral("out_of_sample")][QStringLiteral("total_return")].toDouble(),
             wfDirect->outOfSample.totalReturn);
    }

    void compareInstrumentsOnCommonDates()
    {
        const QJsonObject r = call("compare_instruments",
                                   R"({"symbols":["AAPL","^GSPC"],"from":"2014-01-01","to":"2016-12-31"})");
        QVERIFY(!r.isEmpty());
        auto a = MarketData(*m_db)
                     .bars(QStringLiteral("AAPL"), QStringLiteral("1d"))
                     ->slice(day("2014-01-01"), day("2016-12-31"));
        auto g = MarketData(*m_db)
                     .bars(QStringLiteral("^GSPC"), QStringLiteral("1d"))
                     ->slice(day("2014-01-01"), day("2016-12-31"));
        std::vector<double> ca, cg;
        for (std::size_t i = 0; i < a.size(); ++i) {
            const std::size_t j = g.lowerBound(a.time[i]);
            if (j < g.size() && g.time[j] == a.time[i]) {
                ca.push_back(a.close[i]);
                cg.push_back(g.close[j]);
            }
        }
        QCOMPARE(r[QStringLiteral("data")][QStringLiteral("rows")].toInt(), static_cast<int>(ca.size()));
        NEAR(r[QStringLiteral("instruments")][0][QStringLiteral("change")].toDouble(),
             ca.back() / ca.front() - 1);
        NEAR(r[QStringLiteral("instruments")][1][QStringLiteral("change")].toDouble(),
             cg.back() / cg.front() - 1);
        const double corr = r[QStringLiteral("correlations")][0][QStringLiteral("correlation")].toDouble();
        QVERIFY(corr > 0.2 && corr < 0.9);
    }

    void portfolioToolsMatchTheService()
    {
        PortfolioService service(*m_db);
        const QString name = QString::fromLatin1(SampleData::kPortfolioName);
        const QJsonObject s = call("portfolio_summary", "{}");
        auto h = service.holdings(name);
        REQUIRE_OK(h);
        QCOMPARE(s[QStringLiteral("data")][QStringLiteral("portfolio")].toString(), name);
        NEAR(s.value(QStringLiteral("total_value")).toDouble(), h->totalValue);
        QCOMPARE(s.value(QStringLiteral("as_of")).toString(), QString::fromStdString(formatDate(h->asOf)));

        const QJsonObject p = call("portfolio_performance", "{}");
        auto perf = service.performance(name, {{}, "^GSPC", Convention::supernova()});
        REQUIRE_OK(perf);
        NEAR(p.value(QStringLiteral("ttwror")).toDouble(), perf->ttwror);
        NEAR(p.value(QStringLiteral("irr")).toDouble(), *perf->irr.rate);

        const QJsonObject r = call("portfolio_risk", R"({"confidence":0.99,"horizon_days":10})");
        PortfolioService::RiskOptions ro;
        ro.confidence = 0.99;
        ro.horizon = 10;
        ro.benchmark = "^GSPC";
        auto risk = service.risk(name, ro);
        REQUIRE_OK(risk);
        NEAR(r.value(QStringLiteral("var")).toDouble(), risk->var.var);
        NEAR(r.value(QStringLiteral("cvar_amount")).toDouble(), risk->cvarAmount);
        NEAR(r.value(QStringLiteral("annual_volatility")).toDouble(), *risk->summary.annualVolatility);
        QCOMPARE(r[QStringLiteral("drivers")].toArray().size(), static_cast<qsizetype>(risk->symbols.size()));

        const QJsonObject mc = call("monte_carlo", R"({"steps":126,"paths":500,"seed":7})");
        PortfolioService::ProjectionOptions po;
        po.steps = 126;
        po.paths = 500;
        po.seed = 7;
        auto proj = service.projection(name, po);
        REQUIRE_OK(proj);
        NEAR(mc[QStringLiteral("end")][QStringLiteral("p50")][QStringLiteral("value")].toDouble(),
             proj->fan.percentile[2].back());

        const QJsonObject st = call("stress_test", "{}");
        auto stress = service.stress(name, {});
        REQUIRE_OK(stress);
        QCOMPARE(st[QStringLiteral("scenarios")].toArray().size(),
                 static_cast<qsizetype>(stress->scenarios.size()));
        NEAR(st[QStringLiteral("scenarios")][0][QStringLiteral("pnl")].toDouble(),
             stress->scenarios[0].outcome.totalPnl);
    }

    void rebalanceOnlyProposes()
    {
        const qint64 before = transactionCount();
        QVERIFY(before > 0);
        const QJsonObject r = call("rebalance_proposal", R"({"targets":{"AAPL":0.6,"^gspc":0.4}})");
        QVERIFY(!r.isEmpty());
        QCOMPARE(r.value(QStringLiteral("requires_confirmation")), QJsonValue(true));
        QCOMPARE(r.value(QStringLiteral("proposal_only")), QJsonValue(true));
        QVERIFY(!r.value(QStringLiteral("trades")).toArray().isEmpty());
        QCOMPARE(transactionCount(), before);
        const QJsonObject equal = call("rebalance_proposal", "{}");
        QVERIFY(equal.value(QStringLiteral("basis")).toString().contains(QLatin1String("equal")));
        QCOMPARE(transactionCount(), before);
    }

    void explainMetricUsesTheCodesConventions()
    {
        const QJsonObject r = call("explain_metric", R"({"metric":"sharpe"})");
        QCOMPARE(r.value(QStringLiteral("formula")).toString(),
                 QString::fromStdString(
                     ReturnStats::explain(ReturnStats::Metric::Sharpe, Convention::supernova())));
        QCOMPARE(
            r[QStringLiteral("other_profiles")][QStringLiteral("lean")].toString(),
            QString::fromStdString(ReturnStats::explain(ReturnStats::Metric::Sharpe, Convention::lean())));
        QVERIFY(!call("explain_metric", R"({"metric":"ttwror"})")
                     .value(QStringLiteral("formula"))
                     .toString()
                     .isEmpty());
        QVERIFY(!call("explain_metric", R"({"metric":"var"})")
                     .value(QStringLiteral("formula"))
                     .toString()
                     .isEmpty());
    }

    // Without from/to the stored bars are moved into the loaded series; the
    // error must still name the stored range (clang-tidy's use-after-move find).
    void tooFewBarsNamesTheStoredRange()
    {
        CsvReadOptions options;
        options.symbol = "ONEBAR";
        REQUIRE_OK(
            BarImporter(*m_db).importText(QByteArrayLiteral("Date,Open,High,Low,Close,Adj Close,Volume\n"
                                                            "2024-01-02,10,11,9,10.5,10.5,1000\n"),
                                          QStringLiteral("onebar.csv"), options));
        const QString whole = callError("price_summary", R"({"symbol":"ONEBAR"})");
        QVERIFY2(whole.contains(QLatin1String(
                     "1 1d bars in start..end, need at least 2 (stored: 2024-01-02..2024-01-02)")),
                 qPrintable(whole));
        const QString ranged = callError("price_summary", R"({"symbol":"ONEBAR","from":"2023-01-01"})");
        QVERIFY2(ranged.contains(QLatin1String("(stored: 2024-01-02..2024-01-02)")), qPrintable(ranged));
    }

    void listStrategies()
    {
        const QJsonObject r = call("list_strategies", "{}");
        QCOMPARE(r.value(QStringLiteral("count")).toInt(),
                 static_cast<int>(bt::StrategyRegistry::infos().size()));
    }
};

QTEST_GUILESS_MAIN(TestAdvisorTools)
#include "tst_advisor_tools.moc"
