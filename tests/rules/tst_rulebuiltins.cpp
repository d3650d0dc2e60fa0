// Every built-in single-series strategy written as a rule (BuiltinRules)
// gives the built-in's signals, fills, trades and equity bit for bit: on the
// bundled AAPL series, on a synthetic series whose averages tie exactly now
// and then, long-only and long/short, at several parameter points, on a
// series long enough for the built-in's two-thread path, in sweeps and in
// walk-forward.
#include "SampleBars.h"
#include "core/backtest/Backtester.h"
#include "core/backtest/IndicatorCache.h"
#include "core/backtest/Optimizer.h"
#include "core/backtest/StrategyRegistry.h"
#include "core/backtest/WalkForward.h"
#include "core/rules/BuiltinRules.h"
#include "core/rules/RuleStrategy.h"
#include "tests/testutils/TestPaths.h"

#include <QTest>
#include <cmath>
#include <cstring>
#include <random>

using namespace sn;
using namespace sn::bt;
using namespace sn::rules;

namespace {

bool same(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

QString diffReport(const BacktestResult &a, const BacktestResult &b)
{
    if (a.fills.size() != b.fills.size())
        return QStringLiteral("fills %1 vs %2").arg(a.fills.size()).arg(b.fills.size());
    for (std::size_t i = 0; i < a.fills.size(); ++i) {
        const Fill &x = a.fills[i], &y = b.fills[i];
        if (x.bar != y.bar || !same(x.quantity, y.quantity) || !same(x.price, y.price) ||
            !same(x.commission, y.commission) || !same(x.slippage, y.slippage) || x.reason != y.reason)
            return QStringLiteral("fill %1 differs (bar %2 vs %3)").arg(i).arg(x.bar).arg(y.bar);
    }
    if (a.trades.size() != b.trades.size())
        return QStringLiteral("trades %1 vs %2").arg(a.trades.size()).arg(b.trades.size());
    for (std::size_t i = 0; i < a.trades.size(); ++i) {
        const Trade &x = a.trades[i], &y = b.trades[i];
        if (x.entryBar != y.entryBar || x.exitBar != y.exitBar || !same(x.pnl, y.pnl) ||
            !same(x.quantity, y.quantity) || !same(x.entryPrice, y.entryPrice) ||
            !same(x.exitPrice, y.exitPrice) || x.exitReason != y.exitReason)
            return QStringLiteral("trade %1 differs").arg(i);
    }
    if (a.equity.size() != b.equity.size())
        return QStringLiteral("equity length %1 vs %2").arg(a.equity.size()).arg(b.equity.size());
    for (std::size_t i = 0; i < a.equity.size(); ++i)
        if (!same(a.equity[i], b.equity[i]))
            return QStringLiteral("equity differs at %1").arg(i);
    if (!same(a.finalEquity, b.finalEquity) || !same(a.finalCash, b.finalCash))
        return QStringLiteral("final equity differs");
    if (a.openPositions.size() != b.openPositions.size())
        return QStringLiteral("open positions differ");
    return {};
}

// A random walk on a 0.25 grid, so moving averages tie exactly at times
// (the crossover's tie rule is exercised).
BarSeries gridSeries(std::size_t n, unsigned seed)
{
    BarSeries s;
    s.symbol = "GRID";
    std::mt19937 rng(seed);
    double price = 100;
    for (std::size_t i = 0; i < n; ++i) {
        const double open = price;
        price = std::max(5.0, price + 0.25 * double(int(rng() % 5) - 2));
        const double close = price;
        s.append(TimestampMs(i) * 86'400'000, open, std::max(open, close) + 0.25,
                 std::min(open, close) - 0.25, close, 1000 + double(rng() % 100));
    }
    return s;
}

std::unique_ptr<RuleStrategy> ruleOf(const std::string &name)
{
    const std::string text = BuiltinRules::ruleFor(name);
    auto r = RuleStrategy::fromText(text, name + "_rule");
    if (!r.ok())
        qWarning("%s", r.error().message.c_str());
    return r.ok() ? std::move(r).value() : nullptr;
}

// Parameter points for a built-in: the defaults and a few valid random ones.
std::vector<std::vector<double>> points(const StrategyInfo &info, unsigned seed)
{
    std::vector<std::vector<double>> out{info.defaults()};
    std::mt19937 rng(seed);
    while (out.size() < 4 && !info.params.empty()) {
        std::vector<double> p;
        for (const ParamSpec &s : info.params) {
            const double hi = std::min(s.max, s.type == ParamType::Int ? 60.0 : s.max);
            const double lo = s.min;
            double v = lo + (hi - lo) * double(rng() % 1000) / 999.0;
            if (s.type == ParamType::Int)
                v = std::floor(v);
            p.push_back(v);
        }
        if (info.validate(p))
            out.push_back(p);
    }
    return out;
}

} // namespace

class TestRuleBuiltins : public QObject
{
    Q_OBJECT
private:
    BarSeries m_aapl;

private slots:
    void initTestCase()
    {
        auto bars = test::readSampleBars(test::sampleDataFile("aapl_yahoo_2013_2018.csv").toStdString());
        QVERIFY(bars.ok());
        m_aapl = std::move(bars).value();
    }

