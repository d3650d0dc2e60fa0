// Adjusted and unadjusted series (issue 15): ACME, fetched from the loopback
// Yahoo server with its 2-for-1 split on 2024-02-15 and a 0.50 dividend on
// 2024-03-01, read as stored (the split is a 50 % gap) and adjusted (no gap),
// through MarketData, the backtester and the real supernova-cli with and
// without --adjusted. Expected prices are worked out from the made-up market
// itself (close = 100 + n before the split, halved after), never from the
// code under test.
#include "core/backtest/Backtester.h"
#include "core/workspace/MarketData.h"
#include "core/workspace/MarketFetchService.h"
#include "core/workspace/Workspace.h"
#include "tests/providers/FakeClock.h"
#include "tests/providers/VendorFormats.h"
#include "tests/providers/VendorServer.h"
#include "tests/testutils/CliRunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <memory>

using namespace sn;
using namespace sn::test;

namespace {

const QDate kFrom(2024, 1, 2);
const QDate kTo(2024, 3, 29); // the fake clock's today
const QDate kSplit(2024, 2, 15);
const QDate kDividend(2024, 3, 1);

#define VERIFY_OK(result)                                                                                    \
    do {                                                                                                     \
        const auto &verified = (result);                                                                     \
        QVERIFY2(verified.ok(), verified.ok() ? "" : verified.error().toString().c_str());                   \
    } while (false)

// The largest one-bar fall of the closes, as a positive fraction.
double largestFall(const BarSeries &s)
{
    double worst = 0;
    for (std::size_t i = 1; i < s.size(); ++i)
        worst = std::max(worst, 1.0 - s.close[i] / s.close[i - 1]);
    return worst;
}

} // namespace

