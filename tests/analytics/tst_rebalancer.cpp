#include "core/analytics/Rebalancer.h"

#include <QTest>
#include <cmath>

using sn::Rebalancer;

namespace {
bool near(double got, double want, double tol = 1e-9)
{
    if (std::fabs(got - want) <= tol)
        return true;
    qWarning("got %.12g want %.12g", got, want);
    return false;
}

const Rebalancer::Trade *find(const Rebalancer::Plan &p, const std::string &symbol)
{
    for (const auto &t : p.trades)
        if (t.symbol == symbol)
            return &t;
    return nullptr;
}
} // namespace

class TestRebalancer : public QObject
{
    Q_OBJECT
private slots:
    void buyFromCash()
    {
        // A: 10 @ 100 = 1000, B: none @ 50, cash 1000, targets 50/50 of 2000:
        // A already at 1000; buy 1000 / 50 = 20 B; cash ends at 0.
        Rebalancer::Input in;
        in.lines = {{"A", 10, 100, 0.5}, {"B", 0, 50, 0.5}};
        in.cash = 1000;
        auto p = Rebalancer::plan(in);
        QVERIFY(p.ok());
        QCOMPARE(p->trades.size(), std::size_t(1));
        QVERIFY(near(find(*p, "B")->quantity, 20.0));
        QVERIFY(near(p->cashAfter, 0.0));
        QVERIFY(near(p->drift[0].drift, 0.0));
        QVERIFY(near(p->drift[1].drift, -0.5));
        QVERIFY(near(p->drift[1].weightAfter, 0.5));
    }

    void sellThenBuyWholeShares()
    {
        // A: 30 @ 100 = 3000, B @ 30, no cash; 50/50: sell 15 A (1500), buy floor(1500 / 30) = 50 B.
        // With B @ 35: floor(1500 / 35) = 42 B (1470), 30 left in cash.
        Rebalancer::Input in;
        in.lines = {{"A", 30, 100, 0.5}, {"B", 0, 35, 0.5}};
        in.wholeShares = true;
        auto p = Rebalancer::plan(in);
        QVERIFY(p.ok());
        QVERIFY(near(find(*p, "A")->quantity, -15.0));
        QVERIFY(near(find(*p, "B")->quantity, 42.0));
        QVERIFY(near(p->cashAfter, 30.0));
    }

    void feesAndMinimumTrade()
    {
        // A 10 @ 100, B none @ 50, cash 1000, fee 1 per trade, minimum trade 10.
        // One trade expected -> 1 set aside: targets 999.5 each; A's -0.5 is below the minimum,
        // so A stays at 1000 and B would cost 999.5 + 1 > 1000: the buy is scaled to what the
        // cash pays: (1000 - 1) / 999.5 of 19.99 shares = 999 / 50 = 19.98 shares.
        Rebalancer::Input in;
        in.lines = {{"A", 10, 100, 0.5}, {"B", 0, 50, 0.5}};
        in.cash = 1000;
        in.feeFixed = 1;
        in.minTradeValue = 10;
        auto p = Rebalancer::plan(in);
        QVERIFY(p.ok());
        QCOMPARE(p->trades.size(), std::size_t(1));
        QVERIFY(near(find(*p, "B")->quantity, 19.98));
        QVERIFY(near(p->totalFees, 1.0));
        QVERIFY(near(p->cashAfter, 0.0));
        QVERIFY(p->cashAfter >= 0.0);
    }

    void proportionalFeesNeverOverdraw()
    {
        Rebalancer::Input in;
        in.lines = {{"A", 0, 10, 0.3}, {"B", 0, 20, 0.3}, {"C", 0, 7, 0.4}};
        in.cash = 10'000;
        in.feeRate = 0.01;
        in.feeFixed = 2;
        in.wholeShares = true;
        auto p = Rebalancer::plan(in);
        QVERIFY(p.ok());
        QVERIFY(p->cashAfter >= 0.0);
        QCOMPARE(p->trades.size(), std::size_t(3));
        for (const auto &t : p->trades)
            QCOMPARE(t.quantity, std::floor(t.quantity));
    }

    void badInput()
    {
        Rebalancer::Input in;
        in.lines = {{"A", 10, 100, 0.5}, {"B", 0, 50, 0.4}};
        auto sum = Rebalancer::plan(in);
        QVERIFY(!sum.ok());
        QVERIFY(sum.error().message.find("sum to") != std::string::npos);
        in.lines = {{"A", 10, 100, 0.5}, {"B", 0, -50, 0.5}};
        QVERIFY(!Rebalancer::plan(in).ok());
        in.lines = {{"A", 10, 100, 0.5}, {"A", 0, 50, 0.5}};
        QVERIFY(!Rebalancer::plan(in).ok());
        in.lines = {{"A", 10, 100, 1.0}};
        in.cash = -1;
        QVERIFY(!Rebalancer::plan(in).ok());
    }
};

QTEST_APPLESS_MAIN(TestRebalancer)
#include "tst_rebalancer.moc"