    void everySingleSeriesBuiltinHasARule()
    {
        for (const Strategy *s : StrategyRegistry::strategies())
            QVERIFY2(!BuiltinRules::ruleFor(s->info().name).empty(), s->info().name.c_str());
    }

    void sameParameterSpecs_data()
    {
        QTest::addColumn<QString>("name");
        for (const std::string &n : BuiltinRules::names())
            QTest::newRow(n.c_str()) << QString::fromStdString(n);
    }

    void sameParameterSpecs()
    {
        QFETCH(QString, name);
        const Strategy *builtin = StrategyRegistry::find(name.toStdString());
        QVERIFY(builtin);
        auto rule = ruleOf(name.toStdString());
        QVERIFY(rule);
        const StrategyInfo &a = builtin->info(), &b = rule->info();
        QCOMPARE(b.params.size(), a.params.size());
        for (std::size_t i = 0; i < a.params.size(); ++i) {
            QCOMPARE(b.params[i].name, a.params[i].name);
            QCOMPARE(b.params[i].type, a.params[i].type);
            QCOMPARE(b.params[i].defaultValue, a.params[i].defaultValue);
            QCOMPARE(b.params[i].min, a.params[i].min);
            QCOMPARE(b.params[i].max, a.params[i].max);
        }
        QCOMPARE(b.lessThan.size(), a.lessThan.size());
        QCOMPARE(b.description, a.description); // from the rule's first-line comment
        QCOMPARE(b.supportsShort, a.supportsShort);
        for (const auto &p : points(a, 7))
            QCOMPARE(rule->warmup(p), builtin->warmup(p));
    }

    void sameSignalsAndRuns_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("series"); // 0 AAPL, 1 grid
        for (const std::string &n : BuiltinRules::names()) {
            QTest::newRow((n + " AAPL").c_str()) << QString::fromStdString(n) << 0;
            QTest::newRow((n + " grid").c_str()) << QString::fromStdString(n) << 1;
        }
    }

    void sameSignalsAndRuns()
    {
        QFETCH(QString, name);
        QFETCH(int, series);
        const BarSeries bars = series == 0 ? m_aapl : gridSeries(3000, 5);
        const Strategy *builtin = StrategyRegistry::find(name.toStdString());
        auto rule = ruleOf(name.toStdString());
        QVERIFY(builtin && rule);
        std::size_t fills = 0;
        for (const auto &p : points(builtin->info(), 11)) {
            IndicatorCache c1(bars.high, bars.low, bars.close);
            IndicatorCache c2(bars.open, bars.high, bars.low, bars.close, bars.volume);
            std::vector<std::uint8_t> f1(bars.size(), 0xEE), f2(bars.size(), 0x77);
            builtin->computeSignals(p, c1, f1);
            rule->computeSignals(p, c2, f2);
            for (std::size_t t = 0; t < f1.size(); ++t)
                if (f1[t] != f2[t])
                    QFAIL(qPrintable(
                        QStringLiteral("signals differ at bar %1: %2 vs %3").arg(t).arg(f1[t]).arg(f2[t])));
            for (bool shorts : {false, true}) {
                if (shorts && !builtin->info().supportsShort)
                    continue;
                BacktestConfig cfg;
                cfg.costs.commission = 0.001;
                cfg.costs.slippageBps = 2;
                cfg.allowShort = shorts;
                auto a = Backtester::run(bars, *builtin, p, cfg, Convention::supernova(), true);
                auto b = Backtester::run(bars, *rule, p, cfg, Convention::supernova(), true);
                QVERIFY(a.ok());
                QVERIFY2(b.ok(), b.ok() ? "" : b.error().toString().c_str());
                const QString diff = diffReport(a->result, b->result);
                QVERIFY2(diff.isEmpty(), qPrintable(diff));
                fills += a->result.fills.size();
                QCOMPARE(b->benchmarkEquity.size(), a->benchmarkEquity.size());
            }
        }
        // The points did trade, so the equalities above compare real runs.
        QVERIFY(fills > 0);
    }