class TestAdjustedSeries : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_url;
    Market m_market = Market::acme(kFrom, kTo, kSplit, kDividend);

    sn::test::CliRun cli(QStringList args)
    {
        args = QStringList{QStringLiteral("--db"), m_url} + args;
        return sn::test::runCli(QStringLiteral(SUPERNOVA_CLI_BINARY), args,
                                m_dir.filePath(QStringLiteral("xdg")));
    }

    static QJsonObject object(const sn::test::CliRun &r)
    {
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_url = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("adjusted.sqlite"));
        auto ws = Workspace::open(m_url);
        VERIFY_OK(ws);
        VendorServer yahoo([this](const VendorServer::Request &r) -> VendorServer::Response {
            if (!r.path.endsWith("/ACME"))
                return yahooNotFound();
            return yahooChart(m_market, QStringLiteral("ACME"), r.item("period1").toLongLong(),
                              r.item("period2").toLongLong());
        });
        QVERIFY(yahoo.listen());
        FakeClock clock;
        MarketFetchService service(**ws, {}, clock.environment());
        MarketFetchOptions o;
        o.provider = QStringLiteral("yahoo");
        o.from = kFrom;
        o.to = kTo;
        o.baseUrl = yahoo.url();
        auto fetched = service.fetch(QStringLiteral("ACME"), o);
        VERIFY_OK(fetched);
        QCOMPARE(fetched->actionsChanged, 2);
    }

    void aSplitIsAGapAsTradedAndNoneAdjusted()
    {
        auto ws = Workspace::open(m_url);
        VERIFY_OK(ws);
        MarketData market(**ws);
        auto raw = market.prices(QStringLiteral("ACME"), QStringLiteral("1d"), PriceBasis::Unadjusted);
        VERIFY_OK(raw);
        QCOMPARE(raw->basis, PriceBasis::Unadjusted);
        QCOMPARE(raw->describe(), std::string("unadjusted (as traded)"));
        // As traded: the close before the split day is 100 + n, on it (100 + n + 1) / 2: about -50 %.
        QVERIFY2(largestFall(raw->bars) > 0.49, qPrintable(QString::number(largestFall(raw->bars))));

        auto adjusted = market.prices(QStringLiteral("ACME"), QStringLiteral("1d"), PriceBasis::Adjusted);
        VERIFY_OK(adjusted);
        QCOMPARE(adjusted->splits, 1);
        QCOMPARE(adjusted->dividends, 1);
        QCOMPARE(adjusted->describe(), std::string("split/dividend adjusted (1 split, 1 dividend)"));
        QCOMPARE(adjusted->bars.size(), raw->bars.size());
        QCOMPARE(adjusted->bars.symbol, std::string("ACME"));
        // Adjusted, no close falls: the halving is spread back over the history, the dividend too.
        QVERIFY2(largestFall(adjusted->bars) < 0.01,
                 qPrintable(QString::number(largestFall(adjusted->bars))));
        // The first close, 100, is halved by the split and scaled by 1 - 0.5 / (close before the dividend).
        double closeBeforeDividend = 0;
        for (const RawBar &b : m_market.bars)
            if (b.day < kDividend)
                closeBeforeDividend = b.close;
        QVERIFY(std::abs(adjusted->bars.close.front() - 50.0 * (1.0 - 0.5 / closeBeforeDividend)) < 1e-9);
        QCOMPARE(adjusted->bars.close.back(), m_market.bars.back().close); // the latest bar is as traded

        // A range is cut from the adjusted whole, so it holds the same prices.
        const TimestampMs from = dayStartMs(QDate(2024, 2, 1)), to = dayStartMs(QDate(2024, 2, 29));
        auto part =
            market.prices(QStringLiteral("ACME"), QStringLiteral("1d"), PriceBasis::Adjusted, from, to);
        VERIFY_OK(part);
        const BarSeries whole = adjusted->bars.slice(from, to);
        QCOMPARE(part->bars.close, whole.close);
        QVERIFY(!part->bars.empty());

        auto unknown = market.prices(QStringLiteral("NOPE"), QStringLiteral("1d"), PriceBasis::Adjusted);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    }

    void buyAndHoldSeesNoCrashOnTheAdjustedSeries()
    {
        auto ws = Workspace::open(m_url);
        VERIFY_OK(ws);
        MarketData market(**ws);
        bt::BacktestRequest request;
        request.strategy = "buy_hold";
        request.config.costs.commission = 0;
        auto raw = market.prices(QStringLiteral("ACME"), QStringLiteral("1d"), PriceBasis::Unadjusted);
        auto adjusted = market.prices(QStringLiteral("ACME"), QStringLiteral("1d"), PriceBasis::Adjusted);
        VERIFY_OK(raw);
        VERIFY_OK(adjusted);
        auto onRaw = bt::Backtester::run(raw->bars, request);
        auto onAdjusted = bt::Backtester::run(adjusted->bars, request);
        VERIFY_OK(onRaw);
        VERIFY_OK(onAdjusted);
        // As traded the holder "loses" half on the split day; adjusted the holding only grows
        // (bought at the second bar's open, valued at the last close).
        QVERIFY2(onRaw->metrics.maxDrawdown > 0.49, qPrintable(QString::number(onRaw->metrics.maxDrawdown)));
        QVERIFY2(onAdjusted->metrics.maxDrawdown < 0.01,
                 qPrintable(QString::number(onAdjusted->metrics.maxDrawdown)));
        const double expected = adjusted->bars.close.back() / adjusted->bars.open[1] - 1.0;
        QVERIFY2(std::abs(onAdjusted->metrics.totalReturn - expected) < 1e-9,
                 qPrintable(QString::number(onAdjusted->metrics.totalReturn)));
        QVERIFY(onRaw->metrics.totalReturn < 0);
    }

    void cliSaysWhichSeriesItUsed()
    {
        const QStringList common{QStringLiteral("--symbol"),     QStringLiteral("ACME"),
                                 QStringLiteral("--strategy"),   QStringLiteral("buy_hold"),
                                 QStringLiteral("--commission"), QStringLiteral("0")};
        // Default: the stored series, and the output says so.
        auto plain =
            cli(QStringList{QStringLiteral("backtest")} + common + QStringList{QStringLiteral("--json")});
        QVERIFY2(plain.code == 0, qPrintable(plain.err));
        const QJsonObject plainData =
            object(plain).value(QLatin1String("inputs")).toObject().value(QLatin1String("data")).toObject();
        QCOMPARE(plainData.value(QLatin1String("prices")).toString(), QStringLiteral("unadjusted"));
        const double plainDrawdown = object(plain)
                                         .value(QLatin1String("metrics"))
                                         .toObject()
                                         .value(QLatin1String("max_drawdown"))
                                         .toDouble();
        QVERIFY2(plainDrawdown > 0.49, qPrintable(plain.out.left(400)));

        auto adjusted = cli(QStringList{QStringLiteral("backtest")} + common +
                            QStringList{QStringLiteral("--adjusted"), QStringLiteral("--json")});
        QVERIFY2(adjusted.code == 0, qPrintable(adjusted.err));
        const QJsonObject adjustedData = object(adjusted)
                                             .value(QLatin1String("inputs"))
                                             .toObject()
                                             .value(QLatin1String("data"))
                                             .toObject();
        QCOMPARE(adjustedData.value(QLatin1String("prices")).toString(), QStringLiteral("adjusted"));
        const double adjustedDrawdown = object(adjusted)
                                            .value(QLatin1String("metrics"))
                                            .toObject()
                                            .value(QLatin1String("max_drawdown"))
                                            .toDouble();
        QVERIFY2(adjustedDrawdown < 0.01, qPrintable(adjusted.out.left(400)));

        auto text =
            cli(QStringList{QStringLiteral("backtest")} + common + QStringList{QStringLiteral("--adjusted")});
        QVERIFY2(text.code == 0, qPrintable(text.err));
        QVERIFY2(
            text.out.contains(QLatin1String("prices:         split/dividend adjusted (1 split, 1 dividend)")),
            qPrintable(text.out));
        auto plainText = cli(QStringList{QStringLiteral("backtest")} + common);
        QVERIFY2(plainText.out.contains(QLatin1String("prices:         unadjusted (as traded)")),
                 qPrintable(plainText.out));

        // optimize and walkforward take it too, and say which they used.
        auto sweep =
            cli({QStringLiteral("optimize"), QStringLiteral("--symbol"), QStringLiteral("ACME"),
                 QStringLiteral("--strategy"), QStringLiteral("sma_cross"), QStringLiteral("--grid"),
                 QStringLiteral("fast=2:4:1"), QStringLiteral("--grid"), QStringLiteral("slow=5:8:1"),
                 QStringLiteral("--adjusted"), QStringLiteral("--json")});
        QVERIFY2(sweep.code == 0, qPrintable(sweep.err));
        QCOMPARE(object(sweep)
                     .value(QLatin1String("inputs"))
                     .toObject()
                     .value(QLatin1String("data"))
                     .toObject()
                     .value(QLatin1String("prices"))
                     .toString(),
                 QStringLiteral("adjusted"));
        auto walk =
            cli({QStringLiteral("walkforward"), QStringLiteral("--symbol"), QStringLiteral("ACME"),
                 QStringLiteral("--strategy"), QStringLiteral("sma_cross"), QStringLiteral("--grid"),
                 QStringLiteral("fast=2:3:1"), QStringLiteral("--grid"), QStringLiteral("slow=5:6:1"),
                 QStringLiteral("--in-sample"), QStringLiteral("20"), QStringLiteral("--out-of-sample"),
                 QStringLiteral("10"), QStringLiteral("--adjusted")});
        QVERIFY2(walk.code == 0, qPrintable(walk.err));
        QVERIFY2(walk.out.contains(QLatin1String("prices: split/dividend adjusted (1 split, 1 dividend)")),
                 qPrintable(walk.out));

        // One --adjusted for the database and (Yahoo's Adj Close) for a CSV file, and --help says both.
        auto help = cli({QStringLiteral("backtest"), QStringLiteral("--help")});
        const QString flat = help.out.simplified(); // the help is wrapped into columns
        QVERIFY2(flat.contains(QLatin1String("stored splits and dividends")) &&
                     flat.contains(QLatin1String("Adj Close")),
                 qPrintable(flat));
    }
};

QTEST_GUILESS_MAIN(TestAdjustedSeries)
#include "tst_adjusted_series.moc"
