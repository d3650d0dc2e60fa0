#include "core/analytics/StressTest.h"
#include "tests/testutils/TestPaths.h"

#include <QFile>
#include <QTest>
#include <cmath>

using sn::StressTest;

namespace {

sn::TimestampMs day(int y, int m, int d)
{
    return sn::toTimestamp({y, m, d});
}

// The bundled S&P 500 closes, read directly (date,open,high,low,close,...).
sn::DailySeries loadSp500()
{
    sn::DailySeries s;
    QFile f(sn::test::sampleDataFile(QStringLiteral("sp500_yahoo_2000_2020.csv")));
    if (!f.open(QIODevice::ReadOnly))
        return s;
    f.readLine();
    while (!f.atEnd()) {
        const QList<QByteArray> cols = f.readLine().trimmed().split(',');
        if (cols.size() < 5)
            continue;
        const QList<QByteArray> ymd = cols[0].split('-');
        s.time.push_back(day(ymd[0].toInt(), ymd[1].toInt(), ymd[2].toInt()));
        s.value.push_back(cols[4].toDouble());
    }
    return s;
}

bool near(double got, double want, double tol)
{
    if (std::fabs(got - want) <= tol)
        return true;
    qWarning("got %.12g want %.12g", got, want);
    return false;
}

} // namespace

class TestStressTest : public QObject
{
    Q_OBJECT
private slots:
    void covidCrashAndFinancialCrisis()
    {
        const auto sp = loadSp500();
        QVERIFY(sp.time.size() > 5000);
        // 2020-02-19 close 3386.149902 (the peak) to 2020-03-23 close 2237.399902: -33.9 %
        auto covid = StressTest::windowReturn(sp, day(2020, 2, 19), day(2020, 3, 23));
        QVERIFY(covid.ok());
        QVERIFY(near(*covid, 2237.399902 / 3386.149902 - 1.0, 1e-12));
        // 2008-09-01 was Labor Day: first close 2008-09-02 1277.579956; 2009-03-31 close 797.869995
        auto gfc = StressTest::windowReturn(sp, day(2008, 9, 1), day(2009, 3, 31));
        QVERIFY(gfc.ok());
        QVERIFY(near(*gfc, 797.869995 / 1277.579956 - 1.0, 1e-12));

        // Replay on current holdings: AAPL has no history of its own -> proxy;
        // a cash-like fund with flat history loses nothing.
        std::map<std::string, sn::DailySeries> history;
        history["CASHF"] = {{day(2020, 2, 19), day(2020, 3, 2), day(2020, 3, 23)}, {10.0, 10.1, 10.0}};
        const std::vector<StressTest::Position> positions{{"AAPL", "equity", 60'000.0},
                                                          {"CASHF", "cash", 40'000.0}};
        auto replay = StressTest::historical(positions, history, &sp, day(2020, 2, 19), day(2020, 3, 23));
        QVERIFY(replay.ok());
        QCOMPARE(replay->positions[0].source, std::string("proxy"));
        QVERIFY(near(replay->positions[0].pnl, 60'000.0 * (2237.399902 / 3386.149902 - 1.0), 1e-6));
        QVERIFY(near(replay->positions[1].pnl, 0.0, 0.0));
        QVERIFY(near(replay->totalPnl, replay->positions[0].pnl, 1e-9));
        QVERIFY(near(replay->totalChange, 0.6 * (2237.399902 / 3386.149902 - 1.0), 1e-12));
    }

    void windowErrors()
    {
        const auto sp = loadSp500();
        QVERIFY(!StressTest::windowReturn(sp, day(2025, 1, 1), day(2025, 6, 1)).ok());
        QVERIFY(!StressTest::windowReturn(sp, day(2020, 3, 1), day(2020, 2, 1)).ok());
        const std::vector<StressTest::Position> positions{{"AAPL", "equity", 1.0}};
        auto noData = StressTest::historical(positions, {}, nullptr, day(2020, 2, 19), day(2020, 3, 23));
        QVERIFY(!noData.ok());
        QCOMPARE(noData.error().code, sn::ErrorCode::NotFound);
        QVERIFY(!StressTest::historical({}, {}, &sp, day(2020, 2, 19), day(2020, 3, 23)).ok());
    }

    void userShocks()
    {
        // all -5 %, equities -20 %, AAPL -50 %: the most specific applies.
        // AAPL 1000 * -0.5 = -500; MSFT 2000 * -0.2 = -400; BND 1000 * -0.05 = -50; total -950 of 4000.
        const std::vector<StressTest::Position> positions{
            {"AAPL", "equity", 1000.0}, {"MSFT", "equity", 2000.0}, {"BND", "bond", 1000.0}};
        using S = StressTest::Shock;
        const std::vector<S> shocks{{S::Scope::All, "", -0.05},
                                    {S::Scope::AssetClass, "equity", -0.2},
                                    {S::Scope::Symbol, "AAPL", -0.5}};
        auto o = StressTest::shocks(positions, shocks);
        QVERIFY(o.ok());
        QVERIFY(near(o->positions[0].pnl, -500.0, 1e-12));
        QVERIFY(near(o->positions[1].pnl, -400.0, 1e-12));
        QVERIFY(near(o->positions[2].pnl, -50.0, 1e-12));
        QVERIFY(near(o->totalPnl, -950.0, 1e-12));
        QVERIFY(near(o->totalChange, -950.0 / 4000.0, 1e-15));
        QVERIFY(!StressTest::shocks(positions, {{S::Scope::All, "", -1.5}}).ok());
    }
};

QTEST_APPLESS_MAIN(TestStressTest)
#include "tst_stresstest.moc"