    void longSeriesTwoThreadPath()
    {
        // From Backtester::kFollowFromBars the built-in SMA crossover makes
        // its signals in one fused pass on a second thread; the rule must
        // still agree bit for bit.
        const BarSeries bars = gridSeries(Backtester::kFollowFromBars + 1000, 9);
        for (const char *name : {"sma_cross", "ema_cross"}) {
            const Strategy *builtin = StrategyRegistry::find(name);
            auto rule = ruleOf(name);
            QVERIFY(rule);
            const std::vector<double> p{12, 40};
            BacktestConfig cfg;
            cfg.allowShort = true;
            auto a = Backtester::run(bars, *builtin, p, cfg, Convention::supernova(), false);
            auto b = Backtester::run(bars, *rule, p, cfg, Convention::supernova(), false);
            QVERIFY(a.ok() && b.ok());
            const QString diff = diffReport(a->result, b->result);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
    }

    void requestByCustomStrategy()
    {
        // The request path (name + text parameters) with the rule in `custom`.
        auto rule = ruleOf("sma_cross");
        BacktestRequest req;
        req.strategy = "ignored when custom is set";
        req.custom = rule.get();
        req.params = {{"fast", "15"}, {"slow", "45"}};
        auto b = Backtester::run(m_aapl, req);
        BacktestRequest builtin;
        builtin.strategy = "sma_cross";
        builtin.params = req.params;
        auto a = Backtester::run(m_aapl, builtin);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(diffReport(a->result, b->result).isEmpty());
        QCOMPARE(b->params, (std::vector<double>{15, 45}));
    }

    void sameSweep_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("grid");
        QTest::addColumn<bool>("random");
        QTest::newRow("sma grid") << QStringLiteral("sma_cross")
                                  << QStringList{"fast=5:30:5", "slow=20:80:10"} << false;
        QTest::newRow("sma random") << QStringLiteral("sma_cross")
                                    << QStringList{"fast=5:30:1", "slow=20:80:1"} << true;
        QTest::newRow("rsi grid") << QStringLiteral("rsi_reversion")
                                  << QStringList{"period=5:20:5", "lower=20:35:5"} << false;
        QTest::newRow("donchian grid") << QStringLiteral("donchian_breakout")
                                       << QStringList{"period=10:40:10", "exit_period=5:20:5"} << false;
        QTest::newRow("bollinger random")
            << QStringLiteral("bollinger_breakout") << QStringList{"period=10:40:2", "k=1:3:0.5"} << true;
    }

    void sameSweep()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, grid);
        QFETCH(bool, random);
        auto rule = ruleOf(name.toStdString());
        QVERIFY(rule);
        SweepConfig sc;
        sc.strategy = name.toStdString();
        for (const QString &g : grid) {
            auto r = ParamRange::parse(g.toStdString());
            QVERIFY(r.ok());
            sc.grid.push_back(*r);
        }
        sc.config.costs.commission = 0.001;
        sc.config.allowShort = true;
        sc.threads = 2;
        if (random) {
            sc.randomSamples = 40;
            sc.seed = 3;
        }
        auto a = Optimizer::run(m_aapl, sc);
        sc.custom = rule.get();
        auto b = Optimizer::run(m_aapl, sc);
        QVERIFY(a.ok());
        QVERIFY2(b.ok(), b.ok() ? "" : b.error().toString().c_str());
        QCOMPARE(b->table.rows(), a->table.rows());
        QCOMPARE(b->table.params, a->table.params);
        for (std::size_t i = 0; i < a->table.rows(); ++i) {
            QVERIFY(same(a->table.finalEquity[i], b->table.finalEquity[i]));
            QVERIFY(same(a->table.score[i], b->table.score[i]) ||
                    (std::isnan(a->table.score[i]) && std::isnan(b->table.score[i])));
            QCOMPARE(b->table.trades[i], a->table.trades[i]);
        }
        QCOMPARE(b->ranking, a->ranking);
    }

    void sameWalkForward()
    {
        auto rule = ruleOf("sma_cross");
        WalkForwardConfig wf;
        wf.sweep.strategy = "sma_cross";
        wf.sweep.grid = {*ParamRange::parse("fast=5:25:5"), *ParamRange::parse("slow=30:90:15")};
        wf.sweep.threads = 2;
        wf.inSampleBars = 500;
        wf.outOfSampleBars = 200;
        auto a = WalkForward::run(m_aapl, wf);
        wf.sweep.custom = rule.get();
        auto b = WalkForward::run(m_aapl, wf);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(b->windows.size(), a->windows.size());
        for (std::size_t k = 0; k < a->windows.size(); ++k)
            QCOMPARE(b->windows[k].params, a->windows[k].params);
        QCOMPARE(b->oosEquity.size(), a->oosEquity.size());
        for (std::size_t i = 0; i < a->oosEquity.size(); ++i)
            QVERIFY(same(a->oosEquity[i], b->oosEquity[i]));
    }
};

QTEST_APPLESS_MAIN(TestRuleBuiltins)
#include "tst_rulebuiltins.moc"
